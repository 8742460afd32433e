// Third pass over the generic code space: blocks the earlier passes left out until their codes
// could be checked against public material (manufacturer repair information and public code
// tables, used to confirm that a code exists and which component it concerns, never for wording).
//
// - P001A–P00BF and P00C6: the hexadecimal P00xx codes (valve lift, boost control, charge air
//   cooler and intake temperatures bank 2, low-pressure fuel, radiator coolant temperature…);
// - P0A08–P0A10, P0A17–P0A29, P0A5D–P0A77, P0A7A–P0A7C, P0A81–P0A8F, P0A96–P0AB5,
//   P0ABA–P0AD3: hybrid/EV drive, 14 V power module and high-voltage battery sensors and fans;
// - U0113: emissions-critical information no longer received over the network.
//
// Every title is composed here from our own component names and failure templates.

import type { Component, DtcEntry, Failure } from './dtc-templates';
import {
  CTRL3,
  CTRL4,
  SENSOR5,
  entry,
  fem,
  handWritten,
  hexCode,
  hexSeries,
  masc,
} from './dtc-templates';
import { hybridComponent } from './dtc-powertrain-extra';
import { capitalize, deArticle } from './french';

// ---------------------------------------------------------------- P00xx, hexadecimal codes
function p00hex(): DtcEntry[] {
  const out: DtcEntry[] = [];
  // Camshaft profile (variable valve lift) actuators A and B, per bank.
  const profile = (cam: 'A' | 'B', bank: number): Component =>
    masc(
      `actionneur de changement de profil de came ${cam} (banc ${bank})`,
      `camshaft profile control actuator ${cam} (bank ${bank})`,
      'moteur',
      'distribution_variable',
    );
  out.push(
    ...hexSeries('P001A', profile('A', 1), CTRL3),
    ...hexSeries('P001D', profile('A', 2), CTRL3),
    ...hexSeries('P002A', profile('B', 1), CTRL3),
    ...hexSeries('P002D', profile('B', 2), CTRL3),
    ...hexSeries('P003C', profile('A', 1), ['stuck_off', 'stuck_on']),
    ...hexSeries('P003E', profile('A', 2), ['stuck_off', 'stuck_on']),
    ...hexSeries('P005A', profile('B', 1), ['stuck_off', 'stuck_on']),
    ...hexSeries('P005C', profile('B', 2), ['stuck_off', 'stuck_on']),
  );

  // Boost pressure control A (P0045–P0048 in the decimal block) and B.
  const boostControl = (letter: 'A' | 'B'): Component =>
    fem(
      `électrovanne de régulation de pression de suralimentation ${letter}`,
      `boost pressure control solenoid ${letter}`,
      'moteur',
      'suralimentation',
    );
  out.push(
    ...hexSeries('P004A', boostControl('B'), CTRL4),
    entry('P004E', boostControl('A'), 'ctrl_intermittent'),
    entry('P004F', boostControl('B'), 'ctrl_intermittent'),
  );
  for (const [code, letter] of [
    ['P003A', 'A'],
    ['P003B', 'B'],
  ] as const) {
    out.push(
      handWritten(
        code,
        'moteur',
        'suralimentation',
        'performance',
        `Régulation de suralimentation ${letter} : limite d'apprentissage de position dépassée`,
        `Boost control ${letter}: position learning limit exceeded`,
      ),
    );
  }
  for (const [base, letter] of [
    ['P006E', 'A'],
    ['P005E', 'B'],
  ] as const) {
    out.push(
      handWritten(
        base,
        'moteur',
        'suralimentation',
        'signal_low',
        `Tension d'alimentation de la régulation de suralimentation ${letter} trop basse`,
        `Boost control ${letter} supply voltage too low`,
      ),
      handWritten(
        hexCode(base, 1),
        'moteur',
        'suralimentation',
        'signal_high',
        `Tension d'alimentation de la régulation de suralimentation ${letter} trop haute`,
        `Boost control ${letter} supply voltage too high`,
      ),
    );
  }
  for (const [code, letter] of [
    ['P00AF', 'A'],
    ['P00B0', 'B'],
  ] as const) {
    out.push(
      entry(
        code,
        masc(
          `module de régulation de suralimentation ${letter}`,
          `boost control module ${letter}`,
          'moteur',
          'suralimentation',
        ),
        'performance',
      ),
    );
  }

  // Pressure and air flow plausibility checks.
  const airCorrelation: readonly (readonly [string, string, string])[] = [
    [
      'P006A',
      "Incohérence entre pression collecteur et débit d'air mesuré (banc 1)",
      'Manifold pressure does not match measured air flow (bank 1)',
    ],
    [
      'P00B8',
      "Incohérence entre pression collecteur et débit d'air mesuré (banc 2)",
      'Manifold pressure does not match measured air flow (bank 2)',
    ],
    [
      'P006B',
      "Incohérence entre pression collecteur et pression d'échappement",
      'Manifold pressure does not match exhaust pressure',
    ],
    [
      'P006C',
      'Incohérence entre pression collecteur et pression en entrée du turbo/compresseur',
      'Manifold pressure does not match turbo/supercharger inlet pressure',
    ],
    [
      'P006D',
      'Incohérence entre pression atmosphérique et pression en entrée du turbo/compresseur',
      'Barometric pressure does not match turbo/supercharger inlet pressure',
    ],
  ];
  for (const [code, fr, en] of airCorrelation) {
    out.push(handWritten(code, 'injection_melange', 'mesure_air', 'correlation', fr, en));
  }
  const mafRange: readonly (readonly [string, string, 'faible' | 'élevé', string])[] = [
    ['P00BC', 'A', 'faible', 'low'],
    ['P00BD', 'A', 'élevé', 'high'],
    ['P00BE', 'B', 'faible', 'low'],
    ['P00BF', 'B', 'élevé', 'high'],
  ];
  for (const [code, letter, fr, en] of mafRange) {
    out.push(
      handWritten(
        code,
        'injection_melange',
        'debitmetre',
        'range_performance',
        `Débitmètre d'air ${letter} hors plage : débit mesuré trop ${fr}`,
        `Mass air flow sensor ${letter} out of range: measured flow too ${en}`,
      ),
    );
  }

  // Temperature sensors: charge air cooler (both banks), intake air bank 2, radiator outlet.
  const cacSensor = (bank: number): Component =>
    masc(
      `capteur de température du refroidisseur d'air de suralimentation (banc ${bank})`,
      `charge air cooler temperature sensor (bank ${bank})`,
      'moteur',
      'suralimentation',
    );
  const iatBank2 = (n: number): Component =>
    masc(
      `capteur de température d'air d'admission ${n} (banc 2)`,
      `intake air temperature sensor ${n} (bank 2)`,
      'injection_melange',
      'temperature_air_admission',
    );
  const radiatorSensor = masc(
    'capteur de température du liquide en sortie de radiateur',
    'radiator coolant temperature sensor',
    'refroidissement',
    'capteur_temperature_eau',
  );
  out.push(
    ...hexSeries('P007A', cacSensor(1), SENSOR5),
    ...hexSeries('P00A0', cacSensor(2), SENSOR5),
    ...hexSeries('P00A5', iatBank2(2), SENSOR5),
    ...hexSeries('P00AA', iatBank2(1), SENSOR5),
    ...hexSeries('P00B1', radiatorSensor, SENSOR5),
    handWritten(
      'P007F',
      'moteur',
      'suralimentation',
      'correlation',
      "Incohérence entre les capteurs de température du refroidisseur d'air des bancs 1 et 2",
      'Charge air cooler temperature sensors of banks 1 and 2 disagree',
    ),
    handWritten(
      'P009A',
      'injection_melange',
      'temperature_air_admission',
      'correlation',
      "Incohérence entre température d'air d'admission et température extérieure",
      'Intake air temperature does not match ambient air temperature',
    ),
    handWritten(
      'P008F',
      'refroidissement',
      'capteur_temperature_eau',
      'correlation',
      'Incohérence entre température du liquide de refroidissement et température du carburant',
      'Engine coolant temperature does not match fuel temperature',
    ),
    handWritten(
      'P00B6',
      'refroidissement',
      'capteur_temperature_eau',
      'correlation',
      'Incohérence entre température en sortie de radiateur et température moteur',
      'Radiator coolant temperature does not match engine coolant temperature',
    ),
    handWritten(
      'P00B7',
      'refroidissement',
      'circulation_liquide',
      'flow',
      'Débit du liquide de refroidissement moteur insuffisant',
      'Engine coolant flow too low',
    ),
  );

  // Low-pressure fuel supply, fuel cooler pump, fuel pressure relief valve.
  out.push(
    handWritten(
      'P008A',
      'injection_melange',
      'pression_carburant',
      'pressure_low',
      'Pression trop basse dans le circuit de carburant basse pression',
      'Low-pressure fuel system pressure too low',
    ),
    handWritten(
      'P008B',
      'injection_melange',
      'pression_carburant',
      'pressure_high',
      'Pression trop haute dans le circuit de carburant basse pression',
      'Low-pressure fuel system pressure too high',
    ),
    handWritten(
      'P00B9',
      'injection_melange',
      'pression_carburant',
      'pressure_low',
      'Pression trop basse dans le circuit de carburant basse pression par temps froid',
      'Low-pressure fuel system pressure too low at low ambient temperature',
    ),
    handWritten(
      'P00BA',
      'injection_melange',
      'pression_carburant',
      'pressure_low',
      'Pression de carburant trop basse : puissance volontairement limitée',
      'Fuel pressure too low: power deliberately limited',
    ),
    handWritten(
      'P00BB',
      'injection_melange',
      'injecteur',
      'flow',
      'Débit des injecteurs insuffisant : puissance volontairement limitée',
      'Injector flow insufficient: power deliberately limited',
    ),
    handWritten(
      'P00C6',
      'injection_melange',
      'pression_carburant',
      'pressure_low',
      'Pression de carburant dans la rampe trop basse pendant le lancement du moteur',
      'Fuel rail pressure too low while the engine is cranking',
    ),
    ...hexSeries(
      'P008C',
      fem(
        'pompe du refroidisseur de carburant',
        'fuel cooler pump',
        'injection_melange',
        'refroidissement_carburant',
      ),
      CTRL3,
    ),
    ...hexSeries(
      'P009B',
      fem(
        'électrovanne de décharge de pression de carburant',
        'fuel pressure relief control valve',
        'injection_melange',
        'regulation_pression_carburant',
      ),
      [...CTRL3, 'stuck_off', 'stuck_on'],
    ),
  );
  return out;
}

// ---------------------------------------------------------------- P0Axx, hybrid and EV
function p0aHybrid(): DtcEntry[] {
  const out: DtcEntry[] = [];

  // DC/DC converter status line: P0A08, P0A09 and P0A10 (P0A0A–P0A0F belong to other systems).
  const dcdcStatus = hybridComponent(
    "ligne d'état du convertisseur DC/DC",
    'DC/DC converter status line',
    true,
    'haute_tension',
  );
  out.push(
    entry('P0A08', dcdcStatus, 'circuit'),
    entry('P0A09', dcdcStatus, 'low'),
    entry('P0A10', dcdcStatus, 'high'),
  );

  // Torque sensors: the drive motor's straddles the P0A1A–P0A1F modules (P0A17–P0A19, P0A20–P0A21).
  const motorTorque = hybridComponent(
    'capteur de couple du moteur électrique',
    'drive motor torque sensor',
  );
  const generatorTorque = hybridComponent(
    'capteur de couple du générateur',
    'generator torque sensor',
  );
  for (const [code, key] of [
    ['P0A17', 'circuit'],
    ['P0A18', 'range'],
    ['P0A19', 'low'],
    ['P0A20', 'high'],
    ['P0A21', 'intermittent'],
  ] as const) {
    out.push(entry(code, motorTorque, key));
  }
  out.push(...hexSeries('P0A22', generatorTorque, SENSOR5));
  const powerOff = hybridComponent(
    'ligne de coupure de la batterie haute tension',
    'hybrid battery power off line',
    true,
    'haute_tension',
  );
  out.push(
    entry('P0A27', powerOff, 'circuit'),
    entry('P0A28', powerOff, 'low'),
    entry('P0A29', powerOff, 'high'),
  );

  // Phase currents U, V, W (circuit, too low, too high) of motor A, motor B, then the generator.
  const machines: readonly (readonly [string, string])[] = [
    ['moteur électrique A', 'drive motor A'],
    ['moteur électrique B', 'drive motor B'],
    ['générateur', 'generator'],
  ];
  machines.forEach(([fr, en], m) => {
    const machine = hybridComponent(fr, en);
    ['U', 'V', 'W'].forEach((phase, p) => {
      const base = hexCode('P0A5D', 9 * m + 3 * p);
      const where = `la phase ${phase} ${deArticle(machine)}`;
      out.push(
        handWritten(
          base,
          'electricite_charge',
          'onduleur',
          'circuit',
          `Circuit de mesure du courant dans ${where} défaillant`,
          `${capitalize(en)} phase ${phase} current circuit fault`,
        ),
        handWritten(
          hexCode(base, 1),
          'electricite_charge',
          'onduleur',
          'signal_low',
          `Courant trop faible dans ${where}`,
          `${capitalize(en)} phase ${phase} current too low`,
        ),
        handWritten(
          hexCode(base, 2),
          'electricite_charge',
          'onduleur',
          'signal_high',
          `Courant trop fort dans ${where}`,
          `${capitalize(en)} phase ${phase} current too high`,
        ),
      );
    });
  });

  out.push(
    entry(
      'P0A7A',
      hybridComponent('onduleur du générateur', 'generator inverter', false, 'onduleur'),
      'performance',
    ),
    handWritten(
      'P0A7B',
      'electricite_charge',
      'calculateur_hybride',
      'condition',
      'Allumage du voyant moteur demandé par le calculateur de gestion de la batterie haute tension',
      'Malfunction lamp requested by the battery energy control module',
    ),
    handWritten(
      'P0A7C',
      'electricite_charge',
      'onduleur',
      'overtemperature',
      "Température excessive de l'électronique de puissance des moteurs électriques",
      'Motor electronics over temperature',
    ),
    handWritten(
      'P0AC4',
      'electricite_charge',
      'calculateur_hybride',
      'condition',
      'Allumage du voyant moteur demandé par le calculateur de la chaîne de traction hybride',
      'Malfunction lamp requested by the hybrid powertrain control module',
    ),
  );

  // 14 V power module (DC/DC converter feeding the low-voltage network).
  out.push(
    ...hexSeries(
      'P0A86',
      hybridComponent(
        'capteur de courant du convertisseur 14 V',
        '14 volt power module current sensor',
        false,
        'reseau_14v',
      ),
      SENSOR5,
    ),
  );
  const v14: readonly (readonly [string, Failure, string, string])[] = [
    [
      'P0A8B',
      'condition',
      'Tension du réseau 14 V hors tolérance (convertisseur 14 V)',
      '14 volt power module system voltage out of tolerance',
    ],
    [
      'P0A8C',
      'intermittent',
      'Tension du réseau 14 V instable (convertisseur 14 V)',
      '14 volt power module system voltage unstable',
    ],
    [
      'P0A8D',
      'signal_low',
      'Tension du réseau 14 V trop basse (convertisseur 14 V)',
      '14 volt power module system voltage too low',
    ],
    [
      'P0A8E',
      'signal_high',
      'Tension du réseau 14 V trop haute (convertisseur 14 V)',
      '14 volt power module system voltage too high',
    ],
    [
      'P0A8F',
      'performance',
      'Convertisseur 14 V peu performant',
      '14 volt power module system poor performance',
    ],
  ];
  for (const [code, failure, fr, en] of v14) {
    out.push(handWritten(code, 'electricite_charge', 'reseau_14v', failure, fr, en));
  }

  // High-voltage battery cooling fans 1, 2 and 3.
  const fan = (n: number): Component =>
    masc(
      `ventilateur ${n} de refroidissement de la batterie haute tension`,
      `hybrid battery pack cooling fan ${n}`,
      'refroidissement',
      'refroidissement_batterie_hybride',
    );
  const FAN_KEYS = ['ctrl', 'stuck_off', 'stuck_on', 'ctrl_low', 'ctrl_high'] as const;
  out.push(
    ...hexSeries('P0A81', fan(1), FAN_KEYS),
    ...hexSeries('P0A96', fan(2), FAN_KEYS),
    ...hexSeries('P0ACF', fan(3), FAN_KEYS),
  );

  // High-voltage battery sensors.
  const battery = (fr: string, en: string): Component =>
    masc(
      `${fr} de la batterie haute tension`,
      `hybrid battery ${en}`,
      'electricite_charge',
      'batterie_hybride',
    );
  out.push(
    ...hexSeries('P0A9B', battery('capteur de température A', 'temperature sensor A'), SENSOR5),
    ...hexSeries('P0AC5', battery('capteur de température B', 'temperature sensor B'), SENSOR5),
    ...hexSeries('P0ACA', battery('capteur de température C', 'temperature sensor C'), SENSOR5),
    ...hexSeries('P0AA7', battery("capteur d'isolement", 'voltage isolation sensor'), SENSOR5),
    ...hexSeries(
      'P0AAC',
      battery("capteur de température d'air A", 'air temperature sensor A'),
      SENSOR5,
    ),
    ...hexSeries(
      'P0AB1',
      battery("capteur de température d'air B", 'air temperature sensor B'),
      SENSOR5,
    ),
    ...hexSeries('P0ABA', battery('capteur de tension', 'voltage sensor'), SENSOR5),
    ...hexSeries('P0ABF', battery('capteur de courant', 'current sensor'), SENSOR5),
  );
  return out;
}

// ---------------------------------------------------------------- U01xx
function network(): DtcEntry[] {
  return [
    handWritten(
      'U0113',
      'reseau_communication',
      'communication_module',
      'communication',
      'Perte de communication : informations critiques pour la dépollution non reçues',
      'Lost communication: emissions-critical control information not received',
    ),
  ];
}

export function thirdPassCodes(): DtcEntry[] {
  return [...p00hex(), ...p0aHybrid(), ...network()];
}
