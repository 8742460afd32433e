import { useTranslation } from 'react-i18next';
import { formatPhone } from '@shared/workshop/phone';
import { formatSiren } from '@shared/onboarding/siren';
import { useQuery } from '../../api/hooks';
import { Button, ErrorBanner } from '../../ui/components';
import { CheckList, TrustPanel } from './TrustPanel';
import { dirigeantsText } from './wizard-kit';

export function ActivatedProfile({
  profileId,
  onStartNew,
}: {
  profileId: string;
  onStartNew: () => void;
}) {
  const { t, i18n } = useTranslation();
  // Re-read when a queued registry check lands: the trust level may rise after activation.
  const { data, error } = useQuery('onboarding.getProfile', { id: profileId }, [
    'garageProfile',
    'onboardingCheckRun',
  ]);
  const date = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'fr-FR', {
      dateStyle: 'long',
      timeStyle: 'short',
    });
  if (!data) return <ErrorBanner error={error} />;
  const { profile, history } = data;
  const fields = profile.fields;
  const latest = history[0];

  return (
    <section className="onb-activated">
      <header className="page-header">
        <div>
          <h2>{t('onboarding.activated.title')}</h2>
          <p className="onb-garage-name">{profile.garageName}</p>
          <p className="muted">
            {t('onboarding.activated.since', { date: date(profile.activatedAt) })}
          </p>
        </div>
        <Button onClick={onStartNew}>{t('onboarding.activated.newSignup')}</Button>
      </header>
      <TrustPanel trust={profile.trust} />
      <div className="cards">
        <section className="card">
          <h3>{t('onboarding.activated.identity')}</h3>
          <dl className="details">
            <dt>{t('onboarding.fields.denomination')}</dt>
            <dd>{profile.denomination}</dd>
            <dt>{t('onboarding.fields.siren')}</dt>
            <dd className="mono">{formatSiren(profile.siren)}</dd>
            <dt>{t('onboarding.fields.forme_juridique')}</dt>
            <dd>{fields.forme_juridique.value ?? t('common.none')}</dd>
            <dt>{t('onboarding.fields.adresse_siege')}</dt>
            <dd>{fields.adresse_siege.value ?? t('common.none')}</dd>
            <dt>{t('onboarding.fields.date_extrait')}</dt>
            <dd>{fields.date_extrait.value ?? t('common.none')}</dd>
            <dt>{t('onboarding.review.dirigeants')}</dt>
            <dd>{dirigeantsText(fields.dirigeants.value) || t('common.none')}</dd>
            <dt>{t('onboarding.account.contactName')}</dt>
            <dd>
              {profile.contactName} · {profile.email} · {formatPhone(profile.phone)}
            </dd>
          </dl>
        </section>
        <section className="card">
          <h3>{t('onboarding.profile.title')}</h3>
          <dl className="details">
            <dt>{t('onboarding.profile.services')}</dt>
            <dd>
              {profile.services.map((s) => t(`onboarding.profile.serviceNames.${s}`)).join(', ')}
            </dd>
            <dt>{t('onboarding.profile.brands')}</dt>
            <dd>{profile.brands.join(', ') || t('common.none')}</dd>
            <dt>{t('onboarding.profile.certifications')}</dt>
            <dd>{profile.certifications.join(', ') || t('common.none')}</dd>
            <dt>{t('onboarding.profile.technicians')}</dt>
            <dd>
              {profile.technicians
                .map(
                  (tech) =>
                    `${tech.name} (${tech.skills.map((s) => t(`onboarding.profile.skillNames.${s}`)).join(', ')})`,
                )
                .join(' ; ')}
            </dd>
            <dt>{t('onboarding.profile.address')}</dt>
            <dd>
              {profile.workshopAddress.line}, {profile.workshopAddress.postalCode}{' '}
              {profile.workshopAddress.city}
            </dd>
            <dt>{t('onboarding.profile.hours')}</dt>
            <dd>
              {profile.openingHours
                .map(
                  (h) =>
                    `${t(`onboarding.profile.days.${h.day}`)} ${h.closed ? t('onboarding.profile.closed') : `${h.open}–${h.close}`}`,
                )
                .join(' · ')}
            </dd>
            <dt>{t('onboarding.affiliation.title')}</dt>
            <dd>
              {profile.affiliationPartnerId
                ? `${profile.affiliationPartnerId} — ${profile.affiliationDisclosure ?? ''}`
                : t('onboarding.activated.noAffiliation')}
            </dd>
          </dl>
        </section>
      </div>
      {latest ? <CheckList checks={latest.checks} /> : null}
      <h3>{t('onboarding.activated.history')}</h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('onboarding.activated.when')}</th>
            <th scope="col">{t('onboarding.activated.trigger')}</th>
            <th scope="col">{t('onboarding.activated.level')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((run) => (
            <tr key={run.id}>
              <td>{date(run.runAt)}</td>
              <td>{t(`onboarding.activated.triggers.${run.trigger}`)}</td>
              <td>
                {t(`onboarding.trust.levels.${run.trust.level}`)} ({run.trust.score}/100)
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
