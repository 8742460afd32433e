// Sixth pass over the generic code space (table 1.5.0): P0E00–P0FFF (hybrid/EV) and the P0 slots still missing.
// Code numbers and what they concern are facts checked against public code lists; every title is
// composed here, in the team's own words, from components and failure templates.
//
// Sources (facts only, never wording):
// - the public generic SAE J2012 code list of about 9,400 codes (one row per code, "code data
//   from OBD Codes List", free to use with attribution) already used by the fifth pass: it defines
//   P0E00–P0EFE and is the source of every code below;
// - a public code-reference site that cross-checks single codes (e.g. P0E97, DC/DC converter
//   voltage sensor C performance) and marks P0F00 as "ISO/SAE reserved".
//
// Block covered: P0E00–P0EFE (255 codes): generator phase current sensors and phase circuits,
// generator inverter supply, battery pack coolant heaters, pump B and driver overloads, drive motor
// inverter temperature sensors G/H, high voltage fuses B/C, DC/DC converter voltage, current and
// temperature sensors, pack voltage senses E/F, charger enable/control/precharge contactor, coolant
// bypass valves, auxiliary cooling, charger B, inverter voltage sensors B, electric A/C compressor
// sensors and refrigerant valves, battery E/F voltages, generator phases X/Y/Z, pack B–F
// deterioration, coupler temperature sensor B, drive motor C temperature sensor, charger A input
// voltage sensors B/C. Components and subsystems are those of dtc-fifth-pass-p0-high.ts, imported from it.
//
// Irregularities of the source, kept as facts but noted here:
// - P0E36 reads "Voltage Sensor BCircuit" (a typo for the sensor B circuit code, which the
//   neighbouring P0E37–P0E3A confirm);
// - P0EB1–P0EC0: the A/C compressor phase current sensors are not in the usual order (phase U:
//   circuit, high, low, range; phases V and W: high, low, range, then their circuit codes at P0EBB
//   and P0EC0); the refrigerant temperature sensors go circuit, high, low, range. Each code is
//   mapped explicitly.
//
// Left out:
// - P0EFF and P0F00–P0FFF: not defined by the list (it jumps from P0EFE to P1000), and P0F00 is
//   marked "ISO/SAE reserved" elsewhere: never invented;
// - the spot-checked P0 slots still empty in the table (P034D–P034F, P080E–P080F, P087F, P088F,
//   P08EE–P08FF, P090E–P090F, P091E–P091F, P092E–P092F, P093E–P093F, P094F, P095E–P095F,
//   P096A–P096F, P098A–P098F, P09AA–P09FF): none is defined by the list, so none is added;
// - P0039, P0148, P0149: added by the lead in generate-dtc-generic.ts.

import type { Component, DtcEntry, System, TemplateKey } from './dtc-templates';
import {
  CTRL3,
  SENSOR4,
  SENSOR5,
  entriesAt,
  entry,
  handWritten,
  hexCode,
  hexSeries,
} from './dtc-templates';
// Components and phrasings of the hybrid families that the fifth pass started.
import {
  airConditioning,
  charge,
  chargingCondition,
  cooling,
  hv,
  hvCondition,
  inverterTemp,
  motorElectronicsCoolantPump,
  packVoltage,
  packVoltageSensor,
  phaseCircuit,
} from './dtc-fifth-pass-p0-high';

/** Output stage of an actuator driver reporting an overload (excess current or heat). */
const driverOverload = (
  code: string,
  system: System,
  subsystem: string,
  frWhat: string,
  enWhat: string,
): DtcEntry =>
  handWritten(
    code,
    system,
    subsystem,
    'control_circuit',
    `Étage de commande ${frWhat} : courant ou température trop élevés`,
    `${enWhat} driver stage: current or temperature too high`,
  );

// ---------------------------------------------------------------- P0E00–P0E3F
function generatorAndCooling(): DtcEntry[] {
  const out: DtcEntry[] = [];

  // Generator phase current sensors U, V, W, phase circuits and inverter supply A.
  for (let p = 0; p < 3; p++) {
    const phase = 'UVW'.charAt(p);
    out.push(
      ...hexSeries(
        hexCode('P0E00', 4 * p),
        hv(
          `capteur de courant de la phase ${phase} du générateur`,
          `generator phase ${phase} current sensor`,
          'onduleur',
        ),
        SENSOR4,
      ),
    );
  }
  out.push(
    ...phaseCircuit('P0E0C', 'onduleur', 'electricite_charge', 'du générateur', 'Generator'),
    ...hexSeries(
      'P0E0F',
      hv(
        "alimentation A de l'onduleur du générateur",
        'generator inverter power supply A',
        'onduleur',
        'f',
      ),
      ['open', 'low', 'high'],
    ),
  );

  // Battery pack coolant heaters A and B, coolant pump B, driver overloads.
  const batteryCooling = (fr: string, en: string, gender: 'm' | 'f' = 'm'): Component =>
    cooling(fr, en, 'refroidissement_batterie_hybride', gender);
  const heaterKeys: TemplateKey[] = ['ctrl', 'ctrl_low', 'ctrl_high', 'performance'];
  out.push(
    ...hexSeries(
      'P0E12',
      batteryCooling(
        'réchauffeur A du liquide de refroidissement de la batterie haute tension',
        'hybrid battery pack coolant heater A',
      ),
      heaterKeys,
    ),
    ...hexSeries(
      'P0E16',
      batteryCooling(
        'réchauffeur B du liquide de refroidissement de la batterie haute tension',
        'hybrid battery pack coolant heater B',
      ),
      heaterKeys,
    ),
    ...hexSeries(
      'P0E1A',
      batteryCooling(
        'pompe de refroidissement B de la batterie haute tension',
        'hybrid battery pack coolant pump B',
        'f',
      ),
      heaterKeys,
    ),
  );
  const overloads: ReadonlyArray<readonly [string, string, string]> = [
    [
      'P0E1E',
      'de la pompe de refroidissement B de la batterie haute tension',
      'Hybrid battery pack coolant pump B',
    ],
    [
      'P0E1F',
      'de la pompe de refroidissement A de la batterie haute tension',
      'Hybrid battery pack coolant pump A',
    ],
  ];
  for (const [code, fr, en] of overloads)
    out.push(driverOverload(code, 'refroidissement', 'refroidissement_batterie_hybride', fr, en));
  for (let i = 0; i < 3; i++) {
    const letter = 'ABC'.charAt(i);
    out.push(
      driverOverload(
        hexCode('P0E20', i),
        'refroidissement',
        'refroidissement_batterie_hybride',
        `de la vanne de régulation du liquide de refroidissement ${letter} de la batterie haute tension`,
        `Hybrid battery pack coolant control valve ${letter}`,
      ),
    );
  }

  // Drive motor inverter temperature sensors G and H.
  out.push(
    ...hexSeries('P0E23', inverterTemp('G'), SENSOR5),
    ...hexSeries('P0E28', inverterTemp('H'), SENSOR5),
  );

  // Battery monitoring, fuses, DC/DC converter voltage sensors A and B.
  out.push(
    hvCondition(
      'P0E2D',
      'calculateur_hybride',
      'internal',
      'Calculateur : surveillance interne de la batterie haute tension peu performante',
      'Control module internal hybrid battery monitoring poor performance',
    ),
    chargingCondition(
      'P0E2E',
      'circuit',
      'Fusible du chargeur A défaillant',
      'Battery charger A fuse fault',
    ),
    hvCondition(
      'P0E2F',
      'haute_tension',
      'circuit',
      'Fusible haute tension B défaillant',
      'High voltage fuse B fault',
    ),
    hvCondition(
      'P0E30',
      'haute_tension',
      'circuit',
      'Fusible haute tension C défaillant',
      'High voltage fuse C fault',
    ),
  );
  for (let i = 0; i < 2; i++) {
    const letter = 'AB'.charAt(i);
    out.push(
      ...hexSeries(
        hexCode('P0E31', 5 * i),
        hv(
          `capteur de tension ${letter} du convertisseur DC/DC`,
          `DC/DC converter voltage sensor ${letter}`,
          'haute_tension',
        ),
        SENSOR5,
      ),
    );
  }

  // Battery coolant pump speed.
  out.push(
    handWritten(
      'P0E3B',
      'refroidissement',
      'refroidissement_batterie_hybride',
      'condition',
      'Régime de la pompe de refroidissement de la batterie haute tension trop élevé',
      'Hybrid battery coolant pump speed too high',
    ),
    handWritten(
      'P0E3C',
      'refroidissement',
      'refroidissement_batterie_hybride',
      'condition',
      'Régime de la pompe de refroidissement de la batterie haute tension trop bas',
      'Hybrid battery coolant pump speed too low',
    ),
  );
  return out;
}

// ---------------------------------------------------------------- P0E3D–P0E80
function chargingAndConverters(): DtcEntry[] {
  const out: DtcEntry[] = [];

  // Charging indicators (control pilot, charge status A and B).
  const pilotIndicator = charge('témoin de la ligne pilote', 'control pilot indicator');
  const statusIndicator = (letter: string): Component =>
    charge(`témoin d'état de charge ${letter}`, `charge status indicator ${letter}`);
  out.push(
    ...entriesAt(pilotIndicator, [
      ['P0E3D', 'ctrl_low'],
      ['P0E3E', 'ctrl_high'],
      ['P0E69', 'ctrl_range'],
    ]),
    ...hexSeries('P0E3F', statusIndicator('A'), ['ctrl_low', 'ctrl_high']),
    ...hexSeries('P0E41', statusIndicator('B'), ['ctrl_low', 'ctrl_high']),
    entry(
      'P0E43',
      hv(
        'calculateur B de la chaîne de traction hybride',
        'hybrid powertrain control module B',
        'calculateur_hybride',
      ),
      'fault',
    ),
  );

  // Pack voltage senses E and F.
  for (let i = 0; i < 2; i++) {
    const letter = 'EF'.charAt(i);
    out.push(...hexSeries(hexCode('P0E44', 5 * i), packVoltageSensor(letter), SENSOR5));
  }

  out.push(
    handWritten(
      'P0E4E',
      'moteur',
      'demarrage',
      'condition',
      "Le moteur thermique n'a pas été entraîné au démarrage (véhicule hybride)",
      'Engine was not cranked when starting (hybrid vehicle)',
    ),
    entry('P0E4F', motorElectronicsCoolantPump('A'), 'ctrl_intermittent'),
    entry('P0E50', motorElectronicsCoolantPump('B'), 'ctrl_intermittent'),
    ...hexSeries(
      'P0E51',
      hv(
        'capteur de courant A du convertisseur DC/DC',
        'DC/DC converter current sensor A',
        'haute_tension',
      ),
      SENSOR5,
    ),
    hvCondition(
      'P0E56',
      'haute_tension',
      'signal_low',
      "Tension d'entrée du convertisseur DC/DC trop basse",
      'DC/DC converter input voltage too low',
    ),
    hvCondition(
      'P0E57',
      'haute_tension',
      'signal_high',
      "Tension d'entrée du convertisseur DC/DC trop haute",
      'DC/DC converter input voltage too high',
    ),
    ...hexSeries(
      'P0E58',
      hv(
        'capteur de température C du convertisseur DC/DC',
        'DC/DC converter temperature sensor C',
        'haute_tension',
      ),
      SENSOR5,
    ),
    entry(
      'P0E5D',
      hv(
        "ligne d'activation du convertisseur DC/DC",
        'DC/DC converter enable line',
        'haute_tension',
        'f',
      ),
      'intermittent',
    ),
  );

  // On-board charger: processor, coupler temperature, charge mode, enable line, control, contactor.
  out.push(
    chargingCondition(
      'P0E5E',
      'internal',
      'Processeur du module de commande du chargeur A peu performant',
      'Battery charger control module A processor poor performance',
    ),
    chargingCondition(
      'P0E5F',
      'overtemperature',
      'Température A de la prise de recharge trop élevée',
      'Battery charger coupler temperature A too high',
    ),
    chargingCondition(
      'P0EEE',
      'overtemperature',
      'Température B de la prise de recharge trop élevée',
      'Battery charger coupler temperature B too high',
    ),
    entry('P0E60', charge('mode de recharge', 'battery charge mode'), 'ctrl_range'),
    ...hexSeries(
      'P0E61',
      charge("ligne d'activation du chargeur A", 'battery charger A enable line', 'f'),
      ['circuit', 'low', 'high', 'circuit_range'],
    ),
    ...hexSeries('P0E65', charge('chargeur', 'battery charger'), [
      'ctrl',
      'ctrl_low',
      'ctrl_high',
      'ctrl_range',
    ]),
    ...hexSeries(
      'P0E6A',
      charge(
        'contacteur de précharge du circuit de recharge',
        'battery charging system precharge contactor',
      ),
      ['circuit', 'stuck_closed', 'stuck_open', 'ctrl', 'ctrl_range', 'ctrl_low', 'ctrl_high'],
    ),
    hvCondition(
      'P0E71',
      'propulsion_hybride',
      'performance',
      'Couple délivré par le générateur peu performant',
      'Generator delivered torque poor performance',
    ),
    chargingCondition(
      'P0E72',
      'condition',
      'Fréquence du signal de la ligne pilote trop basse',
      'Control pilot signal frequency too low',
    ),
    chargingCondition(
      'P0E73',
      'condition',
      'Fréquence du signal de la ligne pilote trop haute',
      'Control pilot signal frequency too high',
    ),
    hvCondition(
      'P0E74',
      'haute_tension',
      'circuit',
      "Défaut d'isolement interne de la batterie haute tension",
      'Hybrid battery internal isolation fault',
    ),
  );

  // Coolant bypass valves A and B of the hybrid/EV cooling circuits.
  for (let i = 0; i < 2; i++) {
    const letter = 'AB'.charAt(i);
    out.push(
      ...hexSeries(
        hexCode('P0E75', 6 * i),
        cooling(
          `vanne de dérivation du liquide de refroidissement ${letter} du système hybride/électrique`,
          `hybrid/EV coolant bypass valve ${letter}`,
          'refroidissement_hybride',
          'f',
        ),
        ['ctrl', 'ctrl_low', 'ctrl_high', 'ctrl_range', 'stuck_open', 'stuck_closed'],
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------- P0E81–P0EC9
function sensorsAndClimate(): DtcEntry[] {
  const out: DtcEntry[] = [];

  // Auxiliary cooling system.
  out.push(
    ...hexSeries(
      'P0E81',
      cooling(
        'capteur de température A du liquide de refroidissement auxiliaire',
        'auxiliary cooling system coolant temperature sensor A',
        'refroidissement_hybride',
      ),
      SENSOR4,
    ),
    handWritten(
      'P0EA7',
      'refroidissement',
      'refroidissement_hybride',
      'performance',
      'Système de refroidissement auxiliaire peu performant',
      'Auxiliary cooling system poor performance',
    ),
  );

  // Battery charger B.
  out.push(
    chargingCondition(
      'P0E85',
      'overtemperature',
      'Température du chargeur B trop élevée',
      'Battery charger B temperature too high',
    ),
    chargingCondition(
      'P0E86',
      'signal_low',
      "Tension d'entrée du chargeur B trop basse",
      'Battery charger B input voltage too low',
    ),
    chargingCondition(
      'P0E87',
      'signal_high',
      "Tension d'entrée du chargeur B trop haute",
      'Battery charger B input voltage too high',
    ),
    chargingCondition(
      'P0E88',
      'signal_low',
      "Courant d'entrée du chargeur B trop faible",
      'Battery charger B input current too low',
    ),
    chargingCondition(
      'P0E89',
      'signal_high',
      "Courant d'entrée du chargeur B trop fort",
      'Battery charger B input current too high',
    ),
    entry(
      'P0E8A',
      charge("capteur de courant d'entrée du chargeur B", 'battery charger B input current sensor'),
      'circuit',
    ),
    entry(
      'P0E8B',
      charge("capteur de tension d'entrée du chargeur B", 'battery charger B input voltage sensor'),
      'circuit',
    ),
  );

  // Drive motor inverter voltage sensors B.
  for (let m = 0; m < 2; m++) {
    const motor = 'AB'.charAt(m);
    out.push(
      ...hexSeries(
        hexCode('P0E8C', 5 * m),
        hv(
          `capteur de tension B de l'onduleur du moteur électrique ${motor}`,
          `drive motor ${motor} inverter voltage sensor B`,
          'onduleur',
        ),
        SENSOR5,
      ),
    );
  }

  // DC/DC converter voltage sensor C, current sensors B and C, converter B.
  out.push(
    ...hexSeries(
      'P0E96',
      hv(
        'capteur de tension C du convertisseur DC/DC',
        'DC/DC converter voltage sensor C',
        'haute_tension',
      ),
      SENSOR5,
    ),
  );
  for (let i = 0; i < 2; i++) {
    const letter = 'BC'.charAt(i);
    out.push(
      ...hexSeries(
        hexCode('P0E9B', 5 * i),
        hv(
          `capteur de courant ${letter} du convertisseur DC/DC`,
          `DC/DC converter current sensor ${letter}`,
          'haute_tension',
        ),
        SENSOR5,
      ),
    );
  }
  const converterB = hv('convertisseur DC/DC B', 'DC/DC converter B', 'haute_tension');
  out.push(
    entry('P0EA5', converterB, 'performance'),
    entry('P0EA6', converterB, 'overtemperature'),
  );

  // Electric A/C compressor: motor voltage sensor B, current sensors, refrigerant, relay, valves.
  const compressor = 'du moteur du compresseur de climatisation électrique';
  out.push(
    ...hexSeries(
      'P0EA8',
      airConditioning(
        `capteur de tension B ${compressor}`,
        'A/C compressor motor voltage sensor B',
      ),
      ['circuit', 'range', 'high', 'low', 'intermittent'],
    ),
    ...hexSeries(
      'P0EAD',
      airConditioning(`capteur de courant ${compressor}`, 'A/C compressor motor current sensor'),
      SENSOR4,
    ),
  );
  const phaseSensor = (phase: string): Component =>
    airConditioning(
      `capteur de courant de la phase ${phase} ${compressor}`,
      `A/C compressor motor phase ${phase} current sensor`,
    );
  out.push(
    ...entriesAt(phaseSensor('U'), [
      ['P0EB1', 'circuit'],
      ['P0EB2', 'high'],
      ['P0EB3', 'low'],
      ['P0EB4', 'range'],
    ]),
    ...entriesAt(phaseSensor('V'), [
      ['P0EB5', 'high'],
      ['P0EB6', 'low'],
      ['P0EB7', 'range'],
      ['P0EBB', 'circuit'],
    ]),
    ...entriesAt(phaseSensor('W'), [
      ['P0EB8', 'high'],
      ['P0EB9', 'low'],
      ['P0EBA', 'range'],
      ['P0EC0', 'circuit'],
    ]),
  );
  for (let i = 0; i < 2; i++) {
    const letter = 'AB'.charAt(i);
    out.push(
      ...hexSeries(
        hexCode('P0EBC', 5 * i),
        airConditioning(
          `capteur de température de fluide frigorigène ${letter}`,
          `A/C refrigerant temperature sensor ${letter}`,
        ),
        ['circuit', 'high', 'low', 'range'],
      ),
    );
  }
  const distributionValve = (letter: string): Component =>
    airConditioning(
      `vanne de répartition du fluide frigorigène ${letter}`,
      `A/C refrigerant distribution valve ${letter}`,
      'f',
    );
  out.push(
    entry(
      'P0EC5',
      airConditioning(`capteur de régime ${compressor}`, 'A/C compressor motor speed sensor'),
      'range',
    ),
    ...hexSeries(
      'P0EC6',
      airConditioning("relais d'alimentation de la climatisation", 'A/C power supply relay'),
      CTRL3,
    ),
    entry('P0EC9', distributionValve('A'), 'stuck_open'),
    entry('P0EE2', distributionValve('B'), 'stuck_open'),
    ...hexSeries('P0EE3', distributionValve('B'), CTRL3),
    driverOverload(
      'P0EE6',
      'carrosserie_confort',
      'climatisation',
      'de la vanne de répartition du fluide frigorigène B',
      'A/C refrigerant distribution valve B',
    ),
  );
  return out;
}

// ---------------------------------------------------------------- P0ECA–P0EFE
function batteryAndMotors(): DtcEntry[] {
  const out: DtcEntry[] = [];

  out.push(
    hvCondition(
      'P0ECA',
      'batterie_hybride',
      'correlation',
      'Incohérence entre les capteurs de température de la batterie haute tension',
      'Hybrid battery temperature sensors disagree',
    ),
    hvCondition(
      'P0ECB',
      'batterie_hybride',
      'correlation',
      'Incohérence entre les capteurs de tension de la batterie haute tension',
      'Hybrid battery voltage sensors disagree',
    ),
  );

  // Voltage of battery packs E and F (same layout as packs A–D at P0B23).
  for (let i = 0; i < 2; i++) {
    const letter = 'EF'.charAt(i);
    out.push(...packVoltage(hexCode('P0ECC', 4 * i), letter));
  }

  // Generator phase X, Y, Z currents (same wording as the U, V, W codes at P0A6F).
  for (let p = 0; p < 3; p++) {
    const phase = 'XYZ'.charAt(p);
    const base = hexCode('P0ED4', 3 * p);
    out.push(
      hvCondition(
        base,
        'onduleur',
        'circuit',
        `Circuit de mesure du courant dans la phase ${phase} du générateur défaillant`,
        `Generator phase ${phase} current circuit fault`,
      ),
      hvCondition(
        hexCode(base, 1),
        'onduleur',
        'signal_low',
        `Courant trop faible dans la phase ${phase} du générateur`,
        `Generator phase ${phase} current too low`,
      ),
      hvCondition(
        hexCode(base, 2),
        'onduleur',
        'signal_high',
        `Courant trop fort dans la phase ${phase} du générateur`,
        `Generator phase ${phase} current too high`,
      ),
    );
  }

  // Deterioration of battery packs B–F.
  for (let i = 0; i < 5; i++) {
    const letter = 'BCDEF'.charAt(i);
    out.push(
      hvCondition(
        hexCode('P0EDD', i),
        'batterie_hybride',
        'condition',
        `Batterie haute tension ${letter} dégradée`,
        `Hybrid battery pack ${letter} deteriorated`,
      ),
    );
  }

  out.push(
    ...hexSeries(
      'P0EE7',
      charge(
        'capteur de température B de la prise de recharge',
        'battery charger coupler temperature sensor B',
      ),
      SENSOR5,
    ),
    entry(
      'P0EEC',
      hv(
        'calculateur B de gestion de la batterie haute tension',
        'battery energy control module B',
        'calculateur_hybride',
      ),
      'performance',
    ),
    hvCondition(
      'P0EED',
      'haute_tension',
      'performance',
      'Circuit de décharge du système haute tension peu performant',
      'Hybrid battery system discharge circuit poor performance',
    ),
    hvCondition(
      'P0EEF',
      'calculateur_hybride',
      'overtemperature',
      'Température excessive du calculateur du moteur électrique A',
      'Drive motor A control module over temperature',
    ),
    chargingCondition(
      'P0EF0',
      'condition',
      'Déverrouillage de la prise de recharge refusé : haute tension présente',
      'Charge coupler unlock inhibited: high voltage present',
    ),
    ...hexSeries(
      'P0EF1',
      hv(
        'capteur de température du moteur électrique C',
        'drive motor C temperature sensor',
        'propulsion_hybride',
      ),
      SENSOR5,
    ),
    hvCondition(
      'P0EF6',
      'propulsion_hybride',
      'overtemperature',
      'Température excessive signalée par le capteur de température du moteur électrique C',
      'Drive motor C temperature sensor reports over temperature',
    ),
  );

  // Charger A input voltage sensors B and C.
  for (let i = 0; i < 2; i++) {
    const letter = 'BC'.charAt(i);
    out.push(
      ...hexSeries(
        hexCode('P0EF7', 4 * i),
        charge(
          `capteur de tension d'entrée ${letter} du chargeur A`,
          `battery charger A input voltage sensor ${letter}`,
        ),
        SENSOR4,
      ),
    );
  }
  return out;
}

export function sixthPassP0HybridCodes(): DtcEntry[] {
  return [
    ...generatorAndCooling(),
    ...chargingAndConverters(),
    ...sensorsAndClimate(),
    ...batteryAndMotors(),
  ];
}
