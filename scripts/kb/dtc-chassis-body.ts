// C0xxx chassis and B0xxx restraint codes beyond the first pass. These base codes are usually
// reported with a failure-type byte (ISO 14229 / J2012 "FTB") that carries the detail, so the
// titles name the component and say it is at fault; the FTB is described elsewhere.
//
// Note on C0035/C0040/C0045/C0050: GM/Opel used them for the four wheel speed sensors; current
// J2012 (and PSA, Renault…) puts those sensors at C0031/C0034/C0037/C003A with tone wheels and
// supplies around them. The generator titles C0035/C0040/C0045 with their J2012 meaning and names
// the GM one in the same title, so C0035 is left to it here.

import type { Component, DtcEntry, TemplateKey } from './dtc-templates';
import { entry, fem, masc } from './dtc-templates';

const abs = (fr: string, en: string, subsystem: string, feminine = false): Component =>
  (feminine ? fem : masc)(fr, en, 'freinage_abs', subsystem);

const WHEELS = [
  ['avant gauche', 'front left'],
  ['avant droite', 'front right'],
  ['arrière gauche', 'rear left'],
  ['arrière droite', 'rear right'],
] as const;

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
        abs(
          `commande de l'électrovanne ${valve} du canal ${channel} de l'antipatinage`,
          `traction control channel ${channel} valve ${valve} control`,
          'antipatinage',
          true,
        ),
        'fault',
      ),
    );
  }
  const valveCodes = [
    ['C0010', 'C0011'],
    ['C0014', 'C0015'],
    ['C0018', 'C0019'],
    ['C001C', 'C001D'],
  ] as const;
  valveCodes.forEach(([inlet, outlet], i) => {
    const [fr, en] = WHEELS[i] ?? WHEELS[0];
    out.push(
      entry(
        inlet,
        abs(
          `commande de l'électrovanne d'admission ABS ${fr}`,
          `${en} ABS inlet valve control`,
          'groupe_abs',
          true,
        ),
        'fault',
      ),
      entry(
        outlet,
        abs(
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
      abs('commande du moteur de pompe ABS', 'ABS pump motor control', 'groupe_abs', true),
      'fault',
    ),
    entry('C0021', abs('servofrein', 'brake booster', 'servofrein'), 'performance'),
    entry(
      'C0022',
      abs('électrovanne du servofrein', 'brake booster solenoid', 'servofrein', true),
      'fault',
    ),
    entry('C0023', abs('commande des feux stop', 'stop lamp control', 'feux_stop', true), 'fault'),
  );
  // Tone wheel, sensor and sensor supply per wheel; C0035 is kept by the first pass (see above).
  const wheelBases = ['C0030', 'C0033', 'C0036', 'C0039'] as const;
  wheelBases.forEach((base, i) => {
    const [fr, en] = WHEELS[i] ?? WHEELS[0];
    const n = Number.parseInt(base.slice(1), 16);
    const code = (k: number) => `C${(n + k).toString(16).toUpperCase().padStart(4, '0')}`;
    const parts: readonly (readonly [number, Component, TemplateKey])[] = [
      [
        0,
        fem(
          `cible (roue phonique) ${fr}`,
          `${en} tone wheel`,
          'freinage_abs',
          'capteur_vitesse_roue',
        ),
        'fault',
      ],
      [
        1,
        masc(
          `capteur de vitesse de roue ${fr}`,
          `${en} wheel speed sensor`,
          'freinage_abs',
          'capteur_vitesse_roue',
        ),
        'fault',
      ],
      [
        2,
        fem(
          `alimentation du capteur de vitesse de roue ${fr}`,
          `${en} wheel speed sensor supply`,
          'freinage_abs',
          'capteur_vitesse_roue',
        ),
        'fault',
      ],
    ];
    for (const [k, component, key] of parts) {
      const c = code(k);
      if (c !== 'C0035') out.push(entry(c, component, key));
    }
  });
  out.push(
    entry(
      'C0044',
      abs('capteur de pression de freinage A', 'brake pressure sensor A', 'capteur_pression_frein'),
      'fault',
    ),
    entry(
      'C0047',
      abs('capteur de pression du servofrein', 'brake booster pressure sensor', 'servofrein'),
      'fault',
    ),
    entry(
      'C004A',
      abs("signal d'usure des plaquettes de frein", 'brake pad wear signal', 'usure_plaquettes'),
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
      abs("capteur d'accélération latérale", 'lateral acceleration sensor', 'esp_capteurs'),
      'fault',
    ),
    entry(
      'C0062',
      abs(
        "capteur d'accélération longitudinale",
        'longitudinal acceleration sensor',
        'esp_capteurs',
      ),
      'fault',
    ),
    entry('C0063', abs('capteur de lacet', 'yaw rate sensor', 'esp_capteurs'), 'fault'),
    entry('C0064', abs('capteur de roulis', 'roll rate sensor', 'esp_capteurs'), 'fault'),
    entry(
      'C006A',
      abs("capteur d'accélération multiaxe", 'multi-axis acceleration sensor', 'esp_capteurs'),
      'fault',
    ),
    {
      code: 'C006B',
      title: {
        fr: 'Contrôle de stabilité (ESP) actif trop longtemps',
        en: 'Stability control active for too long',
      },
      system: 'freinage_abs',
      subsystem: 'esp',
      failure: 'condition',
    },
    {
      code: 'C0072',
      title: { fr: 'Température des freins trop élevée', en: 'Brake temperature too high' },
      system: 'freinage_abs',
      subsystem: 'freins',
      failure: 'overtemperature',
    },
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
    entry('C0081', masc('témoin ABS', 'ABS warning lamp', 'freinage_abs', 'temoins'), 'circuit'),
    entry(
      'C0082',
      masc('témoin de défaut de freinage', 'brake system warning lamp', 'freinage_abs', 'temoins'),
      'circuit',
    ),
  );
  return out;
}

const rs = (fr: string, en: string, subsystem: string, feminine = false): Component =>
  (feminine ? fem : masc)(fr, en, 'airbag', subsystem);

export function restraintCodes(): DtcEntry[] {
  const out: DtcEntry[] = [
    entry('B0004', rs('airbag genoux conducteur', 'driver knee airbag', 'airbag'), 'deployment'),
    entry(
      'B0005',
      fem('colonne de direction rétractable', 'collapsible steering column', 'airbag', 'airbag'),
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
        rs(
          `airbag rideau ${side} (allumeur ${n})`,
          `${sideEn} curtain airbag (squib ${n})`,
          'airbag',
        ),
        'deployment',
      ),
    );
  }
  out.push(
    entry(
      'B0053',
      rs(
        'capteur de bouclage de ceinture arrière gauche (2e rangée)',
        'second row left seat belt buckle sensor',
        'ceinture',
      ),
      'circuit',
    ),
    entry(
      'B0061',
      rs(
        'capteur de tension de ceinture passager',
        'passenger seat belt tension sensor',
        'ceinture',
      ),
      'fault',
    ),
  );
  for (const [code, who, whoEn] of [
    ['B0070', 'conducteur', 'driver'],
    ['B0072', 'passager', 'passenger'],
    ['B0073', 'arrière gauche (2e rangée)', 'second row left'],
    ['B0075', 'arrière droite (2e rangée)', 'second row right'],
  ] as const) {
    out.push(
      entry(
        code,
        rs(`prétensionneur de ceinture ${who}`, `${whoEn} seat belt pretensioner`, 'ceinture'),
        'deployment',
      ),
    );
  }
  for (const [code, who, whoEn] of [
    ['B0080', 'conducteur', 'driver'],
    ['B0082', 'passager', 'passenger'],
  ] as const) {
    out.push(
      entry(
        code,
        rs(`limiteur d'effort de ceinture ${who}`, `${whoEn} seat belt load limiter`, 'ceinture'),
        'deployment',
      ),
    );
  }
  for (const [base, side, sideEn] of [
    [90, 'gauche', 'left'],
    [95, 'droit', 'right'],
  ] as const) {
    out.push(
      entry(
        `B00${base}`,
        rs(`capteur de choc frontal ${side}`, `${sideEn} frontal impact sensor`, 'capteurs_choc'),
        'fault',
      ),
    );
    for (const n of [1, 2, 3]) {
      out.push(
        entry(
          `B00${base + n}`,
          rs(
            `capteur de choc latéral ${side} ${n}`,
            `${sideEn} side impact sensor ${n}`,
            'capteurs_choc',
          ),
          'fault',
        ),
      );
    }
  }
  out.push(
    entry(
      'B00A0',
      rs(
        "système de détection d'occupant (classification passager)",
        'occupant classification system',
        'detection_occupant',
      ),
      'fault',
    ),
  );
  for (const [base, who, whoEn] of [
    [0xb5, 'conducteur', 'driver'],
    [0xc5, 'passager', 'passenger'],
  ] as const) {
    const hex = (n: number) => `B00${n.toString(16).toUpperCase()}`;
    out.push(
      entry(
        hex(base),
        rs(
          `capteur de position longitudinale du siège ${who}`,
          `${whoEn} seat track position sensor`,
          'detection_occupant',
        ),
        'fault',
      ),
      entry(
        hex(base + 1),
        rs(
          `capteur d'inclinaison du dossier ${who}`,
          `${whoEn} seat recline position sensor`,
          'detection_occupant',
        ),
        'fault',
      ),
    );
  }
  for (const [code, letter] of [
    ['B00C0', 'A'],
    ['B00C1', 'B'],
  ] as const) {
    out.push(
      entry(
        code,
        rs(
          `capteur ${letter} de classification d'occupant du siège passager`,
          `passenger seat occupant classification sensor ${letter}`,
          'detection_occupant',
        ),
        'fault',
      ),
    );
  }
  out.push(
    entry(
      'B00D1',
      rs('témoin de ceinture passager', 'passenger seat belt indicator', 'temoins'),
      'circuit',
    ),
    entry(
      'B00D2',
      rs('témoin 1 de défaut airbag', 'restraint system malfunction indicator 1', 'temoins'),
      'circuit',
    ),
    entry(
      'B00D5',
      rs(
        "témoin de désactivation de l'airbag passager",
        'passenger airbag disable indicator',
        'temoins',
      ),
      'circuit',
    ),
    entry(
      'B00DF',
      rs(
        "contacteur de désactivation de l'airbag passager",
        'passenger airbag disable switch',
        'airbag',
      ),
      'circuit',
    ),
  );
  return out;
}
