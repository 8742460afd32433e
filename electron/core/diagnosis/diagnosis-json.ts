import type { DiagnosisReport, Lang } from '@shared/diagnosis';

/** The `diagnosis` object of `novaevo scan --json` (documented in docs/cli.md). */
export interface DiagnosisJson {
  overall: 'rouge' | 'orange' | 'jaune' | 'ok';
  findings: DiagnosisJsonFinding[];
}

export interface DiagnosisJsonFinding {
  kind: 'dtc' | 'live';
  /** DTC findings only. */
  code?: string;
  /** Answering ECU of a DTC finding (e.g. "7E9"), null when the adapter hid headers. */
  ecu?: string | null;
  /** Live findings only: mode 01 PID as two hex digits. */
  pid?: string;
  system: string;
  criticality: 'rouge' | 'orange' | 'jaune';
  title: string;
  /** Causes in the order to check them (ranked by the garage's resolved cases when it has some). */
  causes: string[];
  /** Checks to perform. */
  actions: string[];
  rule: { id: string; label: string };
}

/**
 * Flattens a report to one language for scripts: findings keep the report's order (criticality,
 * then confidence), texts are plain strings.
 */
export function diagnosisJson(report: DiagnosisReport, lang: Lang): DiagnosisJson {
  return {
    overall: report.overall,
    findings: report.findings.map((f) => ({
      kind: f.kind,
      ...(f.kind === 'dtc' ? { code: f.code ?? '', ecu: f.ecu ?? null } : { pid: f.pid ?? '' }),
      system: f.system,
      criticality: f.criticality,
      title: f.title[lang],
      causes: f.causes.map((c) => c[lang]),
      actions: f.actions.map((a) => a[lang]),
      rule: { id: f.rule.id, label: f.rule.label[lang] },
    })),
  };
}
