// U0xxx network codes beyond the first pass: lost communication with each module (U01xx–U02xx),
// software incompatibility (U03xx) and invalid data received (U04xx). J2012 gives the U03xx and
// U04xx blocks the same module order (…01 engine, …02 transmission, …15 ABS, …22 body control
// module…), so one table drives both. Codes already written by the main generator are skipped
// by the caller through `exclude`.
//
// This file also holds what the later network passes (dtc-fifth-pass-network.ts,
// dtc-sixth-pass-network.ts) build on: the module type, its component per block, lettered module
// runs, and the modules named here, so that a module keeps one name in every block and pass.

import type { Component, DtcEntry, TemplateKey } from './dtc-templates';
import { entry, fem, handWritten, hexCode, masc, offsetCode } from './dtc-templates';
import type { Gender } from './french';

/** A module, sensor or actuator as the network codes name it; the subsystem depends on the block. */
export interface NetworkModule {
  readonly fr: string;
  readonly en: string;
  readonly gender: Gender;
}
/** A code and the module it concerns, within one block (lost communication, software…). */
export type ModuleRow = readonly [code: string, module: NetworkModule];

export const networkModule = (fr: string, en: string, gender: Gender = 'm'): NetworkModule => ({
  fr,
  en,
  gender,
});
const m = networkModule;

export const moduleComponent = (mod: NetworkModule, subsystem: string): Component =>
  (mod.gender === 'm' ? masc : fem)(mod.fr, mod.en, 'reseau_communication', subsystem);

/**
 * One module per letter on consecutive codes ("U01A0", "ABC" → U01A0 A, U01A1 B, U01A2 C).
 * J2012 numbers the later blocks in hexadecimal; the 2002 blocks count in decimal (`offsetCode`).
 */
export const letteredModules = (
  start: string,
  letters: string,
  make: (letter: string) => NetworkModule,
  codeAt: (base: string, offset: number) => string = hexCode,
): ModuleRow[] => [...letters].map((l, i) => [codeAt(start, i), make(l)] as const);

/** The J2012 module blocks: the same modules, one failure type and one subsystem per block. */
const MODULE_BLOCKS = {
  lost: { subsystem: 'communication_module', key: 'lost_comm' },
  software: { subsystem: 'logiciel_calculateur', key: 'software_incompatible' },
  invalid: { subsystem: 'donnees_invalides', key: 'invalid_data' },
} as const satisfies Record<string, { subsystem: string; key: TemplateKey }>;

export function moduleCodes(
  block: keyof typeof MODULE_BLOCKS,
  rows: readonly ModuleRow[],
): DtcEntry[] {
  const { subsystem, key } = MODULE_BLOCKS[block];
  return rows.map(([code, mod]) => entry(code, moduleComponent(mod, subsystem), key));
}

// ---------------------------------------------------------------- modules
// Exported ones are named again by the later passes (invalid data, software, second units).
export const driveMotor = (l: string) =>
  m(`module de moteur de traction ${l}`, `drive motor control module ${l}`);
export const becm = (l: string) =>
  m(`module de gestion d'énergie de la batterie ${l}`, `battery energy control module ${l}`);
export const bcm = (l: string) => m(`boîtier de servitude ${l}`, `body control module ${l}`);
const RIDE_LEVEL = m("module de correction d'assiette", 'ride level control module');
const AUX_HEATER = m('module de chauffage additionnel', 'auxiliary heater control module');
export const PTO = m('module de prise de force', 'power take-off control module');
export const FUEL_ADDITIVE = m("module d'additif carburant (FAP)", 'fuel additive control module');
export const FUEL_CELL = m('module de pile à combustible', 'fuel cell control module');
export const STARTER_GEN = m("module d'alterno-démarreur", 'starter/generator control module');
export const chassis = (l: string) => m(`module de châssis ${l}`, `chassis control module ${l}`);
export const ROLL = m('module anti-roulis actif', 'active roll control module');
export const REAR_STEERING = m(
  'module de direction assistée arrière',
  'rear power steering control module',
);
export const DIFF_FRONT = m('module de différentiel avant', 'front differential control module');
export const DIFF_REAR = m('module de différentiel arrière', 'rear differential control module');
export const TRAILER_BRAKE = m('module de freinage de remorque', 'trailer brake control module');
export const ALL_TERRAIN = m('module de gestion tout-terrain', 'all terrain control module');
export const SUSPENSION_B = m('module de suspension B', 'suspension control module B');
export const gateway = (l: string) => m(`passerelle (gateway) ${l}`, `gateway ${l}`, 'f');
export const RESTRAINTS = m('calculateur airbag', 'restraints control module');
export const SIDE_LEFT = m(
  'calculateur airbag latéral gauche',
  'left side restraints control module',
);
export const SIDE_RIGHT = m(
  'calculateur airbag latéral droit',
  'right side restraints control module',
);
const OCCUPANT_CLASSIFICATION = m(
  "module de détection d'occupant (classification passager)",
  'restraints occupant classification module',
);
export const infoCentre = (l: string) => m(`centre d'information ${l}`, `information centre ${l}`);
export const HUD = m('affichage tête haute', 'head-up display');
export const parkAssist = (l: string) =>
  m(`module d'aide au stationnement ${l}`, `parking assist control module ${l}`);
export const AUDIBLE = m("module d'alertes sonores", 'audible alert control module');
export const COMPASS = m('module de boussole', 'compass module');
export const NAV_DISPLAY = m('écran de navigation', 'navigation display module');
export const NAV = m('module de navigation', 'navigation control module');
export const REAR_HVAC = m('module de climatisation arrière', 'rear HVAC control module');
export const SUNROOF = m('module de toit ouvrant', 'sunroof control module');
export const restraintSensor = (l: string) =>
  m(`capteur de choc ${l} du système airbag`, `restraints system sensor ${l}`);
export const pretensioner = (l: string) =>
  m(`module de prétensionneur de ceinture ${l}`, `seat belt pretensioner module ${l}`);
export const AUTO_LIGHTING = m(
  "module d'allumage automatique des feux",
  'automatic lighting control module',
);
export const LEVELLING = m(
  'module de correction de portée des projecteurs',
  'headlamp levelling control module',
);
export const FRONT_LIGHTING = m("module d'éclairage avant", 'front lighting control module');
export const rearLighting = (l: string) =>
  m(`module d'éclairage arrière ${l}`, `rear lighting control module ${l}`);
export const ANTENNA = m("module d'antenne", 'antenna control module');
export const disc = (l: string) =>
  m(`lecteur/changeur de disques ${l}`, `digital disc player/changer ${l}`);
export const TV = m('module de télévision', 'television module');
export const digitalAudio = (l: string) =>
  m(`module audio numérique ${l}`, `digital audio control module ${l}`);
export const SUBSCRIPTION = m(
  'récepteur de radio par abonnement',
  'subscription entertainment receiver',
);
export const rearEntertainment = (l: string) =>
  m(`module multimédia arrière ${l}`, `rear seat entertainment control module ${l}`);
export const PHONE = m('module de téléphone', 'telephone control module');
export const door = (l: string) => m(`module de porte ${l}`, `door control module ${l}`);
export const FOLDING_TOP = m('module de capote', 'folding top control module');
export const seat = (l: string) => m(`module de siège ${l}`, `seat control module ${l}`);
export const MIRROR = m('module de rétroviseurs', 'mirror control module');
export const doorSwitch = (l: string) => m(`bloc de commandes de porte ${l}`, `door switch ${l}`);
export const windowMotor = (l: string) => m(`moteur de lève-vitre ${l}`, `door window motor ${l}`);
export const HEATED_WHEEL = m('module de volant chauffant', 'heated steering wheel module');
export const REAR_GATE = m('module de hayon', 'rear gate module');
export const RAIN = m('capteur de pluie', 'rain sensing module');
export const BLIND_LEFT = m(
  "module de détection d'angle mort gauche",
  'left side obstacle detection module',
);
export const BLIND_RIGHT = m(
  "module de détection d'angle mort droit",
  'right side obstacle detection module',
);
export const RECALL = m('module de mémorisation des réglages', 'convenience recall module');
export const FRONT_RADAR = m(
  'radar de régulateur de distance',
  'cruise control front distance range sensor',
);
export const COLUMN_LOCK = m(
  'module de verrouillage de colonne de direction',
  'column lock module',
);
export const headlamp = (l: string) =>
  m(`module de projecteur ${l}`, `headlamp control module ${l}`);
export const IMPACT = m("module de classification d'impact", 'impact classification module');
export const frontControls = (l: string) =>
  m(`module d'interface des commandes avant ${l}`, `front controls interface module ${l}`);
export const REAR_CAMERA = m('caméra de recul', 'rear view camera module', 'f');
export const HYBRID_PCM = m(
  'calculateur de la chaîne de traction hybride',
  'hybrid powertrain control module',
);

/** Modules in the shared U03xx/U04xx order; the index is the last two digits of the code. */
const U0304_ORDER: readonly (readonly [number, NetworkModule])[] = [
  [1, m('calculateur moteur', 'engine control module')],
  [2, m('calculateur de boîte de vitesses', 'transmission control module')],
  [3, m('calculateur de boîte de transfert', 'transfer case control module')],
  [4, m('module de sélection des rapports', 'gear shift control module')],
  [5, m('module de régulateur de vitesse', 'cruise control module')],
  [6, m('module de commande des injecteurs', 'fuel injector control module')],
  [7, m('boîtier de préchauffage', 'glow plug control module')],
  [8, m('module de papillon motorisé', 'throttle actuator control module')],
  [9, m('module carburant alternatif', 'alternative fuel control module')],
  [10, m('module de pompe à carburant', 'fuel pump control module')],
  [11, driveMotor('A')],
  [12, becm('A')],
  [13, becm('B')],
  [14, m("module d'embrayage de transmission intégrale", 'four-wheel drive clutch control module')],
  [15, m('calculateur ABS', 'ABS control module')],
  [16, m('module de contrôle de stabilité (ESP)', 'vehicle dynamics control module')],
  [17, m('module de frein de stationnement', 'park brake control module')],
  [18, m('module du système de freinage', 'brake system control module')],
  [19, m("module d'effort de direction", 'steering effort control module')],
  [20, m('module de direction assistée', 'power steering control module')],
  [21, RIDE_LEVEL],
  [22, m('boîtier de servitude intelligent (BSI/BCM)', 'body control module')],
  [23, m("combiné d'instruments", 'instrument panel cluster control module')],
  [24, m('module de climatisation/chauffage', 'HVAC control module')],
  [25, AUX_HEATER],
  [26, m('module antidémarrage', 'immobiliser control module')],
  [27, m('module de sécurité du véhicule', 'vehicle security control module')],
  [28, m("module de capteur d'angle de volant", 'steering angle sensor module')],
  [29, m('module de colonne de direction', 'steering column control module')],
  [30, m('module de surveillance de pression des pneus', 'tyre pressure monitor module')],
  [31, bcm('A')],
];

// The 2002 letter series (U0170 sensors, U0199 doors…) count in decimal, hence `offsetCode`.
const LOST: readonly ModuleRow[] = [
  ['U0117', PTO],
  ['U0118', FUEL_ADDITIVE],
  ['U0119', FUEL_CELL],
  ['U0120', STARTER_GEN],
  ...letteredModules('U012A', 'AB', chassis),
  ['U0132', RIDE_LEVEL],
  ['U0133', ROLL],
  ['U0134', REAR_STEERING],
  ['U0135', DIFF_FRONT],
  ['U0136', DIFF_REAR],
  ['U0137', TRAILER_BRAKE],
  ['U0138', ALL_TERRAIN],
  ['U0139', SUSPENSION_B],
  ...letteredModules('U0141', 'ABCDE', bcm),
  ...letteredModules('U0146', 'ABCDE', gateway, offsetCode),
  ['U0152', SIDE_LEFT],
  ['U0153', SIDE_RIGHT],
  ['U0154', OCCUPANT_CLASSIFICATION],
  ['U0156', infoCentre('A')],
  ['U0157', infoCentre('B')],
  ['U0158', HUD],
  ['U0159', parkAssist('A')],
  ['U0160', AUDIBLE],
  ['U0161', COMPASS],
  ['U0162', NAV_DISPLAY],
  ['U0163', NAV],
  ['U0165', REAR_HVAC],
  ['U0166', AUX_HEATER],
  ['U0169', SUNROOF],
  ...letteredModules('U0170', 'ABCDEFGHIJ', restraintSensor, offsetCode),
  ['U017E', pretensioner('A')],
  ['U017F', pretensioner('B')],
  ['U0180', AUTO_LIGHTING],
  ['U0181', LEVELLING],
  ['U0182', FRONT_LIGHTING],
  ['U0183', m("module d'éclairage arrière", 'rear lighting control module')],
  ['U0185', ANTENNA],
  ['U0186', m('amplificateur audio', 'audio amplifier')],
  ...letteredModules('U0187', 'ABCD', disc, offsetCode),
  ['U0191', TV],
  ['U0193', digitalAudio('A')],
  ['U0194', digitalAudio('B')],
  ['U0195', SUBSCRIPTION],
  ['U0196', rearEntertainment('A')],
  ['U0197', PHONE],
  ...letteredModules('U0199', 'ABCDEFG', door, offsetCode),
  ['U0206', FOLDING_TOP],
  ['U0207', m('module de toit mobile', 'moveable roof control module')],
  ...letteredModules('U0208', 'ABCD', seat, offsetCode),
  ['U0213', MIRROR],
  ...letteredModules('U0215', 'ABCDEFG', doorSwitch, offsetCode),
  ...letteredModules('U0222', 'ABCDEFG', windowMotor, offsetCode),
  ['U0229', HEATED_WHEEL],
  ['U0230', REAR_GATE],
  ['U0231', RAIN],
  ['U0232', BLIND_LEFT],
  ['U0233', BLIND_RIGHT],
  ['U0234', RECALL],
  ['U0235', FRONT_RADAR],
  ['U0236', COLUMN_LOCK],
  ['U0237', digitalAudio('C')],
  ['U0238', digitalAudio('D')],
  ['U0241', headlamp('A')],
  ['U0242', headlamp('B')],
  ['U0246', seat('E')],
  ['U0247', seat('F')],
  ['U0249', rearEntertainment('B')],
  ['U0250', IMPACT],
  ['U0252', rearLighting('B')],
  ['U0256', frontControls('A')],
  ['U0264', REAR_CAMERA],
  ['U0293', HYBRID_PCM],
];

export function networkCodes(exclude: ReadonlySet<string>): DtcEntry[] {
  const suffix = (n: number) => n.toString().padStart(2, '0');
  const out: DtcEntry[] = [
    ...moduleCodes('lost', LOST),
    handWritten(
      'U0400',
      'reseau_communication',
      'donnees_invalides',
      'communication',
      "Données invalides reçues d'un calculateur (réseau)",
      'Invalid data received from a control module (network)',
    ),
    ...moduleCodes(
      'software',
      U0304_ORDER.map(([n, mod]) => [`U03${suffix(n)}`, mod] as const),
    ),
    ...moduleCodes('invalid', [
      ...U0304_ORDER.map(([n, mod]) => [`U04${suffix(n)}`, mod] as const),
      ['U0452', RESTRAINTS],
      ['U0455', OCCUPANT_CLASSIFICATION],
    ]),
  ];
  return out.filter((e) => !exclude.has(e.code));
}
