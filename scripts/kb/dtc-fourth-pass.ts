// Fourth pass over the generic code space (table 1.3.0): codes whose existence and component were
// checked against public material (manufacturer repair information, public code lookups), used
// only to confirm that a code is defined and what it concerns, never for wording.
//
// - P2450–P2451: EVAP switching (vapour containment) valve;
// - P2460–P2462: particulate filter differential pressure sensor B;
// - P2567–P2570: direct ozone reduction catalyst temperature sensor;
// - P2578–P2582: turbocharger speed sensor; P2586: boost control position sensor B;
// - P2604–P2609: intake air heaters A and B, heating system performance;
// - C0046, C0048–C0049, C0052–C0055: brake pressure sensors A/B, booster travel sensor, brake
//   fluid level, steering wheel position sensor signals A–D;
// - U0116, U0192, U0243–U0245, U0253: lost communication with further modules.
//
// Codes in the same ranges that could not be confirmed (P2448–P2449, P2464+, P2571–P2577,
// P2583–P2585, P2587+) are left out on purpose.

import type { DtcEntry } from './dtc-templates';
import { SENSOR4, entry, fem, handWritten, masc, series } from './dtc-templates';

// ---------------------------------------------------------------- P2xxx
function p2(): DtcEntry[] {
  const out: DtcEntry[] = [];

  // EVAP switching valve (Toyota calls it the vapour containment valve).
  out.push(
    handWritten(
      'P2450',
      'emissions',
      'evap',
      'stuck',
      'Vanne de commutation du circuit antiévaporation (EVAP) peu performante ou restée ouverte',
      'EVAP switching valve poor performance or stuck open',
    ),
    handWritten(
      'P2451',
      'emissions',
      'evap',
      'stuck',
      'Vanne de commutation du circuit antiévaporation (EVAP) restée fermée',
      'EVAP switching valve stuck closed',
    ),
  );

  // Particulate filter differential pressure sensor B (sensor A is P2452–P2456).
  const dpfB = masc(
    'capteur de pression différentielle du filtre à particules B',
    'particulate filter differential pressure sensor B',
    'emissions',
    'filtre_a_particules',
  );
  out.push(
    entry('P2460', dpfB, 'low'),
    entry('P2461', dpfB, 'high'),
    entry('P2462', dpfB, 'intermittent'),
  );

  // Direct ozone reduction (DOR) catalyst temperature sensor, on the radiator of some Asian
  // and American petrol cars.
  out.push(
    ...series(
      'P2567',
      masc(
        "capteur de température du catalyseur de réduction d'ozone (DOR)",
        'direct ozone reduction catalyst temperature sensor',
        'emissions',
        'catalyseur',
      ),
      SENSOR4,
    ),
  );

  // Turbocharger shaft speed sensor and second boost control position sensor.
  out.push(
    ...series(
      'P2578',
      masc(
        'capteur de régime du turbocompresseur',
        'turbocharger speed sensor',
        'moteur',
        'suralimentation',
      ),
      ['circuit', 'circuit_range', 'low', 'high', 'intermittent'],
    ),
    entry(
      'P2586',
      masc(
        'capteur de position de la commande de suralimentation B',
        'boost control position sensor B',
        'moteur',
        'suralimentation',
      ),
      'circuit',
    ),
  );

  // Intake air heaters (diesel grid heaters); heater A circuit codes are P0540–P0543.
  const heaterA = masc(
    "réchauffeur d'air d'admission A",
    'intake air heater A',
    'allumage',
    'prechauffage',
  );
  const heaterB = masc(
    "réchauffeur d'air d'admission B",
    'intake air heater B',
    'allumage',
    'prechauffage',
  );
  out.push(
    entry('P2604', heaterA, 'circuit_range'),
    entry('P2605', heaterB, 'open'),
    entry('P2606', heaterB, 'circuit_range'),
    entry('P2607', heaterB, 'low'),
    entry('P2608', heaterB, 'high'),
    handWritten(
      'P2609',
      'allumage',
      'prechauffage',
      'performance',
      "Réchauffage de l'air d'admission insuffisant ou peu performant",
      'Intake air heating system poor performance',
    ),
  );
  return out;
}

// ---------------------------------------------------------------- C00xx
function c0(): DtcEntry[] {
  const out: DtcEntry[] = [
    entry(
      'C0046',
      masc(
        'capteurs de pression de freinage A et B',
        'brake pressure sensors A and B',
        'freinage_abs',
        'capteur_pression_frein',
        true,
      ),
      'correlation',
    ),
    entry(
      'C0048',
      masc(
        'capteur de course du servofrein',
        'brake booster travel sensor',
        'freinage_abs',
        'servofrein',
      ),
      'fault',
    ),
    handWritten(
      'C0049',
      'freinage_abs',
      'liquide_frein',
      'condition',
      'Niveau de liquide de frein : défaut détecté (niveau bas ou capteur)',
      'Brake fluid level fault (low level or sensor)',
    ),
  ];
  ['A', 'B', 'C', 'D'].forEach((letter, i) => {
    out.push(
      entry(
        `C005${2 + i}`,
        masc(
          `signal ${letter} du capteur d'angle de volant`,
          `steering wheel position sensor signal ${letter}`,
          'direction',
          'capteur_angle_volant',
        ),
        'fault',
      ),
    );
  });
  return out;
}

// ---------------------------------------------------------------- U01xx–U02xx
function network(): DtcEntry[] {
  const module = (fr: string, en: string, gender: 'm' | 'f' = 'm') =>
    gender === 'm'
      ? masc(fr, en, 'reseau_communication', 'communication_module')
      : fem(fr, en, 'reseau_communication', 'communication_module');
  return [
    entry(
      'U0116',
      module(
        'module de gestion de la température du liquide de refroidissement',
        'coolant temperature control module',
      ),
      'lost_comm',
    ),
    entry('U0192', module('ordinateur personnel (PC)', 'personal computer'), 'lost_comm'),
    entry(
      'U0243',
      module("module d'aide au stationnement B", 'parking assist control module B'),
      'lost_comm',
    ),
    entry(
      'U0244',
      module('module de marchepied électrique A', 'running board control module A'),
      'lost_comm',
    ),
    entry(
      'U0245',
      module('module multimédia avant', 'front entertainment control module'),
      'lost_comm',
    ),
    entry(
      'U0253',
      module("module d'interface des accessoires (APIM)", 'accessory protocol interface module'),
      'lost_comm',
    ),
  ];
}

export function fourthPassCodes(): DtcEntry[] {
  return [...p2(), ...c0(), ...network()];
}
