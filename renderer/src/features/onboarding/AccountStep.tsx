import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDraft } from '@shared/api/onboarding';
import { Button, ErrorBanner, Field } from '../../ui/components';
import { SaveStatus } from './SaveStatus';
import { useIssueText } from './StepError';
import type { StepProps } from './wizard-kit';
import { useStepSave } from './wizard-kit';

type TextKey = 'garageName' | 'contactName' | 'email' | 'phone';

export function AccountStep({ draft, onDraft }: StepProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const [values, setValues] = useState<Omit<AccountDraft, 'password'>>(() => ({
    garageName: draft.account?.garageName ?? '',
    contactName: draft.account?.contactName ?? '',
    email: draft.account?.email ?? '',
    phone: draft.account?.phone ?? '',
  }));
  // The password is sent only with "Continue", never autosaved: it is hashed once, not per keystroke.
  const [password, setPassword] = useState('');
  const save = useStepSave('account', values, onDraft);
  const hasPassword = draft.account?.hasPassword ?? false;

  const text = (key: TextKey, type: string, autoComplete: string) => (
    <Field label={t(`onboarding.account.${key}`)} error={issueText(save.issues[key])} required>
      {(props) => (
        <input
          {...props}
          name={key}
          type={type}
          autoComplete={autoComplete}
          value={values[key]}
          onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value }))}
        />
      )}
    </Field>
  );

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save.advance({ ...values, password }).then((ok) => ok && setPassword(''));
      }}
    >
      <h2>{t('onboarding.account.title')}</h2>
      <ErrorBanner error={save.error} />
      <div className="grid-2">
        {text('garageName', 'text', 'organization')}
        {text('contactName', 'text', 'name')}
        {text('email', 'email', 'email')}
        {text('phone', 'tel', 'tel')}
        <Field
          label={t('onboarding.account.password')}
          error={issueText(save.issues.password)}
          help={
            hasPassword
              ? t('onboarding.account.passwordKept')
              : t('onboarding.account.passwordHelp')
          }
          required={!hasPassword}
        >
          {(props) => (
            <input
              {...props}
              name="password"
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="actions">
        <SaveStatus status={save.status} />
        <Button type="submit" variant="primary" disabled={save.pending}>
          {t('onboarding.continue')}
        </Button>
      </div>
    </form>
  );
}
