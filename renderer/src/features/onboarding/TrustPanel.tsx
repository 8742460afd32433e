import { useTranslation } from 'react-i18next';
import type { ChecksResult } from '@shared/api/onboarding';

type Trust = ChecksResult['trust'];
type Check = ChecksResult['checks'][number];

export function TrustPanel({ trust }: { trust: Trust }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  return (
    <section
      className={`card onb-trust onb-trust-${trust.level}`}
      aria-labelledby="onb-trust-title"
    >
      <h3 id="onb-trust-title">{t('onboarding.trust.title')}</h3>
      <p className="onb-trust-level">
        <strong>{t(`onboarding.trust.levels.${trust.level}`)}</strong>{' '}
        <span className="badge">{t('onboarding.trust.score', { score: trust.score })}</span>
      </p>
      <meter
        min={0}
        max={100}
        low={50}
        high={80}
        optimum={100}
        value={trust.score}
        aria-label={t('onboarding.trust.score', { score: trust.score })}
      />
      <h4>{t('onboarding.trust.reasons')}</h4>
      <ul>
        {trust.reasons.map((reason) => (
          <li key={reason.fr}>{reason[lang]}</li>
        ))}
      </ul>
    </section>
  );
}

export function CheckList({ checks }: { checks: readonly Check[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  return (
    <ul className="onb-checks" aria-label={t('onboarding.checks.listLabel')}>
      {checks.map((check) => (
        <li key={check.id} className={`onb-check onb-check-${check.status}`} data-check={check.id}>
          <span className={`badge onb-status onb-status-${check.status}`}>
            {t(`onboarding.checks.status.${check.status}`)}
          </span>
          <span className="onb-check-body">
            <strong>{t(`onboarding.checks.names.${check.id}`)}</strong>
            <span>{check.message[lang]}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
