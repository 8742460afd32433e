import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@shared/api/errors';
import { toApiError, useApi } from '../../api/hooks';
import { Button, ErrorBanner } from '../../ui/components';
import { CheckList, TrustPanel } from './TrustPanel';
import type { StepProps } from './wizard-kit';

export function ChecksStep({ draft, onDraft }: StepProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const started = useRef(false);

  const run = useCallback(
    async (name: 'onboarding.runChecks' | 'onboarding.retryRegistryChecks') => {
      setRunning(true);
      setError(null);
      try {
        if (name === 'onboarding.runChecks') onDraft(await api.call(name, {}));
        else {
          await api.call(name, {});
          onDraft(await api.call('onboarding.getDraft', {}));
        }
      } catch (caught) {
        setError(toApiError(caught));
      } finally {
        setRunning(false);
      }
    },
    [api, onDraft],
  );

  // Entering the step runs the checks once; the verdicts then stay until something changes.
  useEffect(() => {
    if (draft.checks || started.current) return;
    started.current = true;
    void run('onboarding.runChecks');
  }, [draft.checks, run]);

  const next = async () => {
    try {
      onDraft(await api.call('onboarding.goToStep', { step: 'profile' }));
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  const checks = draft.checks;
  return (
    <section className="form" aria-busy={running}>
      <h2>{t('onboarding.checks.title')}</h2>
      <ErrorBanner error={error} />
      {running ? <p role="status">{t('onboarding.checks.running')}</p> : null}
      {checks ? (
        <>
          <CheckList checks={checks.checks} />
          {checks.registryPending ? (
            <div className="banner banner-warning" role="status">
              {t('onboarding.checks.pendingNote')}
            </div>
          ) : null}
          <TrustPanel trust={checks.trust} />
        </>
      ) : null}
      <div className="actions">
        {checks?.registryPending ? (
          <Button disabled={running} onClick={() => void run('onboarding.retryRegistryChecks')}>
            {t('onboarding.checks.retryNow')}
          </Button>
        ) : null}
        <Button disabled={running} onClick={() => void run('onboarding.runChecks')}>
          {t('onboarding.checks.rerun')}
        </Button>
        <Button variant="primary" disabled={running || !checks} onClick={() => void next()}>
          {t('onboarding.continue')}
        </Button>
      </div>
    </section>
  );
}
