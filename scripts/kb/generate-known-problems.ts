// Generates resources/diagnosis/known-problems.json: patterns frequently met in European garages,
// written by the NovaEvo team. Run with `npx tsx scripts/kb/generate-known-problems.ts`.
// Causes are listed from most to least likely; `likelihood` is a rough share used for ranking.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedCodes } from './generate-dtc-generic';

export const KNOWN_PROBLEMS_VERSION = '1.1.0';

const wheelSpeedSensorCodes = generatedCodes()
  .filter((e) => e.subsystem === 'capteur_vitesse_roue' && e.failure !== 'condition')
  .map((e) => e.code);

type Text = readonly [fr: string, en: string];
type Op = 'gt' | 'lt';
type Stat = 'mean' | 'max' | 'min';
type When =
  'engine_running' | 'engine_off' | 'engine_warm' | 'engine_cold' | 'idle' | 'load' | 'closed_loop';

interface LiveCond {
  pid?: string;
  metric?: string;
  stat?: Stat;
  op: Op;
  value: number;
  when?: When[];
}

interface Match {
  codesAll?: string[];
  codesAny?: string[];
  live?: LiveCond[];
  fuel?: 'petrol' | 'diesel';
  usage?: 'urbain' | 'mixte' | 'routier' | 'autoroute';
}

interface Options {
  stopDriving?: boolean;
  flags?: string[];
}

const text = ([fr, en]: Text) => ({ fr, en });
const problems: unknown[] = [];

function problem(
  id: string,
  title: Text,
  match: Match,
  causes: readonly (readonly [fr: string, en: string, likelihood: number])[],
  checks: readonly Text[],
  parts: readonly string[],
  labourHours: readonly [min: number, max: number],
  options: Options = {},
): void {
  problems.push({
    id,
    title: text(title),
    match,
    causes: causes.map(([fr, en, likelihood]) => ({ fr, en, likelihood })),
    checks: checks.map(text),
    parts,
    labourHours: { min: labourHours[0], max: labourHours[1] },
    stopDriving: options.stopDriving ?? false,
    flags: options.flags ?? [],
  });
}

const WARM_IDLE: When[] = ['engine_warm', 'idle'];
const WARM: When[] = ['engine_warm', 'engine_running'];
const cyl = (n: number) => `P030${n}`;

// ---------------------------------------------------------------- mixture
problem(
  'lean-both-banks',
  ['Mélange pauvre sur les deux bancs', 'Lean mixture on both banks'],
  {
    codesAll: ['P0171', 'P0174'],
    live: [
      { pid: '07', op: 'gt', value: 15, when: WARM_IDLE },
      { pid: '09', op: 'gt', value: 15, when: WARM_IDLE },
    ],
  },
  [
    [
      "Prise d'air après le débitmètre (durite, joint de collecteur, reniflard)",
      'Air leak after the MAF sensor (hose, intake gasket, crankcase breather)',
      0.4,
    ],
    [
      'Débitmètre encrassé qui sous-estime le débit',
      'Dirty MAF sensor under-reading air flow',
      0.3,
    ],
    [
      'Pression de carburant insuffisante (pompe, filtre, régulateur)',
      'Low fuel pressure (pump, filter, regulator)',
      0.2,
    ],
    [
      'Fuite à l’échappement avant la sonde amont',
      'Exhaust leak ahead of the upstream sensor',
      0.1,
    ],
  ],
  [
    ["Test fumigène du circuit d'admission", 'Smoke-test the intake system'],
    [
      'Comparer le débit d’air mesuré à la valeur théorique au ralenti et à 2 500 tr/min',
      'Compare measured air flow with the expected value at idle and 2,500 rpm',
    ],
    ['Mesurer la pression et le débit de carburant', 'Measure fuel pressure and volume'],
  ],
  ['durite_admission', 'joint_collecteur', 'debitmetre', 'filtre_carburant'],
  [0.5, 2],
);
problem(
  'lean-both-banks-trims-only',
  [
    'Corrections de richesse très positives au ralenti (sans code)',
    'Strongly positive fuel trims at idle (no code yet)',
  ],
  {
    live: [
      { pid: '07', op: 'gt', value: 15, when: WARM_IDLE },
      { pid: '09', op: 'gt', value: 15, when: WARM_IDLE },
    ],
  },
  [
    [
      "Prise d'air au ralenti (durite, joint, vanne de recyclage des vapeurs d'huile)",
      'Idle vacuum leak (hose, gasket, PCV valve)',
      0.6,
    ],
    ['Débitmètre en dérive', 'Drifting MAF sensor', 0.4],
  ],
  [
    ['Contrôler les durites et le reniflard', 'Inspect vacuum hoses and breather'],
    [
      "Vérifier si la correction baisse à 2 500 tr/min (signe de prise d'air)",
      'Check whether the trim drops at 2,500 rpm (points to a vacuum leak)',
    ],
  ],
  ['durite_admission', 'reniflard'],
  [0.5, 1.5],
);
problem(
  'lean-bank1',
  ['Mélange pauvre banc 1', 'Lean mixture bank 1'],
  { codesAny: ['P0171'] },
  [
    ["Prise d'air côté admission", 'Intake air leak', 0.35],
    ['Débitmètre encrassé', 'Dirty MAF sensor', 0.3],
    ['Injecteur(s) encrassé(s)', 'Clogged injector(s)', 0.2],
    ['Pression de carburant basse', 'Low fuel pressure', 0.15],
  ],
  [
    [
      'Lire les corrections court et long terme, moteur chaud',
      'Read short and long term trims with a warm engine',
    ],
    ["Test fumigène de l'admission", 'Smoke-test the intake'],
    ['Nettoyer ou tester le débitmètre', 'Clean or test the MAF sensor'],
  ],
  ['durite_admission', 'debitmetre', 'injecteur'],
  [0.5, 2],
);
problem(
  'lean-bank2',
  ['Mélange pauvre banc 2', 'Lean mixture bank 2'],
  { codesAny: ['P0174'] },
  [
    ["Prise d'air côté banc 2 (joint de collecteur)", 'Air leak on bank 2 (intake gasket)', 0.5],
    ['Injecteur encrassé sur le banc 2', 'Clogged injector on bank 2', 0.3],
    ['Débitmètre encrassé', 'Dirty MAF sensor', 0.2],
  ],
  [
    ["Test fumigène de l'admission", 'Smoke-test the intake'],
    ['Comparer les corrections des deux bancs', 'Compare trims of both banks'],
  ],
  ['joint_collecteur', 'injecteur'],
  [1, 3],
);
problem(
  'rich-mixture',
  ['Mélange trop riche', 'Rich mixture'],
  { codesAny: ['P0172', 'P0175'] },
  [
    ['Injecteur qui fuit ou reste ouvert', 'Leaking or sticking injector', 0.3],
    ['Pression de carburant trop haute (régulateur)', 'Fuel pressure too high (regulator)', 0.25],
    [
      'Filtre à air colmaté ou débitmètre en dérive haute',
      'Clogged air filter or MAF reading high',
      0.25,
    ],
    ['Purge canister bloquée ouverte', 'Purge valve stuck open', 0.2],
  ],
  [
    [
      'Mesurer la pression de carburant et sa tenue moteur arrêté',
      'Measure fuel pressure and its hold with engine off',
    ],
    ['Contrôler le filtre à air', 'Inspect the air filter'],
    [
      'Pincer la durite de purge et observer les corrections',
      'Clamp the purge hose and watch the trims',
    ],
  ],
  ['injecteur', 'regulateur_pression', 'filtre_a_air', 'electrovanne_purge'],
  [0.5, 2],
);
problem(
  'rich-trims-negative',
  [
    'Corrections de richesse très négatives (sans code)',
    'Strongly negative fuel trims (no code yet)',
  ],
  { live: [{ pid: '07', op: 'lt', value: -15, when: WARM_IDLE }] },
  [
    ['Injecteur qui goutte', 'Dripping injector', 0.4],
    ['Purge canister bloquée ouverte', 'Purge valve stuck open', 0.35],
    ['Huile diluée par le carburant', 'Fuel-diluted engine oil', 0.25],
  ],
  [
    ['Pincer la purge et relire les corrections', 'Clamp the purge line and re-read the trims'],
    ["Sentir/contrôler l'huile moteur", 'Check the engine oil for fuel smell'],
  ],
  ['electrovanne_purge', 'injecteur'],
  [0.5, 1.5],
);
problem(
  'fuel-pressure-low-diesel',
  ['Pression de rampe insuffisante (diesel common rail)', 'Low rail pressure (common-rail diesel)'],
  { codesAny: ['P0087', 'P0093', 'P0191'], fuel: 'diesel' },
  [
    [
      'Filtre à gazole colmaté ou prise d’air côté basse pression',
      'Clogged diesel filter or air ingress on the low-pressure side',
      0.4,
    ],
    ['Fuite de retour injecteur excessive', 'Excessive injector back-leak', 0.3],
    [
      'Pompe haute pression usée ou régulateur de débit défaillant',
      'Worn high-pressure pump or faulty volume regulator',
      0.3,
    ],
  ],
  [
    ['Remplacer le filtre à gazole et purger', 'Replace the fuel filter and bleed'],
    ['Test de débit de retour injecteurs', 'Injector back-leak test'],
    ['Mesurer la pression basse pression avant pompe', 'Measure low-side pressure before the pump'],
  ],
  ['filtre_carburant', 'injecteur', 'pompe_haute_pression', 'regulateur_pression'],
  [1, 4],
  { flags: ['power_loss'] },
);
problem(
  'fuel-pressure-low-petrol',
  ['Pression de carburant insuffisante (essence)', 'Low fuel pressure (petrol)'],
  { codesAny: ['P0087', 'P0190', 'P0191'], fuel: 'petrol' },
  [
    ['Pompe à carburant basse pression fatiguée', 'Weak in-tank fuel pump', 0.45],
    ['Filtre à carburant colmaté', 'Clogged fuel filter', 0.25],
    [
      'Pompe haute pression (injection directe) usée',
      'Worn high-pressure pump (direct injection)',
      0.3,
    ],
  ],
  [
    [
      'Mesurer pression et débit de la pompe de réservoir',
      'Measure in-tank pump pressure and volume',
    ],
    ['Comparer consigne et mesure de pression rampe', 'Compare rail pressure target and actual'],
  ],
  ['pompe_a_carburant', 'filtre_carburant', 'pompe_haute_pression'],
  [1, 3],
);

// ---------------------------------------------------------------- misfire and ignition
for (let n = 1; n <= 6; n++) {
  problem(
    `misfire-cylinder-${n}`,
    [`Ratés de combustion sur le cylindre ${n}`, `Misfire on cylinder ${n}`],
    { codesAny: [cyl(n)] },
    [
      ['Bougie d’allumage usée ou encrassée (essence)', 'Worn or fouled spark plug (petrol)', 0.35],
      ['Bobine crayon défaillante', 'Failed pencil coil', 0.3],
      ['Injecteur encrassé ou défaillant', 'Clogged or failed injector', 0.2],
      [
        'Perte de compression (soupape, segment, joint de culasse)',
        'Loss of compression (valve, ring, head gasket)',
        0.15,
      ],
    ],
    [
      [
        `Permuter la bobine du cylindre ${n} avec un voisin et voir si le raté suit`,
        `Swap cylinder ${n}'s coil with a neighbour and see if the misfire follows`,
      ],
      ['Contrôler l’état et l’écartement de la bougie', 'Inspect spark plug condition and gap'],
      [
        'Test de compression ou de fuite si le raté ne suit ni bobine ni bougie',
        'Compression or leak-down test if the misfire follows neither coil nor plug',
      ],
    ],
    ['bougie', 'bobine', 'injecteur'],
    [0.5, 1.5],
  );
}
problem(
  'misfire-random-multiple',
  [
    'Ratés de combustion aléatoires ou sur plusieurs cylindres',
    'Random or multiple-cylinder misfire',
  ],
  { codesAny: ['P0300'] },
  [
    ["Prise d'air importante ou mélange pauvre", 'Large vacuum leak or lean mixture', 0.3],
    ['Bougies usées (entretien dépassé)', 'Worn spark plugs (service overdue)', 0.3],
    ['Carburant de mauvaise qualité ou pression basse', 'Poor fuel or low fuel pressure', 0.2],
    ['Distribution décalée', 'Valve timing out', 0.2],
  ],
  [
    ['Vérifier les corrections de richesse', 'Check fuel trims'],
    [
      'Remplacer les bougies si l’intervalle est dépassé',
      'Replace plugs if the service interval is passed',
    ],
    [
      'Contrôler le calage de distribution si codes P0016-P0019',
      'Check timing if P0016-P0019 are present',
    ],
  ],
  ['bougie', 'bobine', 'durite_admission'],
  [1, 2.5],
);
problem(
  'misfire-multi-cylinder-heavy',
  [
    'Ratés importants sur plusieurs cylindres : risque pour le catalyseur',
    'Heavy multi-cylinder misfire: catalyst at risk',
  ],
  {
    codesAll: ['P0300'],
    codesAny: ['P0301', 'P0302', 'P0303', 'P0304', 'P0305', 'P0306'],
    live: [{ pid: '07', op: 'gt', value: 10, when: WARM }],
  },
  [
    ['Mélange pauvre provoquant des ratés', 'Lean mixture causing misfires', 0.5],
    ['Allumage défaillant sur plusieurs cylindres', 'Ignition failing on several cylinders', 0.5],
  ],
  [
    ['Limiter la charge moteur jusqu’à la réparation', 'Avoid engine load until repaired'],
    ['Contrôler allumage et corrections de richesse', 'Check ignition and fuel trims'],
  ],
  ['bougie', 'bobine', 'catalyseur'],
  [1, 3],
  { stopDriving: true, flags: ['multi_cylinder_misfire'] },
);
problem(
  'coil-circuit',
  ["Circuit de bobine d'allumage défaillant", 'Ignition coil circuit fault'],
  {
    codesAny: [
      'P0351',
      'P0352',
      'P0353',
      'P0354',
      'P0355',
      'P0356',
      'P2300',
      'P2303',
      'P2306',
      'P2309',
    ],
  },
  [
    ['Bobine crayon en court-circuit interne', 'Pencil coil internally shorted', 0.6],
    ['Connecteur oxydé ou faisceau abîmé', 'Corroded connector or damaged harness', 0.4],
  ],
  [
    [
      'Mesurer la résistance primaire et l’alimentation de la bobine',
      'Measure coil primary resistance and supply',
    ],
    ['Inspecter le connecteur', 'Inspect the connector'],
  ],
  ['bobine'],
  [0.3, 1],
);
problem(
  'glow-plugs',
  ['Bougies de préchauffage défaillantes', 'Failed glow plugs'],
  {
    codesAny: ['P0380', 'P0382', 'P0670', 'P0671', 'P0672', 'P0673', 'P0674', 'P0683'],
    fuel: 'diesel',
  },
  [
    ['Bougie(s) de préchauffage grillée(s)', 'Burnt-out glow plug(s)', 0.6],
    ['Boîtier de préchauffage défaillant', 'Failed glow plug control module', 0.3],
    ['Faisceau ou connecteur', 'Harness or connector', 0.1],
  ],
  [
    ['Mesurer la résistance de chaque bougie', 'Measure each glow plug resistance'],
    ['Contrôler l’alimentation du boîtier de préchauffage', 'Check glow module supply'],
  ],
  ['bougie_prechauffage', 'boitier_prechauffage'],
  [1, 3],
);
problem(
  'crank-sensor',
  ['Capteur de vilebrequin défaillant', 'Crankshaft sensor fault'],
  { codesAny: ['P0335', 'P0336', 'P0337', 'P0338', 'P0339'] },
  [
    ['Capteur de régime défaillant', 'Failed crankshaft sensor', 0.6],
    ['Cible encrassée ou entrefer incorrect', 'Dirty target wheel or wrong air gap', 0.2],
    ['Faisceau endommagé', 'Damaged harness', 0.2],
  ],
  [
    ['Contrôler le signal à l’oscilloscope', 'Scope the sensor signal'],
    ['Inspecter la cible et le faisceau', 'Inspect the target wheel and harness'],
  ],
  ['capteur_vilebrequin'],
  [0.5, 1.5],
  { flags: ['no_start_risk'] },
);
problem(
  'cam-crank-correlation',
  ['Calage distribution incohérent (vilebrequin/arbre à cames)', 'Crank/cam correlation fault'],
  { codesAny: ['P0016', 'P0017', 'P0018', 'P0019', 'P0008'] },
  [
    [
      'Chaîne de distribution allongée ou tendeur défaillant',
      'Stretched timing chain or failed tensioner',
      0.45,
    ],
    ['Déphaseur d’arbre à cames grippé', 'Sticking cam phaser', 0.25],
    ['Courroie décalée d’une dent', 'Timing belt one tooth out', 0.15],
    ["Capteur d'arbre à cames défaillant", 'Failed camshaft sensor', 0.15],
  ],
  [
    ['Lire les valeurs de déphasage en direct', 'Read live cam phasing values'],
    [
      'Contrôler le calage avec les piges constructeur',
      'Check timing with the manufacturer locking tools',
    ],
    ['Écouter un bruit de chaîne au démarrage à froid', 'Listen for chain rattle on cold start'],
  ],
  ['kit_chaine_distribution', 'kit_distribution', 'dephaseur', 'capteur_arbre_a_cames'],
  [3, 10],
  { flags: ['severe_damage_risk'] },
);
problem(
  'cam-phaser',
  ['Déphaseur d’arbre à cames en défaut', 'Camshaft phaser fault'],
  { codesAny: ['P0010', 'P0011', 'P0012', 'P0013', 'P0014', 'P0015', 'P0020', 'P0021', 'P0022'] },
  [
    ['Électrovanne de déphaseur encrassée', 'Clogged phaser solenoid', 0.4],
    [
      'Huile inadaptée, niveau bas ou vidange dépassée',
      'Wrong oil, low level or overdue oil change',
      0.35,
    ],
    ['Déphaseur usé', 'Worn phaser', 0.25],
  ],
  [
    ['Contrôler niveau et qualité d’huile', 'Check oil level and grade'],
    ['Piloter l’électrovanne et observer le déphasage', 'Actuate the solenoid and watch phasing'],
  ],
  ['electrovanne_vvt', 'huile_moteur', 'dephaseur'],
  [0.5, 4],
);
problem(
  'knock-sensor',
  ['Capteur de cliquetis défaillant', 'Knock sensor fault'],
  { codesAny: ['P0325', 'P0326', 'P0327', 'P0328', 'P0330', 'P0332'] },
  [
    ['Capteur mal serré ou défaillant', 'Loose or failed sensor', 0.6],
    ['Faisceau endommagé', 'Damaged harness', 0.4],
  ],
  [['Contrôler couple de serrage et signal', 'Check tightening torque and signal']],
  ['capteur_cliquetis'],
  [0.5, 2],
);

// ---------------------------------------------------------------- emissions
problem(
  'catalyst-efficiency-downstream-active',
  [
    'Catalyseur inefficace : la sonde aval recopie la sonde amont',
    'Worn catalyst: downstream sensor mirrors upstream',
  ],
  {
    codesAny: ['P0420', 'P0430'],
    live: [{ metric: 'o2_switch_ratio_b1', op: 'gt', value: 0.6, when: WARM }],
  },
  [
    [
      'Catalyseur usé (capacité de stockage d’oxygène perdue)',
      'Worn catalyst (oxygen storage lost)',
      0.7,
    ],
    [
      'Catalyseur endommagé par des ratés ou de l’huile',
      'Catalyst damaged by misfire or oil burning',
      0.3,
    ],
  ],
  [
    [
      'Vérifier l’absence de ratés et de consommation d’huile avant remplacement',
      'Rule out misfire and oil consumption before replacement',
    ],
    ['Contrôler les fuites à l’échappement', 'Check for exhaust leaks'],
  ],
  ['catalyseur'],
  [1, 2.5],
);
problem(
  'catalyst-efficiency-slow-downstream',
  [
    'Efficacité catalyseur : sonde aval lente ou vieillissante',
    'Catalyst efficiency: slow or ageing downstream sensor',
  ],
  {
    codesAny: ['P0420', 'P0430'],
    live: [{ metric: 'o2_switch_ratio_b1', op: 'lt', value: 0.2, when: WARM }],
  },
  [
    [
      'Sonde aval vieillissante donnant une mesure erronée',
      'Ageing downstream sensor giving a wrong reading',
      0.45,
    ],
    ['Fuite à l’échappement près de la sonde', 'Exhaust leak near the sensor', 0.3],
    ['Catalyseur en limite d’efficacité', 'Catalyst at the efficiency limit', 0.25],
  ],
  [
    [
      'Comparer la tension de la sonde aval lors d’un enrichissement forcé',
      'Compare downstream sensor voltage under forced enrichment',
    ],
    ['Rechercher une fuite à l’échappement', 'Look for exhaust leaks'],
  ],
  ['sonde_lambda', 'joint_echappement', 'catalyseur'],
  [0.5, 2],
);
problem(
  'catalyst-efficiency',
  ['Efficacité du catalyseur insuffisante', 'Catalyst efficiency below threshold'],
  { codesAny: ['P0420', 'P0430', 'P0421', 'P0422', 'P0431', 'P0432'] },
  [
    ['Catalyseur usé', 'Worn catalyst', 0.55],
    ['Sonde aval défaillante', 'Faulty downstream sensor', 0.25],
    ['Fuite à l’échappement', 'Exhaust leak', 0.2],
  ],
  [
    [
      'Comparer les signaux des sondes amont et aval moteur chaud',
      'Compare upstream and downstream sensor signals with a warm engine',
    ],
    ['Rechercher des ratés ou une consommation d’huile', 'Look for misfire or oil consumption'],
  ],
  ['catalyseur', 'sonde_lambda'],
  [1, 2.5],
);
problem(
  'o2-heater',
  ['Chauffage de sonde lambda défaillant', 'O2 sensor heater fault'],
  {
    codesAny: [
      'P0030',
      'P0031',
      'P0032',
      'P0036',
      'P0037',
      'P0038',
      'P0050',
      'P0051',
      'P0052',
      'P0056',
      'P0057',
      'P0058',
      'P0135',
      'P0141',
      'P0155',
      'P0161',
    ],
  },
  [
    ['Élément chauffant de la sonde coupé', 'Open heater element in the sensor', 0.65],
    ['Fusible ou relais d’alimentation', 'Supply fuse or relay', 0.2],
    ['Connecteur fondu ou oxydé', 'Melted or corroded connector', 0.15],
  ],
  [
    [
      'Mesurer la résistance de chauffage (quelques ohms attendus)',
      'Measure heater resistance (a few ohms expected)',
    ],
    ['Contrôler fusible et alimentation', 'Check fuse and supply'],
  ],
  ['sonde_lambda'],
  [0.3, 1],
);
problem(
  'o2-slow-response',
  ['Sonde lambda amont lente ou inactive', 'Slow or inactive upstream O2 sensor'],
  { codesAny: ['P0133', 'P0134', 'P0153', 'P0154', 'P0130', 'P0150', 'P2A00', 'P2A03'] },
  [
    [
      'Sonde vieillie ou encrassée (huile, silicone, additifs)',
      'Aged or contaminated sensor (oil, silicone, additives)',
      0.65,
    ],
    ['Fuite à l’échappement avant la sonde', 'Exhaust leak ahead of the sensor', 0.2],
    ['Faisceau endommagé', 'Damaged harness', 0.15],
  ],
  [
    [
      'Observer la fréquence de basculement moteur chaud à 2 000 tr/min',
      'Watch switching frequency with a warm engine at 2,000 rpm',
    ],
  ],
  ['sonde_lambda'],
  [0.3, 1],
);
problem(
  'egr-flow-insufficient',
  ['Débit EGR insuffisant', 'Insufficient EGR flow'],
  { codesAny: ['P0400', 'P0401', 'P2413'] },
  [
    ['Vanne EGR encrassée (calamine)', 'Carboned-up EGR valve', 0.55],
    ['Conduits EGR ou refroidisseur bouchés', 'Clogged EGR passages or cooler', 0.3],
    [
      'Commande pneumatique ou électrique défaillante',
      'Failed pneumatic or electric actuation',
      0.15,
    ],
  ],
  [
    [
      'Piloter la vanne et vérifier son retour de position',
      'Actuate the valve and check its position feedback',
    ],
    ['Déposer et inspecter la vanne et les conduits', 'Remove and inspect valve and passages'],
  ],
  ['vanne_egr', 'refroidisseur_egr', 'joint_egr'],
  [1, 3],
);
problem(
  'egr-stuck-open',
  ['Vanne EGR bloquée ouverte', 'EGR valve stuck open'],
  { codesAny: ['P0402', 'P0404', 'P0405', 'P0406', 'P0403', 'P0409'] },
  [
    ['Vanne EGR grippée par la calamine', 'EGR valve seized by carbon', 0.6],
    ['Capteur de position de vanne défaillant', 'Failed valve position sensor', 0.25],
    ['Faisceau ou connecteur', 'Harness or connector', 0.15],
  ],
  [
    ['Contrôler la position de la vanne au repos', 'Check valve position at rest'],
    ['Nettoyer ou remplacer la vanne', 'Clean or replace the valve'],
  ],
  ['vanne_egr'],
  [1, 2.5],
);
problem(
  'dpf-clogged',
  ['Filtre à particules colmaté', 'Clogged diesel particulate filter'],
  { codesAny: ['P2002', 'P2463', 'P2458', 'P2459', 'P2452', 'P2453'], fuel: 'diesel' },
  [
    ['Usage urbain empêchant les régénérations', 'Short urban trips preventing regeneration', 0.4],
    [
      'Régénérations interrompues ou additif FAP vide',
      'Interrupted regenerations or empty DPF additive',
      0.25,
    ],
    [
      'Capteur de pression différentielle ou durites défaillants',
      'Failed differential pressure sensor or hoses',
      0.2,
    ],
    [
      'Cause moteur (EGR, injecteur, turbo) produisant trop de suie',
      'Engine fault (EGR, injector, turbo) producing excessive soot',
      0.15,
    ],
  ],
  [
    [
      'Lire la masse de suie et la pression différentielle',
      'Read soot load and differential pressure',
    ],
    ['Contrôler les durites du capteur', 'Inspect the sensor hoses'],
    ['Régénération forcée puis essai routier', 'Forced regeneration then road test'],
  ],
  ['filtre_a_particules', 'capteur_pression_differentielle', 'additif_fap'],
  [1, 3],
  { flags: ['power_loss'] },
);
problem(
  'evap-small-leak',
  ['Petite fuite du circuit antiévaporation', 'Small EVAP leak'],
  { codesAny: ['P0442', 'P0456', 'P0457'] },
  [
    ['Bouchon de réservoir mal fermé ou joint usé', 'Loose fuel cap or worn seal', 0.5],
    ['Durite EVAP fendue', 'Cracked EVAP hose', 0.3],
    ['Électrovanne de purge non étanche', 'Leaking purge valve', 0.2],
  ],
  [
    ['Vérifier le bouchon et son joint', 'Check the fuel cap and seal'],
    ['Test fumigène du circuit EVAP', 'Smoke-test the EVAP system'],
  ],
  ['bouchon_reservoir', 'durite_evap', 'electrovanne_purge'],
  [0.3, 1.5],
);
problem(
  'evap-large-leak-purge',
  ['Fuite importante ou purge EVAP défaillante', 'Large EVAP leak or purge fault'],
  { codesAny: ['P0455', 'P0441', 'P0443', 'P0446', 'P0496'] },
  [
    ['Électrovanne de purge bloquée', 'Stuck purge valve', 0.45],
    ['Durite EVAP débranchée', 'Disconnected EVAP hose', 0.3],
    [
      'Canister saturé ou vanne de mise à l’air bloquée',
      'Saturated canister or stuck vent valve',
      0.25,
    ],
  ],
  [['Piloter purge et mise à l’air, test fumigène', 'Actuate purge and vent, smoke test']],
  ['electrovanne_purge', 'canister', 'durite_evap'],
  [0.5, 2],
);
problem(
  'secondary-air',
  ['Injection d’air secondaire défaillante', 'Secondary air injection fault'],
  { codesAny: ['P0410', 'P0411', 'P0491', 'P0492', 'P2440', 'P2444'] },
  [
    [
      'Clapet anti-retour grippé ou pompe grippée par la condensation',
      'Check valve or pump seized by condensation',
      0.6,
    ],
    ['Relais ou fusible de pompe', 'Pump relay or fuse', 0.4],
  ],
  [['Piloter la pompe à froid et contrôler le débit', 'Run the pump cold and check flow']],
  ['pompe_air_secondaire', 'clapet_air_secondaire'],
  [1, 2.5],
);
problem(
  'nox-sensor',
  ['Capteur de NOx défaillant', 'NOx sensor fault'],
  { codesAny: ['P2200', 'P2201', 'P2202', 'P2203', 'P2205'] },
  [
    ['Capteur de NOx ou son module défaillant', 'Failed NOx sensor or its module', 0.75],
    ['Faisceau endommagé par la chaleur', 'Heat-damaged harness', 0.25],
  ],
  [
    [
      'Contrôler alimentation et communication du module capteur',
      'Check sensor module supply and communication',
    ],
  ],
  ['capteur_nox'],
  [0.5, 1.5],
);

// ---------------------------------------------------------------- air, boost, throttle
problem(
  'maf-sensor',
  ['Débitmètre d’air défaillant ou encrassé', 'Faulty or dirty MAF sensor'],
  { codesAny: ['P0100', 'P0101', 'P0102', 'P0103', 'P0104'] },
  [
    [
      'Élément du débitmètre encrassé (huile de filtre, poussière)',
      'Contaminated MAF element (filter oil, dust)',
      0.45,
    ],
    ['Prise d’air ou fuite en aval', 'Air leak downstream', 0.25],
    ['Débitmètre défaillant', 'Failed MAF sensor', 0.2],
    ['Faisceau ou alimentation', 'Harness or supply', 0.1],
  ],
  [
    ['Comparer le débit mesuré au débit théorique', 'Compare measured with expected air flow'],
    ['Contrôler le filtre à air et les durites', 'Inspect air filter and hoses'],
  ],
  ['debitmetre', 'filtre_a_air'],
  [0.3, 1],
);
problem(
  'map-sensor',
  ['Capteur de pression collecteur défaillant', 'MAP sensor fault'],
  { codesAny: ['P0105', 'P0106', 'P0107', 'P0108', 'P0069'] },
  [
    ['Capteur encrassé par les vapeurs d’huile', 'Sensor fouled by oil vapour', 0.45],
    ['Durite de prise de pression fendue', 'Cracked reference hose', 0.3],
    ['Capteur défaillant', 'Failed sensor', 0.25],
  ],
  [
    [
      'Comparer la pression moteur arrêté à la pression atmosphérique',
      'Compare key-on engine-off reading with barometric pressure',
    ],
  ],
  ['capteur_pression_admission'],
  [0.3, 1],
);
problem(
  'turbo-underboost-diesel',
  ['Manque de suralimentation (diesel)', 'Underboost (diesel)'],
  { codesAny: ['P0299', 'P2263', 'P0234', 'P2262'], fuel: 'diesel' },
  [
    [
      'Durite de suralimentation ou échangeur percé',
      'Split boost hose or leaking intercooler',
      0.35,
    ],
    ['Géométrie variable du turbo grippée', 'Sticking variable-geometry turbo vanes', 0.3],
    [
      'Électrovanne de régulation ou durite de dépression',
      'Boost control solenoid or vacuum line',
      0.2,
    ],
    ['Turbo usé (jeu, fuite d’huile)', 'Worn turbo (shaft play, oil leak)', 0.15],
  ],
  [
    [
      'Comparer consigne et pression de suralimentation mesurée en charge',
      'Compare target and actual boost under load',
    ],
    ['Inspecter durites et échangeur', 'Inspect hoses and intercooler'],
    ['Contrôler la course de la tige d’actionneur', 'Check actuator rod travel'],
  ],
  ['durite_turbo', 'echangeur', 'electrovanne_turbo', 'turbo'],
  [1, 6],
  { flags: ['power_loss'] },
);
problem(
  'turbo-underboost-petrol',
  ['Manque de suralimentation (essence)', 'Underboost (petrol)'],
  { codesAny: ['P0299', 'P2263', 'P0234', 'P0033', 'P2261'], fuel: 'petrol' },
  [
    ['Vanne de décharge (dump valve) non étanche', 'Leaking diverter valve', 0.35],
    ['Wastegate grippée', 'Sticking wastegate', 0.3],
    ['Durite de suralimentation percée', 'Split boost hose', 0.25],
    ['Turbo usé', 'Worn turbo', 0.1],
  ],
  [['Test de pression du circuit de suralimentation', 'Pressure-test the boost circuit']],
  ['vanne_decharge', 'durite_turbo', 'turbo'],
  [1, 5],
  { flags: ['power_loss'] },
);
problem(
  'throttle-body',
  ['Boîtier papillon motorisé défaillant', 'Electronic throttle body fault'],
  { codesAny: ['P2101', 'P2119', 'P2111', 'P2112', 'P0638', 'P2135', 'P2100', 'P2106'] },
  [
    ['Papillon encrassé', 'Carboned-up throttle', 0.4],
    ['Potentiomètres du papillon usés', 'Worn throttle potentiometers', 0.35],
    ['Faisceau ou connecteur', 'Harness or connector', 0.25],
  ],
  [
    [
      'Nettoyer le papillon puis lancer un réapprentissage',
      'Clean the throttle then run a relearn',
    ],
    ['Contrôler la cohérence des deux pistes', 'Check both tracks agree'],
  ],
  ['boitier_papillon'],
  [0.5, 1.5],
  { flags: ['limp_mode'] },
);
problem(
  'pedal-sensor',
  ['Capteur de pédale d’accélérateur défaillant', 'Accelerator pedal sensor fault'],
  { codesAny: ['P2122', 'P2123', 'P2127', 'P2128', 'P2138'] },
  [
    ['Pistes du capteur de pédale usées', 'Worn pedal sensor tracks', 0.7],
    ['Faisceau', 'Harness', 0.3],
  ],
  [['Balayer la pédale et observer les deux signaux', 'Sweep the pedal and watch both signals']],
  ['pedale_accelerateur'],
  [0.3, 1],
  { flags: ['limp_mode'] },
);
problem(
  'idle-unstable',
  ['Ralenti instable ou hors consigne', 'Unstable or incorrect idle'],
  { codesAny: ['P0505', 'P0506', 'P0507'] },
  [
    ['Papillon ou vanne de ralenti encrassés', 'Dirty throttle or idle valve', 0.5],
    ["Prise d'air", 'Vacuum leak', 0.3],
    ['Apprentissage du ralenti perdu', 'Lost idle adaptation', 0.2],
  ],
  [['Nettoyer et réinitialiser les adaptations', 'Clean and reset adaptations']],
  ['boitier_papillon', 'vanne_ralenti'],
  [0.5, 1.5],
);
problem(
  'swirl-flaps',
  ['Volets d’admission (swirl) grippés', 'Seized intake swirl flaps'],
  { codesAny: ['P2004', 'P2005', 'P2006', 'P2008', 'P2014', 'P2015'] },
  [
    ['Volets grippés par la calamine', 'Flaps seized by carbon', 0.6],
    ['Actionneur de volets défaillant', 'Failed flap actuator', 0.4],
  ],
  [['Piloter l’actionneur et contrôler le mouvement', 'Actuate and check movement']],
  ['collecteur_admission', 'actionneur_volets'],
  [1.5, 4],
);

// ---------------------------------------------------------------- cooling and lubrication
problem(
  'overheating',
  ['Surchauffe moteur', 'Engine overheating'],
  { codesAny: ['P0217', 'P2181'], live: [{ pid: '05', stat: 'max', op: 'gt', value: 110 }] },
  [
    ['Manque de liquide de refroidissement (fuite)', 'Low coolant (leak)', 0.35],
    ['Motoventilateur ou son relais défaillant', 'Failed cooling fan or its relay', 0.25],
    ['Thermostat bloqué fermé', 'Thermostat stuck closed', 0.2],
    ['Pompe à eau défaillante', 'Failed water pump', 0.1],
    ['Joint de culasse (gaz dans le circuit)', 'Head gasket (combustion gas in the coolant)', 0.1],
  ],
  [
    [
      'Ne pas ouvrir le vase chaud ; contrôler le niveau moteur froid',
      'Do not open a hot expansion tank; check level when cold',
    ],
    ['Test de pression du circuit', 'Pressure-test the cooling system'],
    ['Vérifier la mise en route du ventilateur', 'Check the fan switches on'],
    ['Test CO2 dans le vase d’expansion', 'Combustion-gas (CO2) test in the expansion tank'],
  ],
  [
    'liquide_refroidissement',
    'thermostat',
    'pompe_a_eau',
    'motoventilateur',
    'durite_refroidissement',
    'joint_de_culasse',
  ],
  [1, 8],
  { stopDriving: true, flags: ['overheating'] },
);
problem(
  'overheating-live',
  ['Température moteur excessive en fonctionnement', 'Engine running too hot'],
  { live: [{ pid: '05', stat: 'max', op: 'gt', value: 110, when: ['engine_running'] }] },
  [
    [
      'Circuit de refroidissement défaillant (niveau, ventilateur, thermostat)',
      'Cooling system fault (level, fan, thermostat)',
      0.8,
    ],
    ['Sonde de température en dérive', 'Drifting temperature sensor', 0.2],
  ],
  [
    ['Contrôler niveau de liquide moteur froid', 'Check coolant level when cold'],
    [
      'Comparer la sonde à un thermomètre infrarouge',
      'Compare the sensor with an infrared thermometer',
    ],
  ],
  ['liquide_refroidissement', 'thermostat', 'motoventilateur'],
  [1, 4],
  { stopDriving: true, flags: ['overheating'] },
);
problem(
  'thermostat-stuck-open',
  ['Thermostat bloqué ouvert', 'Thermostat stuck open'],
  { codesAny: ['P0128', 'P0125', 'P0126'] },
  [
    ['Thermostat bloqué ouvert', 'Thermostat stuck open', 0.75],
    ['Sonde de température d’eau en dérive', 'Drifting coolant temperature sensor', 0.25],
  ],
  [
    [
      'Observer la montée en température sur un trajet de 10 minutes',
      'Watch warm-up over a 10-minute drive',
    ],
  ],
  ['thermostat', 'liquide_refroidissement'],
  [1, 2.5],
);
problem(
  'thermostat-live',
  ['Moteur qui ne monte pas en température', 'Engine does not reach operating temperature'],
  { live: [{ pid: '05', stat: 'max', op: 'lt', value: 75, when: ['engine_running', 'load'] }] },
  [
    ['Thermostat bloqué ouvert', 'Thermostat stuck open', 0.8],
    ['Sonde de température en dérive basse', 'Coolant sensor reading low', 0.2],
  ],
  [
    [
      'Comparer avec la température réelle de la durite supérieure',
      'Compare with the actual upper hose temperature',
    ],
  ],
  ['thermostat'],
  [1, 2.5],
);
problem(
  'coolant-sensor',
  ['Sonde de température d’eau défaillante', 'Coolant temperature sensor fault'],
  { codesAny: ['P0115', 'P0116', 'P0117', 'P0118', 'P0119'] },
  [
    ['Sonde défaillante', 'Failed sensor', 0.6],
    ['Connecteur oxydé', 'Corroded connector', 0.4],
  ],
  [['Mesurer la résistance à froid et à chaud', 'Measure resistance cold and hot']],
  ['sonde_temperature_eau'],
  [0.3, 1],
);
problem(
  'cooling-fan',
  ['Motoventilateur défaillant', 'Cooling fan fault'],
  { codesAny: ['P0480', 'P0481', 'P0483', 'P0484', 'P0485', 'P0691', 'P0692'] },
  [
    ['Moteur de ventilateur grippé', 'Seized fan motor', 0.45],
    ['Module ou relais de commande', 'Control module or relay', 0.35],
    ['Fusible ou faisceau', 'Fuse or harness', 0.2],
  ],
  [['Piloter le ventilateur et mesurer le courant', 'Actuate the fan and measure current']],
  ['motoventilateur', 'relais_ventilateur'],
  [0.5, 2],
  { flags: ['overheating_risk'] },
);
problem(
  'coolant-level-low',
  ['Niveau de liquide de refroidissement bas', 'Low coolant level'],
  { codesAny: ['P2560'] },
  [
    [
      'Fuite externe (durite, radiateur, pompe à eau)',
      'External leak (hose, radiator, water pump)',
      0.6,
    ],
    [
      'Consommation interne (joint de culasse, refroidisseur EGR)',
      'Internal loss (head gasket, EGR cooler)',
      0.4,
    ],
  ],
  [
    [
      'Test de pression et recherche de fuite au colorant UV',
      'Pressure test and UV dye leak search',
    ],
  ],
  ['liquide_refroidissement', 'durite_refroidissement', 'pompe_a_eau'],
  [0.5, 3],
  { flags: ['overheating_risk'] },
);
problem(
  'oil-pressure-low',
  ["Pression d'huile insuffisante", 'Low oil pressure'],
  { codesAny: ['P0524', 'P0521', 'P0522'] },
  [
    ["Niveau d'huile trop bas", 'Oil level too low', 0.4],
    ['Manocontact défaillant', 'Failed oil pressure switch', 0.3],
    ['Crépine bouchée ou pompe à huile usée', 'Blocked pickup or worn oil pump', 0.2],
    ['Coussinets usés', 'Worn bearings', 0.1],
  ],
  [
    ["Contrôler immédiatement le niveau d'huile", 'Check oil level immediately'],
    ['Mesurer la pression avec un manomètre mécanique', 'Measure pressure with a mechanical gauge'],
  ],
  ['huile_moteur', 'manocontact_huile', 'pompe_a_huile', 'filtre_a_huile'],
  [0.5, 6],
  { stopDriving: true, flags: ['oil_pressure_loss'] },
);
problem(
  'oil-overtemperature',
  ["Température d'huile excessive", 'Engine oil too hot'],
  { codesAny: ['P0298'] },
  [
    ['Refroidissement moteur insuffisant', 'Insufficient engine cooling', 0.5],
    ['Échangeur huile/eau encrassé', 'Clogged oil cooler', 0.3],
    ['Sonde défaillante', 'Failed sensor', 0.2],
  ],
  [
    [
      'Contrôler le circuit de refroidissement et l’échangeur',
      'Check the cooling system and oil cooler',
    ],
  ],
  ['echangeur_huile', 'huile_moteur'],
  [1, 3],
  { stopDriving: true },
);

// ---------------------------------------------------------------- charging and electrics
problem(
  'charging-low',
  ['Charge batterie insuffisante', 'Undercharging'],
  {
    codesAny: ['P0562', 'P2503', 'P0620', 'P0621', 'P0622', 'P2500'],
    live: [{ pid: '42', op: 'lt', value: 13.0, when: ['engine_running'] }],
  },
  [
    ['Alternateur ou régulateur défaillant', 'Failed alternator or regulator', 0.5],
    ['Courroie d’accessoires qui patine', 'Slipping accessory belt', 0.2],
    ['Batterie en fin de vie', 'Battery at end of life', 0.2],
    ['Câble ou masse oxydés', 'Corroded cable or ground', 0.1],
  ],
  [
    [
      'Mesurer la tension de charge (13,8–14,7 V moteur tournant)',
      'Measure charging voltage (13.8–14.7 V engine running)',
    ],
    ['Tester la batterie et la courroie', 'Test battery and belt'],
  ],
  ['alternateur', 'batterie', 'courroie_accessoires'],
  [0.5, 2],
);
problem(
  'charging-live-low',
  ['Tension de charge basse moteur tournant', 'Low charging voltage with engine running'],
  { live: [{ pid: '42', op: 'lt', value: 12.8, when: ['engine_running'] }] },
  [
    ['Alternateur défaillant', 'Failed alternator', 0.6],
    ['Courroie qui patine', 'Slipping belt', 0.2],
    ['Connexions de charge', 'Charging connections', 0.2],
  ],
  [['Mesurer la tension aux bornes de la batterie', 'Measure voltage at the battery terminals']],
  ['alternateur', 'courroie_accessoires'],
  [0.5, 2],
);
problem(
  'charging-high',
  ['Surtension de charge', 'Overcharging'],
  { codesAny: ['P0563', 'P2504'] },
  [
    ['Régulateur d’alternateur défaillant', 'Failed alternator regulator', 0.8],
    ['Mauvaise masse du régulateur', 'Poor regulator ground', 0.2],
  ],
  [
    [
      'Mesurer la tension de charge à différents régimes',
      'Measure charging voltage at several speeds',
    ],
  ],
  ['alternateur', 'regulateur_alternateur'],
  [0.5, 2],
);
problem(
  'battery-weak',
  ['Batterie faible ou tension instable', 'Weak battery or unstable voltage'],
  { codesAny: ['P0560', 'P0561', 'U3003'] },
  [
    ['Batterie sulfatée ou en fin de vie', 'Sulphated or worn-out battery', 0.6],
    ['Consommation parasite', 'Parasitic drain', 0.2],
    ['Cosse desserrée', 'Loose terminal', 0.2],
  ],
  [
    [
      'Test de batterie (conductance) et mesure de consommation au repos',
      'Battery conductance test and key-off drain measurement',
    ],
  ],
  ['batterie'],
  [0.3, 1],
);
problem(
  'sensor-reference-voltage',
  ['Tension de référence capteurs en défaut', 'Sensor reference voltage fault'],
  { codesAny: ['P0641', 'P0642', 'P0643', 'P0651', 'P0652', 'P0653', 'P0697'] },
  [
    [
      'Capteur en court-circuit tirant la référence 5 V',
      'A shorted sensor pulling the 5 V reference down',
      0.6,
    ],
    ['Faisceau endommagé', 'Damaged harness', 0.3],
    ['Calculateur défaillant', 'Failed control module', 0.1],
  ],
  [
    [
      'Débrancher les capteurs un à un en surveillant la référence',
      'Unplug sensors one by one while watching the reference',
    ],
  ],
  ['faisceau', 'capteur'],
  [1, 3],
);
problem(
  'can-communication',
  ['Perte de communication sur le réseau', 'Network communication loss'],
  { codesAny: ['U0001', 'U0073', 'U0100', 'U0101', 'U0121', 'U0140', 'U0155'] },
  [
    ['Alimentation ou masse du calculateur absent(e)', 'Missing module power or ground', 0.35],
    [
      'Faisceau CAN endommagé ou connecteur oxydé',
      'Damaged CAN wiring or corroded connector',
      0.35,
    ],
    ['Batterie faible lors du démarrage', 'Low battery during cranking', 0.2],
    ['Calculateur défaillant', 'Failed module', 0.1],
  ],
  [
    [
      'Mesurer les résistances de terminaison (environ 60 Ω)',
      'Measure bus termination (about 60 Ω)',
    ],
    [
      'Contrôler fusibles et masses du calculateur concerné',
      'Check fuses and grounds of the affected module',
    ],
  ],
  ['faisceau', 'batterie'],
  [0.5, 3],
);
problem(
  'ecu-internal',
  ['Défaut interne calculateur', 'Control module internal fault'],
  { codesAny: ['P0601', 'P0602', 'P0603', 'P0604', 'P0605', 'P0606', 'P0607'] },
  [
    [
      'Tension d’alimentation instable (batterie, masse)',
      'Unstable supply voltage (battery, ground)',
      0.4,
    ],
    ['Logiciel corrompu : reprogrammation', 'Corrupted software: reflash', 0.3],
    ['Calculateur défaillant', 'Failed control module', 0.3],
  ],
  [
    [
      'Vérifier alimentation et masses avant tout remplacement',
      'Check supply and grounds before any replacement',
    ],
    [
      'Rechercher une mise à jour logicielle constructeur',
      'Look for a manufacturer software update',
    ],
  ],
  ['calculateur', 'batterie'],
  [1, 3],
);

// ---------------------------------------------------------------- transmission
problem(
  'transmission-slip',
  ['Patinage dans la boîte automatique', 'Automatic transmission slipping'],
  { codesAny: ['P0730', 'P0731', 'P0732', 'P0733', 'P0734', 'P0735', 'P0729'] },
  [
    [
      'Niveau ou état d’huile de boîte incorrect',
      'Wrong transmission fluid level or condition',
      0.4,
    ],
    ['Usure des embrayages internes', 'Worn internal clutches', 0.3],
    ['Électrovanne ou bloc hydraulique', 'Solenoid or valve body', 0.3],
  ],
  [
    [
      "Contrôler niveau et aspect de l'huile de boîte",
      'Check transmission fluid level and condition',
    ],
    ['Lire les adaptations de passage', 'Read shift adaptations'],
  ],
  ['huile_boite', 'filtre_boite', 'bloc_hydraulique'],
  [1.5, 8],
);
problem(
  'transmission-general',
  ['Défaut signalé par la boîte de vitesses', 'Fault reported by the transmission'],
  { codesAny: ['P0700', 'P0701', 'P0702'] },
  [
    [
      'Code détaillé présent dans le calculateur de boîte',
      'Detailed code stored in the transmission module',
      0.7,
    ],
    ['Alimentation du calculateur de boîte', 'Transmission module supply', 0.3],
  ],
  [
    [
      'Lire les codes du calculateur de boîte (7E9/7E1)',
      'Read codes from the transmission module (7E9/7E1)',
    ],
  ],
  [],
  [0.3, 1],
);
problem(
  'torque-converter',
  ['Pontage du convertisseur défaillant', 'Torque converter clutch fault'],
  { codesAny: ['P0740', 'P0741', 'P0742', 'P0743'] },
  [
    ['Huile de boîte usée', 'Worn transmission fluid', 0.4],
    ['Électrovanne de pontage', 'Lock-up solenoid', 0.35],
    ['Convertisseur usé', 'Worn torque converter', 0.25],
  ],
  [['Vidange de boîte et essai', 'Fluid change and road test']],
  ['huile_boite', 'electrovanne_boite', 'convertisseur'],
  [1, 6],
);
problem(
  'shift-solenoid',
  ['Électrovanne de boîte défaillante', 'Transmission solenoid fault'],
  {
    codesAny: [
      'P0750',
      'P0751',
      'P0752',
      'P0753',
      'P0755',
      'P0756',
      'P0757',
      'P0758',
      'P0760',
      'P0765',
      'P0745',
      'P0746',
      'P0747',
      'P0748',
    ],
  },
  [
    ['Électrovanne grippée par des particules', 'Solenoid sticking on debris', 0.45],
    ['Faisceau interne de boîte', 'Internal transmission harness', 0.3],
    ['Électrovanne défaillante', 'Failed solenoid', 0.25],
  ],
  [
    [
      'Mesurer la résistance des électrovannes au connecteur de boîte',
      'Measure solenoid resistance at the gearbox connector',
    ],
  ],
  ['electrovanne_boite', 'huile_boite'],
  [1.5, 5],
);
problem(
  'transmission-temperature',
  ['Surchauffe de la boîte de vitesses', 'Transmission overheating'],
  { codesAny: ['P0218', 'P0711'] },
  [
    ['Huile de boîte dégradée ou niveau bas', 'Degraded or low transmission fluid', 0.5],
    ['Refroidisseur de boîte obstrué', 'Blocked transmission cooler', 0.3],
    ['Patinage interne', 'Internal slip', 0.2],
  ],
  [['Contrôler niveau et refroidisseur', 'Check level and cooler']],
  ['huile_boite', 'refroidisseur_boite'],
  [1, 4],
);
problem(
  'clutch-slip',
  ["Patinage d'embrayage", 'Clutch slipping'],
  { codesAny: ['P0811'] },
  [
    ["Disque d'embrayage usé", 'Worn clutch disc', 0.7],
    ['Fuite d’huile sur l’embrayage', 'Oil contamination on the clutch', 0.3],
  ],
  [['Essai de patinage en 4e à bas régime', 'Slip test in 4th gear at low rpm']],
  ['kit_embrayage', 'volant_moteur'],
  [4, 8],
);
problem(
  'vehicle-speed-sensor',
  ['Capteur de vitesse véhicule défaillant', 'Vehicle speed sensor fault'],
  { codesAny: ['P0500', 'P0501', 'P0502', 'P0503', 'P0720', 'P0722'] },
  [
    ['Capteur défaillant', 'Failed sensor', 0.55],
    ['Connecteur ou faisceau', 'Connector or harness', 0.3],
    [
      'Information ABS absente (véhicules sans capteur dédié)',
      'Missing ABS speed input (cars without a dedicated sensor)',
      0.15,
    ],
  ],
  [['Comparer la vitesse lue avec le GPS', 'Compare reported speed with GPS']],
  ['capteur_vitesse'],
  [0.5, 1.5],
);

// ---------------------------------------------------------------- chassis and safety
problem(
  'wheel-speed-sensor',
  ['Capteur de vitesse de roue ABS défaillant', 'ABS wheel speed sensor fault'],
  // Every wheel speed sensor, supply and tone wheel code of the generic table (C003x, the C05xx
  // and C065x blocks, C0035/C0050 in their GM/Opel reading), but not the plausibility ones (tyre
  // size, wrong sensor fitted), whose causes are not these.
  { codesAny: wheelSpeedSensorCodes },
  [
    ['Capteur encrassé ou défaillant', 'Dirty or failed sensor', 0.5],
    ['Cible magnétique du roulement endommagée', 'Damaged magnetic encoder on the bearing', 0.3],
    ['Faisceau abîmé près de la roue', 'Harness damaged near the wheel', 0.2],
  ],
  [
    [
      'Comparer les vitesses des quatre roues en roulant',
      'Compare all four wheel speeds while driving',
    ],
    ['Inspecter capteur, faisceau et cible', 'Inspect sensor, harness and encoder'],
  ],
  ['capteur_abs', 'roulement_roue'],
  [0.5, 1.5],
  { flags: ['safety'] },
);
problem(
  'abs-pump-module',
  ['Groupe hydraulique ABS défaillant', 'ABS hydraulic unit fault'],
  { codesAny: ['C0110', 'C0121', 'U0121'] },
  [
    ['Fusible ou relais du moteur de pompe', 'Pump motor fuse or relay', 0.4],
    ['Groupe ABS défaillant', 'Failed ABS unit', 0.4],
    ['Masse du groupe ABS', 'ABS unit ground', 0.2],
  ],
  [
    [
      'Contrôler fusibles haute intensité et masses du groupe',
      'Check high-current fuses and unit grounds',
    ],
  ],
  ['groupe_abs'],
  [1, 3],
  { flags: ['safety'] },
);
problem(
  'brake-switch',
  ['Contacteur de feux stop défaillant', 'Brake light switch fault'],
  {
    codesAny: [
      'P0571',
      'P0572',
      'P0573',
      'P0703',
      'P0719',
      'P0724',
      'C0040',
      'C0041',
      'C0161',
      'P2299',
    ],
  },
  [
    ['Contacteur déréglé ou défaillant', 'Misadjusted or failed switch', 0.8],
    ['Faisceau', 'Harness', 0.2],
  ],
  [
    [
      'Vérifier le fonctionnement des feux stop et les deux signaux du contacteur',
      'Check brake lights and both switch signals',
    ],
  ],
  ['contacteur_stop'],
  [0.3, 0.8],
);
problem(
  'airbag-deployment-circuit',
  ['Circuit airbag défaillant', 'Airbag circuit fault'],
  { codesAny: ['B0001', 'B0002', 'B0003', 'B0010', 'B0011', 'B0012', 'B0020', 'B0028', 'U0151'] },
  [
    [
      'Ruban de contact (commodo) sous volant coupé',
      'Broken clock spring under the steering wheel',
      0.45,
    ],
    ['Connecteur sous siège oxydé ou débranché', 'Corroded or unplugged under-seat connector', 0.4],
    ['Module airbag défaillant', 'Failed airbag module', 0.15],
  ],
  [
    [
      'Débrancher la batterie et attendre avant toute intervention',
      'Disconnect the battery and wait before any work',
    ],
    [
      'Contrôler ruban de contact et connecteurs sous sièges',
      'Check clock spring and under-seat connectors',
    ],
  ],
  ['ruban_contact_airbag', 'connecteur_airbag', 'module_airbag'],
  [0.5, 2],
  { flags: ['safety'] },
);
problem(
  'power-steering',
  ['Direction assistée défaillante', 'Power steering fault'],
  { codesAny: ['P0550', 'P0551', 'P0635', 'U0131', 'U0126'] },
  [
    ['Capteur de couple ou d’angle de volant', 'Torque or steering angle sensor', 0.4],
    [
      'Alimentation de la direction électrique (batterie faible)',
      'Electric steering supply (low battery)',
      0.35,
    ],
    [
      'Pompe ou niveau de liquide (direction hydraulique)',
      'Pump or fluid level (hydraulic steering)',
      0.25,
    ],
  ],
  [
    [
      'Contrôler la tension d’alimentation et recalibrer le capteur d’angle',
      'Check supply voltage and recalibrate the angle sensor',
    ],
  ],
  ['capteur_angle_volant', 'pompe_direction', 'liquide_direction'],
  [0.5, 3],
  { flags: ['safety'] },
);

// ---------------------------------------------------------------- diesel specifics
problem(
  'injector-balance-diesel',
  ['Injecteur diesel en dérive (équilibrage)', 'Diesel injector drifting (balance)'],
  {
    codesAny: ['P0263', 'P0266', 'P0269', 'P0272', 'P0201', 'P0202', 'P0203', 'P0204'],
    fuel: 'diesel',
  },
  [
    ['Injecteur usé ou encrassé', 'Worn or fouled injector', 0.6],
    [
      'Joint de cuivre d’injecteur non étanche (compression)',
      'Leaking injector copper washer (compression)',
      0.2,
    ],
    ['Faisceau d’injecteur', 'Injector harness', 0.2],
  ],
  [
    [
      'Lire les corrections de débit par cylindre au ralenti',
      'Read per-cylinder fuel corrections at idle',
    ],
    ['Test de retour injecteurs', 'Injector back-leak test'],
  ],
  ['injecteur', 'joint_injecteur'],
  [1, 4],
);
problem(
  'water-in-fuel',
  ['Présence d’eau dans le gazole', 'Water in diesel fuel'],
  { codesAny: ['P2269'], fuel: 'diesel' },
  [
    ['Eau accumulée dans le filtre à gazole', 'Water collected in the fuel filter', 0.8],
    ['Carburant contaminé', 'Contaminated fuel', 0.2],
  ],
  [['Purger le filtre, contrôler le carburant', 'Drain the filter, check the fuel']],
  ['filtre_carburant'],
  [0.3, 1],
);
problem(
  'egr-cooler',
  ['Refroidisseur EGR défaillant', 'EGR cooler fault'],
  { codesAny: ['P2457'], fuel: 'diesel' },
  [
    ['Refroidisseur encrassé', 'Fouled cooler', 0.6],
    ['Refroidisseur percé (perte de liquide)', 'Leaking cooler (coolant loss)', 0.4],
  ],
  [
    [
      'Rechercher une perte de liquide et de la fumée blanche',
      'Look for coolant loss and white smoke',
    ],
  ],
  ['refroidisseur_egr'],
  [2, 5],
);
problem(
  'diesel-urban-soot',
  ['Usage urbain : risque d’encrassement FAP/EGR', 'Urban use: DPF/EGR fouling risk'],
  { codesAny: ['P2002', 'P2463', 'P0401'], fuel: 'diesel', usage: 'urbain' },
  [
    ['Trajets courts empêchant les régénérations', 'Short trips preventing regeneration', 0.8],
    ['Défaut moteur annexe produisant de la suie', 'Other engine fault producing soot', 0.2],
  ],
  [
    [
      'Proposer un roulage sur voie rapide de 20 minutes ou une régénération forcée',
      'Suggest a 20-minute motorway drive or a forced regeneration',
    ],
  ],
  ['filtre_a_particules', 'vanne_egr'],
  [0.5, 2],
);

export function generatedKnownProblems(): unknown[] {
  const ids = new Set<string>();
  for (const p of problems as { id: string }[]) {
    if (ids.has(p.id)) throw new Error(`duplicate known problem ${p.id}`);
    ids.add(p.id);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const list = generatedKnownProblems();
  const target = new URL('../../resources/diagnosis/known-problems.json', import.meta.url);
  writeFileSync(
    target,
    `${JSON.stringify({ version: KNOWN_PROBLEMS_VERSION, problems: list }, null, 1)}\n`,
  );
  console.log(`wrote ${list.length} known problems`);
}
