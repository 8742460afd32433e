import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AffiliationDraft } from '@shared/api/onboarding';
import { Button, ErrorBanner, Field } from '../../ui/components';
import { SaveStatus } from './SaveStatus';
import { useIssueText } from './StepError';
import type { StepProps } from './wizard-kit';
import { useStepSave } from './wizard-kit';

export function AffiliationStep({ draft, onDraft }: StepProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const [values, setValues] = useState<AffiliationDraft>(
    () =>
      draft.affiliation ?? {
        partnerId: '',
        disclosure: t('onboarding.affiliation.defaultDisclosure'),
      },
  );
  const save = useStepSave('affiliation', values, onDraft);
  const hasPartner = values.partnerId.trim() !== '';

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save.advance();
      }}
    >
      <h2>{t('onboarding.affiliation.title')}</h2>
      <p className="muted">{t('onboarding.affiliation.help')}</p>
      <ErrorBanner error={save.error} />
      <Field label={t('onboarding.affiliation.partnerId')} error={issueText(save.issues.partnerId)}>
        {(props) => (
          <input
            {...props}
            value={values.partnerId}
            onChange={(e) => setValues((v) => ({ ...v, partnerId: e.target.value }))}
          />
        )}
      </Field>
      <Field
        label={t('onboarding.affiliation.disclosure')}
        error={issueText(save.issues.disclosure)}
        required={hasPartner}
      >
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={values.disclosure}
            onChange={(e) => setValues((v) => ({ ...v, disclosure: e.target.value }))}
          />
        )}
      </Field>
      {hasPartner && values.disclosure.trim() !== '' ? (
        <aside className="card onb-disclosure" aria-label={t('onboarding.affiliation.preview')}>
          <h3>{t('onboarding.affiliation.preview')}</h3>
          <p>{values.disclosure}</p>
        </aside>
      ) : null}
      <div className="actions">
        <SaveStatus status={save.status} />
        <Button type="submit" variant="primary" disabled={save.pending}>
          {t('onboarding.continue')}
        </Button>
      </div>
    </form>
  );
}
