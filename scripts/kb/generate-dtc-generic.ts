// Generates resources/diagnosis/dtc-generic.json: the generic SAE J2012 code space described in
// the team's own French and English words. Run with `npx tsx scripts/kb/generate-dtc-generic.ts`.
//
// Only code numbers and their meaning (facts) come from the standard's structure; every title is
// composed here from our component names and failure templates. Codes we do not know to be
// defined as generic are left out rather than guessed; ranges the standard reserves are omitted.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chassisCodes, restraintCodes } from './dtc-chassis-body';
import { fifthPassBodyChassisCodes } from './dtc-fifth-pass-body-chassis';
import { fifthPassNetworkCodes } from './dtc-fifth-pass-network';
import { fifthPassP0HighCodes } from './dtc-fifth-pass-p0-high';
import { fifthPassP0LowCodes } from './dtc-fifth-pass-p0-low';
import { fifthPassP2Codes } from './dtc-fifth-pass-p2';
import { fourthPassCodes } from './dtc-fourth-pass';
import { sixthPassBodyChassisCodes } from './dtc-sixth-pass-body-chassis';
import { sixthPassNetworkCodes } from './dtc-sixth-pass-network';
import { sixthPassP0HybridCodes } from './dtc-sixth-pass-p0-hybrid';
import { sixthPassP2P3Codes } from './dtc-sixth-pass-p2-p3';
import { networkCodes } from './dtc-network';
import { powertrainExtraCodes } from './dtc-powertrain-extra';
import { thirdPassCodes } from './dtc-third-pass';
import type { Component, DtcEntry, Failure, System, TemplateKey } from './dtc-templates';
import {
  CTRL3,
  CTRL4,
  CTRL5,
  O2_POSITION_EN,
  O2_SENSOR_POSITIONS,
  SENSOR4,
  SENSOR5,
  SOLENOID5,
  batteryTemperatureSensor,
  boostSensor,
  coolingFan,
  cylinderInjector,
  egrSensor,
  entry,
  fem,
  handWritten,
  knockSensor,
  masc,
  o2SensorName,
  offsetCode,
  pedalSensorsDisagree,
  pressureControlSolenoid,
  series,
  shiftSolenoid,
  transmissionFluidPressureSensor,
} from './dtc-templates';
import { capitalize } from './french';

export const DTC_GENERIC_VERSION = '1.5.0';

const out: DtcEntry[] = [];
const add = (...entries: DtcEntry[]): void => {
  out.push(...entries);
};
const irregular = (...fields: Parameters<typeof handWritten>): void => add(handWritten(...fields));

const o2Sensor = (bank: number, sensor: number): Component =>
  fem(o2SensorName(bank, sensor).fr, o2SensorName(bank, sensor).en, 'emissions', 'sonde_lambda');
const o2Heater = (bank: number, sensor: number): Component =>
  masc(
    `chauffage de la ${o2SensorName(bank, sensor).fr}`,
    `${O2_POSITION_EN[sensor]} O2 sensor heater (bank ${bank}, sensor ${sensor})`,
    'emissions',
    'chauffage_sonde_lambda',
  );
const COIL_LETTERS = 'ABCDEFGHIJKL';

// ---------------------------------------------------------------- P00xx: fuel/air metering, aux emission controls
add(
  ...series(
    'P0001',
    masc(
      'régulateur de débit de carburant',
      'fuel volume regulator',
      'injection_melange',
      'regulation_pression_carburant',
    ),
    CTRL4,
  ),
  ...series(
    'P0005',
    fem(
      'vanne de coupure de carburant A',
      'fuel shut-off valve A',
      'injection_melange',
      'coupure_carburant',
    ),
    CTRL3,
  ),
);
for (const bank of [1, 2]) {
  irregular(
    `P000${bank === 1 ? 8 : 9}`,
    'moteur',
    'distribution',
    'performance',
    `Système de position moteur (vilebrequin/arbres à cames) peu performant, banc ${bank}`,
    `Engine position system (crank/cam) poor performance, bank ${bank}`,
  );
}
const phaser = (cam: 'A' | 'B', bank: number): Component =>
  masc(
    `déphaseur d'arbre à cames ${cam} (banc ${bank})`,
    `camshaft phaser ${cam} (bank ${bank})`,
    'moteur',
    'distribution_variable',
  );
add(
  entry('P000A', phaser('A', 1), 'slow_response'),
  entry('P000B', phaser('B', 1), 'slow_response'),
  entry('P000C', phaser('A', 2), 'slow_response'),
  entry('P000D', phaser('B', 2), 'slow_response'),
);
irregular(
  'P000E',
  'injection_melange',
  'regulation_pression_carburant',
  'performance',
  "Régulation du débit de carburant : limite d'apprentissage dépassée",
  'Fuel volume regulation: learning limit exceeded',
);
irregular(
  'P000F',
  'injection_melange',
  'regulation_pression_carburant',
  'pressure_high',
  'Clapet de surpression carburant ouvert (surpression détectée)',
  'Fuel over-pressure relief valve opened (over-pressure detected)',
);
for (const [base, cam, bank] of [
  ['P0010', 'A', 1],
  ['P0013', 'B', 1],
  ['P0020', 'A', 2],
  ['P0023', 'B', 2],
] as const) {
  add(...series(base, phaser(cam, bank), ['circuit', 'over_advanced', 'over_retarded']));
}
for (const [code, bank, sensor] of [
  ['P0016', 1, 'A'],
  ['P0017', 1, 'B'],
  ['P0018', 2, 'A'],
  ['P0019', 2, 'B'],
] as const) {
  irregular(
    code,
    'moteur',
    'distribution',
    'correlation',
    `Incohérence entre position vilebrequin et arbre à cames (banc ${bank}, capteur ${sensor}) : calage de distribution à vérifier`,
    `Crankshaft/camshaft position mismatch (bank ${bank}, sensor ${sensor}): check valve timing`,
  );
}
const valveSolenoid = (kind: 'admission' | 'échappement', bank: number): Component =>
  fem(
    `électrovanne de commande des soupapes d'${kind} (banc ${bank})`,
    `${kind === 'admission' ? 'intake' : 'exhaust'} valve control solenoid (bank ${bank})`,
    'moteur',
    'distribution_variable',
  );
add(
  entry('P0026', valveSolenoid('admission', 1), 'circuit_range'),
  entry('P0027', valveSolenoid('échappement', 1), 'circuit_range'),
  entry('P0028', valveSolenoid('admission', 2), 'circuit_range'),
  entry('P0029', valveSolenoid('échappement', 2), 'circuit_range'),
);
add(...series('P0030', o2Heater(1, 1), CTRL3));
const turboBypassValve = fem(
  'vanne de dérivation du turbocompresseur',
  'turbocharger bypass valve',
  'moteur',
  'suralimentation',
);
add(...series('P0033', turboBypassValve, CTRL3), entry('P0039', turboBypassValve, 'ctrl_range'));
add(...series('P0036', o2Heater(1, 2), CTRL3));
irregular(
  'P0040',
  'emissions',
  'sonde_lambda',
  'correlation',
  'Signaux des sondes lambda amont inversés entre banc 1 et banc 2',
  'Upstream O2 sensor signals swapped between bank 1 and bank 2',
);
irregular(
  'P0041',
  'emissions',
  'sonde_lambda',
  'correlation',
  'Signaux des sondes lambda aval inversés entre banc 1 et banc 2',
  'Downstream O2 sensor signals swapped between bank 1 and bank 2',
);
add(...series('P0042', o2Heater(1, 3), CTRL3));
add(
  ...series(
    'P0045',
    fem(
      'électrovanne de régulation de pression de suralimentation A',
      'boost pressure control solenoid A',
      'moteur',
      'suralimentation',
    ),
    CTRL4,
  ),
);
irregular(
  'P0049',
  'moteur',
  'suralimentation',
  'condition',
  'Survitesse de la turbine du turbocompresseur',
  'Turbocharger turbine overspeed',
);
add(...series('P0050', o2Heater(2, 1), CTRL3));
add(
  entry('P0053', o2Heater(1, 1), 'heater_resistance'),
  entry('P0054', o2Heater(1, 2), 'heater_resistance'),
  entry('P0055', o2Heater(1, 3), 'heater_resistance'),
);
add(...series('P0056', o2Heater(2, 2), CTRL3));
add(
  entry('P0059', o2Heater(2, 1), 'heater_resistance'),
  entry('P0060', o2Heater(2, 2), 'heater_resistance'),
  entry('P0061', o2Heater(2, 3), 'heater_resistance'),
);
add(...series('P0062', o2Heater(2, 3), CTRL3));
add(
  ...series(
    'P0065',
    masc("injecteur à assistance d'air", 'air-assisted injector', 'injection_melange', 'injecteur'),
    ['ctrl_range', 'ctrl_low', 'ctrl_high'],
  ),
);
irregular(
  'P0068',
  'injection_melange',
  'mesure_air',
  'correlation',
  "Incohérence entre la pression/le débit d'air mesurés et la position du papillon",
  'Manifold pressure or air flow does not match throttle position',
);
irregular(
  'P0069',
  'injection_melange',
  'mesure_air',
  'correlation',
  'Incohérence entre pression collecteur et pression atmosphérique',
  'Manifold pressure does not match barometric pressure',
);
add(
  ...series(
    'P0070',
    masc(
      "capteur de température d'air extérieur",
      'ambient air temperature sensor',
      'carrosserie_confort',
      'temperature_exterieure',
    ),
    SENSOR5,
  ),
);
add(
  ...series('P0075', valveSolenoid('admission', 1), CTRL3),
  ...series('P0078', valveSolenoid('échappement', 1), CTRL3),
  ...series('P0081', valveSolenoid('admission', 2), CTRL3),
  ...series('P0084', valveSolenoid('échappement', 2), CTRL3),
);
irregular(
  'P0087',
  'injection_melange',
  'pression_carburant',
  'pressure_low',
  'Pression de carburant dans la rampe trop basse',
  'Fuel rail pressure too low',
);
irregular(
  'P0088',
  'injection_melange',
  'pression_carburant',
  'pressure_high',
  'Pression de carburant dans la rampe trop haute',
  'Fuel rail pressure too high',
);
const regulator = (n: number): Component =>
  masc(
    `régulateur de pression de carburant ${n}`,
    `fuel pressure regulator ${n}`,
    'injection_melange',
    'regulation_pression_carburant',
  );
add(entry('P0089', regulator(1), 'performance'), ...series('P0090', regulator(1), CTRL3));
irregular(
  'P0093',
  'injection_melange',
  'pression_carburant',
  'leak',
  "Fuite importante détectée dans le circuit d'alimentation en carburant",
  'Large fuel system leak detected',
);
irregular(
  'P0094',
  'injection_melange',
  'pression_carburant',
  'leak',
  "Petite fuite détectée dans le circuit d'alimentation en carburant",
  'Small fuel system leak detected',
);
const iat = (n: number): Component =>
  masc(
    `capteur de température d'air d'admission ${n}`,
    `intake air temperature sensor ${n}`,
    'injection_melange',
    'temperature_air_admission',
  );
add(...series('P0095', iat(2), SENSOR5));

// ---------------------------------------------------------------- P01xx: fuel and air metering
add(
  ...series(
    'P0100',
    masc("débitmètre d'air", 'mass air flow sensor', 'injection_melange', 'debitmetre'),
    SENSOR5,
  ),
  ...series(
    'P0105',
    masc(
      'capteur de pression absolue collecteur/atmosphérique',
      'manifold absolute/barometric pressure sensor',
      'injection_melange',
      'pression_collecteur',
    ),
    SENSOR5,
  ),
  ...series('P0110', iat(1), SENSOR5),
  ...series(
    'P0115',
    masc(
      'capteur de température du liquide de refroidissement',
      'engine coolant temperature sensor',
      'refroidissement',
      'capteur_temperature_eau',
    ),
    SENSOR5,
  ),
);
const throttleSensor = (letter: string): Component =>
  masc(
    `capteur de position papillon/pédale ${letter}`,
    `throttle/pedal position sensor ${letter}`,
    'injection_melange',
    'capteur_papillon_pedale',
  );
add(...series('P0120', throttleSensor('A'), SENSOR5));
irregular(
  'P0125',
  'refroidissement',
  'montee_en_temperature',
  'condition',
  'Température du liquide de refroidissement insuffisante pour la régulation en boucle fermée',
  'Coolant temperature too low to enter closed-loop fuel control',
);
irregular(
  'P0126',
  'refroidissement',
  'montee_en_temperature',
  'condition',
  'Température du liquide de refroidissement insuffisante pour un fonctionnement stable',
  'Coolant temperature too low for stable engine operation',
);
irregular(
  'P0127',
  'injection_melange',
  'temperature_air_admission',
  'overtemperature',
  "Température d'air d'admission trop élevée",
  'Intake air temperature too high',
);
irregular(
  'P0128',
  'refroidissement',
  'thermostat',
  'performance',
  'Liquide de refroidissement sous la température de régulation du thermostat',
  'Coolant stays below thermostat regulating temperature',
);
irregular(
  'P0129',
  'injection_melange',
  'pression_atmospherique',
  'pressure_low',
  'Pression atmosphérique mesurée trop basse',
  'Measured barometric pressure too low',
);
const O2_KEYS: readonly TemplateKey[] = [
  'circuit',
  'low_voltage',
  'high_voltage',
  'slow_response',
  'no_activity',
];
for (const [base, bank, sensor] of [
  ['P0130', 1, 1],
  ['P0136', 1, 2],
  ['P0142', 1, 3],
  ['P0150', 2, 1],
  ['P0156', 2, 2],
  ['P0162', 2, 3],
] as const) {
  add(...series(base, o2Sensor(bank, sensor), O2_KEYS));
  add(entry(offsetCode(base, 5), o2Heater(bank, sensor), 'circuit'));
}
// P0148/P0149 are the diesel injection-pump codes of the first J2012 table (fuel quantity and
// injection timing not delivered as commanded).
irregular(
  'P0148',
  'injection_melange',
  'pompe_injection',
  'performance',
  'Quantité de carburant injectée différente de la consigne',
  'Fuel delivered differs from the commanded quantity',
);
irregular(
  'P0149',
  'injection_melange',
  'avance_injection',
  'performance',
  "Calage de l'injection différent de la consigne",
  'Injection timing differs from the commanded timing',
);
irregular(
  'P0168',
  'injection_melange',
  'temperature_carburant',
  'overtemperature',
  'Température du carburant trop élevée',
  'Fuel temperature too high',
);
irregular(
  'P0169',
  'injection_melange',
  'composition_carburant',
  'condition',
  'Composition du carburant incorrecte',
  'Incorrect fuel composition',
);
for (const [bank, base] of [
  [1, 170],
  [2, 173],
] as const) {
  irregular(
    `P0${base}`,
    'injection_melange',
    'correction_richesse',
    'performance',
    `Correction de richesse hors limites (banc ${bank})`,
    `Fuel trim outside limits (bank ${bank})`,
  );
  irregular(
    `P0${base + 1}`,
    'injection_melange',
    'correction_richesse',
    'mixture_lean',
    `Mélange trop pauvre (banc ${bank})`,
    `Mixture too lean (bank ${bank})`,
  );
  irregular(
    `P0${base + 2}`,
    'injection_melange',
    'correction_richesse',
    'mixture_rich',
    `Mélange trop riche (banc ${bank})`,
    `Mixture too rich (bank ${bank})`,
  );
}
add(
  ...series(
    'P0176',
    masc(
      'capteur de composition du carburant',
      'fuel composition sensor',
      'injection_melange',
      'composition_carburant',
    ),
    SENSOR4,
  ),
);
const fuelTemp = (letter: string): Component =>
  masc(
    `capteur de température de carburant ${letter}`,
    `fuel temperature sensor ${letter}`,
    'injection_melange',
    'temperature_carburant',
  );
add(
  ...series('P0180', fuelTemp('A'), SENSOR5),
  ...series('P0185', fuelTemp('B'), SENSOR5),
  ...series(
    'P0190',
    masc(
      'capteur de pression de rampe de carburant A',
      'fuel rail pressure sensor A',
      'injection_melange',
      'pression_carburant',
    ),
    SENSOR5,
  ),
  ...series(
    'P0195',
    masc(
      "capteur de température d'huile moteur",
      'engine oil temperature sensor',
      'lubrification',
      'temperature_huile',
    ),
    SENSOR5,
  ),
);

// ---------------------------------------------------------------- P02xx: injectors, fuel pump, boost
irregular(
  'P0200',
  'injection_melange',
  'injecteur',
  'circuit',
  "Circuit d'injecteur défaillant (cylindre non précisé)",
  'Injector circuit fault (cylinder not specified)',
);
for (let n = 1; n <= 12; n++) {
  add(entry(offsetCode('P0200', n), cylinderInjector(n), 'ctrl'));
}
add(
  entry(
    'P0213',
    masc(
      'injecteur de démarrage à froid 1',
      'cold start injector 1',
      'injection_melange',
      'injecteur',
    ),
    'circuit',
  ),
  entry(
    'P0214',
    masc(
      'injecteur de démarrage à froid 2',
      'cold start injector 2',
      'injection_melange',
      'injecteur',
    ),
    'circuit',
  ),
  entry(
    'P0215',
    fem(
      "électrovanne d'arrêt moteur",
      'engine shut-off solenoid',
      'injection_melange',
      'coupure_carburant',
    ),
    'circuit',
  ),
  entry(
    'P0216',
    fem(
      "commande d'avance à l'injection",
      'injection timing control',
      'injection_melange',
      'avance_injection',
    ),
    'circuit',
  ),
);
irregular(
  'P0217',
  'refroidissement',
  'surchauffe_moteur',
  'overtemperature',
  'Surchauffe du moteur : température du liquide de refroidissement excessive',
  'Engine overheating: coolant temperature excessive',
);
irregular(
  'P0218',
  'transmission',
  'temperature_huile_boite',
  'overtemperature',
  'Surchauffe de la boîte de vitesses : température du fluide excessive',
  'Transmission overheating: fluid temperature excessive',
);
irregular(
  'P0219',
  'moteur',
  'regime_moteur',
  'condition',
  'Surrégime moteur détecté',
  'Engine overspeed detected',
);
add(
  ...series('P0220', throttleSensor('B'), SENSOR5),
  ...series('P0225', throttleSensor('C'), SENSOR5),
);
irregular(
  'P0230',
  'injection_melange',
  'pompe_carburant',
  'control_circuit',
  'Circuit primaire (relais) de la pompe à carburant défaillant',
  'Fuel pump primary (relay) circuit fault',
);
const pumpSecondary = masc(
  'circuit secondaire de la pompe à carburant',
  'fuel pump secondary circuit',
  'injection_melange',
  'pompe_carburant',
);
add(...series('P0231', pumpSecondary, ['low', 'high', 'intermittent']));
irregular(
  'P0234',
  'moteur',
  'suralimentation',
  'pressure_high',
  'Surpression de suralimentation (turbo/compresseur A)',
  'Overboost condition (turbo/supercharger A)',
);
add(...series('P0235', boostSensor('A'), SENSOR4), ...series('P0239', boostSensor('B'), SENSOR4));
const wastegate = (letter: string): Component =>
  fem(
    `électrovanne de wastegate ${letter}`,
    `wastegate solenoid ${letter}`,
    'moteur',
    'suralimentation',
  );
add(...series('P0243', wastegate('A'), CTRL4), ...series('P0247', wastegate('B'), CTRL4));
const pumpMetering = (letter: string): Component =>
  masc(
    `dosage de la pompe d'injection ${letter}`,
    `injection pump fuel metering control ${letter}`,
    'injection_melange',
    'pompe_injection',
  );
add(...series('P0251', pumpMetering('A'), CTRL5), ...series('P0256', pumpMetering('B'), CTRL5));
for (let n = 1; n <= 12; n++) {
  const base = n <= 8 ? 261 + 3 * (n - 1) : 285 + 3 * (n - 9);
  const injector = cylinderInjector(n);
  add(entry(`P0${base}`, injector, 'ctrl_low'), entry(`P0${base + 1}`, injector, 'ctrl_high'));
  irregular(
    `P0${base + 2}`,
    'injection_melange',
    'injecteur',
    'performance',
    `Contribution ou équilibrage anormal de l'injecteur du cylindre ${n}`,
    `Cylinder ${n} injector contribution or balance fault`,
  );
}
irregular(
  'P0297',
  'moteur',
  'vitesse_vehicule',
  'condition',
  'Survitesse du véhicule détectée',
  'Vehicle overspeed detected',
);
irregular(
  'P0298',
  'lubrification',
  'temperature_huile',
  'overtemperature',
  "Température d'huile moteur excessive",
  'Engine oil temperature excessive',
);
irregular(
  'P0299',
  'moteur',
  'suralimentation',
  'pressure_low',
  'Pression de suralimentation insuffisante (turbo/compresseur A)',
  'Underboost condition (turbo/supercharger A)',
);

// ---------------------------------------------------------------- P03xx: ignition and misfire
irregular(
  'P0300',
  'allumage',
  'rates_combustion',
  'misfire',
  'Ratés de combustion sur plusieurs cylindres ou aléatoires',
  'Random or multiple-cylinder misfire detected',
);
for (let n = 1; n <= 12; n++) {
  irregular(
    offsetCode('P0300', n),
    'allumage',
    'rates_combustion',
    'misfire',
    `Ratés de combustion détectés sur le cylindre ${n}`,
    `Misfire detected on cylinder ${n}`,
  );
}
irregular(
  'P0313',
  'allumage',
  'rates_combustion',
  'misfire',
  'Ratés de combustion détectés avec un niveau de carburant bas',
  'Misfire detected with low fuel level',
);
irregular(
  'P0314',
  'allumage',
  'rates_combustion',
  'misfire',
  'Ratés de combustion sur un seul cylindre (non identifié)',
  'Single-cylinder misfire (cylinder not identified)',
);
irregular(
  'P0315',
  'allumage',
  'capteur_vilebrequin',
  'condition',
  'Variation de la cible vilebrequin non apprise',
  'Crankshaft position variation not learned',
);
irregular(
  'P0316',
  'allumage',
  'rates_combustion',
  'misfire',
  'Ratés de combustion détectés au démarrage (premiers tours moteur)',
  'Misfire detected at start-up (first engine revolutions)',
);
irregular(
  'P0317',
  'allumage',
  'detection_route_degradee',
  'condition',
  'Équipement de détection de route dégradée absent',
  'Rough road detection hardware not present',
);
add(
  entry(
    'P0318',
    masc(
      'capteur de route dégradée A',
      'rough road sensor A',
      'allumage',
      'detection_route_degradee',
    ),
    'circuit',
  ),
  entry(
    'P0319',
    masc(
      'capteur de route dégradée B',
      'rough road sensor B',
      'allumage',
      'detection_route_degradee',
    ),
    'circuit',
  ),
);
add(
  ...series(
    'P0320',
    masc(
      "signal de régime moteur d'allumage",
      'ignition engine speed input',
      'allumage',
      'capteur_vilebrequin',
    ),
    ['circuit', 'range', 'no_signal', 'intermittent'],
  ),
);
irregular(
  'P0324',
  'allumage',
  'cliquetis',
  'performance',
  'Erreur du système de contrôle du cliquetis',
  'Knock control system error',
);
add(...series('P0325', knockSensor(1, 1), SENSOR5), ...series('P0330', knockSensor(2, 2), SENSOR5));
const crankSensor = (letter: string): Component =>
  masc(
    `capteur de position vilebrequin ${letter}`,
    `crankshaft position sensor ${letter}`,
    'allumage',
    'capteur_vilebrequin',
  );
const camSensor = (letter: string, bank: number): Component =>
  masc(
    `capteur de position d'arbre à cames ${letter} (banc ${bank})`,
    `camshaft position sensor ${letter} (bank ${bank})`,
    'allumage',
    'capteur_arbre_a_cames',
  );
add(
  ...series('P0335', crankSensor('A'), SENSOR5),
  ...series('P0340', camSensor('A', 1), SENSOR5),
  ...series('P0345', camSensor('A', 2), SENSOR5),
);
irregular(
  'P0350',
  'allumage',
  'bobine_allumage',
  'circuit',
  "Circuit primaire/secondaire d'une bobine d'allumage défaillant",
  'Ignition coil primary/secondary circuit fault',
);
for (let n = 1; n <= 12; n++) {
  add(
    entry(
      offsetCode('P0350', n),
      fem(
        `bobine d'allumage ${COIL_LETTERS[n - 1]} (primaire/secondaire)`,
        `ignition coil ${COIL_LETTERS[n - 1]} (primary/secondary)`,
        'allumage',
        'bobine_allumage',
      ),
      'circuit',
    ),
  );
}
irregular(
  'P0363',
  'allumage',
  'rates_combustion',
  'misfire',
  'Ratés de combustion : injection coupée sur le cylindre concerné',
  'Misfire detected: fuelling disabled on the affected cylinder',
);
add(...series('P0365', camSensor('B', 1), SENSOR5));
const timingReference = (letter: string): Component =>
  masc(
    `signal de référence haute résolution ${letter}`,
    `high-resolution timing reference signal ${letter}`,
    'allumage',
    'capteur_vilebrequin',
  );
for (const [base, letter] of [
  ['P0370', 'A'],
  ['P0375', 'B'],
] as const) {
  add(
    ...series(base, timingReference(letter), [
      'circuit',
      'too_many_pulses',
      'too_few_pulses',
      'erratic_pulses',
      'no_pulses',
    ]),
  );
}
add(
  entry(
    'P0380',
    masc(
      'circuit de préchauffage A (bougies de préchauffage)',
      'glow plug/heater circuit A',
      'allumage',
      'prechauffage',
    ),
    'electrical',
  ),
  entry(
    'P0381',
    masc('témoin de préchauffage', 'glow plug indicator', 'allumage', 'prechauffage'),
    'circuit',
  ),
  entry(
    'P0382',
    masc(
      'circuit de préchauffage B (bougies de préchauffage)',
      'glow plug/heater circuit B',
      'allumage',
      'prechauffage',
    ),
    'electrical',
  ),
  ...series('P0385', crankSensor('B'), SENSOR5),
  ...series('P0390', camSensor('B', 2), SENSOR5),
);

// ---------------------------------------------------------------- P04xx: auxiliary emission controls
irregular(
  'P0400',
  'emissions',
  'egr',
  'flow',
  'Débit de recirculation des gaz (EGR) anormal',
  'Exhaust gas recirculation (EGR) flow abnormal',
);
irregular(
  'P0401',
  'emissions',
  'egr',
  'flow',
  'Débit de recirculation des gaz (EGR) insuffisant',
  'Exhaust gas recirculation (EGR) flow too low',
);
irregular(
  'P0402',
  'emissions',
  'egr',
  'flow',
  'Débit de recirculation des gaz (EGR) excessif',
  'Exhaust gas recirculation (EGR) flow too high',
);
const egrValve = fem('vanne EGR', 'EGR valve', 'emissions', 'egr');
add(entry('P0403', egrValve, 'ctrl'), entry('P0404', egrValve, 'ctrl_range'));
add(
  entry('P0405', egrSensor('A'), 'low'),
  entry('P0406', egrSensor('A'), 'high'),
  entry('P0407', egrSensor('B'), 'low'),
  entry('P0408', egrSensor('B'), 'high'),
  entry('P0409', egrSensor('A'), 'circuit'),
);
irregular(
  'P0410',
  'emissions',
  'air_secondaire',
  'performance',
  "Système d'injection d'air secondaire défaillant",
  'Secondary air injection system fault',
);
irregular(
  'P0411',
  'emissions',
  'air_secondaire',
  'flow',
  "Débit d'air secondaire incorrect",
  'Secondary air injection flow incorrect',
);
const airValve = (letter: string): Component =>
  fem(
    `vanne de commutation d'air secondaire ${letter}`,
    `secondary air switching valve ${letter}`,
    'emissions',
    'air_secondaire',
  );
add(
  ...series('P0412', airValve('A'), ['circuit', 'open', 'shorted']),
  ...series('P0415', airValve('B'), ['circuit', 'open', 'shorted']),
  entry(
    'P0418',
    masc(
      "relais de pompe d'air secondaire A",
      'secondary air pump relay A',
      'emissions',
      'air_secondaire',
    ),
    'ctrl',
  ),
  entry(
    'P0419',
    masc(
      "relais de pompe d'air secondaire B",
      'secondary air pump relay B',
      'emissions',
      'air_secondaire',
    ),
    'ctrl',
  ),
);
for (const [bank, base] of [
  [1, 420],
  [2, 430],
] as const) {
  const efficiencies: readonly (readonly [string, string])[] = [
    ['catalyseur', 'catalyst'],
    ['pré-catalyseur (chauffe rapide)', 'warm-up catalyst'],
    ['catalyseur principal', 'main catalyst'],
    ['catalyseur chauffé', 'heated catalyst'],
  ];
  efficiencies.forEach(([fr, en], i) => {
    irregular(
      `P0${base + i}`,
      'emissions',
      'catalyseur',
      'efficiency',
      `Efficacité du ${fr} sous le seuil (banc ${bank})`,
      `${capitalize(en)} efficiency below threshold (bank ${bank})`,
    );
  });
  irregular(
    `P0${base + 4}`,
    'emissions',
    'catalyseur',
    'condition',
    `Température du catalyseur chauffé sous le seuil (banc ${bank})`,
    `Heated catalyst temperature below threshold (bank ${bank})`,
  );
  add(
    ...series(
      `P0${base + 5}`,
      masc(
        `capteur de température du catalyseur (banc ${bank})`,
        `catalyst temperature sensor (bank ${bank})`,
        'emissions',
        'catalyseur',
      ),
      SENSOR4,
    ),
    entry(
      `P0${base + 9}`,
      masc(
        `chauffage du catalyseur (banc ${bank})`,
        `catalyst heater (bank ${bank})`,
        'emissions',
        'catalyseur',
      ),
      'ctrl',
    ),
  );
}
const evap = (
  fr: string,
  en: string,
  failure: Failure = 'leak',
  sub = 'evap',
): [string, string, Failure, string] => [fr, en, failure, sub];
const evapIrregular: Record<string, [string, string, Failure, string]> = {
  P0440: evap(
    'Système antiévaporation (EVAP) défaillant',
    'Evaporative emission (EVAP) system fault',
    'performance',
  ),
  P0441: evap('Débit de purge du canister incorrect', 'Canister purge flow incorrect', 'flow'),
  P0442: evap(
    'Petite fuite détectée dans le système antiévaporation (EVAP)',
    'Small leak detected in the EVAP system',
    'leak',
    'evap_petite_fuite',
  ),
  P0455: evap(
    'Fuite importante ou absence de débit dans le système antiévaporation (EVAP)',
    'Large leak or no flow in the EVAP system',
  ),
  P0456: evap(
    'Très petite fuite détectée dans le système antiévaporation (EVAP)',
    'Very small leak detected in the EVAP system',
    'leak',
    'evap_petite_fuite',
  ),
  P0457: evap(
    'Fuite EVAP détectée : bouchon de réservoir desserré ou absent',
    'EVAP leak detected: fuel cap loose or missing',
    'leak',
    'evap_petite_fuite',
  ),
  P0496: evap('Débit de purge EVAP trop élevé', 'EVAP purge flow too high', 'flow'),
  P0497: evap('Débit de purge EVAP trop faible', 'EVAP purge flow too low', 'flow'),
};
for (const [code, [fr, en, failure, sub]] of Object.entries(evapIrregular)) {
  irregular(code, 'emissions', sub, failure, fr, en);
}
const purgeValve = fem(
  'électrovanne de purge du canister',
  'canister purge valve',
  'emissions',
  'evap',
);
const ventValve = fem(
  "électrovanne de mise à l'air du canister",
  'canister vent valve',
  'emissions',
  'evap',
);
add(
  ...series('P0443', purgeValve, ['ctrl', 'open', 'shorted']),
  ...series('P0446', ventValve, ['ctrl', 'open', 'shorted']),
  entry('P0449', ventValve, 'circuit'),
  ...series(
    'P0450',
    masc('capteur de pression EVAP', 'EVAP pressure sensor', 'emissions', 'evap'),
    SENSOR5,
  ),
  entry('P0458', purgeValve, 'ctrl_low'),
  entry('P0459', purgeValve, 'ctrl_high'),
  ...series(
    'P0460',
    masc(
      'capteur de niveau de carburant A',
      'fuel level sensor A',
      'carrosserie_confort',
      'jauge_carburant',
    ),
    SENSOR5,
  ),
  ...series(
    'P0465',
    masc('capteur de débit de purge EVAP', 'EVAP purge flow sensor', 'emissions', 'evap'),
    SENSOR5,
  ),
  ...series(
    'P0470',
    masc(
      "capteur de pression d'échappement A",
      'exhaust pressure sensor A',
      'emissions',
      'pression_echappement',
    ),
    SENSOR5,
  ),
  ...series(
    'P0475',
    fem(
      "vanne de régulation de pression d'échappement A",
      'exhaust pressure control valve A',
      'emissions',
      'pression_echappement',
    ),
    CTRL5,
  ),
);
add(
  entry('P0480', coolingFan(1), 'ctrl'),
  entry('P0481', coolingFan(2), 'ctrl'),
  entry('P0482', coolingFan(3), 'ctrl'),
);
irregular(
  'P0483',
  'refroidissement',
  'motoventilateur',
  'performance',
  'Contrôle de cohérence du motoventilateur en échec',
  'Cooling fan rationality check failed',
);
irregular(
  'P0484',
  'refroidissement',
  'motoventilateur',
  'circuit',
  'Surintensité dans le circuit du motoventilateur',
  'Cooling fan circuit over-current',
);
irregular(
  'P0485',
  'refroidissement',
  'motoventilateur',
  'circuit',
  "Circuit d'alimentation ou de masse du motoventilateur défaillant",
  'Cooling fan power or ground circuit fault',
);
add(
  entry('P0486', egrSensor('B'), 'circuit'),
  ...series(
    'P0487',
    masc("volet d'admission pour l'EGR (position)", 'EGR throttle position', 'emissions', 'egr'),
    ['ctrl', 'ctrl_range'],
  ),
  entry('P0489', egrValve, 'ctrl_low'),
  entry('P0490', egrValve, 'ctrl_high'),
);
irregular(
  'P0491',
  'emissions',
  'air_secondaire',
  'flow',
  "Débit d'air secondaire insuffisant (banc 1)",
  'Secondary air injection flow too low (bank 1)',
);
irregular(
  'P0492',
  'emissions',
  'air_secondaire',
  'flow',
  "Débit d'air secondaire insuffisant (banc 2)",
  'Secondary air injection flow too low (bank 2)',
);
irregular(
  'P0493',
  'refroidissement',
  'motoventilateur',
  'performance',
  'Survitesse du ventilateur (embrayage de ventilateur bloqué)',
  'Fan overspeed (fan clutch locked)',
);
irregular(
  'P0494',
  'refroidissement',
  'motoventilateur',
  'performance',
  'Vitesse du ventilateur trop faible',
  'Fan speed too low',
);
irregular(
  'P0495',
  'refroidissement',
  'motoventilateur',
  'performance',
  'Vitesse du ventilateur trop élevée',
  'Fan speed too high',
);
add(entry('P0498', ventValve, 'ctrl_low'), entry('P0499', ventValve, 'ctrl_high'));

// ---------------------------------------------------------------- P05xx: speed, idle control, auxiliary inputs
const vss = (letter: string): Component =>
  masc(
    `capteur de vitesse du véhicule ${letter}`,
    `vehicle speed sensor ${letter}`,
    'transmission',
    'capteur_vitesse_vehicule',
  );
add(...series('P0500', vss('A'), ['circuit', 'range', 'low', 'intermittent']));
irregular(
  'P0505',
  'moteur',
  'regulation_ralenti',
  'performance',
  'Système de régulation du ralenti défaillant',
  'Idle air control system fault',
);
irregular(
  'P0506',
  'moteur',
  'regulation_ralenti',
  'performance',
  'Régime de ralenti plus bas que prévu',
  'Idle speed lower than expected',
);
irregular(
  'P0507',
  'moteur',
  'regulation_ralenti',
  'performance',
  'Régime de ralenti plus haut que prévu',
  'Idle speed higher than expected',
);
const idleValve = fem(
  'vanne de régulation de ralenti',
  'idle air control valve',
  'moteur',
  'regulation_ralenti',
);
add(
  entry('P0508', idleValve, 'ctrl_low'),
  entry('P0509', idleValve, 'ctrl_high'),
  entry(
    'P0510',
    masc(
      'contacteur de papillon fermé',
      'closed throttle position switch',
      'injection_melange',
      'capteur_papillon_pedale',
    ),
    'circuit',
  ),
  entry('P0511', idleValve, 'circuit'),
  entry(
    'P0512',
    fem('demande de démarreur', 'starter request', 'electricite_charge', 'demarreur'),
    'circuit',
  ),
);
irregular(
  'P0513',
  'carrosserie_confort',
  'antidemarrage',
  'condition',
  'Clé antidémarrage non reconnue',
  'Immobiliser key not recognised',
);
add(
  ...series('P0515', batteryTemperatureSensor, ['circuit', 'low', 'high']),
  ...series(
    'P0520',
    masc(
      "capteur/manocontact de pression d'huile moteur",
      'engine oil pressure sensor/switch',
      'lubrification',
      'capteur_pression_huile',
    ),
    SENSOR4,
  ),
);
irregular(
  'P0524',
  'lubrification',
  'pression_huile',
  'pressure_low',
  "Pression d'huile moteur trop basse",
  'Engine oil pressure too low',
);
add(
  entry(
    'P0525',
    masc(
      'servomoteur de régulateur de vitesse',
      'cruise control servo',
      'carrosserie_confort',
      'regulateur_vitesse',
    ),
    'ctrl_range',
  ),
  ...series(
    'P0526',
    masc(
      'capteur de vitesse du ventilateur',
      'cooling fan speed sensor',
      'refroidissement',
      'motoventilateur',
    ),
    ['circuit', 'range', 'no_signal', 'intermittent'],
  ),
  ...series(
    'P0530',
    masc(
      'capteur de pression de fluide frigorigène A',
      'A/C refrigerant pressure sensor A',
      'carrosserie_confort',
      'climatisation',
    ),
    SENSOR4,
  ),
);
irregular(
  'P0534',
  'carrosserie_confort',
  'climatisation',
  'leak',
  'Perte de charge en fluide frigorigène de climatisation',
  'A/C refrigerant charge loss',
);
add(
  ...series(
    'P0535',
    masc(
      "capteur de température d'évaporateur de climatisation",
      'A/C evaporator temperature sensor',
      'carrosserie_confort',
      'climatisation',
    ),
    SENSOR5,
  ),
  ...series(
    'P0540',
    masc("réchauffeur d'air d'admission A", 'intake air heater A', 'allumage', 'prechauffage'),
    ['circuit', 'low', 'high', 'open'],
  ),
  ...series(
    'P0544',
    masc(
      "capteur de température des gaz d'échappement (banc 1, capteur 1)",
      'exhaust gas temperature sensor (bank 1, sensor 1)',
      'emissions',
      'temperature_echappement',
    ),
    ['circuit', 'low', 'high'],
  ),
  ...series(
    'P0547',
    masc(
      "capteur de température des gaz d'échappement (banc 2, capteur 1)",
      'exhaust gas temperature sensor (bank 2, sensor 1)',
      'emissions',
      'temperature_echappement',
    ),
    ['circuit', 'low', 'high'],
  ),
  ...series(
    'P0550',
    masc(
      'capteur de pression de direction assistée',
      'power steering pressure sensor',
      'direction',
      'capteur_direction',
    ),
    SENSOR5,
  ),
  ...series(
    'P0555',
    masc(
      "capteur de pression d'assistance de freinage",
      'brake booster pressure sensor',
      'freinage_abs',
      'assistance_freinage',
    ),
    SENSOR5,
  ),
);
irregular(
  'P0560',
  'electricite_charge',
  'tension_reseau',
  'condition',
  'Tension du réseau de bord anormale',
  'System voltage abnormal',
);
irregular(
  'P0561',
  'electricite_charge',
  'tension_reseau',
  'condition',
  'Tension du réseau de bord instable',
  'System voltage unstable',
);
irregular(
  'P0562',
  'electricite_charge',
  'tension_reseau',
  'signal_low',
  'Tension du réseau de bord trop basse',
  'System voltage too low',
);
irregular(
  'P0563',
  'electricite_charge',
  'tension_reseau',
  'signal_high',
  'Tension du réseau de bord trop haute',
  'System voltage too high',
);
const cruiseInputs: readonly (readonly [string, string, string])[] = [
  [
    'P0564',
    'entrée multifonction A du régulateur de vitesse',
    'cruise control multi-function input A',
  ],
  ['P0565', 'signal « marche » du régulateur de vitesse', 'cruise control on signal'],
  ['P0566', 'signal « arrêt » du régulateur de vitesse', 'cruise control off signal'],
  ['P0567', 'signal « reprise » du régulateur de vitesse', 'cruise control resume signal'],
  ['P0568', 'signal « mémorisation » du régulateur de vitesse', 'cruise control set signal'],
  ['P0569', 'signal « décélération » du régulateur de vitesse', 'cruise control coast signal'],
  ['P0570', 'signal « accélération » du régulateur de vitesse', 'cruise control accelerate signal'],
];
for (const [code, fr, en] of cruiseInputs) {
  add(entry(code, masc(fr, en, 'carrosserie_confort', 'regulateur_vitesse'), 'circuit'));
}
const brakeSwitch = (letter: string): Component =>
  masc(
    `contacteur de pédale de frein ${letter}`,
    `brake pedal switch ${letter}`,
    'freinage_abs',
    'contacteur_frein',
  );
add(...series('P0571', brakeSwitch('A'), ['circuit', 'low', 'high']));
irregular(
  'P0574',
  'carrosserie_confort',
  'regulateur_vitesse',
  'condition',
  'Régulateur de vitesse : vitesse du véhicule trop élevée',
  'Cruise control: vehicle speed too high',
);
add(
  ...series(
    'P0575',
    fem(
      'entrée du régulateur de vitesse',
      'cruise control input',
      'carrosserie_confort',
      'regulateur_vitesse',
    ),
    ['circuit', 'low', 'high'],
  ),
);

// ---------------------------------------------------------------- P06xx: control modules and output circuits
const ecm = (subsystem: string, system: System = 'moteur') => ({ system, subsystem });
const p06: Record<string, [string, string, System, string, Failure]> = {
  P0600: [
    'Liaison de communication série défaillante',
    'Serial communication link fault',
    'reseau_communication',
    'liaison_serie',
    'communication',
  ],
  P0601: [
    'Calculateur : erreur de somme de contrôle de la mémoire interne',
    'Control module internal memory checksum error',
    'moteur',
    'calculateur',
    'internal',
  ],
  P0602: [
    'Calculateur : erreur de programmation',
    'Control module programming error',
    'moteur',
    'calculateur',
    'internal',
  ],
  P0603: [
    'Calculateur : erreur de la mémoire permanente (KAM)',
    'Control module keep-alive memory (KAM) error',
    'moteur',
    'calculateur',
    'internal',
  ],
  P0604: [
    'Calculateur : erreur de la mémoire vive (RAM)',
    'Control module random access memory (RAM) error',
    'moteur',
    'calculateur',
    'internal',
  ],
  P0605: [
    'Calculateur : erreur de la mémoire morte (ROM)',
    'Control module read-only memory (ROM) error',
    'moteur',
    'calculateur',
    'internal',
  ],
  P0606: [
    'Processeur du calculateur moteur défaillant',
    'Engine control module processor fault',
    'moteur',
    'calculateur',
    'internal',
  ],
  P0607: [
    'Calculateur peu performant',
    'Control module performance fault',
    'moteur',
    'calculateur',
    'internal',
  ],
  P0608: [
    'Sortie A du signal de vitesse véhicule du calculateur défaillante',
    'Control module vehicle speed output A fault',
    'moteur',
    'calculateur',
    'circuit',
  ],
  P0609: [
    'Sortie B du signal de vitesse véhicule du calculateur défaillante',
    'Control module vehicle speed output B fault',
    'moteur',
    'calculateur',
    'circuit',
  ],
  P0610: [
    'Calculateur : erreur des options véhicule',
    'Control module vehicle options error',
    'moteur',
    'calculateur',
    'internal',
  ],
  P0611: [
    'Module de commande des injecteurs peu performant',
    'Fuel injector control module performance fault',
    'injection_melange',
    'injecteur',
    'internal',
  ],
  P0612: [
    'Commande du relais du module des injecteurs défaillante',
    'Fuel injector control module relay control fault',
    'injection_melange',
    'injecteur',
    'control_circuit',
  ],
  P0613: [
    'Processeur du calculateur de boîte de vitesses défaillant',
    'Transmission control module processor fault',
    'transmission',
    'calculateur_boite',
    'internal',
  ],
  P0614: [
    'Calculateurs moteur et boîte de vitesses incompatibles',
    'Engine and transmission control modules incompatible',
    'moteur',
    'calculateur',
    'internal',
  ],
  P0618: [
    'Module carburant alternatif : erreur de la mémoire permanente',
    'Alternative fuel control module keep-alive memory error',
    'injection_melange',
    'carburant_alternatif',
    'internal',
  ],
  P0619: [
    'Module carburant alternatif : erreur de mémoire RAM/ROM',
    'Alternative fuel control module RAM/ROM error',
    'injection_melange',
    'carburant_alternatif',
    'internal',
  ],
  P0624: [
    'Circuit de commande du témoin de bouchon de réservoir défaillant',
    'Fuel cap lamp control circuit fault',
    'emissions',
    'evap',
    'control_circuit',
  ],
  P0630: [
    'VIN non programmé ou incompatible dans le calculateur moteur',
    'VIN not programmed or mismatched in the engine control module',
    'moteur',
    'calculateur',
    'internal',
  ],
  P0631: [
    'VIN non programmé ou incompatible dans le calculateur de boîte',
    'VIN not programmed or mismatched in the transmission control module',
    'transmission',
    'calculateur_boite',
    'internal',
  ],
  P0632: [
    'Kilométrage non programmé dans le calculateur moteur',
    'Odometer not programmed in the engine control module',
    'moteur',
    'calculateur',
    'internal',
  ],
  P0633: [
    'Clé antidémarrage non programmée dans le calculateur moteur',
    'Immobiliser key not programmed in the engine control module',
    'carrosserie_confort',
    'antidemarrage',
    'internal',
  ],
  P0634: [
    'Température interne du calculateur trop élevée',
    'Control module internal temperature too high',
    'moteur',
    'calculateur',
    'overtemperature',
  ],
  P0638: [
    'Commande du papillon motorisé hors plage ou peu performante (banc 1)',
    'Throttle actuator control out of range or poor performance (bank 1)',
    'injection_melange',
    'papillon_motorise',
    'range_performance',
  ],
  P0639: [
    'Commande du papillon motorisé hors plage ou peu performante (banc 2)',
    'Throttle actuator control out of range or poor performance (bank 2)',
    'injection_melange',
    'papillon_motorise',
    'range_performance',
  ],
  P0644: [
    "Circuit de communication série de l'afficheur conducteur défaillant",
    'Driver display serial communication circuit fault',
    'reseau_communication',
    'liaison_serie',
    'communication',
  ],
  P0648: [
    'Circuit de commande du témoin antidémarrage défaillant',
    'Immobiliser lamp control circuit fault',
    'carrosserie_confort',
    'antidemarrage',
    'control_circuit',
  ],
  P0649: [
    'Circuit de commande du témoin de régulateur de vitesse défaillant',
    'Speed control lamp control circuit fault',
    'carrosserie_confort',
    'regulateur_vitesse',
    'control_circuit',
  ],
  P0650: [
    'Circuit de commande du témoin de défaut moteur (MIL) défaillant',
    'Malfunction indicator lamp (MIL) control circuit fault',
    'moteur',
    'calculateur',
    'control_circuit',
  ],
  P0654: [
    'Circuit de sortie du régime moteur défaillant',
    'Engine speed output circuit fault',
    'moteur',
    'calculateur',
    'circuit',
  ],
  P0655: [
    'Circuit de sortie du témoin de moteur chaud défaillant',
    'Engine hot lamp output circuit fault',
    'refroidissement',
    'temoin_temperature',
    'control_circuit',
  ],
  P0656: [
    'Circuit de sortie du niveau de carburant défaillant',
    'Fuel level output circuit fault',
    'carrosserie_confort',
    'jauge_carburant',
    'circuit',
  ],
  P0670: [
    'Circuit de commande du boîtier de préchauffage défaillant',
    'Glow plug control module control circuit fault',
    'allumage',
    'prechauffage',
    'control_circuit',
  ],
  P0683: [
    'Circuit de communication entre boîtier de préchauffage et calculateur défaillant',
    'Glow plug control module to engine control module communication circuit fault',
    'allumage',
    'prechauffage',
    'communication',
  ],
  P0684: [
    'Communication boîtier de préchauffage / calculateur hors plage ou peu performante',
    'Glow plug control module communication out of range or poor performance',
    'allumage',
    'prechauffage',
    'communication',
  ],
};
for (const [code, [fr, en, system, subsystem, failure]] of Object.entries(p06)) {
  irregular(code, system, subsystem, failure, fr, en);
}
void ecm;
add(
  ...series(
    'P0615',
    masc('relais de démarreur', 'starter relay', 'electricite_charge', 'demarreur'),
    ['circuit', 'low', 'high'],
  ),
);
irregular(
  'P0620',
  'electricite_charge',
  'alternateur',
  'control_circuit',
  "Circuit de commande de l'alternateur défaillant",
  'Generator control circuit fault',
);
irregular(
  'P0621',
  'electricite_charge',
  'alternateur',
  'control_circuit',
  "Circuit du témoin de charge (borne L) de l'alternateur défaillant",
  'Generator lamp (L terminal) control circuit fault',
);
irregular(
  'P0622',
  'electricite_charge',
  'alternateur',
  'control_circuit',
  "Circuit d'excitation (borne F) de l'alternateur défaillant",
  'Generator field (F terminal) control circuit fault',
);
irregular(
  'P0623',
  'electricite_charge',
  'alternateur',
  'control_circuit',
  'Circuit de commande du témoin de charge défaillant',
  'Generator lamp control circuit fault',
);
const generatorField = masc(
  "circuit d'excitation (borne F) de l'alternateur",
  'generator field (F terminal)',
  'electricite_charge',
  'alternateur',
);
add(entry('P0625', generatorField, 'low'), entry('P0626', generatorField, 'high'));
add(
  ...series(
    'P0627',
    fem('pompe à carburant A', 'fuel pump A', 'injection_melange', 'pompe_carburant'),
    CTRL3,
  ),
  ...series(
    'P0635',
    fem(
      'commande de direction assistée',
      'power steering control',
      'direction',
      'direction_assistee',
    ),
    ['circuit', 'low', 'high'],
  ),
  entry(
    'P0640',
    masc("réchauffeur d'air d'admission", 'intake air heater', 'allumage', 'prechauffage'),
    'ctrl',
  ),
);
const referenceVoltage = (letter: string): Component =>
  fem(
    `tension de référence capteurs ${letter}`,
    `sensor reference voltage ${letter}`,
    'electricite_charge',
    'alimentation_capteurs',
  );
add(
  ...series('P0641', referenceVoltage('A'), ['open', 'low', 'high']),
  ...series(
    'P0645',
    masc(
      "relais d'embrayage de compresseur de climatisation",
      'A/C clutch relay',
      'carrosserie_confort',
      'climatisation',
    ),
    CTRL3,
  ),
  ...series('P0651', referenceVoltage('B'), ['open', 'low', 'high']),
  ...series(
    'P0657',
    fem(
      "tension d'alimentation des actionneurs A",
      'actuator supply voltage A',
      'electricite_charge',
      'alimentation_actionneurs',
    ),
    ['open', 'low', 'high'],
  ),
);
const runnerValve = (bank: number): Component =>
  fem(
    `vanne d'accord du collecteur d'admission (banc ${bank})`,
    `intake manifold tuning valve (bank ${bank})`,
    'moteur',
    'collecteur_admission',
  );
add(...series('P0660', runnerValve(1), CTRL3), ...series('P0663', runnerValve(2), CTRL3));
add(
  ...series(
    'P0666',
    masc(
      'capteur de température interne du calculateur',
      'control module internal temperature sensor',
      'moteur',
      'calculateur',
    ),
    SENSOR4,
  ),
);
for (let n = 1; n <= 12; n++) {
  add(
    entry(
      `P0${670 + n}`,
      fem(
        `bougie de préchauffage du cylindre ${n}`,
        `cylinder ${n} glow plug`,
        'allumage',
        'prechauffage',
      ),
      'circuit',
    ),
  );
}
const powerRelay = masc(
  "relais d'alimentation du calculateur moteur",
  'engine control module power relay',
  'electricite_charge',
  'alimentation_calculateur',
);
const powerRelaySense = masc(
  "retour du relais d'alimentation du calculateur moteur",
  'engine control module power relay sense',
  'electricite_charge',
  'alimentation_calculateur',
);
add(
  ...series('P0685', powerRelay, CTRL3),
  ...series('P0688', powerRelaySense, ['open', 'low', 'high']),
  entry('P0691', coolingFan(1), 'ctrl_low'),
  entry('P0692', coolingFan(1), 'ctrl_high'),
  entry('P0693', coolingFan(2), 'ctrl_low'),
  entry('P0694', coolingFan(2), 'ctrl_high'),
  entry('P0695', coolingFan(3), 'ctrl_low'),
  entry('P0696', coolingFan(3), 'ctrl_high'),
  ...series('P0697', referenceVoltage('C'), ['open', 'low', 'high']),
);

// ---------------------------------------------------------------- P07xx–P09xx: transmission
const tx = (fr: string, en: string, subsystem: string, gender: 'm' | 'f' = 'm'): Component =>
  gender === 'm' ? masc(fr, en, 'transmission', subsystem) : fem(fr, en, 'transmission', subsystem);
irregular(
  'P0700',
  'transmission',
  'calculateur_boite',
  'condition',
  "Défaut enregistré par le calculateur de boîte (demande d'allumage du témoin)",
  'Transmission control system fault (MIL request from the transmission module)',
);
irregular(
  'P0701',
  'transmission',
  'calculateur_boite',
  'range_performance',
  'Système de commande de boîte hors plage ou peu performant',
  'Transmission control system out of range or poor performance',
);
irregular(
  'P0702',
  'transmission',
  'calculateur_boite',
  'circuit',
  'Défaut électrique du système de commande de boîte',
  'Transmission control system electrical fault',
);
add(
  entry('P0703', brakeSwitch('B'), 'circuit'),
  entry(
    'P0704',
    masc("contacteur d'embrayage (entrée)", 'clutch switch input', 'transmission', 'embrayage'),
    'circuit',
  ),
  ...series(
    'P0705',
    masc(
      'capteur de position du levier de vitesses A (PRNDL)',
      'transmission range sensor A (PRNDL)',
      'transmission',
      'capteur_position_levier',
    ),
    SENSOR5,
  ),
  ...series(
    'P0710',
    masc(
      'capteur de température du fluide de boîte A',
      'transmission fluid temperature sensor A',
      'transmission',
      'temperature_huile_boite',
    ),
    SENSOR5,
  ),
  ...series(
    'P0715',
    masc(
      "capteur de vitesse d'entrée/turbine A",
      'input/turbine speed sensor A',
      'transmission',
      'capteur_vitesse_boite',
    ),
    ['circuit', 'range', 'no_signal', 'intermittent'],
  ),
  entry('P0719', brakeSwitch('B'), 'low'),
  ...series(
    'P0720',
    masc(
      'capteur de vitesse de sortie de boîte',
      'output speed sensor',
      'transmission',
      'capteur_vitesse_boite',
    ),
    ['circuit', 'range', 'no_signal', 'intermittent'],
  ),
  entry('P0724', brakeSwitch('B'), 'high'),
  ...series(
    'P0725',
    masc(
      'signal de régime moteur reçu par la boîte',
      'engine speed input to the transmission',
      'transmission',
      'capteur_vitesse_boite',
    ),
    ['circuit', 'range', 'no_signal', 'intermittent'],
  ),
);
irregular(
  'P0729',
  'transmission',
  'rapport_incorrect',
  'incorrect_ratio',
  'Rapport de démultiplication incorrect sur le 6e rapport',
  'Incorrect gear ratio in 6th gear',
);
irregular(
  'P0730',
  'transmission',
  'rapport_incorrect',
  'incorrect_ratio',
  'Rapport de démultiplication incorrect (patinage interne possible)',
  'Incorrect gear ratio (possible internal slip)',
);
const gearNames: readonly (readonly [string, string])[] = [
  ['le 1er rapport', '1st gear'],
  ['le 2e rapport', '2nd gear'],
  ['le 3e rapport', '3rd gear'],
  ['le 4e rapport', '4th gear'],
  ['le 5e rapport', '5th gear'],
  ['la marche arrière', 'reverse'],
];
gearNames.forEach(([fr, en], i) => {
  irregular(
    `P0${731 + i}`,
    'transmission',
    'rapport_incorrect',
    'incorrect_ratio',
    `Rapport de démultiplication incorrect sur ${fr}`,
    `Incorrect gear ratio in ${en}`,
  );
});
add(
  ...series(
    'P0737',
    fem(
      'sortie de régime moteur du calculateur de boîte',
      'transmission module engine speed output',
      'transmission',
      'calculateur_boite',
    ),
    ['circuit', 'low', 'high'],
  ),
  ...series(
    'P0740',
    tx(
      'embrayage de convertisseur de couple (pontage)',
      'torque converter clutch',
      'convertisseur',
    ),
    SOLENOID5,
  ),
);
add(
  ...series('P0745', pressureControlSolenoid('A'), SOLENOID5),
  ...series('P0750', shiftSolenoid('A'), SOLENOID5),
  ...series('P0755', shiftSolenoid('B'), SOLENOID5),
  ...series('P0760', shiftSolenoid('C'), SOLENOID5),
  ...series('P0765', shiftSolenoid('D'), SOLENOID5),
  ...series('P0770', shiftSolenoid('E'), SOLENOID5),
  ...series('P0775', pressureControlSolenoid('B'), SOLENOID5),
);
const shiftErrors: readonly (readonly [string, string, string])[] = [
  ['P0780', 'Erreur de passage de rapport', 'Gear shift error'],
  ['P0781', 'Passage 1re-2e défaillant', '1-2 shift fault'],
  ['P0782', 'Passage 2e-3e défaillant', '2-3 shift fault'],
  ['P0783', 'Passage 3e-4e défaillant', '3-4 shift fault'],
  ['P0784', 'Passage 4e-5e défaillant', '4-5 shift fault'],
];
for (const [code, fr, en] of shiftErrors) {
  irregular(code, 'transmission', 'passage_rapports', 'performance', fr, en);
}
add(
  ...series(
    'P0785',
    fem(
      'électrovanne de synchronisation des passages A',
      'shift/timing solenoid A',
      'transmission',
      'electrovanne_boite',
    ),
    SENSOR5,
  ),
  entry(
    'P0790',
    masc(
      'sélecteur de mode normal/sport',
      'normal/performance switch',
      'transmission',
      'selecteur_mode',
    ),
    'circuit',
  ),
  ...series(
    'P0791',
    masc(
      "capteur de vitesse d'arbre intermédiaire A",
      'intermediate shaft speed sensor A',
      'transmission',
      'capteur_vitesse_boite',
    ),
    ['circuit', 'range', 'no_signal', 'intermittent'],
  ),
  ...series('P0795', pressureControlSolenoid('C'), SOLENOID5),
);
irregular(
  'P0800',
  'transmission',
  'boite_transfert',
  'condition',
  "Défaut du système de boîte de transfert (demande d'allumage du témoin)",
  'Transfer case control system fault (MIL request)',
);
const p08: Record<string, [string, string, string, Failure]> = {
  P0801: [
    "Circuit de commande de l'inhibition de marche arrière défaillant",
    'Reverse inhibit control circuit fault',
    'passage_rapports',
    'control_circuit',
  ],
  P0802: [
    "Circuit de demande d'allumage du témoin par la boîte ouvert",
    'Transmission MIL request circuit open',
    'calculateur_boite',
    'circuit',
  ],
  P0803: [
    'Circuit de commande du saut de rapport 1-4 défaillant',
    '1-4 upshift (skip shift) solenoid control circuit fault',
    'passage_rapports',
    'control_circuit',
  ],
  P0804: [
    'Circuit du témoin de saut de rapport 1-4 défaillant',
    '1-4 upshift (skip shift) lamp control circuit fault',
    'passage_rapports',
    'control_circuit',
  ],
  P0810: [
    "Erreur de commande de position de l'embrayage",
    'Clutch position control error',
    'embrayage',
    'performance',
  ],
  P0811: [
    "Patinage excessif de l'embrayage",
    'Excessive clutch slippage',
    'embrayage',
    'performance',
  ],
  P0812: [
    'Circuit d’entrée de marche arrière défaillant',
    'Reverse input circuit fault',
    'passage_rapports',
    'circuit',
  ],
  P0813: [
    'Circuit de sortie de marche arrière défaillant',
    'Reverse output circuit fault',
    'passage_rapports',
    'circuit',
  ],
  P0814: [
    "Circuit d'affichage du rapport engagé défaillant",
    'Transmission range display circuit fault',
    'passage_rapports',
    'circuit',
  ],
  P0815: [
    'Circuit du contacteur de montée de rapport défaillant',
    'Upshift switch circuit fault',
    'passage_rapports',
    'circuit',
  ],
  P0816: [
    'Circuit du contacteur de descente de rapport défaillant',
    'Downshift switch circuit fault',
    'passage_rapports',
    'circuit',
  ],
  P0817: [
    "Circuit d'inhibition du démarreur défaillant",
    'Starter disable circuit fault',
    'passage_rapports',
    'circuit',
  ],
  P0818: [
    "Circuit d'entrée du contacteur de désaccouplement de transmission défaillant",
    'Driveline disconnect switch input circuit fault',
    'boite_transfert',
    'circuit',
  ],
  P0819: [
    'Incohérence entre contacteurs de passage et position du levier',
    'Up/down shift switch does not match transmission range',
    'passage_rapports',
    'correlation',
  ],
};
for (const [code, [fr, en, sub, failure]] of Object.entries(p08)) {
  irregular(code, 'transmission', sub, failure, fr, en);
}
add(
  ...series(
    'P0805',
    masc("capteur de position d'embrayage", 'clutch position sensor', 'transmission', 'embrayage'),
    SENSOR5,
  ),
  entry(
    'P0820',
    masc(
      'capteur de position X-Y du levier de vitesses',
      'gear lever X-Y position sensor',
      'transmission',
      'capteur_position_levier',
    ),
    'circuit',
  ),
  entry(
    'P0821',
    masc(
      'capteur de position X du levier de vitesses',
      'gear lever X position sensor',
      'transmission',
      'capteur_position_levier',
    ),
    'circuit',
  ),
  entry(
    'P0822',
    masc(
      'capteur de position Y du levier de vitesses',
      'gear lever Y position sensor',
      'transmission',
      'capteur_position_levier',
    ),
    'circuit',
  ),
  entry(
    'P0823',
    masc(
      'capteur de position X du levier de vitesses',
      'gear lever X position sensor',
      'transmission',
      'capteur_position_levier',
    ),
    'intermittent',
  ),
  entry(
    'P0824',
    masc(
      'capteur de position Y du levier de vitesses',
      'gear lever Y position sensor',
      'transmission',
      'capteur_position_levier',
    ),
    'intermittent',
  ),
  entry(
    'P0825',
    masc(
      'contacteur pousser-tirer du levier (anticipation de passage)',
      'gear lever push-pull switch (shift anticipate)',
      'transmission',
      'capteur_position_levier',
    ),
    'circuit',
  ),
  ...series(
    'P0826',
    masc(
      'contacteur de montée/descente de rapport',
      'up/down shift switch',
      'transmission',
      'passage_rapports',
    ),
    ['circuit', 'low', 'high'],
  ),
);
irregular(
  'P0829',
  'transmission',
  'passage_rapports',
  'performance',
  'Passage 5e-6e défaillant',
  '5-6 shift fault',
);
const clutchPedal = (letter: string): Component =>
  masc(
    `contacteur de pédale d'embrayage ${letter}`,
    `clutch pedal switch ${letter}`,
    'transmission',
    'embrayage',
  );
add(
  ...series('P0830', clutchPedal('A'), ['circuit', 'low', 'high']),
  ...series('P0833', clutchPedal('B'), ['circuit', 'low', 'high']),
  ...series(
    'P0836',
    masc(
      'contacteur de transmission intégrale (4x4)',
      'four-wheel drive (4WD) switch',
      'transmission',
      'boite_transfert',
    ),
    SENSOR4,
  ),
  ...series('P0840', transmissionFluidPressureSensor('A'), SENSOR5),
  ...series('P0845', transmissionFluidPressureSensor('B'), SENSOR5),
  ...series(
    'P0850',
    masc(
      'contacteur de position parking/neutre',
      'park/neutral position switch',
      'transmission',
      'capteur_position_levier',
    ),
    ['circuit', 'low', 'high'],
  ),
);
// P09xx: automated manual gearbox actuators and hydraulics
add(
  ...series(
    'P0900',
    masc("actionneur d'embrayage", 'clutch actuator', 'transmission', 'boite_robotisee'),
    ['ctrl', 'ctrl_range', 'ctrl_low', 'ctrl_high'],
  ),
  ...series(
    'P0904',
    masc(
      'capteur de position de sélection de grille',
      'gate select position sensor',
      'transmission',
      'boite_robotisee',
    ),
    SENSOR5,
  ),
);
irregular(
  'P0909',
  'transmission',
  'boite_robotisee',
  'performance',
  'Erreur de commande de la sélection de grille',
  'Gate select control error',
);
add(
  ...series(
    'P0910',
    masc(
      'actionneur de sélection de grille',
      'gate select actuator',
      'transmission',
      'boite_robotisee',
    ),
    CTRL4,
  ),
  ...series(
    'P0914',
    masc(
      'capteur de position de passage des rapports',
      'gear shift position sensor',
      'transmission',
      'boite_robotisee',
    ),
    SENSOR5,
  ),
);
irregular(
  'P0919',
  'transmission',
  'boite_robotisee',
  'performance',
  'Erreur de commande de la position de passage',
  'Gear shift position control error',
);
add(
  ...series(
    'P0920',
    masc(
      'actionneur de passage en marche avant',
      'gear shift forward actuator',
      'transmission',
      'boite_robotisee',
    ),
    CTRL4,
  ),
  ...series(
    'P0924',
    masc(
      'actionneur de passage en marche arrière',
      'gear shift reverse actuator',
      'transmission',
      'boite_robotisee',
    ),
    CTRL4,
  ),
  ...series(
    'P0928',
    fem(
      'électrovanne de verrouillage du levier',
      'gear shift lock solenoid',
      'transmission',
      'boite_robotisee',
    ),
    CTRL4,
  ),
  ...series(
    'P0932',
    masc(
      'capteur de pression hydraulique de boîte',
      'transmission hydraulic pressure sensor',
      'transmission',
      'boite_robotisee',
    ),
    SENSOR5,
  ),
  ...series(
    'P0937',
    masc(
      "capteur de température d'huile hydraulique de boîte",
      'transmission hydraulic oil temperature sensor',
      'transmission',
      'boite_robotisee',
    ),
    SENSOR5,
  ),
);
irregular(
  'P0942',
  'transmission',
  'boite_robotisee',
  'performance',
  'Groupe hydraulique de boîte défaillant',
  'Transmission hydraulic pressure unit fault',
);
irregular(
  'P0943',
  'transmission',
  'boite_robotisee',
  'performance',
  'Groupe hydraulique de boîte : cycles de pompe trop rapprochés',
  'Transmission hydraulic pressure unit cycling too often',
);
irregular(
  'P0944',
  'transmission',
  'boite_robotisee',
  'pressure_low',
  'Perte de pression hydraulique de boîte',
  'Loss of transmission hydraulic pressure',
);
add(
  ...series(
    'P0945',
    masc(
      'relais de pompe hydraulique de boîte',
      'transmission hydraulic pump relay',
      'transmission',
      'boite_robotisee',
    ),
    CTRL4,
  ),
);

// ---------------------------------------------------------------- P2xxx: powertrain, second generic block
for (const bank of [1, 2]) {
  irregular(
    `P200${bank - 1}`,
    'emissions',
    'piege_nox',
    'efficiency',
    `Efficacité du piège à NOx sous le seuil (banc ${bank})`,
    `NOx trap efficiency below threshold (bank ${bank})`,
  );
  irregular(
    `P200${bank + 1}`,
    'emissions',
    'filtre_a_particules',
    'efficiency',
    `Efficacité du filtre à particules sous le seuil (banc ${bank})`,
    `Particulate filter efficiency below threshold (bank ${bank})`,
  );
}
const runnerControl = (bank: number): Component =>
  masc(
    `volet de collecteur d'admission à longueur variable (banc ${bank})`,
    `intake manifold runner control (bank ${bank})`,
    'moteur',
    'collecteur_admission',
  );
add(
  entry('P2004', runnerControl(1), 'stuck_open'),
  entry('P2005', runnerControl(2), 'stuck_open'),
  entry('P2006', runnerControl(1), 'stuck_closed'),
  entry('P2007', runnerControl(2), 'stuck_closed'),
  ...series('P2008', runnerControl(1), CTRL3),
  ...series('P2011', runnerControl(2), CTRL3),
);
const runnerSensor = (bank: number): Component =>
  masc(
    `capteur de position des volets d'admission (banc ${bank})`,
    `intake manifold runner position sensor (bank ${bank})`,
    'moteur',
    'collecteur_admission',
  );
add(
  ...series('P2014', runnerSensor(1), SENSOR5),
  ...series('P2019', runnerSensor(2), SENSOR5),
  ...series(
    'P2024',
    masc(
      'capteur de température des vapeurs de carburant EVAP',
      'EVAP fuel vapour temperature sensor',
      'emissions',
      'evap',
    ),
    SENSOR5,
  ),
);
irregular(
  'P2029',
  'carrosserie_confort',
  'chauffage_additionnel',
  'condition',
  'Chauffage additionnel à combustible désactivé',
  'Fuel-fired heater disabled',
);
irregular(
  'P2030',
  'carrosserie_confort',
  'chauffage_additionnel',
  'performance',
  'Chauffage additionnel à combustible peu performant',
  'Fuel-fired heater poor performance',
);
add(
  ...series(
    'P2031',
    masc(
      "capteur de température des gaz d'échappement (banc 1, capteur 2)",
      'exhaust gas temperature sensor (bank 1, sensor 2)',
      'emissions',
      'temperature_echappement',
    ),
    ['circuit', 'low', 'high'],
  ),
  ...series(
    'P2034',
    masc(
      "capteur de température des gaz d'échappement (banc 2, capteur 2)",
      'exhaust gas temperature sensor (bank 2, sensor 2)',
      'emissions',
      'temperature_echappement',
    ),
    ['circuit', 'low', 'high'],
  ),
);
for (const [code, bank, lean] of [
  ['P2096', 1, true],
  ['P2097', 1, false],
  ['P2098', 2, true],
  ['P2099', 2, false],
] as const) {
  irregular(
    code,
    'injection_melange',
    'correction_richesse',
    lean ? 'mixture_lean' : 'mixture_rich',
    `Correction de richesse après catalyseur : mélange trop ${lean ? 'pauvre' : 'riche'} (banc ${bank})`,
    `Post-catalyst fuel trim: mixture too ${lean ? 'lean' : 'rich'} (bank ${bank})`,
  );
}
const throttleMotor = masc(
  'moteur du papillon motorisé',
  'throttle actuator motor',
  'injection_melange',
  'papillon_motorise',
);
add(...series('P2100', throttleMotor, CTRL4));
const p21: Record<string, [string, string, Failure]> = {
  P2104: [
    'Papillon motorisé : ralenti forcé',
    'Throttle actuator system: forced idle',
    'condition',
  ],
  P2105: [
    'Papillon motorisé : arrêt moteur forcé',
    'Throttle actuator system: forced engine shutdown',
    'condition',
  ],
  P2106: [
    'Papillon motorisé : puissance limitée forcée (mode dégradé)',
    'Throttle actuator system: forced limited power (limp mode)',
    'condition',
  ],
  P2107: [
    'Processeur du module de papillon motorisé défaillant',
    'Throttle actuator control module processor fault',
    'internal',
  ],
  P2108: [
    'Module de papillon motorisé peu performant',
    'Throttle actuator control module poor performance',
    'internal',
  ],
  P2110: [
    'Papillon motorisé : régime limité forcé',
    'Throttle actuator system: forced limited engine speed',
    'condition',
  ],
  P2111: ['Papillon motorisé bloqué en position ouverte', 'Throttle actuator stuck open', 'stuck'],
  P2112: ['Papillon motorisé bloqué en position fermée', 'Throttle actuator stuck closed', 'stuck'],
  P2118: [
    'Courant du moteur de papillon hors plage ou peu performant',
    'Throttle actuator motor current out of range or poor performance',
    'range_performance',
  ],
  P2119: [
    'Corps de papillon motorisé hors plage ou peu performant',
    'Throttle actuator body out of range or poor performance',
    'range_performance',
  ],
};
for (const [code, [fr, en, failure]] of Object.entries(p21)) {
  irregular(code, 'injection_melange', 'papillon_motorise', failure, fr, en);
}
for (const [code, letter, stop] of [
  ['P2109', 'A', 'min'],
  ['P2113', 'B', 'min'],
  ['P2114', 'C', 'min'],
  ['P2115', 'D', 'min'],
  ['P2116', 'E', 'min'],
  ['P2117', 'F', 'min'],
  ['P2163', 'A', 'max'],
  ['P2164', 'B', 'max'],
] as const) {
  irregular(
    code,
    'injection_melange',
    'capteur_papillon_pedale',
    'range_performance',
    `Capteur de position papillon/pédale ${letter} : butée ${stop === 'min' ? 'minimale' : 'maximale'} hors tolérance`,
    `Throttle/pedal position sensor ${letter}: ${stop === 'min' ? 'minimum' : 'maximum'} stop out of tolerance`,
  );
}
add(
  ...series('P2120', throttleSensor('D'), SENSOR5),
  ...series('P2125', throttleSensor('E'), SENSOR5),
  ...series('P2130', throttleSensor('F'), SENSOR5),
);
for (const [code, a, b] of [
  ['P2135', 'A', 'B'],
  ['P2136', 'A', 'C'],
  ['P2137', 'B', 'C'],
  ['P2138', 'D', 'E'],
  ['P2139', 'D', 'F'],
  ['P2140', 'E', 'F'],
] as const) {
  add(pedalSensorsDisagree(code, a, b));
}
const egrThrottle = masc("volet d'admission pour l'EGR", 'EGR throttle', 'emissions', 'egr');
add(entry('P2141', egrThrottle, 'ctrl_low'), entry('P2142', egrThrottle, 'ctrl_high'));
add(...series('P2143', fem("mise à l'air de l'EGR", 'EGR vent', 'emissions', 'egr'), CTRL3));
for (const [base, group] of [
  ['P2146', 'A'],
  ['P2149', 'B'],
  ['P2152', 'C'],
  ['P2155', 'D'],
] as const) {
  add(
    ...series(
      base,
      fem(
        `alimentation du groupe d'injecteurs ${group}`,
        `fuel injector group ${group} supply voltage`,
        'injection_melange',
        'injecteur',
      ),
      ['open', 'low', 'high'],
    ),
  );
}
add(...series('P2158', vss('B'), ['circuit', 'range', 'low', 'intermittent']));
irregular(
  'P2162',
  'transmission',
  'capteur_vitesse_vehicule',
  'correlation',
  'Incohérence entre les capteurs de vitesse du véhicule A et B',
  'Vehicle speed sensors A and B disagree',
);
for (const [code, bank, lean, when, whenEn] of [
  ['P2177', 1, true, 'hors ralenti', 'off idle'],
  ['P2178', 1, false, 'hors ralenti', 'off idle'],
  ['P2179', 2, true, 'hors ralenti', 'off idle'],
  ['P2180', 2, false, 'hors ralenti', 'off idle'],
  ['P2187', 1, true, 'au ralenti', 'at idle'],
  ['P2188', 1, false, 'au ralenti', 'at idle'],
  ['P2189', 2, true, 'au ralenti', 'at idle'],
  ['P2190', 2, false, 'au ralenti', 'at idle'],
  ['P2191', 1, true, 'en charge', 'under higher load'],
  ['P2192', 1, false, 'en charge', 'under higher load'],
  ['P2193', 2, true, 'en charge', 'under higher load'],
  ['P2194', 2, false, 'en charge', 'under higher load'],
] as const) {
  irregular(
    code,
    'injection_melange',
    'correction_richesse',
    lean ? 'mixture_lean' : 'mixture_rich',
    `Mélange trop ${lean ? 'pauvre' : 'riche'} ${when} (banc ${bank})`,
    `Mixture too ${lean ? 'lean' : 'rich'} ${whenEn} (bank ${bank})`,
  );
}
irregular(
  'P2181',
  'refroidissement',
  'performance_refroidissement',
  'performance',
  'Système de refroidissement peu performant',
  'Cooling system poor performance',
);
add(
  ...series(
    'P2182',
    masc(
      'capteur de température du liquide de refroidissement 2',
      'engine coolant temperature sensor 2',
      'refroidissement',
      'capteur_temperature_eau',
    ),
    SENSOR5,
  ),
);
for (const [code, bank, lean] of [
  ['P2195', 1, true],
  ['P2196', 1, false],
  ['P2197', 2, true],
  ['P2198', 2, false],
] as const) {
  irregular(
    code,
    'emissions',
    'sonde_lambda',
    'stuck',
    `Signal de la sonde lambda amont (banc ${bank}, sonde 1) bloqué en ${lean ? 'mélange pauvre' : 'mélange riche'}`,
    `Upstream O2 sensor (bank ${bank}, sensor 1) signal stuck ${lean ? 'lean' : 'rich'}`,
  );
}
irregular(
  'P2199',
  'injection_melange',
  'temperature_air_admission',
  'correlation',
  "Incohérence entre les capteurs de température d'air d'admission 1 et 2",
  'Intake air temperature sensors 1 and 2 disagree',
);
const noxSensor = masc(
  'capteur de NOx (banc 1, capteur 1)',
  'NOx sensor (bank 1, sensor 1)',
  'emissions',
  'capteur_nox',
);
const noxHeater = masc(
  'chauffage du capteur de NOx (banc 1, capteur 1)',
  'NOx sensor heater (bank 1, sensor 1)',
  'emissions',
  'capteur_nox',
);
const noxHeaterSense = masc(
  'retour du chauffage du capteur de NOx (banc 1, capteur 1)',
  'NOx sensor heater sense (bank 1, sensor 1)',
  'emissions',
  'capteur_nox',
);
add(
  ...series('P2200', noxSensor, SENSOR5),
  ...series('P2205', noxHeater, CTRL3),
  ...series('P2208', noxHeaterSense, SENSOR5),
  ...series(
    'P2226',
    masc(
      'capteur de pression atmosphérique',
      'barometric pressure sensor',
      'injection_melange',
      'pression_atmospherique',
    ),
    SENSOR5,
  ),
);
O2_SENSOR_POSITIONS.forEach(([bank, sensor], i) => {
  irregular(
    `P${2231 + i}`,
    'emissions',
    'sonde_lambda',
    'circuit',
    `Signal de la ${o2SensorName(bank, sensor).fr} en court-circuit avec le chauffage`,
    `${capitalize(o2SensorName(bank, sensor).en)} signal shorted to heater circuit`,
  );
});
const o2Line = (line: string, lineEn: string, bank: number, feminine = false): Component =>
  (feminine ? fem : masc)(
    `${line} de la sonde lambda amont (banc ${bank}, sonde 1)`,
    `upstream O2 sensor (bank ${bank}, sensor 1) ${lineEn}`,
    'emissions',
    'sonde_lambda',
  );
add(
  ...series('P2237', o2Line('courant de pompage positif', 'positive pump current', 1), [
    'open',
    'low',
    'high',
  ]),
  ...series('P2240', o2Line('courant de pompage positif', 'positive pump current', 2), [
    'open',
    'low',
    'high',
  ]),
  ...series('P2243', o2Line('tension de référence', 'reference voltage', 1, true), [
    'open',
    'range',
    'low',
    'high',
  ]),
  ...series('P2247', o2Line('tension de référence', 'reference voltage', 2, true), [
    'open',
    'range',
    'low',
    'high',
  ]),
  ...series('P2251', o2Line('courant de pompage négatif', 'negative current control', 1), [
    'open',
    'low',
    'high',
  ]),
  ...series('P2254', o2Line('courant de pompage négatif', 'negative current control', 2), [
    'open',
    'low',
    'high',
  ]),
);
const airControl = (letter: string): Component =>
  masc(
    `système d'air secondaire ${letter}`,
    `secondary air injection control ${letter}`,
    'emissions',
    'air_secondaire',
  );
add(
  entry('P2257', airControl('A'), 'ctrl_low'),
  entry('P2258', airControl('A'), 'ctrl_high'),
  entry('P2259', airControl('B'), 'ctrl_low'),
  entry('P2260', airControl('B'), 'ctrl_high'),
);
irregular(
  'P2261',
  'moteur',
  'suralimentation',
  'performance',
  'Vanne de dérivation du turbocompresseur : défaut mécanique',
  'Turbocharger bypass valve mechanical fault',
);
irregular(
  'P2262',
  'moteur',
  'suralimentation',
  'pressure_low',
  'Aucune pression de suralimentation détectée (cause mécanique)',
  'No boost pressure detected (mechanical cause)',
);
irregular(
  'P2263',
  'moteur',
  'suralimentation',
  'performance',
  'Système de suralimentation peu performant',
  'Turbo/supercharger boost system poor performance',
);
add(
  ...series(
    'P2264',
    masc(
      "capteur de présence d'eau dans le gazole",
      'water-in-fuel sensor',
      'injection_melange',
      'filtre_carburant',
    ),
    SENSOR5,
  ),
);
irregular(
  'P2269',
  'injection_melange',
  'filtre_carburant',
  'condition',
  "Présence d'eau dans le carburant",
  'Water in fuel detected',
);
for (const [code, bank, sensor, lean] of [
  ['P2270', 1, 2, true],
  ['P2271', 1, 2, false],
  ['P2272', 2, 2, true],
  ['P2273', 2, 2, false],
  ['P2274', 1, 3, true],
  ['P2275', 1, 3, false],
  ['P2276', 2, 3, true],
  ['P2277', 2, 3, false],
] as const) {
  irregular(
    code,
    'emissions',
    'sonde_lambda',
    'stuck',
    `Signal de la ${o2SensorName(bank, sensor).fr} faussé ou bloqué en mélange ${lean ? 'pauvre' : 'riche'}`,
    `Signal of ${o2SensorName(bank, sensor).en} biased or stuck ${lean ? 'lean' : 'rich'}`,
  );
}
irregular(
  'P2278',
  'emissions',
  'sonde_lambda',
  'correlation',
  'Signaux des sondes lambda aval secondaires inversés entre banc 1 et banc 2',
  'Second downstream O2 sensor signals swapped between bank 1 and bank 2',
);
const airLeaks: Record<string, [string, string]> = {
  P2279: ["Prise d'air détectée dans le circuit d'admission", 'Intake air system leak detected'],
  P2280: [
    "Restriction ou prise d'air entre le filtre à air et le débitmètre",
    'Air flow restriction or leak between air filter and mass air flow sensor',
  ],
  P2281: [
    "Prise d'air entre le débitmètre et le boîtier papillon",
    'Air leak between mass air flow sensor and throttle body',
  ],
  P2282: [
    "Prise d'air entre le boîtier papillon et les soupapes d'admission",
    'Air leak between throttle body and intake valves',
  ],
};
for (const [code, [fr, en]] of Object.entries(airLeaks)) {
  irregular(code, 'injection_melange', 'prise_air', 'leak', fr, en);
}
add(
  ...series(
    'P2283',
    masc(
      'capteur de pression de commande des injecteurs',
      'injector control pressure sensor',
      'injection_melange',
      'pression_carburant',
    ),
    SENSOR5,
  ),
);
const icp: Record<string, [string, string, Failure]> = {
  P2288: [
    'Pression de commande des injecteurs trop haute',
    'Injector control pressure too high',
    'pressure_high',
  ],
  P2289: [
    'Pression de commande des injecteurs trop haute moteur arrêté',
    'Injector control pressure too high with engine off',
    'pressure_high',
  ],
  P2290: [
    'Pression de commande des injecteurs trop basse',
    'Injector control pressure too low',
    'pressure_low',
  ],
  P2291: [
    'Pression de commande des injecteurs trop basse au démarrage',
    'Injector control pressure too low while cranking',
    'pressure_low',
  ],
  P2292: [
    'Pression de commande des injecteurs instable',
    'Injector control pressure erratic',
    'intermittent',
  ],
};
for (const [code, [fr, en, failure]] of Object.entries(icp)) {
  irregular(code, 'injection_melange', 'pression_carburant', failure, fr, en);
}
add(entry('P2293', regulator(2), 'performance'), ...series('P2294', regulator(2), CTRL3));
irregular(
  'P2297',
  'emissions',
  'sonde_lambda',
  'range_performance',
  'Sonde lambda amont (banc 1, sonde 1) hors plage pendant la décélération',
  'Upstream O2 sensor (bank 1, sensor 1) out of range during deceleration',
);
irregular(
  'P2298',
  'emissions',
  'sonde_lambda',
  'range_performance',
  'Sonde lambda amont (banc 2, sonde 1) hors plage pendant la décélération',
  'Upstream O2 sensor (bank 2, sensor 1) out of range during deceleration',
);
irregular(
  'P2299',
  'injection_melange',
  'capteur_papillon_pedale',
  'correlation',
  "Pédales de frein et d'accélérateur actionnées simultanément (incohérence)",
  'Brake pedal and accelerator pedal applied together (implausible)',
);
for (let n = 0; n < 12; n++) {
  const letter = COIL_LETTERS[n] ?? '?';
  const primary = fem(
    `bobine d'allumage ${letter} (primaire)`,
    `ignition coil ${letter} primary`,
    'allumage',
    'bobine_allumage',
  );
  const secondary = fem(
    `bobine d'allumage ${letter} (secondaire)`,
    `ignition coil ${letter} secondary`,
    'allumage',
    'bobine_allumage',
  );
  add(
    entry(`P${2300 + 3 * n}`, primary, 'ctrl_low'),
    entry(`P${2301 + 3 * n}`, primary, 'ctrl_high'),
    entry(`P${2302 + 3 * n}`, secondary, 'circuit'),
  );
  irregular(
    `P${2336 + n}`,
    'allumage',
    'cliquetis',
    'condition',
    `Cliquetis au-delà du seuil sur le cylindre ${n + 1}`,
    `Knock above threshold on cylinder ${n + 1}`,
  );
}
const leakPump = fem(
  'pompe de détection de fuite EVAP',
  'EVAP leak detection pump',
  'emissions',
  'evap',
);
const leakPumpSense = masc(
  'retour de la pompe de détection de fuite EVAP',
  'EVAP leak detection pump sense',
  'emissions',
  'evap',
);
add(
  ...series('P2400', leakPump, CTRL3),
  ...series('P2403', leakPumpSense, ['open', 'range', 'low', 'high', 'intermittent']),
  ...series(
    'P2408',
    masc(
      'capteur de présence du bouchon de réservoir',
      'fuel cap sensor/switch',
      'emissions',
      'evap',
    ),
    SENSOR5,
  ),
);
irregular(
  'P2413',
  'emissions',
  'egr',
  'performance',
  'Système de recirculation des gaz (EGR) peu performant',
  'EGR system poor performance',
);
irregular(
  'P2414',
  'emissions',
  'sonde_lambda',
  'condition',
  "Sonde lambda amont (banc 1, sonde 1) : prélèvement des gaz d'échappement incorrect",
  'Upstream O2 sensor (bank 1, sensor 1): exhaust sample error',
);
irregular(
  'P2415',
  'emissions',
  'sonde_lambda',
  'condition',
  "Sonde lambda amont (banc 2, sonde 1) : prélèvement des gaz d'échappement incorrect",
  'Upstream O2 sensor (bank 2, sensor 1): exhaust sample error',
);
irregular(
  'P2416',
  'emissions',
  'sonde_lambda',
  'correlation',
  'Signaux des sondes lambda aval 2 et 3 inversés (banc 1)',
  'Downstream O2 sensor 2 and 3 signals swapped (bank 1)',
);
irregular(
  'P2417',
  'emissions',
  'sonde_lambda',
  'correlation',
  'Signaux des sondes lambda aval 2 et 3 inversés (banc 2)',
  'Downstream O2 sensor 2 and 3 signals swapped (bank 2)',
);
add(
  ...series(
    'P2418',
    fem('vanne de commutation EVAP', 'EVAP switching valve', 'emissions', 'evap'),
    CTRL3,
  ),
  entry('P2421', ventValve, 'stuck_open'),
  entry('P2422', ventValve, 'stuck_closed'),
);
for (const bank of [1, 2]) {
  irregular(
    `P${2422 + bank}`,
    'emissions',
    'catalyseur',
    'efficiency',
    `Efficacité du catalyseur d'adsorption des hydrocarbures sous le seuil (banc ${bank})`,
    `Hydrocarbon adsorption catalyst efficiency below threshold (bank ${bank})`,
  );
}
add(
  ...series(
    'P2425',
    fem("vanne de refroidissement de l'EGR", 'EGR cooling valve', 'emissions', 'egr'),
    CTRL3,
  ),
);
irregular(
  'P2428',
  'emissions',
  'temperature_echappement',
  'overtemperature',
  "Température des gaz d'échappement trop élevée (banc 1)",
  'Exhaust gas temperature too high (bank 1)',
);
irregular(
  'P2429',
  'emissions',
  'temperature_echappement',
  'overtemperature',
  "Température des gaz d'échappement trop élevée (banc 2)",
  'Exhaust gas temperature too high (bank 2)',
);
const airFlowSensor = (bank: number): Component =>
  masc(
    `capteur de débit/pression d'air secondaire (banc ${bank})`,
    `secondary air injection flow/pressure sensor (bank ${bank})`,
    'emissions',
    'air_secondaire',
  );
add(...series('P2430', airFlowSensor(1), SENSOR5), ...series('P2435', airFlowSensor(2), SENSOR5));
const airSwitch = (bank: number): Component =>
  fem(
    `vanne de commutation d'air secondaire (banc ${bank})`,
    `secondary air switching valve (bank ${bank})`,
    'emissions',
    'air_secondaire',
  );
const airPump = (bank: number): Component =>
  fem(
    `pompe d'air secondaire (banc ${bank})`,
    `secondary air pump (bank ${bank})`,
    'emissions',
    'air_secondaire',
  );
add(
  entry('P2440', airSwitch(1), 'stuck_open'),
  entry('P2441', airSwitch(1), 'stuck_closed'),
  entry('P2442', airSwitch(2), 'stuck_open'),
  entry('P2443', airSwitch(2), 'stuck_closed'),
  entry('P2444', airPump(1), 'stuck_on'),
  entry('P2445', airPump(1), 'stuck_off'),
  entry('P2446', airPump(2), 'stuck_on'),
  entry('P2447', airPump(2), 'stuck_off'),
  ...series(
    'P2452',
    masc(
      'capteur de pression différentielle du filtre à particules A',
      'particulate filter differential pressure sensor A',
      'emissions',
      'filtre_a_particules',
    ),
    SENSOR5,
  ),
);
irregular(
  'P2457',
  'emissions',
  'egr',
  'performance',
  "Refroidissement de l'EGR peu performant",
  'EGR cooling system poor performance',
);
irregular(
  'P2458',
  'emissions',
  'filtre_a_particules',
  'condition',
  'Régénération du filtre à particules trop longue',
  'Particulate filter regeneration takes too long',
);
irregular(
  'P2459',
  'emissions',
  'filtre_a_particules',
  'condition',
  'Régénérations du filtre à particules trop fréquentes',
  'Particulate filter regenerates too often',
);
irregular(
  'P2463',
  'emissions',
  'filtre_a_particules',
  'condition',
  'Filtre à particules colmaté : accumulation de suie excessive',
  'Particulate filter clogged: excessive soot accumulation',
);
const lTerminal = masc(
  "circuit du témoin de charge (borne L) de l'alternateur",
  'generator lamp (L terminal) circuit',
  'electricite_charge',
  'alternateur',
);
add(entry('P2500', lTerminal, 'low'), entry('P2501', lTerminal, 'high'));
irregular(
  'P2502',
  'electricite_charge',
  'charge_batterie',
  'condition',
  'Tension de charge anormale',
  'Charging system voltage abnormal',
);
irregular(
  'P2503',
  'electricite_charge',
  'charge_batterie',
  'signal_low',
  'Tension de charge trop basse',
  'Charging system voltage too low',
);
irregular(
  'P2504',
  'electricite_charge',
  'charge_batterie',
  'signal_high',
  'Tension de charge trop haute',
  'Charging system voltage too high',
);
add(
  ...series(
    'P2505',
    fem(
      'alimentation du calculateur moteur',
      'engine control module power input',
      'electricite_charge',
      'alimentation_calculateur',
    ),
    SENSOR5,
  ),
  entry(
    'P2510',
    masc(
      "retour du relais d'alimentation du calculateur moteur",
      'engine control module power relay sense',
      'electricite_charge',
      'alimentation_calculateur',
    ),
    'circuit_range',
  ),
  entry(
    'P2511',
    masc(
      "retour du relais d'alimentation du calculateur moteur",
      'engine control module power relay sense',
      'electricite_charge',
      'alimentation_calculateur',
    ),
    'intermittent',
  ),
  ...series(
    'P2512',
    fem(
      "demande de l'enregistreur de données d'événement",
      'event data recorder request',
      'reseau_communication',
      'enregistreur_evenements',
    ),
    ['open', 'low', 'high'],
  ),
  ...series(
    'P2515',
    masc(
      'capteur de pression de fluide frigorigène B',
      'A/C refrigerant pressure sensor B',
      'carrosserie_confort',
      'climatisation',
    ),
    SENSOR4,
  ),
  ...series(
    'P2519',
    fem('demande de climatisation A', 'A/C request A', 'carrosserie_confort', 'climatisation'),
    ['circuit', 'low', 'high'],
  ),
  ...series(
    'P2522',
    fem('demande de climatisation B', 'A/C request B', 'carrosserie_confort', 'climatisation'),
    ['circuit', 'low', 'high'],
  ),
  ...series(
    'P2525',
    masc(
      'capteur de pression du réservoir de dépression',
      'vacuum reservoir pressure sensor',
      'freinage_abs',
      'assistance_freinage',
    ),
    SENSOR5,
  ),
  ...series(
    'P2530',
    fem(
      'position « contact » du commutateur d’allumage',
      'ignition switch run position',
      'electricite_charge',
      'contacteur_allumage',
    ),
    ['circuit', 'low', 'high'],
  ),
  ...series(
    'P2533',
    fem(
      'position « contact/démarrage » du commutateur d’allumage',
      'ignition switch run/start position',
      'electricite_charge',
      'contacteur_allumage',
    ),
    ['circuit', 'low', 'high'],
  ),
  ...series(
    'P2536',
    fem(
      'position « accessoires » du commutateur d’allumage',
      'ignition switch accessory position',
      'electricite_charge',
      'contacteur_allumage',
    ),
    ['circuit', 'low', 'high'],
  ),
  ...series(
    'P2539',
    masc(
      'capteur de pression du circuit carburant basse pression',
      'low-pressure fuel system sensor',
      'injection_melange',
      'pression_carburant',
    ),
    SENSOR5,
  ),
  ...series(
    'P2544',
    fem(
      'entrée A de demande de gestion du couple',
      'torque management request input signal A',
      'transmission',
      'gestion_couple',
    ),
    SENSOR4,
  ),
  ...series(
    'P2548',
    fem(
      'entrée B de demande de gestion du couple',
      'torque management request input signal B',
      'transmission',
      'gestion_couple',
    ),
    SENSOR4,
  ),
  ...series(
    'P2556',
    masc(
      'capteur/contacteur de niveau de liquide de refroidissement',
      'engine coolant level sensor/switch',
      'refroidissement',
      'niveau_liquide',
    ),
    SENSOR4,
  ),
);
irregular(
  'P2560',
  'refroidissement',
  'niveau_liquide',
  'condition',
  'Niveau de liquide de refroidissement trop bas',
  'Engine coolant level too low',
);
irregular(
  'P2561',
  'carrosserie_confort',
  'climatisation',
  'condition',
  "Le module de climatisation demande l'allumage du témoin moteur",
  'A/C control module requested MIL illumination',
);
add(
  ...series(
    'P2562',
    masc(
      'capteur de position de la commande de suralimentation A',
      'boost control position sensor A',
      'moteur',
      'suralimentation',
    ),
    SENSOR5,
  ),
  ...series(
    'P2600',
    fem(
      'pompe de liquide de refroidissement A',
      'coolant pump A',
      'refroidissement',
      'pompe_a_eau',
    ),
    CTRL4,
  ),
);
irregular(
  'P2610',
  'moteur',
  'calculateur',
  'internal',
  'Minuterie interne « moteur arrêté » du calculateur peu performante',
  'Control module internal engine-off timer poor performance',
);
'ABCDEF'.split('').forEach((letter, i) => {
  irregular(
    `P${2700 + i}`,
    'transmission',
    'embrayages_internes',
    'performance',
    `Temps d'application de l'élément de friction ${letter} hors plage`,
    `Transmission friction element ${letter} apply time out of range`,
  );
});
add(...series('P2706', shiftSolenoid('F'), SOLENOID5));
irregular(
  'P2711',
  'transmission',
  'passage_rapports',
  'condition',
  'Désengagement mécanique inattendu du rapport',
  'Unexpected mechanical gear disengagement',
);
irregular(
  'P2712',
  'transmission',
  'boite_robotisee',
  'leak',
  'Fuite du groupe hydraulique de boîte',
  'Hydraulic power unit leak',
);
add(...series('P2713', pressureControlSolenoid('D'), SOLENOID5));
O2_SENSOR_POSITIONS.forEach(([bank, sensor], i) => {
  add(entry(`P2A0${i}`, o2Sensor(bank, sensor), 'range'));
});

// ---------------------------------------------------------------- P3400–P34FF: cylinder deactivation
irregular(
  'P3400',
  'moteur',
  'desactivation_cylindres',
  'performance',
  'Système de désactivation des cylindres défaillant (banc 1)',
  'Cylinder deactivation system fault (bank 1)',
);
for (let n = 1; n <= 12; n++) {
  const base = 3401 + 8 * (n - 1);
  const intake = fem(
    `désactivation / soupapes d'admission du cylindre ${n}`,
    `cylinder ${n} deactivation/intake valve`,
    'moteur',
    'desactivation_cylindres',
  );
  const exhaust = fem(
    `soupapes d'échappement du cylindre ${n}`,
    `cylinder ${n} exhaust valve`,
    'moteur',
    'desactivation_cylindres',
    true,
  );
  add(
    entry(`P${base}`, intake, 'ctrl'),
    entry(`P${base + 1}`, intake, 'performance'),
    entry(`P${base + 2}`, intake, 'ctrl_low'),
    entry(`P${base + 3}`, intake, 'ctrl_high'),
    entry(`P${base + 4}`, exhaust, 'ctrl'),
    entry(`P${base + 5}`, exhaust, 'performance'),
    entry(`P${base + 6}`, exhaust, 'ctrl_low'),
    entry(`P${base + 7}`, exhaust, 'ctrl_high'),
  );
}
irregular(
  'P3497',
  'moteur',
  'desactivation_cylindres',
  'performance',
  'Système de désactivation des cylindres défaillant (banc 2)',
  'Cylinder deactivation system fault (bank 2)',
);

// ---------------------------------------------------------------- C0xxx: chassis (generic codes in wide use)
// C0035, C0040 and C0045 carry two meanings in garages: J2012 (followed by PSA, Renault and most
// European makes: supply of the front right sensor, brake pedal switch A, brake pressure sensor B)
// and GM's older wheel-speed numbering (met on GM-era Opel). The title gives the J2012 meaning and
// names the GM one, so the mechanic is not sent to the wrong wheel on either make. C0050 has only
// the GM meaning in the sources we could check.
const gmWheel = (fr: string, en: string) => ({
  fr: ` (GM/Opel : circuit du capteur de vitesse de roue ${fr})`,
  en: ` (GM/Opel: ${en} wheel speed sensor circuit)`,
});
for (const [code, subsystem, fr, en, gm] of [
  [
    'C0035',
    'capteur_vitesse_roue',
    'Alimentation du capteur de vitesse de roue avant droite en défaut',
    'Front right wheel speed sensor supply fault',
    gmWheel('avant gauche', 'left front'),
  ],
  [
    'C0040',
    'contacteur_frein',
    'Contacteur A de pédale de frein en défaut',
    'Brake pedal switch A fault',
    gmWheel('avant droite', 'right front'),
  ],
  [
    'C0045',
    'capteur_pression_frein',
    'Capteur de pression de freinage B en défaut',
    'Brake pressure sensor B fault',
    gmWheel('arrière gauche', 'left rear'),
  ],
] as const) {
  irregular(code, 'freinage_abs', subsystem, 'circuit', fr + gm.fr, en + gm.en);
}
irregular(
  'C0050',
  'freinage_abs',
  'capteur_vitesse_roue',
  'circuit',
  'Circuit du capteur de vitesse de roue arrière droite défaillant (numérotation GM/Opel)',
  'Right rear wheel speed sensor circuit fault (GM/Opel numbering)',
);
add(
  entry(
    'C0110',
    masc('moteur de pompe du groupe ABS', 'ABS pump motor', 'freinage_abs', 'groupe_abs'),
    'circuit',
  ),
  entry(
    'C0121',
    masc('relais des électrovannes ABS', 'ABS valve relay', 'freinage_abs', 'groupe_abs'),
    'circuit',
  ),
  entry(
    'C0161',
    masc(
      'contacteur de frein vu par le calculateur ABS/ESP',
      'ABS/traction control brake switch',
      'freinage_abs',
      'contacteur_frein',
    ),
    'circuit',
  ),
);

// ---------------------------------------------------------------- B0xxx: restraints (generic codes in wide use)
for (const [code, who, whoEn, stage] of [
  ['B0001', 'conducteur', 'driver', 1],
  ['B0002', 'conducteur', 'driver', 2],
  ['B0003', 'conducteur', 'driver', 3],
  ['B0010', 'passager', 'passenger', 1],
  ['B0011', 'passager', 'passenger', 2],
  ['B0012', 'passager', 'passenger', 3],
] as const) {
  irregular(
    code,
    'airbag',
    'airbag',
    'circuit',
    `Circuit de déploiement de l'airbag frontal ${who} (étage ${stage}) défaillant`,
    `${capitalize(whoEn)} frontal airbag stage ${stage} deployment control fault`,
  );
}
add(
  entry(
    'B0020',
    masc(
      "déploiement de l'airbag latéral gauche",
      'left side airbag deployment control',
      'airbag',
      'airbag',
    ),
    'circuit',
  ),
  entry(
    'B0028',
    masc(
      "déploiement de l'airbag latéral droit",
      'right side airbag deployment control',
      'airbag',
      'airbag',
    ),
    'circuit',
  ),
  entry(
    'B0050',
    masc(
      'capteur de bouclage de ceinture conducteur',
      'driver seat belt buckle sensor',
      'airbag',
      'ceinture',
    ),
    'circuit',
  ),
  entry(
    'B0052',
    masc(
      'capteur de bouclage de ceinture passager',
      'passenger seat belt buckle sensor',
      'airbag',
      'ceinture',
    ),
    'circuit',
  ),
);

// ---------------------------------------------------------------- U0xxx / U3xxx: network
for (const [base, fr, en] of [
  ['U0001', 'bus CAN haute vitesse', 'high-speed CAN bus'],
  ['U0010', 'bus CAN moyenne vitesse', 'medium-speed CAN bus'],
  // J2012 gives each bus nine codes: U0019–U0027 is the low-speed CAN bus, then the vehicle
  // communication buses A–E follow from U0028 in steps of nine.
  ['U0019', 'bus CAN basse vitesse', 'low-speed CAN bus'],
  ['U0028', 'bus de communication véhicule A', 'vehicle communication bus A'],
  ['U0037', 'bus de communication véhicule B', 'vehicle communication bus B'],
  ['U0046', 'bus de communication véhicule C', 'vehicle communication bus C'],
  ['U0055', 'bus de communication véhicule D', 'vehicle communication bus D'],
  ['U0064', 'bus de communication véhicule E', 'vehicle communication bus E'],
] as const) {
  const bus = masc(fr, en, 'reseau_communication', 'bus_can');
  irregular(
    base,
    'reseau_communication',
    'bus_can',
    'communication',
    `Défaut de communication sur le ${fr}`,
    `${capitalize(en)} communication fault`,
  );
  irregular(
    offsetCode(base, 1),
    'reseau_communication',
    'bus_can',
    'communication',
    `${capitalize(fr)} peu performant`,
    `${capitalize(en)} poor performance`,
  );
  const plus = masc(
    `fil positif (+) du ${fr}`,
    `${en} (+) line`,
    'reseau_communication',
    'bus_can',
  );
  const minus = masc(
    `fil négatif (−) du ${fr}`,
    `${en} (−) line`,
    'reseau_communication',
    'bus_can',
  );
  add(
    ...series(offsetCode(base, 2), plus, ['open', 'low', 'high']),
    ...series(offsetCode(base, 5), minus, ['open', 'low', 'high']),
  );
  irregular(
    offsetCode(base, 8),
    'reseau_communication',
    'bus_can',
    'circuit',
    `Fil négatif (−) du ${fr} en court-circuit avec le fil positif (+)`,
    `${capitalize(en)} (−) line shorted to (+) line`,
  );
  void bus;
}
irregular(
  'U0073',
  'reseau_communication',
  'bus_can',
  'communication',
  'Bus de communication A des calculateurs hors service (bus off)',
  'Control module communication bus A off',
);
irregular(
  'U0074',
  'reseau_communication',
  'bus_can',
  'communication',
  'Bus de communication B des calculateurs hors service (bus off)',
  'Control module communication bus B off',
);
for (const [code, bus] of [
  ['U0075', 'C'],
  ['U0076', 'D'],
  ['U0077', 'E'],
] as const) {
  irregular(
    code,
    'reseau_communication',
    'bus_can',
    'communication',
    `Bus de communication ${bus} des calculateurs hors service (bus off)`,
    `Control module communication bus ${bus} off`,
  );
}
const modules: readonly (readonly [string, string, string, System, 'm' | 'f'])[] = [
  ['U0100', 'calculateur moteur A', 'engine control module A', 'moteur', 'm'],
  ['U0101', 'calculateur de boîte de vitesses', 'transmission control module', 'transmission', 'm'],
  [
    'U0102',
    'calculateur de boîte de transfert',
    'transfer case control module',
    'transmission',
    'm',
  ],
  ['U0103', 'module de sélection des rapports', 'gear shift control module', 'transmission', 'm'],
  ['U0104', 'module de régulateur de vitesse', 'cruise control module', 'carrosserie_confort', 'm'],
  [
    'U0105',
    'module de commande des injecteurs',
    'fuel injector control module',
    'injection_melange',
    'm',
  ],
  ['U0106', 'boîtier de préchauffage', 'glow plug control module', 'allumage', 'm'],
  [
    'U0107',
    'module de papillon motorisé',
    'throttle actuator control module',
    'injection_melange',
    'm',
  ],
  [
    'U0108',
    'module carburant alternatif',
    'alternative fuel control module',
    'injection_melange',
    'm',
  ],
  ['U0109', 'module de pompe à carburant', 'fuel pump control module', 'injection_melange', 'm'],
  ['U0110', 'module de moteur de traction A', 'drive motor control module A', 'moteur', 'm'],
  [
    'U0111',
    "module de gestion d'énergie de la batterie A",
    'battery energy control module A',
    'electricite_charge',
    'm',
  ],
  [
    'U0112',
    "module de gestion d'énergie de la batterie B",
    'battery energy control module B',
    'electricite_charge',
    'm',
  ],
  [
    'U0114',
    "module d'embrayage de transmission intégrale",
    'four-wheel drive clutch control module',
    'transmission',
    'm',
  ],
  ['U0115', 'calculateur moteur B', 'engine control module B', 'moteur', 'm'],
  ['U0121', 'calculateur ABS', 'anti-lock brake system (ABS) control module', 'freinage_abs', 'm'],
  [
    'U0122',
    'module de contrôle de stabilité',
    'vehicle dynamics control module',
    'freinage_abs',
    'm',
  ],
  ['U0123', 'module de capteur de lacet', 'yaw rate sensor module', 'freinage_abs', 'm'],
  [
    'U0124',
    "module de capteur d'accélération latérale",
    'lateral acceleration sensor module',
    'freinage_abs',
    'm',
  ],
  [
    'U0125',
    "module de capteur d'accélération multiaxe",
    'multi-axis acceleration sensor module',
    'freinage_abs',
    'm',
  ],
  [
    'U0126',
    "module de capteur d'angle de volant",
    'steering angle sensor module',
    'direction',
    'm',
  ],
  [
    'U0127',
    'module de surveillance de pression des pneus',
    'tyre pressure monitor module',
    'carrosserie_confort',
    'm',
  ],
  ['U0128', 'module de frein de stationnement', 'park brake control module', 'freinage_abs', 'm'],
  ['U0129', 'module du système de freinage', 'brake system control module', 'freinage_abs', 'm'],
  ['U0130', "module d'effort de direction", 'steering effort control module', 'direction', 'm'],
  ['U0131', 'module de direction assistée', 'power steering control module', 'direction', 'm'],
  [
    'U0140',
    'boîtier de servitude intelligent (BSI/BCM)',
    'body control module',
    'carrosserie_confort',
    'm',
  ],
  ['U0151', 'calculateur airbag', 'restraints control module', 'airbag', 'm'],
  [
    'U0155',
    "combiné d'instruments",
    'instrument panel cluster control module',
    'carrosserie_confort',
    'm',
  ],
  ['U0164', 'module de climatisation/chauffage', 'HVAC control module', 'carrosserie_confort', 'm'],
  ['U0167', 'module antidémarrage', 'immobiliser control module', 'carrosserie_confort', 'm'],
  [
    'U0168',
    'module de sécurité du véhicule',
    'vehicle security control module',
    'carrosserie_confort',
    'm',
  ],
  ['U0184', 'autoradio', 'radio', 'carrosserie_confort', 'm'],
  ['U0198', 'module télématique', 'telematic control module', 'carrosserie_confort', 'm'],
  ['U0212', 'module de colonne de direction', 'steering column control module', 'direction', 'm'],
  [
    'U0214',
    "module d'accès à distance",
    'remote function actuation module',
    'carrosserie_confort',
    'm',
  ],
];
for (const [code, fr, en, system, gender] of modules) {
  const module: Component = { fr, en, system, subsystem: 'communication_module', gender };
  add({ ...entry(code, module, 'lost_comm'), system: 'reseau_communication' });
}
irregular(
  'U0300',
  'reseau_communication',
  'logiciel_calculateur',
  'internal',
  'Incompatibilité du logiciel interne du calculateur',
  'Internal control module software incompatibility',
);
add(
  {
    ...entry(
      'U0301',
      masc('calculateur moteur', 'engine control module', 'moteur', 'logiciel_calculateur'),
      'software_incompatible',
    ),
    system: 'reseau_communication',
  },
  {
    ...entry(
      'U0302',
      masc(
        'calculateur de boîte de vitesses',
        'transmission control module',
        'transmission',
        'logiciel_calculateur',
      ),
      'software_incompatible',
    ),
    system: 'reseau_communication',
  },
);
for (const [code, fr, en] of [
  ['U0401', 'calculateur moteur A', 'engine control module A'],
  ['U0402', 'calculateur de boîte de vitesses', 'transmission control module'],
  ['U0415', 'calculateur ABS', 'ABS control module'],
  ['U0416', 'module de contrôle de stabilité', 'vehicle dynamics control module'],
  ['U0422', 'boîtier de servitude intelligent (BSI/BCM)', 'body control module'],
  ['U0428', "module de capteur d'angle de volant", 'steering angle sensor module'],
] as const) {
  add(entry(code, masc(fr, en, 'reseau_communication', 'donnees_invalides'), 'invalid_data'));
}
irregular(
  'U3000',
  'reseau_communication',
  'calculateur',
  'internal',
  'Défaut interne du calculateur',
  'Control module internal fault',
);
irregular(
  'U3001',
  'reseau_communication',
  'calculateur',
  'internal',
  'Arrêt incorrect du calculateur (coupure non contrôlée)',
  'Control module improper shutdown',
);
irregular(
  'U3002',
  'reseau_communication',
  'calculateur',
  'condition',
  'Numéro de série du véhicule (VIN) absent ou incohérent dans le calculateur',
  'Vehicle identification number (VIN) missing or mismatched in the control module',
);
for (const [code, fr, en] of [
  [
    'U3006',
    "Tension d'alimentation A du calculateur hors plage",
    'Control module input power A out of range',
  ],
  [
    'U3007',
    "Tension d'alimentation B du calculateur hors plage",
    'Control module input power B out of range',
  ],
  ['U3008', 'Masse A du calculateur défaillante', 'Control module ground A fault'],
] as const) {
  irregular(code, 'electricite_charge', 'alimentation_calculateur', 'circuit', fr, en);
}
irregular(
  'U3003',
  'electricite_charge',
  'tension_reseau',
  'condition',
  'Tension de batterie hors plage vue par le calculateur',
  'Battery voltage out of range as seen by the control module',
);

// ---------------------------------------------------------------- second pass (scripts/kb/dtc-*.ts)
add(...powertrainExtraCodes(), ...chassisCodes(), ...restraintCodes(), ...thirdPassCodes());
add(...fourthPassCodes());
add(...networkCodes(new Set(out.map((e) => e.code))));
add(
  ...fifthPassP0LowCodes(),
  ...fifthPassP0HighCodes(),
  ...fifthPassP2Codes(),
  ...fifthPassNetworkCodes(),
  ...fifthPassBodyChassisCodes(),
);
add(
  ...sixthPassP0HybridCodes(),
  ...sixthPassP2P3Codes(),
  ...sixthPassNetworkCodes(),
  ...sixthPassBodyChassisCodes(),
);

// ---------------------------------------------------------------- write
export function generatedCodes(): DtcEntry[] {
  const seen = new Set<string>();
  for (const e of out) {
    if (seen.has(e.code)) throw new Error(`duplicate generic code ${e.code}`);
    seen.add(e.code);
  }
  return [...out].sort((a, b) => a.code.localeCompare(b.code));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const codes = generatedCodes();
  const target = new URL('../../resources/diagnosis/dtc-generic.json', import.meta.url);
  const document = {
    version: DTC_GENERIC_VERSION,
    description:
      'Codes génériques SAE J2012 décrits par NovaEvo (rédaction propre, fr/en). Generated by scripts/kb/generate-dtc-generic.ts. Code data from OBD Codes List, https://obdcodeslist.com/code-data.html',
    codes,
  };
  writeFileSync(target, `${JSON.stringify(document, null, 1)}\n`);
  const perLetter: Record<string, number> = {};
  for (const c of codes) perLetter[c.code[0] ?? '?'] = (perLetter[c.code[0] ?? '?'] ?? 0) + 1;
  console.log(`wrote ${codes.length} codes`, perLetter);
}
