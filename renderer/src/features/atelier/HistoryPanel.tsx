import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '@shared/api/contract';
import type { SessionListItem } from '@shared/api/diagnosis';
import { useQuery } from '../../api/hooks';
import { Button, ErrorBanner } from '../../ui/components';
import { CriticalityBadge, formatDateTime, formatNumber, useLang } from './atelier-ui';

type Comparison = ApiOutput<'obd.compareSessions'>;

export function HistoryPanel({
  vehicleId,
  currentSessionId,
  onReplay,
  onOpenReport,
}: {
  vehicleId: string | null;
  currentSessionId: string | null;
  onReplay: (session: SessionListItem) => void;
  onOpenReport: (session: SessionListItem) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = useId();
  const sessions = useQuery('diagnosis.listSessions', vehicleId ? { vehicleId } : null, [
    'diagnosticSession',
  ]);
  const [before, setBefore] = useState<string | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const [asked, setAsked] = useState<{ before: string; after: string } | null>(null);
  const comparison = useQuery('obd.compareSessions', asked);
  const list = sessions.data?.sessions ?? [];

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('atelier.history.title')}</h2>
      {!vehicleId ? <p className="empty">{t('atelier.history.needVehicle')}</p> : null}
      <ErrorBanner error={sessions.error ?? comparison.error} />
      {vehicleId && sessions.data && list.length === 0 ? (
        <p className="empty">{t('atelier.history.empty')}</p>
      ) : null}
      {list.length > 0 ? (
        <>
          <p className="muted">{t('atelier.history.compareHint')}</p>
          <table className="table history-table">
            <thead>
              <tr>
                <th scope="col">{t('atelier.history.columns.date')}</th>
                <th scope="col">{t('atelier.history.columns.mileage')}</th>
                <th scope="col">{t('atelier.history.columns.codes')}</th>
                <th scope="col">{t('atelier.history.columns.verdict')}</th>
                <th scope="col">{t('atelier.history.before')}</th>
                <th scope="col">{t('atelier.history.after')}</th>
                <th scope="col">{t('atelier.history.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((session) => {
                const date = formatDateTime(session.startedAt, lang);
                return (
                  <tr key={session.id} data-session={session.id}>
                    <td>
                      {date}
                      {session.id === currentSessionId ? (
                        <span className="badge badge-neutral">{t('atelier.history.current')}</span>
                      ) : null}
                    </td>
                    <td className="num">
                      {session.mileageKm === null
                        ? t('common.none')
                        : `${formatNumber(session.mileageKm, lang)} km`}
                    </td>
                    <td className="mono">{session.codes.join(' ') || t('common.none')}</td>
                    <td>{session.overall ? <CriticalityBadge level={session.overall} /> : null}</td>
                    <td>
                      <input
                        type="radio"
                        name="history-before"
                        aria-label={`${t('atelier.history.before')} — ${date}`}
                        checked={before === session.id}
                        onChange={() => setBefore(session.id)}
                      />
                    </td>
                    <td>
                      <input
                        type="radio"
                        name="history-after"
                        aria-label={`${t('atelier.history.after')} — ${date}`}
                        checked={after === session.id}
                        onChange={() => setAfter(session.id)}
                      />
                    </td>
                    <td className="row-actions">
                      <Button onClick={() => onOpenReport(session)}>
                        {t('atelier.history.openReport')}
                      </Button>
                      <Button onClick={() => onReplay(session)}>
                        {t('atelier.history.replay')}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="actions">
            <Button
              variant="primary"
              disabled={!before || !after || before === after}
              onClick={() => before && after && setAsked({ before, after })}
            >
              {t('atelier.history.compare')}
            </Button>
          </div>
          {comparison.data ? <ComparisonView result={comparison.data} /> : null}
        </>
      ) : null}
    </section>
  );
}

function ComparisonView({ result }: { result: Comparison }) {
  const { t } = useTranslation();
  const column = (key: 'appeared' | 'gone' | 'recurring', codes: string[]) => (
    <div className={`compare-col compare-${key}`}>
      <h3>
        {t(`atelier.history.${key}`)} ({codes.length})
      </h3>
      <p className="mono">{codes.length > 0 ? codes.join(' ') : t('atelier.history.nothing')}</p>
    </div>
  );
  return (
    <div
      className="compare"
      role="region"
      aria-live="polite"
      aria-label={t('atelier.history.compare')}
    >
      {column('appeared', result.appeared)}
      {column('gone', result.gone)}
      {column('recurring', result.recurring)}
    </div>
  );
}
