import { registryCheck, runOfflineChecks } from '../../../shared/onboarding/checks';
import type { RegistryOutcome } from '../../../shared/onboarding/checks';
import { extractKbisFields } from '../../../shared/onboarding/kbis-extract';
import { assessTrust } from '../../../shared/onboarding/trust';
import type {
  KbisFields,
  OnboardingCheck,
  TrustAssessment,
} from '../../../shared/onboarding/types';
import { readDocument } from './document-intake';
import type { ReadDocument, ReadDocumentOptions } from './document-intake';
import { DocumentIntakeError } from './intake-errors';

export interface KbisReadOptions extends ReadDocumentOptions {
  /** ISO date used as "today" for the recency check (defaults to the system date). */
  today?: string;
  recencyMonths?: number;
  onboardedSirens?: Iterable<string>;
}

export interface KbisReadResult {
  document: Pick<ReadDocument, 'format' | 'source' | 'pageCount' | 'timings'>;
  fields: KbisFields;
  checks: OnboardingCheck[];
  trust: TrustAssessment;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** File bytes → extracted fields, offline checks and trust level. */
export async function readKbis(
  bytes: Uint8Array,
  options: KbisReadOptions,
): Promise<KbisReadResult> {
  const document = await readDocument(bytes, options);
  const parseStarted = performance.now();
  const { fields, recognised } = extractKbisFields(document.lines);
  if (!recognised) throw new DocumentIntakeError('document_not_recognised');
  const checks = runOfflineChecks(fields, {
    today: options.today ?? todayIso(),
    recencyMonths: options.recencyMonths,
    onboardedSirens: options.onboardedSirens,
    pdf: document.pdf,
    image: document.image,
  });
  const timings = {
    ...document.timings,
    totalMs: document.timings.totalMs + (performance.now() - parseStarted),
  };
  return {
    document: {
      format: document.format,
      source: document.source,
      pageCount: document.pageCount,
      timings,
    },
    fields,
    checks,
    trust: assessTrust(checks),
  };
}

/** Adds the registry check to a read result and re-scores the trust level. */
export function withRegistryOutcome(
  result: KbisReadResult,
  outcome: RegistryOutcome,
): KbisReadResult {
  const checks = [
    ...result.checks.filter((c) => c.id !== 'registry'),
    registryCheck(result.fields, outcome),
  ];
  return { ...result, checks, trust: assessTrust(checks) };
}
