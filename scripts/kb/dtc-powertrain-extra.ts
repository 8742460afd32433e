// Second pass over the powertrain blocks: the P0/P2 codes the first generator pass left out
// (cruise control inputs, transmission P085x–P099x, hybrid P0Axx, SCR/AdBlue P203x–P206x,
// NOx sensor bank 2, rocker arm actuators, transmission P27xx–P28xx…). Same rule as the main
// generator: a code is listed only when we know it to be defined as generic, and every title is
// composed from our own component names and failure templates.

import type { Component, DtcEntry, Failure } from './dtc-templates';
import {
  CTRL3,
  CTRL4,
  SENSOR4,
  SENSOR5,
  SOLENOID5,
  batteryTemperatureSensor,
  entry,
  fem,
  handWritten,
  hexCode,
  hexSeries,
  masc,
  offsetCode,
  pressureControlSolenoid,
  series,
  shiftSolenoid,
  transmissionFluidPressureSensor,
} from './dtc-templates';

const tx = (fr: string, en: string, subsystem: string, plural = false): Component =>
  masc(fr, en, 'transmission', subsystem, plural);
const txf = (fr: string, en: string, subsystem: string, plural = false): Component =>
  fem(fr, en, 'transmission', subsystem, plural);
/** SCR/AdBlue (reductant) components; the later passes continue the family. */
export const scr = (fr: string, en: string, feminine = false): Component =>
  (feminine ? fem : masc)(fr, en, 'emissions', 'scr_adblue');
/** Hybrid/EV components; the third pass continues the family. */
export const hybridComponent = (
  fr: string,
  en: string,
  feminine = false,
  subsystem = 'propulsion_hybride',
): Component => (feminine ? fem : masc)(fr, en, 'electricite_charge', subsystem);
const CTRL_LEVELS = ['ctrl_range', 'ctrl_low', 'ctrl_high'] as const;

function p03p05(): DtcEntry[] {
  const glowModule = masc(
    'boîtier de préchauffage',
    'glow plug control module',
    'allumage',
    'prechauffage',
  );
  const cruiseInput = (letter: string): Component =>
    fem(
      `entrée multifonction ${letter} du régulateur de vitesse`,
      `cruise control multi-function input ${letter}`,
      'carrosserie_confort',
      'regulateur_vitesse',
    );
  const cruise = (fr: string, en: string, feminine: boolean): Component =>
    (feminine ? fem : masc)(fr, en, 'carrosserie_confort', 'regulateur_vitesse');
  return [
    entry('P0383', glowModule, 'ctrl_low'),
    entry('P0384', glowModule, 'ctrl_high'),
    handWritten(
      'P0504',
      'freinage_abs',
      'contacteur_frein',
      'correlation',
      'Incohérence entre les contacteurs de pédale de frein A et B',
      'Brake pedal switches A and B disagree',
    ),
    entry('P0514', batteryTemperatureSensor, 'range'),
    entry(
      'P0518',
      fem(
        'vanne de régulation de ralenti',
        'idle air control valve',
        'moteur',
        'regulation_ralenti',
      ),
      'intermittent',
    ),
    handWritten(
      'P0519',
      'moteur',
      'regulation_ralenti',
      'performance',
      'Régulation du ralenti peu performante (régime instable ou hors consigne)',
      'Idle control system poor performance (unstable or off-target idle speed)',
    ),
    ...series('P0578', cruiseInput('A'), ['stuck', 'circuit_range', 'low', 'high']),
    ...series(
      'P0582',
      cruise(
        'électrovanne de dépression du régulateur de vitesse',
        'cruise control vacuum solenoid',
        true,
      ),
      CTRL3,
    ),
    handWritten(
      'P0585',
      'carrosserie_confort',
      'regulateur_vitesse',
      'correlation',
      'Incohérence entre les entrées multifonction A et B du régulateur de vitesse',
      'Cruise control multi-function inputs A and B disagree',
    ),
    ...series(
      'P0586',
      cruise(
        "électrovanne de mise à l'air du régulateur de vitesse",
        'cruise control vent solenoid',
        true,
      ),
      CTRL3,
    ),
    ...series('P0589', cruiseInput('B'), ['circuit', 'stuck', 'circuit_range', 'low', 'high']),
    ...series(
      'P0594',
      cruise('servomoteur du régulateur de vitesse', 'cruise control servo', false),
      CTRL3,
    ),
    ...series(
      'P0597',
      masc('chauffage du thermostat piloté', 'thermostat heater', 'refroidissement', 'thermostat'),
      CTRL3,
    ),
  ];
}

function p08p09(): DtcEntry[] {
  const out: DtcEntry[] = [
    ...series(
      'P0853',
      tx('contacteur de position Drive', 'drive switch', 'capteur_position_levier'),
      ['circuit', 'low', 'high'],
    ),
    ...series(
      'P0856',
      fem(
        "entrée d'information d'antipatinage",
        'traction control input signal',
        'transmission',
        'gestion_couple',
      ),
      SENSOR4,
    ),
    ...series(
      'P0860',
      txf(
        'liaison de communication avec le module de sélection des rapports',
        'gear shift module communication circuit',
        'communication_boite',
      ),
      ['circuit', 'low', 'high'],
    ),
    ...series(
      'P0863',
      txf(
        'liaison de communication du calculateur de boîte de vitesses',
        'transmission control module communication circuit',
        'communication_boite',
      ),
      SENSOR4,
    ),
    handWritten(
      'P0867',
      'transmission',
      'pression_huile_boite',
      'condition',
      'Pression de fluide de boîte de vitesses incorrecte',
      'Transmission fluid pressure incorrect',
    ),
    handWritten(
      'P0868',
      'transmission',
      'pression_huile_boite',
      'pressure_low',
      'Pression de fluide de boîte de vitesses trop basse',
      'Transmission fluid pressure too low',
    ),
    handWritten(
      'P0869',
      'transmission',
      'pression_huile_boite',
      'pressure_high',
      'Pression de fluide de boîte de vitesses trop haute',
      'Transmission fluid pressure too high',
    ),
    ...series('P0870', transmissionFluidPressureSensor('C'), SENSOR5),
    ...series('P0875', transmissionFluidPressureSensor('D'), SENSOR5),
    ...series(
      'P0880',
      fem(
        "entrée d'alimentation du calculateur de boîte de vitesses",
        'transmission control module power input signal',
        'transmission',
        'calculateur_boite',
      ),
      SENSOR5,
    ),
    ...series(
      'P0885',
      masc(
        "relais d'alimentation du calculateur de boîte de vitesses",
        'transmission control module power relay',
        'transmission',
        'calculateur_boite',
      ),
      CTRL3,
    ),
    ...series(
      'P0888',
      masc(
        "retour d'état du relais d'alimentation du calculateur de boîte de vitesses",
        'transmission control module power relay sense',
        'transmission',
        'calculateur_boite',
      ),
      SENSOR5,
    ),
    handWritten(
      'P0893',
      'transmission',
      'passage_rapports',
      'condition',
      'Plusieurs rapports engagés simultanément',
      'Multiple gears engaged',
    ),
    handWritten(
      'P0894',
      'transmission',
      'embrayages_internes',
      'condition',
      'Patinage détecté dans la boîte de vitesses',
      'Slipping detected inside the transmission',
    ),
    handWritten(
      'P0895',
      'transmission',
      'passage_rapports',
      'performance',
      'Durée de passage de rapport trop courte',
      'Gear shift time too short',
    ),
    handWritten(
      'P0896',
      'transmission',
      'passage_rapports',
      'performance',
      'Durée de passage de rapport trop longue',
      'Gear shift time too long',
    ),
    handWritten(
      'P0897',
      'transmission',
      'huile_boite',
      'condition',
      'Huile de boîte de vitesses dégradée',
      'Transmission fluid deteriorated',
    ),
    handWritten(
      'P0898',
      'transmission',
      'calculateur_boite',
      'control_circuit',
      "Circuit de demande d'allumage du témoin moteur par le calculateur de boîte : niveau trop bas",
      'Transmission control module MIL request circuit level too low',
    ),
    handWritten(
      'P0899',
      'transmission',
      'calculateur_boite',
      'control_circuit',
      "Circuit de demande d'allumage du témoin moteur par le calculateur de boîte : niveau trop haut",
      'Transmission control module MIL request circuit level too high',
    ),
    handWritten(
      'P0949',
      'transmission',
      'boite_robotisee',
      'condition',
      'Apprentissage adaptatif de la boîte robotisée non effectué',
      'Automated manual transmission adaptive learning not done',
    ),
    ...series(
      'P0950',
      txf(
        'commande de passage manuel (impulsion +/−)',
        'auto shift manual control',
        'boite_robotisee',
      ),
      SENSOR5,
    ),
    ...series(
      'P0955',
      tx(
        'contacteur de mode manuel séquentiel',
        'auto shift manual mode switch',
        'boite_robotisee',
      ),
      SENSOR5,
    ),
    ...series('P0960', pressureControlSolenoid('A'), CTRL4),
    ...series('P0964', pressureControlSolenoid('B'), CTRL4),
    ...series('P0968', pressureControlSolenoid('C'), CTRL4),
  ];
  ['A', 'B', 'C', 'D', 'E'].forEach((letter, i) => {
    out.push(...series(offsetCode('P0972', 3 * i), shiftSolenoid(letter), CTRL_LEVELS));
  });
  out.push(
    ...series('P0987', transmissionFluidPressureSensor('E'), SENSOR5),
    ...series('P0992', transmissionFluidPressureSensor('F'), SENSOR5),
    ...series('P0997', shiftSolenoid('F'), CTRL_LEVELS),
  );
  return out;
}

function p0a(): DtcEntry[] {
  const out: DtcEntry[] = [
    ...hexSeries(
      'P0A00',
      masc(
        "capteur de température du liquide de refroidissement de l'électronique de puissance",
        'motor electronics coolant temperature sensor',
        'refroidissement',
        'refroidissement_hybride',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P0A05',
      fem(
        "pompe de refroidissement de l'électronique de puissance",
        'motor electronics coolant pump',
        'refroidissement',
        'refroidissement_hybride',
      ),
      CTRL3,
    ),
    ...hexSeries(
      'P0A0A',
      fem(
        'boucle de verrouillage haute tension (interlock)',
        'high voltage system interlock',
        'electricite_charge',
        'haute_tension',
      ),
      SENSOR5,
    ),
    handWritten(
      'P0A0F',
      'moteur',
      'demarrage',
      'condition',
      'Le moteur thermique ne démarre pas (véhicule hybride)',
      'Engine failed to start (hybrid vehicle)',
    ),
    ...hexSeries(
      'P0A11',
      hybridComponent("ligne d'activation du convertisseur DC/DC", 'DC/DC converter enable', true),
      CTRL3,
    ),
    ...hexSeries(
      'P0A14',
      masc('support moteur piloté', 'engine mount control', 'moteur', 'supports_moteur'),
      CTRL3,
    ),
  ];
  const modules: readonly (readonly [string, string, string])[] = [
    ['P0A1A', 'calculateur du générateur', 'generator control module'],
    ['P0A1B', 'calculateur du moteur électrique A', 'drive motor A control module'],
    ['P0A1C', 'calculateur du moteur électrique B', 'drive motor B control module'],
    ['P0A1D', 'calculateur de la chaîne de traction hybride', 'hybrid powertrain control module'],
    ['P0A1E', "calculateur de l'alterno-démarreur", 'starter/generator control module'],
    [
      'P0A1F',
      'calculateur de gestion de la batterie haute tension',
      'battery energy control module',
    ],
  ];
  for (const [code, fr, en] of modules) {
    out.push(entry(code, hybridComponent(fr, en, false, 'calculateur_hybride'), 'fault'));
  }
  const machines: readonly (readonly [string, string, string, boolean])[] = [
    ['A', 'moteur électrique A', 'drive motor A', false],
    ['B', 'moteur électrique B', 'drive motor B', false],
    ['G', 'générateur', 'generator', false],
  ];
  // Temperature sensor (5 codes) then over temperature, for motor A, motor B and generator.
  machines.forEach(([, fr, en], i) => {
    const base = hexCode('P0A2A', 6 * i);
    out.push(
      ...hexSeries(
        base,
        hybridComponent(`capteur de température du ${fr}`, `${en} temperature sensor`),
        SENSOR5,
      ),
      entry(hexCode(base, 5), hybridComponent(fr, en), 'overtemperature'),
    );
  });
  machines.forEach(([, fr, en], i) => {
    out.push(
      entry(
        hexCode('P0A3C', i),
        hybridComponent(`onduleur du ${fr}`, `${en} inverter`, false, 'onduleur'),
        'overtemperature',
      ),
    );
  });
  // Position (resolver) sensors: circuit, range, low, high, intermittent, overspeed.
  machines.forEach(([, fr, en], i) => {
    const base = hexCode('P0A3F', 6 * i);
    const sensor = hybridComponent(`capteur de position du ${fr}`, `${en} position sensor`);
    out.push(...hexSeries(base, sensor, [...SENSOR5, 'overspeed']));
  });
  // Current sensors: circuit, range, low, high.
  machines.forEach(([, fr, en], i) => {
    out.push(
      ...hexSeries(
        hexCode('P0A51', 4 * i),
        hybridComponent(`capteur de courant du ${fr}`, `${en} current sensor`),
        SENSOR4,
      ),
    );
  });
  out.push(
    entry(
      'P0A78',
      hybridComponent(
        'onduleur du moteur électrique A',
        'drive motor A inverter',
        false,
        'onduleur',
      ),
      'performance',
    ),
    // P0A79 is drive motor B's inverter; the generator's is P0A7A (scripts/kb/dtc-third-pass.ts).
    entry(
      'P0A79',
      hybridComponent(
        'onduleur du moteur électrique B',
        'drive motor B inverter',
        false,
        'onduleur',
      ),
      'performance',
    ),
    handWritten(
      'P0A7D',
      'electricite_charge',
      'batterie_hybride',
      'condition',
      'État de charge de la batterie haute tension trop bas',
      'Hybrid battery pack state of charge too low',
    ),
    handWritten(
      'P0A7E',
      'electricite_charge',
      'batterie_hybride',
      'overtemperature',
      'Température excessive de la batterie haute tension',
      'Hybrid battery pack over temperature',
    ),
    handWritten(
      'P0A7F',
      'electricite_charge',
      'batterie_hybride',
      'condition',
      'Batterie haute tension dégradée',
      'Hybrid battery pack deteriorated',
    ),
    handWritten(
      'P0A80',
      'electricite_charge',
      'batterie_hybride',
      'condition',
      'Batterie haute tension à remplacer',
      'Hybrid battery pack needs replacing',
    ),
    entry('P0A90', hybridComponent('moteur électrique A', 'drive motor A'), 'performance'),
    entry('P0A91', hybridComponent('moteur électrique B', 'drive motor B'), 'performance'),
    entry('P0A92', hybridComponent('générateur hybride', 'hybrid generator'), 'performance'),
    handWritten(
      'P0A93',
      'refroidissement',
      'refroidissement_hybride',
      'performance',
      "Circuit de refroidissement de l'onduleur peu performant",
      'Inverter cooling system poor performance',
    ),
    entry(
      'P0A94',
      hybridComponent('convertisseur DC/DC', 'DC/DC converter', false, 'haute_tension'),
      'performance',
    ),
    handWritten(
      'P0A95',
      'electricite_charge',
      'haute_tension',
      'circuit',
      'Fusible haute tension défaillant',
      'High voltage fuse fault',
    ),
  );
  const contactor = (fr: string, en: string) =>
    masc(
      `contacteur ${fr} de la batterie haute tension`,
      `hybrid battery ${en} contactor`,
      'electricite_charge',
      'haute_tension',
    );
  for (const [base, fr, en] of [
    ['P0AA0', 'positif', 'positive'],
    ['P0AA3', 'négatif', 'negative'],
  ] as const) {
    out.push(...hexSeries(base, contactor(fr, en), ['circuit', 'stuck_closed', 'stuck_open']));
  }
  out.push(
    handWritten(
      'P0AA6',
      'electricite_charge',
      'haute_tension',
      'circuit',
      "Défaut d'isolement de la tension de la batterie haute tension",
      'Hybrid battery voltage isolation fault',
    ),
  );
  return out;
}

function p20p26(): DtcEntry[] {
  const out: DtcEntry[] = [
    ...series(
      'P2037',
      scr(
        "capteur de pression d'air d'injection d'AdBlue (réducteur)",
        'reductant injection air pressure sensor',
      ),
      SENSOR5,
    ),
    // P2042–P2046 are the five codes of one sensor (P2046: intermittent); the injectors start at
    // P2047. Table 1.5.0 fixes P2046, which earlier versions gave to an injection valve.
    ...series(
      'P2042',
      scr("capteur de température de l'AdBlue (réducteur)", 'reductant temperature sensor'),
      SENSOR5,
    ),
  ];
  for (const [base, bank, unit] of [
    ['P2047', 1, 1],
    ['P2050', 2, 1],
    ['P2053', 1, 2],
    ['P2056', 2, 2],
  ] as const) {
    out.push(
      ...series(
        base,
        scr(
          `injecteur d'AdBlue (banc ${bank}, unité ${unit})`,
          `reductant injector (bank ${bank}, unit ${unit})`,
        ),
        CTRL3,
      ),
    );
  }
  out.push(
    ...series(
      'P2059',
      scr("pompe à air d'injection d'AdBlue (réducteur)", 'reductant injection air pump', true),
      CTRL3,
    ),
    ...series(
      'P2062',
      scr("dispositif d'alimentation en AdBlue (réducteur)", 'reductant supply'),
      CTRL3,
    ),
    ...series(
      'P2065',
      masc(
        'capteur de niveau de carburant B',
        'fuel level sensor B',
        'carrosserie_confort',
        'jauge_carburant',
      ),
      SENSOR5,
    ),
  );
  const imt = fem(
    "vanne d'accord du collecteur d'admission",
    'intake manifold tuning valve',
    'moteur',
    'collecteur_admission',
  );
  out.push(
    entry('P2070', imt, 'stuck_open'),
    entry('P2071', imt, 'stuck_closed'),
    handWritten(
      'P2072',
      'injection_melange',
      'papillon_motorise',
      'stuck',
      'Papillon motorisé bloqué par le givre',
      'Electronic throttle blocked by ice',
    ),
    handWritten(
      'P2073',
      'injection_melange',
      'mesure_air',
      'correlation',
      "Incohérence entre pression/débit d'air d'admission et position du papillon au ralenti",
      'Manifold pressure/air flow and throttle position disagree at idle',
    ),
    handWritten(
      'P2074',
      'injection_melange',
      'mesure_air',
      'correlation',
      "Incohérence entre pression/débit d'air d'admission et position du papillon en charge",
      'Manifold pressure/air flow and throttle position disagree under load',
    ),
    ...series(
      'P2075',
      masc(
        "capteur/contacteur de position de la vanne d'accord du collecteur d'admission",
        'intake manifold tuning valve position sensor/switch',
        'moteur',
        'collecteur_admission',
      ),
      SENSOR5,
    ),
  );
  for (const [base, bank, sensor] of [
    ['P2080', 1, 1],
    ['P2082', 2, 1],
    ['P2084', 1, 2],
    ['P2086', 2, 2],
  ] as const) {
    out.push(
      ...series(
        base,
        masc(
          `capteur de température des gaz d'échappement (banc ${bank}, capteur ${sensor})`,
          `exhaust gas temperature sensor (bank ${bank}, sensor ${sensor})`,
          'emissions',
          'temperature_echappement',
        ),
        ['circuit_range', 'intermittent'],
      ),
    );
  }
  for (const [base, cam, bank] of [
    ['P2088', 'A', 1],
    ['P2090', 'B', 1],
    ['P2092', 'A', 2],
    ['P2094', 'B', 2],
  ] as const) {
    out.push(
      ...series(
        base,
        masc(
          `déphaseur d'arbre à cames ${cam} (banc ${bank})`,
          `camshaft phaser ${cam} (bank ${bank})`,
          'moteur',
          'distribution_variable',
        ),
        ['ctrl_low', 'ctrl_high'],
      ),
    );
  }
  const tac = (code: string, failure: Failure, fr: string, en: string) =>
    handWritten(code, 'injection_melange', 'papillon_motorise', failure, fr, en);
  out.push(
    tac(
      'P2172',
      'flow',
      "Papillon motorisé : hausse brutale du débit d'air détectée",
      'Throttle actuator control: sudden high airflow detected',
    ),
    tac(
      'P2173',
      'flow',
      "Papillon motorisé : débit d'air trop élevé détecté",
      'Throttle actuator control: high airflow detected',
    ),
    tac(
      'P2174',
      'flow',
      "Papillon motorisé : chute brutale du débit d'air détectée",
      'Throttle actuator control: sudden low airflow detected',
    ),
    tac(
      'P2175',
      'flow',
      "Papillon motorisé : débit d'air trop faible détecté",
      'Throttle actuator control: low airflow detected',
    ),
    tac(
      'P2176',
      'condition',
      'Papillon motorisé : position de ralenti non apprise',
      'Throttle actuator control: idle position not learned',
    ),
  );
  out.push(
    ...series(
      'P2213',
      masc(
        'capteur de NOx (banc 2, capteur 1)',
        'NOx sensor (bank 2, sensor 1)',
        'emissions',
        'capteur_nox',
      ),
      SENSOR5,
    ),
    ...series(
      'P2218',
      masc(
        'chauffage du capteur de NOx (banc 2, capteur 1)',
        'NOx sensor heater (bank 2, sensor 1)',
        'emissions',
        'capteur_nox',
      ),
      CTRL3,
    ),
    ...series(
      'P2221',
      masc(
        'retour du chauffage du capteur de NOx (banc 2, capteur 1)',
        'NOx sensor heater sense (bank 2, sensor 1)',
        'emissions',
        'capteur_nox',
      ),
      SENSOR5,
    ),
    ...series(
      'P2552',
      fem(
        "entrée d'inhibition papillon/carburant",
        'throttle/fuel inhibit signal',
        'injection_melange',
        'papillon_motorise',
      ),
      ['circuit', 'circuit_range', 'low', 'high'],
    ),
    ...series(
      'P2611',
      fem(
        'vanne de répartition du fluide frigorigène',
        'A/C refrigerant distribution valve',
        'carrosserie_confort',
        'climatisation',
      ),
      CTRL3,
    ),
  );
  const outputs: readonly (readonly [string, string, string])[] = [
    ['P2614', "position d'arbre à cames", 'camshaft position'],
    ['P2617', 'position du vilebrequin', 'crankshaft position'],
    ['P2620', 'position du papillon', 'throttle position'],
  ];
  for (const [base, fr, en] of outputs) {
    out.push(
      ...series(
        base,
        fem(`sortie du signal de ${fr}`, `${en} signal output`, 'moteur', 'signaux_sortie'),
        ['open', 'low', 'high'],
      ),
    );
  }
  out.push(
    ...series(
      'P2623',
      masc(
        'régulateur de pression de commande des injecteurs',
        'injector control pressure regulator',
        'injection_melange',
        'injecteur',
      ),
      CTRL3,
    ),
  );
  for (const [base, bank] of [
    ['P2626', 1],
    ['P2629', 2],
  ] as const) {
    out.push(
      ...series(
        base,
        fem(
          `correction du courant de pompage de la sonde lambda amont (banc ${bank}, sonde 1)`,
          `upstream O2 sensor pumping current trim (bank ${bank}, sensor 1)`,
          'emissions',
          'sonde_lambda',
        ),
        ['open', 'low', 'high'],
      ),
    );
  }
  out.push(
    ...series(
      'P2632',
      fem('pompe à carburant B', 'fuel pump B', 'injection_melange', 'pompe_carburant'),
      CTRL3,
    ),
    handWritten(
      'P2635',
      'injection_melange',
      'pompe_carburant',
      'flow',
      'Pompe à carburant A : débit insuffisant ou performance insuffisante',
      'Fuel pump A low flow or poor performance',
    ),
    handWritten(
      'P2636',
      'injection_melange',
      'pompe_carburant',
      'flow',
      'Pompe à carburant B : débit insuffisant ou performance insuffisante',
      'Fuel pump B low flow or poor performance',
    ),
  );
  for (const [base, letter] of [
    ['P2637', 'A'],
    ['P2641', 'B'],
  ] as const) {
    out.push(
      ...series(
        base,
        fem(
          `information de retour de gestion du couple ${letter}`,
          `torque management feedback signal ${letter}`,
          'transmission',
          'gestion_couple',
        ),
        SENSOR4,
      ),
    );
  }
  for (const [base, letter, bank] of [
    ['P2645', 'A', 1],
    ['P2650', 'B', 1],
    ['P2655', 'A', 2],
    ['P2660', 'B', 2],
  ] as const) {
    out.push(
      ...series(
        base,
        masc(
          `actionneur de culbuteurs ${letter} (banc ${bank})`,
          `${letter} rocker arm actuator (bank ${bank})`,
          'moteur',
          'levee_variable',
        ),
        ['ctrl', 'stuck_off', 'stuck_on', 'ctrl_low', 'ctrl_high'],
      ),
    );
  }
  out.push(
    ...series(
      'P2665',
      fem(
        'vanne de coupure de carburant B',
        'fuel shut-off valve B',
        'injection_melange',
        'coupure_carburant',
      ),
      CTRL3,
    ),
    ...series(
      'P2669',
      fem(
        "tension d'alimentation des actionneurs B",
        'actuator supply voltage B',
        'electricite_charge',
        'alimentation_actionneurs',
      ),
      ['open', 'low', 'high'],
    ),
    ...series(
      'P2675',
      masc(
        "volet d'entrée d'air du filtre à air",
        'air cleaner inlet flap',
        'injection_melange',
        'admission_air',
      ),
      CTRL3,
    ),
  );
  return out;
}

function p27p28(): DtcEntry[] {
  const out: DtcEntry[] = [
    ...series('P2718', pressureControlSolenoid('D'), CTRL4),
    ...series('P2722', pressureControlSolenoid('E'), SOLENOID5),
    ...series('P2727', pressureControlSolenoid('E'), CTRL4),
    ...series('P2731', pressureControlSolenoid('F'), SOLENOID5),
    ...series('P2736', pressureControlSolenoid('F'), CTRL4),
    ...series(
      'P2740',
      tx(
        'capteur de température du fluide de boîte B',
        'transmission fluid temperature sensor B',
        'temperature_huile_boite',
      ),
      SENSOR5,
    ),
  ];
  for (const [base, letter] of [
    ['P2745', 'B'],
    ['P2749', 'C'],
  ] as const) {
    out.push(
      ...series(
        base,
        tx(
          `capteur de vitesse d'arbre intermédiaire ${letter}`,
          `intermediate shaft speed sensor ${letter}`,
          'capteur_vitesse_boite',
        ),
        ['circuit', 'range', 'no_signal', 'intermittent'],
      ),
    );
  }
  const tccPcs = txf(
    "électrovanne de régulation de pression de l'embrayage de convertisseur",
    'torque converter clutch pressure control solenoid',
    'convertisseur',
  );
  const tcc = tx(
    'embrayage de convertisseur de couple (pontage)',
    'torque converter clutch',
    'convertisseur',
  );
  out.push(
    ...series(
      'P2753',
      tx('refroidisseur de fluide de boîte', 'transmission fluid cooler', 'huile_boite'),
      CTRL3,
    ),
    ...series('P2756', tccPcs, SOLENOID5),
    entry('P2761', tccPcs, 'ctrl'),
    entry('P2762', tccPcs, 'ctrl_range'),
    entry('P2763', tccPcs, 'ctrl_high'),
    entry('P2764', tccPcs, 'ctrl_low'),
    ...series(
      'P2765',
      tx(
        "capteur de vitesse d'entrée/turbine B",
        'input/turbine speed sensor B',
        'capteur_vitesse_boite',
      ),
      ['circuit', 'range', 'no_signal', 'intermittent'],
    ),
    entry('P2769', tcc, 'ctrl_low'),
    entry('P2770', tcc, 'ctrl_high'),
    ...series(
      'P2771',
      tx(
        'contacteur de gamme courte (4x4 low)',
        'four-wheel drive low switch',
        'transmission_integrale',
      ),
      SENSOR4,
    ),
  );
  for (const [base, fr, en] of [
    ['P2775', 'montée des rapports', 'upshift'],
    ['P2779', 'descente des rapports', 'downshift'],
  ] as const) {
    out.push(
      ...series(base, tx(`contacteur de ${fr}`, `${en} switch`, 'selecteur_mode'), [
        'circuit_range',
        'low',
        'high',
        'intermittent',
      ]),
    );
  }
  const heat = (code: string, fr: string, en: string, subsystem: string) =>
    handWritten(code, 'transmission', subsystem, 'overtemperature', fr, en);
  out.push(
    heat(
      'P2783',
      'Température excessive du convertisseur de couple',
      'Torque converter over temperature',
      'convertisseur',
    ),
    handWritten(
      'P2784',
      'transmission',
      'capteur_vitesse_boite',
      'correlation',
      "Incohérence entre les capteurs de vitesse d'entrée/turbine A et B",
      'Input/turbine speed sensors A and B disagree',
    ),
    heat(
      'P2785',
      "Température excessive de l'actionneur d'embrayage",
      'Clutch actuator over temperature',
      'embrayage',
    ),
    heat(
      'P2786',
      "Température excessive de l'actionneur de passage des rapports",
      'Gear shift actuator over temperature',
      'boite_robotisee',
    ),
    heat('P2787', "Température excessive de l'embrayage", 'Clutch over temperature', 'embrayage'),
    handWritten(
      'P2788',
      'transmission',
      'boite_robotisee',
      'condition',
      'Boîte robotisée : apprentissage adaptatif en butée',
      'Automated manual transmission adaptive learning at limit',
    ),
    handWritten(
      'P2789',
      'transmission',
      'embrayage',
      'condition',
      "Apprentissage adaptatif de l'embrayage en butée (usure probable)",
      'Clutch adaptive learning at limit (probable wear)',
    ),
    ...series(
      'P2790',
      masc(
        'capteur de sélection de grille (boîte robotisée)',
        'gate select direction sensor',
        'transmission',
        'boite_robotisee',
      ),
      ['circuit', 'low', 'high'],
    ),
    ...series(
      'P2793',
      masc(
        'capteur de sens de passage des rapports (boîte robotisée)',
        'gear shift direction sensor',
        'transmission',
        'boite_robotisee',
      ),
      ['circuit', 'low', 'high'],
    ),
  );
  const auxPump = fem(
    'pompe à huile auxiliaire de boîte',
    'auxiliary transmission fluid pump',
    'transmission',
    'huile_boite',
  );
  const rangeB = tx(
    'capteur de position du levier de vitesses B',
    'transmission range sensor B',
    'capteur_position_levier',
  );
  out.push(
    entry('P2796', auxPump, 'ctrl'),
    entry('P2797', auxPump, 'performance'),
    ...series('P2800', rangeB, SENSOR5),
    handWritten(
      'P2805',
      'transmission',
      'capteur_position_levier',
      'correlation',
      'Incohérence entre les capteurs de position du levier de vitesses A et B',
      'Transmission range sensors A and B disagree',
    ),
    handWritten(
      'P2806',
      'transmission',
      'capteur_position_levier',
      'range_performance',
      'Capteur de position du levier de vitesses mal calé',
      'Transmission range sensor misaligned',
    ),
    ...series('P2807', pressureControlSolenoid('G'), SOLENOID5),
    ...series('P2812', pressureControlSolenoid('G'), CTRL4),
  );
  return out;
}

export function powertrainExtraCodes(): DtcEntry[] {
  return [...p03p05(), ...p08p09(), ...p0a(), ...p20p26(), ...p27p28()];
}
