// Sixth pass over the generic code space (table 1.5.0): the P2xxx and P34xx codes the fifth pass did not list.
//
// Source of facts (which code exists, which component, which failure): a public, J2012-ordered CSV of
// about 9,400 generic codes (one row per code, taken from a recent J2012 revision, range markers for the
// reserved blocks). For this second wave a code defined there is enough when its meaning fits the
// J2012 pattern of its neighbours (same component family, same run of failure types). Code numbers and
// their meaning are facts; every title here is composed in the team's own words from our components and
// failure templates, or written fresh in the style of the existing titles.
//
// Covered: P232B–P232E, P233A–P233F; P2370–P2378, P237C–P23F1; P241D; P24F4–P24FC; P25C9–P25FF;
// P26F4–P26FE; P271E–P271F, P273C–P273E, P277E–P277F, P27B1–P27B6, P27B9–P27F5; P2887–P28FA; P2A0F,
// P2A38–P2BA6; P2BB0–P2EC2 (every slot the list defines); P340A–P340D, P341A–P341D, P34A4–P34C8.
//
// Left out on purpose:
// - P232F, P2379, P237A, P237B: the list repeats there, for bank 1/2 sensor 2, the meanings it also
//   gives to P239E–P23A1 (O2 sensor out of range during deceleration, exhaust sample error); the run
//   P239E–P23A1 fits its neighbours and is kept, the duplicates are not guessed at.
// - P26EA: its description is truncated ("fuel pump control module B") in every list seen.
// - Slots the list does not define: P272E–P272F, P27B7–P27B8, P27F6–P27FF, P280C–P280F,
//   P28FB–P29FF, P2DFE–P2DFF, P2EA4, P2EB8, P2EBA, P2EC3 upwards, P340E–P340F, P341E–P341F,
//   P342A–P349F hexadecimal slots, P34C9 upwards (reserved or not yet assigned).

import type { Component, DtcEntry, Failure, TemplateKey } from './dtc-templates';
import {
  CTRL3,
  CTRL4,
  CTRL5,
  OPEN3,
  OPEN5,
  SENSOR4,
  SENSOR5,
  VALVE6,
  boostSensor,
  coolingFan,
  entry,
  fem,
  handWritten,
  handWrittenRows,
  hexCode,
  letter,
  masc,
  o2SensorName,
  pedalSensorsDisagree,
  pressureControlSolenoid,
  tagged,
} from './dtc-templates';
// Component families that earlier passes started.
import { alternativeFuelPart, chargeAirCoolerPump } from './dtc-fifth-pass-p0-low';
import { motorElectronicsCoolantPump } from './dtc-fifth-pass-p0-high';
import { coolantBypassValve, coolantPump, nox, noxHeater, noxSense } from './dtc-fifth-pass-p2';
import { scr } from './dtc-powertrain-extra';
import { agree, capitalize, deArticle } from './french';

/** A fresh phrase about a component, keeping its system and subsystem. */
const say = (code: string, c: Component, failure: Failure, fr: string, en: string): DtcEntry =>
  handWritten(code, c.system, c.subsystem, failure, fr, en);

/** "clow"/"chigh": "Circuit Low/High" on an actuator or a supply line, where "signal" would be wrong. */
type Key = TemplateKey | 'clow' | 'chigh' | null;

/** One entry per key on consecutive hexadecimal codes; a null key leaves its slot out. */
const fam = (base: string, c: Component, keys: readonly Key[]): DtcEntry[] =>
  keys.flatMap((k, i) => {
    const code = hexCode(base, i);
    if (k === null) return [];
    if (k === 'clow') return [circLow(code, c)];
    if (k === 'chigh') return [circHigh(code, c)];
    return [entry(code, c, k)];
  });

const sayAs = (key: string, ...args: Parameters<typeof say>): DtcEntry =>
  tagged(say(...args), key, args[1]);

const Cf = (c: Component): string => capitalize(c.fr);
const Ce = (c: Component): string => capitalize(c.en);

// ---------------------------------------------------------------- recurring failure phrases
const hot = (code: string, c: Component): DtcEntry =>
  sayAs(
    'driver_hot',
    code,
    c,
    'overtemperature',
    `Circuit de commande ${deArticle(c)} : courant ou température de l'étage de puissance trop élevé`,
    `${Ce(c)} control circuit driver current or temperature too high`,
  );
const supplyCircuit = (code: string, c: Component): DtcEntry =>
  sayAs(
    'supply_circuit',
    code,
    c,
    'circuit',
    `Circuit d'alimentation ${deArticle(c)} défaillant`,
    `${Ce(c)} supply voltage circuit fault`,
  );
const supplyLow = (code: string, c: Component): DtcEntry =>
  sayAs(
    'supply_low',
    code,
    c,
    'signal_low',
    `Tension d'alimentation ${deArticle(c)} trop basse`,
    `${Ce(c)} supply voltage too low`,
  );
/** "Circuit Low/High" on an actuator or a supply line, where "signal" would be the wrong word. */
const circLow = (code: string, c: Component): DtcEntry =>
  sayAs(
    'circuit_low',
    code,
    c,
    'signal_low',
    `Circuit ${deArticle(c)} : niveau trop bas`,
    `${Ce(c)} circuit level too low`,
  );
const circHigh = (code: string, c: Component): DtcEntry =>
  sayAs(
    'circuit_high',
    code,
    c,
    'signal_high',
    `Circuit ${deArticle(c)} : niveau trop haut`,
    `${Ce(c)} circuit level too high`,
  );
const moduleHot = (code: string, c: Component): DtcEntry =>
  sayAs(
    'module_hot',
    code,
    c,
    'overtemperature',
    `Température excessive du module de commande ${deArticle(c)}`,
    `${Ce(c)} control module over temperature`,
  );
const stalled = (code: string, c: Component): DtcEntry =>
  sayAs(
    'stalled',
    code,
    c,
    'stuck',
    `${Cf(c)} ${agree('bloqué', c)} ou ${agree('calé', c)}`,
    `${Ce(c)} stuck or stalled`,
  );
const overspeedAir = (code: string, c: Component): DtcEntry =>
  sayAs(
    'too_fast_air',
    code,
    c,
    'condition',
    `Survitesse ${deArticle(c)} (présence d'air dans le circuit)`,
    `${Ce(c)} overspeed (air in system)`,
  );
const overspeed = (code: string, c: Component): DtcEntry =>
  sayAs('too_fast', code, c, 'condition', `Survitesse ${deArticle(c)}`, `${Ce(c)} overspeed`);
const dryRun = (code: string, c: Component): DtcEntry =>
  sayAs(
    'too_fast_dry',
    code,
    c,
    'condition',
    `Survitesse ${deArticle(c)} (fonctionnement à sec)`,
    `${Ce(c)} overspeed (running dry)`,
  );
const underspeed = (code: string, c: Component): DtcEntry =>
  sayAs(
    'too_slow',
    code,
    c,
    'condition',
    `Vitesse insuffisante ${deArticle(c)}`,
    `${Ce(c)} underspeed`,
  );
const learnLimit = (code: string, c: Component): DtcEntry =>
  sayAs(
    'learn_limit_exceeded',
    code,
    c,
    'condition',
    `${Cf(c)} : limite d'apprentissage dépassée`,
    `${Ce(c)} exceeded learning limit`,
  );
const notLearned = (code: string, c: Component): DtcEntry =>
  sayAs(
    'position_not_learned',
    code,
    c,
    'condition',
    `${Cf(c)} : position non apprise`,
    `${Ce(c)} position not learned`,
  );
// ---------------------------------------------------------------- template sets
const OPEN4: readonly TemplateKey[] = ['open', 'range', 'low', 'high'];
const CIRC3: readonly TemplateKey[] = ['circuit', 'low', 'high'];
/** Circuit, low, high, range/performance (the later J2012 order). */
const CLHR: readonly TemplateKey[] = ['circuit', 'low', 'high', 'range'];
/** Actuators: control open, performance, low, high, stuck open, stuck closed. */
const RELAY5: readonly TemplateKey[] = ['ctrl', 'ctrl_low', 'ctrl_high', 'stuck_on', 'stuck_off'];
/** Contactors: circuit, stuck closed, stuck open, control open/performance/low/high. */
const CONTACTOR7: readonly TemplateKey[] = [
  'circuit',
  'stuck_closed',
  'stuck_open',
  'ctrl',
  'ctrl_range',
  'ctrl_low',
  'ctrl_high',
];

/** Camshafts A and B on banks 1 and 2, in the order J2012 numbers the per-camshaft codes. */
const CAMSHAFT_BANKS = [
  ['A', 1],
  ['A', 2],
  ['B', 1],
  ['B', 2],
] as const;

// ---------------------------------------------------------------- shared components
const cool = (fr: string, en: string, feminine = false): Component =>
  (feminine ? fem : masc)(fr, en, 'refroidissement', 'circulation_liquide');
const enginePump = fem(
  'pompe à eau pilotée',
  'engine coolant pump',
  'refroidissement',
  'pompe_a_eau',
);
const bypassSensor = (l: string): Component =>
  cool(
    `capteur de position de la vanne de dérivation du liquide de refroidissement ${l}`,
    `engine coolant bypass valve ${l} position sensor`,
  );
const ectSensor = (n: number): Component =>
  masc(
    `capteur de température du liquide de refroidissement ${n}`,
    `engine coolant temperature sensor ${n}`,
    'refroidissement',
    'capteur_temperature_eau',
  );
const hevPump = (l: string): Component =>
  fem(
    `pompe de refroidissement ${l} de l'électronique du système hybride`,
    `hybrid/EV electronics coolant pump ${l}`,
    'refroidissement',
    'refroidissement_hybride',
  );
const packPump = (l: string): Component =>
  fem(
    `pompe de refroidissement ${l} de la batterie haute tension`,
    `hybrid battery pack coolant pump ${l}`,
    'refroidissement',
    'refroidissement_batterie_hybride',
  );
/** Electric coolant heaters of the later J2012 tables (distinct from the engine coolant heaters of P01E8–P01EF). */
const electricCoolantHeater = (l: string): Component =>
  masc(
    `réchauffeur électrique de liquide de refroidissement ${l}`,
    `electric coolant heater ${l}`,
    'refroidissement',
    'montee_en_temperature',
  );
const packCoolantTemp = (l: string): Component =>
  masc(
    `capteur de température ${l} du liquide de refroidissement de la batterie haute tension`,
    `hybrid battery pack coolant temperature sensor ${l}`,
    'refroidissement',
    'refroidissement_batterie_hybride',
  );
const turbo = (fr: string, en: string, feminine = false): Component =>
  (feminine ? fem : masc)(fr, en, 'moteur', 'suralimentation');
const turboBypass = (l: string): Component =>
  turbo(`vanne de dérivation du turbocompresseur ${l}`, `turbocharger bypass valve ${l}`, true);
const turboBypassSensor = (l: string): Component =>
  turbo(
    `capteur de position de la vanne de dérivation du turbocompresseur ${l}`,
    `turbocharger bypass valve ${l} position sensor`,
  );
const wastegateSensor = (l: string): Component =>
  turbo(
    `capteur de position de la soupape de décharge (wastegate) ${l}`,
    `wastegate position sensor ${l}`,
  );
const wastegateActuator = (l: string): Component =>
  turbo(
    `actionneur de la soupape de décharge (wastegate) ${l}`,
    `turbocharger wastegate actuator ${l}`,
  );
const turbineValve = turbo(
  "vanne d'entrée de la turbine du turbo",
  'turbocharger turbine inlet valve',
  true,
);
const exhFlowValve = (l: string): Component =>
  fem(
    `vanne de régulation du flux d'échappement ${l}`,
    `exhaust flow control valve ${l}`,
    'emissions',
    'pression_echappement',
  );
const exhFlowSensor = (l: string): Component =>
  masc(
    `capteur de position de la vanne de régulation du flux d'échappement ${l}`,
    `exhaust flow control valve ${l} position sensor`,
    'emissions',
    'pression_echappement',
  );
const heatExValve = (l: string): Component =>
  fem(
    `vanne de dérivation d'échappement de l'échangeur de chaleur ${l}`,
    `exhaust heat exchanger bypass valve ${l}`,
    'refroidissement',
    'montee_en_temperature',
  );
const heatExSensor = (l: string): Component =>
  masc(
    `capteur de position de la vanne de dérivation d'échappement de l'échangeur de chaleur ${l}`,
    `exhaust heat exchanger bypass valve ${l} position sensor`,
    'refroidissement',
    'montee_en_temperature',
  );
const egrBypass = (bank: number): Component =>
  fem(
    `vanne de dérivation du refroidisseur EGR (banc ${bank})`,
    `EGR cooler bypass valve (bank ${bank})`,
    'emissions',
    'egr',
  );
const camActuator = (cam: string, bank: number): Component =>
  masc(
    `déphaseur d'arbre à cames ${cam} (banc ${bank})`,
    `camshaft ${cam} position actuator (bank ${bank})`,
    'moteur',
    'distribution_variable',
  );
const profileActuatorB = (cam: string, bank: number): Component =>
  masc(
    `actionneur B de changement de profil de l'arbre à cames ${cam} (banc ${bank})`,
    `camshaft ${cam} profile actuator B (bank ${bank})`,
    'moteur',
    'distribution_variable',
  );
const hv = (fr: string, en: string, subsystem: string, feminine = false): Component =>
  (feminine ? fem : masc)(fr, en, 'electricite_charge', subsystem);
const charger = (fr: string, en: string, feminine = false): Component =>
  hv(fr, en, 'recharge', feminine);
const chargingContactor = (sign: 'positif' | 'négatif', l: string): Component =>
  charger(
    `contacteur ${sign} ${l} du circuit de recharge`,
    `battery charging system ${sign === 'positif' ? 'positive' : 'negative'} contactor ${l}`,
  );
const motorA = (fr: string, en: string, feminine = false): Component =>
  hv(fr, en, 'onduleur', feminine);
const starterGen = (fr: string, en: string, feminine = false): Component =>
  hv(fr, en, 'propulsion_hybride', feminine);
const trans = (fr: string, en: string, subsystem: string, feminine = false): Component =>
  (feminine ? fem : masc)(fr, en, 'transmission', subsystem);
const auxPumpB = trans(
  'pompe à huile auxiliaire de boîte B',
  'auxiliary transmission fluid pump B',
  'huile_boite',
  true,
);
const disconnectClutchActuator = trans(
  "actionneur de l'embrayage de découplage moteur",
  'engine disconnect clutch actuator',
  'embrayage',
);
const intakeO2 = (fr: string, en: string, bank: number, feminine = false): Component =>
  (feminine ? fem : masc)(
    `${fr} de la sonde lambda d'admission (banc ${bank})`,
    `intake air O2 sensor ${en} (bank ${bank})`,
    'emissions',
    'sonde_lambda',
  );

// ---------------------------------------------------------------- P23xx
function p23(): DtcEntry[] {
  const out: DtcEntry[] = [];
  ([11, 12] as const).forEach((cyl, i) => {
    for (const [j, fr, en] of [
      [0, 'basse', 'lower'],
      [1, 'haute', 'upper'],
    ] as const) {
      out.push(
        handWritten(
          hexCode('P232B', 2 * i + j),
          'injection_melange',
          'injecteur',
          'performance',
          `Apprentissage du décalage de l'injecteur du cylindre ${cyl} en butée ${fr}`,
          `Cylinder ${cyl} injector offset learning at ${en} limit`,
        ),
      );
    }
  });
  const regC = masc(
    'régulateur de pression de carburant C',
    'fuel pressure regulator C',
    'injection_melange',
    'regulation_pression_carburant',
  );
  out.push(
    ...fam('P233A', regC, CTRL3),
    ...fam(
      'P233D',
      fem(
        'alimentation du solénoïde du régulateur de pression de carburant B',
        'fuel pressure regulator B solenoid supply',
        'injection_melange',
        'regulation_pression_carburant',
      ),
      CTRL3,
    ),
    ...fam(
      'P2370',
      masc(
        'régulateur de débit de carburant B',
        'fuel volume regulator B',
        'injection_melange',
        'regulation_pression_carburant',
      ),
      CTRL4,
    ),
    ...fam(
      'P2374',
      turbo(
        'capteur de pression en entrée du turbo/compresseur B',
        'turbo/supercharger inlet pressure sensor B',
      ),
      SENSOR5,
    ),
    ...fam('P237C', heatExValve('A'), ['ctrl', 'ctrl_low', 'ctrl_high', 'performance']),
    ...fam('P23A2', heatExValve('B'), [
      'ctrl',
      'ctrl_low',
      'ctrl_high',
      'performance',
      'stuck_open',
      'stuck_closed',
    ]),
    say(
      'P23A8',
      heatExSensor('B'),
      'range_performance',
      "Butée du capteur de position de la vanne de dérivation d'échappement de l'échangeur de chaleur B peu performante",
      'Exhaust heat exchanger bypass valve B position sensor stop poor performance',
    ),
  );
  for (const [base, l] of [
    ['P2380', 'D'],
    ['P2385', 'E'],
  ] as const) {
    out.push(
      ...fam(base, masc(`capteur EGR ${l}`, `EGR sensor ${l}`, 'emissions', 'egr'), [
        'circuit',
        'high',
        'low',
        'range',
        'intermittent',
      ]),
    );
  }
  const wif = masc(
    "capteur de présence d'eau dans le gazole B",
    'water-in-fuel sensor B',
    'injection_melange',
    'filtre_carburant',
  );
  out.push(
    ...fam('P238A', wif, SENSOR5),
    say(
      'P238F',
      wif,
      'condition',
      "Présence d'eau dans le carburant signalée par le capteur B",
      'Water in fuel detected by sensor B',
    ),
  );
  const diesel = (fr: string, en: string, feminine = false): Component =>
    (feminine ? fem : masc)(fr, en, 'injection_melange', 'admission_air');
  const airValveB = diesel(
    "vanne de régulation du débit d'air d'admission B (diesel)",
    'diesel intake air flow control valve B',
    true,
  );
  out.push(
    ...fam('P2390', airValveB, [
      'ctrl',
      'performance',
      'ctrl_low',
      'ctrl_high',
      'stuck_open',
      'stuck_closed',
    ]),
    ...fam(
      'P2396',
      diesel(
        "capteur de position de la vanne de régulation du débit d'air d'admission B (diesel)",
        'diesel intake air flow control valve B position sensor',
      ),
      SENSOR5,
    ),
    say(
      'P239B',
      airValveB,
      'range_performance',
      "Courant du moteur de la vanne de régulation du débit d'air d'admission B (diesel) hors plage ou peu performant",
      'Diesel intake air flow B control motor current out of range or poor performance',
    ),
    say(
      'P239C',
      airValveB,
      'flow',
      "Régulation du débit d'air d'admission B (diesel) : débit d'air trop élevé détecté",
      'Diesel intake air flow B control: high air flow detected',
    ),
    say(
      'P239D',
      airValveB,
      'flow',
      "Régulation du débit d'air d'admission B (diesel) : débit d'air trop faible détecté",
      'Diesel intake air flow B control: low air flow detected',
    ),
  );
  // Downstream O2 sensor of each bank: P239E–P239F out of range on deceleration, P23A0–P23A1
  // exhaust sample error.
  for (const bank of [1, 2]) {
    const s = o2SensorName(bank, 2);
    out.push(
      handWritten(
        hexCode('P239E', bank - 1),
        'emissions',
        'sonde_lambda',
        'range_performance',
        `${capitalize(s.fr)} hors plage pendant la décélération`,
        `${capitalize(s.en)} out of range during deceleration`,
      ),
      handWritten(
        hexCode('P23A0', bank - 1),
        'emissions',
        'sonde_lambda',
        'condition',
        `${capitalize(s.fr)} : prélèvement des gaz d'échappement incorrect`,
        `${capitalize(s.en)}: exhaust sample error`,
      ),
    );
  }
  out.push(
    handWritten(
      'P23A9',
      'moteur',
      'calculateur',
      'communication',
      'Arrêt moteur forcé sur défaut de communication',
      'Forced engine shutdown on communication fault',
    ),
    entry('P23AA', turboBypass('A'), 'stuck'),
    say(
      'P23AB',
      nox(1, 3),
      'internal',
      'Processeur du capteur de NOx (banc 1, capteur 3) peu performant',
      'NOx sensor (bank 1, sensor 3) processor poor performance',
    ),
    ...fam('P23AC', nox(1, 3), SENSOR5),
    ...fam('P23B1', noxHeater(1, 3), CTRL3),
    ...fam('P23B4', noxSense(1, 3), ['circuit', 'range']),
    say(
      'P23B6',
      nox(1, 3),
      'circuit',
      "Circuit d'alimentation du capteur de NOx (banc 1, capteur 3) défaillant",
      'NOx sensor (bank 1, sensor 3) supply voltage circuit fault',
    ),
    entry('P23B7', noxHeater(1, 3), 'ctrl_range'),
    ...fam('P23B8', noxSense(1, 3), ['low', 'high', 'intermittent']),
    entry('P23BB', noxHeater(1, 3), 'heater_resistance'),
    ...handWrittenRows('emissions', 'capteur_nox', [
      [
        'P23BC',
        'internal',
        "Mémoire d'étalonnage du capteur de NOx (banc 1, capteur 3) défaillante",
        'NOx sensor (bank 1, sensor 3) calibration memory fault',
      ],
      [
        'P23BD',
        'stuck',
        'Signal du capteur de NOx (banc 1, capteur 3) faussé ou bloqué haut',
        'NOx sensor (bank 1, sensor 3) signal biased or stuck high',
      ],
      [
        'P23BE',
        'stuck',
        'Signal du capteur de NOx (banc 1, capteur 3) faussé ou bloqué bas',
        'NOx sensor (bank 1, sensor 3) signal biased or stuck low',
      ],
      [
        'P23BF',
        'slow_response',
        'Réponse trop lente du capteur de NOx (banc 1, capteur 3) en montée',
        'NOx sensor (bank 1, sensor 3) slow response, low to high',
      ],
      [
        'P23C0',
        'slow_response',
        'Réponse trop lente du capteur de NOx (banc 1, capteur 3) en descente',
        'NOx sensor (bank 1, sensor 3) slow response, high to low',
      ],
      [
        'P23C1',
        'performance',
        'Élément de mesure du capteur de NOx (banc 1, capteur 3) défaillant',
        'NOx sensor (bank 1, sensor 3) sensing element fault',
      ],
      [
        'P23C2',
        'slow_response',
        'Réponse retardée du capteur de NOx (banc 1, capteur 3) en descente',
        'NOx sensor (bank 1, sensor 3) delayed response, high to low',
      ],
    ]),
    ...fam('P23C3', bypassSensor('C'), CIRC3),
    hot('P23C6', coolantBypassValve('C')),
  );
  const fuelHeat = (fr: string, en: string, feminine = false): Component =>
    (feminine ? fem : masc)(fr, en, 'injection_melange', 'rechauffage_carburant');
  out.push(
    ...fam(
      'P23C7',
      fuelHeat(
        'étage de puissance du module de réchauffage du carburant',
        'fuel heater control module power',
      ),
      CTRL3,
    ),
    ...fam('P23CA', fuelHeat('réchauffeur de la rampe de carburant', 'fuel rail heater'), CTRL3),
    ...fam(
      'P23CD',
      fuelHeat(
        'retour du module de réchauffage du carburant',
        'fuel heater control module feedback',
      ),
      OPEN4,
    ),
  );
  for (let n = 1; n <= 4; n++) {
    out.push(
      ...fam(
        hexCode('P23D1', 4 * (n - 1)),
        fuelHeat(`réchauffeur de carburant du cylindre ${n}`, `cylinder ${n} fuel heater`),
        ['ctrl', 'ctrl_high', 'ctrl_low', 'performance'],
      ),
    );
  }
  const egrC = fem('vanne EGR C', 'EGR C valve', 'emissions', 'egr');
  out.push(
    ...fam('P23E1', egrC, VALVE6),
    say(
      'P23E7',
      egrC,
      'flow',
      'Débit de recirculation des gaz EGR C insuffisant',
      'EGR C flow too low',
    ),
    say(
      'P23E8',
      egrC,
      'flow',
      'Débit de recirculation des gaz EGR C excessif',
      'EGR C flow too high',
    ),
  );
  for (const [base, cam, bank] of [
    ['P23E9', 'A', 2],
    ['P23EC', 'B', 1],
    ['P23EF', 'B', 2],
  ] as const) {
    out.push(
      ...fam(
        base,
        fem(
          `sortie du signal de position de l'arbre à cames ${cam} (banc ${bank})`,
          `camshaft ${cam} position signal output (bank ${bank})`,
          'moteur',
          'signaux_sortie',
        ),
        OPEN3,
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------- P24xx–P28xx gaps
function p24to28(): DtcEntry[] {
  const out: DtcEntry[] = [
    handWritten(
      'P241D',
      'emissions',
      'scr_adblue',
      'condition',
      'Incitation SCR : arrêt forcé du moteur',
      'SCR inducement: forced engine shutdown',
    ),
    ...handWrittenRows('emissions', 'capteur_nox', [
      [
        'P24F4',
        'slow_response',
        'Réponse retardée du capteur de NOx (banc 1, capteur 1) en descente',
        'NOx sensor (bank 1, sensor 1) delayed response, high to low',
      ],
      [
        'P24F5',
        'slow_response',
        'Réponse retardée du capteur de NOx (banc 1, capteur 2) en descente',
        'NOx sensor (bank 1, sensor 2) delayed response, high to low',
      ],
    ]),
    ...fam(
      'P24F6',
      fem(
        "vanne de purge d'air du carburant de post-traitement",
        'exhaust aftertreatment fuel air purge valve',
        'emissions',
        'filtre_a_particules',
      ),
      ['stuck_open', 'stuck_closed', 'ctrl', 'ctrl_range', 'ctrl_low', 'ctrl_high'],
    ),
    hot(
      'P24FC',
      masc(
        'chauffage du capteur de particules',
        'particulate matter sensor heater',
        'emissions',
        'filtre_a_particules',
      ),
    ),
  ];
  // P26F4–P26FE
  const pumpC = coolantPump('C');
  out.push(
    ...fam('P26F4', pumpC, CTRL3),
    supplyCircuit('P26F7', pumpC),
    stalled('P26F8', pumpC),
    moduleHot('P26F9', pumpC),
    overspeedAir('P26FA', pumpC),
    entry('P26FB', egrBypass(1), 'stuck_closed'),
    entry('P26FC', egrBypass(2), 'stuck_closed'),
    handWritten(
      'P26FD',
      'carrosserie_confort',
      'climatisation',
      'internal',
      'Module de commande intégré au compresseur de climatisation peu performant',
      'A/C compressor internal control module poor performance',
    ),
    entry('P26FE', exhFlowValve('A'), 'performance'),
  );
  // P27xx
  out.push(
    ...handWrittenRows('transmission', 'passage_rapports', [
      [
        'P271E',
        'performance',
        'Boîte de vitesses peu performante',
        'Transmission poor performance',
      ],
    ]),
    ...handWrittenRows('transmission', 'capteur_position_levier', [
      [
        'P271F',
        'condition',
        'Position du sélecteur électronique de vitesses non apprise',
        'Electronic gear shift position not learned',
      ],
    ]),
    ...handWrittenRows('transmission', 'calculateur_boite', [
      [
        'P273C',
        'signal_low',
        "Tension d'alimentation du module de passage des rapports A trop basse",
        'Gear shift control module A supply voltage too low',
      ],
      [
        'P273D',
        'signal_high',
        "Tension d'alimentation du module de passage des rapports A trop haute",
        'Gear shift control module A supply voltage too high',
      ],
      [
        'P273E',
        'overtemperature',
        'Température excessive du module de passage des rapports A',
        'Gear shift control module A over temperature',
      ],
      [
        'P27B1',
        'internal',
        'Traitement interne de la sélection de gamme de boîte peu performant',
        'Internal control module transmission range select performance',
      ],
      [
        'P27B2',
        'internal',
        'Traitement interne de la commande de gamme de boîte peu performant',
        'Internal control module transmission range control performance',
      ],
      [
        'P27B3',
        'internal',
        'Traitement interne de la sélection du rapport peu performant',
        'Internal control module transmission gear select performance',
      ],
      [
        'P27B4',
        'internal',
        'Traitement interne de la commande du sens de marche peu performant',
        'Internal control module transmission gear direction control performance',
      ],
      [
        'P27B5',
        'internal',
        'Traitement interne de la commande du rapport de démultiplication peu performant',
        'Internal control module transmission gear ratio control performance',
      ],
      [
        'P27B6',
        'internal',
        'Traitement interne des capteurs de vitesse de boîte peu performant',
        'Internal control module transmission speed sensor performance',
      ],
    ]),
    ...handWrittenRows('transmission', 'embrayage', [
      [
        'P277E',
        'condition',
        'Désengagement mécanique inattendu du rapport (embrayage A)',
        'Unexpected mechanical gear disengagement (clutch A)',
      ],
      [
        'P277F',
        'condition',
        'Désengagement mécanique inattendu du rapport (embrayage B)',
        'Unexpected mechanical gear disengagement (clutch B)',
      ],
      [
        'P27F3',
        'overtemperature',
        "Température excessive de l'embrayage B",
        'Clutch B over temperature',
      ],
    ]),
  );
  [...'NPRST'].forEach((l, i) =>
    out.push(
      ...fam(hexCode('P27B9', 8 * i), pressureControlSolenoid(l), [
        'stuck_off',
        'stuck_on',
        'electrical',
        'intermittent',
        'ctrl',
        'ctrl_range',
        'ctrl_low',
        'ctrl_high',
      ]),
    ),
  );
  out.push(
    ...handWrittenRows('transmission', 'huile_boite', [
      [
        'P27E1',
        'pressure_low',
        'Pression de la pompe à huile auxiliaire de boîte A trop basse',
        'Auxiliary transmission fluid pump A pressure too low',
      ],
      [
        'P27E2',
        'pressure_low',
        'Pression de la pompe à huile auxiliaire de boîte B trop basse',
        'Auxiliary transmission fluid pump B pressure too low',
      ],
    ]),
    ...fam(
      'P27E3',
      trans(
        'vanne de régulation de la pompe à huile auxiliaire de boîte',
        'auxiliary transmission fluid pump control valve',
        'huile_boite',
        true,
      ),
      ['open', 'circuit_range', 'clow', 'chigh'],
    ),
    ...fam(
      'P27E7',
      trans(
        'commande de gamme de boîte B',
        'transmission range control B',
        'passage_rapports',
        true,
      ),
      ['open', 'circuit_range', 'clow', 'chigh'],
    ),
  );
  for (const [base, l] of [
    ['P27EB', 'A'],
    ['P27EF', 'B'],
  ] as const) {
    out.push(
      ...fam(
        base,
        trans(
          `capteur/contacteur de position de la commande de gamme de boîte ${l}`,
          `transmission range control ${l} position sensor/switch`,
          'capteur_position_levier',
        ),
        OPEN4,
      ),
    );
  }
  const shiftLock = trans(
    'actionneur de verrouillage du levier A',
    'gear shift lock actuator A',
    'boite_robotisee',
  );
  out.push(
    say(
      'P27F4',
      shiftLock,
      'stuck',
      'Actionneur de verrouillage du levier A peu performant ou bloqué en position activée',
      'Gear shift lock actuator A poor performance or stuck on',
    ),
    say(
      'P27F5',
      shiftLock,
      'stuck',
      'Actionneur de verrouillage du levier A bloqué au repos',
      'Gear shift lock actuator A stuck off',
    ),
  );
  // P2887–P28FA
  out.push(
    ...fam(
      'P2887',
      trans(
        'actionneur du verrouillage de stationnement',
        'park lock/pawl actuator',
        'verrouillage_parking',
      ),
      ['circuit', 'open', 'clow', 'chigh', 'circuit_range'],
    ),
    hot('P288C', disconnectClutchActuator),
    say(
      'P288D',
      trans('fourchette de passage B', 'shift fork B', 'boite_robotisee', true),
      'condition',
      'Étalonnage de la fourchette de passage B non appris',
      'Shift fork B calibration not learned',
    ),
    hot(
      'P288E',
      trans('actionneur de la fourchette de passage A', 'shift fork A actuator', 'boite_robotisee'),
    ),
    hot(
      'P288F',
      trans('actionneur de la fourchette de passage B', 'shift fork B actuator', 'boite_robotisee'),
    ),
  );
  for (let n = 1; n <= 12; n++) {
    out.push(
      ...fam(
        hexCode('P2890', 4 * (n - 1)),
        fem(
          `mesure du courant d'ionisation du cylindre ${n}`,
          `cylinder ${n} ion current sense`,
          'allumage',
          'rates_combustion',
        ),
        SENSOR4,
      ),
    );
  }
  out.push(
    ...handWrittenRows('allumage', 'rates_combustion', [
      [
        'P28C0',
        'circuit',
        "Circuit d'alimentation du module de détection par ionisation défaillant",
        'Ion sense module supply voltage circuit fault',
      ],
      [
        'P28C1',
        'signal_low',
        "Tension d'alimentation du module de détection par ionisation trop basse",
        'Ion sense module supply voltage too low',
      ],
      [
        'P28C2',
        'signal_high',
        "Tension d'alimentation du module de détection par ionisation trop haute",
        'Ion sense module supply voltage too high',
      ],
    ]),
    handWritten(
      'P28C3',
      'emissions',
      'evap',
      'performance',
      'Ligne de purge EVAP B de forte charge (suralimentation) peu performante',
      'EVAP high-load purge line B poor performance',
    ),
  );
  const phases = (base: string, motor: Component): DtcEntry[] => [
    say(
      base,
      motor,
      'signal_low',
      `Circuit des phases U-V-W ${deArticle(motor)} : niveau trop bas`,
      `${Ce(motor)} phase U-V-W circuit level too low`,
    ),
    say(
      hexCode(base, 1),
      motor,
      'signal_high',
      `Circuit des phases U-V-W ${deArticle(motor)} : niveau trop haut`,
      `${Ce(motor)} phase U-V-W circuit level too high`,
    ),
    say(
      hexCode(base, 2),
      motor,
      'circuit',
      `Circuit des phases U-V-W ${deArticle(motor)} ouvert ou défaillant`,
      `${Ce(motor)} phase U-V-W circuit open or faulty`,
    ),
    say(
      hexCode(base, 3),
      motor,
      'performance',
      `Phases U-V-W ${deArticle(motor)} peu performantes`,
      `${Ce(motor)} phase U-V-W poor performance`,
    ),
  ];
  const clutchParts = (l: string) => ({
    motor: trans(`moteur de l'embrayage ${l}`, `clutch ${l} motor`, 'embrayage'),
    pump: trans(`moteur de pompe de l'embrayage ${l}`, `clutch ${l} pump motor`, 'embrayage'),
    position: trans(
      `capteur de position du moteur de l'embrayage ${l}`,
      `clutch ${l} motor position sensor`,
      'embrayage',
    ),
    pressure: trans(
      `capteur de pression de l'embrayage ${l}`,
      `clutch ${l} pressure sensor`,
      'embrayage',
    ),
  });
  const ca = clutchParts('A');
  out.push(
    ...phases('P28C4', ca.motor),
    entry('P28C8', ca.pump, 'performance'),
    overspeed('P28C9', ca.motor),
    underspeed('P28CA', ca.motor),
    ...fam('P28CB', ca.position, ['open', 'range']),
    ...fam('P28CD', ca.pressure, ['open', 'low', 'high', 'range']),
    hot('P28D1', ca.motor),
  );
  const cb = clutchParts('B');
  out.push(
    ...phases('P28D2', cb.motor),
    hot('P28D6', cb.motor),
    entry('P28D7', cb.pump, 'performance'),
    overspeed('P28D8', cb.motor),
    underspeed('P28D9', cb.motor),
    ...fam('P28DA', cb.position, ['open', 'range']),
    ...fam('P28DC', cb.pressure, ['open', 'low', 'high', 'range']),
  );
  const shiftMotor = trans('moteur de passage des rapports', 'shift motor', 'boite_robotisee');
  const shiftMotorSensor = trans(
    'capteur de position du moteur de passage des rapports',
    'shift motor position sensor',
    'boite_robotisee',
  );
  out.push(
    ...phases('P28E0', shiftMotor),
    hot('P28E4', shiftMotor),
    entry('P28E5', shiftMotor, 'performance'),
    overspeed('P28E6', shiftMotor),
    ...fam('P28E7', shiftMotorSensor, ['open', 'high', 'low', 'range']),
    notLearned('P28EB', shiftMotor),
    learnLimit('P28EC', shiftMotorSensor),
    overspeed('P28ED', auxPumpB),
    underspeed('P28EE', auxPumpB),
    ...fam('P28EF', disconnectClutchActuator, ['stuck_off', 'stuck_on']),
    ...fam(
      'P28F1',
      trans(
        "capteur de pression de l'embrayage de découplage moteur",
        'engine disconnect clutch pressure sensor',
        'embrayage',
      ),
      SENSOR5,
    ),
    entry('P28F6', disconnectClutchActuator, 'intermittent'),
    ...handWrittenRows('emissions', 'pression_echappement', [
      [
        'P28F7',
        'pressure_high',
        "Pression d'échappement trop haute (banc 1)",
        'Exhaust pressure too high (bank 1)',
      ],
      [
        'P28F8',
        'pressure_high',
        "Pression d'échappement trop haute (banc 2)",
        'Exhaust pressure too high (bank 2)',
      ],
      [
        'P28F9',
        'pressure_low',
        "Pression d'échappement trop basse (banc 1)",
        'Exhaust pressure too low (bank 1)',
      ],
      [
        'P28FA',
        'pressure_low',
        "Pression d'échappement trop basse (banc 2)",
        'Exhaust pressure too low (bank 2)',
      ],
    ]),
  );
  return out;
}

// ---------------------------------------------------------------- P25C9–P25FF
function p25(): DtcEntry[] {
  const out: DtcEntry[] = [
    handWritten(
      'P25C9',
      'freinage_abs',
      'groupe_abs',
      'condition',
      'Allumage du témoin moteur demandé par le calculateur de freinage B',
      'MIL illumination requested by brake system control module B',
    ),
  ];
  for (const [base, side, sideEn] of [
    ['P25CA', "d'admission", 'intake'],
    ['P25D0', "d'échappement", 'exhaust'],
  ] as const) {
    for (const bank of [1, 2]) {
      out.push(
        ...fam(
          hexCode(base, 3 * (bank - 1)),
          fem(
            `goupille de verrouillage du déphaseur d'arbre à cames ${side} (banc ${bank})`,
            `${sideEn} camshaft actuator park lock (bank ${bank})`,
            'moteur',
            'distribution_variable',
          ),
          CTRL3,
        ),
      );
    }
  }
  out.push(
    say(
      'P25D6',
      heatExSensor('A'),
      'range_performance',
      "Butée du capteur de position de la vanne de dérivation d'échappement de l'échangeur de chaleur A peu performante",
      'Exhaust heat exchanger bypass valve A position sensor stop poor performance',
    ),
    ...fam(
      'P25D7',
      masc(
        'capteur de niveau de carburant C',
        'fuel level sensor C',
        'carrosserie_confort',
        'jauge_carburant',
      ),
      ['circuit', 'range', 'low', 'high', 'intermittent', 'stuck'],
    ),
  );
  for (const [base, cam, bank] of [
    ['P25DD', 'A', 1],
    ['P25E0', 'A', 2],
    ['P25E3', 'B', 1],
    ['P25E6', 'B', 2],
  ] as const) {
    const c = camActuator(cam, bank);
    out.push(
      say(
        base,
        c,
        'stuck',
        `${Cf(c)} bloqué en position verrouillée`,
        `${Ce(c)} stuck in locked position`,
      ),
      say(
        hexCode(base, 1),
        c,
        'performance',
        `${Cf(c)} : position verrouillée impossible à atteindre`,
        `${Ce(c)} unable to achieve locked position`,
      ),
      say(
        hexCode(base, 2),
        c,
        'performance',
        `Régulation de position ${deArticle(c)} peu performante`,
        `${Ce(c)} position control poor performance`,
      ),
    );
  }
  const scClutch = turbo(
    'embrayage de découplage du compresseur',
    'supercharger disconnect clutch',
  );
  const bypassC = turboBypass('C');
  out.push(
    ...fam('P25E9', scClutch, ['stuck_open', 'stuck_closed', 'circuit_range', 'clow', 'chigh']),
    ...fam(
      'P25EE',
      fem('pompe à vide B', 'vacuum pump B', 'freinage_abs', 'assistance_freinage'),
      CTRL4,
    ),
    ...fam('P25F2', boostSensor('C'), SENSOR4),
    ...handWrittenRows('emissions', 'air_secondaire', [
      [
        'P25F6',
        'performance',
        "Système d'injection d'air secondaire B en défaut",
        'Secondary air injection system B fault',
      ],
      [
        'P25F7',
        'flow',
        "Débit incorrect détecté dans le système d'injection d'air secondaire B",
        'Secondary air injection system B incorrect flow detected',
      ],
    ]),
    ...fam('P25F8', bypassC, ['ctrl', 'ctrl_low', 'ctrl_high', 'ctrl_range']),
    say(
      'P25FC',
      bypassC,
      'performance',
      `${Cf(bypassC)} : défaut mécanique`,
      `${Ce(bypassC)} mechanical fault`,
    ),
    entry('P25FD', bypassC, 'overtemperature'),
    entry('P25FE', scClutch, 'fault'),
    handWritten(
      'P25FF',
      'electricite_charge',
      'tension_reseau',
      'internal',
      'Module de stabilisation de la tension du réseau de bord peu performant',
      'Electrical system voltage stabilizer control module poor performance',
    ),
  );
  return out;
}

// ---------------------------------------------------------------- P2A0F, P2A38–P2AFF
function p2a(): DtcEntry[] {
  const out: DtcEntry[] = [
    entry(
      'P2A0F',
      masc(
        'réchauffeur de carburant',
        'fuel supply heater',
        'injection_melange',
        'filtre_carburant',
      ),
      'performance',
    ),
  ];
  const s = o2SensorName(1, 3);
  for (const [base, fr, en] of [
    ['P2A38', 'positif', 'positive'],
    ['P2A3B', 'négatif', 'negative'],
  ] as const) {
    out.push(
      ...fam(
        base,
        masc(
          `courant de pompage ${fr} de la ${s.fr}`,
          `${s.en} ${en} current control`,
          'emissions',
          'sonde_lambda',
        ),
        OPEN3,
      ),
    );
  }
  out.push(
    ...handWrittenRows('injection_melange', 'carburant_alternatif', [
      [
        'P2A3E',
        'performance',
        "Erreur d'alimentation en carburant alternatif",
        'Alternative fuel delivery error',
      ],
      [
        'P2A3F',
        'condition',
        'Délai excessif avant le passage en régulation au carburant alternatif',
        'Excessive time to enter alternative fuel control',
      ],
      [
        'P2A40',
        'leak',
        "Fuite d'un injecteur vers la rampe détectée (carburant alternatif)",
        'Alternative fuel system: injector leakage to rail detected',
      ],
    ]),
  );
  for (const [base, l] of [
    ['P2A41', 'B'],
    ['P2A46', 'C'],
  ] as const) {
    out.push(
      ...fam(
        base,
        alternativeFuelPart(
          `capteur de pression du réservoir de carburant alternatif ${l}`,
          `alternative fuel tank ${l} pressure sensor`,
        ),
        SENSOR5,
      ),
    );
  }
  out.push(
    ...fam(
      'P2A4B',
      alternativeFuelPart(
        'capteur de température du carburant alternatif',
        'alternative fuel temperature sensor',
      ),
      SENSOR5,
    ),
  );
  for (let i = 0; i < 3; i++) {
    out.push(
      ...fam(
        hexCode('P2A50', 5 * i),
        alternativeFuelPart(
          `capteur de température en sortie du vaporiseur de carburant alternatif ${letter(i)}`,
          `alternative fuel vaporizer ${letter(i)} outlet temperature sensor`,
        ),
        SENSOR5,
      ),
    );
  }
  for (const [base, l] of [
    ['P2A5F', 'B'],
    ['P2A64', 'C'],
  ] as const) {
    out.push(
      ...fam(
        base,
        alternativeFuelPart(
          `capteur de niveau du réservoir de carburant alternatif ${l}`,
          `alternative fuel tank ${l} level sensor`,
        ),
        SENSOR5,
      ),
    );
  }
  const regInlet = alternativeFuelPart(
    'capteur de pression en entrée du régulateur de rampe de carburant alternatif',
    'alternative fuel rail pressure regulator inlet pressure sensor',
  );
  out.push(
    ...fam('P2A69', regInlet, SENSOR5),
    ...handWrittenRows('injection_melange', 'carburant_alternatif', [
      [
        'P2A6E',
        'pressure_low',
        'Pression en entrée du régulateur de rampe de carburant alternatif trop basse',
        'Alternative fuel rail pressure regulator inlet pressure too low',
      ],
      [
        'P2A6F',
        'pressure_high',
        'Pression en entrée du régulateur de rampe de carburant alternatif trop haute',
        'Alternative fuel rail pressure regulator inlet pressure too high',
      ],
    ]),
    ...fam(
      'P2A70',
      alternativeFuelPart(
        'vanne de sélection de la pompe hydraulique de carburant alternatif',
        'alternative fuel hydraulic fuel pump select valve',
        true,
      ),
      CTRL5,
    ),
    ...fam(
      'P2A75',
      alternativeFuelPart(
        'capteur de pression de la pompe hydraulique de carburant alternatif',
        'alternative fuel hydraulic pump pressure sensor',
      ),
      SENSOR5,
    ),
    ...fam(
      'P2A7A',
      alternativeFuelPart(
        'capteur de pression hydraulique du carburant alternatif',
        'alternative fuel hydraulic pressure sensor',
      ),
      SENSOR5,
    ),
  );
  for (let i = 0; i < 3; i++) {
    const l = letter(i);
    out.push(
      ...fam(
        hexCode('P2A7F', 4 * i),
        alternativeFuelPart(
          `soupape de compression de la pompe de carburant alternatif ${l}`,
          `alternative fuel pump ${l} compression stroke valve`,
          true,
        ),
        CTRL4,
      ),
      entry(
        hexCode('P2A8B', i),
        alternativeFuelPart(
          `vaporiseur de carburant alternatif ${l}`,
          `alternative fuel vaporizer ${l}`,
        ),
        'performance',
      ),
      entry(
        hexCode('P2A8E', i),
        alternativeFuelPart(
          `pompe de carburant alternatif ${l}`,
          `alternative fuel pump ${l}`,
          true,
        ),
        'performance',
      ),
      ...fam(
        hexCode('P2A91', 4 * i),
        alternativeFuelPart(
          `vanne de sélection de réservoir de carburant alternatif ${l}`,
          `alternative fuel tank select valve ${l}`,
          true,
        ),
        CTRL4,
      ),
    );
  }
  out.push(
    ...handWrittenRows('injection_melange', 'carburant_alternatif', [
      [
        'P2A9D',
        'leak',
        'Petite fuite détectée dans le circuit haute pression de carburant alternatif',
        'Alternative fuel high pressure system small leak',
      ],
      [
        'P2AA2',
        'flow',
        'Débit insuffisant dans la ligne de retour de carburant alternatif',
        'Alternative fuel return line flow too low',
      ],
    ]),
    ...fam(
      'P2A9E',
      alternativeFuelPart(
        'vanne de la ligne de retour de carburant alternatif',
        'alternative fuel return line valve',
        true,
      ),
      CTRL4,
    ),
    ...handWrittenRows('emissions', 'egr', [
      [
        'P2AA3',
        'flow',
        'Débit EGR B insuffisant au démarrage à froid',
        'Cold start EGR B flow too low',
      ],
      [
        'P2AA4',
        'flow',
        'Débit EGR B excessif au démarrage à froid',
        'Cold start EGR B flow too high',
      ],
    ]),
    hot('P2AA5', egrBypass(1)),
    hot('P2AA6', egrBypass(2)),
    ...fam('P2AA7', bypassSensor('B'), SENSOR5),
    ...fam(
      'P2AAC',
      masc(
        'capteur de présence de gazole',
        'diesel fuel presence sensor',
        'injection_melange',
        'composition_carburant',
      ),
      SENSOR4,
    ),
    handWritten(
      'P2AB0',
      'emissions',
      'filtre_a_particules',
      'internal',
      'Processeur du capteur de particules peu performant',
      'Particulate matter sensor processor poor performance',
    ),
    ...handWrittenRows('emissions', 'catalyseur', [
      [
        'P2AB1',
        'performance',
        'Module de commande du chauffage du catalyseur défaillant ou peu performant',
        'Catalyst heater control module faulty or poor performance',
      ],
      [
        'P2AB2',
        'circuit',
        "Tension d'alimentation du module de commande du chauffage du catalyseur anormale",
        'Catalyst heater control module supply voltage fault',
      ],
    ]),
  );
  for (const [code, bank, open] of [
    ['P2AB3', 1, true],
    ['P2AB4', 2, true],
    ['P2AB5', 1, false],
    ['P2AB6', 2, false],
  ] as const) {
    out.push(
      handWritten(
        code,
        'moteur',
        'collecteur_admission',
        'stuck',
        `Volet de collecteur d'admission à longueur variable (banc ${bank}) bloqué en position ${open ? 'ouverte' : 'fermée'} au démarrage à froid`,
        `Cold start intake manifold runner control stuck ${open ? 'open' : 'closed'} (bank ${bank})`,
      ),
    );
  }
  out.push(
    ...fam('P2AB7', wastegateSensor('A'), CIRC3),
    ...fam('P2ABA', wastegateSensor('B'), CIRC3),
    hot('P2ABD', wastegateActuator('A')),
    hot('P2ABE', wastegateActuator('B')),
  );
  for (const bank of [1, 2]) {
    out.push(
      ...fam(
        hexCode('P2ABF', 4 * (bank - 1)),
        intakeO2('tension de référence', 'reference voltage', bank, true),
        OPEN4,
      ),
    );
  }
  out.push(
    ...fam(
      'P2AC7',
      turbo(
        "capteur de température du liquide du refroidisseur d'air de suralimentation B",
        'charge air cooler coolant temperature sensor B',
      ),
      SENSOR5,
    ),
    ...fam(
      'P2ACC',
      scr("capteur de température de l'AdBlue B", 'reductant temperature sensor B'),
      SENSOR5,
    ),
  );
  for (const [code, a] of [
    ['P2AD1', 'C'],
    ['P2AD2', 'B'],
    ['P2AD3', 'A'],
  ] as const) {
    out.push(pedalSensorsDisagree(code, a, 'G'));
  }
  out.push(
    ...handWrittenRows('electricite_charge', 'tension_reseau', [
      [
        'P2AD4',
        'signal_low',
        'Tension du réseau intermédiaire trop basse',
        'Intermediate system voltage too low',
      ],
      [
        'P2AD5',
        'signal_high',
        'Tension du réseau intermédiaire trop haute',
        'Intermediate system voltage too high',
      ],
    ]),
    ...fam(
      'P2AD6',
      scr(
        "capteur de position du moteur de la pompe d'AdBlue",
        'reductant pump motor position sensor',
      ),
      SENSOR4,
    ),
    ...fam(
      'P2ADA',
      scr("capteur de température du réservoir d'AdBlue B", 'reductant tank temperature sensor B'),
      ['range', 'low', 'high', 'intermittent', 'circuit'],
    ),
    handWritten(
      'P2ADF',
      'injection_melange',
      'prise_air',
      'leak',
      "Fuite dans le circuit d'admission d'air (banc 2)",
      'Intake air system leak (bank 2)',
    ),
  );
  for (const bank of [1, 2]) {
    const base = bank === 1 ? 'P2AE0' : 'P2AE9';
    out.push(
      ...fam(
        base,
        intakeO2('correction du courant de pompage', 'pumping current trim', bank, true),
        OPEN3,
      ),
      ...fam(hexCode(base, 3), intakeO2('courant de pompage', 'pumping current', bank), OPEN3),
      ...fam(
        hexCode(base, 6),
        intakeO2('courant de pompage négatif', 'negative current control', bank),
        OPEN3,
      ),
    );
  }
  for (const [base, l] of [
    ['P2AF2', 'C'],
    ['P2AF7', 'D'],
  ] as const) {
    out.push(
      ...fam(
        base,
        masc(`relais de démarreur ${l}`, `starter relay ${l}`, 'electricite_charge', 'demarreur'),
        RELAY5,
      ),
    );
  }
  out.push(...fam('P2AFC', ectSensor(4), SENSOR4));
  return out;
}

// ---------------------------------------------------------------- P2B00–P2BFF
function p2b(): DtcEntry[] {
  const out: DtcEntry[] = [];
  for (let n = 1; n <= 8; n++) {
    out.push(
      handWritten(
        hexCode('P2B00', n - 1),
        'injection_melange',
        'injecteur',
        'performance',
        `Impulsion d'injection du cylindre ${n} peu performante`,
        `Cylinder ${n} injection pulse poor performance`,
      ),
      handWritten(
        hexCode('P2B08', n - 1),
        'injection_melange',
        'injecteur',
        'performance',
        `Impulsion d'injection du cylindre ${n} peu performante au démarrage à froid`,
        `Cold start cylinder ${n} injection pulse poor performance`,
      ),
      handWritten(
        hexCode('P2B10', 2 * (n - 1)),
        'injection_melange',
        'injecteur',
        'condition',
        `Décalage d'impulsion d'injection du cylindre ${n} non appris`,
        `Cylinder ${n} injection pulse offset not learned`,
      ),
      handWritten(
        hexCode('P2B11', 2 * (n - 1)),
        'injection_melange',
        'injecteur',
        'condition',
        `Décalage d'impulsion d'injection du cylindre ${n} : limite d'apprentissage dépassée`,
        `Cylinder ${n} injection pulse offset exceeded learning limit`,
      ),
    );
  }
  for (const [base, l] of [
    ['P2B20', 'B'],
    ['P2B24', 'C'],
  ] as const) {
    out.push(
      ...fam(
        base,
        masc(
          `capteur de température du liquide de refroidissement ${l} de l'électronique du système hybride`,
          `hybrid/EV electronics coolant temperature sensor ${l}`,
          'refroidissement',
          'refroidissement_hybride',
        ),
        SENSOR4,
      ),
    );
  }
  out.push(
    say(
      'P2B28',
      packPump('A'),
      'performance',
      'Pompe de refroidissement A de la batterie haute tension peu performante',
      'Hybrid battery pack coolant pump A poor performance',
    ),
    dryRun('P2B29', packPump('A')),
    dryRun('P2B2A', hevPump('A')),
    ...fam('P2B2B', ectSensor(5), SENSOR4),
    ...fam('P2B2F', coolingFan(1), ['stuck_off', 'stuck_on']),
    ...fam('P2B31', coolingFan(2), ['stuck_off', 'stuck_on']),
  );
  CAMSHAFT_BANKS.forEach(([cam, bank], i) => {
    const actuator = profileActuatorB(cam, bank);
    out.push(
      ...fam(hexCode('P2B33', 3 * i), actuator, CTRL3),
      ...fam(
        hexCode('P2B3F', 4 * i),
        masc(
          `capteur de position B du déphaseur d'arbre à cames ${cam} (banc ${bank})`,
          `camshaft ${cam} position actuator position sensor B (bank ${bank})`,
          'moteur',
          'distribution_variable',
        ),
        SENSOR4,
      ),
      entry(hexCode('P2B4F', i), actuator, 'stuck_off'),
      entry(hexCode('P2B53', i), actuator, 'stuck_on'),
    );
  });
  const flowValve = cool(
    'vanne de régulation du débit de liquide de refroidissement',
    'engine coolant flow control valve',
    true,
  );
  const flowSensor = cool(
    'capteur de position de la vanne de régulation du débit de liquide de refroidissement',
    'engine coolant flow control valve position sensor',
  );
  out.push(
    handWritten(
      'P2B57',
      'lubrification',
      'pression_huile',
      'condition',
      "Pression d'huile trop basse : distribution variable désactivée",
      'Low engine oil pressure: camshaft control disabled',
    ),
    say(
      'P2B58',
      flowValve,
      'signal_high',
      `Courant trop fort dans le moteur ${deArticle(flowValve)}`,
      `${Ce(flowValve)} motor current too high`,
    ),
    ...fam('P2B59', flowValve, CTRL3),
    say(
      'P2B5C',
      flowValve,
      'signal_low',
      `Circuit d'alimentation ${deArticle(flowValve)} : niveau trop bas`,
      `${Ce(flowValve)} supply circuit level too low`,
    ),
    ...fam('P2B5D', flowSensor, CLHR),
    entry('P2B61', flowValve, 'stuck_closed'),
    entry('P2B6D', flowSensor, 'intermittent'),
    supplyCircuit('P2B62', coolantPump('B')),
    stalled('P2B63', coolantPump('B')),
    moduleHot('P2B64', coolantPump('B')),
    overspeedAir('P2B65', coolantPump('B')),
    ...fam('P2B66', coolantPump('D'), CTRL3),
    supplyCircuit('P2B69', coolantPump('D')),
    stalled('P2B6A', coolantPump('D')),
    moduleHot('P2B6B', coolantPump('D')),
    overspeedAir('P2B6C', coolantPump('D')),
  );
  for (const [base, l] of [
    ['P2B6E', 'A'],
    ['P2B8F', 'B'],
  ] as const) {
    out.push(
      ...fam(
        base,
        turbo(
          `capteur de température du turbo/compresseur ${l}`,
          `turbo/supercharger ${l} temperature sensor`,
        ),
        CLHR,
      ),
    );
  }
  for (const [base, l] of [
    ['P2B72', 'A'],
    ['P2B76', 'B'],
  ] as const) {
    out.push(
      ...fam(base, electricCoolantHeater(l), ['ctrl', 'ctrl_low', 'ctrl_high', 'ctrl_range']),
    );
  }
  out.push(
    ...fam(
      'P2B7A',
      masc(
        'capteur/contacteur de pression EVAP C',
        'EVAP pressure sensor/switch C',
        'emissions',
        'evap',
      ),
      SENSOR5,
    ),
  );
  for (const [code, l] of [
    ['P2B7F', 'A'],
    ['P2B80', 'B'],
  ] as const) {
    out.push(
      handWritten(
        code,
        'moteur',
        'suralimentation',
        'internal',
        `Étalonnage du module de commande de suralimentation ${l} non appris ou non programmé`,
        `Boost control module ${l} calibration not learned or not programmed`,
      ),
    );
  }
  out.push(
    entry('P2B81', wastegateSensor('A'), 'circuit_range'),
    entry('P2B82', wastegateSensor('B'), 'circuit_range'),
    overspeedAir('P2B83', chargeAirCoolerPump('A')),
    underspeed('P2B84', chargeAirCoolerPump('A')),
    underspeed('P2B85', enginePump),
    overspeedAir('P2B86', coolantPump('A')),
    underspeed('P2B87', coolantPump('A')),
    handWritten(
      'P2B88',
      'emissions',
      'sonde_lambda',
      'circuit',
      "Circuit de la sonde lambda d'admission défaillant (banc 1)",
      'Intake air O2 sensor circuit fault (bank 1)',
    ),
    handWritten(
      'P2B89',
      'emissions',
      'sonde_lambda',
      'signal_low',
      "Tension trop basse de la sonde lambda d'admission (banc 1)",
      'Intake air O2 sensor voltage too low (bank 1)',
    ),
    handWritten(
      'P2B8A',
      'emissions',
      'sonde_lambda',
      'signal_high',
      "Tension trop haute de la sonde lambda d'admission (banc 1)",
      'Intake air O2 sensor voltage too high (bank 1)',
    ),
    ...fam('P2B8B', intakeO2('chauffage', 'heater', 1), CTRL4),
    learnLimit('P2B93', wastegateSensor('A')),
    learnLimit('P2B94', wastegateSensor('B')),
    ...handWrittenRows('injection_melange', 'injecteur', [
      [
        'P2B95',
        'performance',
        "Impulsions d'injection peu performantes au démarrage à froid",
        'Cold start injection pulse poor performance',
      ],
      [
        'P2B96',
        'performance',
        "Impulsions d'injection peu performantes",
        'Injection pulse poor performance',
      ],
    ]),
  );
  const epcA = fem(
    "vanne de régulation de pression d'échappement A",
    'exhaust pressure control valve A',
    'emissions',
    'pression_echappement',
  );
  out.push(
    say(
      'P2B97',
      epcA,
      'condition',
      `Position ${deArticle(epcA)} : limite d'apprentissage dépassée`,
      `${Ce(epcA)} position exceeded learning limit`,
    ),
    supplyLow('P2B98', epcA),
    hot('P2B99', epcA),
    entry(
      'P2B9A',
      scr("capteur de qualité de l'AdBlue", 'reductant quality sensor'),
      'intermittent',
    ),
    handWritten(
      'P2B9B',
      'emissions',
      'filtre_a_particules',
      'condition',
      'Conditions du véhicule inadaptées à la régénération du capteur de particules',
      'Vehicle conditions incorrect for particulate matter sensor regeneration',
    ),
    stalled('P2B9C', coolantPump('A')),
    supplyCircuit('P2B9D', coolantPump('A')),
    moduleHot('P2B9E', coolantPump('A')),
    underspeed('P2B9F', coolantPump('B')),
    underspeed('P2BA0', coolantPump('C')),
    underspeed('P2BA1', coolantPump('D')),
    stalled('P2BA2', enginePump),
    handWritten(
      'P2BA3',
      'electricite_charge',
      'propulsion_hybride',
      'performance',
      "Défaut mécanique de l'alterno-démarreur",
      'Starter/generator mechanical fault',
    ),
    handWritten(
      'P2BA4',
      'emissions',
      'catalyseur',
      'performance',
      'Émissions en entrée du catalyseur hors tolérance',
      'Catalyst feedgas out of tolerance',
    ),
    handWritten(
      'P2BA5',
      'emissions',
      'filtre_a_particules',
      'performance',
      'Émissions en entrée du filtre à particules hors tolérance',
      'Particulate filter feedgas out of tolerance',
    ),
    handWritten(
      'P2BA6',
      'emissions',
      'scr_adblue',
      'condition',
      'Émissions de NOx excessives : catalyseur SCR peu performant',
      'NOx exceedance: SCR NOx catalyst poor performance',
    ),
    ...handWrittenRows('injection_melange', 'carburant_alternatif', [
      [
        'P2BB0',
        'condition',
        'Consommation de carburant alternatif trop faible',
        'Alternative fuel consumption too low',
      ],
      [
        'P2BB1',
        'condition',
        'Consommation de carburant alternatif trop élevée',
        'Alternative fuel consumption too high',
      ],
      [
        'P2BB2',
        'condition',
        'Réservoir de carburant alternatif vide',
        'Alternative fuel tank empty',
      ],
    ]),
    handWritten(
      'P2BB3',
      'injection_melange',
      'pompe_carburant',
      'performance',
      'Circuit secondaire de la pompe à carburant peu performant',
      'Fuel pump secondary circuit poor performance',
    ),
    entry('P2BB4', ectSensor(4), 'intermittent'),
    entry('P2BB5', ectSensor(5), 'intermittent'),
    ...fam('P2BB6', ectSensor(6), SENSOR5),
    ...fam('P2BBB', turboBypassSensor('A'), CIRC3),
    say(
      'P2BBE',
      turboBypass('A'),
      'condition',
      `Position ${deArticle(turboBypass('A'))} : limite d'apprentissage dépassée`,
      `${Ce(turboBypass('A'))} position exceeded learning limit`,
    ),
    supplyLow('P2BBF', turboBypass('A')),
    hot('P2BC0', turboBypass('A')),
    stalled('P2BC1', chargeAirCoolerPump('A')),
    supplyCircuit('P2BC2', chargeAirCoolerPump('A')),
    moduleHot('P2BC3', chargeAirCoolerPump('A')),
    ...fam('P2BC4', chargingContactor('positif', 'B'), CONTACTOR7),
    ...fam('P2BCB', chargingContactor('négatif', 'B'), CONTACTOR7),
    ...handWrittenRows('emissions', 'post_traitement', [
      [
        'P2BD2',
        'leak',
        "Fuite dans le système de post-traitement des gaz d'échappement A",
        'Exhaust aftertreatment system A leak',
      ],
      [
        'P2BD3',
        'leak',
        "Fuite dans le système de post-traitement des gaz d'échappement B",
        'Exhaust aftertreatment system B leak',
      ],
    ]),
    ...fam('P2BD4', motorElectronicsCoolantPump('C'), [
      'ctrl',
      'ctrl_low',
      'ctrl_high',
      'ctrl_range',
    ]),
  );
  for (const [base, l] of [
    ['P2BD8', 'B'],
    ['P2BDC', 'C'],
  ] as const) {
    out.push(
      ...fam(
        base,
        masc(
          `capteur de température du liquide de refroidissement ${l} de l'électronique de puissance`,
          `motor electronics coolant temperature sensor ${l}`,
          'refroidissement',
          'refroidissement_hybride',
        ),
        SENSOR4,
      ),
    );
  }
  out.push(
    ...fam(
      'P2BE0',
      masc(
        'capteur de niveau du liquide de refroidissement de la batterie haute tension',
        'hybrid battery coolant level sensor',
        'refroidissement',
        'refroidissement_batterie_hybride',
      ),
      OPEN4,
    ),
    ...fam(
      'P2BE4',
      hv(
        'capteur de courant C de la batterie haute tension',
        'hybrid battery pack current sensor C',
        'batterie_hybride',
      ),
      SENSOR4,
    ),
    ...fam(
      'P2BE8',
      hv(
        'contacteur de précharge B de la batterie haute tension',
        'hybrid battery precharge contactor B',
        'haute_tension',
      ),
      CTRL4,
    ),
  );
  CAMSHAFT_BANKS.forEach(([sys, bank], i) => {
    out.push(
      handWritten(
        hexCode('P2BEC', 2 * i),
        'injection_melange',
        'correction_richesse',
        'mixture_lean',
        `Système d'alimentation ${sys} : mélange trop pauvre (banc ${bank})`,
        `Fuel control system ${sys}: mixture too lean (bank ${bank})`,
      ),
      handWritten(
        hexCode('P2BED', 2 * i),
        'injection_melange',
        'correction_richesse',
        'mixture_rich',
        `Système d'alimentation ${sys} : mélange trop riche (banc ${bank})`,
        `Fuel control system ${sys}: mixture too rich (bank ${bank})`,
      ),
    );
  });
  out.push(
    ...fam('P2BF4', exhFlowSensor('A'), SENSOR4),
    ...fam('P2BF8', exhFlowValve('B'), ['ctrl', 'ctrl_low', 'ctrl_high', 'performance']),
    ...fam('P2BFC', exhFlowSensor('B'), SENSOR4),
  );
  return out;
}

// ---------------------------------------------------------------- P2C00–P2CFF
function p2c(): DtcEntry[] {
  const reg = (l: string): Component =>
    masc(
      `régulateur de pression de carburant ${l}`,
      `fuel pressure regulator ${l}`,
      'injection_melange',
      'regulation_pression_carburant',
    );
  const out: DtcEntry[] = [
    entry('P2C00', reg('C'), 'performance'),
    entry('P2C01', reg('D'), 'performance'),
    ...fam('P2C02', reg('D'), CTRL3),
  ];
  for (const [base, cam] of [
    ['P2C05', 'A'],
    ['P2C12', 'B'],
  ] as const) {
    [...'ABC'].forEach((s, i) =>
      out.push(
        ...fam(
          hexCode(base, 4 * i),
          masc(
            `capteur de position ${s} de l'actionneur de changement de profil de l'arbre à cames ${cam} (banc 1)`,
            `camshaft ${cam} profile actuator position sensor ${s} (bank 1)`,
            'moteur',
            'distribution_variable',
          ),
          SENSOR4,
        ),
      ),
    );
  }
  out.push(
    handWritten(
      'P2C11',
      'emissions',
      'scr_adblue',
      'signal_low',
      "Courant de la pompe d'AdBlue A trop faible",
      'Reductant pump A current too low',
    ),
    ...handWrittenRows('injection_melange', 'regulation_pression_carburant', [
      [
        'P2C1E',
        'performance',
        'Régulateur de pression de carburant A peu performant au démarrage à froid',
        'Cold start fuel pressure regulator A poor performance',
      ],
      [
        'P2C1F',
        'pressure_low',
        'Régulateur de pression de carburant A en limite de régulation au démarrage à froid : pression trop basse',
        'Cold start fuel pressure regulator A at control limit: pressure too low',
      ],
      [
        'P2C20',
        'pressure_high',
        'Régulateur de pression de carburant A en limite de régulation au démarrage à froid : pression trop haute',
        'Cold start fuel pressure regulator A at control limit: pressure too high',
      ],
      [
        'P2C9D',
        'pressure_high',
        'Régulateur de pression de carburant C en limite de régulation : pression trop haute',
        'Fuel pressure regulator C at control limit: pressure too high',
      ],
      [
        'P2C9E',
        'pressure_low',
        'Régulateur de pression de carburant C en limite de régulation : pression trop basse',
        'Fuel pressure regulator C at control limit: pressure too low',
      ],
      [
        'P2C9F',
        'pressure_high',
        'Régulateur de pression de carburant D en limite de régulation : pression trop haute',
        'Fuel pressure regulator D at control limit: pressure too high',
      ],
      [
        'P2CA0',
        'pressure_low',
        'Régulateur de pression de carburant D en limite de régulation : pression trop basse',
        'Fuel pressure regulator D at control limit: pressure too low',
      ],
    ]),
    handWritten(
      'P2C21',
      'lubrification',
      'temperature_huile',
      'correlation',
      "Incohérence entre les capteurs de température d'huile moteur A et B",
      'Engine oil temperature sensors A and B disagree',
    ),
    ...fam('P2C22', heatExSensor('A'), SENSOR4),
    ...fam(
      'P2C26',
      masc(
        "contrôle de l'alimentation du groupe d'injecteurs B",
        'fuel injector group B supply sense',
        'injection_melange',
        'injecteur',
      ),
      CIRC3,
    ),
    entry('P2C29', turboBypass('B'), 'stuck'),
    ...fam('P2C2A', turboBypassSensor('B'), OPEN3),
    say(
      'P2C2D',
      turboBypass('B'),
      'condition',
      `Position ${deArticle(turboBypass('B'))} : limite d'apprentissage dépassée`,
      `${Ce(turboBypass('B'))} position exceeded learning limit`,
    ),
    supplyLow('P2C2E', turboBypass('B')),
    hot('P2C2F', turboBypass('B')),
    ...handWrittenRows('allumage', 'bobine_allumage', [
      [
        'P2C30',
        'circuit',
        "Fusible A du circuit primaire des bobines d'allumage défaillant",
        'Ignition coil primary circuit fuse A fault',
      ],
      [
        'P2C31',
        'circuit',
        "Fusible B du circuit primaire des bobines d'allumage défaillant",
        'Ignition coil primary circuit fuse B fault',
      ],
    ]),
    ...fam(
      'P2C32',
      masc(
        'capteur de pression de carter B',
        'crankcase pressure sensor B',
        'emissions',
        'recyclage_gaz_carter',
      ),
      SENSOR5,
    ),
    say(
      'P2C37',
      enginePump,
      'performance',
      'Pompe à eau pilotée peu performante au démarrage à froid',
      'Cold start engine coolant pump poor performance',
    ),
    ...fam(
      'P2C38',
      masc(
        'capteur de température de culasse B',
        'cylinder head temperature sensor B',
        'refroidissement',
        'capteur_temperature_eau',
      ),
      SENSOR5,
    ),
    handWritten(
      'P2C3D',
      'refroidissement',
      'capteur_temperature_eau',
      'correlation',
      'Incohérence entre les capteurs de température de culasse A et B',
      'Cylinder head temperature sensors A and B disagree',
    ),
    ...fam('P2C3E', coolingFan(4), CTRL3),
    entry('P2C41', coolingFan(3), 'stuck_off'),
    entry('P2C42', coolingFan(4), 'stuck_off'),
    ...fam(
      'P2C43',
      hv(
        'relais de séparation de batterie (stabilisation de tension)',
        'battery isolation/voltage stabilization',
        'batterie',
      ),
      CTRL5,
    ),
    entry('P2C48', coolantPump('C'), 'ctrl_range'),
    entry('P2C49', coolantPump('D'), 'ctrl_range'),
  );
  const clutchActuator = trans("actionneur d'embrayage", 'clutch actuator', 'embrayage');
  out.push(
    ...fam(
      'P2C4A',
      trans(
        "capteur de position de l'actionneur d'embrayage",
        'clutch actuator position sensor',
        'embrayage',
      ),
      SENSOR5,
    ),
    entry('P2C4F', clutchActuator, 'performance'),
    handWritten(
      'P2C50',
      'transmission',
      'embrayage',
      'correlation',
      "Incohérence entre le capteur de position de pédale d'embrayage A et celui de l'actionneur d'embrayage",
      'Clutch pedal position sensor A and clutch actuator position sensor disagree',
    ),
    handWritten(
      'P2C51',
      'carrosserie_confort',
      'jauge_carburant',
      'correlation',
      'Incohérence entre les capteurs de niveau de carburant A et B',
      'Fuel level sensors A and B disagree',
    ),
  );
  for (let n = 1; n <= 8; n++) {
    for (const [j, fr, en] of [
      [0, 'basse', 'lower'],
      [1, 'haute', 'upper'],
    ] as const) {
      out.push(
        handWritten(
          hexCode('P2C52', 2 * (n - 1) + j),
          'injection_melange',
          'injecteur',
          'performance',
          `Apprentissage du décalage de l'injecteur B du cylindre ${n} en butée ${fr}`,
          `Cylinder ${n} injector B offset learning at ${en} limit`,
        ),
      );
    }
  }
  const s3 = o2SensorName(1, 3);
  out.push(
    ...fam(
      'P2C62',
      fem(
        `correction du courant de pompage de la ${s3.fr}`,
        `${s3.en} pumping current trim`,
        'emissions',
        'sonde_lambda',
      ),
      OPEN3,
    ),
    handWritten(
      'P2C65',
      'emissions',
      'sonde_lambda',
      'range_performance',
      `${capitalize(s3.fr)} hors plage pendant la décélération`,
      `${capitalize(s3.en)} out of range during deceleration`,
    ),
    underspeed('P2C66', hevPump('A')),
    overspeed('P2C67', hevPump('A')),
    stalled('P2C68', hevPump('A')),
  );
  [...'XYZ'].forEach((ph, i) => {
    const base = hexCode('P2C69', 3 * i);
    out.push(
      ...handWrittenRows('electricite_charge', 'onduleur', [
        [
          base,
          'circuit',
          `Circuit de mesure du courant dans la phase ${ph} du moteur électrique A défaillant`,
          `Drive motor A phase ${ph} current circuit fault`,
        ],
        [
          hexCode(base, 1),
          'signal_low',
          `Courant trop faible dans la phase ${ph} du moteur électrique A`,
          `Drive motor A phase ${ph} current too low`,
        ],
        [
          hexCode(base, 2),
          'signal_high',
          `Courant trop fort dans la phase ${ph} du moteur électrique A`,
          `Drive motor A phase ${ph} current too high`,
        ],
      ]),
    );
  });
  out.push(
    handWritten(
      'P2C72',
      'refroidissement',
      'refroidissement_hybride',
      'performance',
      "Refroidissement de l'électronique du système hybride peu performant",
      'Hybrid/EV electronics cooling system poor performance',
    ),
  );
  for (const [base, l] of [
    ['P2C73', 'C'],
    ['P2C76', 'D'],
  ] as const) {
    const shutter = masc(
      `volet de calandre piloté ${l}`,
      `active grille air shutter ${l}`,
      'refroidissement',
      'volet_calandre',
    );
    out.push(
      entry(base, shutter, 'stuck_on'),
      entry(hexCode(base, 1), shutter, 'ctrl_range'),
      moduleHot(hexCode(base, 2), shutter),
    );
  }
  const airPump = fem(
    "pompe d'air secondaire (banc 1)",
    'secondary air injection pump (bank 1)',
    'emissions',
    'air_secondaire',
  );
  out.push(
    handWritten(
      'P2C79',
      'emissions',
      'piege_nox',
      'condition',
      'Piège à NOx : limite de soufre dépassée',
      'NOx adsorber: sulfur limit exceeded',
    ),
    handWritten(
      'P2C7A',
      'emissions',
      'scr_adblue',
      'efficiency',
      'Efficacité du catalyseur SCR 2 sous le seuil (banc 1)',
      'SCR NOx catalyst 2 efficiency below threshold (bank 1)',
    ),
    entry('P2C7B', turbineValve, 'performance'),
    say(
      'P2C7C',
      turbineValve,
      'signal_low',
      `Circuit d'alimentation ${deArticle(turbineValve)} : niveau trop bas`,
      `${Ce(turbineValve)} supply circuit level too low`,
    ),
    say(
      'P2C7D',
      turbineValve,
      'signal_high',
      `Courant trop fort dans l'étage de commande du moteur ${deArticle(turbineValve)}`,
      `${Ce(turbineValve)} motor driver current too high`,
    ),
    say(
      'P2C7E',
      turbineValve,
      'overtemperature',
      `Température excessive de l'étage de commande du moteur ${deArticle(turbineValve)}`,
      `${Ce(turbineValve)} motor driver over temperature`,
    ),
    say(
      'P2C7F',
      turbineValve,
      'condition',
      `Capteur de position ${deArticle(turbineValve)} : limite d'apprentissage dépassée`,
      `${Ce(turbineValve)} position sensor exceeded learning limit`,
    ),
    overspeed('P2C80', airPump),
    entry('P2C81', airPump, 'overtemperature'),
    supplyCircuit('P2C82', airPump),
    ...handWrittenRows('transmission', 'passage_rapports', [
      [
        'P2C83',
        'performance',
        'Temps de passage des rapports trop court au démarrage à froid',
        'Cold start shift time too short',
      ],
      [
        'P2C84',
        'performance',
        'Temps de passage des rapports trop long au démarrage à froid',
        'Cold start shift time too long',
      ],
    ]),
    ...handWrittenRows('electricite_charge', 'haute_tension', [
      [
        'P2C85',
        'circuit',
        "Défaut d'isolement externe de la tension de la batterie haute tension",
        'Hybrid battery voltage external isolation fault',
      ],
      [
        'P2C86',
        'condition',
        "Alerte d'isolement interne de la batterie haute tension",
        'Hybrid battery voltage internal isolation warning',
      ],
      [
        'P2C87',
        'condition',
        "Alerte d'isolement externe de la batterie haute tension",
        'Hybrid battery voltage external isolation warning',
      ],
      [
        'P2C88',
        'condition',
        "Alerte d'isolement du système haute tension",
        'Hybrid battery voltage system isolation warning',
      ],
      [
        'P2C89',
        'signal_high',
        'Courant de précharge du système haute tension trop fort',
        'Hybrid battery system precharge current too high',
      ],
    ]),
    ...handWrittenRows('electricite_charge', 'batterie_hybride', [
      [
        'P2C8A',
        'performance',
        "Module d'interface A de la batterie haute tension défaillant ou peu performant",
        'Hybrid battery interface control module A faulty or poor performance',
      ],
      [
        'P2C8B',
        'performance',
        "Module d'interface B de la batterie haute tension défaillant ou peu performant",
        'Hybrid battery interface control module B faulty or poor performance',
      ],
    ]),
  );
  const dcdcTemp = (l: string): Component =>
    hv(
      `capteur de température ${l} du convertisseur DC/DC`,
      `DC/DC converter temperature sensor ${l}`,
      'haute_tension',
    );
  out.push(
    ...fam('P2C8C', dcdcTemp('D'), SENSOR4),
    ...fam('P2CA5', dcdcTemp('E'), CLHR),
    ...fam('P2CA9', dcdcTemp('F'), CLHR),
    ...handWrittenRows('emissions', 'recyclage_gaz_carter', [
      [
        'P2C90',
        'condition',
        'Tuyau A de recyclage des gaz de carter débranché',
        'Crankcase ventilation hose A disconnected',
      ],
      [
        'P2C91',
        'condition',
        'Tuyau B de recyclage des gaz de carter débranché',
        'Crankcase ventilation hose B disconnected',
      ],
    ]),
    ...fam(
      'P2C92',
      hv(
        'alimentation de commande des contacteurs de la batterie haute tension',
        'hybrid battery contactor control supply',
        'haute_tension',
        true,
      ),
      ['open', 'range', 'clow', 'chigh'],
    ),
    ...fam(
      'P2C96',
      hv(
        'ligne de désactivation de la batterie haute tension',
        'hybrid battery disable line',
        'haute_tension',
        true,
      ),
      OPEN3,
    ),
    ...handWrittenRows('injection_melange', 'papillon_motorise', [
      [
        'P2C99',
        'condition',
        "Commande du papillon motorisé A : limite d'apprentissage dépassée",
        'Throttle actuator A control exceeded learning limit',
      ],
      [
        'P2C9A',
        'condition',
        "Commande du papillon motorisé B : limite d'apprentissage dépassée",
        'Throttle actuator B control exceeded learning limit',
      ],
    ]),
  );
  for (const [code, l] of [
    ['P2C9B', 'A'],
    ['P2C9C', 'B'],
  ] as const) {
    const w = wastegateActuator(l);
    out.push(
      say(
        code,
        w,
        'range_performance',
        `${Cf(w)} hors plage ou peu performant au démarrage à froid`,
        `Cold start ${w.en} out of range or poor performance`,
      ),
    );
  }
  const cacSense = turbo(
    "retour de la pompe de circulation du refroidisseur d'air de suralimentation",
    'charge air cooler coolant pump sense',
  );
  const cacB = chargeAirCoolerPump('B');
  out.push(
    ...fam('P2CA1', cacSense, ['high', 'low', 'circuit_range']),
    handWritten(
      'P2CA4',
      'emissions',
      'filtre_a_particules',
      'correlation',
      'Signaux des capteurs de pression A et B du filtre à particules inversés',
      'Particulate filter pressure sensor A and B signals swapped',
    ),
    ...fam('P2CAD', cacB, CTRL3),
    entry('P2CB0', cacB, 'performance'),
    overspeedAir('P2CB1', cacB),
    underspeed('P2CB2', cacB),
    stalled('P2CB3', cacB),
    supplyCircuit('P2CB4', cacB),
    moduleHot('P2CB5', cacB),
    ...handWrittenRows('moteur', 'suralimentation', [
      [
        'P2CB6',
        'performance',
        'Système de suralimentation B peu performant',
        'Turbo/supercharger B boost system poor performance',
      ],
      [
        'P2CB7',
        'pressure_low',
        'Pression de suralimentation B non détectée (défaut mécanique)',
        'Boost pressure B not detected (mechanical fault)',
      ],
      [
        'P2CB8',
        'pressure_high',
        'Pression de suralimentation B trop haute (défaut mécanique)',
        'Boost pressure B too high (mechanical fault)',
      ],
    ]),
    underspeed('P2CB9', coolingFan(2)),
    overspeed('P2CBA', coolingFan(2)),
    underspeed('P2CBB', coolingFan(3)),
    overspeed('P2CBC', coolingFan(3)),
    ...fam(
      'P2CBD',
      masc(
        'réchauffeur du recyclage des gaz de carter B',
        'crankcase ventilation heater B',
        'emissions',
        'recyclage_gaz_carter',
      ),
      ['ctrl', 'ctrl_high', 'ctrl_low', 'performance'],
    ),
    ...fam(
      'P2CC1',
      fem(
        "ligne de mesure de tension de l'alternateur B",
        'generator voltage sense line B',
        'electricite_charge',
        'alternateur',
      ),
      SENSOR4,
    ),
    ...fam(
      'P2CC5',
      motorA(
        "alimentation B de l'onduleur du générateur",
        'generator inverter power supply B',
        true,
      ),
      ['open', 'clow', 'chigh'],
    ),
    ...fam(
      'P2CC8',
      masc(
        'capteur de vitesse de la pompe de liquide de refroidissement',
        'coolant pump speed sensor',
        'refroidissement',
        'pompe_a_eau',
      ),
      SENSOR4,
    ),
  );
  for (let i = 0; i < 8; i++) {
    const l = letter(6 + i);
    out.push(
      handWritten(
        hexCode('P2CCC', i),
        'electricite_charge',
        'batterie_hybride',
        'condition',
        `Bloc ${l} de la batterie haute tension dégradé`,
        `Hybrid battery pack ${l} deteriorated`,
      ),
    );
  }
  out.push(
    handWritten(
      'P2CD4',
      'carrosserie_confort',
      'climatisation',
      'correlation',
      'Incohérence entre les capteurs de pression de fluide frigorigène A et B',
      'A/C refrigerant pressure sensors A and B disagree',
    ),
    entry('P2CD5', turboBypass('C'), 'stuck'),
    ...fam('P2CD6', boostSensor('D'), SENSOR4),
    handWritten(
      'P2CDA',
      'injection_melange',
      'carburant_alternatif',
      'condition',
      'Isolation sous vide du réservoir de carburant alternatif A dégradée',
      'Alternative fuel tank A vacuum insulation deteriorated',
    ),
  );
  for (let n = 1; n <= 6; n++) {
    out.push(
      handWritten(
        hexCode('P2CDB', n - 1),
        'moteur',
        'desactivation_cylindres',
        'performance',
        `Désactivation / soupapes d'admission du cylindre ${n} peu performante au démarrage à froid`,
        `Cold start cylinder ${n} deactivation/intake valve control poor performance`,
      ),
    );
  }
  out.push(
    ...fam(
      'P2CE1',
      masc("réchauffeur d'air d'admission C", 'intake air heater C', 'allumage', 'prechauffage'),
      ['open', 'circuit_range', 'low', 'high'],
    ),
  );
  for (const [base, l] of [
    ['P2CE5', 'C'],
    ['P2CEA', 'D'],
  ] as const) {
    out.push(
      ...fam(
        base,
        masc(
          `capteur de pression du filtre à particules ${l}`,
          `particulate filter pressure sensor ${l}`,
          'emissions',
          'filtre_a_particules',
        ),
        SENSOR5,
      ),
    );
  }
  for (const [base, l] of [
    ['P2CEF', 'A'],
    ['P2CF1', 'B'],
  ] as const) {
    out.push(
      ...fam(
        base,
        masc(
          `thermostat auxiliaire ${l}`,
          `auxiliary thermostat ${l}`,
          'refroidissement',
          'thermostat',
        ),
        ['stuck_open', 'stuck_closed'],
      ),
    );
  }
  const packB = packPump('B');
  out.push(
    underspeed('P2CF3', packPump('A')),
    supplyCircuit('P2CF4', packB),
    stalled('P2CF5', packB),
    overspeedAir('P2CF6', packB),
    underspeed('P2CF7', packB),
    hot('P2CF8', coolantBypassValve('D')),
    ...fam(
      'P2CF9',
      starterGen(
        "tendeur de courroie de l'alterno-démarreur",
        'belt starter/generator belt tensioner',
      ),
      CTRL3,
    ),
  );
  const acClutch = masc(
    'embrayage du compresseur de climatisation',
    'A/C compressor clutch',
    'carrosserie_confort',
    'climatisation',
  );
  out.push(...fam('P2CFC', acClutch, CTRL3), hot('P2CFF', acClutch));
  return out;
}

// ---------------------------------------------------------------- P2D00–P2DFD
function p2d(): DtcEntry[] {
  const out: DtcEntry[] = [];
  [...'ABC'].forEach((l, i) => {
    const pump = motorElectronicsCoolantPump(l);
    const base = hexCode('P2D00', 5 * i);
    out.push(
      stalled(base, pump),
      overspeedAir(hexCode(base, 1), pump),
      underspeed(hexCode(base, 2), pump),
      supplyCircuit(hexCode(base, 3), pump),
      moduleHot(hexCode(base, 4), pump),
    );
  });
  out.push(
    ...handWrittenRows('allumage', 'cliquetis', [
      [
        'P2D0F',
        'condition',
        'Pré-allumage au-delà du seuil',
        'Engine pre-ignition above threshold',
      ],
      [
        'P2D10',
        'condition',
        'Pré-allumage au-delà du seuil : puissance limitée',
        'Engine pre-ignition above threshold: forced limited power',
      ],
    ]),
    notLearned('P2D11', exhFlowValve('A')),
    notLearned('P2D12', exhFlowValve('B')),
    ...fam('P2D13', exhFlowValve('C'), ['ctrl', 'ctrl_low', 'ctrl_high', 'performance']),
    ...fam('P2D17', exhFlowSensor('C'), SENSOR4),
    notLearned('P2D1B', exhFlowValve('C')),
    handWritten(
      'P2D1C',
      'emissions',
      'egr',
      'performance',
      'Répartition entre EGR A et EGR B incorrecte au démarrage à froid',
      'Cold start EGR A/B ratio poor performance',
    ),
    ...handWrittenRows('emissions', 'scr_adblue', [
      [
        'P2D1D',
        'leak',
        "Petite fuite détectée dans le circuit d'AdBlue",
        'Reductant system small leak detected',
      ],
      [
        'P2D1E',
        'leak',
        "Fuite importante détectée dans le circuit d'AdBlue",
        'Reductant system large leak detected',
      ],
      ['P2D1F', 'flow', "Débit du circuit d'AdBlue restreint", 'Reductant system flow restricted'],
      ['P2D20', 'flow', "Débit du circuit d'AdBlue bloqué", 'Reductant system flow blocked'],
      ['P2D45', 'condition', "Température de l'AdBlue trop basse", 'Reductant temperature too low'],
      [
        'P2D5A',
        'correlation',
        "Incohérence entre les capteurs de niveau d'AdBlue A et B",
        'Reductant level sensors A and B disagree',
      ],
    ]),
    ...fam(
      'P2D21',
      turbo(
        'capteur de pression intermédiaire entre étages de turbo A',
        'turbocharger interstage pressure sensor A',
      ),
      SENSOR5,
    ),
    entry('P2D26', coolantPump('E'), 'ctrl_range'),
    entry('P2D27', coolantPump('F'), 'ctrl_range'),
    handWritten(
      'P2D28',
      'electricite_charge',
      'propulsion_hybride',
      'performance',
      'Couple de propulsion insuffisant au démarrage à froid',
      'Cold start propulsion torque poor performance',
    ),
    handWritten(
      'P2D29',
      'carrosserie_confort',
      'climatisation',
      'stuck',
      'Moteur du compresseur de climatisation calé',
      'A/C compressor motor stalled',
    ),
    handWritten(
      'P2D2A',
      'refroidissement',
      'refroidissement_hybride',
      'correlation',
      "Incohérence entre les capteurs de température A et B du liquide de refroidissement de l'électronique du système hybride",
      'Hybrid/EV electronics coolant temperature sensors A and B disagree',
    ),
    handWritten(
      'P2D2B',
      'refroidissement',
      'refroidissement_batterie_hybride',
      'correlation',
      'Incohérence entre les capteurs de température A et B du liquide de refroidissement de la batterie haute tension',
      'Hybrid battery pack coolant temperature sensors A and B disagree',
    ),
    handWritten(
      'P2D2C',
      'refroidissement',
      'capteur_temperature_eau',
      'correlation',
      'Incohérence entre les différents capteurs de température du liquide de refroidissement',
      'Engine coolant temperature sensors (multiple sensors) disagree',
    ),
    ...handWrittenRows('moteur', 'collecteur_admission', [
      [
        'P2D2D',
        'performance',
        "Volet de collecteur d'admission à longueur variable (banc 1) peu performant au démarrage à froid",
        'Cold start intake manifold runner poor performance (bank 1)',
      ],
      [
        'P2D2E',
        'performance',
        "Volet de collecteur d'admission à longueur variable (banc 2) peu performant au démarrage à froid",
        'Cold start intake manifold runner poor performance (bank 2)',
      ],
    ]),
    ...handWrittenRows('moteur', 'suralimentation', [
      [
        'P2D2F',
        'pressure_low',
        'Pression de suralimentation insuffisante au démarrage à froid (turbo/compresseur A)',
        'Cold start underboost (turbo/supercharger A)',
      ],
      [
        'P2D30',
        'pressure_high',
        'Pression de suralimentation excessive au démarrage à froid (turbo/compresseur A)',
        'Cold start overboost (turbo/supercharger A)',
      ],
    ]),
  );
  const imt1 = fem(
    "vanne d'accord du collecteur d'admission (banc 1)",
    'intake manifold tuning valve (bank 1)',
    'moteur',
    'collecteur_admission',
  );
  out.push(
    learnLimit('P2D31', imt1),
    hot('P2D32', imt1),
    ...handWrittenRows('electricite_charge', 'recharge', [
      [
        'P2D33',
        'internal',
        'Processeur du module du chargeur à induction peu performant',
        'Inductive charger control module processor poor performance',
      ],
      [
        'P2D34',
        'control_circuit',
        'Circuit de commande du chargeur à induction hors plage ou peu performant',
        'Inductive charger control circuit out of range or poor performance',
      ],
      [
        'P2D35',
        'range_performance',
        'Boucle de verrouillage haute tension (interlock) du système de recharge à induction peu performante',
        'Inductive charging system high voltage interlock circuit poor performance',
      ],
      [
        'P2D36',
        'performance',
        'Tension de sortie du chargeur à induction anormale',
        'Inductive charger output voltage poor performance',
      ],
      [
        'P2D37',
        'range_performance',
        "Circuit d'entrée du chargeur à induction hors plage ou peu performant",
        'Inductive charger input circuit out of range or poor performance',
      ],
    ]),
    handWritten(
      'P2D38',
      'electricite_charge',
      'batterie_hybride',
      'heater',
      'Réchauffeur de la batterie haute tension peu performant',
      'Hybrid battery pack heater poor performance',
    ),
    ...handWrittenRows('electricite_charge', 'haute_tension', [
      [
        'P2D39',
        'condition',
        'Déconnexion forcée de la batterie haute tension',
        'Forced hybrid battery disconnect',
      ],
      [
        'P2D3A',
        'condition',
        'Arrêt forcé du système hybride/électrique',
        'Forced hybrid/EV system shutdown',
      ],
      [
        'P2D3B',
        'performance',
        'Système de décharge haute tension en défaut',
        'Hybrid/EV discharge system fault',
      ],
    ]),
    ...handWrittenRows('electricite_charge', 'propulsion_hybride', [
      [
        'P2D3C',
        'performance',
        'Moteur électrique de traction peu performant au démarrage à froid',
        'Cold start drive motor poor performance',
      ],
      [
        'P2D3D',
        'performance',
        "Couple de l'onduleur du moteur électrique de traction insuffisant au démarrage à froid",
        'Cold start drive motor inverter torque poor performance',
      ],
    ]),
    handWritten(
      'P2D3E',
      'electricite_charge',
      'batterie_hybride',
      'performance',
      'Batterie haute tension peu performante au démarrage à froid',
      'Cold start hybrid battery poor performance',
    ),
    ...handWrittenRows('refroidissement', 'refroidissement_batterie_hybride', [
      [
        'P2D3F',
        'performance',
        'Circuit de refroidissement B de la batterie haute tension peu performant',
        'Hybrid battery cooling system B poor performance',
      ],
      [
        'P2D40',
        'performance',
        'Circuit de refroidissement C de la batterie haute tension peu performant',
        'Hybrid battery cooling system C poor performance',
      ],
    ]),
    ...handWrittenRows('carrosserie_confort', 'climatisation', [
      [
        'P2D41',
        'range_performance',
        'Tension B du moteur du compresseur de climatisation électrique hors plage',
        'A/C compressor motor voltage B out of range',
      ],
      [
        'P2D42',
        'signal_low',
        'Tension B du moteur du compresseur de climatisation électrique trop basse',
        'A/C compressor motor voltage B too low',
      ],
      [
        'P2D43',
        'signal_high',
        'Tension B du moteur du compresseur de climatisation électrique trop haute',
        'A/C compressor motor voltage B too high',
      ],
      [
        'P2D44',
        'performance',
        'Moteur du compresseur de climatisation électrique peu performant',
        'A/C compressor motor poor performance',
      ],
    ]),
  );
  for (let i = 0; i < 11; i++) {
    const l = letter(1 + i);
    out.push(
      handWritten(
        hexCode('P2D46', i),
        'electricite_charge',
        'batterie_hybride',
        'overtemperature',
        `Température excessive du bloc ${l} de la batterie haute tension`,
        `Hybrid battery pack ${l} over temperature`,
      ),
    );
  }
  const genB = starterGen('générateur B', 'generator B');
  out.push(
    handWritten(
      'P2D51',
      'injection_melange',
      'injecteur',
      'control_circuit',
      "Circuit de commande de l'injecteur à assistance d'air défaillant",
      'Air assisted injector control circuit fault',
    ),
    ...fam('P2D52', packCoolantTemp('C'), SENSOR5),
    say(
      'P2D57',
      genB,
      'control_circuit',
      'Circuit de commande du générateur B hors plage ou peu performant',
      'Generator B control circuit out of range or poor performance',
    ),
    say(
      'P2D58',
      genB,
      'performance',
      'Défaut mécanique du générateur B',
      'Generator B mechanical fault',
    ),
    entry('P2D59', genB, 'overtemperature'),
    ...fam('P2D5B', chargingContactor('positif', 'C'), CONTACTOR7),
    ...fam('P2D62', chargingContactor('négatif', 'C'), CONTACTOR7),
    ...fam('P2D69', chargingContactor('positif', 'D'), CONTACTOR7),
    ...fam('P2D70', chargingContactor('négatif', 'D'), CONTACTOR7),
    ...handWrittenRows('electricite_charge', 'recharge', [
      [
        'P2D77',
        'performance',
        'Module de commande du chargeur B défaillant ou peu performant',
        'Battery charger control module B faulty or poor performance',
      ],
      [
        'P2D78',
        'internal',
        'Processeur du module de commande du chargeur B peu performant',
        'Battery charger control module B processor poor performance',
      ],
    ]),
  );
  for (const [base, fr, en] of [
    ['P2D79', "d'arrêt", 'stop'],
    ['P2D7E', 'de démarrage', 'start'],
  ] as const) {
    out.push(
      ...fam(base, charger(`contacteur ${fr} de recharge`, `charging ${en} switch`), [
        'circuit',
        'high',
        'low',
        'circuit_range',
        'intermittent',
      ]),
    );
  }
  const fanModule = (n: number): Component =>
    masc(
      `module de commande du motoventilateur ${n}`,
      `cooling fan ${n} control module`,
      'refroidissement',
      'motoventilateur',
    );
  out.push(
    ...fam(
      'P2D83',
      charger(
        "capteur de courant d'entrée du chargeur B",
        'battery charger B input current sensor',
      ),
      ['low', 'high', 'range'],
    ),
    handWritten(
      'P2D86',
      'injection_melange',
      'temperature_carburant',
      'correlation',
      'Incohérence entre les capteurs de température du carburant A et B',
      'Fuel temperature sensors A and B disagree',
    ),
  );
  for (const [base, n] of [
    ['P2D87', 1],
    ['P2D8A', 2],
  ] as const) {
    const m = fanModule(n);
    out.push(
      entry(base, m, 'overtemperature'),
      entry(hexCode(base, 1), m, 'performance'),
      supplyCircuit(hexCode(base, 2), m),
    );
  }
  out.push(
    handWritten(
      'P2D8D',
      'transmission',
      'embrayage',
      'performance',
      "Défaut mécanique de l'embrayage de découplage moteur",
      'Engine disconnect clutch mechanical fault',
    ),
    ...fam(
      'P2D8E',
      masc(
        "capteur/contacteur de pression d'huile moteur C",
        'engine oil pressure sensor/switch C',
        'lubrification',
        'capteur_pression_huile',
      ),
      CLHR,
    ),
  );
  const sgSensor = (ph: string): Component =>
    starterGen(
      `capteur de courant de la phase ${ph} de l'alterno-démarreur`,
      `starter/generator phase ${ph} current sensor`,
    );
  [...'XYZ'].forEach((ph, i) => {
    out.push(
      entry(hexCode('P2D92', i), sgSensor(ph), 'high'),
      entry(hexCode('P2D95', i), sgSensor(ph), 'low'),
      ...fam(hexCode('P2DC1', 2 * i), sgSensor(ph), ['circuit', 'range']),
    );
  });
  [...'XYZUVW'].forEach((ph, i) => {
    out.push(
      handWritten(
        hexCode('P2D98', i),
        'electricite_charge',
        'propulsion_hybride',
        'intermittent',
        `Courant intermittent ou erratique dans la phase ${ph} de l'alterno-démarreur`,
        `Starter/generator phase ${ph} current intermittent or erratic`,
      ),
    );
  });
  out.push(
    ...handWrittenRows('electricite_charge', 'haute_tension', [
      [
        'P2D9E',
        'signal_low',
        'Tension du système haute tension trop basse',
        'High voltage system voltage too low',
      ],
      [
        'P2D9F',
        'signal_high',
        'Tension du système haute tension trop haute',
        'High voltage system voltage too high',
      ],
      [
        'P2DA0',
        'performance',
        'Système haute tension peu performant',
        'High voltage system poor performance',
      ],
    ]),
    ...handWrittenRows('transmission', 'calculateur_boite', [
      [
        'P2DA1',
        'signal_low',
        "Tension d'alimentation du module de passage des rapports B trop basse",
        'Gear shift control module B supply voltage too low',
      ],
      [
        'P2DA2',
        'signal_high',
        "Tension d'alimentation du module de passage des rapports B trop haute",
        'Gear shift control module B supply voltage too high',
      ],
      [
        'P2DA3',
        'overtemperature',
        'Température excessive du module de passage des rapports B',
        'Gear shift control module B over temperature',
      ],
    ]),
  );
  const heaterA = electricCoolantHeater('A');
  out.push(
    say(
      'P2DA4',
      heaterA,
      'internal',
      'Module de commande intégré au réchauffeur électrique de liquide de refroidissement A peu performant',
      'Electric coolant heater A internal control module poor performance',
    ),
    supplyCircuit('P2DA5', heaterA),
    entry('P2DA6', heaterA, 'overtemperature'),
    say(
      'P2DA7',
      heaterA,
      'condition',
      'Tension du module de commande du réchauffeur électrique de liquide de refroidissement A anormale',
      'Electric coolant heater A control module system voltage abnormal',
    ),
  );
  for (const [base, sw] of [
    ['P2DA8', 'A'],
    ['P2DAA', 'B'],
  ] as const) {
    out.push(
      ...fam(
        base,
        motorA(
          `commutateur ${sw} du module convertisseur continu/alternatif A`,
          `DC/AC converter control module A switch ${sw}`,
        ),
        ['circuit', 'circuit_range'],
      ),
    );
  }
  for (const [base, l] of [
    ['P2DAC', 'B'],
    ['P2DB1', 'C'],
  ] as const) {
    out.push(
      ...fam(
        base,
        starterGen(
          `capteur de température ${l} du moteur électrique A`,
          `drive motor A temperature sensor ${l}`,
        ),
        SENSOR5,
      ),
    );
  }
  out.push(
    handWritten(
      'P2DB6',
      'electricite_charge',
      'recharge',
      'performance',
      'Refroidissement du chargeur B peu performant',
      'Battery charger B cooling system poor performance',
    ),
    ...fam(
      'P2DB7',
      charger(
        'boucle de verrouillage haute tension (interlock) du circuit de recharge B',
        'battery charging system B high voltage interlock',
        true,
      ),
      OPEN5,
    ),
    ...fam(
      'P2DBC',
      charger(
        'capteur de position du verrou de prise du chargeur B',
        'battery charger B coupler lock position sensor',
      ),
      SENSOR5,
    ),
  );
  const excitation = starterGen(
    "courant d'excitation de l'alterno-démarreur",
    'starter/generator excitation current',
  );
  out.push(
    say(
      'P2DC7',
      excitation,
      'circuit',
      "Courant d'excitation de l'alterno-démarreur anormal",
      'Starter/generator excitation current fault',
    ),
    say(
      'P2DC8',
      excitation,
      'signal_low',
      "Courant d'excitation de l'alterno-démarreur trop faible",
      'Starter/generator excitation current too low',
    ),
    say(
      'P2DC9',
      excitation,
      'signal_high',
      "Courant d'excitation de l'alterno-démarreur trop fort",
      'Starter/generator excitation current too high',
    ),
    say(
      'P2DCA',
      excitation,
      'intermittent',
      "Courant d'excitation de l'alterno-démarreur intermittent ou erratique",
      'Starter/generator excitation current intermittent or erratic',
    ),
    ...handWrittenRows('electricite_charge', 'propulsion_hybride', [
      [
        'P2DCB',
        'correlation',
        "Incohérence entre les capteurs de courant des phases X, Y et Z de l'alterno-démarreur",
        'Starter/generator phase X-Y-Z current sensors disagree',
      ],
      [
        'P2DCC',
        'correlation',
        "Incohérence des capteurs de position de l'alterno-démarreur",
        'Starter/generator position sensors disagree',
      ],
    ]),
    handWritten(
      'P2DCD',
      'emissions',
      'filtre_a_particules',
      'condition',
      'Filtre à particules B monté non conforme',
      'Incorrect particulate filter B fitted',
    ),
    ...fam(
      'P2DCE',
      charger('commutateur de recharge B de la ligne pilote', 'control pilot charging switch B'),
      ['open', 'range', 'low', 'high', 'intermittent'],
    ),
    say(
      'P2DD3',
      charger('commutateur de recharge B de la ligne pilote', 'control pilot charging switch B'),
      'stuck',
      'Commutateur de recharge B de la ligne pilote bloqué au repos',
      'Control pilot charging switch B stuck off',
    ),
    entry(
      'P2DD4',
      charger('commutateur de recharge B de la ligne pilote', 'control pilot charging switch B'),
      'stuck_on',
    ),
  );
  const quantity = (code: string, l: string, cold: boolean, higher: boolean): DtcEntry =>
    handWritten(
      code,
      'injection_melange',
      'injecteur',
      'flow',
      `Quantité de carburant injectée par le circuit ${l} ${higher ? 'supérieure' : 'inférieure'} à la valeur attendue${cold ? ' au démarrage à froid' : ''}`,
      `${cold ? 'Cold start injected' : 'Injected'} fuel quantity (circuit ${l}) ${higher ? 'higher' : 'lower'} than expected`,
    );
  out.push(
    quantity('P2DD5', 'B', false, false),
    quantity('P2DD6', 'B', false, true),
    quantity('P2DD7', 'B', true, false),
    quantity('P2DD8', 'B', true, true),
    quantity('P2DDC', 'C', false, false),
    quantity('P2DDD', 'C', false, true),
    quantity('P2DDE', 'D', false, false),
    quantity('P2DDF', 'D', false, true),
    quantity('P2DE0', 'C', true, false),
    quantity('P2DE1', 'C', true, true),
    quantity('P2DE2', 'D', true, false),
    quantity('P2DE3', 'D', true, true),
  );
  const ldp = fem(
    'pompe de détection de fuite EVAP',
    'EVAP leak detection pump',
    'emissions',
    'evap',
  );
  out.push(
    entry('P2DD9', ldp, 'ctrl_range'),
    ...fam('P2DDA', ldp, ['stuck_off', 'stuck_on']),
    ...handWrittenRows('electricite_charge', 'propulsion_hybride', [
      [
        'P2DE4',
        'stuck',
        'Embrayage du moteur électrique A bloqué embrayé',
        'Drive motor A clutch stuck engaged',
      ],
      [
        'P2DE5',
        'stuck',
        'Embrayage du moteur électrique A bloqué débrayé',
        'Drive motor A clutch stuck disengaged',
      ],
      [
        'P2DE6',
        'performance',
        "Actionneur de l'embrayage du moteur électrique A peu performant",
        'Drive motor A clutch actuator poor performance',
      ],
    ]),
    say(
      'P2DE7',
      coolantBypassValve('C'),
      'range_performance',
      'Vanne de dérivation du liquide de refroidissement C hors plage ou peu performante au démarrage à froid',
      'Cold start engine coolant bypass valve C out of range or poor performance',
    ),
    say(
      'P2DE8',
      coolantBypassValve('D'),
      'stuck',
      'Vanne de dérivation du liquide de refroidissement D bloquée en position ouverte au démarrage à froid',
      'Cold start engine coolant bypass valve D stuck open',
    ),
    say(
      'P2DE9',
      enginePump,
      'condition',
      'Vitesse insuffisante de la pompe à eau pilotée au démarrage à froid',
      'Cold start engine coolant pump underspeed',
    ),
  );
  for (let n = 1; n <= 6; n++) {
    out.push(
      handWritten(
        hexCode('P2DEA', n - 1),
        'moteur',
        'levee_variable',
        'range_performance',
        `Levée des soupapes d'admission du cylindre ${n} hors plage ou peu performante`,
        `Cylinder ${n} intake valve lift out of range or poor performance`,
      ),
    );
  }
  const pumpE = coolantPump('E');
  out.push(
    ...handWrittenRows('moteur', 'levee_variable', [
      [
        'P2DF0',
        'range_performance',
        "Levée des soupapes d'admission hors plage ou peu performante (banc 1)",
        'Intake valve lift out of range or poor performance (bank 1)',
      ],
      [
        'P2DF1',
        'range_performance',
        "Levée des soupapes d'admission hors plage ou peu performante (banc 2)",
        'Intake valve lift out of range or poor performance (bank 2)',
      ],
      [
        'P2DF2',
        'range_performance',
        "Système de levée variable des soupapes d'admission hors plage ou peu performant",
        'Intake valve lift system out of range or poor performance',
      ],
    ]),
    notLearned('P2DF3', disconnectClutchActuator),
    ...fam('P2DF4', pumpE, CTRL3),
    overspeedAir('P2DF7', pumpE),
    underspeed('P2DF8', pumpE),
    stalled('P2DF9', pumpE),
    supplyCircuit('P2DFA', pumpE),
    moduleHot('P2DFB', pumpE),
    handWritten(
      'P2DFC',
      'refroidissement',
      'refroidissement_batterie_hybride',
      'leak',
      'Fuite de liquide de refroidissement de la batterie haute tension détectée',
      'Hybrid battery coolant leak detected',
    ),
    handWritten(
      'P2DFD',
      'emissions',
      'evap',
      'performance',
      'Pompe de purge EVAP peu performante',
      'EVAP purge pump poor performance',
    ),
  );
  return out;
}

// ---------------------------------------------------------------- P2E00–P2EC2
function p2e(): DtcEntry[] {
  const out: DtcEntry[] = [];
  [...'ABCD'].forEach((l, i) =>
    out.push(
      ...fam(
        hexCode('P2E00', 4 * i),
        trans(
          `capteur de position du levier de changement de vitesses ${l}`,
          `gear lever position sensor ${l}`,
          'capteur_position_levier',
        ),
        SENSOR4,
      ),
    ),
  );
  out.push(
    ...fam(
      'P2E10',
      trans(
        "capteur de position de l'actionneur de sélection des rapports",
        'gear selection actuator position sensor',
        'boite_robotisee',
      ),
      SENSOR5,
    ),
    ...fam(
      'P2E15',
      trans(
        "capteur de position de l'actionneur de sélection d'arbre intermédiaire",
        'intermediate shaft selection actuator position sensor',
        'boite_robotisee',
      ),
      SENSOR5,
    ),
    handWritten(
      'P2E1A',
      'electricite_charge',
      'onduleur',
      'correlation',
      "Incohérence entre les capteurs de tension A et B de l'onduleur du moteur électrique A",
      'Drive motor A inverter voltage sensors A and B disagree',
    ),
  );
  [...'XYZ'].forEach((ph, i) =>
    out.push(
      ...fam(
        hexCode('P2E1B', 4 * i),
        motorA(
          `capteur de courant de la phase ${ph} du moteur électrique A`,
          `drive motor A phase ${ph} current sensor`,
        ),
        SENSOR4,
      ),
    ),
  );
  const excSensor = starterGen(
    "capteur de courant d'excitation du moteur électrique A",
    'drive motor A excitation current sensor',
  );
  out.push(
    handWritten(
      'P2E27',
      'electricite_charge',
      'onduleur',
      'correlation',
      'Incohérence entre les capteurs de courant des phases X, Y et Z du moteur électrique A',
      'Drive motor A phase X-Y-Z current sensors disagree',
    ),
    entry('P2E28', excSensor, 'performance'),
    entry('P2E29', excSensor, 'low_voltage'),
    entry('P2E2A', excSensor, 'high_voltage'),
    entry('P2E7B', excSensor, 'circuit'),
    handWritten(
      'P2E2B',
      'electricite_charge',
      'propulsion_hybride',
      'signal_high',
      "Courant d'excitation du moteur électrique A trop fort",
      'Drive motor A excitation current too high',
    ),
  );
  const chargerVoltage = (code: string, what: string, whatEn: string, l: string): DtcEntry[] => [
    handWritten(
      code,
      'electricite_charge',
      'recharge',
      'range_performance',
      `${what} du module du chargeur ${l} hors plage`,
      `Battery charger ${l} module ${whatEn} out of range`,
    ),
    handWritten(
      hexCode(code, 1),
      'electricite_charge',
      'recharge',
      'signal_low',
      `${what} du module du chargeur ${l} trop basse`,
      `Battery charger ${l} module ${whatEn} too low`,
    ),
    handWritten(
      hexCode(code, 2),
      'electricite_charge',
      'recharge',
      'signal_high',
      `${what} du module du chargeur ${l} trop haute`,
      `Battery charger ${l} module ${whatEn} too high`,
    ),
  ];
  out.push(
    ...chargerVoltage('P2E2C', "Tension d'alimentation", 'supply voltage', 'A'),
    ...chargerVoltage('P2E2F', "Tension d'alimentation", 'supply voltage', 'B'),
    ...chargerVoltage('P2E32', "Tension d'arrêt forcé", 'forced shutdown voltage', 'A'),
    ...chargerVoltage('P2E3E', "Tension d'arrêt forcé", 'forced shutdown voltage', 'B'),
    ...fam(
      'P2E35',
      charger("ligne d'activation du chargeur B", 'battery charger B enable line', true),
      ['open', 'low', 'high', 'range'],
    ),
    ...handWrittenRows('electricite_charge', 'recharge', [
      ['P2E39', 'circuit', 'Fusible du chargeur B défaillant', 'Battery charger B fuse fault'],
      [
        'P2E3A',
        'performance',
        'Tension de sortie du chargeur B anormale',
        'Battery charger B output voltage poor performance',
      ],
      [
        'P2E3B',
        'signal_low',
        'Tension de sortie du chargeur B trop basse',
        'Battery charger B output voltage too low',
      ],
      [
        'P2E3C',
        'performance',
        'Courant de sortie du chargeur B anormal',
        'Battery charger B output current poor performance',
      ],
      [
        'P2E3D',
        'circuit',
        'Sortie du chargeur B en court-circuit',
        'Battery charger B output shorted',
      ],
    ]),
  );
  const hevB = hevPump('B');
  out.push(
    entry('P2E41', hevB, 'ctrl'),
    entry('P2E42', hevB, 'performance'),
    entry('P2E43', hevB, 'ctrl_low'),
    entry('P2E44', hevB, 'ctrl_high'),
    say(
      'P2E45',
      hevB,
      'circuit',
      `Circuit d'activation ${deArticle(hevB)} défaillant`,
      `${Ce(hevB)} enable circuit fault`,
    ),
    dryRun('P2E46', hevB),
    underspeed('P2E47', hevB),
    overspeed('P2E48', hevB),
    stalled('P2E49', hevB),
  );
  for (const [base, l] of [
    ['P2E4A', 'C'],
    ['P2E4F', 'D'],
  ] as const) {
    out.push(
      ...fam(
        base,
        charger(
          `capteur de température ${l} de la prise du chargeur`,
          `battery charger coupler temperature sensor ${l}`,
        ),
        SENSOR4,
      ),
      handWritten(
        hexCode(base, 4),
        'electricite_charge',
        'recharge',
        'overtemperature',
        `Température ${l} de la prise du chargeur trop élevée`,
        `Battery charger coupler temperature ${l} too high`,
      ),
    );
  }
  out.push(
    ...fam(
      'P2E54',
      masc(
        "capteur de pression d'échappement C",
        'exhaust pressure sensor C',
        'emissions',
        'pression_echappement',
      ),
      SENSOR4,
    ),
    handWritten(
      'P2E58',
      'allumage',
      'rates_combustion',
      'misfire',
      'Ratés de combustion aléatoires ou sur plusieurs cylindres au carburant alternatif',
      'Random/multiple cylinder misfire detected on alternative fuel',
    ),
  );
  for (let n = 1; n <= 8; n++) {
    out.push(
      handWritten(
        hexCode('P2E59', n - 1),
        'allumage',
        'rates_combustion',
        'misfire',
        `Ratés de combustion détectés sur le cylindre ${n} au carburant alternatif`,
        `Cylinder ${n} misfire detected on alternative fuel`,
      ),
    );
  }
  out.push(
    handWritten(
      'P2E61',
      'allumage',
      'rates_combustion',
      'misfire',
      'Ratés de combustion au carburant alternatif avec réservoir presque vide',
      'Misfire detected on alternative fuel with low fuel level',
    ),
    ...fam('P2E62', coolantBypassValve('E'), [
      'ctrl',
      'ctrl_low',
      'ctrl_high',
      'stuck_open',
      'range',
      'stuck_closed',
    ]),
  );
  (
    [
      [1, false],
      [1, true],
      [2, false],
      [2, true],
    ] as const
  ).forEach(([bank, rich], i) =>
    out.push(
      handWritten(
        hexCode('P2E68', i),
        'injection_melange',
        'correction_richesse',
        rich ? 'mixture_rich' : 'mixture_lean',
        `Mélange trop ${rich ? 'riche' : 'pauvre'} pendant la désactivation des cylindres (banc ${bank})`,
        `System too ${rich ? 'rich' : 'lean'} during cylinder deactivation (bank ${bank})`,
      ),
    ),
  );
  for (const [base, l] of [
    ['P2E6C', 'A'],
    ['P2E70', 'B'],
  ] as const) {
    out.push(
      handWritten(
        base,
        'electricite_charge',
        'batterie_hybride',
        'condition',
        `Épaisseur anormale des cellules du bloc ${l} de la batterie haute tension`,
        `Hybrid battery pack ${l} cell thickness abnormal`,
      ),
      ...fam(
        hexCode(base, 1),
        hv(
          `capteur d'épaisseur des cellules du bloc ${l} de la batterie haute tension`,
          `hybrid battery pack ${l} cell thickness sensor`,
          'batterie_hybride',
        ),
        ['high', 'low', 'circuit_range'],
      ),
    );
  }
  out.push(
    ...fam('P2E74', packCoolantTemp('D'), SENSOR5),
    entry('P2E79', hevPump('C'), 'performance'),
    overspeed('P2E7A', hevPump('C')),
    ...fam(
      'P2E7C',
      masc(
        'capteur de température interne B du module du compresseur de climatisation',
        'A/C compressor control module internal temperature sensor B',
        'carrosserie_confort',
        'climatisation',
      ),
      ['circuit', 'range', 'high', 'low', 'intermittent'],
    ),
    say(
      'P2E81',
      coolantBypassValve('D'),
      'stuck',
      'Vanne de dérivation du liquide de refroidissement D bloquée en position fermée au démarrage à froid',
      'Cold start engine coolant bypass valve D stuck closed',
    ),
    say(
      'P2E82',
      enginePump,
      'condition',
      'Survitesse de la pompe à eau pilotée au démarrage à froid',
      'Cold start engine coolant pump overspeed',
    ),
    handWritten(
      'P2E83',
      'injection_melange',
      'pression_carburant',
      'range_performance',
      'Pression de carburant dans la rampe anormale moteur arrêté',
      'Fuel rail pressure out of range with the engine off',
    ),
    ...fam(
      'P2E84',
      charger(
        "capteur de tension d'entrée du chargeur B",
        'battery charger B input voltage sensor',
      ),
      ['range', 'low', 'high'],
    ),
    ...fam(
      'P2E87',
      charger(
        'ligne de détection de proximité B de la prise de recharge',
        'proximity detection circuit B',
        true,
      ),
      SENSOR5,
    ),
  );
  for (const [code, n, high] of [
    ['P2E8C', 1, true],
    ['P2E8D', 1, false],
    ['P2E8E', 2, true],
    ['P2E8F', 2, false],
  ] as const) {
    out.push(
      handWritten(
        code,
        'electricite_charge',
        'recharge',
        high ? 'signal_high' : 'signal_low',
        `Signal trop ${high ? 'haut' : 'bas'} de la ligne de séquence de charge ${n} du chargeur B`,
        `Battery charger B charge sequence signal ${n} circuit level too ${high ? 'high' : 'low'}`,
      ),
    );
  }
  const door = (fr: string, en: string, feminine = false): Component => charger(fr, en, feminine);
  const doorSwitch = door(
    "contacteur d'ouverture de la trappe de recharge B",
    'charge port door B open request switch',
  );
  out.push(
    ...handWrittenRows('electricite_charge', 'recharge', [
      [
        'P2E90',
        'performance',
        'Alimentation interne du chargeur A défaillante ou peu performante',
        'Battery charger A internal power supply faulty or poor performance',
      ],
      [
        'P2E91',
        'performance',
        'Alimentation interne du chargeur B défaillante ou peu performante',
        'Battery charger B internal power supply faulty or poor performance',
      ],
    ]),
    say(
      'P2E92',
      doorSwitch,
      'circuit',
      "Circuit de réveil du contacteur d'ouverture de la trappe de recharge B défaillant",
      'Charge port door B open request switch wake-up circuit fault',
    ),
    ...fam('P2E93', doorSwitch, ['circuit', 'circuit_range', 'low', 'high', 'intermittent']),
    ...fam(
      'P2E98',
      door('capteur de position de la trappe de recharge B', 'charge port door B position sensor'),
      ['circuit', 'circuit_range', 'low', 'high', 'intermittent'],
    ),
    ...fam(
      'P2E9D',
      door('déverrouillage de la trappe de recharge B', 'charge port door B unlock'),
      CTRL4,
    ),
    ...fam(
      'P2EA1',
      masc(
        "capteur de température des gaz d'échappement (banc 1, capteur 6)",
        'exhaust gas temperature sensor (bank 1, sensor 6)',
        'emissions',
        'temperature_echappement',
      ),
      ['circuit', 'high', 'low', null, 'range'],
    ),
  );
  const compOut = turbo(
    'capteur de température en sortie du compresseur du turbo',
    'turbocharger compressor outlet temperature sensor',
  );
  out.push(
    entry('P2EA6', compOut, 'circuit'),
    ...fam('P2EC0', compOut, ['low', 'high', 'range']),
    ...handWrittenRows('electricite_charge', 'onduleur', [
      [
        'P2EA7',
        'signal_low',
        "Tension d'entrée du convertisseur continu/alternatif A trop basse",
        'DC/AC converter A input voltage too low',
      ],
      [
        'P2EA8',
        'signal_high',
        "Tension d'entrée du convertisseur continu/alternatif A trop haute",
        'DC/AC converter A input voltage too high',
      ],
      [
        'P2EA9',
        'overtemperature',
        'Température excessive du convertisseur continu/alternatif A',
        'DC/AC converter A over temperature',
      ],
    ]),
  );
  const radiatorModule = masc(
    "module de régulation du flux d'air du radiateur A",
    'active radiator air flow control module A',
    'refroidissement',
    'volet_calandre',
  );
  out.push(
    entry('P2EAA', radiatorModule, 'ctrl_range'),
    entry('P2EAB', radiatorModule, 'overtemperature'),
    entry('P2EAC', radiatorModule, 'performance'),
    handWritten(
      'P2EAD',
      'emissions',
      'scr_adblue',
      'performance',
      "Module de dosage d'AdBlue 2 peu performant",
      'Reductant metering unit 2 poor performance',
    ),
    entry(
      'P2EAE',
      scr("injecteur d'AdBlue (banc 1, unité 2)", 'reductant injector (bank 1, unit 2)'),
      'circuit_range',
    ),
    entry(
      'P2EAF',
      scr("injecteur d'AdBlue (banc 1, unité 2)", 'reductant injector (bank 1, unit 2)'),
      'stuck_closed',
    ),
    entry(
      'P2EB9',
      scr("injecteur d'AdBlue (banc 2, unité 2)", 'reductant injector (bank 2, unit 2)'),
      'circuit_range',
    ),
    ...fam(
      'P2EB0',
      masc(
        "capteur de pression d'air au papillon",
        'throttle valve intake air pressure sensor',
        'injection_melange',
        'pression_collecteur',
      ),
      CLHR,
    ),
    ...handWrittenRows('electricite_charge', 'recharge', [
      [
        'P2EB4',
        'circuit',
        'Circuit de la boucle de verrouillage haute tension (interlock) du chargeur à induction ouvert',
        'Inductive charger high voltage interlock circuit open',
      ],
      [
        'P2EB5',
        'signal_low',
        "Tension d'entrée du chargeur à induction trop basse",
        'Inductive charger input voltage too low',
      ],
      [
        'P2EB6',
        'signal_high',
        "Tension d'entrée du chargeur à induction trop haute",
        'Inductive charger input voltage too high',
      ],
      [
        'P2EBF',
        'stuck',
        'Sélecteur de mode de recharge bloqué',
        'Battery charging mode switch stuck',
      ],
    ]),
    handWritten(
      'P2EB7',
      'electricite_charge',
      'batterie',
      'condition',
      'Batterie 12 V à remplacer',
      'Replace the 12 V battery',
    ),
    ...fam(
      'P2EBB',
      masc(
        'capteur de température de carter',
        'crankcase temperature sensor',
        'moteur',
        'ventilation_carter',
      ),
      ['circuit', 'range', 'high', 'low'],
    ),
  );
  return out;
}

// ---------------------------------------------------------------- P34xx hexadecimal slots
function p34(): DtcEntry[] {
  const out: DtcEntry[] = [];
  const deact = (valves: 'admission' | 'échappement', bank: number): Component =>
    fem(
      `désactivation / soupapes ${valves === 'admission' ? "d'admission" : "d'échappement"} (banc ${bank})`,
      `deactivation/${valves === 'admission' ? 'intake' : 'exhaust'} valve (bank ${bank})`,
      'moteur',
      'desactivation_cylindres',
    );
  (
    [
      ['admission', 1],
      ['admission', 2],
      ['échappement', 1],
      ['échappement', 2],
    ] as const
  ).forEach(([v, bank], i) => {
    out.push(
      entry(hexCode('P340A', i), deact(v, bank), 'ctrl'),
      entry(hexCode('P341A', i), deact(v, bank), 'ctrl_range'),
    );
  });
  (
    [
      ['A', 'P34A4'],
      ['B', 'P34B4'],
    ] as const
  ).forEach(([cam, base]) => {
    for (const bank of [1, 2]) {
      out.push(
        ...fam(
          hexCode(base, 4 * (bank - 1)),
          masc(
            `capteur de température du déphaseur d'arbre à cames ${cam} (banc ${bank})`,
            `camshaft ${cam} position actuator temperature sensor (bank ${bank})`,
            'moteur',
            'distribution_variable',
          ),
          SENSOR4,
        ),
        ...fam(
          hexCode(base, 8 + 4 * (bank - 1)),
          masc(
            `capteur de position A du déphaseur d'arbre à cames ${cam} (banc ${bank})`,
            `camshaft ${cam} position actuator position sensor A (bank ${bank})`,
            'moteur',
            'distribution_variable',
          ),
          SENSOR4,
        ),
      );
    }
  });
  CAMSHAFT_BANKS.forEach(([cam, bank], i) =>
    out.push(hot(hexCode('P34C4', i), camActuator(cam, bank))),
  );
  out.push(
    handWritten(
      'P34C8',
      'moteur',
      'distribution_variable',
      'internal',
      'Module de commande de la distribution variable peu performant',
      'Camshaft position control module poor performance',
    ),
  );
  return out;
}

export function sixthPassP2P3Codes(): DtcEntry[] {
  return [
    ...p23(),
    ...p24to28(),
    ...p25(),
    ...p2a(),
    ...p2b(),
    ...p2c(),
    ...p2d(),
    ...p2e(),
    ...p34(),
  ];
}
