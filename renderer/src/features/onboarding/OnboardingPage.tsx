import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@shared/api/errors';
import type { OnboardingDraft, OnboardingStep } from '@shared/api/onboarding';
import { ONBOARDING_STEPS } from '@shared/api/onboarding';
import { toApiError, useApi, useQuery } from '../../api/hooks';
import { ErrorBanner } from '../../ui/components';
import { AccountStep } from './AccountStep';
import { ActivatedProfile } from './ActivatedProfile';
import { ActivationStep } from './ActivationStep';
import { AffiliationStep } from './AffiliationStep';
import { ChecksStep } from './ChecksStep';
import { DocumentStep } from './DocumentStep';
import { ProfileStep } from './ProfileStep';
import { ReviewStep } from './ReviewStep';
import type { StepProps } from './wizard-kit';

const STEP_VIEWS: Record<OnboardingStep, (props: StepProps) => React.JSX.Element | null> = {
  account: AccountStep,
  document: DocumentStep,
  review: ReviewStep,
  checks: ChecksStep,
  profile: ProfileStep,
  affiliation: AffiliationStep,
  activation: ActivationStep,
};

function Stepper({
  draft,
  onGo,
}: {
  draft: OnboardingDraft;
  onGo: (step: OnboardingStep) => void;
}) {
  const { t } = useTranslation();
  const current = ONBOARDING_STEPS.indexOf(draft.currentStep);
  const firstOpen = ONBOARDING_STEPS.findIndex(
    (step) => step !== 'activation' && !draft.completedSteps.includes(step),
  );
  const reachable = firstOpen === -1 ? ONBOARDING_STEPS.length - 1 : firstOpen;
  return (
    <nav aria-label={t('onboarding.stepsLabel')}>
      <p className="muted">
        {t('onboarding.stepOf', { current: current + 1, total: ONBOARDING_STEPS.length })}
      </p>
      <div
        className="onb-progressbar"
        role="progressbar"
        aria-valuemin={1}
        aria-valuemax={ONBOARDING_STEPS.length}
        aria-valuenow={current + 1}
        aria-label={t('onboarding.stepsLabel')}
      >
        <span style={{ width: `${((current + 1) / ONBOARDING_STEPS.length) * 100}%` }} />
      </div>
      <ol className="onb-stepper">
        {ONBOARDING_STEPS.map((step, index) => {
          const done = draft.completedSteps.includes(step);
          const label = t(`onboarding.steps.${step}`);
          return (
            <li
              key={step}
              className={`${index === current ? 'onb-step-current' : ''} ${done ? 'onb-step-done' : ''}`}
              aria-current={index === current ? 'step' : undefined}
            >
              <button
                type="button"
                className="onb-step-button"
                disabled={index > reachable || index === current}
                onClick={() => onGo(step)}
              >
                <span className="onb-step-number" aria-hidden="true">
                  {done ? '✓' : index + 1}
                </span>
                {label}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function newer(a: OnboardingDraft | null, b: OnboardingDraft | undefined): OnboardingDraft | null {
  if (!a) return b ?? null;
  if (!b || a.id !== b.id) return a;
  return b.updatedAt > a.updatedAt ? b : a;
}

export default function OnboardingPage() {
  const { t } = useTranslation();
  const api = useApi();
  // Reloaded when a queued registry check lands (a new history row), so pending turns to ok live.
  const query = useQuery('onboarding.getDraft', {}, ['onboardingCheckRun']);
  const [local, setLocal] = useState<OnboardingDraft | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const draft = newer(local, query.data);

  const onDraft = useCallback((next: OnboardingDraft) => {
    setError(null);
    setLocal(next);
  }, []);

  const go = async (step: OnboardingStep) => {
    try {
      onDraft(await api.call('onboarding.goToStep', { step }));
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  const startNew = async () => {
    try {
      onDraft(await api.call('onboarding.startNew', {}));
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  if (!draft) {
    return (
      <div className="page">
        <ErrorBanner error={query.error} />
        {query.error ? null : <p className="muted">{t('app.loading')}</p>}
      </div>
    );
  }

  const View = STEP_VIEWS[draft.currentStep];
  return (
    <div className="page onb-page">
      <header className="page-header">
        <h1>{t('onboarding.title')}</h1>
      </header>
      <ErrorBanner error={error} />
      {draft.status === 'activated' && draft.profileId ? (
        <ActivatedProfile profileId={draft.profileId} onStartNew={() => void startNew()} />
      ) : (
        <>
          <p className="muted">{t('onboarding.intro')}</p>
          <Stepper draft={draft} onGo={(step) => void go(step)} />
          <View key={`${draft.id}-${draft.currentStep}`} draft={draft} onDraft={onDraft} />
        </>
      )}
    </div>
  );
}
