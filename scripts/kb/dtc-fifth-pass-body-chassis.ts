// Fifth pass over the generic code space (table 1.4.0): the B0xxx and C0xxx codes not yet listed.
// Code numbers and what they concern are facts checked against public code lists; every title is
// composed here, in the team's own words, from components and failure templates.
//
// Sources (for facts only): a public bilingual code database that tags each B0/C0 entry as valid
// for all manufacturers and names the base codes in the J2012 "(Subfault)" style, cross-checked
// code by code or family by family against public code-lookup sites that give the generic
// definition (several of them list GM or Chrysler variants separately) and, for restraint codes
// already met on PSA vehicles, a public PSA airbag code list using the same numbers.
//
// Covered here:
// - B0013, B0030–B0033, B0038–B003B, B0040–B0043, B0048–B004B: passenger knee airbag and the
//   side / frontal (stages 1–3) airbags of the second and third rows;
// - B0051, B0054–B0058, B0060: seat belt buckle sensors of the centre and rear seats, driver
//   belt tension sensor;
// - B0071, B0074, B0076–B007F, B00E0–B00E8: seat belt pretensioners (A for the remaining seats,
//   then B and C for every seat);
// - B0081, B0083–B0088: seat belt load limiters of the remaining seats;
// - B0094, B0099, B009A–B009F: centre frontal impact sensor, rollover sensor, side impact
//   sensors 4–6;
// - B00A1, B00B0–B00B4, B00B7–B00BB, B00C2–B00C4, B00C7–B00CB: occupant position system,
//   occupant classification and position sensors of both front seats;
// - B00D0, B00D3, B00D4: driver belt indicator, second restraint warning lamp, audible warning;
// - C0012, C0016, C001A, C001E: ABS hydraulic release phase too long, per wheel;
// - C003C–C003E: single rear wheel speed sensor (tone wheel, sensor, supply);
// - C0041–C0043: brake pedal switch B, brake pedal position sensors A and B;
// - C0069, C006C, C0073–C0076, C0084–C0086, C0089, C008A: combined yaw/longitudinal sensor,
//   stability system, traction control torque interface and PWM signal, extended pedal travel
//   output, traction/stability indicators, traction control switch and mode control.
//
// GM vs J2012: GM gives its own meanings to several B0/C0 numbers. The table keeps, from the first
// pass, the GM/Opel meanings of C0035, C0040, C0045 and C0050 (wheel speed sensors); their J2012
// meanings (C0040 brake pedal switch A, C0045 brake pressure sensor B) are therefore not added
// here, since a code can carry one title only. B0081 is GM's "passenger presence system" on some
// lookup pages; the J2012 meaning (first row centre belt load limiter) is used, as three
// independent generic lists agree on it. B0023 (GM right roof rail airbag) and the other numbers
// that only GM material gives (B0023–B0027, B002B+, C0110-style GM numbers) are left out.
//
// Left out on purpose: numbers absent from the generic list (e.g. B0014–B001F, B0034–B0037,
// B0044–B0047, B0059–B005F, B0089–B008F, B00A2–B00AF, C0013, C0024–C002F, C0056–C005F,
// C0065–C0068), and four generic chassis codes whose system is neither brakes nor steering:
// C0071 (2/4 wheel drive status input, transmission), C0077 (low tyre pressure), C0078 (tyre
// diameter) and C0083 (tyre pressure monitor warning lamp); they are listed in the pass report.

import {
  REAR_SEATS,
  SEAT,
  WHEELS,
  beltIndicator,
  beltTensionSensor,
  brakePart,
  buckleSensor,
  loadLimiter,
  occupantClassificationSensor,
  pretensioner,
  restraintPart,
  restraintWarningLamp,
  sideImpactSensor,
} from './dtc-chassis-body';
import type { Component, DtcEntry, TemplateKey } from './dtc-templates';
import { entry, handWritten, hexCode, masc } from './dtc-templates';
import { capitalize } from './french';

/**
 * Turns an entry builder into one for runs of consecutive hexadecimal codes from `base`, one
 * component each, all with the same failure type. The sixth pass passes its own builder, which
 * knows more failure types.
 */
export const hexRunWith =
  <Key>(build: (code: string, c: Component, key: Key) => DtcEntry) =>
  (base: string, items: readonly Component[], key: Key): DtcEntry[] =>
    items.map((c, i) => build(hexCode(base, i), c, key));

const hexRun = hexRunWith<TemplateKey>(entry);

// ---------------------------------------------------------------- B0xxx restraints
function airbags(): DtcEntry[] {
  const out: DtcEntry[] = [
    entry(
      'B0013',
      restraintPart('airbag genoux passager', 'passenger knee airbag', 'airbag'),
      'deployment',
    ),
  ];
  // Rear rows: side airbag at +0, frontal airbag stages 1–3 at +1..+3, left then right (+8).
  for (const [base, row, rowEn] of [
    ['B0030', '2e rangée', 'second row'],
    ['B0040', '3e rangée', 'third row'],
  ] as const) {
    for (const [offset, side, sideEn] of [
      [0, 'gauche', 'left'],
      [8, 'droit', 'right'],
    ] as const) {
      const items: Component[] = [
        restraintPart(
          `airbag latéral arrière ${side} (${row})`,
          `${rowEn} ${sideEn} side airbag`,
          'airbag',
        ),
      ];
      for (const stage of [1, 2, 3]) {
        items.push(
          restraintPart(
            `airbag frontal arrière ${side} (${row}, étage ${stage})`,
            `${rowEn} ${sideEn} frontal airbag stage ${stage}`,
            'airbag',
          ),
        );
      }
      out.push(...hexRun(hexCode(base, offset), items, 'deployment'));
    }
  }
  return out;
}

function seatBelts(): DtcEntry[] {
  const out: DtcEntry[] = [
    entry('B0051', buckleSensor(SEAT.row1Center), 'circuit'),
    ...hexRun(
      'B0054',
      [SEAT.row2Center, SEAT.row2Right, SEAT.row3Left, SEAT.row3Center, SEAT.row3Right].map(
        buckleSensor,
      ),
      'circuit',
    ),
    entry('B0060', beltTensionSensor(SEAT.driver), 'fault'),
  ];

  // Pretensioners: A for the seats not yet listed, then B (B0079–B007D) and C (B007E–B007F).
  out.push(
    entry('B0071', pretensioner(SEAT.row1Center), 'deployment'),
    entry('B0074', pretensioner(SEAT.row2Center), 'deployment'),
    ...hexRun(
      'B0076',
      [SEAT.row3Left, SEAT.row3Center, SEAT.row3Right].map((s) => pretensioner(s)),
      'deployment',
    ),
    ...hexRun(
      'B0079',
      [SEAT.driver, SEAT.passenger, SEAT.row2Left, SEAT.row2Right, SEAT.row2Center].map((s) =>
        pretensioner(s, 'B'),
      ),
      'deployment',
    ),
    ...hexRun(
      'B007E',
      [SEAT.driver, SEAT.passenger].map((s) => pretensioner(s, 'C')),
      'deployment',
    ),
    // B00E0–B00E8: the remaining B and C pretensioners, in the order of the generic list.
    ...hexRun(
      'B00E0',
      [
        pretensioner(SEAT.row3Left, 'B'),
        pretensioner(SEAT.row3Right, 'B'),
        pretensioner(SEAT.row3Center, 'B'),
        pretensioner(SEAT.row2Left, 'C'),
        pretensioner(SEAT.row2Right, 'C'),
        pretensioner(SEAT.row2Center, 'C'),
        pretensioner(SEAT.row3Right, 'C'),
        pretensioner(SEAT.row3Left, 'C'),
        pretensioner(SEAT.row3Center, 'C'),
      ],
      'deployment',
    ),
  );

  // Load limiters: B0081 first row centre, B0083–B0088 second and third rows.
  out.push(
    entry('B0081', loadLimiter(SEAT.row1Center), 'deployment'),
    ...hexRun('B0083', REAR_SEATS.map(loadLimiter), 'deployment'),
  );
  return out;
}

function sensorsAndOccupant(): DtcEntry[] {
  const out: DtcEntry[] = [
    entry(
      'B0094',
      restraintPart(
        'capteur de choc frontal central',
        'center frontal impact sensor',
        'capteurs_choc',
      ),
      'fault',
    ),
    entry(
      'B0099',
      restraintPart('capteur de retournement (tonneau)', 'rollover sensor', 'capteurs_choc'),
      'fault',
    ),
  ];
  out.push(
    ...hexRun(
      'B009A',
      [
        sideImpactSensor('gauche', 'left', 4),
        sideImpactSensor('gauche', 'left', 5),
        sideImpactSensor('gauche', 'left', 6),
        sideImpactSensor('droit', 'right', 4),
        sideImpactSensor('droit', 'right', 5),
        sideImpactSensor('droit', 'right', 6),
      ],
      'fault',
    ),
    entry(
      'B00A1',
      restraintPart(
        "système de détection de position de l'occupant",
        'occupant position detection system',
        'detection_occupant',
      ),
      'fault',
    ),
  );

  const position = (seat: string, seatEn: string, letter: string): Component =>
    restraintPart(
      `capteur ${letter} de position d'occupant du siège ${seat}`,
      `${seatEn} seat occupant position sensor ${letter}`,
      'detection_occupant',
    );
  const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;
  out.push(
    ...hexRun(
      'B00B0',
      LETTERS.map((l) => occupantClassificationSensor('conducteur', 'driver', l)),
      'fault',
    ),
    ...hexRun(
      'B00B7',
      LETTERS.map((l) => position('conducteur', 'driver', l)),
      'fault',
    ),
    // B00C0–B00C1 (passenger A and B) are in the first pass.
    ...hexRun(
      'B00C2',
      LETTERS.slice(2).map((l) => occupantClassificationSensor('passager', 'passenger', l)),
      'fault',
    ),
    ...hexRun(
      'B00C7',
      LETTERS.map((l) => position('passager', 'passenger', l)),
      'fault',
    ),
  );

  out.push(
    entry('B00D0', beltIndicator(SEAT.driver), 'circuit'),
    entry('B00D3', restraintWarningLamp(2), 'circuit'),
    entry(
      'B00D4',
      restraintPart(
        'avertisseur sonore de défaut airbag',
        'restraint system audible malfunction warning',
        'temoins',
      ),
      'circuit',
    ),
  );
  return out;
}

// ---------------------------------------------------------------- C0xxx chassis
function chassis(): DtcEntry[] {
  const out: DtcEntry[] = [];

  // ABS hydraulic release (pressure decrease) phase held too long, one code per wheel, right
  // after the inlet/outlet valve codes of the same wheel.
  WHEELS.forEach(([fr, en], i) => {
    out.push(
      handWritten(
        hexCode('C0012', 4 * i),
        'freinage_abs',
        'groupe_abs',
        'condition',
        `Phase de décharge hydraulique ABS trop longue sur la roue ${fr}`,
        `${capitalize(en)} wheel ABS hydraulic release phase too long`,
      ),
    );
  });

  // Single rear wheel speed sensor (one sensor for the rear axle, usually on the differential).
  out.push(
    ...hexRun(
      'C003C',
      [
        brakePart(
          'cible (roue phonique) commune des roues arrière',
          'common rear tone wheel',
          'capteur_vitesse_roue',
          true,
        ),
        brakePart(
          'capteur de vitesse commun des roues arrière',
          'common rear wheel speed sensor',
          'capteur_vitesse_roue',
        ),
        brakePart(
          'alimentation du capteur de vitesse commun des roues arrière',
          'common rear wheel speed sensor supply',
          'capteur_vitesse_roue',
          true,
        ),
      ],
      'fault',
    ),
  );

  // Brake pedal: switch B, position sensors A and B (switch A is C0040, kept with the legacy GM
  // wheel speed meaning, see the header).
  out.push(
    entry(
      'C0041',
      brakePart('contacteur B de pédale de frein', 'brake pedal switch B', 'contacteur_frein'),
      'fault',
    ),
    entry(
      'C0042',
      brakePart(
        'capteur A de position de pédale de frein',
        'brake pedal position sensor A',
        'contacteur_frein',
      ),
      'circuit',
    ),
    entry(
      'C0043',
      brakePart(
        'capteur B de position de pédale de frein',
        'brake pedal position sensor B',
        'contacteur_frein',
      ),
      'circuit',
    ),
  );

  out.push(
    handWritten(
      'C0069',
      'freinage_abs',
      'esp_capteurs',
      'performance',
      "Capteur combiné de lacet et d'accélération longitudinale en défaut",
      'Combined yaw rate and longitudinal acceleration sensor fault',
    ),
    entry(
      'C006C',
      brakePart('système de contrôle de stabilité (ESP)', 'stability control system', 'esp'),
      'fault',
    ),
    // Torque interface between the brake and engine control units for traction control.
    entry(
      'C0073',
      brakePart(
        'signal de couple moteur délivré (antipatinage)',
        'delivered engine torque signal (traction control)',
        'antipatinage',
      ),
      'fault',
    ),
    entry(
      'C0074',
      brakePart(
        'signal de couple moteur demandé (antipatinage)',
        'requested engine torque signal (traction control)',
        'antipatinage',
      ),
      'fault',
    ),
    handWritten(
      'C0075',
      'freinage_abs',
      'freins',
      'circuit',
      'Signal de course excessive de la pédale de frein vers le calculateur moteur en défaut',
      'Extended brake pedal travel signal to the engine control module fault',
    ),
    entry(
      'C0076',
      brakePart("signal PWM de l'antipatinage", 'traction control PWM signal', 'antipatinage'),
      'fault',
    ),
  );

  out.push(
    ...hexRun(
      'C0084',
      [
        brakePart("témoin d'antipatinage actif", 'traction control active indicator', 'temoins'),
        brakePart(
          "témoin de désactivation de l'antipatinage",
          'traction control off indicator',
          'temoins',
        ),
        brakePart(
          'témoin de dynamique du véhicule (ESP)',
          'vehicle dynamics (stability control) indicator',
          'temoins',
        ),
      ],
      'circuit',
    ),
    entry(
      'C0089',
      brakePart(
        "contacteur de désactivation de l'antipatinage",
        'traction control disable switch',
        'antipatinage',
      ),
      'circuit',
    ),
    entry(
      'C008A',
      brakePart(
        "commande de mode de l'antipatinage",
        'traction control mode control',
        'antipatinage',
        true,
      ),
      'fault',
    ),
  );
  return out;
}

// Chassis codes that are not braking or steering: the four-wheel-drive status input belongs to
// the transmission, tyre pressure monitoring to the body (it has its own criticality rule), and
// the tyre size plausibility is detected by the ABS unit from wheel speeds.
function chassisOutsideBrakes(): DtcEntry[] {
  const tyres = (fr: string, en: string): Component =>
    masc(fr, en, 'carrosserie_confort', 'pression_pneus');
  return [
    entry(
      'C0071',
      masc(
        "signal d'état de la transmission intégrale",
        'four-wheel drive status input',
        'transmission',
        'transmission_integrale',
      ),
      'fault',
    ),
    handWritten(
      'C0077',
      'carrosserie_confort',
      'pression_pneus',
      'condition',
      'Pression de pneu trop basse détectée',
      'Low tyre pressure detected',
    ),
    handWritten(
      'C0078',
      'freinage_abs',
      'capteur_vitesse_roue',
      'condition',
      'Diamètre de pneu incohérent avec les autres roues (vu par les vitesses de roue)',
      'Tyre diameter implausible against the other wheels (from wheel speeds)',
    ),
    entry(
      'C0083',
      tyres('témoin de surveillance de pression des pneus', 'tyre pressure monitor lamp'),
      'circuit',
    ),
  ];
}

export function fifthPassBodyChassisCodes(): DtcEntry[] {
  return [
    ...airbags(),
    ...seatBelts(),
    ...sensorsAndOccupant(),
    ...chassis(),
    ...chassisOutsideBrakes(),
  ];
}
