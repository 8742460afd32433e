// Fifth pass over the generic code space (table 1.4.0): the U0xxx and U3xxx codes not yet listed, decimal and hexadecimal.
// Code numbers and what they concern are facts checked against public code lists; every title is
// composed here, in the team's own words, from components and failure templates.
//
// Blocks covered (only codes absent from table 1.3.0):
// - U0078–U007B: control module communication buses F–I off; U0080–U0088: vehicle bus F;
// - U010A–U02A6 (hex and decimal): lost communication with further modules (EGR, turbo, AdBlue,
//   rocker arms, HV battery interfaces A–P, cameras, DC/DC, AC/DC, DC/AC converters, NOx, PM and
//   NH3 sensors…);
// - U030A–U031B, U0332–U0339: software incompatibility;
// - U040A–U04B2 and U0501–U05A7: invalid data received, including the irregular U0441
//   (emissions-critical information) and U05A1/U05A2/U05A4 (smart sensor receiving invalid data
//   from the engine control module);
// - U3004–U3005, U3009–U3017: control module supply, grounds, ignition inputs, wake-up, clock.
//
// Source: a public generic network-code table laid out in J2012/ISO 15031-6 order (U0001–U0088,
// U0100–U02A6, U0300–U0339, U0400–U05A7, U3000–U3017), used only to learn which codes exist and
// which module and failure they concern. Doubtful codes were cross-checked against public
// per-code lookups and manufacturer repair information (U007A bus H off, U0332, U04A4, U05A1,
// U05A4, U3009, U300A/U300B). From U0432 on, J2012 numbers the invalid-data codes as the
// lost-communication code + 0x301 (U0142 → U0443, U0200 → U0501…); where that slot was already
// taken by the 2002 block (U0401–U0431), the slot was given to another module, so U0456 (coolant
// temperature module), U0465 (PTO), U0467–U0469, U0513 (yaw rate) and U0536 (lateral
// acceleration) do not follow the offset. U04A4 is the particulate matter sensor A (confirmed by
// manufacturer repair information), not battery interface D, which therefore has no invalid-data
// code.
//
// Left out: U02A0/U02A1 (U02A0 carries an invalid-data text inside the lost-communication block
// in one list and could not be verified), U02A7+, U0340+, U05A8+ and U3018+ (not in the
// J2012-ordered list; single-source later additions were not taken), and every slot the list
// leaves empty (U007C–U007F, U013A–U013B, U0271–U0283, U0290, U031C–U031F, U044B–U0450…), which
// are reserved or unassigned.

import type { ModuleRow } from './dtc-network';
import {
  ALL_TERRAIN,
  ANTENNA,
  AUDIBLE,
  AUTO_LIGHTING,
  BLIND_LEFT,
  BLIND_RIGHT,
  COLUMN_LOCK,
  COMPASS,
  DIFF_FRONT,
  DIFF_REAR,
  FOLDING_TOP,
  FRONT_LIGHTING,
  FRONT_RADAR,
  FUEL_ADDITIVE,
  FUEL_CELL,
  HEATED_WHEEL,
  HUD,
  HYBRID_PCM,
  IMPACT,
  LEVELLING,
  MIRROR,
  NAV,
  NAV_DISPLAY,
  PHONE,
  PTO,
  RAIN,
  REAR_CAMERA,
  REAR_GATE,
  REAR_HVAC,
  REAR_STEERING,
  RECALL,
  RESTRAINTS,
  ROLL,
  SIDE_LEFT,
  SIDE_RIGHT,
  STARTER_GEN,
  SUBSCRIPTION,
  SUNROOF,
  SUSPENSION_B,
  TRAILER_BRAKE,
  TV,
  bcm,
  chassis,
  digitalAudio,
  disc,
  door,
  doorSwitch,
  driveMotor,
  frontControls,
  gateway,
  headlamp,
  infoCentre,
  letteredModules,
  moduleCodes,
  networkModule as m,
  parkAssist,
  pretensioner,
  rearEntertainment,
  rearLighting,
  restraintSensor,
  seat,
  windowMotor,
} from './dtc-network';
import type { DtcEntry, Failure, TemplateKey } from './dtc-templates';
import { handWritten, hexCode, hexSeries, masc } from './dtc-templates';

// ---------------------------------------------------------------- modules
// Modules first named here; the ones met again in dtc-network.ts come from there. Exported ones are
// named again by the sixth pass.
const egr = (l: string) =>
  m(`module de recirculation des gaz d'échappement (EGR) ${l}`, `EGR control module ${l}`);
const turbo = (l: string) =>
  m(
    `module de suralimentation (turbo/compresseur) ${l}`,
    `turbocharger/supercharger control module ${l}`,
  );
export const ADBLUE = m("module de gestion de l'AdBlue", 'reductant control module');
const AC = m('module de climatisation (A/C)', 'air conditioning control module');
const exhaustSensor = (l: string) =>
  m(`module de capteur de gaz d'échappement ${l}`, `exhaust gas sensor module ${l}`);
const rocker = (l: string) =>
  m(`module de commande des culbuteurs ${l}`, `rocker arm control module ${l}`);
const AWD = m('module de transmission intégrale (AWD)', 'all-wheel drive control module');
const THROTTLE_B = m('module de papillon motorisé B', 'throttle actuator B control module');
const VIBRATION = m('module antivibrations actif', 'active vibration control module');
const GENERATOR = m("module de commande de l'alternateur", 'generator control module');
const PEDAL = m("module de pédale d'accélérateur", 'accelerator pedal module');
const vacuum = (l: string) => m(`capteur de dépression ${l}`, `vacuum sensor ${l}`);
const GPS = m('module GPS', 'GPS module');
export const E_COMPRESSOR = m(
  'module de compresseur de climatisation électrique',
  'electric A/C compressor control module',
);
const FUEL_PUMP_B = m('module de pompe à carburant B', 'fuel pump control module B');
const TACHOGRAPH = m('chronotachygraphe', 'tachograph module');
const CHARGER = m('module du chargeur de batterie', 'battery charger control module');
const GLOW_2 = m('boîtier de préchauffage 2', 'glow plug control module 2');
const DOR_SENSOR = m(
  "capteur de température du catalyseur de réduction d'ozone (DOR)",
  'direct ozone reduction catalyst temperature sensor',
);
const RANGE = m(
  'module de sélection de position de boîte (P/R/N/D)',
  'transmission range control module',
);
const COOLANT_PUMP = m(
  'module de pompe de liquide de refroidissement',
  'engine coolant pump control module',
);
export const hvInterface = (l: string) =>
  m(
    `module d'interface de la batterie haute tension ${l}`,
    `hybrid/EV battery interface control module ${l}`,
  );
const BATTERY_MONITOR = m('module de surveillance de la batterie', 'battery monitor module');
const pmSensor = (l: string) =>
  m(`capteur de particules ${l}`.trim(), `particulate matter sensor ${l}`.trim());
const roof = (l: string) => m(`module de toit mobile ${l}`, `moveable roof control module ${l}`);
const entrapment = (l: string) => m(`module anti-pincement ${l}`, `entrapment control module ${l}`);
const imageModule = (l: string) =>
  m(`module de traitement d'image ${l}`, `image processing module ${l}`);
const RADAR_LEFT = m(
  'radar de régulateur de distance gauche',
  'cruise control front distance range sensor, left',
);
const RADAR_RIGHT = m(
  'radar de régulateur de distance droit',
  'cruise control front distance range sensor, right',
);
const REMOTE_ACCESSORY = m("module d'accessoires déporté", 'remote accessory module');
const INTERIOR_LIGHTING = m("module d'éclairage intérieur", 'interior lighting control module');
const runningBoard = (l: string) =>
  m(`module de marchepied électrique ${l}`, `running board control module ${l}`);
const REMOTE_START = m('module de démarrage à distance', 'remote start module');
const FRONT_DISPLAY = m("module d'interface d'affichage avant", 'front display interface module');
const FRONT_CONTROLS_DISPLAY = m(
  "module d'interface des commandes et de l'affichage avant",
  'front controls and display interface module',
);
const TRANSCEIVER = m('émetteur-récepteur radio', 'radio transceiver');
const specialVehicle = (l: string) =>
  m(`module de véhicule à usage spécial ${l}`, `special purpose vehicle control module ${l}`);
export const seatSwitch = (l: string) =>
  m(`module de commandes de siège ${l}`, `seat control switch module ${l}`);
const amplifier = (l: string) => m(`amplificateur audio ${l}`, `audio amplifier ${l}`);
const SPEECH = m('module de reconnaissance vocale', 'speech recognition module');
const imageSensor = (l: string) => m(`capteur d'image ${l}`, `image processing sensor ${l}`);
export const grille = (l: string) =>
  m(`module de volets de calandre pilotés ${l}`, `active grille air shutter module ${l}`);
const ANTI_TAMPER = m('dispositif anti-manipulation du radiateur', 'radiator anti-tamper device');
const TRANS_PUMP = m(
  'module de pompe à huile de boîte de vitesses',
  'transmission fluid pump module',
);
const dcAc = (l: string) =>
  m(
    `module de convertisseur continu-alternatif (DC/AC) ${l}`,
    `DC/AC converter control module ${l}`,
  );
const gearShift = (l: string) =>
  m(`module de sélection des rapports ${l}`, `gear shift control module ${l}`);
const PT_MONITOR = m(
  'module de surveillance du groupe motopropulseur',
  'powertrain control monitor module',
);
const AC_AC = m(
  'module de convertisseur alternatif-alternatif (AC/AC)',
  'AC/AC converter control module',
);
const acDc = (l: string) =>
  m(
    `module de convertisseur alternatif-continu (AC/DC) ${l}`,
    `AC/DC converter control module ${l}`,
  );
export const dcDc = (l: string) =>
  m(`module de convertisseur continu-continu (DC/DC) ${l}`, `DC/DC converter control module ${l}`);
const HV_PACK_SENSOR = m(
  'module de capteurs de la batterie haute tension',
  'hybrid/EV battery pack sensor module',
);
export const nox = (l: string) => m(`capteur de NOx ${l}`, `NOx sensor ${l}`);
const EVAP_LEAK = m(
  'module de détection de fuites du circuit antiévaporation (EVAP)',
  'EVAP system leak detection control module',
);
const ADBLUE_QUALITY = m("module de mesure de la qualité de l'AdBlue", 'reductant quality module');
const NH3 = m("capteur d'ammoniac (NH3)", 'NH3 sensor');
const ADBLUE_HEATER = m("module de réchauffage de l'AdBlue", 'reductant heater control module');
const SAFETY = m(
  "module d'intégration des systèmes de sécurité",
  'safety integration control module',
);

// Modules whose lost-communication code the generator writes, under the same name.
const ECM_B = m('calculateur moteur B', 'engine control module B');
const COOLANT_TEMP = m(
  'module de gestion de la température du liquide de refroidissement',
  'coolant temperature control module',
);
const RADIO = m('autoradio', 'radio');
const PC = m('ordinateur personnel (PC)', 'personal computer');
const TELEMATIC = m('module télématique', 'telematic control module');
const YAW = m('module de capteur de lacet', 'yaw rate sensor module');
const RFA = m("module d'accès à distance", 'remote function actuation module');
const LATERAL = m(
  "module de capteur d'accélération latérale",
  'lateral acceleration sensor module',
);
const FRONT_ENTERTAINMENT = m('module multimédia avant', 'front entertainment control module');
export const APIM = m(
  "module d'interface des accessoires (APIM)",
  'accessory protocol interface module',
);
const MULTI_AXIS = m(
  "module de capteur d'accélération multiaxe",
  'multi-axis acceleration sensor module',
);

// ---------------------------------------------------------------- U01xx–U02xx lost communication
const LOST: readonly ModuleRow[] = [
  ['U010A', egr('A')],
  ['U010B', egr('B')],
  ['U010C', turbo('A')],
  ['U010D', turbo('B')],
  ['U010E', ADBLUE],
  ['U010F', AC],
  ['U011A', exhaustSensor('A')],
  ['U011B', rocker('A')],
  ['U011C', rocker('B')],
  ['U011D', AWD],
  ['U011E', THROTTLE_B],
  ['U012C', VIBRATION],
  ['U012D', GENERATOR],
  ['U013C', PEDAL],
  ['U013D', vacuum('A')],
  ['U013E', vacuum('B')],
  ['U016A', GPS],
  ['U016B', E_COMPRESSOR],
  ['U016C', FUEL_PUMP_B],
  ['U016D', exhaustSensor('B')],
  ...letteredModules('U017A', 'KLMN', restraintSensor),
  ['U019A', TACHOGRAPH],
  ['U019B', CHARGER],
  ['U019C', GLOW_2],
  ['U019D', DOR_SENSOR],
  ['U019E', RANGE],
  ['U019F', COOLANT_PUMP],
  ...letteredModules('U01A0', 'ABCDEFGHIJKLMNOP', hvInterface),
  ['U01B0', BATTERY_MONITOR],
  ['U01B1', pmSensor('B')],
  ['U020A', roof('B')],
  ['U0239', entrapment('A')],
  ...letteredModules('U023A', 'ABC', imageModule),
  ['U023D', RADAR_LEFT],
  ['U023E', RADAR_RIGHT],
  ['U0240', entrapment('B')],
  ['U0248', REMOTE_ACCESSORY],
  ['U024A', INTERIOR_LIGHTING],
  ['U024B', seat('G')],
  ['U024C', seat('H')],
  ['U0251', runningBoard('B')],
  ['U0254', REMOTE_START],
  ['U0255', FRONT_DISPLAY],
  ['U0257', FRONT_CONTROLS_DISPLAY],
  ['U0258', TRANSCEIVER],
  ...letteredModules('U0259', 'ABCD', specialVehicle),
  ['U025D', frontControls('B')],
  ['U0260', seatSwitch('A')],
  ['U0261', seatSwitch('B')],
  ['U0262', amplifier('B')],
  ['U0263', SPEECH],
  ...letteredModules('U0265', 'ABCDEFGHIJKL', imageSensor),
  ['U0284', grille('A')],
  ['U0285', grille('B')],
  ['U0286', ANTI_TAMPER],
  ['U0287', TRANS_PUMP],
  ['U0288', dcAc('A')],
  ['U0289', dcAc('B')],
  ['U0291', gearShift('B')],
  ['U0292', driveMotor('B')],
  ['U0294', PT_MONITOR],
  ['U0295', AC_AC],
  ['U0296', acDc('A')],
  ['U0297', acDc('B')],
  ['U0298', dcDc('A')],
  ['U0299', dcDc('B')],
  ['U029A', HV_PACK_SENSOR],
  ['U029B', driveMotor('C')],
  ['U029C', driveMotor('D')],
  ['U029D', nox('A')],
  ['U029E', nox('B')],
  ['U029F', EVAP_LEAK],
  ['U02A2', ADBLUE_QUALITY],
  ['U02A3', pmSensor('')],
  ['U02A4', NH3],
  ['U02A5', ADBLUE_HEATER],
  ['U02A6', SAFETY],
];

// ---------------------------------------------------------------- U03xx software incompatibility
const SOFTWARE: readonly ModuleRow[] = [
  ['U030A', EVAP_LEAK],
  ['U030B', GLOW_2],
  ['U030C', ADBLUE_QUALITY],
  ['U030D', nox('A')],
  ['U030E', nox('B')],
  ['U031A', RANGE],
  ['U031B', dcDc('A')],
  ['U0332', MULTI_AXIS],
  ['U0333', gearShift('B')],
  ['U0334', RADIO],
  ['U0335', HV_PACK_SENSOR],
  ['U0336', RESTRAINTS],
  ['U0337', CHARGER],
  ['U0338', RFA],
  ['U0339', bcm('B')],
];

// ---------------------------------------------------------------- U04xx–U05xx invalid data received
const INVALID: readonly ModuleRow[] = [
  ['U040A', AC],
  ['U040B', egr('A')],
  ['U040C', egr('B')],
  ['U040D', turbo('A')],
  ['U040E', turbo('B')],
  ['U040F', ADBLUE],
  ['U041B', exhaustSensor('A')],
  ['U041C', rocker('A')],
  ['U041D', rocker('B')],
  ['U041E', AWD],
  ['U041F', THROTTLE_B],
  ['U042B', chassis('A')],
  ['U042C', chassis('B')],
  ['U042D', VIBRATION],
  ['U042E', GENERATOR],
  ['U0432', MULTI_AXIS],
  ['U0433', FRONT_RADAR],
  ['U0434', ROLL],
  ['U0435', REAR_STEERING],
  ['U0436', DIFF_FRONT],
  ['U0437', DIFF_REAR],
  ['U0438', TRAILER_BRAKE],
  ['U0439', ALL_TERRAIN],
  ['U043A', SUSPENSION_B],
  ['U043B', RADAR_LEFT],
  ['U043C', RADAR_RIGHT],
  ['U043D', PEDAL],
  ['U043E', vacuum('A')],
  ['U043F', vacuum('B')],
  ['U0442', ECM_B],
  ...letteredModules('U0443', 'BCDE', bcm),
  ...letteredModules('U0447', 'ABCD', gateway),
  ['U0451', gateway('E')],
  ['U0453', SIDE_LEFT],
  ['U0454', SIDE_RIGHT],
  ['U0456', COOLANT_TEMP],
  ['U0457', infoCentre('A')],
  ['U0458', infoCentre('B')],
  ['U0459', HUD],
  ['U045A', parkAssist('A')],
  ['U0461', AUDIBLE],
  ['U0462', COMPASS],
  ['U0463', NAV_DISPLAY],
  ['U0464', NAV],
  ['U0465', PTO],
  ['U0466', REAR_HVAC],
  ['U0467', FUEL_ADDITIVE],
  ['U0468', FUEL_CELL],
  ['U0469', STARTER_GEN],
  ['U046A', SUNROOF],
  ['U046B', GPS],
  ['U046C', E_COMPRESSOR],
  ['U046D', FUEL_PUMP_B],
  ['U046E', exhaustSensor('B')],
  ...letteredModules('U0471', 'ABCDEFGHIJKLMN', restraintSensor),
  ['U047F', pretensioner('A')],
  ['U0480', pretensioner('B')],
  ['U0481', AUTO_LIGHTING],
  ['U0482', LEVELLING],
  ['U0483', FRONT_LIGHTING],
  ['U0484', rearLighting('A')],
  ['U0485', RADIO],
  ['U0486', ANTENNA],
  ['U0487', amplifier('A')],
  ...letteredModules('U0488', 'ABC', disc),
  ['U0491', disc('D')],
  ['U0492', TV],
  ['U0493', PC],
  ['U0494', digitalAudio('A')],
  ['U0495', digitalAudio('B')],
  ['U0496', SUBSCRIPTION],
  ['U0497', rearEntertainment('A')],
  ['U0498', PHONE],
  ['U0499', TELEMATIC],
  ['U049A', door('A')],
  ['U049B', TACHOGRAPH],
  ['U049C', CHARGER],
  ['U049D', GLOW_2],
  ['U049E', DOR_SENSOR],
  ['U049F', RANGE],
  ['U04A0', COOLANT_PUMP],
  ...letteredModules('U04A1', 'ABC', hvInterface),
  ['U04A4', pmSensor('A')],
  ...letteredModules('U04A5', 'EFGHIJKLMNOP', hvInterface),
  ['U04B1', BATTERY_MONITOR],
  ['U04B2', pmSensor('B')],
  ...letteredModules('U0501', 'BCDEFG', door),
  ['U0507', FOLDING_TOP],
  ['U0508', roof('A')],
  ['U0509', seat('A')],
  ['U050A', seat('B')],
  ['U050B', roof('B')],
  ['U0511', seat('C')],
  ['U0512', seat('D')],
  ['U0513', YAW],
  ['U0514', MIRROR],
  ['U0515', RFA],
  ...letteredModules('U0516', 'ABCDE', doorSwitch),
  ['U0521', doorSwitch('F')],
  ['U0522', doorSwitch('G')],
  ...letteredModules('U0523', 'ABCDEFG', windowMotor),
  ['U052A', HEATED_WHEEL],
  ['U0531', REAR_GATE],
  ['U0532', RAIN],
  ['U0533', BLIND_LEFT],
  ['U0534', BLIND_RIGHT],
  ['U0535', RECALL],
  ['U0536', LATERAL],
  ['U0537', COLUMN_LOCK],
  ['U0538', digitalAudio('C')],
  ['U0539', digitalAudio('D')],
  ['U053A', entrapment('A')],
  ...letteredModules('U053B', 'ABC', imageModule),
  ['U0541', entrapment('B')],
  ['U0542', headlamp('A')],
  ['U0543', headlamp('B')],
  ['U0544', parkAssist('B')],
  ['U0545', runningBoard('A')],
  ['U0546', FRONT_ENTERTAINMENT],
  ['U0547', seat('E')],
  ['U0548', seat('F')],
  ['U0549', REMOTE_ACCESSORY],
  ['U054A', rearEntertainment('B')],
  ['U054B', INTERIOR_LIGHTING],
  ['U054C', seat('G')],
  ['U054D', seat('H')],
  ['U0551', IMPACT],
  ['U0552', runningBoard('B')],
  ['U0553', rearLighting('B')],
  ['U0554', APIM],
  ['U0555', REMOTE_START],
  ['U0556', FRONT_DISPLAY],
  ['U0557', frontControls('A')],
  ['U0558', FRONT_CONTROLS_DISPLAY],
  ['U0559', TRANSCEIVER],
  ...letteredModules('U055A', 'ABCD', specialVehicle),
  ['U055E', frontControls('B')],
  ['U0561', seatSwitch('A')],
  ['U0562', seatSwitch('B')],
  ['U0563', amplifier('B')],
  ['U0564', SPEECH],
  ['U0565', REAR_CAMERA],
  ...letteredModules('U0566', 'ABCDEFGHIJKL', imageSensor),
  ['U0585', grille('A')],
  ['U0586', grille('B')],
  ['U0587', ANTI_TAMPER],
  ['U0588', TRANS_PUMP],
  ['U0589', dcAc('A')],
  ['U058A', dcAc('B')],
  ['U0592', gearShift('B')],
  ['U0593', driveMotor('B')],
  ['U0594', HYBRID_PCM],
  ['U0595', PT_MONITOR],
  ['U0596', AC_AC],
  ['U0597', acDc('A')],
  ['U0598', acDc('B')],
  ['U0599', dcDc('A')],
  ['U059A', dcDc('B')],
  ['U059B', HV_PACK_SENSOR],
  ['U059C', driveMotor('C')],
  ['U059D', driveMotor('D')],
  ['U059E', nox('A')],
  ['U059F', nox('B')],
  ['U05A0', EVAP_LEAK],
  ['U05A3', ADBLUE_QUALITY],
  ['U05A5', NH3],
  ['U05A6', ADBLUE_HEATER],
  ['U05A7', SAFETY],
];

// ---------------------------------------------------------------- U00xx buses
// Builders shared with the sixth pass, which continues both series.

/** Bus-off codes of the control module communication buses, one letter per code from `start`. */
export const busOffCodes = (start: string, letters: string): DtcEntry[] =>
  [...letters].map((bus, i) =>
    handWritten(
      hexCode(start, i),
      'reseau_communication',
      'bus_can',
      'communication',
      `Bus de communication ${bus} des calculateurs hors service (bus off)`,
      `Control module communication bus ${bus} off`,
    ),
  );

export const vehicleBusFault = (code: string, bus: string): DtcEntry =>
  handWritten(
    code,
    'reseau_communication',
    'bus_can',
    'communication',
    `Défaut de communication sur le bus de communication véhicule ${bus}`,
    `Vehicle communication bus ${bus} communication fault`,
  );

export const vehicleBusPerformance = (code: string, bus: string): DtcEntry =>
  handWritten(
    code,
    'reseau_communication',
    'bus_can',
    'communication',
    `Bus de communication véhicule ${bus} peu performant`,
    `Vehicle communication bus ${bus} poor performance`,
  );

/**
 * The nine-code layout of vehicle buses A–E (U0028–U0072): overall fault, performance, (+) line
 * open/low/high, (−) line open/low/high, (−) shorted to (+). Codes count in hexadecimal from `base`.
 */
export function vehicleBusCodes(base: string, bus: string): DtcEntry[] {
  const fr = `bus de communication véhicule ${bus}`;
  const en = `vehicle communication bus ${bus}`;
  const line = (polarity: string, sign: string) =>
    masc(
      `fil ${polarity} (${sign}) du ${fr}`,
      `${en} (${sign}) line`,
      'reseau_communication',
      'bus_can',
    );
  const lineFailures: TemplateKey[] = ['open', 'low', 'high'];
  return [
    vehicleBusFault(base, bus),
    vehicleBusPerformance(hexCode(base, 1), bus),
    ...hexSeries(hexCode(base, 2), line('positif', '+'), lineFailures),
    ...hexSeries(hexCode(base, 5), line('négatif', '−'), lineFailures),
    handWritten(
      hexCode(base, 8),
      'reseau_communication',
      'bus_can',
      'circuit',
      `Fil négatif (−) du ${fr} en court-circuit avec le fil positif (+)`,
      `Vehicle communication bus ${bus} (−) line shorted to (+) line`,
    ),
  ];
}

// ---------------------------------------------------------------- irregular U04xx/U05xx
/** A smart sensor that reports invalid data from the engine control module (U05A1…, U05A9). */
export const sensorReceivingInvalidData = (code: string, sensor: string, sensorEn: string) =>
  handWritten(
    code,
    'reseau_communication',
    'donnees_invalides',
    'communication',
    `Le ${sensor} reçoit des données invalides du calculateur moteur`,
    `${sensorEn} receiving invalid data from the engine control module`,
  );

function irregularInvalidData(): DtcEntry[] {
  return [
    handWritten(
      'U0441',
      'reseau_communication',
      'donnees_invalides',
      'communication',
      'Données invalides reçues : informations critiques pour la dépollution',
      'Invalid data received: emissions-critical control information',
    ),
    sensorReceivingInvalidData('U05A1', 'capteur de NOx A', 'NOx sensor A'),
    sensorReceivingInvalidData('U05A2', 'capteur de NOx B', 'NOx sensor B'),
    sensorReceivingInvalidData('U05A4', 'capteur de particules', 'Particulate matter sensor'),
  ];
}

// ---------------------------------------------------------------- U30xx module self-diagnostics
// Builders shared with the sixth pass, which continues the U30xx block.

/** Supply and ground codes of the control module itself (filed with the vehicle supply). */
export const moduleSupplyCode = (code: string, failure: Failure, fr: string, en: string) =>
  handWritten(code, 'electricite_charge', 'alimentation_calculateur', failure, fr, en);

/** Codes about the control module's own operation (wake-up, clock, disable circuit…). */
export const controlModuleCode = (code: string, failure: Failure, fr: string, en: string) =>
  handWritten(code, 'reseau_communication', 'calculateur', failure, fr, en);

/** Ignition switch positions in the order J2012 gives the ignition input and output codes. */
export const IGNITION_POSITIONS: readonly (readonly [fr: string, en: string])[] = [
  ['accessoires/contact/démarrage', 'accessory/run/start'],
  ['arrêt/contact/démarrage', 'off/run/start'],
  ['contact/démarrage', 'run/start'],
  ['contact', 'run'],
  ['accessoires', 'accessory'],
  ['démarrage', 'start'],
  ['arrêt', 'off'],
];

/** One code per ignition position from `start`, for the module's ignition inputs or outputs. */
export const ignitionLineCodes = (
  start: string,
  line: 'input' | 'output',
  positions: readonly (readonly [fr: string, en: string])[],
): DtcEntry[] =>
  positions.map(([position, positionEn], i) =>
    handWritten(
      hexCode(start, i),
      'electricite_charge',
      'contacteur_allumage',
      'circuit',
      `${line === 'input' ? 'Entrée' : 'Sortie'} d'allumage « ${position} » du calculateur défaillante`,
      `Control module ${positionEn} ignition ${line} fault`,
    ),
  );

function moduleSelfTests(): DtcEntry[] {
  const supply = (code: string, fr: string, en: string) =>
    moduleSupplyCode(code, 'circuit', fr, en);
  return [
    handWritten(
      'U3004',
      'electricite_charge',
      'alimentation_accessoires',
      'circuit',
      "Relais d'alimentation des accessoires défaillant",
      'Accessory power relay fault',
    ),
    handWritten(
      'U3005',
      'electricite_charge',
      'alimentation_accessoires',
      'circuit',
      "Défaut du maintien de l'alimentation des accessoires après coupure du contact",
      'Retained accessory power (after ignition off) fault',
    ),
    supply('U3009', 'Masse B du calculateur défaillante', 'Control module ground B fault'),
    handWritten(
      'U300A',
      'electricite_charge',
      'contacteur_allumage',
      'circuit',
      "Signal du commutateur d'allumage défaillant",
      'Ignition switch signal fault',
    ),
    ...ignitionLineCodes('U300B', 'input', IGNITION_POSITIONS),
    controlModuleCode(
      'U3012',
      'internal',
      'Réveil anormal du calculateur',
      'Control module improper wake-up',
    ),
    supply(
      'U3013',
      "Tension d'alimentation C du calculateur hors plage",
      'Control module input power C out of range',
    ),
    supply(
      'U3014',
      "Tension d'alimentation D du calculateur hors plage",
      'Control module input power D out of range',
    ),
    supply('U3015', 'Masse C du calculateur défaillante', 'Control module ground C fault'),
    supply('U3016', 'Masse D du calculateur défaillante', 'Control module ground D fault'),
    controlModuleCode(
      'U3017',
      'performance',
      'Horloge interne (temporisation) du calculateur peu performante',
      'Control module timer/clock poor performance',
    ),
  ];
}

export function fifthPassNetworkCodes(): DtcEntry[] {
  return [
    // Bus-off codes continue the U0073–U0077 series (buses A–E) with F–I.
    ...busOffCodes('U0078', 'FGHI'),
    // Vehicle bus F takes the nine-code layout of buses A–E.
    ...vehicleBusCodes('U0080', 'F'),
    ...moduleCodes('lost', LOST),
    ...moduleCodes('software', SOFTWARE),
    ...moduleCodes('invalid', INVALID),
    ...irregularInvalidData(),
    ...moduleSelfTests(),
  ];
}
