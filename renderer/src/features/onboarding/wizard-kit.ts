import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput } from '@shared/api/contract';
import type { ApiError } from '@shared/api/errors';
import type { FieldIssue, OnboardingDraft, SaveStepInput } from '@shared/api/onboarding';
import { toApiError, useApi } from '../../api/hooks';

export type FormStep = SaveStepInput['step'];
export type StepValues<S extends FormStep> = Extract<SaveStepInput, { step: S }>['values'];
export type IssueMap = Record<string, string>;

export interface StepProps {
  draft: OnboardingDraft;
  onDraft: (draft: OnboardingDraft) => void;
}

/** The largest file the core accepts; checked here first so a huge file is never sent. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
/** Below this the review step asks the user to look at the document again. */
export const LOW_CONFIDENCE = 0.8;

export function issueMap(issues: readonly FieldIssue[]): IssueMap {
  const map: IssueMap = {};
  for (const issue of issues) map[issue.path] ??= issue.message;
  return map;
}

/** "LACROIX Thomas Henri (Président) ; FERREIRA Ana Sofia (Directeur général)". */
export function dirigeantsText(
  dirigeants: readonly { nom: string; prenoms: string; role: string }[],
): string {
  return dirigeants
    .map((d) => `${[d.nom, d.prenoms].filter((part) => part !== '').join(' ')} (${d.role})`)
    .join(' ; ');
}

export function megabytes(bytes: number, language: string): string {
  const unit = language === 'en' ? 'MB' : 'Mo';
  return `${(bytes / 1024 / 1024).toLocaleString(language, { maximumFractionDigits: 1 })} ${unit}`;
}

function saveInput<S extends FormStep>(
  step: S,
  values: StepValues<S>,
  advance: boolean,
): ApiInput<'onboarding.saveStep'> {
  return { step, values, advance } as unknown as ApiInput<'onboarding.saveStep'>;
}

/**
 * Saves a step's values as the user types (debounced), and on "Continue" with validation.
 * Invalid input is saved too: closing the app mid-step must lose nothing.
 */
export function useStepSave<S extends FormStep>(
  step: S,
  values: StepValues<S>,
  onDraft: (draft: OnboardingDraft) => void,
) {
  const api = useApi();
  const [issues, setIssues] = useState<IssueMap>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const key = JSON.stringify(values);
  const lastSaved = useRef(key);
  const latest = useRef(key);
  useEffect(() => {
    latest.current = key;
  }, [key]);

  useEffect(() => {
    if (key === lastSaved.current) return undefined;
    setStatus('saving');
    const timer = setTimeout(() => {
      api
        .call('onboarding.saveStep', saveInput(step, JSON.parse(key) as StepValues<S>, false))
        .then(() => {
          lastSaved.current = key;
          if (latest.current === key) setStatus('saved');
        })
        .catch((caught: unknown) => setError(toApiError(caught)));
    }, 350);
    return () => clearTimeout(timer);
  }, [api, step, key]);

  const advance = useCallback(
    async (override?: StepValues<S>): Promise<boolean> => {
      setPending(true);
      setError(null);
      try {
        const body = override ?? (JSON.parse(latest.current) as StepValues<S>);
        const result = await api.call('onboarding.saveStep', saveInput(step, body, true));
        lastSaved.current = JSON.stringify(body);
        setIssues(issueMap(result.errors));
        setStatus('saved');
        if (result.errors.length === 0) onDraft(result.draft);
        return result.errors.length === 0;
      } catch (caught) {
        setError(toApiError(caught));
        return false;
      } finally {
        setPending(false);
      }
    },
    [api, step, onDraft],
  );

  return { issues, status, pending, error, advance };
}
