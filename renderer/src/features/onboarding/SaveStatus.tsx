import { useTranslation } from 'react-i18next';

/** "Saving… / Draft saved": tells the user that closing the app now loses nothing. */
export function SaveStatus({ status }: { status: 'idle' | 'saving' | 'saved' }) {
  const { t } = useTranslation();
  return (
    <p className="onb-save-status muted" role="status" aria-live="polite">
      {status === 'saving'
        ? t('onboarding.saving')
        : status === 'saved'
          ? t('onboarding.saved')
          : ''}
    </p>
  );
}
