// The diagnosis report view, for the screens that host it (Atelier, vehicle history).
export { DiagnosisReport, DiagnosisReportView, VerdictBadge } from './DiagnosisReport';
