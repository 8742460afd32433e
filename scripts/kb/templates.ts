// Failure templates of the generic DTC table: a templated row of scripts/kb/data/dtc/*.tsv names a
// component (French and English noun, gender, number) and one of these keys, and its title is
// the template applied to the component. The wording of a failure type is therefore the same on
// every code that uses it, and the French agreement follows the component's gender instead of
// being typed by hand code after code. Rows whose wording follows no template carry their title.
//
// Adding a key here makes it available to the data files; changing a wording changes every code
// that uses it (the byte-for-byte test of `npm run kb:build` shows how many).

import type { DtcFailure } from '../../shared/diagnosis/knowledge-base';
import type { Noun } from './french';
import { agree, capitalize, deArticle, leArticle } from './french';

/** What a templated row names: the faulty part, in both languages. */
export interface Component extends Noun {
  readonly en: string;
}

export interface Template {
  readonly failure: DtcFailure;
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

  // Failure types of the extended chassis block (C05xx–C06xx).
  missing_cal: {
    failure: 'internal',
    fr: (c) => `${C(c)} : étalonnage absent`,
    en: (c) => `${E(c)} calibration missing`,
  },
  mechanical: {
    failure: 'performance',
    fr: (c) => `${C(c)} : défaut mécanique`,
    en: (c) => `${E(c)} mechanical fault`,
  },
  wrong_part: {
    failure: 'condition',
    fr: (c) => `${C(c)} non ${agree('conforme', c)} (mauvaise pièce montée)`,
    en: (c) => `${E(c)} incorrect (wrong part fitted)`,
  },
  not_learned: {
    failure: 'condition',
    fr: (c) => `${C(c)} : apprentissage non effectué`,
    en: (c) => `${E(c)} not learned`,
  },
  learn_limit: {
    failure: 'performance',
    fr: (c) => `${C(c)} : limite d'apprentissage dépassée`,
    en: (c) => `${E(c)} learning limit exceeded`,
  },
  offset_limit: {
    failure: 'performance',
    fr: (c) => `${C(c)} : limite d'apprentissage du décalage dépassée`,
    en: (c) => `${E(c)} offset learning limit exceeded`,
  },
  plausibility: {
    failure: 'correlation',
    fr: (c) => `Signal ${deArticle(c)} incohérent avec les autres mesures`,
    en: (c) => `${E(c)} signal disagrees with other inputs`,
  },
  temp_low: {
    failure: 'condition',
    fr: (c) => `Température trop basse ${deArticle(c)}`,
    en: (c) => `${E(c)} temperature too low`,
  },
  current_high: {
    failure: 'signal_high',
    fr: (c) => `Courant trop fort dans ${leArticle(c)}`,
    en: (c) => `${E(c)} current too high`,
  },
  current_low: {
    failure: 'signal_low',
    fr: (c) => `Courant trop faible dans ${leArticle(c)}`,
    en: (c) => `${E(c)} current too low`,
  },
  stuck_disengaged: {
    failure: 'stuck',
    fr: (c) =>
      `${C(c)} ${agree('bloqué', c)} en position désaccouplée ou peu ${agree('performant', c)}`,
    en: (c) => `${E(c)} stuck disengaged or poor performance`,
  },
  stuck_engaged: {
    failure: 'stuck',
    fr: (c) => `${C(c)} ${agree('bloqué', c)} en position accouplée`,
    en: (c) => `${E(c)} stuck engaged`,
  },
  stuck_or_poor: {
    failure: 'stuck',
    fr: (c) => `${C(c)} ${agree('bloqué', c)} ou peu ${agree('performant', c)}`,
    en: (c) => `${E(c)} stuck or poor performance`,
  },
  engagement: {
    failure: 'performance',
    fr: (c) => `Défaut d'engagement ${deArticle(c)}`,
    en: (c) => `${E(c)} engagement fault`,
  },
  position_ctrl: {
    failure: 'performance',
    fr: (c) => `Erreur de régulation de position ${deArticle(c)}`,
    en: (c) => `${E(c)} position control error`,
  },
  data: {
    failure: 'internal',
    fr: (c) => `Données ${deArticle(c)} en défaut`,
    en: (c) => `${E(c)} data fault`,
  },
  // Recurring phrases of the later powertrain tables (actuators, pumps, supply lines).
  supply_circuit: {
    failure: 'circuit',
    fr: (c) => `Circuit d'alimentation ${deArticle(c)} défaillant`,
    en: (c) => `${E(c)} supply voltage circuit fault`,
  },
  supply_low: {
    failure: 'signal_low',
    fr: (c) => `Tension d'alimentation ${deArticle(c)} trop basse`,
    en: (c) => `${E(c)} supply voltage too low`,
  },
  /** "Circuit Low/High" on an actuator or a supply line, where "signal" would be the wrong word. */
  circuit_low: {
    failure: 'signal_low',
    fr: (c) => `Circuit ${deArticle(c)} : niveau trop bas`,
    en: (c) => `${E(c)} circuit level too low`,
  },
  circuit_high: {
    failure: 'signal_high',
    fr: (c) => `Circuit ${deArticle(c)} : niveau trop haut`,
    en: (c) => `${E(c)} circuit level too high`,
  },
  driver_hot: {
    failure: 'overtemperature',
    fr: (c) =>
      `Circuit de commande ${deArticle(c)} : courant ou température de l'étage de puissance trop élevé`,
    en: (c) => `${E(c)} control circuit driver current or temperature too high`,
  },
  module_hot: {
    failure: 'overtemperature',
    fr: (c) => `Température excessive du module de commande ${deArticle(c)}`,
    en: (c) => `${E(c)} control module over temperature`,
  },
  stalled: {
    failure: 'stuck',
    fr: (c) => `${C(c)} ${agree('bloqué', c)} ou ${agree('calé', c)}`,
    en: (c) => `${E(c)} stuck or stalled`,
  },
  too_fast: {
    failure: 'condition',
    fr: (c) => `Survitesse ${deArticle(c)}`,
    en: (c) => `${E(c)} overspeed`,
  },
  too_fast_air: {
    failure: 'condition',
    fr: (c) => `Survitesse ${deArticle(c)} (présence d'air dans le circuit)`,
    en: (c) => `${E(c)} overspeed (air in system)`,
  },
  too_fast_dry: {
    failure: 'condition',
    fr: (c) => `Survitesse ${deArticle(c)} (fonctionnement à sec)`,
    en: (c) => `${E(c)} overspeed (running dry)`,
  },
  too_slow: {
    failure: 'condition',
    fr: (c) => `Vitesse insuffisante ${deArticle(c)}`,
    en: (c) => `${E(c)} underspeed`,
  },
  /** Same French as `learn_limit`; filed as a condition rather than a performance fault. */
  learn_limit_exceeded: {
    failure: 'condition',
    fr: (c) => `${C(c)} : limite d'apprentissage dépassée`,
    en: (c) => `${E(c)} exceeded learning limit`,
  },
  position_not_learned: {
    failure: 'condition',
    fr: (c) => `${C(c)} : position non apprise`,
    en: (c) => `${E(c)} position not learned`,
  },
} satisfies Record<string, Template>;

export type TemplateKey = keyof typeof TEMPLATES;

export const isTemplateKey = (key: string): key is TemplateKey => Object.hasOwn(TEMPLATES, key);

/** The French and English titles of a templated row. */
export function renderTitle(key: TemplateKey, component: Component): { fr: string; en: string } {
  const template: Template = TEMPLATES[key];
  return { fr: template.fr(component), en: template.en(component) };
}
