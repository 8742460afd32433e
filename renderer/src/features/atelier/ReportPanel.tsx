import { useTranslation } from 'react-i18next';
import { DiagnosisReport } from '../diagnosis';

/**
 * The stored report of the current (or a past) session: the shared report view (ranked
 * findings, expandable causes and checks, print, PDF from the core with the garage header).
 */
export function ReportPanel({ sessionId }: { sessionId: string | null }) {
  const { t } = useTranslation();
  if (sessionId) return <DiagnosisReport sessionId={sessionId} />;
  return (
    <section className="card" aria-labelledby="atelier-report-title">
      <h2 id="atelier-report-title">{t('atelier.report.title')}</h2>
      <p className="empty">{t('atelier.report.none')}</p>
    </section>
  );
}
