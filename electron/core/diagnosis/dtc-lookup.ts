import type { DtcLookup } from '@shared/api/diagnosis';
import type { KnowledgeBase, Lang, System } from '@shared/diagnosis';
import { SYSTEMS, describeDtc, diagnose, systemName } from '@shared/diagnosis';

/**
 * Describes a code and the criticality it gets when stored on its own (no live data, no
 * history): the same engine as a full diagnosis, so the CLI and the UI never disagree with the
 * report. Null when the code is malformed.
 */
export function lookupDtc(code: string, lang: Lang, kb: KnowledgeBase): DtcLookup | null {
  const description = describeDtc(code, kb, lang);
  if (!description) return null;
  const finding = diagnose(
    { dtcs: [{ code: description.code, ecu: null, status: 'stored' }] },
    kb,
  ).findings.find((f) => f.code === description.code);
  if (!finding) return null;
  return {
    code: description.code,
    title: description.title,
    titles: description.titles,
    system: description.system,
    systemName: systemName(description.system, lang),
    subsystem: description.subsystem,
    generic: description.generic,
    listed: description.listed,
    criticality: finding.criticality,
    rule: finding.rule,
    causes: finding.causes,
    causeRanking: finding.causeRanking,
    actions: finding.actions,
    parts: finding.parts,
    labour: finding.labour,
    knownProblem: finding.knownProblem ?? null,
    knowledgeBaseVersion: kb.version,
  };
}

/** Display name of a finding's system (findings carry the system id as a plain string). */
export function systemLabel(system: string, lang: Lang): string {
  return (SYSTEMS as readonly string[]).includes(system)
    ? systemName(system as System, lang)
    : system;
}
