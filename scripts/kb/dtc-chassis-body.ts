// C0xxx chassis and B0xxx restraint codes beyond the first pass. These base codes are usually
// reported with a failure-type byte (ISO 14229 / J2012 "FTB") that carries the detail, so the
// titles name the component and say it is at fault; the FTB is described elsewhere.
//
// Note on C0035/C0040/C0045/C0050: GM/Opel used them for the four wheel speed sensors; current
// J2012 (and PSA, Renault…) puts those sensors at C0031/C0034/C0037/C003A with tone wheels and
// supplies around them. The generator titles C0035/C0040/C0045 with their J2012 meaning and names
// the GM one in the same title, so C0035 is left to it here.

import type { Component, DtcEntry, System } from './dtc-templates';
import { entry, fem, handWritten, hexCode, masc } from './dtc-templates';

// Shared with the later body/chassis passes (dtc-fifth-pass-body-chassis.ts,
// dtc-sixth-pass-body-chassis.ts), so that a part keeps one name and one system in every pass.

/** Component builder for one system: name, English name, subsystem, gender and number. */
export const componentsOf =
  (system: System) =>
  (fr: string, en: string, subsystem: string, feminine = false, plural = false): Component =>
    (feminine ? fem : masc)(fr, en, system, subsystem, plural);

export const brakePart = componentsOf('freinage_abs');
export const restraintPart = componentsOf('airbag');

export const WHEELS = [
  ['avant gauche', 'front left'],
  ['avant droite', 'front right'],
  ['arrière gauche', 'rear left'],
  ['arrière droite', 'rear right'],
] as const;

export const wheelSpeedSensor = (wheel: string, wheelEn: string): Component =>
  brakePart(
    `capteur de vitesse de roue ${wheel}`,
    `${wheelEn} wheel speed sensor`,
    'capteur_vitesse_roue',
  );

// Seat positions. The French agrees with "ceinture" (feminine) and gives the row in brackets.
export interface Seat {
  readonly belt: string; // after "ceinture"
  readonly en: string;
}
export const SEAT = {
  driver: { belt: 'conducteur', en: 'driver' },
  passenger: { belt: 'passager', en: 'passenger' },
  row1Center: { belt: 'centrale avant', en: 'first row center' },
  row2Left: { belt: 'arrière gauche (2e rangée)', en: 'second row left' },
  row2Center: { belt: 'centrale arrière (2e rangée)', en: 'second row center' },
  row2Right: { belt: 'arrière droite (2e rangée)', en: 'second row right' },
  row3Left: { belt: 'arrière gauche (3e rangée)', en: 'third row left' },
  row3Center: { belt: 'centrale arrière (3e rangée)', en: 'third row center' },
  row3Right: { belt: 'arrière droite (3e rangée)', en: 'third row right' },
} as const satisfies Record<string, Seat>;
/** Second and third row seats, in the order J2012 lists them within a family. */
export const REAR_SEATS: readonly Seat[] = [
  SEAT.row2Left,
  SEAT.row2Center,
  SEAT.row2Right,
  SEAT.row3Left,
  SEAT.row3Center,
  SEAT.row3Right,
];

export const buckleSensor = (s: Seat): Component =>
  restraintPart(
    `capteur de bouclage de ceinture ${s.belt}`,
    `${s.en} seat belt buckle sensor`,
    'ceinture',
  );
export const beltTensionSensor = (s: Seat): Component =>
  restraintPart(
    `capteur de tension de ceinture ${s.belt}`,
    `${s.en} seat belt tension sensor`,
    'ceinture',
  );
export const pretensioner = (s: Seat, letter = ''): Component =>
  restraintPart(
    `prétensionneur${letter ? ` ${letter}` : ''} de ceinture ${s.belt}`,
    `${s.en} seat belt pretensioner${letter ? ` ${letter}` : ''}`,
    'ceinture',
  );
export const loadLimiter = (s: Seat): Component =>
  restraintPart(
    `limiteur d'effort de ceinture ${s.belt}`,
    `${s.en} seat belt load limiter`,
    'ceinture',
  );
export const beltIndicator = (s: Seat): Component =>
  restraintPart(`témoin de ceinture ${s.belt}`, `${s.en} seat belt indicator`, 'temoins');
export const restraintWarningLamp = (n: number): Component =>
  restraintPart(
    `témoin ${n} de défaut airbag`,
    `restraint system malfunction indicator ${n}`,
    'temoins',
  );
export const sideImpactSensor = (side: string, sideEn: string, n: number): Component =>
  restraintPart(
    `capteur de choc latéral ${side} ${n}`,
    `${sideEn} side impact sensor ${n}`,
    'capteurs_choc',
  );
export const occupantClassificationSensor = (seat: string, seatEn: string, letter: string) =>
  restraintPart(
    `capteur ${letter} de classification d'occupant du siège ${seat}`,
    `${seatEn} seat occupant classification sensor ${letter}`,
    'detection_occupant',
  );

export function chassisCodes(): DtcEntry[] {
  const out: DtcEntry[] = [];
  for (const [code, channel, valve] of [
    ['C0001', 'A', 1],
    ['C0002', 'A', 2],
    ['C0003', 'B', 1],
    ['C0004', 'B', 2],
  ] as const) {
    out.push(
      entry(
        code,
        brakePart(
          `commande de l'électrovanne ${valve} du canal ${channel} de l'antipatinage`,
          `traction control channel ${channel} valve ${valve} control`,
          'antipatinage',
          true,
        ),
        'fault',
      ),
    );
  }
  // Inlet and outlet valves per wheel, four codes apart from C0010.
  WHEELS.forEach(([fr, en], i) => {
    out.push(
      entry(
        hexCode('C0010', 4 * i),
        brakePart(
          `commande de l'électrovanne d'admission ABS ${fr}`,
          `${en} ABS inlet valve control`,
          'groupe_abs',
          true,
        ),
        'fault',
      ),
      entry(
        hexCode('C0011', 4 * i),
        brakePart(
          `commande de l'électrovanne d'échappement ABS ${fr}`,
          `${en} ABS outlet valve control`,
          'groupe_abs',
          true,
        ),
        'fault',
      ),
    );
  });
  out.push(
    entry(
      'C0020',
      brakePart('commande du moteur de pompe ABS', 'ABS pump motor control', 'groupe_abs', true),
      'fault',
    ),
    entry('C0021', brakePart('servofrein', 'brake booster', 'servofrein'), 'performance'),
    entry(
      'C0022',
      brakePart('électrovanne du servofrein', 'brake booster solenoid', 'servofrein', true),
      'fault',
    ),
    entry(
      'C0023',
      brakePart('commande des feux stop', 'stop lamp control', 'feux_stop', true),
      'fault',
    ),
  );
  // Tone wheel, sensor and sensor supply per wheel from C0030, three codes apart; C0035 is kept
  // by the first pass (see above).
  WHEELS.forEach(([fr, en], i) => {
    const parts: readonly Component[] = [
      brakePart(`cible (roue phonique) ${fr}`, `${en} tone wheel`, 'capteur_vitesse_roue', true),
      wheelSpeedSensor(fr, en),
      brakePart(
        `alimentation du capteur de vitesse de roue ${fr}`,
        `${en} wheel speed sensor supply`,
        'capteur_vitesse_roue',
        true,
      ),
    ];
    parts.forEach((component, k) => {
      const code = hexCode('C0030', 3 * i + k);
      if (code !== 'C0035') out.push(entry(code, component, 'fault'));
    });
  });
  out.push(
    entry(
      'C0044',
      brakePart(
        'capteur de pression de freinage A',
        'brake pressure sensor A',
        'capteur_pression_frein',
      ),
      'fault',
    ),
    entry(
      'C0047',
      brakePart('capteur de pression du servofrein', 'brake booster pressure sensor', 'servofrein'),
      'fault',
    ),
    entry(
      'C004A',
      brakePart(
        "signal d'usure des plaquettes de frein",
        'brake pad wear signal',
        'usure_plaquettes',
      ),
      'circuit',
    ),
    entry(
      'C0051',
      masc(
        "capteur d'angle de volant",
        'steering wheel position sensor',
        'direction',
        'capteur_angle_volant',
      ),
      'fault',
    ),
    entry(
      'C0061',
      brakePart("capteur d'accélération latérale", 'lateral acceleration sensor', 'esp_capteurs'),
      'fault',
    ),
    entry(
      'C0062',
      brakePart(
        "capteur d'accélération longitudinale",
        'longitudinal acceleration sensor',
        'esp_capteurs',
      ),
      'fault',
    ),
    entry('C0063', brakePart('capteur de lacet', 'yaw rate sensor', 'esp_capteurs'), 'fault'),
    entry('C0064', brakePart('capteur de roulis', 'roll rate sensor', 'esp_capteurs'), 'fault'),
    entry(
      'C006A',
      brakePart(
        "capteur d'accélération multiaxe",
        'multi-axis acceleration sensor',
        'esp_capteurs',
      ),
      'fault',
    ),
    handWritten(
      'C006B',
      'freinage_abs',
      'esp',
      'condition',
      'Contrôle de stabilité (ESP) actif trop longtemps',
      'Stability control active for too long',
    ),
    handWritten(
      'C0072',
      'freinage_abs',
      'freins',
      'overtemperature',
      'Température des freins trop élevée',
      'Brake temperature too high',
    ),
    entry(
      'C0079',
      fem(
        'direction à effort variable',
        'variable effort steering',
        'direction',
        'direction_assistee',
      ),
      'fault',
    ),
    entry('C0081', brakePart('témoin ABS', 'ABS warning lamp', 'temoins'), 'circuit'),
    entry(
      'C0082',
      brakePart('témoin de défaut de freinage', 'brake system warning lamp', 'temoins'),
      'circuit',
    ),
  );
  return out;
}

export function restraintCodes(): DtcEntry[] {
  const out: DtcEntry[] = [
    entry(
      'B0004',
      restraintPart('airbag genoux conducteur', 'driver knee airbag', 'airbag'),
      'deployment',
    ),
    entry(
      'B0005',
      restraintPart(
        'colonne de direction rétractable',
        'collapsible steering column',
        'airbag',
        true,
      ),
      'deployment',
    ),
  ];
  for (const [code, side, sideEn, n] of [
    ['B0021', 'gauche', 'left', 1],
    ['B0022', 'gauche', 'left', 2],
    ['B0029', 'droit', 'right', 1],
    ['B002A', 'droit', 'right', 2],
  ] as const) {
    out.push(
      entry(
        code,
        restraintPart(
          `airbag rideau ${side} (allumeur ${n})`,
          `${sideEn} curtain airbag (squib ${n})`,
          'airbag',
        ),
        'deployment',
      ),
    );
  }
  out.push(
    entry('B0053', buckleSensor(SEAT.row2Left), 'circuit'),
    entry('B0061', beltTensionSensor(SEAT.passenger), 'fault'),
    entry('B0070', pretensioner(SEAT.driver), 'deployment'),
    entry('B0072', pretensioner(SEAT.passenger), 'deployment'),
    entry('B0073', pretensioner(SEAT.row2Left), 'deployment'),
    entry('B0075', pretensioner(SEAT.row2Right), 'deployment'),
    entry('B0080', loadLimiter(SEAT.driver), 'deployment'),
    entry('B0082', loadLimiter(SEAT.passenger), 'deployment'),
  );
  // Frontal impact sensor, then side impact sensors 1–3, per side.
  for (const [base, side, sideEn] of [
    ['B0090', 'gauche', 'left'],
    ['B0095', 'droit', 'right'],
  ] as const) {
    out.push(
      entry(
        base,
        restraintPart(
          `capteur de choc frontal ${side}`,
          `${sideEn} frontal impact sensor`,
          'capteurs_choc',
        ),
        'fault',
      ),
      ...[1, 2, 3].map((n) => entry(hexCode(base, n), sideImpactSensor(side, sideEn, n), 'fault')),
    );
  }
  out.push(
    entry(
      'B00A0',
      restraintPart(
        "système de détection d'occupant (classification passager)",
        'occupant classification system',
        'detection_occupant',
      ),
      'fault',
    ),
  );
  for (const [base, who, whoEn] of [
    ['B00B5', 'conducteur', 'driver'],
    ['B00C5', 'passager', 'passenger'],
  ] as const) {
    out.push(
      entry(
        base,
        restraintPart(
          `capteur de position longitudinale du siège ${who}`,
          `${whoEn} seat track position sensor`,
          'detection_occupant',
        ),
        'fault',
      ),
      entry(
        hexCode(base, 1),
        restraintPart(
          `capteur d'inclinaison du dossier ${who}`,
          `${whoEn} seat recline position sensor`,
          'detection_occupant',
        ),
        'fault',
      ),
    );
  }
  out.push(
    entry('B00C0', occupantClassificationSensor('passager', 'passenger', 'A'), 'fault'),
    entry('B00C1', occupantClassificationSensor('passager', 'passenger', 'B'), 'fault'),
    entry('B00D1', beltIndicator(SEAT.passenger), 'circuit'),
    entry('B00D2', restraintWarningLamp(1), 'circuit'),
    entry(
      'B00D5',
      restraintPart(
        "témoin de désactivation de l'airbag passager",
        'passenger airbag disable indicator',
        'temoins',
      ),
      'circuit',
    ),
    entry(
      'B00DF',
      restraintPart(
        "contacteur de désactivation de l'airbag passager",
        'passenger airbag disable switch',
        'airbag',
      ),
      'circuit',
    ),
  );
  return out;
}
