import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@shared/api/errors';
import { formatSiren } from '@shared/onboarding/siren';
import { toApiError, useApi } from '../../api/hooks';
import { Button, ErrorBanner } from '../../ui/components';
import { TrustPanel } from './TrustPanel';
import type { StepProps } from './wizard-kit';
import { dirigeantsText } from './wizard-kit';

export function ActivationStep({ draft, onDraft }: StepProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const fields = draft.review?.fields;

  const activate = async () => {
    setPending(true);
    setError(null);
    try {
      onDraft((await api.call('onboarding.activate', {})).draft);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="form">
      <h2>{t('onboarding.activation.title')}</h2>
      <ErrorBanner error={error} />
      <h3>{t('onboarding.activation.summary')}</h3>
      <dl className="details">
        <dt>{t('onboarding.account.garageName')}</dt>
        <dd>{draft.account?.garageName}</dd>
        <dt>{t('onboarding.account.contactName')}</dt>
        <dd>
          {draft.account?.contactName} · {draft.account?.email} · {draft.account?.phone}
        </dd>
        <dt>{t('onboarding.fields.denomination')}</dt>
        <dd>{fields?.denomination.value ?? t('common.none')}</dd>
        <dt>{t('onboarding.fields.siren')}</dt>
        <dd className="mono">
          {fields?.siren.value ? formatSiren(fields.siren.value) : t('common.none')}
        </dd>
        <dt>{t('onboarding.fields.adresse_siege')}</dt>
        <dd>{fields?.adresse_siege.value ?? t('common.none')}</dd>
        <dt>{t('onboarding.review.dirigeants')}</dt>
        <dd>{dirigeantsText(fields?.dirigeants.value ?? []) || t('common.none')}</dd>
        <dt>{t('onboarding.profile.title')}</dt>
        <dd>
          {t('onboarding.activation.services', { count: draft.profile?.services.length ?? 0 })} ·{' '}
          {t('onboarding.activation.technicians', {
            count: draft.profile?.technicians.length ?? 0,
          })}
          {' · '}
          {draft.profile?.workshopAddress.line} {draft.profile?.workshopAddress.postalCode}{' '}
          {draft.profile?.workshopAddress.city}
        </dd>
        <dt>{t('onboarding.affiliation.title')}</dt>
        <dd>{draft.affiliation?.partnerId || t('onboarding.activated.noAffiliation')}</dd>
      </dl>
      {draft.checks ? <TrustPanel trust={draft.checks.trust} /> : null}
      <div className="actions">
        <Button variant="primary" disabled={pending} onClick={() => void activate()}>
          {pending ? t('onboarding.activation.activating') : t('onboarding.activation.activate')}
        </Button>
      </div>
    </section>
  );
}
