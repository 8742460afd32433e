// Building blocks for the generic DTC table: components (what is faulty) and failure templates
// (how it is faulty). A title is always "failure template applied to component", so the wording
// of a failure type is consistent across the thousands of codes and the French agreement is
// computed from the component's gender rather than typed by hand.
//
// Also here: the helpers and the components that several generator files share (code tables of
// hand-written rows, O2 sensor names, boost and knock sensors, transmission solenoids…), so each
// is written once.

import type { DtcFailure as Failure, System } from '../../shared/diagnosis/knowledge-base';
import type { Noun } from './french';
import { agree, capitalize, deArticle, leArticle } from './french';

// One list of systems and failure types for the generator and the loader that validates its output.
export { DTC_FAILURES as FAILURES, SYSTEMS } from '../../shared/diagnosis/knowledge-base';
export type { DtcFailure as Failure, System } from '../../shared/diagnosis/knowledge-base';

export interface Component extends Noun {
  readonly en: string;
  readonly system: System;
  readonly subsystem: string;
}

export interface DtcEntry {
  code: string;
  title: { fr: string; en: string };
  system: System;
  subsystem: string;
  failure: Failure;
}

interface Template {
  readonly failure: Failure;
  fr(c: Component): string;
  en(c: Component): string;
}

const C = (c: Component): string => capitalize(c.fr);
const E = (c: Component): string => capitalize(c.en);

export const TEMPLATES = {
  circuit: {
    failure: 'circuit',
    fr: (c) => `Circuit ${deArticle(c)} défaillant`,
    en: (c) => `${E(c)} circuit fault`,
  },
  range: {
    failure: 'range_performance',
    fr: (c) => `${C(c)} hors plage ou peu ${agree('performant', c)}`,
    en: (c) => `${E(c)} out of range or poor performance`,
  },
  low: {
    failure: 'signal_low',
    fr: (c) => `Signal trop bas ${deArticle(c)}`,
    en: (c) => `${E(c)} signal too low`,
  },
  high: {
    failure: 'signal_high',
    fr: (c) => `Signal trop haut ${deArticle(c)}`,
    en: (c) => `${E(c)} signal too high`,
  },
  intermittent: {
    failure: 'intermittent',
    fr: (c) => `Signal intermittent ou erratique ${deArticle(c)}`,
    en: (c) => `${E(c)} signal intermittent or erratic`,
  },
  no_signal: {
    failure: 'no_signal',
    fr: (c) => `Aucun signal ${deArticle(c)}`,
    en: (c) => `No signal from ${c.en}`,
  },
  ctrl: {
    failure: 'control_circuit',
    fr: (c) => `Circuit de commande ${deArticle(c)} ouvert ou défaillant`,
    en: (c) => `${E(c)} control circuit open or faulty`,
  },
  ctrl_range: {
    failure: 'control_circuit',
    fr: (c) => `Circuit de commande ${deArticle(c)} hors plage ou peu performant`,
    en: (c) => `${E(c)} control circuit out of range or poor performance`,
  },
  ctrl_low: {
    failure: 'control_circuit',
    fr: (c) => `Circuit de commande ${deArticle(c)} : niveau trop bas`,
    en: (c) => `${E(c)} control circuit level too low`,
  },
  ctrl_high: {
    failure: 'control_circuit',
    fr: (c) => `Circuit de commande ${deArticle(c)} : niveau trop haut`,
    en: (c) => `${E(c)} control circuit level too high`,
  },
  ctrl_intermittent: {
    failure: 'control_circuit',
    fr: (c) => `Circuit de commande ${deArticle(c)} : défaut intermittent`,
    en: (c) => `${E(c)} control circuit intermittent fault`,
  },
  circuit_range: {
    failure: 'range_performance',
    fr: (c) => `Circuit ${deArticle(c)} hors plage ou peu performant`,
    en: (c) => `${E(c)} circuit out of range or poor performance`,
  },
  performance: {
    failure: 'performance',
    fr: (c) => `${C(c)} ${agree('défaillant', c)} ou peu ${agree('performant', c)}`,
    en: (c) => `${E(c)} faulty or poor performance`,
  },
  stuck_open: {
    failure: 'stuck',
    fr: (c) => `${C(c)} ${agree('bloqué', c)} en position ${'ouverte'}`,
    en: (c) => `${E(c)} stuck open`,
  },
  stuck_closed: {
    failure: 'stuck',
    fr: (c) => `${C(c)} ${agree('bloqué', c)} en position fermée`,
    en: (c) => `${E(c)} stuck closed`,
  },
  stuck_off: {
    failure: 'stuck',
    fr: (c) => `${C(c)} ${agree('bloqué', c)} au repos ou peu ${agree('performant', c)}`,
    en: (c) => `${E(c)} stuck off or poor performance`,
  },
  stuck_on: {
    failure: 'stuck',
    fr: (c) => `${C(c)} ${agree('bloqué', c)} en position activée`,
    en: (c) => `${E(c)} stuck on`,
  },
  electrical: {
    failure: 'circuit',
    fr: (c) => `Défaut électrique ${deArticle(c)}`,
    en: (c) => `${E(c)} electrical fault`,
  },
  slow_response: {
    failure: 'slow_response',
    fr: (c) => `Réponse trop lente ${deArticle(c)}`,
    en: (c) => `${E(c)} responds too slowly`,
  },
  no_activity: {
    failure: 'no_signal',
    fr: (c) => `Aucune activité détectée ${deArticle(c)}`,
    en: (c) => `No activity detected from ${c.en}`,
  },
  low_voltage: {
    failure: 'signal_low',
    fr: (c) => `Tension trop basse ${deArticle(c)}`,
    en: (c) => `${E(c)} voltage too low`,
  },
  high_voltage: {
    failure: 'signal_high',
    fr: (c) => `Tension trop haute ${deArticle(c)}`,
    en: (c) => `${E(c)} voltage too high`,
  },
  too_many_pulses: {
    failure: 'intermittent',
    fr: (c) => `Trop d'impulsions sur ${c.fr.startsWith('signal') ? 'le ' + c.fr : c.fr}`,
    en: (c) => `${E(c)}: too many pulses`,
  },
  too_few_pulses: {
    failure: 'intermittent',
    fr: (c) => `Pas assez d'impulsions sur ${c.fr.startsWith('signal') ? 'le ' + c.fr : c.fr}`,
    en: (c) => `${E(c)}: too few pulses`,
  },
  erratic_pulses: {
    failure: 'intermittent',
    fr: (c) =>
      `Impulsions intermittentes ou erratiques sur ${c.fr.startsWith('signal') ? 'le ' + c.fr : c.fr}`,
    en: (c) => `${E(c)}: intermittent or erratic pulses`,
  },
  no_pulses: {
    failure: 'no_signal',
    fr: (c) => `Aucune impulsion sur ${c.fr.startsWith('signal') ? 'le ' + c.fr : c.fr}`,
    en: (c) => `${E(c)}: no pulses`,
  },
  open: {
    failure: 'circuit',
    fr: (c) => `Circuit ${deArticle(c)} ouvert`,
    en: (c) => `${E(c)} circuit open`,
  },
  shorted: {
    failure: 'circuit',
    fr: (c) => `Circuit ${deArticle(c)} en court-circuit`,
    en: (c) => `${E(c)} circuit shorted`,
  },
  over_advanced: {
    failure: 'performance',
    fr: (c) => `${C(c)} : calage trop avancé ou performance insuffisante`,
    en: (c) => `${E(c)}: timing too far advanced or poor system performance`,
  },
  over_retarded: {
    failure: 'performance',
    fr: (c) => `${C(c)} : calage trop retardé`,
    en: (c) => `${E(c)}: timing too far retarded`,
  },
  heater_resistance: {
    failure: 'heater',
    fr: (c) => `Résistance ${deArticle(c)} anormale`,
    en: (c) => `${E(c)} resistance abnormal`,
  },
  incorrect_ratio: {
    failure: 'incorrect_ratio',
    fr: (c) => `Rapport de démultiplication incorrect sur ${c.fr}`,
    en: (c) => `Incorrect ratio in ${c.en}`,
  },
  correlation: {
    failure: 'correlation',
    fr: (c) => `Incohérence entre les signaux ${deArticle(c)}`,
    en: (c) => `${E(c)} signals do not agree`,
  },
  lost_comm: {
    failure: 'communication',
    fr: (c) => `Perte de communication avec ${leArticle(c)}`,
    en: (c) => `Lost communication with ${c.en}`,
  },
  invalid_data: {
    failure: 'communication',
    fr: (c) => `Données invalides reçues ${deArticle(c)}`,
    en: (c) => `Invalid data received from ${c.en}`,
  },
  software_incompatible: {
    failure: 'internal',
    fr: (c) => `Logiciel incompatible avec ${leArticle(c)}`,
    en: (c) => `Software incompatible with ${c.en}`,
  },
  stuck: {
    failure: 'stuck',
    fr: (c) => `${C(c)} ${agree('bloqué', c)}`,
    en: (c) => `${E(c)} stuck`,
  },
  fault: {
    failure: 'performance',
    fr: (c) => `${C(c)} en défaut`,
    en: (c) => `${E(c)} fault`,
  },
  deployment: {
    failure: 'circuit',
    fr: (c) => `Commande de déploiement ${deArticle(c)} défaillante`,
    en: (c) => `${E(c)} deployment control fault`,
  },
  overtemperature: {
    failure: 'overtemperature',
    fr: (c) => `Température excessive ${deArticle(c)}`,
    en: (c) => `${E(c)} over temperature`,
  },
  overspeed: {
    failure: 'condition',
    fr: (c) => `Survitesse détectée par ${leArticle(c)}`,
    en: (c) => `${E(c)}: overspeed detected`,
  },
} satisfies Record<string, Template>;

export type TemplateKey = keyof typeof TEMPLATES;

/** Export aid: which template and component produced an entry (copied by object spread). */
export const PROVENANCE = Symbol('kb.provenance');
export interface Provenance {
  readonly key: string;
  readonly component: Component;
}
export function tagged<T extends object>(value: T, key: string, component: Component): T {
  Object.defineProperty(value, PROVENANCE, {
    value: { key, component } satisfies Provenance,
    enumerable: true,
  });
  return value;
}

export function entry(code: string, component: Component, key: TemplateKey): DtcEntry {
  const template: Template = TEMPLATES[key];
  return tagged(
    {
      code,
      title: { fr: template.fr(component), en: template.en(component) },
      system: component.system,
      subsystem: component.subsystem,
      failure: template.failure,
    },
    key,
    component,
  );
}

/** A code whose title does not follow a template, written by hand in both languages. */
export const handWritten = (
  code: string,
  system: System,
  subsystem: string,
  failure: Failure,
  fr: string,
  en: string,
): DtcEntry => ({ code, title: { fr, en }, system, subsystem, failure });

/** Decimal code arithmetic ("P0100" + 3 → "P0103"), used only inside all-digit ranges. */
export function offsetCode(base: string, offset: number): string {
  const letter = base.charAt(0);
  const n = Number.parseInt(base.slice(1), 10) + offset;
  return `${letter}${n.toString().padStart(4, '0')}`;
}

/**
 * Hexadecimal code arithmetic ("P0A3F" + 1 → "P0A40"): J2012 numbers the blocks that use letters
 * (P0Axx, B00xx, C00xx, U01xx…) in hexadecimal.
 */
export function hexCode(base: string, offset: number): string {
  const letter = base.charAt(0);
  const n = Number.parseInt(base.slice(1), 16) + offset;
  return `${letter}${n.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** One entry per template key, on consecutive hexadecimal codes starting at `base`. */
export function hexSeries(
  base: string,
  component: Component,
  keys: readonly TemplateKey[],
): DtcEntry[] {
  return keys.map((key, i) => entry(hexCode(base, i), component, key));
}

/** One entry per template key, on consecutive decimal codes starting at `base`. */
export function series(
  base: string,
  component: Component,
  keys: readonly TemplateKey[],
): DtcEntry[] {
  return keys.map((key, i) => entry(offsetCode(base, i), component, key));
}

export const masc = (
  fr: string,
  en: string,
  system: System,
  subsystem: string,
  plural = false,
): Component => ({ fr, en, system, subsystem, gender: 'm', plural });
export const fem = (
  fr: string,
  en: string,
  system: System,
  subsystem: string,
  plural = false,
): Component => ({ fr, en, system, subsystem, gender: 'f', plural });

/** Sensor families, following the regular J2012 layout of consecutive failure types. */
export const SENSOR5: readonly TemplateKey[] = ['circuit', 'range', 'low', 'high', 'intermittent'];
export const SENSOR4: readonly TemplateKey[] = ['circuit', 'range', 'low', 'high'];
export const CTRL3: readonly TemplateKey[] = ['ctrl', 'ctrl_low', 'ctrl_high'];
export const CTRL4: readonly TemplateKey[] = ['ctrl', 'ctrl_range', 'ctrl_low', 'ctrl_high'];
export const CTRL5: readonly TemplateKey[] = [
  'ctrl',
  'ctrl_range',
  'ctrl_low',
  'ctrl_high',
  'ctrl_intermittent',
];
export const SOLENOID5: readonly TemplateKey[] = [
  'circuit',
  'stuck_off',
  'stuck_on',
  'electrical',
  'intermittent',
];
/** Circuit/open, low, high. */
export const OPEN3: readonly TemplateKey[] = ['open', 'low', 'high'];
/** Circuit/open, range/performance, low, high, intermittent. */
export const OPEN5: readonly TemplateKey[] = ['open', 'range', 'low', 'high', 'intermittent'];
/** Actuators whose J2012 family runs open/performance/low/high/stuck open/stuck closed. */
export const VALVE6: readonly TemplateKey[] = [
  'ctrl',
  'ctrl_range',
  'ctrl_low',
  'ctrl_high',
  'stuck_open',
  'stuck_closed',
];

// ---------------------------------------------------------------- helpers shared by the passes

/** Entries on explicit codes, for families whose failure types are not in the usual order. */
export const entriesAt = (
  component: Component,
  pairs: ReadonlyArray<readonly [string, TemplateKey]>,
): DtcEntry[] => pairs.map(([code, key]) => entry(code, component, key));

/** One hand-written code as a table row: code, failure type, French and English titles. */
export type HandWrittenRow = readonly [code: string, failure: Failure, fr: string, en: string];

/** Hand-written codes of one system and subsystem, written as a table of rows. */
export const handWrittenRows = (
  system: System,
  subsystem: string,
  list: readonly HandWrittenRow[],
): DtcEntry[] =>
  list.map(([code, failure, fr, en]) => handWritten(code, system, subsystem, failure, fr, en));

/** J2012 tells the instances of a component apart by letter: sensor A, B, C… */
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const letter = (i: number): string => LETTERS.charAt(i);

// ---------------------------------------------------------------- components shared by the passes
// Written first for the main generator and reused by the later passes. They live here rather than
// in generate-dtc-generic.ts because that script imports every pass.

export const O2_POSITION_FR = ['', 'amont', 'aval', 'aval secondaire'] as const;
export const O2_POSITION_EN = ['', 'upstream', 'downstream', 'second downstream'] as const;
/** "sonde lambda amont (banc 1, sonde 1)" / "upstream O2 sensor (bank 1, sensor 1)". */
export const o2SensorName = (bank: number, sensor: number): { fr: string; en: string } => ({
  fr: `sonde lambda ${O2_POSITION_FR[sensor]} (banc ${bank}, sonde ${sensor})`,
  en: `${O2_POSITION_EN[sensor]} O2 sensor (bank ${bank}, sensor ${sensor})`,
});
export const cylinderInjector = (n: number): Component =>
  masc(`injecteur du cylindre ${n}`, `cylinder ${n} injector`, 'injection_melange', 'injecteur');
export const boostSensor = (letter: string): Component =>
  masc(
    `capteur de pression de suralimentation ${letter}`,
    `boost pressure sensor ${letter}`,
    'moteur',
    'suralimentation',
  );
export const knockSensor = (n: number, bank: number): Component =>
  masc(
    `capteur de cliquetis ${n} (banc ${bank})`,
    `knock sensor ${n} (bank ${bank})`,
    'allumage',
    'cliquetis',
  );
export const egrSensor = (letter: string): Component =>
  masc(`capteur de position EGR ${letter}`, `EGR position sensor ${letter}`, 'emissions', 'egr');
export const coolingFan = (n: number): Component =>
  masc(`motoventilateur ${n}`, `cooling fan ${n}`, 'refroidissement', 'motoventilateur');
export const pressureControlSolenoid = (letter: string): Component =>
  fem(
    `électrovanne de régulation de pression ${letter}`,
    `pressure control solenoid ${letter}`,
    'transmission',
    'electrovanne_boite',
  );
export const shiftSolenoid = (letter: string): Component =>
  fem(
    `électrovanne de passage ${letter}`,
    `shift solenoid ${letter}`,
    'transmission',
    'electrovanne_boite',
  );
export const transmissionFluidPressureSensor = (letter: string): Component =>
  masc(
    `capteur/manocontact de pression de fluide de boîte ${letter}`,
    `transmission fluid pressure sensor/switch ${letter}`,
    'transmission',
    'pression_huile_boite',
  );
/** Banks 1–2 × sensors 1–3, the order J2012 numbers the per-O2-sensor codes in. */
export const O2_SENSOR_POSITIONS: readonly (readonly [bank: number, sensor: number])[] = [
  [1, 1],
  [1, 2],
  [1, 3],
  [2, 1],
  [2, 2],
  [2, 3],
];
/** Throttle/pedal position sensors `a` and `b` whose voltages disagree. */
export const pedalSensorsDisagree = (code: string, a: string, b: string): DtcEntry =>
  handWritten(
    code,
    'injection_melange',
    'capteur_papillon_pedale',
    'correlation',
    `Incohérence de tension entre les capteurs de position papillon/pédale ${a} et ${b}`,
    `Throttle/pedal position sensors ${a} and ${b} voltages disagree`,
  );
export const batteryTemperatureSensor = masc(
  'capteur de température de batterie',
  'battery temperature sensor',
  'electricite_charge',
  'batterie',
);
