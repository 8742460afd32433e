// U0xxx network codes beyond the first pass: lost communication with each module (U01xx–U02xx),
// software incompatibility (U03xx) and invalid data received (U04xx). J2012 gives the U03xx and
// U04xx blocks the same module order (…01 engine, …02 transmission, …15 ABS, …22 body control
// module…), so one table drives both. Codes already written by the main generator are skipped
// by the caller through `exclude`.

import type { Component, DtcEntry } from './dtc-templates';
import { entry, fem, masc } from './dtc-templates';

type G = 'm' | 'f';
type Row = readonly [code: string, fr: string, en: string, gender: G];

const moduleComponent = (fr: string, en: string, gender: G, subsystem: string): Component =>
  gender === 'm'
    ? masc(fr, en, 'reseau_communication', subsystem)
    : fem(fr, en, 'reseau_communication', subsystem);

/** Modules in the shared U03xx/U04xx order; the index is the last two digits of the code. */
const U0304_ORDER: readonly (readonly [number, string, string, G])[] = [
  [1, 'calculateur moteur', 'engine control module', 'm'],
  [2, 'calculateur de boîte de vitesses', 'transmission control module', 'm'],
  [3, 'calculateur de boîte de transfert', 'transfer case control module', 'm'],
  [4, 'module de sélection des rapports', 'gear shift control module', 'm'],
  [5, 'module de régulateur de vitesse', 'cruise control module', 'm'],
  [6, 'module de commande des injecteurs', 'fuel injector control module', 'm'],
  [7, 'boîtier de préchauffage', 'glow plug control module', 'm'],
  [8, 'module de papillon motorisé', 'throttle actuator control module', 'm'],
  [9, 'module carburant alternatif', 'alternative fuel control module', 'm'],
  [10, 'module de pompe à carburant', 'fuel pump control module', 'm'],
  [11, 'module de moteur de traction A', 'drive motor control module A', 'm'],
  [12, "module de gestion d'énergie de la batterie A", 'battery energy control module A', 'm'],
  [13, "module de gestion d'énergie de la batterie B", 'battery energy control module B', 'm'],
  [
    14,
    "module d'embrayage de transmission intégrale",
    'four-wheel drive clutch control module',
    'm',
  ],
  [15, 'calculateur ABS', 'ABS control module', 'm'],
  [16, 'module de contrôle de stabilité (ESP)', 'vehicle dynamics control module', 'm'],
  [17, 'module de frein de stationnement', 'park brake control module', 'm'],
  [18, 'module du système de freinage', 'brake system control module', 'm'],
  [19, "module d'effort de direction", 'steering effort control module', 'm'],
  [20, 'module de direction assistée', 'power steering control module', 'm'],
  [21, "module de correction d'assiette", 'ride level control module', 'm'],
  [22, 'boîtier de servitude intelligent (BSI/BCM)', 'body control module', 'm'],
  [23, "combiné d'instruments", 'instrument panel cluster control module', 'm'],
  [24, 'module de climatisation/chauffage', 'HVAC control module', 'm'],
  [25, 'module de chauffage additionnel', 'auxiliary heater control module', 'm'],
  [26, 'module antidémarrage', 'immobiliser control module', 'm'],
  [27, 'module de sécurité du véhicule', 'vehicle security control module', 'm'],
  [28, "module de capteur d'angle de volant", 'steering angle sensor module', 'm'],
  [29, 'module de colonne de direction', 'steering column control module', 'm'],
  [30, 'module de surveillance de pression des pneus', 'tyre pressure monitor module', 'm'],
  [31, 'boîtier de servitude A', 'body control module A', 'm'],
];

const LOST: readonly Row[] = [
  ['U0117', 'module de prise de force', 'power take-off control module', 'm'],
  ['U0118', "module d'additif carburant (FAP)", 'fuel additive control module', 'm'],
  ['U0119', 'module de pile à combustible', 'fuel cell control module', 'm'],
  ['U0120', "module d'alterno-démarreur", 'starter/generator control module', 'm'],
  ['U012A', 'module de châssis A', 'chassis control module A', 'm'],
  ['U012B', 'module de châssis B', 'chassis control module B', 'm'],
  ['U0132', "module de correction d'assiette", 'ride level control module', 'm'],
  ['U0133', 'module anti-roulis actif', 'active roll control module', 'm'],
  ['U0134', 'module de direction assistée arrière', 'rear power steering control module', 'm'],
  ['U0135', 'module de différentiel avant', 'front differential control module', 'm'],
  ['U0136', 'module de différentiel arrière', 'rear differential control module', 'm'],
  ['U0137', 'module de freinage de remorque', 'trailer brake control module', 'm'],
  ['U0138', 'module de gestion tout-terrain', 'all terrain control module', 'm'],
  ['U0139', 'module de suspension B', 'suspension control module B', 'm'],
  ['U0141', 'boîtier de servitude A', 'body control module A', 'm'],
  ['U0142', 'boîtier de servitude B', 'body control module B', 'm'],
  ['U0143', 'boîtier de servitude C', 'body control module C', 'm'],
  ['U0144', 'boîtier de servitude D', 'body control module D', 'm'],
  ['U0145', 'boîtier de servitude E', 'body control module E', 'm'],
  ['U0146', 'passerelle (gateway) A', 'gateway A', 'f'],
  ['U0147', 'passerelle (gateway) B', 'gateway B', 'f'],
  ['U0148', 'passerelle (gateway) C', 'gateway C', 'f'],
  ['U0149', 'passerelle (gateway) D', 'gateway D', 'f'],
  ['U0150', 'passerelle (gateway) E', 'gateway E', 'f'],
  ['U0152', 'calculateur airbag latéral gauche', 'left side restraints control module', 'm'],
  ['U0153', 'calculateur airbag latéral droit', 'right side restraints control module', 'm'],
  [
    'U0154',
    "module de détection d'occupant (classification passager)",
    'restraints occupant classification module',
    'm',
  ],
  ['U0156', "centre d'information A", 'information centre A', 'm'],
  ['U0157', "centre d'information B", 'information centre B', 'm'],
  ['U0158', 'affichage tête haute', 'head-up display', 'm'],
  ['U0159', "module d'aide au stationnement A", 'parking assist control module A', 'm'],
  ['U0160', "module d'alertes sonores", 'audible alert control module', 'm'],
  ['U0161', 'module de boussole', 'compass module', 'm'],
  ['U0162', 'écran de navigation', 'navigation display module', 'm'],
  ['U0163', 'module de navigation', 'navigation control module', 'm'],
  ['U0165', 'module de climatisation arrière', 'rear HVAC control module', 'm'],
  ['U0166', 'module de chauffage additionnel', 'auxiliary heater control module', 'm'],
  ['U0169', 'module de toit ouvrant', 'sunroof control module', 'm'],
  ['U017E', 'module de prétensionneur de ceinture A', 'seat belt pretensioner module A', 'm'],
  ['U017F', 'module de prétensionneur de ceinture B', 'seat belt pretensioner module B', 'm'],
  ['U0180', "module d'allumage automatique des feux", 'automatic lighting control module', 'm'],
  [
    'U0181',
    'module de correction de portée des projecteurs',
    'headlamp levelling control module',
    'm',
  ],
  ['U0182', "module d'éclairage avant", 'front lighting control module', 'm'],
  ['U0183', "module d'éclairage arrière", 'rear lighting control module', 'm'],
  ['U0185', "module d'antenne", 'antenna control module', 'm'],
  ['U0186', 'amplificateur audio', 'audio amplifier', 'm'],
  ['U0187', 'lecteur/changeur de disques A', 'digital disc player/changer A', 'm'],
  ['U0188', 'lecteur/changeur de disques B', 'digital disc player/changer B', 'm'],
  ['U0189', 'lecteur/changeur de disques C', 'digital disc player/changer C', 'm'],
  ['U0190', 'lecteur/changeur de disques D', 'digital disc player/changer D', 'm'],
  ['U0191', 'module de télévision', 'television module', 'm'],
  ['U0193', 'module audio numérique A', 'digital audio control module A', 'm'],
  ['U0194', 'module audio numérique B', 'digital audio control module B', 'm'],
  ['U0195', 'récepteur de radio par abonnement', 'subscription entertainment receiver', 'm'],
  ['U0196', 'module multimédia arrière A', 'rear seat entertainment control module A', 'm'],
  ['U0197', 'module de téléphone', 'telephone control module', 'm'],
  ['U0206', 'module de capote', 'folding top control module', 'm'],
  ['U0207', 'module de toit mobile', 'moveable roof control module', 'm'],
  ['U0213', 'module de rétroviseurs', 'mirror control module', 'm'],
  ['U0229', 'module de volant chauffant', 'heated steering wheel module', 'm'],
  ['U0230', 'module de hayon', 'rear gate module', 'm'],
  ['U0231', 'capteur de pluie', 'rain sensing module', 'm'],
  ['U0232', "module de détection d'angle mort gauche", 'left side obstacle detection module', 'm'],
  ['U0233', "module de détection d'angle mort droit", 'right side obstacle detection module', 'm'],
  ['U0234', 'module de mémorisation des réglages', 'convenience recall module', 'm'],
  ['U0235', 'radar de régulateur de distance', 'cruise control front distance range sensor', 'm'],
  ['U0236', 'module de verrouillage de colonne de direction', 'column lock module', 'm'],
  ['U0237', 'module audio numérique C', 'digital audio control module C', 'm'],
  ['U0238', 'module audio numérique D', 'digital audio control module D', 'm'],
  ['U0241', 'module de projecteur A', 'headlamp control module A', 'm'],
  ['U0242', 'module de projecteur B', 'headlamp control module B', 'm'],
  ['U0249', 'module multimédia arrière B', 'rear seat entertainment control module B', 'm'],
  ['U0250', "module de classification d'impact", 'impact classification module', 'm'],
  ['U0252', "module d'éclairage arrière B", 'rear lighting control module B', 'm'],
  ['U0256', "module d'interface des commandes avant A", 'front controls interface module A', 'm'],
  ['U0264', 'caméra de recul', 'rear view camera module', 'f'],
  [
    'U0293',
    'calculateur de la chaîne de traction hybride',
    'hybrid powertrain control module',
    'm',
  ],
];

function letterSeries(
  base: number,
  letters: string,
  fr: (l: string) => string,
  en: (l: string) => string,
  gender: G,
): Row[] {
  return [...letters].map((l, i) => [`U0${base + i}`, fr(l), en(l), gender] as const);
}

export function networkCodes(exclude: ReadonlySet<string>): DtcEntry[] {
  const rows: Row[] = [
    ...LOST,
    ...letterSeries(
      170,
      'ABCDEFGHIJ',
      (l) => `capteur de choc ${l} du système airbag`,
      (l) => `restraints system sensor ${l}`,
      'm',
    ),
    ...letterSeries(
      199,
      'ABCDEFG',
      (l) => `module de porte ${l}`,
      (l) => `door control module ${l}`,
      'm',
    ),
    ...letterSeries(
      208,
      'ABCD',
      (l) => `module de siège ${l}`,
      (l) => `seat control module ${l}`,
      'm',
    ),
    ...letterSeries(
      215,
      'ABCDEFG',
      (l) => `bloc de commandes de porte ${l}`,
      (l) => `door switch ${l}`,
      'm',
    ),
    ...letterSeries(
      222,
      'ABCDEFG',
      (l) => `moteur de lève-vitre ${l}`,
      (l) => `door window motor ${l}`,
      'm',
    ),
    ['U0246', 'module de siège E', 'seat control module E', 'm'],
    ['U0247', 'module de siège F', 'seat control module F', 'm'],
  ];
  const out: DtcEntry[] = [];
  for (const [code, fr, en, gender] of rows) {
    out.push(entry(code, moduleComponent(fr, en, gender, 'communication_module'), 'lost_comm'));
  }
  out.push({
    code: 'U0400',
    title: {
      fr: "Données invalides reçues d'un calculateur (réseau)",
      en: 'Invalid data received from a control module (network)',
    },
    system: 'reseau_communication',
    subsystem: 'donnees_invalides',
    failure: 'communication',
  });
  for (const [n, fr, en, gender] of U0304_ORDER) {
    const suffix = n.toString().padStart(2, '0');
    out.push(
      entry(
        `U03${suffix}`,
        moduleComponent(fr, en, gender, 'logiciel_calculateur'),
        'software_incompatible',
      ),
      entry(`U04${suffix}`, moduleComponent(fr, en, gender, 'donnees_invalides'), 'invalid_data'),
    );
  }
  out.push(
    entry(
      'U0452',
      moduleComponent('calculateur airbag', 'restraints control module', 'm', 'donnees_invalides'),
      'invalid_data',
    ),
    entry(
      'U0455',
      moduleComponent(
        "module de détection d'occupant (classification passager)",
        'restraints occupant classification module',
        'm',
        'donnees_invalides',
      ),
      'invalid_data',
    ),
  );
  return out.filter((e) => !exclude.has(e.code));
}
