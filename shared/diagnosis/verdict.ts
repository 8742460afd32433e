// The overall verdict of a report and its sentence, from the findings' levels.

import { CRITICALITY_RANK } from './criticality';
import type { Advisory, Criticality, Finding, LocalizedText, OverallVerdict } from './types';

export function overallOf(levels: readonly Criticality[]): OverallVerdict {
  let best: OverallVerdict = 'ok';
  for (const level of levels) {
    if (best === 'ok' || CRITICALITY_RANK[level] > CRITICALITY_RANK[best]) best = level;
  }
  return best;
}

export function verdictOf(
  overall: OverallVerdict,
  findings: readonly Finding[],
  advisories: readonly Advisory[],
): LocalizedText {
  const top = findings[0];
  const count = findings.filter((f) => f.criticality === overall).length;
  const lead = top
    ? { fr: ` Principal : « ${top.title.fr} ».`, en: ` Main one: "${top.title.en}".` }
    : { fr: '', en: '' };
  switch (overall) {
    case 'rouge':
      return {
        fr: `Intervention immédiate requise : ${count} problème(s) critique(s) pour la sécurité ou le moteur.${lead.fr}`,
        en: `Immediate action required: ${count} critical safety or engine problem(s).${lead.en}`,
      };
    case 'orange':
      return {
        fr: `Intervention prioritaire : ${count} défaut(s) dégradant la sécurité ou risquant d'endommager le véhicule.${lead.fr}`,
        en: `Priority repair: ${count} fault(s) degrading safety or likely to cause damage.${lead.en}`,
      };
    case 'jaune':
      return findings.length === 0 && advisories.length > 0
        ? {
            fr: 'Intervention planifiée : aucun défaut, mais des moniteurs antipollution ne sont pas terminés.',
            en: 'Planned action: no fault, but some emission monitors are not complete.',
          }
        : {
            fr: `Intervention planifiée : ${count} défaut(s) mineur(s) à traiter lors d'un prochain passage.${lead.fr}`,
            en: `Planned repair: ${count} minor fault(s) to handle at a next visit.${lead.en}`,
          };
    case 'ok':
      return {
        fr: 'Aucun défaut détecté : le véhicule est sain sur les points contrôlés.',
        en: 'No fault found: the vehicle is healthy on the points checked.',
      };
  }
}
