// DTC look-up: generic codes come from the knowledge base table; manufacturer-specific codes are
// recognised from the code structure (SAE J2012: the second character says who defines the code,
// the third one the sub-group), so every well-formed code gets a system even when not listed.

import type { KnowledgeBase, System } from './knowledge-base';
import { DTC_CODE_PATTERN } from './knowledge-base';
import type { Lang, LocalizedText } from './types';

export interface DtcDescription {
  code: string;
  title: string;
  titles: LocalizedText;
  system: System;
  subsystem: string;
  failure: string;
  /** True for codes whose meaning is fixed by the standard (P0, P2, P34, B0, C0, U0, U3). */
  generic: boolean;
  /** False when the code is generic by structure but not in our table (reserved or unknown). */
  listed: boolean;
}

export function normalizeDtcCode(code: string): string | null {
  const upper = code.trim().toUpperCase();
  return DTC_CODE_PATTERN.test(upper) ? upper : null;
}

/** Who defines a code, from its first two characters and, for P3, its range. */
export function isGenericCode(code: string): boolean {
  const letter = code.charAt(0);
  const group = code.charAt(1);
  if (letter === 'P') {
    if (group === '0' || group === '2') return true;
    if (group === '3') return code.charAt(2) === '4' || code.charAt(2) >= '5';
    return false;
  }
  if (letter === 'U') return group === '0' || group === '3';
  return group === '0' || group === '3';
}

/** Powertrain sub-groups of J2012 (third character), shared by generic and manufacturer codes. */
const POWERTRAIN_GROUP: Record<string, { system: System; subsystem: string }> = {
  '0': { system: 'injection_melange', subsystem: 'mesure_air_carburant' },
  '1': { system: 'injection_melange', subsystem: 'mesure_air_carburant' },
  '2': { system: 'injection_melange', subsystem: 'injecteur' },
  '3': { system: 'allumage', subsystem: 'allumage_rates' },
  '4': { system: 'emissions', subsystem: 'antipollution' },
  '5': { system: 'moteur', subsystem: 'ralenti_vitesse' },
  '6': { system: 'moteur', subsystem: 'calculateur' },
  '7': { system: 'transmission', subsystem: 'boite' },
  '8': { system: 'transmission', subsystem: 'boite' },
  '9': { system: 'transmission', subsystem: 'boite' },
  A: { system: 'electricite_charge', subsystem: 'propulsion_hybride' },
  B: { system: 'electricite_charge', subsystem: 'propulsion_hybride' },
  C: { system: 'electricite_charge', subsystem: 'propulsion_hybride' },
  D: { system: 'moteur', subsystem: 'moteur' },
  E: { system: 'moteur', subsystem: 'moteur' },
  F: { system: 'moteur', subsystem: 'moteur' },
};

function structuralSystem(code: string): { system: System; subsystem: string } {
  const letter = code.charAt(0);
  const group = code.charAt(2);
  if (letter === 'P') {
    return POWERTRAIN_GROUP[group] ?? { system: 'moteur', subsystem: 'moteur' };
  }
  // Chassis codes are overwhelmingly ABS/ESP; steering and suspension modules also use them,
  // which is why the criticality rules treat them with the braking safety level.
  if (letter === 'C') return { system: 'freinage_abs', subsystem: 'chassis' };
  // B00xx is the restraint block in J2012; manufacturers follow the same habit in B1/B2 rarely
  // enough that we do not assume it.
  if (letter === 'B') {
    return code.charAt(1) === '0' && group === '0'
      ? { system: 'airbag', subsystem: 'retenue' }
      : { system: 'carrosserie_confort', subsystem: 'carrosserie' };
  }
  return { system: 'reseau_communication', subsystem: 'reseau' };
}

const SYSTEM_NAMES: Record<System, LocalizedText> = {
  moteur: { fr: 'moteur', en: 'engine' },
  allumage: { fr: 'allumage', en: 'ignition' },
  injection_melange: { fr: 'injection/mélange', en: 'fuel and air metering' },
  emissions: { fr: 'antipollution', en: 'emissions' },
  refroidissement: { fr: 'refroidissement', en: 'cooling' },
  lubrification: { fr: 'lubrification', en: 'lubrication' },
  transmission: { fr: 'transmission', en: 'transmission' },
  freinage_abs: { fr: 'freinage/ABS', en: 'braking/ABS' },
  direction: { fr: 'direction', en: 'steering' },
  airbag: { fr: 'airbag/sécurité passive', en: 'airbag/restraints' },
  carrosserie_confort: { fr: 'carrosserie/confort', en: 'body/comfort' },
  reseau_communication: { fr: 'réseau/communication', en: 'network/communication' },
  electricite_charge: { fr: 'électricité/charge', en: 'electrical/charging' },
};

export function systemName(system: System, lang: Lang): string {
  return SYSTEM_NAMES[system][lang];
}

/** Describes any well-formed code; null when the code is malformed. Map look-up: O(1). */
export function describeDtc(code: string, kb: KnowledgeBase, lang: Lang): DtcDescription | null {
  const normalized = normalizeDtcCode(code);
  if (normalized === null) return null;
  const entry = kb.codes.get(normalized);
  if (entry) {
    return {
      code: normalized,
      title: entry.title[lang],
      titles: entry.title,
      system: entry.system,
      subsystem: entry.subsystem,
      failure: entry.failure,
      generic: true,
      listed: true,
    };
  }
  const generic = isGenericCode(normalized);
  const { system, subsystem } = structuralSystem(normalized);
  const area = SYSTEM_NAMES[system];
  const titles: LocalizedText = generic
    ? {
        fr: `Code générique non répertorié (système ${area.fr})`,
        en: `Unlisted generic code (${area.en} system)`,
      }
    : {
        fr: `Code spécifique constructeur (système ${area.fr})`,
        en: `Manufacturer-specific code (${area.en} system)`,
      };
  return {
    code: normalized,
    title: titles[lang],
    titles,
    system,
    subsystem,
    failure: 'unknown',
    generic,
    listed: false,
  };
}
