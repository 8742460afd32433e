// Fifth pass over the generic code space (table 1.4.0): P00C0–P00FF, the hexadecimal codes of
// P01xx–P04xx (P010A…P04FF), P0364 and P0395–P0399.
// Code numbers and what they concern are facts checked against public code lists; every title is
// composed here, in the team's own words, from components and failure templates.
//
// Sources (facts only, never wording):
// - a public generic SAE J2012 code list of about 9,400 codes (CSV/JSON, "code data from OBD
//   Codes List", free to use with attribution), following a recent J2012 revision: it defines
//   every code below;
// - an older public J2012-ordered list with the "ISO/SAE Reserved" slots marked: it agrees with
//   the recent list on every code it defines in these blocks (P010A–P011D, P012A–P012E,
//   P013A–P015D, P018A–P018F, P020A–P025D, P029A–P02FA, P032A–P033E, P037D–P037F, P040A–P04AA),
//   and marks the other slots reserved;
// - a public German generic code table of a later revision (it defines P00C0–P00D0, P011E–P011F,
//   P016A–P017E, P025E–P027D, P0395–P03E4, P04AB–P04DB), and manufacturer repair information or
//   generic lookup pages for single families (GM: P00C8–P00CA, P00E9–P00EC, P00F4–P00F6, P026C–
//   P026D; Honda/Toyota: P00CF; Mazda: P039E/P03A8; Honda: P04C1–P04CD): all agree with the
//   recent list. Where the German table differs (P010B given as an EGR module fault, P04CF as a
//   second "circuit" slot), the two J2012 lists win.
//
// Left out: P034D–P034F (the only slots of these blocks the recent list does not define: never
// invented) and P00C6 (already in the table). The slots the older list marks "ISO/SAE Reserved"
// (all of P00C0–P00FF, P019A–P01FF, P034A–P036F, P0395–P03FF, P04AB–P04FF among others) were
// unassigned at its revision; the later revision defines them and both lists agree wherever both
// define a code, so they are included.

import type { Component, DtcEntry, Failure, TemplateKey } from './dtc-templates';
import {
  CTRL3,
  CTRL4,
  CTRL5,
  SENSOR4,
  SENSOR5,
  boostSensor,
  cylinderInjector,
  egrSensor,
  entry,
  fem,
  handWritten,
  hexCode,
  hexSeries,
  knockSensor,
  masc,
  o2SensorName,
} from './dtc-templates';
import { capitalize } from './french';

// ---------------------------------------------------------------- shared components
const turboOutletSensor = (letter: string): Component =>
  masc(
    `capteur de pression en sortie du turbocompresseur ${letter}`,
    `turbocharger outlet pressure sensor ${letter}`,
    'moteur',
    'suralimentation',
  );
const bypassValve = (letter: string): Component =>
  fem(
    `vanne de dérivation du turbocompresseur ${letter}`,
    `turbocharger bypass valve ${letter}`,
    'moteur',
    'suralimentation',
  );
const egrValve = (letter: string): Component =>
  fem(`vanne EGR ${letter}`, `EGR valve ${letter}`, 'emissions', 'egr');
const egrTempSensor = (letter: string): Component =>
  masc(
    `capteur de température EGR ${letter}`,
    `EGR temperature sensor ${letter}`,
    'emissions',
    'egr',
  );
const exhaustValve = (letter: string): Component =>
  fem(
    `vanne de régulation de pression d'échappement ${letter}`,
    `exhaust pressure control valve ${letter}`,
    'emissions',
    'pression_echappement',
  );
const exhaustValvePosition = (letter: string): Component =>
  masc(
    `capteur de position de la vanne de régulation de pression d'échappement ${letter}`,
    `exhaust pressure control valve ${letter} position sensor`,
    'emissions',
    'pression_echappement',
  );
const cacBypass = (letter: string): Component =>
  fem(
    `vanne de dérivation du refroidisseur d'air de suralimentation ${letter}`,
    `charge air cooler bypass valve ${letter}`,
    'moteur',
    'suralimentation',
  );
/** Charge air cooler coolant pump, lettered or not (the sixth pass uses both). */
export const chargeAirCoolerPump = (letter: string): Component =>
  fem(
    `pompe de circulation du refroidisseur d'air de suralimentation${letter ? ` ${letter}` : ''}`,
    `charge air cooler coolant pump${letter ? ` ${letter}` : ''}`,
    'moteur',
    'suralimentation',
  );
/** Alternative fuel (gas) components; the sixth pass continues the family. */
export const alternativeFuelPart = (fr: string, en: string, feminine = false): Component =>
  (feminine ? fem : masc)(fr, en, 'injection_melange', 'carburant_alternatif');

// ---------------------------------------------------------------- P00C0–P00FF
function p00(): DtcEntry[] {
  const out: DtcEntry[] = [];
  out.push(
    ...hexSeries('P00C0', bypassValve('B'), ['ctrl', 'ctrl_low', 'ctrl_high', 'ctrl_range']),
    handWritten(
      'P00C4',
      'moteur',
      'suralimentation',
      'performance',
      'Vanne de dérivation du turbocompresseur B : défaut mécanique',
      'Turbocharger bypass valve B mechanical fault',
    ),
    handWritten(
      'P00C5',
      'moteur',
      'suralimentation',
      'condition',
      'Survitesse de la turbine du turbocompresseur B',
      'Turbine overspeed on turbocharger B',
    ),
    handWritten(
      'P00C7',
      'injection_melange',
      'mesure_air',
      'correlation',
      "Mesure de pression d'air d'admission : plusieurs capteurs incohérents (banc 1)",
      'Intake air pressure measurement: several sensors disagree (bank 1)',
    ),
    // The supply ("high") side of the regulator solenoids; the switched side is P0090–P0092
    // for the pressure regulator and P0001–P0004 for the volume regulator.
    ...hexSeries(
      'P00C8',
      fem(
        'alimentation du solénoïde du régulateur de pression de carburant A',
        'fuel pressure regulator A solenoid supply',
        'injection_melange',
        'regulation_pression_carburant',
      ),
      CTRL3,
    ),
    ...hexSeries(
      'P00CB',
      fem(
        'alimentation du solénoïde du régulateur de débit de carburant',
        'fuel volume regulator solenoid supply',
        'injection_melange',
        'regulation_pression_carburant',
      ),
      CTRL3,
    ),
    handWritten(
      'P00CE',
      'injection_melange',
      'temperature_air_admission',
      'correlation',
      "Mesure de température d'air d'admission : plusieurs capteurs incohérents (banc 1)",
      'Intake air temperature measurement: several sensors disagree (bank 1)',
    ),
    handWritten(
      'P00CF',
      'injection_melange',
      'mesure_air',
      'correlation',
      'Incohérence entre pression atmosphérique et capteur de pression de suralimentation A',
      'Barometric pressure does not match boost pressure sensor A',
    ),
    handWritten(
      'P00D0',
      'injection_melange',
      'mesure_air',
      'correlation',
      'Incohérence entre pression atmosphérique et capteur de pression de suralimentation B',
      'Barometric pressure does not match boost pressure sensor B',
    ),
  );
  const o2Heater = (bank: number, sensor: number): Component =>
    masc(
      `chauffage de la ${o2SensorName(bank, sensor).fr}`,
      `${o2SensorName(bank, sensor).en} heater`,
      'emissions',
      'chauffage_sonde_lambda',
    );
  out.push(
    entry('P00D1', o2Heater(1, 1), 'ctrl_range'),
    entry('P00D2', o2Heater(1, 2), 'ctrl_range'),
    entry('P00D3', o2Heater(2, 1), 'ctrl_range'),
    entry('P00D4', o2Heater(2, 2), 'ctrl_range'),
    handWritten(
      'P00D5',
      'emissions',
      'sonde_lambda',
      'correlation',
      'Incohérence entre les sondes lambda amont et aval (banc 1)',
      'Upstream and downstream O2 sensors disagree (bank 1)',
    ),
    handWritten(
      'P00D6',
      'emissions',
      'sonde_lambda',
      'correlation',
      'Incohérence entre les sondes lambda amont et aval (banc 2)',
      'Upstream and downstream O2 sensors disagree (bank 2)',
    ),
    entry('P00D7', bypassValve('A'), 'overtemperature'),
    entry('P00D8', bypassValve('B'), 'overtemperature'),
    ...hexSeries(
      'P00D9',
      masc(
        "capteur de température d'air extérieur B",
        'ambient air temperature sensor B',
        'carrosserie_confort',
        'temperature_exterieure',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P00DE',
      masc(
        "capteur de température du liquide du refroidisseur d'air de suralimentation A",
        'charge air cooler coolant temperature sensor A',
        'moteur',
        'suralimentation',
      ),
      SENSOR5,
    ),
  );
  const heatExchangerBypass = fem(
    "vanne de dérivation d'échappement de l'échangeur de chaleur A",
    'exhaust heat exchanger bypass valve A',
    'refroidissement',
    'montee_en_temperature',
  );
  out.push(
    entry('P00E3', heatExchangerBypass, 'stuck_open'),
    entry('P00E4', heatExchangerBypass, 'stuck_closed'),
    handWritten(
      'P00E5',
      'injection_melange',
      'temperature_air_admission',
      'correlation',
      "Incohérence entre température d'air d'admission et température du carburant",
      'Intake air temperature does not match fuel temperature',
    ),
    handWritten(
      'P00E6',
      'injection_melange',
      'mesure_air',
      'correlation',
      "Mesure de pression d'air d'admission : plusieurs capteurs incohérents (banc 2)",
      'Intake air pressure measurement: several sensors disagree (bank 2)',
    ),
    handWritten(
      'P00E7',
      'injection_melange',
      'temperature_air_admission',
      'correlation',
      "Mesure de température d'air d'admission : plusieurs capteurs incohérents (banc 2)",
      'Intake air temperature measurement: several sensors disagree (bank 2)',
    ),
  );
  const iat3 = (bank: number): Component =>
    masc(
      `capteur de température d'air d'admission 3 (banc ${bank})`,
      `intake air temperature sensor 3 (bank ${bank})`,
      'injection_melange',
      'temperature_air_admission',
    );
  out.push(
    ...hexSeries('P00E8', iat3(1), SENSOR5),
    ...hexSeries('P00ED', iat3(2), SENSOR5),
    ...hexSeries(
      'P00F2',
      masc(
        "capteur d'humidité de l'air d'admission",
        'intake air humidity sensor',
        'injection_melange',
        'mesure_air',
      ),
      SENSOR5,
    ),
    handWritten(
      'P00F7',
      'injection_melange',
      'mesure_air',
      'correlation',
      'Incohérence entre pression atmosphérique et pression en entrée du turbo/compresseur (banc 2)',
      'Barometric pressure does not match turbo/supercharger inlet pressure (bank 2)',
    ),
    ...hexSeries('P00F8', turboOutletSensor('A'), SENSOR5),
    handWritten(
      'P00FD',
      'electricite_charge',
      'batterie',
      'performance',
      'État de charge de la batterie B hors des valeurs attendues',
      'Battery B state of charge poor performance',
    ),
    handWritten(
      'P00FE',
      'emissions',
      'evap',
      'flow',
      'Conduite de vapeurs du réservoir (EVAP) obstruée ou bouchée',
      'EVAP tank vapour line restricted or blocked',
    ),
    handWritten(
      'P00FF',
      'moteur',
      'calculateur',
      'condition',
      'Témoin de défaut moteur (MIL) allumé à la demande du calculateur de carrosserie',
      'MIL switched on at the request of the body control module',
    ),
  );
  return out;
}

// ---------------------------------------------------------------- P01xx
function p01(): DtcEntry[] {
  const out: DtcEntry[] = [];
  out.push(
    ...hexSeries(
      'P010A',
      masc("débitmètre d'air B", 'mass air flow sensor B', 'injection_melange', 'debitmetre'),
      SENSOR5,
    ),
    handWritten(
      'P010F',
      'injection_melange',
      'debitmetre',
      'correlation',
      "Incohérence entre les débitmètres d'air A et B",
      'Mass air flow sensors A and B disagree',
    ),
    handWritten(
      'P011A',
      'refroidissement',
      'capteur_temperature_eau',
      'correlation',
      'Incohérence entre les capteurs de température du liquide de refroidissement 1 et 2',
      'Engine coolant temperature sensors 1 and 2 disagree',
    ),
    handWritten(
      'P011B',
      'refroidissement',
      'capteur_temperature_eau',
      'correlation',
      "Incohérence entre température du liquide de refroidissement et température d'air d'admission",
      'Engine coolant temperature does not match intake air temperature',
    ),
    handWritten(
      'P011C',
      'injection_melange',
      'temperature_air_admission',
      'correlation',
      "Incohérence entre température d'air de suralimentation et température d'air d'admission (banc 1)",
      'Charge air temperature does not match intake air temperature (bank 1)',
    ),
    handWritten(
      'P011D',
      'injection_melange',
      'temperature_air_admission',
      'correlation',
      "Incohérence entre température d'air de suralimentation et température d'air d'admission (banc 2)",
      'Charge air temperature does not match intake air temperature (bank 2)',
    ),
    handWritten(
      'P011E',
      'refroidissement',
      'capteur_temperature_eau',
      'correlation',
      'Incohérence entre le capteur de température du liquide de refroidissement 1 et la température extérieure',
      'Engine coolant temperature sensor 1 does not match ambient air temperature',
    ),
    handWritten(
      'P011F',
      'refroidissement',
      'capteur_temperature_eau',
      'correlation',
      'Incohérence entre le capteur de température du liquide de refroidissement 2 et la température extérieure',
      'Engine coolant temperature sensor 2 does not match ambient air temperature',
    ),
    ...hexSeries(
      'P012A',
      masc(
        'capteur de pression en entrée du turbo/compresseur A',
        'turbo/supercharger inlet pressure sensor A',
        'moteur',
        'suralimentation',
      ),
      SENSOR5,
    ),
    handWritten(
      'P012F',
      'refroidissement',
      'capteur_temperature_eau',
      'correlation',
      "Incohérence entre température du liquide de refroidissement et température d'huile moteur",
      'Engine coolant temperature does not match engine oil temperature',
    ),
  );

  // Oxygen sensor response-time monitors: "slow" (the switch takes too long) and "delayed" (the
  // switch starts too late), each in both directions.
  const o2Response = (
    code: string,
    bank: number,
    sensor: number,
    kind: 'slow' | 'delayed',
    richToLean: boolean,
  ): DtcEntry => {
    const s = o2SensorName(bank, sensor);
    const frKind = kind === 'slow' ? 'réponse trop lente' : 'réponse retardée';
    const enKind = kind === 'slow' ? 'slow response' : 'delayed response';
    const frDir = richToLean ? 'du riche vers le pauvre' : 'du pauvre vers le riche';
    const enDir = richToLean ? 'rich to lean' : 'lean to rich';
    return handWritten(
      code,
      'emissions',
      'sonde_lambda',
      'slow_response',
      `${capitalize(s.fr)} : ${frKind} ${frDir}`,
      `${capitalize(s.en)}: ${enKind}, ${enDir}`,
    );
  };
  const o2Layout: readonly [string, number, number, 'slow' | 'delayed', boolean][] = [
    ['P013A', 1, 2, 'slow', true],
    ['P013B', 1, 2, 'slow', false],
    ['P013C', 2, 2, 'slow', true],
    ['P013D', 2, 2, 'slow', false],
    ['P013E', 1, 2, 'delayed', true],
    ['P013F', 1, 2, 'delayed', false],
    ['P014A', 2, 2, 'delayed', true],
    ['P014B', 2, 2, 'delayed', false],
    ['P014C', 1, 1, 'slow', true],
    ['P014D', 1, 1, 'slow', false],
    ['P014E', 2, 1, 'slow', true],
    ['P014F', 2, 1, 'slow', false],
    ['P015A', 1, 1, 'delayed', true],
    ['P015B', 1, 1, 'delayed', false],
    ['P015C', 2, 1, 'delayed', true],
    ['P015D', 2, 1, 'delayed', false],
    ['P019A', 1, 3, 'delayed', true],
    ['P019B', 1, 3, 'delayed', false],
    ['P019C', 2, 3, 'delayed', true],
    ['P019D', 2, 3, 'delayed', false],
  ];
  for (const [code, bank, sensor, kind, richToLean] of o2Layout) {
    out.push(o2Response(code, bank, sensor, kind, richToLean));
  }

  out.push(
    handWritten(
      'P015E',
      'injection_melange',
      'avance_injection',
      'performance',
      "Passage en boucle fermée de la régulation du calage de l'injection trop long",
      'Closed-loop injection timing control takes too long to engage',
    ),
    handWritten(
      'P015F',
      'injection_melange',
      'injecteur',
      'performance',
      "Passage en boucle fermée de l'équilibrage des cylindres trop long",
      'Closed-loop cylinder balance control takes too long to engage',
    ),
    handWritten(
      'P016A',
      'injection_melange',
      'correction_richesse',
      'performance',
      'Passage en boucle fermée de la régulation de richesse trop long',
      'Closed-loop fuel control takes too long to engage',
    ),
    handWritten(
      'P016B',
      'injection_melange',
      'correction_richesse',
      'mixture_rich',
      'Régulation de richesse en boucle fermée en butée : mélange trop riche',
      'Closed-loop fuel control saturated: mixture too rich',
    ),
    handWritten(
      'P016C',
      'injection_melange',
      'correction_richesse',
      'mixture_lean',
      'Régulation de richesse en boucle fermée en butée : mélange trop pauvre',
      'Closed-loop fuel control saturated: mixture too lean',
    ),
    handWritten(
      'P016D',
      'injection_melange',
      'regulation_pression_carburant',
      'performance',
      'Passage en boucle fermée de la régulation de pression de carburant trop long',
      'Closed-loop fuel pressure control takes too long to engage',
    ),
    handWritten(
      'P016E',
      'injection_melange',
      'regulation_pression_carburant',
      'pressure_high',
      'Régulation de pression de carburant en boucle fermée en butée : pression trop haute',
      'Closed-loop fuel pressure control saturated: pressure too high',
    ),
    handWritten(
      'P016F',
      'injection_melange',
      'regulation_pression_carburant',
      'pressure_low',
      'Régulation de pression de carburant en boucle fermée en butée : pression trop basse',
      'Closed-loop fuel pressure control saturated: pressure too low',
    ),
    ...hexSeries(
      'P017A',
      masc(
        'capteur de température de culasse A',
        'cylinder head temperature sensor A',
        'refroidissement',
        'capteur_temperature_eau',
      ),
      SENSOR5,
    ),
    handWritten(
      'P017F',
      'emissions',
      'evap',
      'flow',
      'Filtre à air du module de pompe de détection de fuite EVAP colmaté',
      'EVAP leak detection pump module air filter restricted',
    ),
    ...hexSeries(
      'P018A',
      masc(
        'capteur de pression de carburant B',
        'fuel pressure sensor B',
        'injection_melange',
        'pression_carburant',
      ),
      SENSOR5,
    ),
    handWritten(
      'P018F',
      'injection_melange',
      'regulation_pression_carburant',
      'performance',
      'Clapet de surpression carburant ouvert trop souvent',
      'Fuel over-pressure relief valve opens too often',
    ),
  );

  // Alternative fuel (gas) tank and rail sensors.
  out.push(
    ...hexSeries(
      'P019E',
      alternativeFuelPart(
        'capteur de pression du réservoir de carburant alternatif A',
        'alternative fuel tank A pressure sensor',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P01A3',
      alternativeFuelPart(
        'capteur de pression de rampe de carburant alternatif',
        'alternative fuel rail pressure sensor',
      ),
      SENSOR5,
    ),
    handWritten(
      'P01A8',
      'injection_melange',
      'carburant_alternatif',
      'pressure_low',
      'Pression trop basse dans la rampe de carburant alternatif',
      'Alternative fuel rail pressure too low',
    ),
    handWritten(
      'P01A9',
      'injection_melange',
      'carburant_alternatif',
      'pressure_high',
      'Pression trop haute dans la rampe de carburant alternatif',
      'Alternative fuel rail pressure too high',
    ),
    ...hexSeries(
      'P01AA',
      alternativeFuelPart(
        'capteur de température du réservoir de carburant alternatif',
        'alternative fuel tank temperature sensor',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P01AF',
      alternativeFuelPart(
        'capteur de niveau du réservoir de carburant alternatif A',
        'alternative fuel tank A level sensor',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P01B4',
      alternativeFuelPart(
        'capteur de température de rampe de carburant alternatif',
        'alternative fuel rail temperature sensor',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P01B9',
      masc(
        "capteur de température d'huile moteur B",
        'engine oil temperature sensor B',
        'lubrification',
        'temperature_huile',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P01BE',
      masc(
        'capteur de pression de rampe de carburant (banc 2)',
        'fuel rail pressure sensor (bank 2)',
        'injection_melange',
        'pression_carburant',
      ),
      SENSOR5,
    ),
    ...hexSeries(
      'P01C3',
      masc(
        'capteur de pression de carburant A',
        'fuel pressure sensor A',
        'injection_melange',
        'pression_carburant',
      ),
      SENSOR5,
    ),
    handWritten(
      'P01C8',
      'injection_melange',
      'pression_carburant',
      'pressure_low',
      'Pression de carburant dans la rampe trop basse (banc 2)',
      'Fuel rail pressure too low (bank 2)',
    ),
    handWritten(
      'P01C9',
      'injection_melange',
      'pression_carburant',
      'pressure_high',
      'Pression de carburant dans la rampe trop haute (banc 2)',
      'Fuel rail pressure too high (bank 2)',
    ),
    handWritten(
      'P01CA',
      'injection_melange',
      'pression_carburant',
      'pressure_low',
      'Pression de carburant dans la rampe trop basse pendant le lancement du moteur (banc 2)',
      'Fuel rail pressure too low while the engine is cranking (bank 2)',
    ),
  );

  // Injection timing per cylinder, too far retarded / too far advanced (two codes each).
  for (let n = 1; n <= 12; n += 1) {
    const base = hexCode('P01CB', (n - 1) * 2);
    out.push(
      handWritten(
        base,
        'injection_melange',
        'avance_injection',
        'performance',
        `Calage de l'injection du cylindre ${n} trop retardé`,
        `Cylinder ${n} injection timing too far retarded`,
      ),
      handWritten(
        hexCode(base, 1),
        'injection_melange',
        'avance_injection',
        'performance',
        `Calage de l'injection du cylindre ${n} trop avancé`,
        `Cylinder ${n} injection timing too far advanced`,
      ),
    );
  }

  const coolantHeater = (letter: string): Component =>
    masc(
      `réchauffeur de liquide de refroidissement ${letter}`,
      `engine coolant heater ${letter}`,
      'refroidissement',
      'montee_en_temperature',
    );
  const heaterKeys: readonly TemplateKey[] = ['ctrl', 'ctrl_low', 'ctrl_high', 'ctrl_range'];
  const o2Sensor4 = fem(
    'sonde lambda (banc 1, sonde 4)',
    'O2 sensor (bank 1, sensor 4)',
    'emissions',
    'sonde_lambda',
  );
  out.push(
    ...hexSeries(
      'P01E3',
      masc(
        'capteur de température du liquide de refroidissement 3',
        'engine coolant temperature sensor 3',
        'refroidissement',
        'capteur_temperature_eau',
      ),
      SENSOR5,
    ),
    ...hexSeries('P01E8', coolantHeater('A'), heaterKeys),
    ...hexSeries('P01EC', coolantHeater('B'), heaterKeys),
    handWritten(
      'P01F0',
      'refroidissement',
      'montee_en_temperature',
      'condition',
      'Température du liquide de refroidissement retombée sous le seuil de surveillance',
      'Coolant temperature dropped back below the monitoring threshold',
    ),
    ...hexSeries('P01F1', o2Sensor4, [
      'circuit',
      'low_voltage',
      'high_voltage',
      'slow_response',
      'no_activity',
    ]),
    handWritten(
      'P01F6',
      'emissions',
      'sonde_lambda',
      'stuck',
      'Signal de la sonde lambda (banc 1, sonde 4) faussé ou bloqué en mélange pauvre',
      'Signal of O2 sensor (bank 1, sensor 4) biased or stuck lean',
    ),
    handWritten(
      'P01F7',
      'emissions',
      'sonde_lambda',
      'stuck',
      'Signal de la sonde lambda (banc 1, sonde 4) faussé ou bloqué en mélange riche',
      'Signal of O2 sensor (bank 1, sensor 4) biased or stuck rich',
    ),
    handWritten(
      'P01F8',
      'refroidissement',
      'montee_en_temperature',
      'overtemperature',
      "Circuit de commande du réchauffeur de liquide de refroidissement A : courant ou température de l'étage de puissance trop élevé",
      'Engine coolant heater A control circuit driver current or temperature too high',
    ),
    handWritten(
      'P01F9',
      'refroidissement',
      'montee_en_temperature',
      'overtemperature',
      "Circuit de commande du réchauffeur de liquide de refroidissement B : courant ou température de l'étage de puissance trop élevé",
      'Engine coolant heater B control circuit driver current or temperature too high',
    ),
    ...hexSeries('P01FA', turboOutletSensor('B'), SENSOR5),
    handWritten(
      'P01FF',
      'moteur',
      'suralimentation',
      'correlation',
      'Incohérence entre les capteurs de pression en sortie du turbocompresseur A et B',
      'Turbocharger outlet pressure sensors A and B disagree',
    ),
  );
  return out;
}

// ---------------------------------------------------------------- P02xx
function p02(): DtcEntry[] {
  const out: DtcEntry[] = [];

  // Injection timing per cylinder: cylinders 1–6 at P020A–P020F, 7–12 at P021A–P021F.
  for (let n = 1; n <= 12; n += 1) {
    const code = n <= 6 ? hexCode('P020A', n - 1) : hexCode('P021A', n - 7);
    out.push(
      handWritten(
        code,
        'injection_melange',
        'avance_injection',
        'performance',
        `Calage de l'injection du cylindre ${n} incorrect`,
        `Cylinder ${n} injection timing incorrect`,
      ),
    );
  }

  out.push(
    ...hexSeries('P022A', cacBypass('A'), CTRL3),
    ...hexSeries('P022D', cacBypass('B'), CTRL3),
    ...hexSeries('P023A', chargeAirCoolerPump('A'), CTRL3),
    handWritten(
      'P023D',
      'injection_melange',
      'mesure_air',
      'correlation',
      'Incohérence entre pression collecteur et capteur de pression de suralimentation A',
      'Manifold pressure does not match boost pressure sensor A',
    ),
    handWritten(
      'P023E',
      'injection_melange',
      'mesure_air',
      'correlation',
      'Incohérence entre pression collecteur et capteur de pression de suralimentation B',
      'Manifold pressure does not match boost pressure sensor B',
    ),
    handWritten(
      'P023F',
      'injection_melange',
      'pompe_carburant',
      'circuit',
      'Circuit secondaire de la pompe à carburant ouvert',
      'Fuel pump secondary circuit open',
    ),
    entry('P024A', cacBypass('A'), 'range'),
    entry('P024B', cacBypass('A'), 'stuck'),
    ...hexSeries(
      'P024C',
      masc(
        "capteur de position de la vanne de dérivation du refroidisseur d'air de suralimentation A",
        'charge air cooler bypass valve A position sensor',
        'moteur',
        'suralimentation',
      ),
      SENSOR4,
    ),
  );

  const pumpModule = (letter: string): Component =>
    masc(
      `module de pompe à carburant ${letter}`,
      `fuel pump module ${letter}`,
      'injection_melange',
      'pompe_carburant',
    );
  const cacFan = masc(
    "ventilateur du refroidisseur d'air de suralimentation",
    'charge air cooler cooling fan',
    'moteur',
    'suralimentation',
  );
  out.push(
    ...hexSeries('P025A', pumpModule('A'), CTRL4),
    entry('P025E', boostSensor('A'), 'intermittent'),
    entry('P025F', boostSensor('B'), 'intermittent'),
    handWritten(
      'P026A',
      'moteur',
      'suralimentation',
      'efficiency',
      "Efficacité du refroidisseur d'air de suralimentation insuffisante",
      'Charge air cooler efficiency too low',
    ),
    handWritten(
      'P026B',
      'injection_melange',
      'avance_injection',
      'performance',
      "Calage de l'injection peu performant",
      'Injection timing poor performance',
    ),
    handWritten(
      'P026C',
      'injection_melange',
      'injecteur',
      'flow',
      'Quantité de carburant injectée inférieure à la valeur attendue',
      'Injected fuel quantity lower than expected',
    ),
    handWritten(
      'P026D',
      'injection_melange',
      'injecteur',
      'flow',
      'Quantité de carburant injectée supérieure à la valeur attendue',
      'Injected fuel quantity higher than expected',
    ),
    entry('P026E', chargeAirCoolerPump('A'), 'performance'),
    handWritten(
      'P026F',
      'refroidissement',
      'thermostat',
      'performance',
      'Thermostat de refroidissement défaillant ou peu performant',
      'Coolant thermostat faulty or poor performance',
    ),
    ...hexSeries('P027A', pumpModule('B'), CTRL4),
    handWritten(
      'P027E',
      'injection_melange',
      'injecteur',
      'flow',
      'Quantité de carburant injectée au démarrage à froid inférieure à la valeur attendue',
      'Cold start injected fuel quantity lower than expected',
    ),
    handWritten(
      'P027F',
      'injection_melange',
      'injecteur',
      'flow',
      'Quantité de carburant injectée au démarrage à froid supérieure à la valeur attendue',
      'Cold start injected fuel quantity higher than expected',
    ),
    ...hexSeries('P028A', cacFan, ['ctrl', 'stuck_off', 'stuck_on', 'ctrl_low', 'ctrl_high']),
    handWritten(
      'P028F',
      'moteur',
      'suralimentation',
      'control_circuit',
      "Circuit de commande du ventilateur du refroidisseur d'air de suralimentation : étage de puissance peu performant",
      'Charge air cooler cooling fan control circuit driver poor performance',
    ),
  );

  // Per-cylinder fuel trim and injector checks, four codes per cylinder from P029A.
  for (let n = 1; n <= 12; n += 1) {
    const base = hexCode('P029A', (n - 1) * 4);
    out.push(
      handWritten(
        base,
        'injection_melange',
        'correction_richesse',
        'performance',
        `Correction de richesse du cylindre ${n} en butée haute`,
        `Cylinder ${n} fuel trim at upper limit`,
      ),
      handWritten(
        hexCode(base, 1),
        'injection_melange',
        'correction_richesse',
        'performance',
        `Correction de richesse du cylindre ${n} en butée basse`,
        `Cylinder ${n} fuel trim at lower limit`,
      ),
      handWritten(
        hexCode(base, 2),
        'injection_melange',
        'injecteur',
        'flow',
        `Injecteur du cylindre ${n} obstrué`,
        `Cylinder ${n} injector clogged`,
      ),
      handWritten(
        hexCode(base, 3),
        'injection_melange',
        'injecteur',
        'leak',
        `Injecteur du cylindre ${n} fuyard`,
        `Cylinder ${n} injector leaks`,
      ),
    );
  }

  out.push(
    handWritten(
      'P02CA',
      'moteur',
      'suralimentation',
      'pressure_high',
      'Surpression de suralimentation (turbo/compresseur B)',
      'Overboost condition (turbo/supercharger B)',
    ),
    handWritten(
      'P02CB',
      'moteur',
      'suralimentation',
      'pressure_low',
      'Pression de suralimentation insuffisante (turbo/compresseur B)',
      'Underboost condition (turbo/supercharger B)',
    ),
  );

  // Injector offset learning at its limits, cylinders 1–10 (two codes each from P02CC).
  for (let n = 1; n <= 10; n += 1) {
    const base = hexCode('P02CC', (n - 1) * 2);
    out.push(
      handWritten(
        base,
        'injection_melange',
        'injecteur',
        'performance',
        `Apprentissage du décalage de l'injecteur du cylindre ${n} en butée basse`,
        `Cylinder ${n} injector offset learning at lower limit`,
      ),
      handWritten(
        hexCode(base, 1),
        'injection_melange',
        'injecteur',
        'performance',
        `Apprentissage du décalage de l'injecteur du cylindre ${n} en butée haute`,
        `Cylinder ${n} injector offset learning at upper limit`,
      ),
    );
  }

  // Diesel intake air flow control (throttle-like flap on diesel engines).
  const dieselFlap = fem(
    "vanne de régulation du débit d'air d'admission (diesel)",
    'diesel intake air flow control valve',
    'injection_melange',
    'admission_air',
  );
  const dieselFlapPosition = masc(
    "capteur de position de la vanne de régulation du débit d'air d'admission (diesel)",
    'diesel intake air flow control valve position sensor',
    'injection_melange',
    'admission_air',
  );
  out.push(
    ...hexSeries('P02E0', dieselFlap, [
      'ctrl',
      'performance',
      'ctrl_low',
      'ctrl_high',
      'stuck_open',
      'stuck_closed',
    ]),
    ...hexSeries('P02E6', dieselFlapPosition, SENSOR5),
    handWritten(
      'P02EB',
      'injection_melange',
      'admission_air',
      'range_performance',
      "Courant du moteur de la vanne de régulation du débit d'air d'admission (diesel) hors plage ou peu performant",
      'Diesel intake air flow control motor current out of range or poor performance',
    ),
    handWritten(
      'P02EC',
      'injection_melange',
      'admission_air',
      'flow',
      "Régulation du débit d'air d'admission (diesel) : débit d'air trop élevé détecté",
      'Diesel intake air flow control: high air flow detected',
    ),
    handWritten(
      'P02ED',
      'injection_melange',
      'admission_air',
      'flow',
      "Régulation du débit d'air d'admission (diesel) : débit d'air trop faible détecté",
      'Diesel intake air flow control: low air flow detected',
    ),
  );
  for (let n = 1; n <= 12; n += 1) {
    out.push(entry(hexCode('P02EE', n - 1), cylinderInjector(n), 'circuit_range'));
  }
  out.push(
    handWritten(
      'P02FA',
      'injection_melange',
      'admission_air',
      'range_performance',
      "Capteur de position de la vanne de régulation du débit d'air d'admission (diesel) : butées mini/maxi hors plage",
      'Diesel intake air flow control valve position sensor minimum/maximum stop out of range',
    ),
    ...hexSeries(
      'P02FB',
      masc(
        "dispositif d'injection de démarrage à froid",
        'cold start fuel injection',
        'injection_melange',
        'injecteur',
      ),
      ['ctrl', 'ctrl_low', 'ctrl_high', 'ctrl_range'],
    ),
    handWritten(
      'P02FF',
      'moteur',
      'calculateur',
      'performance',
      "Minuterie d'inactivité du groupe motopropulseur peu performante",
      'Propulsion system inactive timer poor performance',
    ),
  );
  return out;
}

// ---------------------------------------------------------------- P03xx
function p03(): DtcEntry[] {
  const out: DtcEntry[] = [];

  // Ignition control signals A–L (per-coil driver signals), three codes each, in pairs of letters.
  const ignitionSignal = (base: string, letter: string): DtcEntry[] => {
    const fr = `Circuit du signal de commande d'allumage ${letter}`;
    const en = `Ignition ${letter} control signal circuit`;
    return [
      handWritten(
        base,
        'allumage',
        'bobine_allumage',
        'control_circuit',
        `${fr} ouvert ou défaillant`,
        `${en} open or faulty`,
      ),
      handWritten(
        hexCode(base, 1),
        'allumage',
        'bobine_allumage',
        'control_circuit',
        `${fr} : niveau trop bas`,
        `${en} level too low`,
      ),
      handWritten(
        hexCode(base, 2),
        'allumage',
        'bobine_allumage',
        'control_circuit',
        `${fr} : niveau trop haut`,
        `${en} level too high`,
      ),
    ];
  };
  const ignitionPairs: readonly [string, string, string][] = [
    ['P030A', 'A', 'B'],
    ['P031A', 'C', 'D'],
    ['P035A', 'E', 'F'],
    ['P036A', 'G', 'H'],
    ['P038A', 'I', 'J'],
    ['P03FA', 'K', 'L'],
  ];
  for (const [base, first, second] of ignitionPairs) {
    out.push(...ignitionSignal(base, first), ...ignitionSignal(hexCode(base, 3), second));
  }

  out.push(
    ...hexSeries('P032A', knockSensor(3, 1), SENSOR5),
    handWritten(
      'P032F',
      'moteur',
      'gestion_couple',
      'performance',
      'Couple fourni par le moteur thermique insuffisant',
      'Combustion engine torque output too low',
    ),
    ...hexSeries('P033A', knockSensor(4, 2), SENSOR5),
    handWritten(
      'P033F',
      'allumage',
      'capteur_vilebrequin',
      'correlation',
      'Perte de synchronisation entre vilebrequin et arbre à cames',
      'Crankshaft/camshaft synchronisation lost',
    ),
    handWritten(
      'P034A',
      'allumage',
      'capteur_vilebrequin',
      'performance',
      'Capteur de position vilebrequin : position de départ du vilebrequin incorrecte',
      'Crankshaft position sensor: incorrect crankshaft start position',
    ),
    handWritten(
      'P034B',
      'allumage',
      'capteur_vilebrequin',
      'performance',
      'Capteur de position vilebrequin : sens de rotation du vilebrequin incorrect',
      'Crankshaft position sensor: incorrect crankshaft rotation direction',
    ),
    handWritten(
      'P034C',
      'allumage',
      'rates_combustion',
      'performance',
      "Système de détection par courant d'ionisation peu performant",
      'Ion sense system poor performance',
    ),
    handWritten(
      'P0364',
      'electricite_charge',
      'onduleur',
      'control_circuit',
      'Circuit de commande du module convertisseur continu/alternatif hors plage ou peu performant',
      'DC/AC converter control module control circuit out of range or poor performance',
    ),
  );

  const glowLamp = masc(
    'témoin de préchauffage',
    'glow plug indicator lamp',
    'allumage',
    'prechauffage',
  );
  out.push(
    entry('P037A', glowLamp, 'ctrl_low'),
    entry('P037B', glowLamp, 'ctrl_high'),
    handWritten(
      'P037C',
      'moteur',
      'distribution_variable',
      'performance',
      'Système de changement de profil de came au démarrage à froid peu performant',
      'Cold start camshaft profile system poor performance',
    ),
    handWritten(
      'P037D',
      'allumage',
      'prechauffage',
      'circuit',
      'Circuit de contrôle des bougies de préchauffage défaillant',
      'Glow plug sense circuit fault',
    ),
    handWritten(
      'P037E',
      'allumage',
      'prechauffage',
      'signal_low',
      'Circuit de contrôle des bougies de préchauffage : signal trop bas',
      'Glow plug sense circuit signal too low',
    ),
    handWritten(
      'P037F',
      'allumage',
      'prechauffage',
      'signal_high',
      'Circuit de contrôle des bougies de préchauffage : signal trop haut',
      'Glow plug sense circuit signal too high',
    ),
  );

  // In-cylinder pressure sensors: ten codes per cylinder from P0395, cylinders 1–8.
  for (let n = 1; n <= 8; n += 1) {
    const base = hexCode('P0395', (n - 1) * 10);
    const sensor = masc(
      `capteur de pression du cylindre ${n}`,
      `cylinder ${n} pressure sensor`,
      'moteur',
      'pression_cylindre',
    );
    const cylinder = (offset: number, failure: Failure, fr: string, en: string): DtcEntry =>
      handWritten(hexCode(base, offset), 'moteur', 'pression_cylindre', failure, fr, en);
    out.push(
      ...SENSOR5.map((key, i) => entry(hexCode(base, i), sensor, key)),
      cylinder(
        5,
        'pressure_low',
        `Pression trop basse dans le cylindre ${n}`,
        `Pressure too low in cylinder ${n}`,
      ),
      cylinder(
        6,
        'pressure_high',
        `Pression trop haute dans le cylindre ${n}`,
        `Pressure too high in cylinder ${n}`,
      ),
      cylinder(
        7,
        'range_performance',
        `Variation de pression trop faible dans le cylindre ${n}`,
        `Pressure variation too low in cylinder ${n}`,
      ),
      cylinder(
        8,
        'range_performance',
        `Variation de pression trop forte dans le cylindre ${n}`,
        `Pressure variation too high in cylinder ${n}`,
      ),
      cylinder(
        9,
        'performance',
        `Combustion anormale mesurée dans le cylindre ${n}`,
        `Cylinder ${n} combustion performance fault`,
      ),
    );
  }

  // Third position sensor (C) and third profile actuator (C) of the variable valve timing, bank 1.
  const camPositionC = (cam: string): Component =>
    masc(
      `capteur de position C du déphaseur d'arbre à cames ${cam} (banc 1)`,
      `camshaft ${cam} actuator position sensor C (bank 1)`,
      'moteur',
      'distribution_variable',
    );
  const camProfileC = (cam: string): Component =>
    masc(
      `actionneur C de changement de profil de came ${cam} (banc 1)`,
      `camshaft ${cam} profile actuator C (bank 1)`,
      'moteur',
      'distribution_variable',
    );
  const profileKeys: readonly TemplateKey[] = [
    'ctrl',
    'ctrl_low',
    'ctrl_high',
    'stuck_off',
    'stuck_on',
  ];
  out.push(...hexSeries('P03E5', camPositionC('A'), SENSOR4));
  for (const [i, letter] of ['A', 'B', 'C'].entries()) {
    out.push(
      handWritten(
        hexCode('P03E9', i),
        'moteur',
        'distribution_variable',
        'performance',
        `Capteur de position ${letter} de l'actionneur de profil de came A : limite d'apprentissage dépassée`,
        `Camshaft A profile actuator position sensor ${letter} learning limit exceeded`,
      ),
    );
  }
  out.push(
    ...hexSeries('P03EC', camProfileC('A'), profileKeys),
    ...hexSeries('P03F1', camProfileC('B'), profileKeys),
    ...hexSeries('P03F6', camPositionC('B'), SENSOR4),
  );
  return out;
}

// ---------------------------------------------------------------- P04xx
function p04(): DtcEntry[] {
  const out: DtcEntry[] = [];
  const airValveA = fem(
    "vanne de commutation d'air secondaire A",
    'secondary air switching valve A',
    'emissions',
    'air_secondaire',
  );
  const catalystTemp2 = (bank: number): Component =>
    masc(
      `capteur de température du catalyseur (banc ${bank}, capteur 2)`,
      `catalyst temperature sensor (bank ${bank}, sensor 2)`,
      'emissions',
      'catalyseur',
    );
  out.push(
    ...hexSeries('P040A', egrTempSensor('A'), SENSOR5),
    handWritten(
      'P040F',
      'emissions',
      'egr',
      'correlation',
      'Incohérence entre les capteurs de température EGR A et B',
      'EGR temperature sensors A and B disagree',
    ),
    ...hexSeries('P041A', egrTempSensor('B'), SENSOR5),
    entry('P041F', airValveA, 'ctrl_low'),
    ...hexSeries('P042A', catalystTemp2(1), SENSOR4),
    entry('P042E', egrValve('A'), 'stuck_open'),
    entry('P042F', egrValve('A'), 'stuck_closed'),
    ...hexSeries('P043A', catalystTemp2(2), SENSOR4),
    handWritten(
      'P043E',
      'emissions',
      'evap',
      'flow',
      "Débit trop faible à travers l'orifice de référence de la détection de fuite EVAP",
      'EVAP leak detection reference orifice flow too low',
    ),
    handWritten(
      'P043F',
      'emissions',
      'evap',
      'flow',
      "Débit trop élevé à travers l'orifice de référence de la détection de fuite EVAP",
      'EVAP leak detection reference orifice flow too high',
    ),
    ...hexSeries('P044A', egrSensor('C'), SENSOR5),
    entry('P044F', airValveA, 'ctrl_high'),
    ...hexSeries('P045A', egrValve('B'), [...CTRL4, 'stuck_open', 'stuck_closed']),
    handWritten(
      'P046A',
      'emissions',
      'catalyseur',
      'correlation',
      'Incohérence entre les capteurs de température du catalyseur 1 et 2 (banc 1)',
      'Catalyst temperature sensors 1 and 2 disagree (bank 1)',
    ),
    handWritten(
      'P046B',
      'emissions',
      'catalyseur',
      'correlation',
      'Incohérence entre les capteurs de température du catalyseur 1 et 2 (banc 2)',
      'Catalyst temperature sensors 1 and 2 disagree (bank 2)',
    ),
    entry('P046C', egrSensor('A'), 'range'),
    entry('P046D', egrSensor('A'), 'intermittent'),
    entry('P046E', egrSensor('B'), 'range'),
    entry('P046F', egrSensor('B'), 'intermittent'),
    ...hexSeries(
      'P047A',
      masc(
        "capteur de pression d'échappement B",
        'exhaust pressure sensor B',
        'emissions',
        'pression_echappement',
      ),
      SENSOR5,
    ),
    entry('P047F', exhaustValve('A'), 'stuck_open'),
    entry('P048A', exhaustValve('A'), 'stuck_closed'),
    ...hexSeries('P048B', exhaustValvePosition('A'), SENSOR5),
    handWritten(
      'P049A',
      'emissions',
      'egr',
      'flow',
      'Débit de recirculation des gaz EGR B anormal',
      'EGR B flow abnormal',
    ),
    handWritten(
      'P049B',
      'emissions',
      'egr',
      'flow',
      'Débit de recirculation des gaz EGR B insuffisant',
      'EGR B flow too low',
    ),
    handWritten(
      'P049C',
      'emissions',
      'egr',
      'flow',
      'Débit de recirculation des gaz EGR B excessif',
      'EGR B flow too high',
    ),
    handWritten(
      'P049D',
      'emissions',
      'egr',
      'performance',
      "Vanne EGR A : limite d'apprentissage de position dépassée",
      'EGR valve A position learning limit exceeded',
    ),
    handWritten(
      'P049E',
      'emissions',
      'egr',
      'performance',
      "Vanne EGR B : limite d'apprentissage de position dépassée",
      'EGR valve B position learning limit exceeded',
    ),
    ...hexSeries('P049F', exhaustValve('B'), [...CTRL5, 'stuck_open', 'stuck_closed']),
    ...hexSeries('P04A6', exhaustValvePosition('B'), SENSOR5),
  );

  // EVAP purge valve B, refuelling vapour valve, fuel filler door (sealed tanks, plug-in hybrids).
  const evapPart = (gender: 'm' | 'f', fr: string, en: string, subsystem = 'evap'): Component =>
    (gender === 'm' ? masc : fem)(fr, en, 'emissions', subsystem);
  const purgeValveB = evapPart(
    'f',
    'électrovanne de purge du canister B',
    'canister purge valve B',
  );
  const refuelValve = evapPart(
    'f',
    'vanne de contrôle des vapeurs de remplissage',
    'refuelling vapour control valve',
  );
  const fillerDoor = evapPart('f', 'trappe à carburant', 'fuel filler door');
  const fillerDoorPosition = evapPart(
    'm',
    'capteur de position de la trappe à carburant',
    'fuel filler door position sensor',
  );
  const fillerDoorLock = evapPart('m', 'verrou de la trappe à carburant', 'fuel filler door lock');
  const fillerDoorUnlock = evapPart(
    'm',
    'déverrouillage de la trappe à carburant',
    'fuel filler door unlock',
  );
  const fillerDoorLockPosition = evapPart(
    'm',
    'capteur de position du verrou de la trappe à carburant',
    'fuel filler door lock position sensor',
  );
  const fillerDoorRequest = evapPart(
    'm',
    "contacteur de demande d'ouverture de la trappe à carburant",
    'fuel filler door open request switch',
  );
  out.push(
    ...hexSeries('P04AB', purgeValveB, CTRL3),
    handWritten(
      'P04AE',
      'emissions',
      'evap',
      'stuck',
      'Électrovanne de purge du canister B peu performante ou bloquée en position ouverte',
      'Canister purge valve B poor performance or stuck open',
    ),
    entry('P04AF', purgeValveB, 'stuck_closed'),
    ...hexSeries('P04B0', refuelValve, CTRL3),
    handWritten(
      'P04B3',
      'emissions',
      'evap',
      'stuck',
      'Vanne de contrôle des vapeurs de remplissage peu performante ou bloquée en position ouverte',
      'Refuelling vapour control valve poor performance or stuck open',
    ),
    entry('P04B4', refuelValve, 'stuck_closed'),
    entry('P04B5', fillerDoor, 'stuck_open'),
    entry('P04B6', fillerDoor, 'stuck_closed'),
    entry('P04B7', fillerDoorPosition, 'intermittent'),
    ...hexSeries('P04B8', fillerDoorPosition, ['circuit', 'low', 'high']),
    ...hexSeries('P04BB', fillerDoorLock, CTRL4),
    ...hexSeries('P04BF', fillerDoorUnlock, CTRL4),
    ...hexSeries('P04C3', fillerDoorLockPosition, SENSOR5),
    ...hexSeries('P04C8', fillerDoorRequest, [
      'circuit',
      'stuck_off',
      'low',
      'high',
      'intermittent',
      'stuck_on',
    ]),
    ...hexSeries('P04CE', egrTempSensor('C'), SENSOR5),
    ...hexSeries(
      'P04D3',
      fem(
        "entrée de commande du frein d'échappement",
        'exhaust brake input',
        'moteur',
        'frein_echappement',
      ),
      SENSOR5,
    ),
    handWritten(
      'P04D8',
      'emissions',
      'egr',
      'performance',
      'Passage en boucle fermée de la régulation EGR trop long',
      'Closed-loop EGR control takes too long to engage',
    ),
    handWritten(
      'P04D9',
      'emissions',
      'egr',
      'flow',
      'Régulation EGR en boucle fermée en butée : débit trop faible',
      'Closed-loop EGR control saturated: flow too low',
    ),
    handWritten(
      'P04DA',
      'emissions',
      'egr',
      'flow',
      'Régulation EGR en boucle fermée en butée : débit trop élevé',
      'Closed-loop EGR control saturated: flow too high',
    ),
    handWritten(
      'P04DB',
      'moteur',
      'ventilation_carter',
      'condition',
      'Circuit de recyclage des gaz de carter (reniflard) débranché',
      'Crankcase ventilation circuit disconnected',
    ),
    entry('P04DC', fillerDoorPosition, 'range'),
    handWritten(
      'P04DD',
      'emissions',
      'egr',
      'flow',
      'Débit EGR A insuffisant au démarrage à froid',
      'Cold start EGR A flow too low',
    ),
    handWritten(
      'P04DE',
      'emissions',
      'egr',
      'flow',
      'Débit EGR A excessif au démarrage à froid',
      'Cold start EGR A flow too high',
    ),
    handWritten(
      'P04DF',
      'emissions',
      'evap',
      'stuck',
      'Électrovanne de purge du canister A peu performante ou bloquée en position ouverte',
      'Canister purge valve A poor performance or stuck open',
    ),
    handWritten(
      'P04E0',
      'emissions',
      'evap',
      'stuck',
      'Électrovanne de purge du canister A bloquée en position fermée',
      'Canister purge valve A stuck closed',
    ),
  );

  const pcvHoseSensor = masc(
    'capteur de branchement du tuyau de recyclage des gaz de carter',
    'crankcase ventilation hose connection sensor',
    'moteur',
    'ventilation_carter',
  );
  const leak = (
    code: string,
    size: 'small' | 'large' | 'very small',
    side: 'tank' | 'fresh air',
  ): DtcEntry => {
    const frSize = {
      small: 'Petite fuite',
      large: 'Fuite importante',
      'very small': 'Très petite fuite',
    }[size];
    const frSide = side === 'tank' ? 'côté réservoir' : "côté prise d'air frais";
    const enSide = side === 'tank' ? 'fuel tank side' : 'fresh air side';
    return handWritten(
      code,
      'emissions',
      size === 'large' ? 'evap' : 'evap_petite_fuite',
      'leak',
      `${frSize} détectée dans le système antiévaporation (EVAP), ${frSide}`,
      `EVAP ${size} leak detected on the ${enSide}`,
    );
  };
  const catalystHeater = (bank: number): Component =>
    masc(
      `chauffage du catalyseur (banc ${bank})`,
      `catalyst heater (bank ${bank})`,
      'emissions',
      'catalyseur',
    );
  out.push(
    ...hexSeries('P04E1', pcvHoseSensor, ['circuit', 'low', 'high', 'intermittent']),
    ...hexSeries('P04E5', egrTempSensor('D'), SENSOR5),
    leak('P04EA', 'small', 'tank'),
    leak('P04EB', 'small', 'fresh air'),
    leak('P04EC', 'large', 'tank'),
    leak('P04ED', 'large', 'fresh air'),
    leak('P04EE', 'very small', 'tank'),
    leak('P04EF', 'very small', 'fresh air'),
    handWritten(
      'P04F0',
      'emissions',
      'evap',
      'performance',
      'Ligne de purge EVAP A de forte charge (suralimentation) peu performante',
      'EVAP high-load purge line A poor performance',
    ),
    handWritten(
      'P04F1',
      'emissions',
      'evap',
      'performance',
      'Ligne de purge EVAP peu performante',
      'EVAP purge line poor performance',
    ),
    handWritten(
      'P04F2',
      'emissions',
      'catalyseur',
      'circuit',
      "Tension d'alimentation du chauffage du catalyseur anormale (banc 1)",
      'Catalyst heater supply voltage fault (bank 1)',
    ),
    handWritten(
      'P04F3',
      'emissions',
      'catalyseur',
      'circuit',
      "Tension d'alimentation du chauffage du catalyseur anormale (banc 2)",
      'Catalyst heater supply voltage fault (bank 2)',
    ),
    entry('P04F4', catalystHeater(1), 'ctrl_low'),
    entry('P04F5', catalystHeater(2), 'ctrl_low'),
    entry('P04F6', catalystHeater(1), 'ctrl_high'),
    entry('P04F7', catalystHeater(2), 'ctrl_high'),
    entry('P04F8', catalystHeater(1), 'ctrl_intermittent'),
    entry('P04F9', catalystHeater(2), 'ctrl_intermittent'),
    entry('P04FA', egrValve('A'), 'overtemperature'),
    entry('P04FB', pcvHoseSensor, 'range'),
    handWritten(
      'P04FC',
      'moteur',
      'ventilation_carter',
      'performance',
      'Système de recyclage des gaz de carter peu performant',
      'Crankcase ventilation system poor performance',
    ),
    handWritten(
      'P04FD',
      'emissions',
      'egr',
      'internal',
      "Processeur de commande de l'actionneur EGR A peu performant",
      'EGR actuator A control processor poor performance',
    ),
    entry('P04FE', catalystHeater(1), 'ctrl_range'),
    entry('P04FF', catalystHeater(2), 'ctrl_range'),
  );
  return out;
}

export function fifthPassP0LowCodes(): DtcEntry[] {
  return [...p00(), ...p01(), ...p02(), ...p03(), ...p04()];
}
