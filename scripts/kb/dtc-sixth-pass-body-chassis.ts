// Sixth pass over the generic code space (table 1.5.0): the B0xxx and C0xxx codes the fifth pass did not list.
// Code numbers and what they concern are facts checked against public code lists; every title is
// composed here, in the team's own words, from components and failure templates.
//
// Sources (for facts only): a public J2012-ordered generic code list (one row per code, B then C
// then P then U, reserved ranges marked), cross-checked family by family against public code-lookup
// sites that tag each entry as generic / ISO-SAE controlled (B0106–B0109, C0094, C0530, C0545,
// C0546, C059A, C0601–C0604 were checked one by one).
//
// Covered here:
// - B0018–B001A centre frontal airbag stages 1–3; B00F0–B00F7 inflatable seat belts (airbag);
// - B0100–B0134 body equipment of recent J2012 editions: sensor cleaning blowers and washers
//   (lidar, cameras, autonomous-driving sensors), fluid reservoir level sensors, pedestrian alert
//   speakers, night vision and driver monitoring cameras (carrosserie_confort), and the high
//   voltage power outlets of DC/AC converter A (electricite_charge);
// - C0024–C0025, C003F, C004B–C004F, C0065: brake pedal feedback, wheel speed direction, brake
//   fluid level switch, booster/pressure/ABS module faults, vertical acceleration sensor;
// - C0090–C00A8: four-wheel drive (power transfer unit, rear differential, transfer case,
//   driveline module) — system `transmission`;
// - C0500–C066F: the extended chassis block (wheel speed sensors A and B, multi-axis acceleration
//   and steering angle modules, ABS pump and valves, brake pressure sensors A–N, booster vacuum,
//   temperature, motor and position sensors, master cylinder, brake blending, park brake, variable
//   effort steering, 4WD clutches and range actuator, active air dam, air brake chambers).
//
// Systems outside brakes/steering (listed in the pass report for the lead): C0090–C00A8,
// C05D8–C0600 and C0631–C0633 (four-wheel drive, `transmission`), C05D7 (brake/shift interlock,
// `transmission`), C0601–C0604, C062E–C0630 (active air dam, `carrosserie_confort`).
// C0530–C0539 ("motor control A/B") name no motor; they sit between the ABS pump motor and ABS
// valve codes and are filed under braking with a neutral title.
//
// GM vs J2012: GM gave its own meanings to several of these numbers before J2012 allocated them
// (e.g. C0550 ECU fault, C0559 variable effort steering EEPROM, C0561 system disabled). The J2012
// meaning is used; C0035/C0040/C0045/C0050 are left as they are (handled by the first passes).
//
// Left out on purpose: B00BC–B00BF and B00CC–B00CF (absent from the list); the odd row B0022 of
// the list ("driver front airbag deployment loop open", a GM text in the middle of the curtain
// block) — the table keeps the J2012 curtain meaning; the manufacturer rows B1xxx–B3xxx, C1xxx
// and C2000 and the "B3000-B3999 ISO/SAE Reserved" range marker.

import {
  REAR_SEATS,
  SEAT,
  WHEELS,
  brakePart,
  componentsOf,
  restraintPart,
  wheelSpeedSensor,
} from './dtc-chassis-body';
import { hexRunWith } from './dtc-fifth-pass-body-chassis';
import type { Component, DtcEntry, Failure, TemplateKey } from './dtc-templates';
import {
  CTRL4,
  SENSOR4,
  SENSOR5,
  entry,
  fem,
  handWritten,
  hexCode,
  masc,
  tagged,
} from './dtc-templates';
import { agree, capitalize, deArticle, leArticle } from './french';

const C = (c: Component): string => capitalize(c.fr);
const E = (c: Component): string => capitalize(c.en);

interface Extra {
  readonly failure: Failure;
  fr(c: Component): string;
  en(c: Component): string;
}

/** Failure types met in the recent chassis block that the shared templates do not cover. */
const EXTRA = {
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
} satisfies Record<string, Extra>;

type Key = TemplateKey | keyof typeof EXTRA;

function make(code: string, c: Component, key: Key): DtcEntry {
  if (!(key in EXTRA)) return entry(code, c, key as TemplateKey);
  const t: Extra = EXTRA[key as keyof typeof EXTRA];
  return tagged(
    {
      code,
      title: { fr: t.fr(c), en: t.en(c) },
      system: c.system,
      subsystem: c.subsystem,
      failure: t.failure,
    },
    key,
    c,
  );
}

/** Consecutive hexadecimal codes from `base`, one component, one failure type each. */
function run(base: string, c: Component, keys: readonly Key[]): DtcEntry[] {
  return keys.map((k, i) => make(hexCode(base, i), c, k));
}

/** Consecutive hexadecimal codes from `base`, one component each, one failure type. */
const each = hexRunWith(make);

// Failure-type families that recur in the extended chassis block, in J2012 order.
const CIRCUIT_LOW_HIGH_RANGE: readonly Key[] = ['circuit', 'low', 'high', 'circuit_range'];
const LOW_HIGH_CIRCUIT_RANGE: readonly Key[] = ['low', 'high', 'circuit', 'range'];
const CTRL_LOW_HIGH_RANGE: readonly Key[] = ['ctrl', 'ctrl_low', 'ctrl_high', 'ctrl_range'];
/** Motor control circuits (ABS pump, chassis motors) list the range code first. */
const MOTOR_CTRL: readonly Key[] = ['ctrl_range', 'ctrl', 'ctrl_high', 'ctrl_low'];

const bodyPart = componentsOf('carrosserie_confort');
const steeringPart = componentsOf('direction');
const drivelinePart = componentsOf('transmission');

// ---------------------------------------------------------------- B0xxx
function restraints(): DtcEntry[] {
  const out = [1, 2, 3].map((n, i) =>
    make(
      hexCode('B0018', i),
      restraintPart(
        `airbag frontal central (étage ${n})`,
        `center frontal airbag stage ${n}`,
        'airbag',
      ),
      'deployment',
    ),
  );
  // Inflatable seat belts; the seat wording agrees with "ceinture", as in the fifth pass.
  const seats = [SEAT.driver, SEAT.passenger, ...REAR_SEATS];
  out.push(
    ...each(
      'B00F0',
      seats.map((seat) =>
        restraintPart(
          `ceinture gonflable ${seat.belt}`,
          `${seat.en} inflatable seat belt`,
          'ceinture',
          true,
        ),
      ),
      'deployment',
    ),
  );
  return out;
}

function bodyEquipment(): DtcEntry[] {
  const clean = 'nettoyage_capteurs';
  const blower = (l: string) =>
    bodyPart(
      `soufflerie ${l} de nettoyage des capteurs`,
      `sensor cleaning air blower ${l}`,
      clean,
      true,
    );
  const out: DtcEntry[] = [
    make('B0100', blower('A'), 'fault'),
    make('B0101', blower('B'), 'fault'),
    make('B0102', blower('A'), 'ctrl'),
    make('B0103', blower('B'), 'ctrl'),
    ...each(
      'B0104',
      ['A', 'B'].map((l) =>
        bodyPart(
          `relais de commande de la soufflerie ${l} de nettoyage des capteurs`,
          `sensor cleaning air blower ${l} control relay`,
          clean,
        ),
      ),
      'circuit',
    ),
    ...each(
      'B0106',
      ['A', 'B', 'C', 'D'].map((l) =>
        bodyPart(`actionneur ${l} de lavage du lidar`, `lidar washer actuator ${l}`, clean),
      ),
      'fault',
    ),
    // Camera washer actuators A–S (the letter I is not used).
    ...each(
      'B010A',
      'ABCDEFGHJKLMNOPQRS'
        .split('')
        .map((l) =>
          bodyPart(`actionneur ${l} de lavage des caméras`, `camera washer actuator ${l}`, clean),
        ),
      'fault',
    ),
    ...each(
      'B011C',
      'ABCDEF'
        .split('')
        .map((l) =>
          bodyPart(
            `capteur de niveau ${l} de réservoir de liquide`,
            `fluid reservoir level sensor ${l}`,
            'niveau_liquide',
          ),
        ),
      'fault',
    ),
    ...each(
      'B0122',
      ['A', 'B'].map((l) =>
        bodyPart(
          `haut-parleur ${l} d'alerte sonore des piétons`,
          `pedestrian alert speaker ${l}`,
          'alerte_pietons',
        ),
      ),
      'fault',
    ),
    make(
      'B0124',
      bodyPart('caméra de vision nocturne', 'night vision camera', 'aide_conduite', true),
      'fault',
    ),
    make(
      'B0125',
      bodyPart('calculateur de vision nocturne', 'night vision control module', 'aide_conduite'),
      'fault',
    ),
    make(
      'B0126',
      bodyPart(
        'caméra de surveillance du conducteur',
        'driver monitoring camera',
        'aide_conduite',
        true,
      ),
      'fault',
    ),
  ];
  // High voltage power outlets fed by DC/AC converter A, and their control modules.
  const outlet = (l: string): Component =>
    fem(
      `prise de courant haute tension ${l} du convertisseur DC/AC A`,
      `DC/AC converter A high voltage power outlet ${l}`,
      'electricite_charge',
      'alimentation_accessoires',
    );
  const outletModule = (l: string): Component =>
    masc(
      `calculateur ${l} des prises de courant haute tension du convertisseur DC/AC A`,
      `DC/AC converter A high voltage power outlet control module ${l}`,
      'electricite_charge',
      'alimentation_accessoires',
    );
  out.push(
    ...each('B0127', ['A', 'B', 'C', 'D', 'E'].map(outlet), 'circuit'),
    ...each('B012C', ['A', 'B', 'C'].map(outletModule), 'fault'),
    ...each(
      'B012F',
      'ABCDEF'
        .split('')
        .map((l) =>
          bodyPart(
            `lavage ${l} des capteurs de conduite autonome`,
            `autonomous driving sensor washer fluid ${l}`,
            clean,
          ),
        ),
      'ctrl',
    ),
  );
  return out;
}

// ---------------------------------------------------------------- C00xx

function chassisLow(): DtcEntry[] {
  return [
    make(
      'C0024',
      brakePart(
        'électrovanne de pression de retour de la pédale de frein',
        'brake pedal feedback pressure solenoid',
        'contacteur_frein',
        true,
      ),
      'circuit',
    ),
    make(
      'C0025',
      brakePart(
        'capteur de pression de retour de la pédale de frein',
        'brake pedal feedback pressure sensor',
        'contacteur_frein',
      ),
      'circuit',
    ),
    handWritten(
      'C003F',
      'freinage_abs',
      'capteur_vitesse_roue',
      'correlation',
      'Sens de rotation incohérent entre les capteurs de vitesse de roue',
      'Wheel speed sensors disagree on the direction of rotation',
    ),
    make(
      'C004B',
      brakePart(
        'capteur/contacteur de niveau de liquide de frein',
        'brake fluid level sensor/switch',
        'liquide_frein',
      ),
      'circuit',
    ),
    make(
      'C004C',
      brakePart(
        'capteur de position du moteur A du servofrein',
        'brake booster motor A position sensor',
        'servofrein',
      ),
      'learn_limit',
    ),
    make(
      'C004D',
      brakePart('pression du système de freinage', 'brake system pressure', 'freins', true),
      'slow_response',
    ),
    make(
      'C004E',
      brakePart(
        'actionneur de la vanne de régulation de pression de freinage',
        'brake system pressure control valve actuator',
        'freins',
      ),
      'stuck',
    ),
    make(
      'C004F',
      brakePart('calculateur ABS', 'ABS control module', 'groupe_abs'),
      'overtemperature',
    ),
    make(
      'C0065',
      brakePart("capteur d'accélération verticale", 'vertical acceleration sensor', 'esp_capteurs'),
      'fault',
    ),
  ];
}

function fourWheelDrive(): DtcEntry[] {
  const sub = 'transmission_integrale';
  const ptu = "renvoi d'angle (PTU) de la transmission intégrale";
  const ptuEn = '4WD/AWD power transfer unit';
  const rdu = 'différentiel arrière de la transmission intégrale';
  const rduEn = '4WD/AWD rear differential unit';
  const out: DtcEntry[] = [
    make('C0090', drivelinePart(`actionneur du ${ptu}`, `${ptuEn} actuator`, sub), 'fault'),
    ...each(
      'C0091',
      ['A', 'B'].map((l) =>
        drivelinePart(`capteur de position ${l} du ${ptu}`, `${ptuEn} position sensor ${l}`, sub),
      ),
      'fault',
    ),
    make(
      'C0093',
      drivelinePart(`capteur de température du ${ptu}`, `${ptuEn} temperature sensor`, sub),
      'fault',
    ),
    make(
      'C0094',
      drivelinePart(`capteur de température du ${rdu}`, `${rduEn} temperature sensor`, sub),
      'fault',
    ),
  ];
  for (const [base, l] of [
    ['C0095', 'A'],
    ['C0097', 'B'],
  ] as const) {
    const actuator = drivelinePart(`actionneur ${l} du ${rdu}`, `${rduEn} actuator ${l}`, sub);
    out.push(make(base, actuator, 'fault'), make(hexCode(base, 1), actuator, 'data'));
  }
  for (const [base, l] of [
    ['C0099', 'A'],
    ['C009D', 'B'],
  ] as const) {
    out.push(
      ...each(
        base,
        ['A', 'B', 'C'].map((s) =>
          drivelinePart(
            `capteur de position ${s} de l'actionneur ${l} du ${rdu}`,
            `${rduEn} actuator ${l} position sensor ${s}`,
            sub,
          ),
        ),
        'fault',
      ),
      make(
        hexCode(base, 3),
        drivelinePart(
          `capteurs de position de l'actionneur ${l} du ${rdu}`,
          `${rduEn} actuator ${l} position sensors`,
          sub,
          false,
          true,
        ),
        'correlation',
      ),
    );
  }
  out.push(
    make(
      'C00A1',
      drivelinePart('calculateur de transmission intégrale', 'driveline control module', sub),
      'fault',
    ),
  );
  for (const [code, fr, en] of [
    ['C00A2', "du renvoi d'angle (PTU)", 'power transfer unit'],
    ['C00A3', 'du différentiel arrière A', 'rear differential unit A'],
    ['C00A4', 'du différentiel arrière B', 'rear differential unit B'],
    ['C00A5', 'de la boîte de transfert', 'transfer case unit'],
  ] as const) {
    out.push(
      handWritten(
        code,
        'transmission',
        code === 'C00A5' ? 'boite_transfert' : sub,
        'control_circuit',
        `Étage de sortie de commande ${fr} défaillant dans le calculateur de transmission intégrale`,
        `Driveline control module ${en} control circuit driver fault`,
      ),
    );
  }
  const tc = 'boîte de transfert';
  out.push(
    make(
      'C00A6',
      drivelinePart(
        `actionneur de la ${tc}`,
        '4WD/AWD transfer case unit actuator',
        'boite_transfert',
      ),
      'fault',
    ),
    ...each(
      'C00A7',
      ['A', 'B'].map((l) =>
        drivelinePart(
          `capteur de position ${l} de l'actionneur de la ${tc}`,
          `4WD/AWD transfer case unit actuator position sensor ${l}`,
          'boite_transfert',
        ),
      ),
      'fault',
    ),
  );
  return out;
}

// ---------------------------------------------------------------- C05xx–C06xx
const wheelSensor = (wheel: number, letter: string): Component => {
  const [fr, en] = WHEELS[wheel] ?? WHEELS[0];
  return brakePart(
    `capteur ${letter} de vitesse de roue ${fr}`,
    `${en} wheel speed sensor ${letter}`,
    'capteur_vitesse_roue',
  );
};
const pressureSensor = (l: string): Component =>
  brakePart(
    `capteur de pression de freinage ${l}`,
    `brake pressure sensor ${l}`,
    'capteur_pression_frein',
  );

function wheelSpeed(): DtcEntry[] {
  const out: DtcEntry[] = [];
  // Sensor A: six failure types per wheel from C0500, then sensor B: seven per wheel from C0651.
  const sensorFailures: readonly Key[] = [...SENSOR5, 'plausibility'];
  WHEELS.forEach((_, w) =>
    out.push(...run(hexCode('C0500', w * 6), wheelSensor(w, 'A'), sensorFailures)),
  );
  WHEELS.forEach(([fr, en], w) =>
    out.push(make(hexCode('C0518', w), wheelSpeedSensor(fr, en), 'mechanical')),
  );
  WHEELS.forEach((_, w) => out.push(make(hexCode('C0555', w), wheelSensor(w, 'A'), 'wrong_part')));
  WHEELS.forEach((_, w) =>
    out.push(
      ...run(hexCode('C0651', w * 7), wheelSensor(w, 'B'), [...sensorFailures, 'wrong_part']),
    ),
  );
  out.push(
    make(
      'C053C',
      brakePart(
        'capteurs de vitesse de roue',
        'wheel speed sensors',
        'capteur_vitesse_roue',
        false,
        true,
      ),
      'range',
    ),
    ...run(
      'C05A3',
      brakePart(
        'alimentation des capteurs de vitesse de roue',
        'wheel speed sensors supply',
        'capteur_vitesse_roue',
        true,
      ),
      ['high_voltage', 'low_voltage'],
    ),
  );
  return out;
}

function dynamicsAndSteering(): DtcEntry[] {
  const esp = 'esp_capteurs';
  const sas = 'capteur_angle_volant';
  const eps = 'direction_assistee';
  const module = (l: string) =>
    brakePart(
      `module capteur d'accélération multiaxe ${l}`,
      `multi-axis acceleration sensor module ${l}`,
      esp,
    );
  const ves = 'direction à effort variable';
  return [
    // Modules A and B: five failure types each from C051C.
    ...['A', 'B'].flatMap((l, i) =>
      run(hexCode('C051C', 5 * i), module(l), [
        'range',
        'missing_cal',
        'intermittent',
        'plausibility',
        'fault',
      ]),
    ),
    ...run(
      'C0526',
      steeringPart("module capteur d'angle de volant", 'steering angle sensor module', sas),
      ['fault', 'mechanical', 'range', 'missing_cal', 'plausibility'],
    ),
    ...run(
      'C0551',
      brakePart("capteur d'accélération longitudinale", 'longitudinal acceleration sensor', esp),
      SENSOR4,
    ),
    handWritten(
      'C05B2',
      'freinage_abs',
      esp,
      'correlation',
      "Incohérence entre l'angle de volant et la vitesse de lacet",
      'Steering wheel angle and yaw rate signals disagree',
    ),
    ...run(
      'C0605',
      steeringPart("capteur d'angle de volant", 'steering wheel angle sensor', sas),
      CIRCUIT_LOW_HIGH_RANGE,
    ),
    make(
      'C0559',
      steeringPart(
        'calculateur de direction assistée arrière',
        'rear power steering control module',
        eps,
      ),
      'range',
    ),
    make(
      'C059A',
      steeringPart(
        'calculateur de direction assistée arrière',
        'rear power steering control module',
        eps,
      ),
      'missing_cal',
    ),
    make(
      'C05D6',
      steeringPart(
        'processeur du calculateur de direction assistée',
        'power steering control module processor',
        eps,
      ),
      'performance',
    ),
    ...run(
      'C061C',
      steeringPart(`actionneur de ${ves}`, 'variable effort steering actuator', eps),
      CTRL_LOW_HIGH_RANGE,
    ),
    ...run(
      'C0620',
      steeringPart(
        `actionneur de verrouillage de sécurité de la ${ves}`,
        'variable effort steering lock/safety actuator',
        eps,
      ),
      CTRL_LOW_HIGH_RANGE,
    ),
    ...run(
      'C0624',
      steeringPart(`capteur de ${ves}`, 'variable effort steering sensor', eps),
      SENSOR4,
    ),
    make(
      'C0628',
      steeringPart(`module de ${ves}`, 'variable effort steering module', eps),
      'performance',
    ),
    make(
      'C0629',
      steeringPart(`calculateur de ${ves}`, 'variable effort steering control module', eps),
      'wrong_part',
    ),
    ...run('C062A', steeringPart(`module de ${ves}`, 'variable effort steering module', eps), [
      'overtemperature',
      'temp_low',
    ]),
  ];
}

function absUnit(): DtcEntry[] {
  const g = 'groupe_abs';
  const pump = brakePart('moteur de pompe ABS', 'ABS pump motor', g);
  const supply = (l: string) =>
    brakePart(
      `alimentation ${l ? `${l} ` : ''}du moteur de pompe ABS`,
      `ABS pump motor supply${l ? ` ${l}` : ''}`,
      g,
      true,
    );
  const chassisMotor = (l: string) =>
    brakePart(`moteur électrique ${l} du châssis`, `chassis motor ${l}`, g);
  const valves = brakePart('électrovannes ABS', 'ABS valves', g, true, true);
  const ecu = brakePart('calculateur ABS', 'ABS control module', g);
  return [
    ...run('C052B', pump, MOTOR_CTRL),
    make('C052F', supply(''), 'circuit'),
    ...run('C0530', chassisMotor('A'), MOTOR_CTRL),
    make(
      'C0534',
      brakePart(
        'alimentation du moteur électrique A du châssis',
        'chassis motor A supply',
        g,
        true,
      ),
      'circuit',
    ),
    ...run('C0535', chassisMotor('B'), MOTOR_CTRL),
    make(
      'C0539',
      brakePart(
        'alimentation du moteur électrique B du châssis',
        'chassis motor B supply',
        g,
        true,
      ),
      'circuit',
    ),
    make('C053A', valves, 'missing_cal'),
    make(
      'C053B',
      brakePart('alimentation des électrovannes ABS', 'ABS valves supply', g, true),
      'circuit',
    ),
    make('C062D', valves, 'range'),
    ...run('C055A', supply('A'), ['high_voltage', 'low_voltage', 'range']),
    ...run('C05A5', supply('B'), ['circuit', 'high_voltage', 'low_voltage', 'range']),
    make(
      'C05A9',
      brakePart(
        'alimentations A et B du moteur de pompe ABS',
        'ABS pump motor supplies A and B',
        g,
        true,
        true,
      ),
      'correlation',
    ),
    make('C05AA', pump, 'overtemperature'),
    make('C05AE', pump, 'not_learned'),
    make('C0563', ecu, 'performance'),
    ...run('C0564', ecu, ['low_voltage', 'high_voltage']),
    make(
      'C0597',
      brakePart('calculateur de freinage A', 'brake system control module A', g),
      'performance',
    ),
    make(
      'C0598',
      brakePart('calculateur de freinage B', 'brake system control module B', g),
      'performance',
    ),
    handWritten(
      'C0545',
      'freinage_abs',
      g,
      'internal',
      'VIN non programmé ou incompatible dans le calculateur de freinage',
      'VIN not programmed or mismatched in the brake system control module',
    ),
    handWritten(
      'C0546',
      'freinage_abs',
      g,
      'internal',
      'VIN non programmé ou incompatible dans un calculateur de châssis',
      'VIN not programmed or mismatched in a chassis control module',
    ),
    make(
      'C055F',
      brakePart(
        'groupe hydraulique du calculateur de freinage (BSCM/EBBC)',
        'brake control module (BSCM/EBBC) hydraulic unit',
        g,
      ),
      'performance',
    ),
  ];
}

function pressureSensors(): DtcEntry[] {
  const out: DtcEntry[] = [
    ...run('C053D', pressureSensor('A'), ['range', 'low', 'high', 'circuit']),
    ...run('C0541', pressureSensor('B'), ['range', 'low', 'high', 'circuit']),
    make('C0560', pressureSensor('A'), 'missing_cal'),
    make('C056B', pressureSensor('A'), 'intermittent'),
    make('C056C', pressureSensor('B'), 'intermittent'),
    ...run('C0571', pressureSensor('C'), LOW_HIGH_CIRCUIT_RANGE),
    ...run('C0575', pressureSensor('D'), LOW_HIGH_CIRCUIT_RANGE),
    ...each('C059B', ['B', 'C', 'D', 'E'].map(pressureSensor), 'missing_cal'),
    ...run('C059F', pressureSensor('E'), LOW_HIGH_CIRCUIT_RANGE),
    ...run('C05C4', pressureSensor('F'), ['missing_cal', 'range', 'low', 'high', 'circuit']),
    make(
      'C05C9',
      brakePart(
        'alimentation des capteurs de pression de freinage',
        'brake pressure sensors supply',
        'capteur_pression_frein',
        true,
      ),
      'circuit',
    ),
    handWritten(
      'C0634',
      'freinage_abs',
      'capteur_pression_frein',
      'correlation',
      'Signaux des capteurs de pression de freinage A et B incohérents entre eux',
      'Brake pressure sensors A and B disagree',
    ),
  ];
  // G, H, J…N (no I): circuit, high, low, range from C0635.
  'GHJKLMN'.split('').forEach((l, i) => {
    out.push(
      ...run(hexCode('C0635', i * 4), pressureSensor(l), ['circuit', 'high', 'low', 'range']),
    );
  });
  return out;
}

function boosterAndPedal(): DtcEntry[] {
  const sb = 'servofrein';
  const pedal = 'contacteur_frein';
  const vacuum = (l: string) =>
    brakePart(`capteur de dépression ${l} du servofrein`, `brake booster vacuum sensor ${l}`, sb);
  const temp = (l: string) =>
    brakePart(
      `capteur de température ${l} du servofrein`,
      `brake booster temperature sensor ${l}`,
      sb,
    );
  const phases = (l: string) =>
    brakePart(
      `phases U-V-W du moteur ${l} du servofrein`,
      `brake booster motor ${l} U-V-W phases`,
      sb,
      true,
      true,
    );
  const position = (l: string) =>
    brakePart(
      `capteur de position du moteur ${l} du servofrein`,
      `brake booster motor ${l} position sensor`,
      sb,
    );
  const positionSupply = (l: string) =>
    brakePart(
      `alimentation du capteur de position du moteur ${l} du servofrein`,
      `brake booster motor ${l} position sensor supply`,
      sb,
      true,
    );
  const motor = (l: string) =>
    brakePart(`moteur ${l} du servofrein`, `brake booster motor ${l}`, sb);
  const currentSensor = (l: string) =>
    brakePart(
      `capteur de courant du moteur ${l} du servofrein`,
      `brake booster motor ${l} current sensor`,
      sb,
    );
  const pedalSensor = (l: string) =>
    brakePart(
      `capteur ${l} de position de pédale de frein`,
      `brake pedal position sensor ${l}`,
      pedal,
    );
  const pedalSupply = brakePart(
    'alimentation du capteur de position de pédale de frein',
    'brake pedal position sensor supply',
    pedal,
    true,
  );
  const solenoid = brakePart('électrovanne du servofrein', 'brake booster solenoid', sb, true);
  const mc = (l: string) =>
    brakePart(
      `capteur ${l} de position du piston de maître-cylindre`,
      `brake master cylinder piston position sensor ${l}`,
      'freins',
    );
  return [
    make(
      'C0547',
      brakePart('alimentation du capteur de dépression', 'vacuum sensor supply', sb, true),
      'circuit',
    ),
    make(
      'C0548',
      brakePart('alimentation du capteur de dépression', 'vacuum sensor supply', sb, true),
      'low_voltage',
    ),
    ...run('C0549', vacuum('A'), SENSOR4),
    ...run('C054D', vacuum('B'), SENSOR4),
    make(
      'C0561',
      brakePart(
        'capteurs de dépression A et B du servofrein',
        'brake booster vacuum sensors A and B',
        sb,
        false,
        true,
      ),
      'correlation',
    ),
    make('C0562', pedalSupply, 'circuit'),
    ...run('C056D', pedalSupply, ['low_voltage', 'high_voltage']),
    ...run('C0566', solenoid, ['circuit', 'ctrl_low', 'ctrl_high', 'circuit_range']),
    make(
      'C056A',
      brakePart(
        'alimentation du capteur de pression du servofrein',
        'brake booster pressure sensor supply',
        sb,
        true,
      ),
      'circuit',
    ),
    ...run(
      'C056F',
      brakePart('capteur de course du servofrein', 'brake booster travel sensor', sb),
      ['low', 'high'],
    ),
    ...run('C0579', temp('B'), ['low', 'high', 'circuit', 'range', 'intermittent']),
    make(
      'C057E',
      brakePart(
        'capteurs de température A et B du servofrein',
        'brake booster temperature sensors A and B',
        sb,
        false,
        true,
      ),
      'correlation',
    ),
    ...run('C05B3', temp('C'), ['low', 'high', 'circuit', 'range', 'intermittent']),
    ...run('C057F', phases('A'), CIRCUIT_LOW_HIGH_RANGE),
    ...run('C0583', phases('B'), CIRCUIT_LOW_HIGH_RANGE),
    ...run('C0587', position('A'), CIRCUIT_LOW_HIGH_RANGE),
    ...run('C058B', position('B'), CIRCUIT_LOW_HIGH_RANGE),
    make(
      'C058F',
      brakePart('couple de freinage récupératif', 'regenerative braking torque', 'freins'),
      'performance',
    ),
    ...run('C0590', phases('A'), ['current_high', 'current_low']),
    ...run('C0592', phases('B'), ['current_high', 'current_low']),
    make('C0594', motor('A'), 'performance'),
    make('C062C', motor('B'), 'performance'),
    make(
      'C0595',
      brakePart(
        'étage de puissance interne du servofrein',
        'brake booster internal power driver',
        sb,
      ),
      'range',
    ),
    make('C0596', currentSensor('A'), 'circuit_range'),
    make('C05AF', currentSensor('B'), 'circuit_range'),
    make(
      'C0599',
      brakePart('calculateur du servofrein', 'brake booster control module', sb),
      'missing_cal',
    ),
    ...run('C05B8', positionSupply('A'), ['circuit', 'low_voltage', 'high_voltage', 'range']),
    ...run('C05BC', positionSupply('B'), ['circuit', 'low_voltage', 'high_voltage', 'range']),
    make('C05C0', pedalSensor('A'), 'not_learned'),
    make('C05C1', pedalSensor('B'), 'not_learned'),
    make('C0619', pedalSensor('A'), 'offset_limit'),
    make('C061A', pedalSensor('B'), 'offset_limit'),
    make('C05C2', motor('A'), 'overtemperature'),
    make(
      'C05C3',
      brakePart('alimentation du moteur A du servofrein', 'brake booster motor A supply', sb, true),
      'circuit',
    ),
    // Master cylinder piston position sensors (brake-by-wire units).
    ...run('C05CA', mc('A'), ['high', 'low', 'range']),
    ...run('C05CD', mc('B'), ['high', 'low', 'range']),
    make(
      'C05D0',
      brakePart(
        'capteurs A et B de position du piston de maître-cylindre',
        'brake master cylinder piston position sensors A and B',
        'freins',
        false,
        true,
      ),
      'correlation',
    ),
    make(
      'C05D1',
      brakePart(
        'alimentation des capteurs de position du piston de maître-cylindre',
        'brake master cylinder piston position sensors supply',
        'freins',
        true,
      ),
      'circuit',
    ),
    handWritten(
      'C05D2',
      'freinage_abs',
      'freins',
      'condition',
      'Course du piston de maître-cylindre plus grande que prévu',
      'Master cylinder piston travel greater than expected',
    ),
    handWritten(
      'C05D3',
      'freinage_abs',
      'freins',
      'condition',
      'Pression de freinage exercée par le conducteur plus élevée que prévu',
      'Driver-applied brake pressure higher than expected',
    ),
    make(
      'C05D4',
      brakePart(
        'capteur de position du piston de maître-cylindre',
        'brake master cylinder piston position sensor',
        'freins',
      ),
      'not_learned',
    ),
    make(
      'C05D5',
      brakePart(
        "vanne d'isolement du maître-cylindre",
        'brake master cylinder cut-off valve',
        'freins',
        true,
      ),
      'fault',
    ),
  ];
}

function hydraulicsAndBlending(): DtcEntry[] {
  const out: DtcEntry[] = [];
  for (const [code, l] of [
    ['C055D', 'B'],
    ['C055E', 'A'],
    ['C05B0', 'C'],
    ['C05B1', 'D'],
  ] as const) {
    out.push(
      handWritten(
        code,
        'freinage_abs',
        'freins',
        'leak',
        `Fuite dans le circuit hydraulique de freinage ${l}`,
        `Brake hydraulic circuit ${l} leak`,
      ),
    );
  }
  const valve = brakePart(
    'vanne de séparation du freinage combiné (récupération et hydraulique)',
    'brake blending separation valve',
    'freins',
    true,
  );
  out.push(
    make('C05AB', valve, 'performance'),
    make('C05AC', valve, 'stuck_closed'),
    make(
      'C05AD',
      brakePart(
        'système de freinage combiné (récupération et hydraulique)',
        'brake blending system',
        'freins',
      ),
      'performance',
    ),
    handWritten(
      'C061B',
      'freinage_abs',
      'antipatinage',
      'condition',
      "Antipatinage désactivé d'office à la demande du calculateur moteur",
      'Traction control forced off at the engine control module request',
    ),
    make(
      'C066D',
      brakePart(
        'capteur de pression de chambre de frein de service/stationnement',
        'service/park brake chamber pressure sensor',
        'freins',
      ),
      'fault',
    ),
    handWritten(
      'C066E',
      'freinage_abs',
      'freins',
      'pressure_high',
      'Pression trop haute dans la chambre de frein de service/stationnement',
      'Service/park brake chamber pressure too high',
    ),
    handWritten(
      'C066F',
      'freinage_abs',
      'freins',
      'pressure_low',
      'Pression trop basse dans la chambre de frein de service/stationnement',
      'Service/park brake chamber pressure too low',
    ),
  );
  return out;
}

function parkBrake(): DtcEntry[] {
  const sub = 'frein_stationnement';
  const actuator = (fr: string, en: string) =>
    brakePart(`actionneur ${fr} de frein de stationnement`, `${en} park brake actuator`, sub);
  const sw = brakePart('contacteur de frein de stationnement', 'park brake switch', sub);
  return [
    make('C0609', sw, 'circuit'),
    make('C060A', sw, 'stuck'),
    ...run('C060B', actuator('gauche', 'left'), [
      'ctrl',
      'ctrl_low',
      'ctrl_high',
      'stuck_off',
      'stuck_on',
    ]),
    ...run('C0610', actuator('droit', 'right'), [
      'ctrl',
      'ctrl_low',
      'ctrl_high',
      'stuck_off',
      'stuck_on',
    ]),
    ...run(
      'C0615',
      brakePart('calculateur de frein de stationnement', 'park brake control module', sub),
      CTRL4,
    ),
  ];
}

/** Driveline codes of the extended block (system `transmission`). */
function drivelineExtended(): DtcEntry[] {
  const sub = 'transmission_integrale';
  const out: DtcEntry[] = [];
  for (const [base, l] of [
    ['C05D8', 'A'],
    ['C05E7', 'B'],
  ] as const) {
    const clutch = drivelinePart(
      `embrayage ${l} de la transmission intégrale`,
      `4WD/AWD clutch ${l}`,
      sub,
    );
    const actuator = drivelinePart(
      `actionneur de l'embrayage ${l} de la transmission intégrale`,
      `4WD/AWD clutch ${l} actuator`,
      sub,
    );
    out.push(
      ...run(base, actuator, CTRL4),
      ...run(hexCode(base, 4), clutch, [
        'overtemperature',
        'stuck_disengaged',
        'stuck_engaged',
        'engagement',
      ]),
    );
    if (l === 'A') {
      out.push(
        ...run(
          'C05E0',
          drivelinePart(
            "capteur de position de l'embrayage A de la transmission intégrale",
            '4WD/AWD clutch A position sensor',
            sub,
          ),
          SENSOR5,
        ),
        make(
          'C05E5',
          drivelinePart(
            "position de l'embrayage A de la transmission intégrale",
            '4WD/AWD clutch A position',
            sub,
            true,
          ),
          'not_learned',
        ),
        make('C05E6', clutch, 'position_ctrl'),
      );
    } else {
      out.push(make('C05EF', clutch, 'position_ctrl'));
    }
  }
  out.push(
    ...run(
      'C05F0',
      drivelinePart(
        "capteur de vitesse de l'arbre de transmission arrière",
        'rear drive shaft speed sensor',
        sub,
      ),
      ['low', 'high', 'intermittent', 'circuit', 'range'],
    ),
  );
  const tc = 'boite_transfert';
  const range = drivelinePart(
    'actionneur de gamme de la boîte de transfert',
    '4WD/AWD range actuator',
    tc,
  );
  out.push(
    ...run('C05F5', range, [...CTRL4, 'overtemperature', 'stuck_or_poor']),
    ...run(
      'C05FB',
      drivelinePart(
        "capteur de position de l'actionneur de gamme de la boîte de transfert",
        '4WD/AWD range actuator position sensor',
        tc,
      ),
      SENSOR4,
    ),
    make(
      'C05FF',
      drivelinePart(
        "position de l'actionneur de gamme de la boîte de transfert",
        '4WD/AWD range actuator position',
        tc,
        true,
      ),
      'not_learned',
    ),
    make('C0600', range, 'position_ctrl'),
  );
  const disconnect = drivelinePart(
    'actionneur de désaccouplement du pont avant',
    'front axle disconnect actuator',
    sub,
  );
  out.push(
    make('C0631', disconnect, 'fault'),
    make('C0632', disconnect, 'ctrl'),
    make(
      'C0633',
      drivelinePart('capteur de vitesse du demi-arbre avant', 'front half shaft speed sensor', sub),
      'fault',
    ),
    make(
      'C05D7',
      drivelinePart(
        'verrou de levier de vitesses asservi au frein (BTSI)',
        'brake transmission shift interlock (BTSI)',
        'verrouillage_levier',
      ),
      'ctrl',
    ),
  );
  return out;
}

/** Active air dam (front spoiler that lowers at speed): body aerodynamics. */
function airDam(): DtcEntry[] {
  const sub = 'aerodynamique_active';
  const dam = bodyPart("déflecteur d'air avant actif", 'active air dam', sub);
  const supply = bodyPart(
    "alimentation du déflecteur d'air avant actif",
    'active air dam supply',
    sub,
    true,
  );
  return [
    ...run('C0601', dam, CTRL_LOW_HIGH_RANGE),
    ...run('C062E', supply, ['low_voltage', 'high_voltage']),
    make('C0630', dam, 'stuck'),
  ];
}

export function sixthPassBodyChassisCodes(): DtcEntry[] {
  return [
    ...restraints(),
    ...bodyEquipment(),
    ...chassisLow(),
    ...fourWheelDrive(),
    ...wheelSpeed(),
    ...dynamicsAndSteering(),
    ...absUnit(),
    ...pressureSensors(),
    ...boosterAndPedal(),
    ...hydraulicsAndBlending(),
    ...parkBrake(),
    ...drivelineExtended(),
    ...airDam(),
  ];
}
