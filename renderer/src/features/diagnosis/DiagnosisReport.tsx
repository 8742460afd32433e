import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredReport } from '@shared/api/diagnosis';
import { VERDICT_LABELS, monitorLabel, partLabel } from '@shared/api/diagnosis';
import type { ApiError } from '@shared/api/errors';
import type { Finding, OverallVerdict } from '@shared/diagnosis/types';
import { toApiError, useApi, useQuery } from '../../api/hooks';
import { Button, ErrorBanner } from '../../ui/components';

type Lang = 'fr' | 'en';

function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'fr';
}

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

function formatNumber(value: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(value);
}

function formatPercent(ratio: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: 'percent' }).format(ratio);
}

/**
 * Colour AND word: the level must read without colour vision and on a black-and-white print.
 * The words are the same as in the PDF report.
 */
export function VerdictBadge({ level }: { level: OverallVerdict }) {
  const lang = useLang();
  return (
    <span className={`badge badge-${level}`} data-criticality={level}>
      {VERDICT_LABELS[level][lang]}
    </span>
  );
}

function FindingItem({ finding, open }: { finding: Finding; open: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const labour = finding.labour;
  return (
    <li className="diagnosis-finding">
      <details open={open}>
        <summary>
          <VerdictBadge level={finding.criticality} />{' '}
          <span className="mono">
            {finding.kind === 'dtc' ? finding.code : `PID ${finding.pid ?? ''}`}
          </span>{' '}
          <strong>{finding.title[lang]}</strong>
          <span className="muted">
            {' '}
            · {t(`diagnosis.systems.${finding.system}`, { defaultValue: finding.system })}
            {finding.ecu ? ` · ${t('diagnosis.ecu', { ecu: finding.ecu })}` : ''}
            {finding.status ? ` · ${t(`diagnosis.status.${finding.status}`)}` : ''}
          </span>
        </summary>
        <p className="muted">
          {t('diagnosis.ruleLine', {
            rule: finding.rule.label[lang],
            confidence: formatPercent(finding.confidence, lang),
          })}
        </p>
        {finding.causes.length > 0 ? (
          <>
            <h4>{t('diagnosis.causes')}</h4>
            <ol>
              {finding.causes.map((cause, i) => (
                <li key={i}>{cause[lang]}</li>
              ))}
            </ol>
          </>
        ) : null}
        {finding.actions.length > 0 ? (
          <>
            <h4>{t('diagnosis.checks')}</h4>
            <ul>
              {finding.actions.map((action, i) => (
                <li key={i}>{action[lang]}</li>
              ))}
            </ul>
          </>
        ) : null}
        {finding.parts.length > 0 ? (
          <p>
            {t('diagnosis.partsLine', {
              list: finding.parts.map((part) => partLabel(part, lang)).join(', '),
            })}
          </p>
        ) : null}
        {labour ? (
          <p>
            {t('diagnosis.labourLine', {
              value:
                labour.min === labour.max
                  ? t('diagnosis.hours', { value: formatNumber(labour.min, lang, 1) })
                  : t('diagnosis.hoursRange', {
                      min: formatNumber(labour.min, lang, 1),
                      max: formatNumber(labour.max, lang, 1),
                    }),
            })}
          </p>
        ) : null}
        {finding.evidence.length > 0 ? (
          <p className="muted">{finding.evidence.map((e) => e[lang]).join(' · ')}</p>
        ) : null}
      </details>
    </li>
  );
}

/** A stored report, presentational: the Atelier screen can host it with its own data. */
export function DiagnosisReportView({ stored }: { stored: StoredReport }) {
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
      {stored ? <DiagnosisReportView stored={stored} /> : null}
    </section>
  );
}
