import { useTranslation } from 'react-i18next';

/** A field's validation message from the core's code (`required`, `invalid_email`, …). */
export function useIssueText() {
  const { t } = useTranslation();
  return (code: string | undefined): string | null => {
    if (!code) return null;
    const key = `onboarding.validation.${code}`;
    const text = t(key);
    return text === key ? t('onboarding.validation.generic') : text;
  };
}
