import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredReport } from '@shared/api/diagnosis';
import { monitorLabel } from '@shared/api/diagnosis';
import type { ApiError } from '@shared/api/errors';
import { toApiError, useApi, useQuery } from '../../api/hooks';
import { Button, ErrorBanner } from '../../ui/components';
import { VehicleRecalls } from '../recalls/VehicleRecalls';
import { FindingItem, VerdictBadge, useLang } from './FindingItem';
import { ReportContext, ReportWatch } from './ReportContext';

export { VerdictBadge };

/** A stored report, presentational: the Atelier screen can host it with its own data. */
export function DiagnosisReportView({
  stored,
  interactive = false,
}: {
  stored: StoredReport;
  /** Offers to record what fixed the car, and to refresh recalls (not in a history replay). */
  interactive?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { report } = stored;
  return (
    <div className="diagnosis-report-body">
      <div className={`diagnosis-verdict diagnosis-verdict-${report.overall}`}>
        <VerdictBadge level={report.overall} />
        <p>{report.verdict[lang]}</p>
      </div>
      <h3>{t('diagnosis.findings')}</h3>
      {report.findings.length === 0 ? (
        <p className="empty">{t('diagnosis.noFindings')}</p>
      ) : (
        <ol className="diagnosis-findings">
          {report.findings.map((finding, index) => (
            <FindingItem
              key={`${finding.kind}-${finding.code ?? finding.pid ?? ''}-${finding.ecu ?? ''}-${index}`}
              finding={finding}
              open={index === 0}
              sessionId={interactive ? stored.sessionId : null}
            />
          ))}
        </ol>
      )}
      {report.advisories.length > 0 ? (
        <>
          <h3>{t('diagnosis.monitors')}</h3>
          <ul className="diagnosis-plain">
            {report.advisories.map((advisory, i) => (
              <li key={i}>
                <VerdictBadge level={advisory.criticality} />{' '}
                {t('diagnosis.incomplete', {
                  list: advisory.incompleteMonitors.map((m) => monitorLabel(m, lang)).join(', '),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ReportContext report={report} />
      <ReportWatch report={report} />
      {stored.vehicleId ? <VehicleRecalls vehicleId={stored.vehicleId} /> : null}
      {report.similarCases.length > 0 ? (
        <>
          <h3>{t('diagnosis.similar')}</h3>
          <ul>
            {report.similarCases.map((c) => (
              <li key={c.sessionId}>
                {t('diagnosis.similarLine', {
                  codes: c.sharedCodes.join(', '),
                  vehicle:
                    [c.vehicle.make, c.vehicle.model, c.vehicle.engine].filter(Boolean).join(' ') ||
                    '—',
                  fix:
                    typeof c.resolution.text === 'string'
                      ? c.resolution.text
                      : c.resolution.text[lang],
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function base64ToBlob(base64: string, type: string): Blob {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type });
}

/**
 * The diagnosis report of a session: verdict, findings ranked with their criticality, print
 * (browser print with the print stylesheet) and PDF download (made by the core, with the garage
 * header). Not routed on its own: the Atelier screen hosts it.
 */
export function DiagnosisReport({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const api = useApi();
  const titleId = useId();
  const query = useQuery('diagnosis.getReport', { sessionId }, ['diagnosticSession']);
  const [pdfError, setPdfError] = useState<ApiError | null>(null);
  const [downloading, setDownloading] = useState(false);
  const stored = query.data ?? null;

  const print = () => {
    // A closed <details> prints closed: open every finding first.
    for (const node of document.querySelectorAll<HTMLDetailsElement>('.diagnosis-report details')) {
      node.open = true;
    }
    window.print();
  };

  const download = async () => {
    setDownloading(true);
    setPdfError(null);
    try {
      const pdf = await api.call('diagnosis.exportReportPdf', { sessionId, lang });
      const url = URL.createObjectURL(base64ToBlob(pdf.base64, pdf.mimeType));
      const link = document.createElement('a');
      link.href = url;
      link.download = pdf.fileName;
      link.click();
      // Revoked later: some browsers start the download after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      setPdfError(toApiError(caught));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <section className="card diagnosis-report" aria-labelledby={titleId}>
      <div className="page-header">
        <h2 id={titleId}>{t('diagnosis.title')}</h2>
        {stored ? (
          <div className="actions no-print">
            <Button onClick={print}>{t('diagnosis.print')}</Button>
            <Button variant="primary" onClick={() => void download()} disabled={downloading}>
              {downloading ? t('diagnosis.pdfPending') : t('diagnosis.pdf')}
            </Button>
          </div>
        ) : null}
      </div>
      <ErrorBanner error={query.error ?? pdfError} />
      {query.loading && !stored ? <p className="muted">{t('app.loading')}</p> : null}
      {!query.loading && !stored ? <p className="empty">{t('diagnosis.none')}</p> : null}
      {stored ? <DiagnosisReportView stored={stored} interactive /> : null}
    </section>
  );
}
