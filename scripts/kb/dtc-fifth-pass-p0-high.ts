// Fifth pass over the generic code space (table 1.4.0): hexadecimal codes of P05xx–P09xx
// (P050A…P09FF), P0AB6–P0AB9, P0AD4–P0AFF, P0Bxx, P0Cxx and P0Dxx.
// Code numbers and what they concern are facts checked against public code lists; every title is
// composed here, in the team's own words, from components and failure templates.
//
// Sources (facts only, never wording):
// - a public generic SAE J2012 code list of about 9,400 codes (CSV/JSON, "code data from OBD
//   Codes List", free to use with attribution), following a recent J2012 revision: it is the
//   source of every code below;
// - an older public J2012-ordered list with the "ISO/SAE Reserved" slots marked (extracted from
//   the standard's tables): used to cross-check the codes it defines (P050A–P050F, P051A–P051F,
//   P052A–P052E, P053A–P053C, P054A–P054D, P056A–P056B, P060A–P06D1, P070A–P07BE, P080A–P084E,
//   P0C2F… all agree with the recent list) and to spot the slots it still marks reserved;
// - manufacturer repair information published on the web (hybrid battery voltage sense
//   "battery 1…22" = P0B3B–P0BA8 in steps of five) agrees with the recent list.
//
// Blocks covered: P050A–P05FF, P060A–P06FF, P070A–P07FF, P080A–P08ED, P090A–P09A9 (hexadecimal
// codes only: the decimal ones are in the table already), P0AB6–P0AB9, P0AD4–P0AFF, P0B00–P0BFF,
// P0C00–P0CFF, P0D00–P0DFF.
//
// Left out:
// - nothing for being "reserved" in the older list: its reserved slots (P052F–P05FF,
//   P077C–P07FF, P080E–P08FF, P092E–P09FF in part) were unassigned at its revision and are
//   defined by the later one, which both lists agree with wherever both define a code;
// - hexadecimal slots the recent list does not define (e.g. P08EE–P08FF, P090E–P090F,
//   P093E–P093F, P094F, P095E–P095F, P096A–P096F, P098A–P098F, P09AA–P09FF): never invented;
// - P0E00 onwards: the recent list defines P0Exx too (generator phase currents, coolant heaters,
//   fuses, DC/DC voltage sensors, more pack voltage senses…); P0Fxx was not checked. Both are
//   left for a later pass.

import type { Component, DtcEntry, Failure, System, TemplateKey } from './dtc-templates';
import {
  CTRL3,
  CTRL4,
  SENSOR4,
  SENSOR5,
  SOLENOID5,
  entriesAt,
  entry,
  fem,
  handWritten,
  hexCode,
  hexSeries,
  masc,
  pressureControlSolenoid,
  shiftSolenoid,
  transmissionFluidPressureSensor,
} from './dtc-templates';
import { capitalize } from './french';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

// ---------------------------------------------------------------- P05xx
function p05(): DtcEntry[] {
  const out: DtcEntry[] = [];
  const cold = (code: string, failure: Failure, fr: string, en: string): DtcEntry =>
    handWritten(code, 'emissions', 'demarrage_a_froid', failure, fr, en);

  out.push(
    cold(
      'P050A',
      'performance',
      'Régulation du ralenti au démarrage à froid peu performante',
      'Cold start idle control poor performance',
    ),
    cold(
      'P050B',
      'performance',
      "Avance à l'allumage au démarrage à froid peu performante",
      'Cold start ignition timing poor performance',
    ),
    cold(
      'P050C',
      'performance',
      'Montée en température du liquide de refroidissement au démarrage à froid peu performante',
      'Cold start engine coolant temperature poor performance',
    ),
    cold(
      'P050D',
      'performance',
      'Ralenti instable au démarrage à froid',
      'Rough idle during cold start',
    ),
    cold(
      'P050E',
      'condition',
      "Température des gaz d'échappement trop basse au démarrage à froid",
      'Exhaust gas temperature too low during cold start',
    ),
    handWritten(
      'P050F',
      'freinage_abs',
      'assistance_freinage',
      'pressure_low',
      "Dépression d'assistance de freinage trop faible",
      'Brake assist vacuum too low',
    ),
  );

  // Crankcase ventilation (PCV): pressure sensor, filter, regulator valve, heater.
  const crankcase = (fr: string, en: string, gender: 'm' | 'f' = 'm'): Component =>
    gender === 'm'
      ? masc(fr, en, 'emissions', 'recyclage_gaz_carter')
      : fem(fr, en, 'emissions', 'recyclage_gaz_carter');
  out.push(
    ...hexSeries(
      'P051A',
      crankcase('capteur de pression de carter A', 'crankcase pressure sensor A'),
      SENSOR5,
    ),
    handWritten(
      'P051F',
      'emissions',
      'recyclage_gaz_carter',
      'flow',
      'Filtre du recyclage des gaz de carter colmaté',
      'Crankcase ventilation filter restricted',
    ),
  );
  const pcvValve = crankcase(
    'vanne de régulation du recyclage des gaz de carter',
    'crankcase ventilation regulator valve',
    'f',
  );
  const pcvHeaterA = crankcase(
    'réchauffeur du recyclage des gaz de carter A',
    'crankcase ventilation heater A',
  );
  out.push(
    entry('P052E', pcvValve, 'performance'),
    ...hexSeries('P053A', pcvHeaterA, CTRL3),
    entry('P053D', pcvHeaterA, 'performance'),
    handWritten(
      'P053E',
      'emissions',
      'recyclage_gaz_carter',
      'pressure_high',
      'Pression de carter trop haute',
      'Crankcase pressure too high',
    ),
    ...hexSeries('P05D8', pcvValve, CTRL3),
  );

  // Camshaft timing monitored during the cold start emission reduction strategy.
  const camCold = (
    code: string,
    cam: 'A' | 'B',
    bank: 1 | 2,
    kind: 'advanced' | 'retarded' | 'performance',
  ): DtcEntry => {
    const fr = {
      advanced: 'calage trop avancé au démarrage à froid',
      retarded: 'calage trop retardé au démarrage à froid',
      performance: 'calage peu performant au démarrage à froid',
    }[kind];
    const en = {
      advanced: 'timing over-advanced',
      retarded: 'timing over-retarded',
      performance: 'timing poor performance',
    }[kind];
    return handWritten(
      code,
      'moteur',
      'distribution_variable',
      'performance',
      `Arbre à cames ${cam} (banc ${bank}) : ${fr}`,
      `Cold start ${cam} camshaft (bank ${bank}) ${en}`,
    );
  };
  out.push(
    camCold('P052A', 'A', 1, 'advanced'),
    camCold('P052B', 'A', 1, 'retarded'),
    camCold('P052C', 'A', 2, 'advanced'),
    camCold('P052D', 'A', 2, 'retarded'),
    camCold('P054A', 'B', 1, 'advanced'),
    camCold('P054B', 'B', 1, 'retarded'),
    camCold('P054C', 'B', 2, 'advanced'),
    camCold('P054D', 'B', 2, 'retarded'),
    camCold('P05CC', 'A', 1, 'performance'),
    camCold('P05CD', 'A', 2, 'performance'),
    camCold('P05CE', 'B', 1, 'performance'),
    camCold('P05CF', 'B', 2, 'performance'),
  );

  out.push(
    handWritten(
      'P052F',
      'allumage',
      'prechauffage',
      'condition',
      "Tension d'alimentation du boîtier de préchauffage 1 anormale",
      'Glow plug control module 1 system voltage abnormal',
    ),
    cold(
      'P053F',
      'performance',
      'Pression de carburant au démarrage à froid peu performante (banc 1)',
      'Cold start fuel pressure poor performance (bank 1)',
    ),
    cold(
      'P05FC',
      'performance',
      'Pression de carburant au démarrage à froid peu performante (banc 2)',
      'Cold start fuel pressure poor performance (bank 2)',
    ),
    handWritten(
      'P054E',
      'moteur',
      'regulation_ralenti',
      'performance',
      'Régulation du ralenti : débit de carburant plus bas que prévu',
      'Idle control: fuel quantity lower than expected',
    ),
    handWritten(
      'P054F',
      'moteur',
      'regulation_ralenti',
      'performance',
      'Régulation du ralenti : débit de carburant plus haut que prévu',
      'Idle control: fuel quantity higher than expected',
    ),
    ...hexSeries(
      'P055A',
      masc(
        "capteur/manocontact de pression d'huile moteur B",
        'engine oil pressure sensor/switch B',
        'lubrification',
        'capteur_pression_huile',
      ),
      SENSOR4,
    ),
    handWritten(
      'P055E',
      'emissions',
      'sonde_lambda',
      'condition',
      "Tension d'alimentation du module de gestion des sondes lambda anormale",
      'Oxygen sensor control module system voltage abnormal',
    ),
    handWritten(
      'P055F',
      'lubrification',
      'pression_huile',
      'condition',
      "Pression d'huile moteur hors plage",
      'Engine oil pressure out of range',
    ),
  );

  // Cruise control (adaptive distance and cancel signals).
  const cruiseSignal = (code: string, frName: string, enName: string): DtcEntry =>
    handWritten(
      code,
      'carrosserie_confort',
      'regulateur_vitesse',
      'circuit',
      `Circuit du signal « ${frName} » du régulateur de vitesse défaillant`,
      `Cruise control ${enName} signal circuit fault`,
    );
  out.push(
    cruiseSignal('P056A', 'augmentation de distance', 'increase distance'),
    cruiseSignal('P056B', 'réduction de distance', 'decrease distance'),
    cruiseSignal('P056C', 'annulation', 'cancel'),
    handWritten(
      'P056D',
      'emissions',
      'scr_adblue',
      'condition',
      "Tension d'alimentation du calculateur AdBlue anormale",
      'Reductant control module system voltage abnormal',
    ),
    cold(
      'P056E',
      'performance',
      'Régulation de suralimentation A peu performante au démarrage à froid',
      'Cold start boost control A poor performance',
    ),
    cold(
      'P056F',
      'performance',
      'Régulation de suralimentation B peu performante au démarrage à froid',
      'Cold start boost control B poor performance',
    ),
  );

  // Brake pedal position sensors.
  const brakePedal = (letter: string): Component =>
    masc(
      `capteur de position de pédale de frein ${letter}`,
      `brake pedal position sensor ${letter}`,
      'freinage_abs',
      'contacteur_frein',
    );
  out.push(
    ...hexSeries('P057A', brakePedal('A'), SENSOR5),
    ...hexSeries('P05DB', brakePedal('B'), SENSOR5),
    handWritten(
      'P05E0',
      'freinage_abs',
      'contacteur_frein',
      'correlation',
      'Incohérence entre les capteurs de position de pédale de frein A et B',
      'Brake pedal position sensors A and B disagree',
    ),
    handWritten(
      'P05FF',
      'freinage_abs',
      'capteur_pression_frein',
      'correlation',
      'Incohérence entre le capteur de pression de freinage et le capteur de position de pédale de frein',
      'Brake pressure sensor and brake pedal position sensor disagree',
    ),
  );

  // 12 V battery monitoring.
  const bmm = masc(
    'module de surveillance de batterie',
    'battery monitor module',
    'electricite_charge',
    'batterie',
  );
  const bmmCheck = (code: string, frWhat: string, enWhat: string): DtcEntry =>
    handWritten(
      code,
      'electricite_charge',
      'batterie',
      'performance',
      `Module de surveillance de batterie : mesure ${frWhat} peu performante`,
      `Battery monitor module ${enWhat} measurement poor performance`,
    );
  out.push(
    handWritten(
      'P057F',
      'electricite_charge',
      'batterie',
      'performance',
      "Gestion de l'état de charge de la batterie A peu performante",
      'Battery A state of charge poor performance',
    ),
    entry('P058A', bmm, 'performance'),
    bmmCheck('P058B', 'du courant', 'current'),
    bmmCheck('P058C', 'de la température', 'temperature'),
    bmmCheck('P058D', 'de la tension', 'voltage'),
    entry('P058E', bmm, 'overtemperature'),
    handWritten(
      'P058F',
      'electricite_charge',
      'batterie',
      'condition',
      'Température trop basse du module de surveillance de batterie',
      'Battery monitor module temperature too low',
    ),
  );

  // Active grille air shutters A, B and C.
  const shutter = (letter: string) => {
    const grille = (fr: string, en: string, gender: 'm' | 'f' = 'm'): Component =>
      gender === 'm'
        ? masc(fr, en, 'refroidissement', 'volet_calandre')
        : fem(fr, en, 'refroidissement', 'volet_calandre');
    return {
      flap: grille(`volet de calandre piloté ${letter}`, `active grille air shutter ${letter}`),
      sensor: grille(
        `capteur de position du volet de calandre piloté ${letter}`,
        `active grille air shutter ${letter} position sensor`,
      ),
      supply: grille(
        `tension d'alimentation du volet de calandre piloté ${letter}`,
        `active grille air shutter ${letter} supply voltage`,
        'f',
      ),
      module: grille(
        `module du volet de calandre piloté ${letter}`,
        `active grille air shutter module ${letter}`,
      ),
    };
  };
  const shutterBlock = (base: string, letter: string): DtcEntry[] => {
    const s = shutter(letter);
    const code = (i: number) => hexCode(base, i);
    return [
      ...entriesAt(s.sensor, [
        [code(0), 'circuit'],
        [code(1), 'range'],
        [code(2), 'high'],
        [code(3), 'low'],
        [code(4), 'intermittent'],
      ]),
      entry(code(5), s.flap, 'stuck_off'),
      entry(code(6), s.flap, 'stuck_on'),
      handWritten(
        code(7),
        'refroidissement',
        'volet_calandre',
        'range_performance',
        `Capteur de position du volet de calandre piloté ${letter} : butées mini/maxi hors tolérance`,
        `Active grille air shutter ${letter} position sensor minimum/maximum stop out of tolerance`,
      ),
      ...entriesAt(s.flap, [
        [code(8), 'ctrl'],
        [code(9), 'ctrl_range'],
        [code(10), 'ctrl_high'],
        [code(11), 'ctrl_low'],
      ]),
      ...entriesAt(s.supply, [
        [code(12), 'open'],
        [code(13), 'low'],
        [code(14), 'high'],
      ]),
    ];
  };
  out.push(
    ...shutterBlock('P059A', 'A'),
    ...shutterBlock('P05A9', 'B'),
    entry('P05C0', shutter('A').module, 'overtemperature'),
    entry('P05C1', shutter('B').module, 'overtemperature'),
    entry('P05FE', shutter('C').flap, 'stuck_off'),
  );

  // Crash signal to the engine control module.
  out.push(
    ...entriesAt(
      fem(
        'entrée du signal de déploiement des airbags',
        'restraint deployment input',
        'airbag',
        'airbag',
      ),
      [
        ['P05B8', 'open'],
        ['P05B9', 'low'],
        ['P05BA', 'high'],
      ],
    ),
    handWritten(
      'P05BB',
      'airbag',
      'airbag',
      'condition',
      'Déploiement des airbags signalé au calculateur moteur',
      'Restraint deployment reported to the powertrain control module',
    ),
  );

  // Stop-start, economy and driving mode switches.
  const modeSwitch = (fr: string, en: string, subsystem: string): Component =>
    masc(fr, en, 'moteur', subsystem);
  out.push(
    ...hexSeries(
      'P05BC',
      modeSwitch('contacteur de mode Stop & Start', 'stop-start mode switch', 'stop_start'),
      ['circuit', 'range', 'low', 'high'],
    ),
    ...hexSeries(
      'P05C7',
      modeSwitch('contacteur de mode économie', 'economy mode switch', 'mode_conduite'),
      ['circuit', 'range', 'low', 'high'],
    ),
    ...hexSeries(
      'P05D0',
      modeSwitch('sélecteur de mode de conduite A', 'driver mode select switch A', 'mode_conduite'),
      ['circuit', 'low', 'high', 'range'],
    ),
    ...hexSeries(
      'P05D4',
      modeSwitch('sélecteur de mode de conduite B', 'driver mode select switch B', 'mode_conduite'),
      ['circuit', 'low', 'high', 'range'],
    ),
    ...hexSeries(
      'P05F9',
      fem("ligne d'état du Stop & Start", 'stop-start status line', 'moteur', 'stop_start'),
      ['circuit', 'low', 'high'],
    ),
    handWritten(
      'P05CB',
      'moteur',
      'calculateur',
      'internal',
      'Incompatibilité matérielle détectée sur le véhicule',
      'Vehicle hardware incompatibility detected',
    ),
  );

  out.push(
    ...hexSeries(
      'P05C2',
      masc(
        'capteur de pression du liquide de refroidissement',
        'engine coolant pressure sensor',
        'refroidissement',
        'circulation_liquide',
      ),
      SENSOR5,
    ),
    entry(
      'P05E1',
      masc(
        'capteur de pression de fluide frigorigène A',
        'A/C refrigerant pressure sensor A',
        'carrosserie_confort',
        'climatisation',
      ),
      'intermittent',
    ),
    entry(
      'P05E2',
      masc(
        'capteur de pression de fluide frigorigène B',
        'A/C refrigerant pressure sensor B',
        'carrosserie_confort',
        'climatisation',
      ),
      'intermittent',
    ),
    ...hexSeries(
      'P05E3',
      masc(
        'capteur/contacteur de frein de stationnement',
        'park brake sensor/switch',
        'freinage_abs',
        'frein_stationnement',
      ),
      ['circuit', 'low', 'high', 'range', 'intermittent'],
    ),
    ...hexSeries(
      'P05E8',
      fem(
        "vanne de dérivation d'huile moteur",
        'engine oil bypass valve',
        'lubrification',
        'pression_huile',
      ),
      CTRL3,
    ),
    entry(
      'P05FD',
      masc(
        'actionneur de régulation de suralimentation A',
        'boost control actuator A',
        'moteur',
        'suralimentation',
      ),
      'overtemperature',
    ),
  );

  // Reductant (AdBlue) heater module and pump supply, aftertreatment power relay.
  const reductantPumpSupply = fem(
    "tension d'alimentation de la pompe AdBlue",
    'reductant pump supply voltage',
    'emissions',
    'scr_adblue',
  );
  const aftertreatmentRelay = masc(
    "relais d'alimentation du post-traitement des gaz d'échappement",
    'exhaust aftertreatment power relay',
    'emissions',
    'post_traitement',
  );
  out.push(
    cold(
      'P05EB',
      'condition',
      "Température d'entrée du catalyseur SCR trop basse au démarrage à froid",
      'SCR catalyst inlet temperature too low during cold start',
    ),
    cold(
      'P05EC',
      'performance',
      "Calage de l'injection au démarrage à froid peu performant",
      'Cold start injection timing poor performance',
    ),
    handWritten(
      'P05ED',
      'emissions',
      'scr_adblue',
      'condition',
      "Tension d'alimentation du module de réchauffage AdBlue anormale",
      'Reductant heater control module supply voltage abnormal',
    ),
    ...hexSeries('P05EE', reductantPumpSupply, ['open', 'low', 'high']),
    handWritten(
      'P05F1',
      'emissions',
      'scr_adblue',
      'stuck',
      'Alimentation de la pompe AdBlue restée activée',
      'Reductant pump supply stuck on',
    ),
    handWritten(
      'P05F2',
      'emissions',
      'scr_adblue',
      'stuck',
      'Alimentation de la pompe AdBlue restée coupée',
      'Reductant pump supply stuck off',
    ),
    ...hexSeries('P05F3', aftertreatmentRelay, CTRL3),
    entry('P05F6', aftertreatmentRelay, 'stuck_on'),
    handWritten(
      'P05F7',
      'emissions',
      'post_traitement',
      'stuck',
      "Relais d'alimentation du post-traitement des gaz d'échappement bloqué au repos",
      'Exhaust aftertreatment power relay stuck off',
    ),
    entry(
      'P05F8',
      masc(
        'module de réchauffage AdBlue',
        'reductant heater control module',
        'emissions',
        'scr_adblue',
      ),
      'performance',
    ),
  );
  return out;
}

// ---------------------------------------------------------------- P06xx
function p06(): DtcEntry[] {
  const out: DtcEntry[] = [];
  // Internal checks of the engine control module (the "internal control module" family).
  const ecu = (code: string, fr: string, en: string, failure: Failure = 'internal'): DtcEntry =>
    handWritten(
      code,
      'moteur',
      'calculateur',
      failure,
      `Calculateur : ${fr}`,
      `Control module ${en}`,
    );
  out.push(
    ecu(
      'P060A',
      'processeur de surveillance peu performant',
      'monitoring processor poor performance',
    ),
    ecu(
      'P060B',
      'conversion analogique/numérique peu performante',
      'A/D conversion poor performance',
    ),
    ecu('P060C', 'processeur principal peu performant', 'main processor poor performance'),
    ecu(
      'P060D',
      "traitement de la position de la pédale d'accélérateur peu performant",
      'accelerator pedal position processing poor performance',
    ),
    ecu(
      'P060E',
      'traitement de la position du papillon peu performant',
      'throttle position processing poor performance',
    ),
    ecu(
      'P060F',
      'traitement de la température du liquide de refroidissement peu performant',
      'coolant temperature processing poor performance',
    ),
    ecu('P061A', 'surveillance du couple peu performante', 'torque monitoring poor performance'),
    ecu('P061B', 'calcul du couple peu performant', 'torque calculation poor performance'),
    ecu(
      'P061C',
      'traitement du régime moteur peu performant',
      'engine speed processing poor performance',
    ),
    ecu(
      'P061D',
      "traitement de la masse d'air aspirée peu performant",
      'engine air mass processing poor performance',
    ),
    ecu(
      'P061E',
      'traitement du signal de frein peu performant',
      'brake signal processing poor performance',
    ),
    ecu(
      'P061F',
      'pilotage du papillon motorisé peu performant',
      'throttle actuator controller poor performance',
    ),
    ecu(
      'P062B',
      'pilotage des injecteurs peu performant',
      'fuel injector control poor performance',
    ),
    ecu(
      'P062C',
      'traitement de la vitesse du véhicule peu performant',
      'vehicle speed processing poor performance',
    ),
    ecu('P062F', 'erreur de mémoire EEPROM', 'EEPROM error'),
    ecu(
      'P064D',
      'processeur des sondes lambda peu performant (banc 1)',
      'oxygen sensor processor poor performance (bank 1)',
    ),
    ecu(
      'P064E',
      'processeur des sondes lambda peu performant (banc 2)',
      'oxygen sensor processor poor performance (bank 2)',
    ),
    ecu(
      'P06B6',
      'processeur 1 des capteurs de cliquetis peu performant',
      'knock sensor processor 1 poor performance',
    ),
    ecu(
      'P06B7',
      'processeur 2 des capteurs de cliquetis peu performant',
      'knock sensor processor 2 poor performance',
    ),
    ecu('P06B8', 'erreur de mémoire non volatile (NVRAM)', 'non-volatile memory (NVRAM) error'),
    ecu(
      'P06D1',
      "pilotage des bobines d'allumage peu performant",
      'ignition coil control poor performance',
    ),
    handWritten(
      'P064F',
      'moteur',
      'calculateur',
      'internal',
      'Logiciel ou calibration non autorisés détectés dans le calculateur',
      'Unauthorised software or calibration detected',
    ),
    handWritten(
      'P063E',
      'moteur',
      'calculateur',
      'condition',
      'Configuration automatique : entrée de position du papillon absente (banc 1)',
      'Auto-configuration: throttle position input missing (bank 1)',
    ),
    handWritten(
      'P063F',
      'moteur',
      'calculateur',
      'condition',
      'Configuration automatique : entrée de température du liquide de refroidissement absente',
      'Auto-configuration: engine coolant temperature input missing',
    ),
    handWritten(
      'P06AF',
      'moteur',
      'calculateur',
      'condition',
      'Gestion du couple : arrêt forcé du moteur',
      'Torque management: forced engine shutdown',
    ),
    handWritten(
      'P06AA',
      'moteur',
      'calculateur',
      'overtemperature',
      'Température interne B du calculateur trop élevée',
      'Control module internal temperature B too high',
    ),
    ...hexSeries(
      'P06AB',
      masc(
        'capteur de température interne B du calculateur',
        'control module internal temperature sensor B',
        'moteur',
        'calculateur',
      ),
      SENSOR4,
    ),
    handWritten(
      'P06E4',
      'electricite_charge',
      'alimentation_calculateur',
      'performance',
      'Circuit de réveil du calculateur peu performant',
      'Control module wake-up circuit poor performance',
    ),
    handWritten(
      'P068A',
      'electricite_charge',
      'alimentation_calculateur',
      'performance',
      "Relais d'alimentation du calculateur moteur : coupure trop précoce",
      'Engine control module power relay de-energised too early',
    ),
    handWritten(
      'P068B',
      'electricite_charge',
      'alimentation_calculateur',
      'performance',
      "Relais d'alimentation du calculateur moteur : coupure trop tardive",
      'Engine control module power relay de-energised too late',
    ),
  );

  // Fuel pump and injector drivers.
  out.push(
    entry(
      'P062A',
      fem('pompe à carburant A', 'fuel pump A', 'injection_melange', 'pompe_carburant'),
      'ctrl_range',
    ),
    handWritten(
      'P062D',
      'injection_melange',
      'injecteur',
      'performance',
      'Étage de commande des injecteurs peu performant (banc 1)',
      'Fuel injector driver circuit poor performance (bank 1)',
    ),
    handWritten(
      'P062E',
      'injection_melange',
      'injecteur',
      'performance',
      'Étage de commande des injecteurs peu performant (banc 2)',
      'Fuel injector driver circuit poor performance (bank 2)',
    ),
    entry(
      'P064A',
      masc(
        'module de commande de la pompe à carburant A',
        'fuel pump control module A',
        'injection_melange',
        'pompe_carburant',
      ),
      'fault',
    ),
    handWritten(
      'P069E',
      'injection_melange',
      'pompe_carburant',
      'condition',
      'Allumage du voyant moteur demandé par le module de commande de la pompe à carburant',
      'Malfunction lamp requested by the fuel pump control module',
    ),
    handWritten(
      'P06EC',
      'injection_melange',
      'injecteur',
      'condition',
      'Allumage du voyant moteur demandé par le module de commande des injecteurs',
      'Malfunction lamp requested by the fuel injector control module',
    ),
  );

  // Generator (alternator).
  out.push(
    ...hexSeries(
      'P063A',
      fem(
        "mesure de tension de l'alternateur A",
        'generator voltage sense A',
        'electricite_charge',
        'alternateur',
      ),
      SENSOR4,
    ),
    entry(
      'P065A',
      masc(
        "système de charge de l'alternateur",
        'generator system',
        'electricite_charge',
        'alternateur',
      ),
      'performance',
    ),
    entry(
      'P065B',
      masc('alternateur A', 'generator A', 'electricite_charge', 'alternateur'),
      'ctrl_range',
    ),
    handWritten(
      'P065C',
      'electricite_charge',
      'alternateur',
      'performance',
      'Alternateur A : défaut mécanique ou performance insuffisante',
      'Generator A mechanical fault or poor performance',
    ),
  );

  // Glow plugs: control circuit low/high per cylinder, range, wrong part; glow plug modules.
  const plug = (n: number): Component =>
    fem(
      `bougie de préchauffage du cylindre ${n}`,
      `cylinder ${n} glow plug`,
      'allumage',
      'prechauffage',
    );
  const plugControl: ReadonlyArray<readonly [number, string]> = [
    [1, 'P066A'],
    [2, 'P066C'],
    [3, 'P066E'],
    [4, 'P067A'],
    [5, 'P067C'],
    [6, 'P067E'],
    [7, 'P068C'],
    [8, 'P068E'],
    [9, 'P069A'],
    [10, 'P069C'],
    [11, 'P06E0'],
    [12, 'P06E2'],
  ];
  for (const [n, base] of plugControl)
    out.push(...hexSeries(base, plug(n), ['ctrl_low', 'ctrl_high']));
  for (let n = 1; n <= 12; n++) {
    out.push(entry(hexCode('P06B9', n - 1), plug(n), 'circuit_range'));
    out.push(
      handWritten(
        hexCode('P06C5', n - 1),
        'allumage',
        'prechauffage',
        'condition',
        `Bougie de préchauffage du cylindre ${n} non conforme`,
        `Cylinder ${n} glow plug incorrect (wrong type)`,
      ),
    );
  }
  const glowModule = (n: 1 | 2): Component =>
    masc(
      `boîtier de préchauffage ${n}`,
      `glow plug control module ${n}`,
      'allumage',
      'prechauffage',
    );
  out.push(
    entry('P064C', glowModule(1), 'fault'),
    entry('P06E5', glowModule(1), 'performance'),
    handWritten(
      'P06DF',
      'allumage',
      'prechauffage',
      'internal',
      'Boîtier de préchauffage 1 : erreur de somme de contrôle mémoire',
      'Glow plug control module 1 memory checksum error',
    ),
    entry('P06F5', glowModule(2), 'fault'),
    ...hexSeries('P06F6', glowModule(2), CTRL3),
    handWritten(
      'P06F9',
      'allumage',
      'prechauffage',
      'condition',
      "Tension d'alimentation du boîtier de préchauffage 2 anormale",
      'Glow plug control module 2 system voltage abnormal',
    ),
    entry('P06FA', glowModule(2), 'performance'),
    handWritten(
      'P06FB',
      'allumage',
      'prechauffage',
      'internal',
      'Boîtier de préchauffage 2 : erreur de somme de contrôle mémoire',
      'Glow plug control module 2 memory checksum error',
    ),
    handWritten(
      'P06FC',
      'allumage',
      'prechauffage',
      'communication',
      'Circuit de communication entre boîtier de préchauffage 2 et calculateur défaillant',
      'Glow plug control module 2 to engine control module communication circuit fault',
    ),
    handWritten(
      'P06FD',
      'allumage',
      'prechauffage',
      'communication',
      'Communication boîtier de préchauffage 2 / calculateur hors plage ou peu performante',
      'Glow plug control module 2 communication out of range or poor performance',
    ),
  );

  // Sensor reference voltages A–F and sensor power supplies A–C.
  const reference = (letter: string): Component =>
    fem(
      `tension de référence capteurs ${letter}`,
      `sensor reference voltage ${letter}`,
      'electricite_charge',
      'alimentation_capteurs',
    );
  const sensorSupply = (letter: string): Component =>
    fem(
      `alimentation capteurs ${letter}`,
      `sensor power supply ${letter}`,
      'electricite_charge',
      'alimentation_capteurs',
    );
  out.push(
    ...hexSeries('P06A3', reference('D'), ['open', 'low', 'high']),
    entry('P06A6', reference('A'), 'circuit_range'),
    entry('P06A7', reference('B'), 'circuit_range'),
    entry('P06A8', reference('C'), 'circuit_range'),
    entry('P06A9', reference('D'), 'circuit_range'),
    ...hexSeries('P06D2', reference('E'), ['open', 'low', 'high', 'circuit_range']),
    ...hexSeries('P06D6', reference('F'), ['open', 'low', 'high', 'circuit_range']),
    ...hexSeries('P06B0', sensorSupply('A'), ['open', 'low', 'high']),
    ...hexSeries('P06B3', sensorSupply('B'), ['open', 'low', 'high']),
    ...hexSeries('P06E6', sensorSupply('C'), ['open', 'low', 'high']),
  );

  // Miscellaneous outputs and controls.
  out.push(
    entry(
      'P064B',
      masc('module de prise de force', 'PTO control module', 'transmission', 'prise_de_force'),
      'fault',
    ),
    handWritten(
      'P065D',
      'emissions',
      'scr_adblue',
      'control_circuit',
      'Circuit de commande du témoin de défaut du système AdBlue défaillant',
      'Reductant system malfunction lamp control circuit fault',
    ),
    entry(
      'P065E',
      fem(
        "vanne d'accord du collecteur d'admission (banc 1)",
        'intake manifold tuning valve (bank 1)',
        'moteur',
        'collecteur_admission',
      ),
      'performance',
    ),
    entry(
      'P065F',
      fem(
        "vanne d'accord du collecteur d'admission (banc 2)",
        'intake manifold tuning valve (bank 2)',
        'moteur',
        'collecteur_admission',
      ),
      'performance',
    ),
    handWritten(
      'P069F',
      'injection_melange',
      'papillon_motorise',
      'control_circuit',
      'Circuit de commande du témoin du papillon motorisé défaillant',
      'Throttle actuator control lamp control circuit fault',
    ),
    ...hexSeries(
      'P06A0',
      masc(
        'compresseur de climatisation à cylindrée variable',
        'variable A/C compressor',
        'carrosserie_confort',
        'climatisation',
      ),
      CTRL3,
    ),
    ...entriesAt(
      fem(
        "électrovanne de régulation de pression d'huile moteur",
        'engine oil pressure control solenoid',
        'lubrification',
        'pression_huile',
      ),
      [
        ['P06DA', 'ctrl'],
        ['P06DB', 'ctrl_low'],
        ['P06DC', 'ctrl_high'],
        ['P06DD', 'stuck_off'],
        ['P06DE', 'stuck_on'],
      ],
    ),
    entry(
      'P06E9',
      masc('démarreur', 'engine starter', 'electricite_charge', 'demarreur'),
      'performance',
    ),
    handWritten(
      'P06EA',
      'emissions',
      'capteur_nox',
      'internal',
      'Processeur du capteur NOx (banc 1, capteur 1) peu performant',
      'NOx sensor processor poor performance (bank 1, sensor 1)',
    ),
    handWritten(
      'P06EB',
      'emissions',
      'capteur_nox',
      'internal',
      'Processeur du capteur NOx (banc 1, capteur 2) peu performant',
      'NOx sensor processor poor performance (bank 1, sensor 2)',
    ),
    handWritten(
      'P06ED',
      'moteur',
      'calculateur',
      'signal_low',
      'Circuit de sortie du régime moteur : niveau trop bas',
      'Engine speed output circuit level too low',
    ),
    handWritten(
      'P06EE',
      'moteur',
      'calculateur',
      'signal_high',
      'Circuit de sortie du régime moteur : niveau trop haut',
      'Engine speed output circuit level too high',
    ),
    handWritten(
      'P06EF',
      'moteur',
      'demarrage',
      'performance',
      'Redémarrage automatique du moteur peu performant',
      'Engine restart poor performance',
    ),
    ...hexSeries(
      'P06F0',
      masc(
        'capteur de température interne du calculateur AdBlue',
        'reductant control module internal temperature sensor',
        'emissions',
        'scr_adblue',
      ),
      SENSOR4,
    ),
    handWritten(
      'P06F4',
      'moteur',
      'stop_start',
      'control_circuit',
      'Circuit de commande du témoin de Stop & Start défaillant',
      'Stop-start mode lamp control circuit fault',
    ),
    handWritten(
      'P06FE',
      'emissions',
      'demarrage_a_froid',
      'performance',
      "Régulation du débit d'air d'admission diesel peu performante au démarrage à froid",
      'Cold start diesel intake air flow control poor performance',
    ),
    handWritten(
      'P06FF',
      'moteur',
      'mode_conduite',
      'control_circuit',
      'Circuit de commande du témoin de mode économie défaillant',
      'Economy mode lamp control circuit fault',
    ),
  );
  return out;
}

// ---------------------------------------------------------------- P07xx–P09xx (transmission)
const box = (fr: string, en: string, subsystem: string, gender: 'm' | 'f' = 'm'): Component =>
  gender === 'm' ? masc(fr, en, 'transmission', subsystem) : fem(fr, en, 'transmission', subsystem);

const GEAR_FR = ['', '1er', '2e', '3e', '4e', '5e', '6e', '7e', '8e', '9e', '10e'];
const GEAR_EN = ['', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th'];

function p07(): DtcEntry[] {
  const out: DtcEntry[] = [];
  const gearState = (code: string, failure: Failure, fr: string, en: string): DtcEntry =>
    handWritten(code, 'transmission', 'passage_rapports', failure, fr, en);
  const stuckIn = (code: string, fr: string, en: string): DtcEntry =>
    gearState(code, 'stuck', `Boîte de vitesses bloquée ${fr}`, `Transmission stuck in ${en}`);
  const cannotEngage = (code: string, fr: string, en: string): DtcEntry =>
    gearState(code, 'performance', `Impossible d'engager ${fr}`, `Unable to engage ${en}`);
  const ratio = (code: string, gear: number): DtcEntry =>
    handWritten(
      code,
      'transmission',
      'rapport_incorrect',
      'incorrect_ratio',
      `Rapport de démultiplication incorrect sur le ${GEAR_FR[gear]} rapport`,
      `Incorrect gear ratio in ${GEAR_EN[gear]} gear`,
    );
  const wrongShift = (code: string, gear: number): DtcEntry =>
    gearState(
      code,
      'performance',
      `Passage incorrect depuis le ${GEAR_FR[gear]} rapport`,
      `Incorrect shift from ${GEAR_EN[gear]} gear`,
    );

  out.push(
    ...hexSeries(
      'P070A',
      box('capteur de niveau de fluide de boîte', 'transmission fluid level sensor', 'huile_boite'),
      SENSOR5,
    ),
    handWritten(
      'P070F',
      'transmission',
      'huile_boite',
      'condition',
      'Niveau de fluide de boîte de vitesses trop bas',
      'Transmission fluid level too low',
    ),
    handWritten(
      'P075F',
      'transmission',
      'huile_boite',
      'condition',
      'Niveau de fluide de boîte de vitesses trop haut',
      'Transmission fluid level too high',
    ),
  );

  // Transmission mode switches A–F.
  const modeSwitch = (letter: string): Component =>
    box(
      `contacteur de mode de boîte ${letter}`,
      `transmission mode switch ${letter}`,
      'selecteur_mode',
    );
  out.push(
    ...hexSeries('P071A', modeSwitch('A'), ['circuit', 'low', 'high']),
    ...hexSeries('P071D', modeSwitch('B'), ['circuit', 'low', 'high']),
    entry('P078F', modeSwitch('C'), 'circuit'),
    ...hexSeries('P07CC', modeSwitch('C'), ['low', 'high']),
    ...hexSeries('P07CE', modeSwitch('D'), ['circuit', 'low', 'high']),
    ...hexSeries('P07D1', modeSwitch('E'), ['circuit', 'low', 'high']),
    ...hexSeries('P07D4', modeSwitch('F'), ['circuit', 'low', 'high']),
  );

  // Gear engagement: stuck in, unable to engage, incorrect ratio, incorrect shift.
  out.push(
    stuckIn('P072A', 'au point mort', 'neutral'),
    stuckIn('P072B', 'en marche arrière', 'reverse'),
    stuckIn('P07E6', 'en position parking', 'park'),
    stuckIn('P07E7', 'en position Drive', 'drive'),
    stuckIn('P07FE', 'sur un rapport non identifié', 'a gear (gear not specified)'),
    cannotEngage('P073D', 'le point mort', 'neutral'),
    cannotEngage('P073E', 'la marche arrière', 'reverse'),
    cannotEngage('P07E4', 'la position parking', 'park'),
    cannotEngage('P07E5', 'la position Drive', 'drive'),
  );
  const stuckCodes: ReadonlyArray<readonly [number, string]> = [
    [1, 'P072C'],
    [2, 'P072D'],
    [3, 'P072E'],
    [4, 'P072F'],
    [5, 'P073A'],
    [6, 'P073B'],
    [7, 'P073C'],
    [8, 'P07D7'],
    [9, 'P07F8'],
    [10, 'P07FB'],
  ];
  for (const [gear, code] of stuckCodes)
    out.push(stuckIn(code, `sur le ${GEAR_FR[gear]} rapport`, `${GEAR_EN[gear]} gear`));
  const engageCodes: ReadonlyArray<readonly [number, string]> = [
    [1, 'P073F'],
    [2, 'P074A'],
    [3, 'P074B'],
    [4, 'P074C'],
    [5, 'P074D'],
    [6, 'P074E'],
    [7, 'P074F'],
    [8, 'P07D8'],
    [9, 'P07F9'],
    [10, 'P07FC'],
  ];
  for (const [gear, code] of engageCodes)
    out.push(cannotEngage(code, `le ${GEAR_FR[gear]} rapport`, `${GEAR_EN[gear]} gear`));
  out.push(
    ratio('P076F', 7),
    ratio('P07D9', 8),
    ratio('P07F6', 9),
    ratio('P07F7', 10),
    handWritten(
      'P077F',
      'transmission',
      'rapport_incorrect',
      'incorrect_ratio',
      'Rapport de démultiplication incorrect sur la marche arrière 2',
      'Incorrect gear ratio in reverse 2',
    ),
    gearState('P07DA', 'performance', 'Passage 6e-7e défaillant', '6-7 shift fault'),
    gearState('P07DB', 'performance', 'Passage 7e-8e défaillant', '7-8 shift fault'),
  );
  for (let gear = 1; gear <= 8; gear++) out.push(wrongShift(hexCode('P07DC', gear - 1), gear));
  out.push(wrongShift('P07FA', 9), wrongShift('P07FD', 10));

  // Shift solenoids G and H, shift timing solenoid B.
  out.push(
    ...hexSeries('P075A', shiftSolenoid('G'), SOLENOID5),
    ...hexSeries('P076A', shiftSolenoid('H'), SOLENOID5),
    ...hexSeries(
      'P078A',
      box(
        'électrovanne de synchronisation des passages B',
        'shift timing solenoid B',
        'electrovanne_boite',
        'f',
      ),
      SENSOR5,
    ),
  );

  // Speed sensors: output shaft direction and levels, input/turbine and intermediate shafts.
  const outputSensor = box(
    'capteur de vitesse de sortie de boîte',
    'output shaft speed sensor',
    'capteur_vitesse_boite',
  );
  const inputSensor = (letter: string): Component =>
    box(
      `capteur de vitesse d'entrée/turbine ${letter}`,
      `input/turbine speed sensor ${letter}`,
      'capteur_vitesse_boite',
    );
  const intermediateSensor = (letter: string): Component =>
    box(
      `capteur de vitesse d'arbre intermédiaire ${letter}`,
      `intermediate shaft speed sensor ${letter}`,
      'capteur_vitesse_boite',
    );
  out.push(
    handWritten(
      'P077A',
      'transmission',
      'capteur_vitesse_boite',
      'no_signal',
      'Capteur de vitesse de sortie de boîte : perte du signal de sens de rotation',
      'Output shaft speed sensor: direction signal lost',
    ),
    handWritten(
      'P077B',
      'transmission',
      'capteur_vitesse_boite',
      'condition',
      'Capteur de vitesse de sortie de boîte : erreur de sens de rotation',
      'Output shaft speed sensor: rotation direction error',
    ),
    ...hexSeries('P077C', outputSensor, ['low', 'high']),
    handWritten(
      'P077E',
      'transmission',
      'temperature_huile_boite',
      'correlation',
      'Incohérence entre les capteurs de température du fluide de boîte',
      'Transmission fluid temperature sensors disagree',
    ),
    ...hexSeries('P07BF', inputSensor('A'), ['low', 'high']),
    ...hexSeries('P07C1', inputSensor('B'), ['low', 'high']),
    ...hexSeries('P07C3', inputSensor('C'), ['low', 'high']),
    entry('P07F1', inputSensor('C'), 'circuit'),
    ...hexSeries('P07C5', intermediateSensor('A'), ['low', 'high']),
    ...hexSeries('P07C7', intermediateSensor('B'), ['low', 'high']),
    ...hexSeries('P07C9', intermediateSensor('C'), ['low', 'high']),
    entry(
      'P07CB',
      box(
        'thermostat du fluide de boîte',
        'transmission fluid thermostat',
        'temperature_huile_boite',
      ),
      'performance',
    ),
  );

  // Friction elements (clutches and brakes inside the gearbox) A–H.
  for (let i = 0; i < 8; i++) {
    const letter = LETTERS.charAt(i);
    const element = box(
      `élément de friction ${letter}`,
      `transmission friction element ${letter}`,
      'embrayages_internes',
    );
    out.push(
      handWritten(
        hexCode('P079A', i),
        'transmission',
        'embrayages_internes',
        'condition',
        `Patinage détecté sur l'élément de friction ${letter}`,
        `Transmission friction element ${letter} slip detected`,
      ),
      entry(hexCode('P07A2', 2 * i), element, 'stuck_off'),
      entry(hexCode('P07A3', 2 * i), element, 'stuck_on'),
    );
  }

  // Park position sensors/switches A and B.
  const parkSensor = (base: string, letter: string): DtcEntry[] => {
    const s = box(
      `capteur/contacteur de position parking ${letter}`,
      `transmission park position sensor/switch ${letter}`,
      'capteur_position_levier',
    );
    return [
      ...hexSeries(base, s, ['circuit', 'low', 'high']),
      handWritten(
        hexCode(base, 3),
        'transmission',
        'capteur_position_levier',
        'range_performance',
        `Capteur/contacteur de position parking ${letter} peu performant ou signal trop bas`,
        `Transmission park position sensor/switch ${letter} poor performance or signal too low`,
      ),
      handWritten(
        hexCode(base, 4),
        'transmission',
        'capteur_position_levier',
        'range_performance',
        `Capteur/contacteur de position parking ${letter} peu performant ou signal trop haut`,
        `Transmission park position sensor/switch ${letter} poor performance or signal too high`,
      ),
      entry(hexCode(base, 5), s, 'intermittent'),
    ];
  };
  out.push(
    ...parkSensor('P07B2', 'A'),
    ...parkSensor('P07B8', 'B'),
    handWritten(
      'P07BE',
      'transmission',
      'capteur_position_levier',
      'correlation',
      'Incohérence entre les capteurs/contacteurs de position parking A et B',
      'Transmission park position sensors/switches A and B disagree',
    ),
  );

  // Shift-by-wire range control and multi-function range selector.
  out.push(
    ...hexSeries(
      'P07E8',
      box(
        'actionneur de position de boîte A (commande électrique)',
        'transmission range actuator A',
        'passage_rapports',
      ),
      CTRL4,
    ),
    ...hexSeries(
      'P07EC',
      box(
        'sélecteur multifonction de position de boîte',
        'transmission range multi-function select',
        'capteur_position_levier',
      ),
      ['circuit', 'stuck', 'range', 'low', 'high'],
    ),
    handWritten(
      'P07F2',
      'transmission',
      'communication_boite',
      'communication',
      'Circuit de communication du module de commande de position de boîte défaillant',
      'Transmission range control module communication circuit fault',
    ),
    handWritten(
      'P07F3',
      'transmission',
      'communication_boite',
      'communication',
      'Circuit de communication du module de commande de position de boîte : niveau trop bas',
      'Transmission range control module communication circuit level too low',
    ),
    handWritten(
      'P07F4',
      'transmission',
      'communication_boite',
      'communication',
      'Circuit de communication du module de commande de position de boîte : niveau trop haut',
      'Transmission range control module communication circuit level too high',
    ),
    handWritten(
      'P07F5',
      'transmission',
      'calculateur_boite',
      'signal_low',
      "Tension d'alimentation du module de commande de position de boîte trop basse",
      'Transmission range control module system voltage too low',
    ),
    handWritten(
      'P07FF',
      'transmission',
      'passage_rapports',
      'performance',
      'Fonctionnement de la boîte de vitesses au démarrage à froid peu performant',
      'Cold start transmission poor performance',
    ),
  );
  return out;
}

function p08(): DtcEntry[] {
  const out: DtcEntry[] = [];
  const gearLever = (axis: 'X' | 'Y', second: boolean): Component =>
    box(
      `capteur de position ${axis} du levier de vitesses${second ? ' (capteur 2)' : ''}`,
      `gear lever ${axis} position sensor ${second ? '2' : '1'}`,
      'capteur_position_levier',
    );
  const neutralSensor = (letter: string): Component =>
    box(
      `capteur de position neutre ${letter}`,
      `neutral position sensor ${letter}`,
      'capteur_position_levier',
    );
  const clutchPedal = (letter: string): Component =>
    box(
      `capteur de position de pédale d'embrayage ${letter}`,
      `clutch pedal position sensor ${letter}`,
      'embrayage',
    );
  const notLearned = (code: string, subsystem: string, fr: string, en: string): DtcEntry =>
    handWritten(
      code,
      'transmission',
      subsystem,
      'condition',
      `${fr} non appris`,
      `${en} not learned`,
    );
  const disagree = (code: string, subsystem: string, fr: string, en: string): DtcEntry =>
    handWritten(
      code,
      'transmission',
      subsystem,
      'correlation',
      `Incohérence entre ${fr}`,
      `${en} disagree`,
    );

  out.push(
    handWritten(
      'P080A',
      'transmission',
      'embrayage',
      'condition',
      "Position d'embrayage non apprise",
      'Clutch position not learned',
    ),
    ...hexSeries(
      'P080B',
      box(
        'électrovanne de saut de rapport (1-4)',
        'upshift/skip shift solenoid',
        'passage_rapports',
        'f',
      ),
      ['ctrl_range', 'ctrl_low', 'ctrl_high'],
    ),
    handWritten(
      'P081A',
      'transmission',
      'passage_rapports',
      'signal_low',
      "Circuit d'inhibition du démarreur : niveau trop bas",
      'Starter disable circuit level too low',
    ),
    handWritten(
      'P081B',
      'transmission',
      'passage_rapports',
      'signal_high',
      "Circuit d'inhibition du démarreur : niveau trop haut",
      'Starter disable circuit level too high',
    ),
    handWritten(
      'P081C',
      'transmission',
      'capteur_position_levier',
      'circuit',
      "Circuit d'entrée de position parking défaillant",
      'Park input circuit fault',
    ),
    handWritten(
      'P081D',
      'transmission',
      'capteur_position_levier',
      'circuit',
      "Circuit d'entrée de position neutre défaillant",
      'Neutral input circuit fault',
    ),
    handWritten(
      'P081E',
      'transmission',
      'embrayage',
      'performance',
      "Patinage excessif de l'embrayage B",
      'Excessive clutch B slippage',
    ),
    handWritten(
      'P081F',
      'transmission',
      'passage_rapports',
      'correlation',
      'Incohérence du signal de verrouillage du levier par la pédale de frein (BTSI)',
      'Brake transmission shift interlock (BTSI) signal disagrees',
    ),
    ...hexSeries('P082A', gearLever('X', false), ['range', 'low', 'high']),
    ...hexSeries('P082D', gearLever('Y', false), ['range', 'low', 'high']),
    ...hexSeries('P089A', gearLever('X', true), SENSOR5),
    ...hexSeries('P089F', gearLever('Y', true), SENSOR5),
    disagree(
      'P08A4',
      'capteur_position_levier',
      'les capteurs de position X 1 et 2 du levier de vitesses',
      'Gear lever X position sensors 1 and 2',
    ),
    disagree(
      'P08A5',
      'capteur_position_levier',
      'les capteurs de position Y 1 et 2 du levier de vitesses',
      'Gear lever Y position sensors 1 and 2',
    ),
    disagree(
      'P08A6',
      'capteur_position_levier',
      'les différents capteurs de position du levier de vitesses',
      'Gear lever position sensors (multiple sensors)',
    ),
    ...hexSeries('P083A', transmissionFluidPressureSensor('G'), SENSOR5),
    ...hexSeries('P084A', transmissionFluidPressureSensor('H'), SENSOR5),
    disagree(
      'P083F',
      'embrayage',
      "les contacteurs de pédale d'embrayage A et B",
      'Clutch pedal switches A and B',
    ),
    handWritten(
      'P084F',
      'transmission',
      'capteur_position_levier',
      'circuit',
      'Circuit de sortie du contacteur parking/neutre défaillant',
      'Park/neutral switch output circuit fault',
    ),
  );

  // Gear shift control modules A and B.
  const shiftModuleComm = (code: string, suffixFr: string, suffixEn: string): DtcEntry =>
    handWritten(
      code,
      'transmission',
      'communication_boite',
      'communication',
      `Circuit de communication du module de passage des rapports B${suffixFr}`,
      `Gear shift control module B communication circuit${suffixEn}`,
    );
  out.push(
    shiftModuleComm('P085A', ' défaillant', ' fault'),
    shiftModuleComm('P085B', ' : niveau trop bas', ' level too low'),
    shiftModuleComm('P085C', ' : niveau trop haut', ' level too high'),
    entry(
      'P085D',
      box('module de passage des rapports A', 'gear shift control module A', 'calculateur_boite'),
      'performance',
    ),
    entry(
      'P085E',
      box('module de passage des rapports B', 'gear shift control module B', 'calculateur_boite'),
      'performance',
    ),
    entry(
      'P085F',
      box('contacteur de montée/descente de rapport', 'up/down shift switch', 'passage_rapports'),
      'range',
    ),
  );

  // Neutral position sensors, clutch position sensor B, clutch pedal position sensors.
  out.push(
    ...hexSeries('P086A', neutralSensor('A'), SENSOR5),
    notLearned(
      'P086F',
      'capteur_position_levier',
      'Capteur de position neutre A',
      'Neutral position sensor A',
    ),
    ...hexSeries('P08AD', neutralSensor('B'), SENSOR5),
    disagree(
      'P08B2',
      'capteur_position_levier',
      'les capteurs de position neutre A et B',
      'Neutral position sensors A and B',
    ),
    notLearned(
      'P08B3',
      'capteur_position_levier',
      'Capteur de position neutre B',
      'Neutral position sensor B',
    ),
    ...hexSeries(
      'P087A',
      box("capteur de position d'embrayage B", 'clutch position sensor B', 'embrayage'),
      SENSOR5,
    ),
    ...hexSeries('P08A7', clutchPedal('A'), SENSOR5),
    notLearned(
      'P08AC',
      'embrayage',
      "Capteur de position de pédale d'embrayage A",
      'Clutch pedal position sensor A',
    ),
    ...hexSeries('P08B4', clutchPedal('B'), SENSOR5),
    disagree(
      'P08B9',
      'embrayage',
      "les capteurs de position de pédale d'embrayage A et B",
      'Clutch pedal position sensors A and B',
    ),
  );

  // Fluid filter, reverse inhibit, planetary gear set.
  out.push(
    handWritten(
      'P088A',
      'transmission',
      'huile_boite',
      'condition',
      'Filtre à huile de boîte de vitesses encrassé',
      'Transmission fluid filter deteriorated',
    ),
    handWritten(
      'P088B',
      'transmission',
      'huile_boite',
      'condition',
      'Filtre à huile de boîte de vitesses très encrassé',
      'Transmission fluid filter badly deteriorated',
    ),
    handWritten(
      'P088C',
      'transmission',
      'passage_rapports',
      'control_circuit',
      "Circuit de commande de l'inhibition de marche arrière : niveau trop bas",
      'Reverse inhibit control circuit level too low',
    ),
    handWritten(
      'P088D',
      'transmission',
      'passage_rapports',
      'control_circuit',
      "Circuit de commande de l'inhibition de marche arrière : niveau trop haut",
      'Reverse inhibit control circuit level too high',
    ),
    handWritten(
      'P088E',
      'transmission',
      'embrayages_internes',
      'performance',
      'Train épicycloïdal de la boîte de vitesses défaillant',
      'Planetary gear set failure',
    ),
  );

  // Pressure control solenoids L and M, shift solenoids J, K and L.
  out.push(
    ...hexSeries('P08BA', pressureControlSolenoid('L'), [...SOLENOID5, ...CTRL4]),
    ...hexSeries('P08C3', pressureControlSolenoid('M'), [...SOLENOID5, ...CTRL4]),
  );
  const shiftBlock = (base: string, letter: string): DtcEntry[] =>
    hexSeries(base, shiftSolenoid(letter), [
      ...SOLENOID5,
      'ctrl_range',
      'ctrl_low',
      'ctrl_high',
      'ctrl',
    ]);
  out.push(...shiftBlock('P08CC', 'J'), ...shiftBlock('P08D5', 'K'), ...shiftBlock('P08DE', 'L'));

  // Drive motor A clutch (electric drive units).
  out.push(
    ...hexSeries(
      'P08E7',
      box(
        "ligne d'activation de l'embrayage du moteur électrique A",
        'drive motor A clutch enable line',
        'embrayage',
        'f',
      ),
      ['circuit', 'low', 'high'],
    ),
    ...hexSeries(
      'P08EA',
      box(
        "capteur de position du cliquet d'embrayage du moteur électrique A",
        'drive motor A clutch pawl position sensor',
        'embrayage',
      ),
      ['circuit', 'low', 'high'],
    ),
    handWritten(
      'P08ED',
      'transmission',
      'embrayage',
      'performance',
      "Position du cliquet d'embrayage du moteur électrique A peu performante",
      'Drive motor A clutch pawl position poor performance',
    ),
  );
  return out;
}

function p09(): DtcEntry[] {
  const out: DtcEntry[] = [];
  const amt = (fr: string, en: string, gender: 'm' | 'f' = 'm'): Component =>
    box(fr, en, 'boite_robotisee', gender);
  const hydraulicPump = amt('pompe hydraulique de boîte', 'transmission hydraulic pump', 'f');
  out.push(
    ...hexSeries('P090A', amt("actionneur d'embrayage B", 'clutch B actuator'), CTRL4),
    ...hexSeries(
      'P091A',
      amt('capteur de position de passage des rapports B', 'gear shift position sensor B'),
      SENSOR4,
    ),
    ...hexSeries(
      'P095A',
      amt('capteur de position de passage des rapports C', 'gear shift position sensor C'),
      SENSOR4,
    ),
    ...hexSeries(
      'P092A',
      amt('électrovanne de verrouillage du levier B', 'gear shift lock solenoid B', 'f'),
      CTRL4,
    ),
    ...hexSeries(
      'P093A',
      amt(
        "électrovanne d'accumulateur hydraulique de boîte",
        'hydraulic accumulator solenoid',
        'f',
      ),
      ['circuit', 'low', 'high', 'performance'],
    ),
    handWritten(
      'P094A',
      'transmission',
      'boite_robotisee',
      'performance',
      'Étage de commande de la pompe hydraulique de boîte peu performant',
      'Transmission hydraulic pump driver poor performance',
    ),
    entry('P094B', hydraulicPump, 'stuck_on'),
    entry('P094C', hydraulicPump, 'stuck_off'),
    entry('P094D', hydraulicPump, 'overtemperature'),
    entry(
      'P094E',
      amt(
        "tension d'alimentation de la pompe hydraulique de boîte",
        'transmission hydraulic pump supply voltage',
        'f',
      ),
      'open',
    ),
    ...hexSeries(
      'P09A2',
      amt('capteur de position de sélection de grille B', 'gate select position sensor B'),
      SENSOR4,
    ),
    ...hexSeries(
      'P09A6',
      amt('capteur de position de sélection de grille C', 'gate select position sensor C'),
      SENSOR4,
    ),
  );
  for (let i = 0; i < 6; i++)
    out.push(entry(hexCode('P097A', i), shiftSolenoid(LETTERS.charAt(i)), 'ctrl'));
  out.push(
    ...hexSeries('P099A', shiftSolenoid('G'), ['ctrl_range', 'ctrl_low', 'ctrl_high']),
    ...hexSeries('P099D', shiftSolenoid('H'), ['ctrl_range', 'ctrl_low', 'ctrl_high']),
    entry('P09A0', shiftSolenoid('G'), 'ctrl'),
    entry('P09A1', shiftSolenoid('H'), 'ctrl'),
  );
  return out;
}

// ---------------------------------------------------------------- P0Axx–P0Cxx (hybrid / EV)
// The hybrid/EV components and phrasings below are exported: the sixth pass
// (dtc-sixth-pass-p0-hybrid.ts) continues the same families in P0Exx.
export const hv = (
  fr: string,
  en: string,
  subsystem: string,
  gender: 'm' | 'f' = 'm',
  system: System = 'electricite_charge',
): Component => (gender === 'm' ? masc(fr, en, system, subsystem) : fem(fr, en, system, subsystem));

const batteryTemp = (letter: string): Component =>
  hv(
    `capteur de température ${letter} de la batterie haute tension`,
    `hybrid battery temperature sensor ${letter}`,
    'batterie_hybride',
  );
export const inverterTemp = (letter: string, machine: 'motor' | 'generator' = 'motor'): Component =>
  hv(
    `capteur de température ${letter} de l'onduleur ${machine === 'motor' ? 'du moteur électrique' : 'du générateur'}`,
    `${machine === 'motor' ? 'drive motor' : 'generator'} inverter temperature sensor ${letter}`,
    'onduleur',
  );
export const hvCondition = (
  code: string,
  subsystem: string,
  failure: Failure,
  fr: string,
  en: string,
): DtcEntry => handWritten(code, 'electricite_charge', subsystem, failure, fr, en);
export const cooling = (
  fr: string,
  en: string,
  subsystem: string,
  gender: 'm' | 'f' = 'm',
): Component => hv(fr, en, subsystem, gender, 'refroidissement');
export const charge = (fr: string, en: string, gender: 'm' | 'f' = 'm'): Component =>
  hv(fr, en, 'recharge', gender);
export const chargingCondition = (
  code: string,
  failure: Failure,
  fr: string,
  en: string,
): DtcEntry => hvCondition(code, 'recharge', failure, fr, en);
export const airConditioning = (fr: string, en: string, gender: 'm' | 'f' = 'm'): Component =>
  gender === 'm'
    ? masc(fr, en, 'carrosserie_confort', 'climatisation')
    : fem(fr, en, 'carrosserie_confort', 'climatisation');
export const motorElectronicsCoolantPump = (letter: string): Component =>
  cooling(
    `pompe de refroidissement ${letter} de l'électronique de puissance`,
    `motor electronics coolant pump ${letter}`,
    'refroidissement_hybride',
    'f',
  );
export const packVoltageSensor = (letter: string): Component =>
  hv(
    `capteur de tension ${letter} de la batterie haute tension`,
    `hybrid battery pack voltage sensor ${letter}`,
    'batterie_hybride',
  );
/** Voltage of one battery pack: abnormal, unstable, too low, too high on consecutive codes. */
export const packVoltage = (base: string, letter: string): DtcEntry[] => {
  const pack = `de la batterie haute tension ${letter}`;
  return [
    hvCondition(
      base,
      'batterie_hybride',
      'condition',
      `Tension ${pack} anormale`,
      `Hybrid battery ${letter} voltage abnormal`,
    ),
    hvCondition(
      hexCode(base, 1),
      'batterie_hybride',
      'intermittent',
      `Tension ${pack} instable`,
      `Hybrid battery ${letter} voltage unstable`,
    ),
    hvCondition(
      hexCode(base, 2),
      'batterie_hybride',
      'signal_low',
      `Tension ${pack} trop basse`,
      `Hybrid battery ${letter} voltage too low`,
    ),
    hvCondition(
      hexCode(base, 3),
      'batterie_hybride',
      'signal_high',
      `Tension ${pack} trop haute`,
      `Hybrid battery ${letter} voltage too high`,
    ),
  ];
};

function p0a(): DtcEntry[] {
  const out: DtcEntry[] = [];
  const contactor = (fr: string, en: string): Component => hv(fr, en, 'haute_tension');
  out.push(
    ...hexSeries(
      'P0AB6',
      masc('support moteur piloté B', 'engine mount B', 'moteur', 'supports_moteur'),
      CTRL3,
    ),
    hvCondition(
      'P0AB9',
      'propulsion_hybride',
      'performance',
      'Système de propulsion hybride/électrique peu performant',
      'Hybrid/EV system poor performance',
    ),
    handWritten(
      'P0AD4',
      'refroidissement',
      'refroidissement_batterie_hybride',
      'flow',
      "Débit d'air de refroidissement de la batterie haute tension insuffisant",
      'Hybrid battery pack cooling air flow insufficient',
    ),
    ...hexSeries(
      'P0AD5',
      hv(
        "volet de débit d'air A de la batterie haute tension",
        'hybrid battery pack air flow valve A',
        'refroidissement_batterie_hybride',
        'm',
        'refroidissement',
      ),
      CTRL4,
    ),
    ...hexSeries(
      'P0AD9',
      contactor(
        'contacteur positif de la batterie haute tension',
        'hybrid battery positive contactor',
      ),
      CTRL4,
    ),
    ...hexSeries(
      'P0ADD',
      contactor(
        'contacteur négatif de la batterie haute tension',
        'hybrid battery negative contactor',
      ),
      CTRL4,
    ),
    ...hexSeries(
      'P0AE1',
      contactor(
        'contacteur de précharge de la batterie haute tension',
        'hybrid battery precharge contactor',
      ),
      ['circuit', 'stuck_closed', 'stuck_open'],
    ),
    ...hexSeries(
      'P0AE4',
      contactor(
        'contacteur de précharge A de la batterie haute tension',
        'hybrid battery precharge contactor A',
      ),
      CTRL4,
    ),
    ...hexSeries('P0AE8', batteryTemp('D'), SENSOR5),
    ...hexSeries('P0AED', inverterTemp('A', 'motor'), SENSOR5),
    ...hexSeries('P0AF2', inverterTemp('B', 'motor'), SENSOR5),
    hvCondition(
      'P0AF7',
      'reseau_14v',
      'overtemperature',
      'Température interne du convertisseur 14 V trop élevée',
      '14 volt power module internal temperature too high',
    ),
    hvCondition(
      'P0AF8',
      'batterie_hybride',
      'condition',
      'Tension du système de batterie haute tension anormale',
      'Hybrid battery system voltage abnormal',
    ),
    hvCondition(
      'P0AF9',
      'batterie_hybride',
      'intermittent',
      'Tension du système de batterie haute tension instable',
      'Hybrid battery system voltage unstable',
    ),
    hvCondition(
      'P0AFA',
      'batterie_hybride',
      'signal_low',
      'Tension du système de batterie haute tension trop basse',
      'Hybrid battery system voltage too low',
    ),
    hvCondition(
      'P0AFB',
      'batterie_hybride',
      'signal_high',
      'Tension du système de batterie haute tension trop haute',
      'Hybrid battery system voltage too high',
    ),
    entry(
      'P0AFC',
      hv(
        'module de capteurs de la batterie haute tension',
        'hybrid battery pack sensor module',
        'batterie_hybride',
      ),
      'fault',
    ),
    hvCondition(
      'P0AFD',
      'batterie_hybride',
      'condition',
      'Température de la batterie haute tension trop basse',
      'Hybrid battery pack temperature too low',
    ),
    hvCondition(
      'P0AFE',
      'haute_tension',
      'condition',
      'Tension de la batterie haute tension trop basse pour la conversion élévatrice',
      'Hybrid battery voltage too low for step-up conversion',
    ),
    hvCondition(
      'P0AFF',
      'haute_tension',
      'condition',
      'Tension du réseau trop basse pour la conversion abaisseuse',
      'System voltage too low for step-down conversion',
    ),
  );
  return out;
}

// Electric (auxiliary) transmission fluid pump, used by stop-start and hybrid gearboxes.
const eopName = 'pompe à huile électrique de boîte';
const eop = (fr: string, en: string, gender: 'm' | 'f' = 'm'): Component =>
  box(fr, en, 'pompe_huile_electrique', gender);
const eopOne = (code: string, failure: Failure, fr: string, en: string): DtcEntry =>
  handWritten(code, 'transmission', 'pompe_huile_electrique', failure, fr, en);

/** Three codes on the U, V, W phase circuits of a three-phase machine (open, low, high). */
export const phaseCircuit = (
  base: string,
  subsystem: string,
  system: System,
  frWhat: string,
  enWhat: string,
): DtcEntry[] => [
  handWritten(
    hexCode(base, 0),
    system,
    subsystem,
    'circuit',
    `Circuit des phases U-V-W ${frWhat} ouvert ou défaillant`,
    `${enWhat} phase U-V-W circuit open or faulty`,
  ),
  handWritten(
    hexCode(base, 1),
    system,
    subsystem,
    'signal_low',
    `Circuit des phases U-V-W ${frWhat} : niveau trop bas`,
    `${enWhat} phase U-V-W circuit level too low`,
  ),
  handWritten(
    hexCode(base, 2),
    system,
    subsystem,
    'signal_high',
    `Circuit des phases U-V-W ${frWhat} : niveau trop haut`,
    `${enWhat} phase U-V-W circuit level too high`,
  ),
];

function p0b(): DtcEntry[] {
  const out: DtcEntry[] = [];

  // Electric transmission fluid pump motor phases, supply, leak, module.
  for (let i = 0; i < 3; i++) {
    const phase = 'UVW'.charAt(i);
    const base = hexCode('P0B00', 3 * i);
    out.push(
      eopOne(
        base,
        'circuit',
        `Circuit de mesure du courant dans la phase ${phase} de la ${eopName} défaillant`,
        `Electric transmission fluid pump motor phase ${phase} current circuit fault`,
      ),
      eopOne(
        hexCode(base, 1),
        'signal_low',
        `Courant trop faible dans la phase ${phase} de la ${eopName}`,
        `Electric transmission fluid pump motor phase ${phase} current too low`,
      ),
      eopOne(
        hexCode(base, 2),
        'signal_high',
        `Courant trop fort dans la phase ${phase} de la ${eopName}`,
        `Electric transmission fluid pump motor phase ${phase} current too high`,
      ),
    );
  }
  out.push(
    ...hexSeries(
      'P0B09',
      eop(
        `tension d'alimentation du moteur de la ${eopName} A`,
        'electric transmission fluid pump A motor supply voltage',
        'f',
      ),
      ['open', 'low', 'high'],
    ),
    eopOne(
      'P0B0C',
      'leak',
      `Fuite hydraulique de la ${eopName} A`,
      'Electric transmission fluid pump A hydraulic leak',
    ),
    entry(
      'P0B0D',
      eop(`module de commande de la ${eopName}`, 'electric transmission fluid pump control module'),
      'fault',
    ),
  );

  // Battery pack current sensor B and pack voltage sense B–D.
  out.push(
    ...hexSeries(
      'P0B0E',
      hv(
        'capteur de courant B de la batterie haute tension',
        'hybrid battery current sensor B',
        'batterie_hybride',
      ),
      SENSOR5,
    ),
    hvCondition(
      'P0B13',
      'batterie_hybride',
      'correlation',
      'Incohérence entre les capteurs de courant A et B de la batterie haute tension',
      'Hybrid battery current sensors A and B disagree',
    ),
  );
  for (let i = 0; i < 3; i++) {
    const letter = 'BCD'.charAt(i);
    out.push(...hexSeries(hexCode('P0B14', 5 * i), packVoltageSensor(letter), SENSOR5));
  }

  // Voltage of battery packs A–D.
  for (let i = 0; i < 4; i++) {
    const letter = 'ABCD'.charAt(i);
    out.push(...packVoltage(hexCode('P0B23', 4 * i), letter));
  }

  // High voltage service disconnect, motor electronics coolant pump B.
  out.push(
    ...hexSeries(
      'P0B33',
      hv(
        'sectionneur de maintenance haute tension',
        'high voltage service disconnect',
        'haute_tension',
      ),
      ['circuit', 'circuit_range', 'low', 'high'],
    ),
    hvCondition(
      'P0B37',
      'haute_tension',
      'condition',
      'Sectionneur de maintenance haute tension ouvert',
      'High voltage service disconnect open',
    ),
    ...hexSeries('P0B38', motorElectronicsCoolantPump('B'), CTRL3),
  );

  // Voltage sense of the battery blocks A–Z (one five-code family per block).
  for (let i = 0; i < 26; i++) {
    const letter = LETTERS.charAt(i);
    out.push(
      ...hexSeries(
        hexCode('P0B3B', 5 * i),
        hv(
          `mesure de tension du bloc ${letter} de la batterie haute tension`,
          `hybrid battery block ${letter} voltage sense`,
          'batterie_hybride',
          'f',
        ),
        SENSOR5,
      ),
    );
  }
  out.push(
    hvCondition(
      'P0BBD',
      'batterie_hybride',
      'condition',
      'Écart de tension entre blocs de la batterie haute tension au-delà de la limite',
      'Hybrid battery pack voltage variation beyond limit',
    ),
    hvCondition(
      'P0BBE',
      'batterie_hybride',
      'condition',
      'Écart de tension anormal entre blocs de la batterie haute tension',
      'Hybrid battery pack voltage variation abnormal',
    ),
    ...hexSeries(
      'P0BBF',
      hv(
        "tension d'alimentation des ventilateurs de la batterie haute tension",
        'hybrid battery pack cooling fan supply voltage',
        'refroidissement_batterie_hybride',
        'f',
        'refroidissement',
      ),
      ['open', 'low', 'high'],
    ),
    ...hexSeries('P0BC2', batteryTemp('E'), SENSOR5),
    ...hexSeries(
      'P0BC7',
      hv(
        "retour d'état du ventilateur 1 de refroidissement de la batterie haute tension",
        'hybrid battery pack cooling fan 1 sense',
        'refroidissement_batterie_hybride',
        'm',
        'refroidissement',
      ),
      SENSOR5,
    ),
    ...hexSeries('P0BCC', inverterTemp('A', 'generator'), SENSOR5),
  );
  for (let i = 0; i < 4; i++) {
    const letter = 'CDEF'.charAt(i);
    out.push(...hexSeries(hexCode('P0BD1', 5 * i), inverterTemp(letter, 'motor'), SENSOR5));
  }

  // Phase current sensors of drive motors A and B.
  for (let m = 0; m < 2; m++) {
    const motor = 'AB'.charAt(m);
    for (let p = 0; p < 3; p++) {
      const phase = 'UVW'.charAt(p);
      out.push(
        ...hexSeries(
          hexCode('P0BE5', 12 * m + 4 * p),
          hv(
            `capteur de courant de la phase ${phase} du moteur électrique ${motor}`,
            `drive motor ${motor} phase ${phase} current sensor`,
            'onduleur',
          ),
          SENSOR4,
        ),
      );
    }
  }
  out.push(
    hvCondition(
      'P0BFD',
      'onduleur',
      'correlation',
      'Incohérence entre les capteurs de courant des phases U, V et W du moteur électrique A',
      'Drive motor A phase U-V-W current sensors disagree',
    ),
    hvCondition(
      'P0BFE',
      'onduleur',
      'correlation',
      'Incohérence entre les capteurs de courant des phases U, V et W du moteur électrique B',
      'Drive motor B phase U-V-W current sensors disagree',
    ),
    hvCondition(
      'P0BFF',
      'propulsion_hybride',
      'condition',
      'Courant du moteur électrique A anormal',
      'Drive motor A current abnormal',
    ),
  );
  return out;
}

function p0c(): DtcEntry[] {
  const out: DtcEntry[] = [];
  const motorName = (m: string): string =>
    m === 'G' ? 'du générateur' : `du moteur électrique ${m}`;
  const motorEn = (m: string): string => (m === 'G' ? 'generator' : `drive motor ${m}`);

  // Drive motor currents, phase circuits, inverter supply and phase temperatures.
  out.push(
    hvCondition(
      'P0C00',
      'propulsion_hybride',
      'signal_low',
      'Courant du moteur électrique A trop faible',
      'Drive motor A current too low',
    ),
    hvCondition(
      'P0C01',
      'propulsion_hybride',
      'signal_high',
      'Courant du moteur électrique A trop fort',
      'Drive motor A current too high',
    ),
    hvCondition(
      'P0C02',
      'propulsion_hybride',
      'condition',
      'Courant du moteur électrique B anormal',
      'Drive motor B current abnormal',
    ),
    hvCondition(
      'P0C03',
      'propulsion_hybride',
      'signal_low',
      'Courant du moteur électrique B trop faible',
      'Drive motor B current too low',
    ),
    hvCondition(
      'P0C04',
      'propulsion_hybride',
      'signal_high',
      'Courant du moteur électrique B trop fort',
      'Drive motor B current too high',
    ),
    ...phaseCircuit(
      'P0C05',
      'onduleur',
      'electricite_charge',
      'du moteur électrique A',
      'Drive motor A',
    ),
    ...phaseCircuit(
      'P0C08',
      'onduleur',
      'electricite_charge',
      'du moteur électrique B',
      'Drive motor B',
    ),
    ...hexSeries(
      'P0C0B',
      hv(
        "alimentation de l'onduleur du moteur électrique A",
        'drive motor A inverter power supply',
        'onduleur',
        'f',
      ),
      ['open', 'low', 'high'],
    ),
    ...hexSeries(
      'P0C0E',
      hv(
        "alimentation de l'onduleur du moteur électrique B",
        'drive motor B inverter power supply',
        'onduleur',
        'f',
      ),
      ['open', 'low', 'high'],
    ),
  );
  for (let m = 0; m < 2; m++) {
    const motor = 'AB'.charAt(m);
    for (let p = 0; p < 3; p++) {
      const phase = 'UVW'.charAt(p);
      out.push(
        hvCondition(
          hexCode('P0C11', 3 * m + p),
          'onduleur',
          'overtemperature',
          `Température excessive de la phase ${phase} de l'onduleur du moteur électrique ${motor}`,
          `Drive motor ${motor} inverter phase ${phase} over temperature`,
        ),
      );
    }
  }
  out.push(
    hvCondition(
      'P0C17',
      'propulsion_hybride',
      'condition',
      'Capteur de position du moteur électrique A non appris',
      'Drive motor A position sensor not learned',
    ),
    hvCondition(
      'P0C18',
      'propulsion_hybride',
      'condition',
      'Capteur de position du moteur électrique B non appris',
      'Drive motor B position sensor not learned',
    ),
    hvCondition(
      'P0C19',
      'propulsion_hybride',
      'performance',
      'Couple délivré par le moteur électrique A peu performant',
      'Drive motor A delivered torque poor performance',
    ),
    hvCondition(
      'P0C1A',
      'propulsion_hybride',
      'performance',
      'Couple délivré par le moteur électrique B peu performant',
      'Drive motor B delivered torque poor performance',
    ),
    hvCondition(
      'P0C4E',
      'propulsion_hybride',
      'condition',
      "Position du moteur électrique A : limite d'apprentissage dépassée",
      'Drive motor A position learning limit exceeded',
    ),
    hvCondition(
      'P0C4F',
      'propulsion_hybride',
      'condition',
      "Position du moteur électrique B : limite d'apprentissage dépassée",
      'Drive motor B position learning limit exceeded',
    ),
  );

  // Electric transmission fluid pump: module temperature, phases, module circuit, motor, feedback.
  const eopModule = `module de commande de la ${eopName}`;
  out.push(
    eopOne(
      'P0C1B',
      'overtemperature',
      `Température interne du ${eopModule} trop élevée`,
      'Electric transmission fluid pump control module internal temperature too high',
    ),
    ...hexSeries(
      'P0C1C',
      eop(
        `capteur de température interne du ${eopModule}`,
        'electric transmission fluid pump control module internal temperature sensor',
      ),
      SENSOR4,
    ),
    ...phaseCircuit(
      'P0C20',
      'pompe_huile_electrique',
      'transmission',
      `de la ${eopName}`,
      'Electric transmission fluid pump',
    ),
    eopOne(
      'P0C23',
      'circuit',
      `Circuit du ${eopModule} ouvert ou défaillant`,
      'Electric transmission fluid pump control module circuit open or faulty',
    ),
    eopOne(
      'P0C24',
      'signal_low',
      `Circuit du ${eopModule} : niveau trop bas`,
      'Electric transmission fluid pump control module circuit level too low',
    ),
    eopOne(
      'P0C25',
      'signal_high',
      `Circuit du ${eopModule} : niveau trop haut`,
      'Electric transmission fluid pump control module circuit level too high',
    ),
    eopOne(
      'P0C26',
      'condition',
      `Courant du moteur de la ${eopName} A anormal`,
      'Electric transmission fluid pump A motor current abnormal',
    ),
    eopOne(
      'P0C27',
      'signal_low',
      `Courant du moteur de la ${eopName} A trop faible`,
      'Electric transmission fluid pump A motor current too low',
    ),
    eopOne(
      'P0C28',
      'signal_high',
      `Courant du moteur de la ${eopName} A trop fort`,
      'Electric transmission fluid pump A motor current too high',
    ),
    eopOne(
      'P0C29',
      'performance',
      `Étage de commande de la ${eopName} A peu performant`,
      'Electric transmission fluid pump A driver circuit poor performance',
    ),
    eopOne(
      'P0C2A',
      'stuck',
      `Moteur de la ${eopName} A calé`,
      'Electric transmission fluid pump A motor stalled',
    ),
    ...hexSeries(
      'P0C2B',
      eop(
        `ligne de retour d'état du ${eopModule}`,
        'electric transmission fluid pump control module feedback line',
        'f',
      ),
      SENSOR4,
    ),
  );

  // Hybrid system checks, cooling, temperature sensors F–P and their correlations.
  out.push(
    hvCondition(
      'P0C2F',
      'calculateur_hybride',
      'internal',
      'Calculateur : contrôle du régime moteur par le moteur électrique/générateur peu performant',
      'Control module drive motor/generator versus engine speed check poor performance',
    ),
    hvCondition(
      'P0C30',
      'batterie_hybride',
      'condition',
      'État de charge de la batterie haute tension trop élevé',
      'Hybrid battery pack state of charge too high',
    ),
    handWritten(
      'P0C31',
      'refroidissement',
      'refroidissement_hybride',
      'performance',
      "Circuit de refroidissement de l'onduleur B peu performant",
      'Inverter B cooling system poor performance',
    ),
    handWritten(
      'P0C32',
      'refroidissement',
      'refroidissement_batterie_hybride',
      'performance',
      'Circuit de refroidissement A de la batterie haute tension peu performant',
      'Hybrid battery cooling system A poor performance',
    ),
  );
  const tempFamilies: ReadonlyArray<readonly [string, string]> = [
    ['F', 'P0C33'],
    ['G', 'P0C7C'],
    ['H', 'P0C81'],
    ['I', 'P0C88'],
    ['J', 'P0C8D'],
    ['K', 'P0C92'],
    ['L', 'P0C97'],
    ['M', 'P0CA8'],
    ['N', 'P0CAD'],
    ['O', 'P0CB2'],
    ['P', 'P0CB7'],
  ];
  for (const [letter, base] of tempFamilies)
    out.push(...hexSeries(base, batteryTemp(letter), SENSOR5));
  const tempPairs: ReadonlyArray<readonly [string, string]> = [
    ['AB', 'P0C6E'],
    ['BC', 'P0C6F'],
    ['CD', 'P0C70'],
    ['DE', 'P0C71'],
    ['EF', 'P0C72'],
    ['FG', 'P0C86'],
    ['GH', 'P0C87'],
  ];
  for (const [pair, code] of tempPairs) {
    const [a, b] = [pair.charAt(0), pair.charAt(1)];
    out.push(
      hvCondition(
        code,
        'batterie_hybride',
        'correlation',
        `Incohérence entre les capteurs de température ${a} et ${b} de la batterie haute tension`,
        `Hybrid battery temperature sensors ${a} and ${b} disagree`,
      ),
    );
  }

  // DC/DC converter temperature sensors, battery pack coolant sensors, pumps and valves.
  const batteryCoolantPumpA = cooling(
    'pompe de refroidissement A de la batterie haute tension',
    'hybrid battery pack coolant pump A',
    'refroidissement_batterie_hybride',
    'f',
  );
  const batteryCoolantValve = (letter: string): Component =>
    cooling(
      `vanne de régulation du liquide de refroidissement ${letter} de la batterie haute tension`,
      `hybrid battery pack coolant control valve ${letter}`,
      'refroidissement_batterie_hybride',
      'f',
    );
  out.push(
    ...hexSeries(
      'P0C38',
      hv(
        'capteur de température A du convertisseur DC/DC',
        'DC/DC converter temperature sensor A',
        'haute_tension',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P0C3D',
      hv(
        'capteur de température B du convertisseur DC/DC',
        'DC/DC converter temperature sensor B',
        'haute_tension',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P0C42',
      cooling(
        'capteur de température du liquide de refroidissement A de la batterie haute tension',
        'hybrid battery pack coolant temperature sensor A',
        'refroidissement_batterie_hybride',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P0CD5',
      cooling(
        'capteur de température du liquide de refroidissement B de la batterie haute tension',
        'hybrid battery pack coolant temperature sensor B',
        'refroidissement_batterie_hybride',
      ),
      SENSOR5,
    ),
    ...hexSeries('P0C47', batteryCoolantPumpA, CTRL3),
    entry('P0C4A', batteryCoolantPumpA, 'performance'),
    ...hexSeries(
      'P0C4B',
      cooling(
        "tension d'alimentation de la pompe de refroidissement A de la batterie haute tension",
        'hybrid battery pack coolant pump A supply voltage',
        'refroidissement_batterie_hybride',
        'f',
      ),
      ['open', 'low', 'high'],
    ),
    handWritten(
      'P0CFF',
      'refroidissement',
      'refroidissement_batterie_hybride',
      'stuck',
      'Pompe de refroidissement A de la batterie haute tension bloquée ou calée',
      'Hybrid battery pack coolant pump A stuck or stalled',
    ),
    ...hexSeries('P0CDF', batteryCoolantValve('A'), [
      'ctrl',
      'stuck_off',
      'stuck_on',
      'ctrl_low',
      'ctrl_high',
    ]),
    ...hexSeries(
      'P0CE4',
      cooling(
        'capteur de position de la vanne de régulation du liquide de refroidissement de la batterie haute tension',
        'hybrid battery pack coolant control valve position sensor',
        'refroidissement_batterie_hybride',
      ),
      SENSOR5,
    ),
    entry('P0C73', motorElectronicsCoolantPump('A'), 'performance'),
    entry('P0C74', motorElectronicsCoolantPump('B'), 'performance'),
  );

  // Drive motor, generator position sensor circuits A, B (and C for motor A).
  const positionTrack = (machine: string, track: string): Component =>
    hv(
      `piste ${track} du capteur de position ${motorName(machine)}`,
      `${motorEn(machine)} position sensor channel ${track}`,
      'propulsion_hybride',
      'f',
    );
  const tracks: ReadonlyArray<readonly [string, string, string]> = [
    ['A', 'A', 'P0C50'],
    ['B', 'A', 'P0C55'],
    ['A', 'B', 'P0C5A'],
    ['B', 'B', 'P0C5F'],
    ['G', 'A', 'P0C64'],
    ['G', 'B', 'P0C69'],
    ['A', 'C', 'P0CDA'],
  ];
  for (const [machine, track, base] of tracks)
    out.push(...hexSeries(base, positionTrack(machine, track), SENSOR5));

  // High voltage system discharge/precharge, inverter voltage, charge and discharge limits.
  const hvTiming = (code: string, fr: string, en: string): DtcEntry =>
    hvCondition(code, 'haute_tension', 'condition', fr, en);
  out.push(
    hvTiming(
      'P0C75',
      'Décharge du système haute tension trop rapide',
      'Hybrid battery system discharge time too short',
    ),
    hvTiming(
      'P0C76',
      'Décharge du système haute tension trop lente',
      'Hybrid battery system discharge time too long',
    ),
    hvTiming(
      'P0C77',
      'Précharge du système haute tension trop rapide',
      'Hybrid battery system precharge time too short',
    ),
    hvTiming(
      'P0C78',
      'Précharge du système haute tension trop lente',
      'Hybrid battery system precharge time too long',
    ),
  );
  ['A', 'B', 'G'].forEach((machine, i) =>
    out.push(
      hvCondition(
        hexCode('P0C79', i),
        'onduleur',
        'signal_high',
        `Tension de l'onduleur ${motorName(machine)} trop haute`,
        `${capitalize(motorEn(machine))} inverter voltage too high`,
      ),
    ),
  );
  out.push(
    ...hexSeries(
      'P0C9C',
      hv(
        'capteur de courant B du convertisseur 14 V',
        '14 volt power module current sensor B',
        'reseau_14v',
      ),
      SENSOR5,
    ),
    hvCondition(
      'P0CC5',
      'reseau_14v',
      'correlation',
      'Incohérence entre les capteurs de courant A et B du convertisseur 14 V',
      '14 volt power module current sensors A and B disagree',
    ),
    hvCondition(
      'P0CA1',
      'calculateur_hybride',
      'condition',
      'Allumage du voyant moteur demandé par le calculateur des moteurs électriques',
      'Malfunction lamp requested by the drive motor control module',
    ),
    hvCondition(
      'P0CA2',
      'haute_tension',
      'performance',
      'Conversion abaisseuse du convertisseur DC/DC peu performante',
      'DC/DC converter step-down voltage poor performance',
    ),
    hvCondition(
      'P0CA3',
      'haute_tension',
      'performance',
      'Conversion élévatrice du convertisseur DC/DC peu performante',
      'DC/DC converter step-up voltage poor performance',
    ),
    hvCondition(
      'P0CA4',
      'batterie_hybride',
      'signal_high',
      'Tension de charge de la batterie haute tension trop haute',
      'Hybrid battery charging voltage too high',
    ),
    hvCondition(
      'P0CA5',
      'batterie_hybride',
      'signal_high',
      'Tension de décharge de la batterie haute tension trop haute',
      'Hybrid battery discharging voltage too high',
    ),
    hvCondition(
      'P0CA6',
      'batterie_hybride',
      'signal_high',
      'Courant de charge de la batterie haute tension trop fort',
      'Hybrid battery charging current too high',
    ),
    hvCondition(
      'P0CA7',
      'batterie_hybride',
      'signal_high',
      'Courant de décharge de la batterie haute tension trop fort',
      'Hybrid battery discharging current too high',
    ),
  );

  // Drive motor A cooling.
  out.push(
    ...hexSeries(
      'P0CBC',
      cooling(
        'capteur de température du liquide de refroidissement du moteur électrique A',
        'drive motor A coolant temperature sensor',
        'refroidissement_hybride',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P0CC1',
      cooling(
        'pompe de refroidissement du moteur électrique A',
        'drive motor A coolant pump',
        'refroidissement_hybride',
        'f',
      ),
      CTRL4,
    ),
  );

  // Hybrid/EV electronics cooling circuit.
  const electronicsPumpA = cooling(
    "pompe de refroidissement A de l'électronique hybride",
    'hybrid/EV electronics coolant pump A',
    'refroidissement_hybride',
    'f',
  );
  out.push(
    ...entriesAt(electronicsPumpA, [
      ['P0CE9', 'ctrl'],
      ['P0CEA', 'performance'],
      ['P0CEB', 'ctrl_low'],
      ['P0CEC', 'ctrl_high'],
    ]),
    handWritten(
      'P0CED',
      'refroidissement',
      'refroidissement_hybride',
      'control_circuit',
      "Circuit d'activation de la pompe de refroidissement A de l'électronique hybride défaillant",
      'Hybrid/EV electronics coolant pump A enable circuit fault',
    ),
    ...hexSeries(
      'P0CEE',
      cooling(
        "capteur de température A du liquide de refroidissement de l'électronique hybride",
        'hybrid/EV electronics coolant temperature sensor A',
        'refroidissement_hybride',
      ),
      SENSOR5,
    ),
  );

  // Charging: charge port door A, control pilot line and charging switch A.
  const pilotSwitch = charge(
    'commutateur de recharge A de la ligne pilote',
    'control pilot charging switch A',
  );
  out.push(
    hvCondition(
      'P0CC6',
      'recharge',
      'circuit',
      "Circuit de réveil du contacteur d'ouverture de la trappe de recharge A défaillant",
      'Charge port door A open request switch wake-up circuit fault',
    ),
    ...hexSeries(
      'P0CC7',
      charge(
        "contacteur d'ouverture de la trappe de recharge A",
        'charge port door A open request switch',
      ),
      ['circuit', 'circuit_range', 'low', 'high', 'intermittent'],
    ),
    ...hexSeries(
      'P0CCC',
      charge(
        'capteur de position de la trappe de recharge A',
        'charge port door A position sensor',
      ),
      ['circuit', 'circuit_range', 'low', 'high', 'intermittent'],
    ),
    ...hexSeries(
      'P0CD1',
      charge('déverrouillage de la trappe de recharge A', 'charge port door A unlock'),
      CTRL4,
    ),
    ...hexSeries(
      'P0CF3',
      charge('ligne pilote de recharge (control pilot)', 'charging control pilot line', 'f'),
      SENSOR5,
    ),
    ...hexSeries('P0CF8', pilotSwitch, SENSOR5),
    hvCondition(
      'P0CFD',
      'recharge',
      'stuck',
      'Commutateur de recharge A de la ligne pilote bloqué au repos',
      'Control pilot charging switch A stuck off',
    ),
    entry('P0CFE', pilotSwitch, 'stuck_on'),
  );
  return out;
}

function p0d(): DtcEntry[] {
  const out: DtcEntry[] = [];

  // Control pilot charging ventilation switch.
  const ventSwitch = charge(
    'commutateur de ventilation de recharge de la ligne pilote',
    'control pilot charging ventilation switch',
  );
  out.push(
    ...hexSeries('P0D00', ventSwitch, SENSOR5),
    chargingCondition(
      'P0D05',
      'stuck',
      'Commutateur de ventilation de recharge de la ligne pilote bloqué au repos',
      'Control pilot charging ventilation switch stuck off',
    ),
    entry('P0D06', ventSwitch, 'stuck_on'),
  );

  // Charging system contactors A and high voltage interlock.
  const contactorBlock = (base: string, polarity: 'positif' | 'négatif'): DtcEntry[] => {
    const en = polarity === 'positif' ? 'positive' : 'negative';
    const c = charge(
      `contacteur ${polarity} A du circuit de recharge`,
      `battery charging system ${en} contactor A`,
    );
    return hexSeries(base, c, ['circuit', 'stuck_closed', 'stuck_open', ...CTRL4]);
  };
  out.push(
    ...contactorBlock('P0D07', 'positif'),
    ...contactorBlock('P0D0E', 'négatif'),
    ...hexSeries(
      'P0D15',
      charge(
        'boucle de verrouillage haute tension (interlock) du circuit de recharge A',
        'battery charging system A high voltage interlock',
        'f',
      ),
      ['circuit', 'circuit_range', 'low', 'high', 'intermittent'],
    ),
  );

  // Battery pack coolant control valves B and C, charger coolant valve.
  const valve = (letter: string): Component =>
    hv(
      `vanne de régulation du liquide de refroidissement ${letter} de la batterie haute tension`,
      `hybrid battery pack coolant control valve ${letter}`,
      'refroidissement_batterie_hybride',
      'f',
      'refroidissement',
    );
  const valveKeys: TemplateKey[] = ['ctrl', 'stuck_off', 'stuck_on', 'ctrl_low', 'ctrl_high'];
  out.push(
    ...hexSeries('P0D1A', valve('B'), valveKeys),
    ...hexSeries('P0DE8', valve('C'), valveKeys),
    ...hexSeries(
      'P0DFD',
      hv(
        'vanne de régulation du liquide de refroidissement du chargeur',
        'battery charger coolant control valve',
        'refroidissement_hybride',
        'f',
        'refroidissement',
      ),
      CTRL3,
    ),
  );

  // On-board charger: outputs, inputs, temperatures, module.
  out.push(
    hvCondition(
      'P0D1F',
      'calculateur_hybride',
      'internal',
      "Calculateur : erreur de synchronisation de la date et de l'heure",
      'Control module date/time synchronisation error',
    ),
    chargingCondition(
      'P0D20',
      'performance',
      'Tension de sortie du chargeur A peu performante',
      'Battery charger A output voltage poor performance',
    ),
    chargingCondition(
      'P0D21',
      'signal_low',
      'Tension de sortie du chargeur A trop basse',
      'Battery charger A output voltage too low',
    ),
    chargingCondition(
      'P0D22',
      'performance',
      'Courant de sortie du chargeur A peu performant',
      'Battery charger A output current poor performance',
    ),
    chargingCondition(
      'P0D23',
      'circuit',
      'Sortie du chargeur A en court-circuit',
      'Battery charger A output shorted',
    ),
    chargingCondition(
      'P0D24',
      'overtemperature',
      'Température du chargeur A trop élevée',
      'Battery charger A temperature too high',
    ),
    chargingCondition(
      'P0D25',
      'condition',
      'Précharge du chargeur trop rapide',
      'Battery charger precharge time too short',
    ),
    chargingCondition(
      'P0D26',
      'condition',
      'Précharge du chargeur trop lente',
      'Battery charger precharge time too long',
    ),
    chargingCondition(
      'P0D27',
      'signal_low',
      "Tension d'entrée du chargeur trop basse",
      'Battery charger input voltage too low',
    ),
    chargingCondition(
      'P0D28',
      'signal_high',
      "Tension d'entrée du chargeur trop haute",
      'Battery charger input voltage too high',
    ),
    chargingCondition(
      'P0D29',
      'signal_low',
      "Courant d'entrée du chargeur trop faible",
      'Battery charger input current too low',
    ),
    chargingCondition(
      'P0D2A',
      'signal_high',
      "Courant d'entrée du chargeur trop fort",
      'Battery charger input current too high',
    ),
    chargingCondition(
      'P0D2B',
      'control_circuit',
      'Circuit de commande du témoin de la ligne pilote ouvert ou défaillant',
      'Control pilot indicator control circuit open or faulty',
    ),
    chargingCondition(
      'P0D2C',
      'control_circuit',
      "Circuit de commande du témoin d'état de charge A ouvert ou défaillant",
      'Charge status indicator A control circuit open or faulty',
    ),
    chargingCondition(
      'P0DE5',
      'control_circuit',
      "Circuit de commande du témoin d'état de charge B ouvert ou défaillant",
      'Charge status indicator B control circuit open or faulty',
    ),
    ...hexSeries(
      'P0D38',
      charge("capteur de courant d'entrée du chargeur A", 'battery charger A input current sensor'),
      SENSOR5,
    ),
    ...hexSeries(
      'P0D3D',
      charge(
        "capteur de tension d'entrée A du chargeur A",
        'battery charger A input voltage sensor A',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P0D42',
      charge(
        'capteur de tension de la sortie 14 V du chargeur',
        'battery charger 14 volt output voltage sensor',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P0D47',
      charge(
        'capteur de courant de la sortie 14 V du chargeur',
        'battery charger 14 volt output current sensor',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P0D4C',
      charge(
        'capteur de tension de la sortie haute tension du chargeur',
        'battery charger hybrid battery output voltage sensor',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P0D51',
      charge(
        'capteur de courant de la sortie haute tension du chargeur',
        'battery charger hybrid battery output current sensor',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P0D56',
      charge(
        'ligne de détection de proximité A de la prise de recharge',
        'proximity detection circuit A',
        'f',
      ),
      SENSOR5,
    ),
    chargingCondition(
      'P0D5B',
      'performance',
      'Puissance de la sortie 14 V du chargeur peu performante',
      'Battery charger 14 volt output power poor performance',
    ),
    chargingCondition(
      'P0D5C',
      'performance',
      'Puissance de la sortie haute tension du chargeur peu performante',
      'Battery charger hybrid battery output power poor performance',
    ),
    chargingCondition(
      'P0D5D',
      'condition',
      'Décharge du système haute tension par le chargeur trop rapide',
      'Battery charger hybrid/EV system discharge time too short',
    ),
    chargingCondition(
      'P0D5E',
      'condition',
      'Décharge du système haute tension par le chargeur trop lente',
      'Battery charger hybrid/EV system discharge time too long',
    ),
    entry(
      'P0D67',
      charge('module de commande du chargeur A', 'battery charger control module A'),
      'performance',
    ),
    ...hexSeries(
      'P0D80',
      charge('entrée secteur du chargeur', 'battery charger input', 'f'),
      SENSOR5,
    ),
    chargingCondition(
      'P0D85',
      'signal_high',
      'Tension de sortie de charge trop haute',
      'Battery charging output voltage too high',
    ),
    chargingCondition(
      'P0D8F',
      'performance',
      'Circuit de refroidissement du chargeur A peu performant',
      'Battery charger A cooling system poor performance',
    ),
    chargingCondition(
      'P0D90',
      'condition',
      "Fréquence du courant d'entrée du chargeur incorrecte",
      'Battery charger input frequency incorrect',
    ),
    chargingCondition(
      'P0DAA',
      'circuit',
      "Défaut d'isolement du circuit de recharge",
      'Battery charging system isolation fault',
    ),
  );

  // Charge coupler (socket): status indicators, lock, unlock, temperature, lock position.
  for (let i = 0; i < 3; i++) {
    const letter = 'ABC'.charAt(i);
    out.push(
      ...hexSeries(
        hexCode('P0D86', 3 * i),
        charge(
          `témoin d'état ${letter} de la prise de recharge`,
          `battery charger coupler status indicator ${letter}`,
        ),
        CTRL3,
      ),
    );
  }
  out.push(
    ...hexSeries(
      'P0D91',
      charge('verrouillage de la prise de recharge', 'battery charger coupler lock'),
      ['ctrl', 'ctrl_low', 'ctrl_high', 'ctrl_range'],
    ),
    ...hexSeries(
      'P0D95',
      charge('déverrouillage de la prise de recharge', 'battery charger coupler unlock'),
      ['ctrl', 'ctrl_low', 'ctrl_high', 'ctrl_range'],
    ),
    ...hexSeries(
      'P0D99',
      charge(
        'capteur de température A de la prise de recharge',
        'battery charger coupler temperature sensor A',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P0D9E',
      charge(
        'capteur de position du verrou de la prise de recharge A',
        'battery charger A coupler lock position sensor',
      ),
      SENSOR5,
    ),
  );

  // Inverter voltage sensors and HV voltage, current and fans.
  out.push(
    ...hexSeries(
      'P0D2D',
      hv(
        "capteur de tension A de l'onduleur du moteur électrique A",
        'drive motor A inverter voltage sensor A',
        'onduleur',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P0DA3',
      hv(
        "capteur de tension A de l'onduleur du moteur électrique B",
        'drive motor B inverter voltage sensor A',
        'onduleur',
      ),
      SENSOR5,
    ),
    hvCondition(
      'P0DA8',
      'onduleur',
      'correlation',
      "Incohérence entre la tension de la batterie haute tension et celle de l'onduleur du moteur électrique A",
      'Hybrid battery voltage and drive motor A inverter voltage disagree',
    ),
    hvCondition(
      'P0DA9',
      'onduleur',
      'correlation',
      "Incohérence entre la tension de la batterie haute tension et celle de l'onduleur du moteur électrique B",
      'Hybrid battery voltage and drive motor B inverter voltage disagree',
    ),
    entry(
      'P0D32',
      hv('convertisseur DC/DC A', 'DC/DC converter A', 'haute_tension'),
      'overtemperature',
    ),
    hvCondition(
      'P0D33',
      'haute_tension',
      'signal_high',
      'Courant du convertisseur DC/DC trop fort',
      'DC/DC converter current too high',
    ),
    hvCondition(
      'P0D34',
      'batterie_hybride',
      'condition',
      'Courant du système de batterie haute tension anormal',
      'Hybrid battery system current abnormal',
    ),
    hvCondition(
      'P0D35',
      'batterie_hybride',
      'intermittent',
      'Courant du système de batterie haute tension instable',
      'Hybrid battery system current unstable',
    ),
    hvCondition(
      'P0D36',
      'batterie_hybride',
      'signal_low',
      'Courant du système de batterie haute tension trop faible',
      'Hybrid battery system current too low',
    ),
    hvCondition(
      'P0D37',
      'batterie_hybride',
      'signal_high',
      'Courant du système de batterie haute tension trop fort',
      'Hybrid battery system current too high',
    ),
    ...hexSeries(
      'P0D5F',
      hv(
        "retour d'état du ventilateur 2 de refroidissement de la batterie haute tension",
        'hybrid battery pack cooling fan 2 sense',
        'refroidissement_batterie_hybride',
        'm',
        'refroidissement',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P0D64',
      hv(
        "ligne d'activation des ventilateurs de la batterie haute tension",
        'hybrid battery pack cooling fan enable line',
        'refroidissement_batterie_hybride',
        'f',
        'refroidissement',
      ),
      ['circuit', 'low', 'high'],
    ),
    hvCondition(
      'P0DE6',
      'batterie_hybride',
      'signal_low',
      'Tension de cellule de la batterie haute tension trop basse',
      'Hybrid battery pack cell voltage too low',
    ),
    hvCondition(
      'P0DE7',
      'batterie_hybride',
      'signal_high',
      'Tension de cellule de la batterie haute tension trop haute',
      'Hybrid battery pack cell voltage too high',
    ),
  );

  // Electric A/C compressor (high voltage): motor voltage and current, module temperatures.
  const acOne = (code: string, failure: Failure, fr: string, en: string): DtcEntry =>
    handWritten(code, 'carrosserie_confort', 'climatisation', failure, fr, en);
  const acSensorKeys: TemplateKey[] = ['circuit', 'range', 'high', 'low', 'intermittent'];
  out.push(
    ...hexSeries(
      'P0D68',
      airConditioning(
        'capteur de tension A du moteur du compresseur de climatisation électrique',
        'A/C compressor motor voltage sensor A',
      ),
      acSensorKeys,
    ),
    acOne(
      'P0D6D',
      'signal_low',
      'Tension A du moteur du compresseur de climatisation électrique trop basse',
      'A/C compressor motor voltage A too low',
    ),
    acOne(
      'P0D6E',
      'signal_high',
      'Tension A du moteur du compresseur de climatisation électrique trop haute',
      'A/C compressor motor voltage A too high',
    ),
    acOne(
      'P0D6F',
      'signal_high',
      'Courant du moteur du compresseur de climatisation électrique trop fort',
      'A/C compressor motor current too high',
    ),
    ...hexSeries(
      'P0D70',
      airConditioning(
        'capteur de température interne A du module du compresseur de climatisation',
        'A/C compressor control module internal temperature sensor A',
      ),
      acSensorKeys,
    ),
    ...hexSeries(
      'P0D75',
      airConditioning(
        "capteur de température de l'étage de puissance du module du compresseur de climatisation",
        'A/C compressor control module output driver temperature sensor',
      ),
      acSensorKeys,
    ),
  );
  for (let p = 0; p < 3; p++) {
    const phase = 'UVW'.charAt(p);
    out.push(
      acOne(
        hexCode('P0D7A', 2 * p),
        'signal_low',
        `Courant trop faible dans la phase ${phase} du moteur du compresseur de climatisation électrique`,
        `A/C compressor motor phase ${phase} current too low`,
      ),
      acOne(
        hexCode('P0D7B', 2 * p),
        'signal_high',
        `Courant trop fort dans la phase ${phase} du moteur du compresseur de climatisation électrique`,
        `A/C compressor motor phase ${phase} current too high`,
      ),
    );
  }

  // Cell balancing circuits A–N.
  out.push(
    hvCondition(
      'P0DAB',
      'batterie_hybride',
      'performance',
      'Équilibrage des cellules de la batterie haute tension peu performant',
      'Hybrid battery cell balancing poor performance',
    ),
  );
  for (let i = 0; i < 14; i++) {
    const letter = LETTERS.charAt(i);
    const base = hexCode('P0DAC', 4 * i);
    const balancing = hv(
      `dispositif d'équilibrage ${letter} des cellules de la batterie haute tension`,
      `hybrid battery cell balancing unit ${letter}`,
      'batterie_hybride',
    );
    out.push(
      entry(base, balancing, 'circuit'),
      entry(hexCode(base, 1), balancing, 'stuck_on'),
      hvCondition(
        hexCode(base, 2),
        'batterie_hybride',
        'stuck',
        `Dispositif d'équilibrage ${letter} des cellules de la batterie haute tension bloqué au repos`,
        `Hybrid battery cell balancing unit ${letter} stuck off`,
      ),
      entry(hexCode(base, 3), balancing, 'range'),
    );
  }

  // Generator inverter temperature sensors B and C, generator position and currents.
  const genTempB = inverterTemp('B', 'generator');
  const genTempC = inverterTemp('C', 'generator');
  out.push(
    ...entriesAt(genTempB, [
      ['P0DF0', 'circuit'],
      ['P0DF1', 'intermittent'],
      ['P0DF4', 'range'],
      ['P0DF5', 'low'],
      ['P0DF6', 'high'],
    ]),
    ...entriesAt(genTempC, [
      ['P0DF2', 'circuit'],
      ['P0DF3', 'intermittent'],
      ['P0DF7', 'range'],
      ['P0DF8', 'low'],
      ['P0DF9', 'high'],
    ]),
    hvCondition(
      'P0DFA',
      'onduleur',
      'correlation',
      'Incohérence entre les capteurs de courant des phases U, V et W du générateur',
      'Generator phase U-V-W current sensors disagree',
    ),
    hvCondition(
      'P0DFB',
      'propulsion_hybride',
      'condition',
      "Position du générateur : limite d'apprentissage dépassée",
      'Generator position learning limit exceeded',
    ),
    hvCondition(
      'P0DFC',
      'propulsion_hybride',
      'condition',
      'Capteur de position du générateur non appris',
      'Generator position sensor not learned',
    ),
  );

  // Miscellaneous: electric transmission pump temperature, pedestrian alert module.
  out.push(
    eopOne(
      'P0DE4',
      'overtemperature',
      `Température excessive du moteur de la ${eopName} A`,
      'Electric transmission fluid pump A motor over temperature',
    ),
    handWritten(
      'P0DED',
      'carrosserie_confort',
      'alerte_pietons',
      'circuit',
      "Circuit du module d'alerte sonore des piétons ouvert ou défaillant",
      'Pedestrian alert control module circuit open or faulty',
    ),
    handWritten(
      'P0DEE',
      'carrosserie_confort',
      'alerte_pietons',
      'signal_low',
      "Circuit du module d'alerte sonore des piétons : niveau trop bas",
      'Pedestrian alert control module circuit level too low',
    ),
    handWritten(
      'P0DEF',
      'carrosserie_confort',
      'alerte_pietons',
      'signal_high',
      "Circuit du module d'alerte sonore des piétons : niveau trop haut",
      'Pedestrian alert control module circuit level too high',
    ),
  );
  return out;
}

export function fifthPassP0HighCodes(): DtcEntry[] {
  const all = [
    ...p05(),
    ...p06(),
    ...p07(),
    ...p08(),
    ...p09(),
    ...p0a(),
    ...p0b(),
    ...p0c(),
    ...p0d(),
  ];
  return all;
}
