// Live-data findings: which system a PID speaks about and how an out-of-range value is titled.

import type { LiveAnomaly } from './live-anomalies';
import type { LocalizedText, Pid } from './types';

/** Which system a live PID speaks about (SAE J1979 mode 01 meanings). */
export const PID_SYSTEM: Record<Pid, string> = {
  '04': 'moteur',
  '05': 'refroidissement',
  '06': 'injection_melange',
  '07': 'injection_melange',
  '08': 'injection_melange',
  '09': 'injection_melange',
  '0A': 'injection_melange',
  '0B': 'injection_melange',
  '0C': 'moteur',
  '0E': 'allumage',
  '0F': 'injection_melange',
  '10': 'injection_melange',
  '11': 'injection_melange',
  '14': 'emissions',
  '15': 'emissions',
  '16': 'emissions',
  '17': 'emissions',
  '18': 'emissions',
  '19': 'emissions',
  '1A': 'emissions',
  '1B': 'emissions',
  '23': 'injection_melange',
  '2F': 'carrosserie_confort',
  '33': 'injection_melange',
  '42': 'electricite_charge',
  '46': 'carrosserie_confort',
  '5C': 'lubrification',
};

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export function liveTitle(a: LiveAnomaly): LocalizedText {
  const observed = Number.isNaN(a.observed)
    ? ''
    : `${round(a.observed)}${a.unit ? ` ${a.unit}` : ''}`;
  const limit = Number.isFinite(a.limit) ? round(a.limit) : '';
  return a.direction === 'high'
    ? {
        fr: `${a.name.fr} : valeur trop haute (${observed}, limite ${limit})`,
        en: `${a.name.en}: too high (${observed}, limit ${limit})`,
      }
    : {
        fr: `${a.name.fr} : valeur trop basse (${observed}, limite ${limit})`,
        en: `${a.name.en}: too low (${observed}, limit ${limit})`,
      };
}

export function liveEvidence(anomaly: LiveAnomaly): LocalizedText {
  return {
    fr: `${Math.round(anomaly.fraction * 100)} % des mesures hors plage, dont ${Math.round(anomaly.longestMs / 1000)} s d'affilée`,
    en: `${Math.round(anomaly.fraction * 100)} % of samples out of range, ${Math.round(anomaly.longestMs / 1000)} s in a row`,
  };
}
