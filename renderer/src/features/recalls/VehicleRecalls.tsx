import { useTranslation } from 'react-i18next';
import type { VehicleRecall } from '@shared/api/recalls';
import { useMutation, useQuery } from '../../api/hooks';
import { Button, ErrorBanner } from '../../ui/components';

function formatDay(iso: string | null, lang: string): string | null {
  if (iso === null) return null;
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium' }).format(
    date,
  );
}

function RecallItem({ recall }: { recall: VehicleRecall }) {
  const { t, i18n } = useTranslation();
  const published = formatDay(recall.publishedAt, i18n.language);
  return (
    <li className="recall" data-testid="recall" data-reference={recall.reference}>
      <p>
        <strong>{[recall.make, recall.models].filter(Boolean).join(' ')}</strong>{' '}
        <span className="mono">{recall.reference}</span>{' '}
        <span className="muted">
          · {t(`recalls.match.${recall.match.level}`)}
          {published ? ` · ${t('recalls.published', { date: published })}` : ''}
        </span>
      </p>
      {recall.marketingPeriod ? <p className="muted">{recall.marketingPeriod}</p> : null}
      {recall.reason ? <p>{recall.reason}</p> : null}
      {recall.risks ? <p>{t('recalls.risks', { text: recall.risks })}</p> : null}
      {recall.actions ? <p>{t('recalls.actions', { text: recall.actions })}</p> : null}
      {recall.url ? (
        <p>
          <a href={recall.url} target="_blank" rel="noreferrer noopener">
            {t('recalls.notice')}
          </a>
        </p>
      ) : null}
    </li>
  );
}

/**
 * Published recalls (RappelConso) that may concern a vehicle: leads to check with the
 * manufacturer, never a verdict, since published periods are often truncated.
 */
export function VehicleRecalls({ vehicleId }: { vehicleId: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery('recalls.forVehicle', { vehicleId });
  const refresh = useMutation('recalls.refresh');
  const data = query.data;
  const lastUpdate = formatDay(data?.lastSuccessAt ?? null, i18n.language);
  return (
    <section className="recalls" aria-label={t('recalls.title')} data-testid="vehicle-recalls">
      <h3>{t('recalls.title')}</h3>
      <ErrorBanner error={query.error ?? refresh.error} />
      {data && data.recalls.length > 0 ? (
        <>
          <p className="banner banner-warning">{t('recalls.check')}</p>
          <ul className="diagnosis-plain">
            {data.recalls.map((recall) => (
              <RecallItem key={recall.reference} recall={recall} />
            ))}
          </ul>
        </>
      ) : null}
      {data && data.recalls.length === 0 ? (
        <p className="muted">
          {data.total === 0 ? t('recalls.noData') : t('recalls.none', { count: data.total })}
        </p>
      ) : null}
      <p className="muted no-print">
        {lastUpdate ? t('recalls.updated', { date: lastUpdate }) : t('recalls.neverUpdated')}{' '}
        <Button
          onClick={() => void refresh.run({}).then((run) => run && query.reload())}
          disabled={refresh.pending}
        >
          {refresh.pending ? t('recalls.refreshing') : t('recalls.refresh')}
        </Button>
      </p>
    </section>
  );
}
