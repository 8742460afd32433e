// Sixth pass over the generic code space (table 1.5.0): the U0xxx and U3xxx codes the fifth pass did not list.
// Code numbers and what they concern are facts checked against public code lists; every title is
// composed here, in the team's own words, from components and failure templates.
//
// Blocks covered (only codes absent from table 1.4.0):
// - U007C–U007F: control module communication buses J–M off; U0089–U009E: vehicle buses G and H
//   (full nine-code layout, hexadecimal) and I, J (bus and performance codes only);
// - U01xx–U02xx lost communication: the slots the fifth pass left empty (U011F, U012E–U012F,
//   U013F, U014A–U014E, U015A–U015F, U018A, U01B2–U01BF, U020B–U020D, U022E–U022F, U024D–U024F,
//   U025E–U025F, U0271–U027C, U028A–U0290) and the later additions U02A1, U02A7–U02C1;
// - U03xx software incompatibility: U030F, U031C–U031F, U032A, U033A–U0354;
// - U04xx–U05xx invalid data: U041A, U042A, U042F, U0440, U044B–U044F, U045B–U0460, U048B,
//   U04B3–U04C0, U050C–U050E, U052F–U0530, U054E–U0550, U055F–U0560, U0572–U0580,
//   U058B–U058D, U05A8–U05C1, and the irregular U05A9 (NOx sensor C receiving invalid data);
// - U06xx: lost communication with smart sensors and actuators (U0600–U069F), and U0901 (invalid
//   data from the ion sense module), which the list files alone in the U09xx hundred;
// - U3018–U3036 and U3500–U3510: module supplies, wake-up lines, disable circuits, ignition
//   outputs, security certificates and message authentication, cooling fan, missing calibration;
// - U3511–U3576 (added in a second step): high voltage interlock loops B–P and the hydrogen fuel
//   cell parts (tanks, tank valves, supply line, anode, cathode air path, stack coolant).
//
// Source: a public J2012-ordered generic code list (one row per code, recent revision of the
// standard), used only to learn which codes exist and which module and failure they concern. For
// this wave a code defined by that list is taken when its meaning follows the J2012 pattern of
// its block (lost communication / software incompatibility / invalid data with a module name, or
// module self-diagnostics in U3xxx; U3511–U3576 are component circuits, see below); codes the
// list does not define stay out.
//
// Numbering notes: U0572/U0573 are given to vehicle motion control modules A/B and U0580 to the
// haptic module, although the usual +0x301 offset from U0271/U0272 (seat control switch modules
// C/D) and U0279 (haptic module) would point elsewhere; the list is followed. U05AA names the
// charge air cooler coolant pump without a letter; its slot is U02A9 + 0x301 (pump A), so it is
// written as pump A.
//
// U3511–U3576 are generic codes although they concern component circuits rather than the module
// itself, so their system follows the part: the interlock loops go to `electricite_charge` /
// `haute_tension` and reuse the wording of the loop of P0A0A–P0A0E (the list goes B…H, J…P,
// skipping I but keeping O); hydrogen storage and supply up to the anode inlet (tank sensors and
// valves, supply line, anode inlet pressure, anode multifunction valve) go to `injection_melange` /
// `alimentation_hydrogene` and the cathode air path (air inlet, charge air cooler outlet, expander
// inlet, backpressure and bypass valves) to `injection_melange` / `air_pile_combustible`, as the
// reactant supply of the stack plays the part of fuel and air metering; the anode water drain
// valves, their heater relays and the stack differential pressure go to `moteur` /
// `pile_combustible` (the stack is the power source); the stack coolant sensors and mixing valve
// go to `refroidissement` / `refroidissement_pile_combustible`. Where the list names a valve alone
// (U3558, U3562, U3569, U356B, U356D, U3574) the title says the valve is at fault, without
// claiming a performance test; U3558 is the only one of the three tank valves so written, A and B
// saying "performance". Only the one list defines this block; no second public source was found.
//
// Left out: U02A0 (an invalid-data text inside the lost-communication block, unverifiable),
// U1000 and U2000 (manufacturer-controlled), and every slot the list leaves empty (U01C0–U01FF,
// U022A–U022D, U027D–U0283, U02C2+, U032B–U032F, U0355+, U044E, U0450, U04B7–U04B9, U04C1+,
// U050F–U0510, U052B–U052E, U057A, U057E–U057F, U0581–U0584, U058E–U0591, U05AD–U05B1,
// U05BB–U05BC, U05C2+, U06A0+, U3037–U34FF, U3577 onward: the list ends at U3576).

import type { ModuleRow } from './dtc-network';
import {
  becm,
  door,
  letteredModules,
  moduleCodes,
  networkModule as m,
  parkAssist,
  seat,
} from './dtc-network';
import {
  ADBLUE,
  APIM,
  E_COMPRESSOR,
  IGNITION_POSITIONS,
  busOffCodes,
  controlModuleCode,
  dcDc,
  grille,
  hvInterface,
  ignitionLineCodes,
  moduleSupplyCode,
  nox,
  seatSwitch,
  sensorReceivingInvalidData,
  vehicleBusCodes,
  vehicleBusFault,
  vehicleBusPerformance,
} from './dtc-fifth-pass-network';
import type { Component, DtcEntry, Failure, System, TemplateKey } from './dtc-templates';
import { entry, fem, handWritten, hexCode, hexSeries, masc } from './dtc-templates';
import type { Gender } from './french';

const f = (fr: string, en: string) => m(fr, en, 'f');

// ---------------------------------------------------------------- modules already named
// Second units of modules named by dtc-network.ts, dtc-fifth-pass-network.ts or the generator, in
// the same words with the letter J2012 now gives them (the shared ones are imported above).
const MIRROR_B = m('module de rétroviseurs B', 'mirror control module B');
const MULTI_AXIS_B = m(
  "module de capteur d'accélération multiaxe B",
  'multi-axis acceleration sensor module B',
);
const ABS_B = m('calculateur ABS B', 'ABS control module B');
const STEERING_B = m('module de direction assistée B', 'power steering control module B');
const BRAKE_SYSTEM_B = m('module du système de freinage B', 'brake system control module B');
const GENERATOR_B = m("module de commande de l'alternateur B", 'generator control module B');
const LEVELLING_B = m(
  'module de correction de portée des projecteurs B',
  'headlamp levelling control module B',
);
const charger = (l: string) =>
  m(`module du chargeur de batterie ${l}`, `battery charger control module ${l}`);
const TRANS_PUMP_B = m(
  'module de pompe à huile de boîte de vitesses B',
  'transmission fluid pump module B',
);
const INTERIOR_LIGHTING_B = m(
  "module d'éclairage intérieur B",
  'interior lighting control module B',
);
const blindSpot = (l: string) =>
  m(`module de détection d'angle mort ${l}`, `side obstacle detection control module ${l}`);
const PEDESTRIAN_ALERT = m("module d'alerte sonore des piétons", 'pedestrian alert control module');
const ION_SENSE = m("module de détection par courant d'ionisation", 'ion sense module');

// ---------------------------------------------------------------- new modules (U01xx–U05xx)
const V2X = m('module de communication V2X', 'V2X communication module');
const CAM_POSITION = m('module de calage des arbres à cames', 'camshaft position control module');
const INDUCTIVE_CHARGING = m(
  'module de recharge par induction de la batterie haute tension',
  'hybrid/EV battery inductive charging module',
);
const ads = (l: string) =>
  m(`module de conduite automatisée ${l}`, `automated driving system control module ${l}`);
const adsInterface = (l: string) =>
  m(
    `module d'interface de conduite automatisée ${l}`,
    `automated driving system interface module ${l}`,
  );
const PLANETARY = m('module de train épicycloïdal', 'planetary gear set control module');
const BRAKE_BLENDING = m(
  'actionneur de répartition du freinage récupératif',
  'brake blending actuator',
);
const CATALYST_HEATER = m('module du chauffage du catalyseur', 'catalyst heater control module');
const FUEL_HEATER = m('module du réchauffeur de carburant', 'fuel heater control module');
const switchInput = (l: string) =>
  m(`module d'entrées des commandes ${l}`, `switch input module ${l}`);
const PARK_LOCK = m(
  'module de verrouillage de stationnement (park lock)',
  'park lock control module',
);
const cacPump = (l: string) =>
  f(
    `pompe de liquide de refroidissement de l'échangeur d'air de suralimentation ${l}`,
    `charge air cooler coolant pump ${l}`,
  );
const MOTOR_CLUTCH_A = m(
  "actionneur d'embrayage du moteur de traction A",
  'drive motor A clutch actuator',
);
const BMS = m('module de gestion de batterie (BMS)', 'battery management control module');
const wirelessCharging = (l: string) =>
  m(`module de recharge sans fil ${l}`, `wireless accessory charging module ${l}`);
const detectionUpkeep = (l: string) =>
  m(
    `module d'entretien des capteurs de détection d'obstacles ${l}`,
    `object detection maintenance control module ${l}`,
  );
const brakeBooster = (l: string) =>
  m(`module de servofrein électronique ${l}`, `electronic brake booster control module ${l}`);
const BRAKE_BOOSTER = m('module de servofrein électronique', 'brake booster control module');
const lightingDriver = (l: string) =>
  m(`module de pilotage de l'éclairage ${l}`, `lighting driver control module ${l}`);
const HAPTIC = m('module de retour haptique', 'haptic control module');
const OFF_BOARD_CHARGER = m(
  'module de gestion du chargeur externe',
  'off-board charger control module',
);
const aero = (l: string) =>
  m(`module d'aérodynamique active ${l}`, `active aerodynamic feature control module ${l}`);
const engineSound = (n: number) =>
  m(`module de sonorité moteur ${n}`, `engine sound control module ${n}`);
const DISCONNECT_CLUTCH = m(
  'embrayage de désaccouplement du moteur thermique',
  'engine disconnect clutch',
);
const THERMAL = m(
  'module de gestion thermique du véhicule',
  'vehicle thermal management control module',
);
const boostControl = (l: string) =>
  f(`commande de suralimentation ${l}`, `turbocharger/supercharger boost control ${l}`);
const HV_BATTERY_PUMP = f(
  'pompe de refroidissement de la batterie haute tension',
  'hybrid/EV battery coolant pump',
);
const TURBINE_INLET_SENSOR = m(
  "capteur de position de la vanne d'entrée de turbine du turbocompresseur",
  'turbocharger turbine inlet valve position sensor',
);
const boostControlSensor = (l: string) =>
  m(
    `capteur de position de la commande de suralimentation ${l}`,
    `turbocharger/supercharger boost control ${l} position sensor`,
  );
const comfortDisplay = (l: string) =>
  m(`écran des fonctions de confort ${l}`, `comfort and convenience display ${l}`);
const DRIVER_MONITORING = m(
  'module de surveillance du conducteur',
  'driver monitoring system module',
);
const frontRadar = (l: string) => m(`radar avant ${l}`, `front radar module ${l}`);
const rearRadar = (l: string) => m(`radar arrière ${l}`, `rear radar module ${l}`);
const hvElectronicsPump = (l: string) =>
  f(
    `pompe de refroidissement de l'électronique haute tension ${l}`,
    `hybrid/EV electronics coolant pump ${l}`,
  );
const EVAP_PURGE_PUMP = f(
  'pompe de purge du circuit antiévaporation (EVAP)',
  'EVAP system purge pump',
);
const MAPPING = m('module de localisation et de cartographie', 'localisation and mapping module');
const NIGHT_VISION = m('module de vision nocturne', 'night vision control module');
const TRAILER_BACKUP = m(
  "module d'aide à la marche arrière avec remorque",
  'trailer backup assist control module',
);
const radiatorAirflow = (l: string) =>
  m(
    `module de régulation active du flux d'air du radiateur ${l}`,
    `active radiator airflow control module ${l}`,
  );
const motionControl = (l: string) =>
  m(`module de contrôle des mouvements du véhicule ${l}`, `vehicle motion control module ${l}`);
const BATTERY_ISOLATION = m(
  "module d'isolement de la batterie et de stabilisation de tension",
  'battery isolation/voltage stabilisation control module',
);

// ---------------------------------------------------------------- U01xx–U02xx lost communication
const LOST: readonly ModuleRow[] = [
  ['U011F', V2X],
  ['U012E', CAM_POSITION],
  ['U012F', GENERATOR_B],
  ['U013F', PEDESTRIAN_ALERT],
  ['U014A', becm('C')],
  ['U014B', INDUCTIVE_CHARGING],
  ['U014C', becm('D')],
  ['U014D', MIRROR_B],
  ['U014E', MULTI_AXIS_B],
  ['U015A', ABS_B],
  ['U015B', STEERING_B],
  ...letteredModules('U015C', 'AB', ads),
  ...letteredModules('U015E', 'AB', adsInterface),
  ['U018A', LEVELLING_B],
  ['U01B2', PLANETARY],
  ['U01B3', BRAKE_BLENDING],
  ['U01B4', BRAKE_SYSTEM_B],
  ['U01B5', CATALYST_HEATER],
  ['U01B6', FUEL_HEATER],
  ...letteredModules('U01B7', 'ABC', switchInput),
  ['U01BA', PARK_LOCK],
  ['U01BB', charger('B')],
  ['U01BC', cacPump('B')],
  ['U01BD', dcDc('C')],
  ['U01BE', MOTOR_CLUTCH_A],
  ['U01BF', BMS],
  ['U020B', door('H')],
  ...letteredModules('U020C', 'AB', wirelessCharging),
  ...letteredModules('U022E', 'AB', detectionUpkeep),
  ['U024D', seat('J')],
  ...letteredModules('U024E', 'CD', blindSpot),
  ...letteredModules('U025E', 'AB', brakeBooster),
  ['U0271', seatSwitch('C')],
  ['U0272', seatSwitch('D')],
  ...letteredModules('U0273', 'ABCD', lightingDriver),
  ['U0277', seat('K')],
  ['U0278', seat('L')],
  ['U0279', HAPTIC],
  ['U027A', charger('C')],
  ['U027B', charger('D')],
  ['U027C', OFF_BOARD_CHARGER],
  ['U028A', TRANS_PUMP_B],
  ['U028B', grille('C')],
  ['U028C', grille('D')],
  ...letteredModules('U028D', 'ABCD', aero),
  ['U02A1', nox('C')],
  ['U02A7', engineSound(1)],
  ['U02A8', engineSound(2)],
  ['U02A9', cacPump('A')],
  ['U02AA', DISCONNECT_CLUTCH],
  ['U02AB', THERMAL],
  ...letteredModules('U02AC', 'AB', boostControl),
  ['U02AE', HV_BATTERY_PUMP],
  ['U02AF', TURBINE_INLET_SENSOR],
  ['U02B0', boostControlSensor('B')],
  ...letteredModules('U02B1', 'AB', comfortDisplay),
  ['U02B3', DRIVER_MONITORING],
  ...letteredModules('U02B4', 'AB', frontRadar),
  ...letteredModules('U02B6', 'ABCD', rearRadar),
  ['U02BA', hvElectronicsPump('B')],
  ['U02BB', EVAP_PURGE_PUMP],
  ['U02BC', MAPPING],
  ['U02BD', NIGHT_VISION],
  ['U02BE', TRAILER_BACKUP],
  ['U02BF', INTERIOR_LIGHTING_B],
  ['U02C0', radiatorAirflow('A')],
  ['U02C1', hvElectronicsPump('C')],
];

// ---------------------------------------------------------------- U03xx software incompatibility
const SOFTWARE: readonly ModuleRow[] = [
  ['U030F', ADBLUE],
  ['U031C', BRAKE_SYSTEM_B],
  ['U031D', parkAssist('A')],
  ['U031E', parkAssist('B')],
  ['U031F', APIM],
  ['U032A', E_COMPRESSOR],
  ...letteredModules('U033A', 'ABCDEFGHIJKLMNOP', hvInterface),
  ['U034A', DISCONNECT_CLUTCH],
  ['U034B', BRAKE_BOOSTER],
  ['U034C', becm('C')],
  ['U034D', THERMAL],
  ...letteredModules('U034E', 'ABCD', grille),
  ['U0352', nox('C')],
  ['U0353', ION_SENSE],
  ['U0354', INDUCTIVE_CHARGING],
];

// ---------------------------------------------------------------- U04xx–U05xx invalid data received
const INVALID: readonly ModuleRow[] = [
  ['U041A', BATTERY_ISOLATION],
  ['U042A', V2X],
  ['U042F', CAM_POSITION],
  ['U0440', PEDESTRIAN_ALERT],
  ['U044B', becm('C')],
  ['U044C', INDUCTIVE_CHARGING],
  ['U044D', GENERATOR_B],
  ['U044F', MIRROR_B],
  ['U045B', ABS_B],
  ['U045C', STEERING_B],
  ...letteredModules('U045D', 'AB', ads),
  ...letteredModules('U045F', 'AB', adsInterface),
  ['U048B', LEVELLING_B],
  ['U04B3', PLANETARY],
  ['U04B4', BRAKE_BLENDING],
  ['U04B5', BRAKE_SYSTEM_B],
  ['U04B6', CATALYST_HEATER],
  ...letteredModules('U04BA', 'ABC', switchInput),
  ['U04BD', PARK_LOCK],
  ['U04BE', charger('B')],
  ['U04BF', MOTOR_CLUTCH_A],
  ['U04C0', BMS],
  ['U050C', door('H')],
  ...letteredModules('U050D', 'AB', wirelessCharging),
  ['U052F', detectionUpkeep('A')],
  ['U0530', detectionUpkeep('B')],
  ['U054E', seat('J')],
  ['U054F', blindSpot('C')],
  ['U0550', blindSpot('D')],
  ['U055F', brakeBooster('A')],
  ['U0560', brakeBooster('B')],
  // Not the +0x301 slots of U0271/U0272 (seat control switch modules C/D): the list names them so.
  ['U0572', motionControl('A')],
  ['U0573', motionControl('B')],
  ...letteredModules('U0574', 'ABCD', lightingDriver),
  ['U0578', seat('K')],
  ['U0579', seat('L')],
  ['U057B', charger('C')],
  ['U057C', charger('D')],
  ['U057D', OFF_BOARD_CHARGER],
  ['U0580', HAPTIC],
  ['U058B', TRANS_PUMP_B],
  ['U058C', grille('C')],
  ['U058D', grille('D')],
  ['U05A8', nox('C')],
  ['U05AA', cacPump('A')],
  ['U05AB', DISCONNECT_CLUTCH],
  ['U05AC', THERMAL],
  ...letteredModules('U05B2', 'AB', comfortDisplay),
  ['U05B4', DRIVER_MONITORING],
  ...letteredModules('U05B5', 'AB', frontRadar),
  ...letteredModules('U05B7', 'ABCD', rearRadar),
  ['U05BD', MAPPING],
  ['U05BE', NIGHT_VISION],
  ['U05BF', TRAILER_BACKUP],
  ['U05C0', INTERIOR_LIGHTING_B],
  ['U05C1', radiatorAirflow('A')],
  // Alone in the U09xx hundred in the list; its meaning follows the invalid-data pattern.
  ['U0901', ION_SENSE],
];

// ---------------------------------------------------------------- U06xx smart sensors and actuators
const bankSensor = (bank: number, sensor: number) => ({
  fr: `(banc ${bank}, capteur ${sensor})`,
  en: `(bank ${bank}, sensor ${sensor})`,
});
const egt = (bank: number, sensor: number) =>
  m(
    `capteur de température des gaz d'échappement ${bankSensor(bank, sensor).fr}`,
    `exhaust gas temperature sensor ${bankSensor(bank, sensor).en}`,
  );
const catalystTemp = (bank: number, sensor: number) =>
  m(
    `capteur de température du catalyseur ${bankSensor(bank, sensor).fr}`,
    `catalyst temperature sensor ${bankSensor(bank, sensor).en}`,
  );
const iat = (n: number, bank: number) =>
  m(
    `capteur de température d'air d'admission ${n} (banc ${bank})`,
    `intake air temperature sensor ${n} (bank ${bank})`,
  );
const dpfPressure = (l: string) =>
  m(`capteur de pression du filtre à particules ${l}`, `particulate filter pressure sensor ${l}`);
const fuelPressure = (l: string) =>
  m(`capteur de pression de carburant ${l}`, `fuel pressure sensor ${l}`);
const pedalPosition = (l: string) =>
  m(
    `capteur/contacteur de position papillon/pédale ${l}`,
    `throttle/pedal position sensor/switch ${l}`,
  );
const boostPressure = (l: string) =>
  m(`capteur de pression de suralimentation ${l}`, `boost pressure sensor ${l}`);
const maf = (l: string) => m(`débitmètre d'air ${l}`, `mass or volume air flow sensor ${l}`);
const bypassValve = (l: string) =>
  f(`vanne de dérivation du liquide de refroidissement ${l}`, `engine coolant bypass valve ${l}`);
const adblueLevel = (l: string) =>
  m(`capteur de niveau d'AdBlue ${l}`, `reductant level sensor ${l}`);
const adblueTemp = (l: string) =>
  m(`capteur de température d'AdBlue ${l}`, `reductant temperature sensor ${l}`);
const coolantPump = (l: string) =>
  f(`pompe de liquide de refroidissement ${l}`, `coolant pump ${l}`);
const railPressure = (bank: number) =>
  m(
    `capteur de pression de rampe de carburant (banc ${bank})`,
    `fuel rail pressure sensor (bank ${bank})`,
  );
const refrigerantPressure = (l: string) =>
  m(`capteur de pression de fluide frigorigène ${l}`, `A/C refrigerant pressure sensor ${l}`);
const refrigerantTemp = (l: string) =>
  m(`capteur de température de fluide frigorigène ${l}`, `A/C refrigerant temperature sensor ${l}`);
const distributionValve = (l: string) =>
  m(
    `actionneur de vanne de répartition du fluide frigorigène ${l}`,
    `A/C refrigerant distribution valve actuator ${l}`,
  );
const coolantTemp = (n: number) =>
  m(
    `capteur de température du liquide de refroidissement ${n}`,
    `engine coolant temperature sensor ${n}`,
  );
const fan = (n: number) => m(`motoventilateur ${n}`, `cooling fan ${n}`);
const hvPackCoolantTemp = (l: string) =>
  m(
    `capteur de température du liquide de refroidissement de la batterie haute tension ${l}`,
    `hybrid/EV battery pack coolant temperature sensor ${l}`,
  );
const hvPackCoolantValve = (l: string) =>
  f(
    `vanne de régulation du liquide de refroidissement de la batterie haute tension ${l}`,
    `hybrid/EV battery pack coolant control valve ${l}`,
  );
const hvElectronicsCoolantTemp = (l: string) =>
  m(
    `capteur de température du liquide de refroidissement de l'électronique haute tension ${l}`,
    `hybrid/EV electronics coolant temperature sensor ${l}`,
  );
const bypassActuator = (l: string) =>
  m(
    `actionneur de vanne de dérivation du liquide de refroidissement ${l}`,
    `coolant bypass valve actuator ${l}`,
  );
const heatExchangerBypass = (l: string) =>
  m(
    `actionneur de vanne de dérivation de l'échangeur de chaleur d'échappement ${l}`,
    `exhaust heat exchanger bypass valve actuator ${l}`,
  );
const evapPressure = (l: string) =>
  m(`capteur/contacteur de pression EVAP ${l}`, `EVAP system pressure sensor/switch ${l}`);
const turboTemp = (l: string) =>
  m(
    `capteur de température du turbocompresseur ${l}`,
    `turbocharger/supercharger ${l} temperature sensor`,
  );
const wastegatePosition = (l: string) =>
  m(
    `capteur de position de la soupape de décharge (wastegate) ${l}`,
    `wastegate position sensor ${l}`,
  );
const motorElectronicsPump = (l: string) =>
  f(
    `pompe de refroidissement ${l} de l'électronique de puissance`,
    `motor electronics coolant pump ${l}`,
  );
const hvPackCurrent = (l: string) =>
  m(
    `capteur de courant de la batterie haute tension ${l}`,
    `hybrid/EV battery pack current sensor ${l}`,
  );
const exhaustPressureValve = (l: string) =>
  m(
    `capteur/contacteur de la vanne de régulation de pression d'échappement ${l}`,
    `exhaust pressure control valve ${l} sensor/switch`,
  );
const egrSensor = (l: string) => m(`capteur EGR ${l}`, `EGR sensor ${l}`);
const dieselIntakeFlap = (l: string) =>
  m(
    `capteur de position du volet d'admission d'air diesel ${l}`,
    `diesel intake air flow position sensor ${l}`,
  );
const turboBypassPosition = (l: string) =>
  m(
    `capteur de position de la vanne de dérivation du turbocompresseur ${l}`,
    `turbocharger/supercharger bypass valve ${l} position sensor`,
  );
const blendActuator = (side: string, sideEn: string, l = '') =>
  m(`actionneur de mixage d'air ${side} ${l}`.trim(), `${sideEn} temperature actuator ${l}`.trim());
const modeActuator = (side: string, sideEn: string) =>
  m(`actionneur de répartition d'air ${side}`, `${sideEn} mode actuator`);
const cacTemp = (bank: number) =>
  m(
    `capteur de température de l'échangeur d'air de suralimentation (banc ${bank})`,
    `charge air cooler temperature sensor (bank ${bank})`,
  );
const fuelTemp = (l: string) =>
  m(`capteur de température de carburant ${l}`, `fuel temperature sensor ${l}`);
const fuelLevel = (l: string) => m(`capteur de niveau de carburant ${l}`, `fuel level sensor ${l}`);
const transPressure = (l: string) =>
  m(
    `capteur/manocontact de pression de fluide de boîte ${l}`,
    `transmission fluid pressure sensor/switch ${l}`,
  );
const baro = (l: string) =>
  m(`capteur de pression atmosphérique ${l}`, `barometric pressure sensor ${l}`);
const turboInlet = (l: string) =>
  m(
    `capteur de pression d'entrée du turbocompresseur ${l}`,
    `turbocharger/supercharger inlet pressure sensor ${l}`,
  );
const egrTemp = (l: string) => m(`capteur de température EGR ${l}`, `EGR temperature sensor ${l}`);
const exhaustPressure = (l: string) =>
  m(`capteur de pression d'échappement ${l}`, `exhaust pressure sensor ${l}`);
const hvPackPump = (l: string) =>
  f(
    `pompe de refroidissement de la batterie haute tension ${l}`,
    `hybrid/EV battery pack coolant pump ${l}`,
  );

const SENSORS: readonly ModuleRow[] = [
  ['U0600', m("capteur de pression d'huile moteur A", 'engine oil pressure sensor A')],
  ...letteredModules('U0601', 'AB', dpfPressure),
  ...letteredModules('U0603', 'AB', fuelPressure),
  ['U0605', m('capteur de fluide frigorigène A', 'A/C refrigerant sensor A')],
  ...letteredModules('U0606', 'ABC', pedalPosition),
  [
    'U0609',
    m(
      'capteur de pression absolue collecteur/atmosphérique',
      'manifold absolute/barometric pressure sensor',
    ),
  ],
  ['U060A', m('capteur de pression absolue collecteur B', 'manifold absolute pressure sensor B')],
  ...letteredModules('U060B', 'ABC', boostPressure),
  ['U060E', m('capteur de pression du carter moteur', 'crankcase pressure sensor')],
  ['U060F', maf('A')],
  ['U0610', maf('B')],
  ['U0611', iat(1, 1)],
  ['U0612', iat(1, 2)],
  ['U0613', iat(2, 1)],
  ['U0614', iat(2, 2)],
  ...letteredModules('U0615', 'ABCD', bypassValve),
  ...letteredModules('U0619', 'ABC', adblueLevel),
  ...letteredModules('U061C', 'AB', adblueTemp),
  ['U061E', BATTERY_ISOLATION],
  ['U061F', egt(1, 1)],
  ['U0620', egt(1, 2)],
  ['U0621', egt(2, 1)],
  ['U0622', egt(2, 2)],
  ['U0623', coolantPump('A')],
  ['U0624', coolantPump('B')],
  ['U0625', railPressure(1)],
  ['U0626', refrigerantPressure('A')],
  ['U0627', refrigerantTemp('A')],
  ['U0628', refrigerantPressure('B')],
  ['U0629', refrigerantTemp('B')],
  ...letteredModules('U062A', 'ABCD', distributionValve),
  [
    'U062E',
    m('actionneur du détendeur de fluide frigorigène', 'A/C refrigerant expansion valve actuator'),
  ],
  ['U062F', coolantPump('C')],
  ['U0630', coolantTemp(4)],
  ['U0631', coolantTemp(5)],
  ['U0632', fan(1)],
  ['U0633', fan(2)],
  ...letteredModules('U0634', 'AB', hvPackCoolantTemp),
  ...letteredModules('U0636', 'AB', hvPackCoolantValve),
  ...letteredModules('U0638', 'ABC', hvElectronicsCoolantTemp),
  ...letteredModules('U063B', 'AB', bypassActuator),
  ['U063D', hvElectronicsPump('A')],
  ['U063E', heatExchangerBypass('A')],
  [
    'U063F',
    m(
      'capteur de position de la vanne de régulation du débit de liquide de refroidissement',
      'engine coolant flow control valve position sensor',
    ),
  ],
  [
    'U0640',
    m(
      'capteur de température des vapeurs de carburant (EVAP)',
      'EVAP fuel vapour temperature sensor',
    ),
  ],
  ...letteredModules('U0641', 'AB', evapPressure),
  ['U0643', turboTemp('A')],
  ['U0644', wastegatePosition('A')],
  ['U0645', m('module de déflecteur avant actif', 'active air dam module')],
  ...letteredModules('U0646', 'ABC', motorElectronicsPump),
  ['U0649', coolantPump('D')],
  ...letteredModules('U064A', 'ABC', hvPackCurrent),
  ['U064D', f('commande de frein de remorque', 'trailer brake control switch')],
  [
    'U064E',
    m(
      'capteur de position de la dérivation du refroidisseur EGR (banc 1)',
      'EGR cooler bypass position sensor (bank 1)',
    ),
  ],
  [
    'U064F',
    m(
      "capteur de position des volets du collecteur d'admission (banc 1)",
      'intake manifold runner position sensor (bank 1)',
    ),
  ],
  ['U0650', exhaustPressureValve('A')],
  ...letteredModules('U0651', 'ABC', egrSensor),
  ...letteredModules('U0654', 'AB', dieselIntakeFlap),
  ['U0656', boostControlSensor('A')],
  ['U0657', turboBypassPosition('A')],
  ['U0658', m('capteur de température du pare-brise', 'windscreen temperature sensor')],
  ['U0659', blendActuator('avant gauche', 'left front')],
  ['U065A', blendActuator('avant droit', 'right front')],
  ['U065B', modeActuator('avant gauche', 'left front')],
  ['U065C', modeActuator('avant droit', 'right front')],
  ['U065D', m("actionneur de volet d'entrée d'air (recyclage)", 'air intake actuator')],
  ['U065E', m("actionneur de volet d'air dynamique", 'ram air actuator')],
  ['U065F', blendActuator('arrière gauche', 'left rear', 'A')],
  ['U0660', blendActuator('arrière gauche', 'left rear', 'B')],
  ['U0661', blendActuator('arrière droit', 'right rear', 'A')],
  ['U0662', blendActuator('arrière droit', 'right rear', 'B')],
  ['U0663', modeActuator('arrière', 'rear')],
  [
    'U0664',
    m("actionneur de coupure d'air de la climatisation arrière", 'rear HVAC air cut-off actuator'),
  ],
  ['U0665', railPressure(2)],
  ['U0666', m("capteur de pression d'AdBlue", 'reductant pressure sensor')],
  ['U0667', m("capteur de température d'huile moteur A", 'engine oil temperature sensor A')],
  ['U0668', m("capteur de niveau d'huile moteur", 'engine oil level sensor')],
  ...letteredModules('U0669', 'DE', egrSensor),
  ['U066B', turboBypassPosition('B')],
  ['U066C', heatExchangerBypass('B')],
  ['U066D', cacTemp(1)],
  ['U066E', cacTemp(2)],
  ['U066F', m('capteur du circuit de carburant basse pression', 'low pressure fuel system sensor')],
  ['U0670', fuelTemp('A')],
  ['U0671', fuelTemp('B')],
  ['U0672', f('pompe de liquide de refroidissement moteur', 'engine coolant pump')],
  ['U0673', ION_SENSE],
  ['U0674', wastegatePosition('B')],
  [
    'U0675',
    m('capteur de régime du turbocompresseur A', 'turbocharger/supercharger speed sensor A'),
  ],
  ...letteredModules('U0676', 'ABC', fuelLevel),
  ...letteredModules('U0679', 'AB', transPressure),
  [
    'U067B',
    m(
      "capteur de pression de l'embrayage de désaccouplement du moteur thermique",
      'engine disconnect clutch pressure sensor',
    ),
  ],
  ['U067C', fan(3)],
  ['U067D', fan(4)],
  ['U067E', exhaustPressureValve('B')],
  ['U067F', baro('A')],
  ['U0680', baro('B')],
  ...letteredModules('U0681', 'DEF', pedalPosition),
  ['U0684', catalystTemp(1, 1)],
  ['U0685', catalystTemp(1, 2)],
  ['U0686', catalystTemp(2, 1)],
  ['U0687', catalystTemp(2, 2)],
  ['U0688', m('capteur/contacteur de position papillon G', 'throttle position sensor/switch G')],
  ['U0689', turboTemp('B')],
  ['U068A', baro('C')],
  ...letteredModules('U068B', 'AB', turboInlet),
  ...letteredModules('U068D', 'ABCD', egrTemp),
  ...letteredModules('U0691', 'AB', exhaustPressure),
  ['U0693', m("capteur d'humidité", 'humidity sensor')],
  ...letteredModules('U0694', 'AB', hvPackPump),
  ...letteredModules('U0696', 'CD', dpfPressure),
  ['U0698', coolantPump('E')],
  ['U0699', coolantPump('F')],
  ['U069A', egt(1, 3)],
  ['U069B', egt(1, 4)],
  ['U069C', egt(2, 3)],
  ['U069D', egt(2, 4)],
  ['U069E', m('réchauffeur de liquide de refroidissement A', 'engine coolant heater A')],
  ['U069F', exhaustPressure('C')],
];

// ---------------------------------------------------------------- U00xx buses
function buses(): DtcEntry[] {
  return [
    // Bus-off codes continue the U0073–U007B series (buses A–I) with J–M.
    ...busOffCodes('U007C', 'JKLM'),
    // Vehicle buses G and H take the nine-code layout of buses A–F, numbered in hexadecimal.
    ...vehicleBusCodes('U0089', 'G'),
    ...vehicleBusCodes('U0092', 'H'),
    // Buses I and J: only the overall and performance codes are defined.
    vehicleBusFault('U009B', 'I'),
    vehicleBusPerformance('U009C', 'I'),
    vehicleBusFault('U009D', 'J'),
    vehicleBusPerformance('U009E', 'J'),
  ];
}

// ---------------------------------------------------------------- U30xx–U35xx module self-diagnostics
function moduleSelfTests(): DtcEntry[] {
  const auth = (code: string, failure: Failure, fr: string, en: string) =>
    handWritten(code, 'reseau_communication', 'authentification_reseau', failure, fr, en);
  // The ignition position after the seven of J2012's first ignition input series (U300B–U3011).
  const ACCESSORY_OFF = ['accessoires/arrêt', 'accessory/off'] as const;
  const wakeUp = (base: string, line: string): DtcEntry[] => [
    controlModuleCode(
      base,
      'circuit',
      `Ligne de réveil ${line} du calculateur ouverte ou défaillante`,
      `Control module wake-up line ${line} open or faulty`,
    ),
    controlModuleCode(
      hexCode(base, 1),
      'signal_low',
      `Signal trop bas sur la ligne de réveil ${line} du calculateur`,
      `Control module wake-up line ${line} signal too low`,
    ),
    controlModuleCode(
      hexCode(base, 2),
      'signal_high',
      `Signal trop haut sur la ligne de réveil ${line} du calculateur`,
      `Control module wake-up line ${line} signal too high`,
    ),
    controlModuleCode(
      hexCode(base, 3),
      'performance',
      `Ligne de réveil ${line} du calculateur peu performante`,
      `Control module wake-up line ${line} poor performance`,
    ),
  ];
  const inputPower = (base: string, l: string): DtcEntry[] => [
    moduleSupplyCode(
      base,
      'range_performance',
      `Circuit d'alimentation ${l} du calculateur hors plage ou peu performant`,
      `Control module input power ${l} circuit out of range or poor performance`,
    ),
    moduleSupplyCode(
      hexCode(base, 1),
      'signal_low',
      `Circuit d'alimentation ${l} du calculateur : tension trop basse`,
      `Control module input power ${l} circuit voltage too low`,
    ),
    moduleSupplyCode(
      hexCode(base, 2),
      'signal_high',
      `Circuit d'alimentation ${l} du calculateur : tension trop haute`,
      `Control module input power ${l} circuit voltage too high`,
    ),
    moduleSupplyCode(
      hexCode(base, 3),
      'intermittent',
      `Circuit d'alimentation ${l} du calculateur : tension intermittente ou erratique`,
      `Control module input power ${l} circuit intermittent or erratic`,
    ),
  ];
  const coolingFan = masc(
    'ventilateur de refroidissement du calculateur',
    'control module cooling fan',
    'reseau_communication',
    'calculateur',
  );
  return [
    moduleSupplyCode(
      'U3018',
      'correlation',
      'Incohérence entre les alimentations A et B du calculateur',
      'Control module input power A and B do not agree',
    ),
    moduleSupplyCode(
      'U3019',
      'correlation',
      'Incohérence entre les alimentations B et C du calculateur',
      'Control module input power B and C do not agree',
    ),
    ...wakeUp('U301A', 'A'),
    ...wakeUp('U301E', 'B'),
    ...ignitionLineCodes('U3022', 'input', [ACCESSORY_OFF]),
    moduleSupplyCode(
      'U3023',
      'correlation',
      "Incohérence entre l'alimentation A du calculateur et l'entrée d'allumage « contact/démarrage »",
      'Control module input power A and run/start ignition input do not agree',
    ),
    moduleSupplyCode(
      'U3024',
      'correlation',
      "Incohérence entre l'alimentation B du calculateur et l'entrée d'allumage « contact/démarrage »",
      'Control module input power B and run/start ignition input do not agree',
    ),
    controlModuleCode(
      'U3025',
      'circuit',
      'Circuit de désactivation du calculateur A ouvert ou défaillant',
      'Control module A disable circuit open or faulty',
    ),
    controlModuleCode(
      'U3026',
      'signal_low',
      'Circuit de désactivation du calculateur A : niveau trop bas',
      'Control module A disable circuit level too low',
    ),
    controlModuleCode(
      'U3027',
      'signal_high',
      'Circuit de désactivation du calculateur A : niveau trop haut',
      'Control module A disable circuit level too high',
    ),
    controlModuleCode(
      'U3028',
      'circuit',
      'Circuit de retour de désactivation du calculateur A défaillant',
      'Control module A disable feedback circuit fault',
    ),
    controlModuleCode(
      'U3029',
      'signal_low',
      'Circuit de retour de désactivation du calculateur A : niveau trop bas',
      'Control module A disable feedback circuit level too low',
    ),
    controlModuleCode(
      'U302A',
      'signal_high',
      'Circuit de retour de désactivation du calculateur A : niveau trop haut',
      'Control module A disable feedback circuit level too high',
    ),
    ...ignitionLineCodes('U302B', 'output', [...IGNITION_POSITIONS, ACCESSORY_OFF]),
    auth(
      'U3033',
      'internal',
      'Certificat de sécurité du calculateur absent ou invalide',
      'Control module security certificate missing or invalid',
    ),
    auth(
      'U3034',
      'internal',
      "Clé ou certificat d'authentification des communications absent ou invalide",
      'Communication authentication key or certificate missing or invalid',
    ),
    auth(
      'U3035',
      'communication',
      "Données invalides dans le signal d'authentification des communications",
      'Communication authentication signal carrying invalid data',
    ),
    auth(
      'U3036',
      'performance',
      "Signal d'authentification des communications peu performant",
      'Communication authentication signal poor performance',
    ),
    ...inputPower('U3500', 'A'),
    ...inputPower('U3504', 'B'),
    ...inputPower('U3508', 'C'),
    ...hexSeries('U350C', coolingFan, ['circuit', 'low', 'high', 'circuit_range']),
    handWritten(
      'U3510',
      'reseau_communication',
      'logiciel_calculateur',
      'internal',
      'Calibration du calculateur manquante',
      'Control module calibration missing',
    ),
  ];
}

// ---------------------------------------------------------------- U3511–U3576 high voltage and fuel cell
// Component circuits that J2012 numbers in the U35xx hundred. Systems follow the part, not the
// letter of the code (see the header comment).
function highVoltageAndFuelCell(): DtcEntry[] {
  // Interlock loops B–P, worded like the loop of P0A0A–P0A0E (the list skips the letter I).
  const interlock = (base: string, l: string): DtcEntry[] => {
    const loop = fem(
      `boucle de verrouillage haute tension (interlock) ${l}`,
      `high voltage system interlock ${l}`,
      'electricite_charge',
      'haute_tension',
    );
    return [
      entry(base, loop, 'circuit'),
      handWritten(
        hexCode(base, 1),
        'electricite_charge',
        'haute_tension',
        'performance',
        `Circuit de la boucle de verrouillage haute tension (interlock) ${l} peu performant`,
        `High voltage system interlock ${l} circuit poor performance`,
      ),
      entry(hexCode(base, 2), loop, 'low'),
      entry(hexCode(base, 3), loop, 'high'),
    ];
  };
  const loops = [...'BCDEFGHJKLMNOP'].flatMap((l, i) => interlock(hexCode('U3511', 4 * i), l));

  const part =
    (system: System, subsystem: string) =>
    (fr: string, en: string, gender: Gender = 'm'): Component =>
      (gender === 'm' ? masc : fem)(fr, en, system, subsystem);
  // Hydrogen storage and supply up to the stack anode.
  const h2 = part('injection_melange', 'alimentation_hydrogene');
  // Cathode air path of the stack.
  const air = part('injection_melange', 'air_pile_combustible');
  // Stack itself: water drain of the anode, pressure across the stack.
  const stack = part('moteur', 'pile_combustible');
  // Stack coolant loop.
  const coolant = part('refroidissement', 'refroidissement_pile_combustible');

  const tankTemp = (tank: string, n: number) =>
    h2(
      `capteur de température ${n} du réservoir d'hydrogène ${tank}`,
      `hydrogen tank ${tank} temperature sensor ${n}`,
    );
  const tankValve = (tank: string) =>
    h2(`vanne du réservoir d'hydrogène ${tank}`, `hydrogen tank ${tank} valve`, 'f');
  const tankValveEnable = (tank: string) =>
    h2(
      `ligne d'activation de la vanne du réservoir d'hydrogène ${tank}`,
      `hydrogen tank ${tank} valve enable`,
      'f',
    );
  const tankValves = (base: string, tank: string, last: TemplateKey): DtcEntry[] => [
    entry(base, tankValve(tank), 'ctrl'),
    entry(hexCode(base, 1), tankValveEnable(tank), 'circuit'),
    entry(hexCode(base, 2), tankValve(tank), last),
  ];

  const backpressureValve = air(
    'vanne de contre-pression de la cathode',
    'cathode backpressure valve',
    'f',
  );
  const bypassValve = air('vanne de dérivation de la cathode', 'cathode bypass valve', 'f');
  const multifunctionValve = h2("vanne multifonction de l'anode", 'anode multifunction valve', 'f');
  const drainValve = stack("vanne de vidange de l'anode", 'anode drain valve', 'f');
  const headerDrainValve = stack(
    "vanne de vidange du collecteur d'anode",
    'anode header drain valve',
    'f',
  );
  const mixingValve = coolant(
    'vanne de mélange du liquide de refroidissement de la pile à combustible',
    'fuel cell coolant mixing valve',
    'f',
  );

  return [
    ...loops,
    entry(
      'U3549',
      h2(
        "capteur de haute pression 1 du réservoir d'hydrogène",
        'hydrogen tank high pressure sensor 1',
      ),
      'circuit',
    ),
    entry('U354A', tankTemp('A', 1), 'circuit'),
    entry('U354B', tankTemp('A', 2), 'circuit'),
    entry('U354C', tankTemp('B', 1), 'circuit'),
    entry('U354D', tankTemp('B', 2), 'circuit'),
    entry('U354E', tankTemp('C', 1), 'circuit'),
    entry('U354F', tankTemp('C', 2), 'circuit'),
    ...tankValves('U3550', 'A', 'performance'),
    ...tankValves('U3553', 'B', 'performance'),
    // The list names U3558 with the valve alone (no "performance"): written as a general fault.
    ...tankValves('U3556', 'C', 'fault'),
    entry(
      'U3559',
      air(
        "capteur de pression d'entrée d'air de la pile à combustible",
        'fuel cell air inlet pressure sensor',
      ),
      'circuit',
    ),
    entry(
      'U355A',
      air(
        "capteur de pression 1 en sortie du refroidisseur d'air de la pile à combustible",
        'fuel cell charge air cooler outlet pressure sensor 1',
      ),
      'circuit',
    ),
    entry(
      'U355B',
      air(
        "capteur de pression 2 en sortie du refroidisseur d'air de la pile à combustible",
        'fuel cell charge air cooler outlet pressure sensor 2',
      ),
      'circuit',
    ),
    entry(
      'U355C',
      air(
        "capteur de température en sortie du refroidisseur d'air de la pile à combustible",
        'fuel cell charge air cooler outlet temperature sensor',
      ),
      'circuit',
    ),
    entry(
      'U355D',
      air(
        'capteur de pression 1 en entrée de la turbine de détente (expander)',
        'expander inlet pressure sensor 1',
      ),
      'circuit',
    ),
    entry(
      'U355E',
      air(
        'capteur de pression 2 en entrée de la turbine de détente (expander)',
        'expander inlet pressure sensor 2',
      ),
      'circuit',
    ),
    entry('U355F', backpressureValve, 'ctrl'),
    entry(
      'U3560',
      air(
        'capteur de position de la vanne de contre-pression de la cathode',
        'cathode backpressure valve position sensor',
      ),
      'circuit',
    ),
    entry('U3561', bypassValve, 'ctrl'),
    entry('U3562', bypassValve, 'fault'),
    entry(
      'U3563',
      air(
        'capteur de position de la vanne de dérivation de la cathode',
        'cathode bypass valve position sensor',
      ),
      'circuit',
    ),
    entry(
      'U3564',
      h2(
        "capteur de pression 1 de la conduite d'alimentation en hydrogène A",
        'hydrogen supply line A pressure sensor 1',
      ),
      'circuit',
    ),
    entry(
      'U3565',
      h2(
        "capteur de pression 2 de la conduite d'alimentation en hydrogène A",
        'hydrogen supply line A pressure sensor 2',
      ),
      'circuit',
    ),
    entry(
      'U3566',
      h2("capteur de pression 1 en entrée d'anode", 'anode inlet pressure sensor 1'),
      'circuit',
    ),
    entry(
      'U3567',
      h2("capteur de pression 2 en entrée d'anode", 'anode inlet pressure sensor 2'),
      'circuit',
    ),
    entry('U3568', multifunctionValve, 'ctrl'),
    entry('U3569', multifunctionValve, 'fault'),
    entry('U356A', drainValve, 'ctrl'),
    entry('U356B', drainValve, 'fault'),
    entry('U356C', headerDrainValve, 'ctrl'),
    entry('U356D', headerDrainValve, 'fault'),
    entry(
      'U356E',
      stack(
        "relais de chauffage de la vanne de vidange de l'anode",
        'anode drain valve heater relay',
      ),
      'ctrl',
    ),
    entry(
      'U356F',
      stack(
        "relais de chauffage de la vanne de vidange du collecteur d'anode",
        'anode header drain valve heater relay',
      ),
      'ctrl',
    ),
    entry(
      'U3570',
      coolant(
        'capteur de température du liquide de refroidissement en entrée de la pile à combustible',
        'fuel cell stack inlet coolant temperature sensor',
      ),
      'circuit',
    ),
    entry(
      'U3571',
      coolant(
        'capteur de température 1 du liquide de refroidissement en sortie de la pile à combustible',
        'fuel cell stack outlet coolant temperature sensor 1',
      ),
      'circuit',
    ),
    entry(
      'U3572',
      coolant(
        'capteur de température 2 du liquide de refroidissement en sortie de la pile à combustible',
        'fuel cell stack outlet coolant temperature sensor 2',
      ),
      'circuit',
    ),
    entry('U3573', mixingValve, 'ctrl'),
    entry('U3574', mixingValve, 'fault'),
    entry(
      'U3575',
      coolant(
        'capteur de position de la vanne de mélange du liquide de refroidissement de la pile à combustible',
        'fuel cell coolant mixing valve position sensor',
      ),
      'circuit',
    ),
    entry(
      'U3576',
      stack(
        'capteur de pression différentielle de la pile à combustible',
        'fuel cell stack differential pressure sensor',
      ),
      'circuit',
    ),
  ];
}

export function sixthPassNetworkCodes(): DtcEntry[] {
  return [
    ...buses(),
    ...moduleCodes('lost', LOST),
    ...moduleCodes('software', SOFTWARE),
    ...moduleCodes('invalid', INVALID),
    sensorReceivingInvalidData('U05A9', 'capteur de NOx C', 'NOx sensor C'),
    ...moduleCodes('lost', SENSORS),
    ...moduleSelfTests(),
    ...highVoltageAndFuelCell(),
  ];
}
