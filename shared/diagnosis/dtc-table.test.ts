// Checks on the generated generic DTC table (resources/diagnosis/dtc-generic.json): shape,
// French grammar of the composed titles, and coverage of the blocks the generator claims.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isGenericCode } from './dtc-lookup';
import { DTC_CODE_PATTERN, DTC_FAILURES, SYSTEMS } from './knowledge-base';

interface RawEntry {
  code: string;
  title: { fr: string; en: string };
  system: string;
  subsystem: string;
  failure: string;
}

const table = JSON.parse(
  readFileSync(new URL('../../resources/diagnosis/dtc-generic.json', import.meta.url), 'utf8'),
) as { version: string; codes: RawEntry[] };
const codes = table.codes;
const byCode = new Map(codes.map((c) => [c.code, c]));

const dec = (letter: string, from: number, to: number): string[] =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `${letter}${(from + i).toString().padStart(4, '0')}`,
  );
const hex = (from: string, to: string): string[] => {
  const letter = from.charAt(0);
  const a = Number.parseInt(from.slice(1), 16);
  const b = Number.parseInt(to.slice(1), 16);
  return Array.from(
    { length: b - a + 1 },
    (_, i) => `${letter}${(a + i).toString(16).toUpperCase().padStart(4, '0')}`,
  );
};
/** The P0 codes of hundreds `from`–`to` whose last two characters hold a letter (P010A, P01A0…). */
const p0HexSlots = (from: number, to: number): string[] =>
  hex(`P0${from}00`, `P0${to}FF`).filter((c) => /[A-F]/.test(c.slice(3)));
const missing = (expected: readonly string[]): string[] => expected.filter((c) => !byCode.has(c));

describe('generic DTC table: shape', () => {
  it('is sorted, unique and well formed', () => {
    const list = codes.map((c) => c.code);
    expect(new Set(list).size).toBe(list.length);
    expect([...list].sort((a, b) => a.localeCompare(b))).toEqual(list);
    for (const c of codes) {
      expect(c.code, c.code).toMatch(DTC_CODE_PATTERN);
      expect(isGenericCode(c.code), c.code).toBe(true);
      expect(SYSTEMS as readonly string[], c.code).toContain(c.system);
      expect(DTC_FAILURES, c.code).toContain(c.failure);
      expect(c.subsystem, c.code).toMatch(/^[a-z0-9_]+$/);
    }
  });

  it('has French and English titles without leftovers of the templates', () => {
    for (const c of codes) {
      for (const text of [c.title.fr, c.title.en]) {
        expect(text.trim(), c.code).toBe(text);
        expect(text.length, c.code).toBeGreaterThan(8);
        expect(text, c.code).not.toMatch(/undefined|null|NaN|\$\{|\[object|\s{2}|\s[,.]/);
        expect(text.charAt(0), c.code).toBe(text.charAt(0).toUpperCase());
      }
      expect(c.title.fr, c.code).not.toBe(c.title.en);
    }
  });

  it('keeps French and English titles distinct per code where the code differs', () => {
    // A title shared by two codes would hide a template or numbering mistake.
    const seen = new Map<string, string>();
    for (const c of codes) {
      const prior = seen.get(c.title.fr);
      expect(prior, `${c.code} repeats the French title of ${prior ?? ''}`).toBeUndefined();
      seen.set(c.title.fr, c.code);
    }
  });
});

describe('generic DTC table: French grammar', () => {
  it('never writes a non-contracted or non-elided article', () => {
    const bad = [
      /\bde le /i,
      /\bde les /i,
      /\bà le /i,
      /\bà les /i,
      /\bde la [aeiouéèêâîôûh]/i,
      /\bdu [aeiouéèêâîôû]/i,
      /\b(le|la) [aeiouéèêâîôû]/i,
      /\bde [aeiouéèêâîôû]\w*/i,
      /Circuit du circuit/i,
      /Signal trop (bas|haut) du signal/i,
      /Circuit de commande de la commande/i,
    ];
    // "de air"-style misses are caught above; words that legitimately follow a bare "de"
    // (no article) are listed here.
    const allowed =
      /\bde (AdBlue|arbre|admission|échappement|huile|air|entrée|impulsion|information|inhibition|isolement|activation|occupant|apprentissage|allumage|accélération|accord|effort|alimentation|usure|angle|injection|alterno|antipatinage|assiette|interface|énergie|aide|alertes|antenne|éclairage|information|inclinaison|embrayage|étage|œ)/gi;
    for (const c of codes) {
      const text = c.title.fr.replace(allowed, 'de X');
      for (const re of bad) expect(text, `${c.code}: ${c.title.fr}`).not.toMatch(re);
    }
  });

  it('gives feminine head nouns a feminine article and masculine ones a masculine one', () => {
    const feminine =
      /\b(du|au) (tension|sonde|vanne|pompe|électrovanne|alimentation|commande|pression|température|bougie|bobine|batterie|courroie|pédale|position|boîte|ligne|masse|cible|lampe|soupape|résistance|chaîne|jauge|valve|mémoire|roue|vitesse|sortie|entrée|unité|interface|fonction|charge|clé|porte|trappe|consigne|régulation|injection|recirculation|surveillance|caméra|phase|boucle|ceinture|rampe|turbine|antenne|direction|suspension|colonne|quantité|qualité|puissance|fréquence)\b/;
    const masculine =
      /\b(de la|à la) (capteur|circuit|calculateur|module|moteur|relais|contacteur|injecteur|signal|système|réservoir|filtre|catalyseur|papillon|volet|thermostat|ventilateur|radiateur|turbocompresseur|régulateur|solénoïde|embrayage|rapport|convertisseur|piston|vilebrequin|arbre|bus|niveau|débit|témoin|voyant|chauffage|refroidisseur|compresseur|démarreur|alternateur|frein|prétensionneur|limiteur|interrupteur|sélecteur|levier|verrou|actionneur|onduleur|générateur|fusible|câble|faisceau|connecteur|bouton|clapet|boîtier|pignon)\b/;
    for (const c of codes) {
      expect(c.title.fr, c.code).not.toMatch(feminine);
      expect(c.title.fr, c.code).not.toMatch(masculine);
    }
  });

  it('agrees the participles with the gender of the component', () => {
    const fr = (code: string) => byCode.get(code)?.title.fr;
    expect(fr('P0A0B')).toBe(
      'Boucle de verrouillage haute tension (interlock) hors plage ou peu performante',
    );
    expect(fr('P2070')).toBe(
      "Vanne d'accord du collecteur d'admission bloquée en position ouverte",
    );
    expect(fr('P0AA1')).toBe(
      'Contacteur positif de la batterie haute tension bloqué en position fermée',
    );
    expect(fr('P2646')).toBe(
      'Actionneur de culbuteurs A (banc 1) bloqué au repos ou peu performant',
    );
    expect(fr('P0578')).toBe('Entrée multifonction A du régulateur de vitesse bloquée');
    expect(fr('U0184')).toBe("Perte de communication avec l'autoradio");
    expect(fr('U0146')).toBe('Perte de communication avec la passerelle (gateway) A');
    expect(fr('U0264')).toBe('Perte de communication avec la caméra de recul');
    expect(fr('B0070')).toBe(
      'Commande de déploiement du prétensionneur de ceinture conducteur défaillante',
    );
    expect(fr('B0004')).toBe("Commande de déploiement de l'airbag genoux conducteur défaillante");
    expect(fr('P009E')).toBe(
      'Électrovanne de décharge de pression de carburant bloquée au repos ou peu performante',
    );
    expect(fr('P0A28')).toBe('Signal trop bas de la ligne de coupure de la batterie haute tension');
    expect(fr('P0A71')).toBe('Courant trop fort dans la phase U du générateur');
  });

  it('gives P0A79 to drive motor B and P0A7A to the generator inverter (fixed in 1.2.0)', () => {
    expect(byCode.get('P0A78')?.title.en).toBe('Drive motor A inverter faulty or poor performance');
    expect(byCode.get('P0A79')?.title.en).toBe('Drive motor B inverter faulty or poor performance');
    expect(byCode.get('P0A7A')?.title.en).toBe('Generator inverter faulty or poor performance');
  });

  it('is at version 1.5.0', () => {
    expect(table.version).toBe('1.5.0');
  });
});

describe('generic DTC table: coverage of the blocks we claim', () => {
  it.each([
    ['P0300–P0312 misfire', dec('P', 300, 312)],
    ['P0420–P0424 catalyst bank 1', dec('P', 420, 424)],
    ['P0500–P0599 speed, idle, cruise', dec('P', 500, 599)],
    ['P0600–P0799', dec('P', 600, 799)],
    ['P0853–P0899 transmission', dec('P', 853, 899)],
    ['P0949–P0999 transmission', dec('P', 949, 999)],
    ['P2037–P2099 SCR, EGT, cam actuators, post-cat trim', dec('P', 2037, 2099)],
    ['P2200–P2225 NOx sensors', dec('P', 2200, 2225)],
    ['P2611–P2667 outputs, fuel pump B, rocker arms', dec('P', 2611, 2667)],
    ['P2700–P2797, P2800–P2815 transmission', [...dec('P', 2700, 2797), ...dec('P', 2800, 2815)]],
    ['P3400–P3497 cylinder deactivation', dec('P', 3400, 3497)],
    ['P0A2A–P0A5C hybrid motor/generator sensors', hex('P0A2A', 'P0A5C')],
    ['P0AA0–P0AA6 HV contactors and isolation', hex('P0AA0', 'P0AA6')],
    [
      'P001A–P00BF hexadecimal fuel/air and boost codes',
      hex('P001A', 'P00BF').filter((c) => !/^P00[1-9]\d$/.test(c)),
    ],
    ['P00C6 rail pressure while cranking', ['P00C6']],
    [
      'P0A08–P0A10, P0A17–P0A29 DC/DC status, torque sensors, battery power off',
      ['P0A08', 'P0A09', 'P0A10', ...hex('P0A17', 'P0A29')],
    ],
    ['P0A5D–P0A77 phase currents', hex('P0A5D', 'P0A77')],
    ['P0A78–P0A8F inverters, HV battery, fan 1, 14 V power module', hex('P0A78', 'P0A8F')],
    ['P0A90–P0AB5 hybrid performance, fan 2, HV battery sensors', hex('P0A90', 'P0AB5')],
    ['P0ABA–P0AD3 HV battery voltage/current/temperature sensors, fan 3', hex('P0ABA', 'P0AD3')],
    [
      'P2450–P2451, P2460–P2462 EVAP switching valve, particulate filter pressure sensor B',
      [...dec('P', 2450, 2451), ...dec('P', 2460, 2462)],
    ],
    [
      'P2567–P2570, P2578–P2582, P2586 DOR catalyst sensor, turbo speed, boost position B',
      [...dec('P', 2567, 2570), ...dec('P', 2578, 2582), 'P2586'],
    ],
    ['P2604–P2609 intake air heaters', dec('P', 2604, 2609)],
    [
      'C0046, C0048–C0049, C0052–C0055 brake pressure, booster travel, fluid level, steering angle',
      ['C0046', 'C0048', 'C0049', 'C0052', 'C0053', 'C0054', 'C0055'],
    ],
    [
      'U0116, U0192, U0243–U0245, U0253 lost communication (1.3.0)',
      ['U0116', 'U0192', ...dec('U', 243, 245), 'U0253'],
    ],
    // Fifth pass (1.4.0), checked against a recent public generic J2012 list and an older
    // J2012-ordered one (see scripts/kb/SOURCES.md, 1.4.0).
    ['P00C0–P00FF', [...hex('P00C0', 'P00C5'), ...hex('P00C7', 'P00FF')]],
    [
      'P01xx–P04xx hexadecimal codes (but P034D–P034F)',
      p0HexSlots(1, 4).filter((c) => !['P034D', 'P034E', 'P034F'].includes(c)),
    ],
    ['P0364, P0395–P0399', ['P0364', ...dec('P', 395, 399)]],
    ['P060A–P06FF control module, glow plugs, references', hex('P060A', 'P06FF')],
    [
      'P050A–P052E, P053A–P053C, P054A–P054D',
      [...hex('P050A', 'P052E'), ...hex('P053A', 'P053C'), ...hex('P054A', 'P054D')],
    ],
    [
      'P070A–P077B, P0780–P078E, P079A–P07BE',
      [...hex('P070A', 'P077B'), ...hex('P0780', 'P078E'), ...hex('P079A', 'P07BE')],
    ],
    ['P0AB6–P0AB9, P0AD4–P0DFF hybrid/EV', [...hex('P0AB6', 'P0AB9'), ...hex('P0AD4', 'P0DFF')]],
    ['P2000–P22FF complete', hex('P2000', 'P22FF')],
    [
      'P2348–P236F cylinder 9–12 pressure, P23F2–P23FF',
      [...hex('P2348', 'P236F'), ...hex('P23F2', 'P23FF')],
    ],
    ['P2464–P24F3, P2500–P25C8', [...hex('P2464', 'P24F3'), ...hex('P2500', 'P25C8')]],
    ['P2600–P26E9, P2700–P2799', [...hex('P2600', 'P26E9'), ...dec('P', 2700, 2799)]],
    ['P2800–P280B, P2810–P2886', [...hex('P2800', 'P280B'), ...hex('P2810', 'P2886')]],
    [
      'P2A00–P2A0E, P2A10–P2A37, P2BA7–P2BAF',
      [...hex('P2A00', 'P2A0E'), ...hex('P2A10', 'P2A37'), ...hex('P2BA7', 'P2BAF')],
    ],
    ['P3498–P34A3 cylinder deactivation', hex('P3498', 'P34A3')],
    ['U0078–U007B, U0080–U0088 buses', [...hex('U0078', 'U007B'), ...dec('U', 80, 88)]],
    [
      'U019A–U01B1, U0254–U025D, U0260–U0270 lost communication',
      [...hex('U019A', 'U01B1'), ...hex('U0254', 'U025D'), ...hex('U0260', 'U0270')],
    ],
    [
      'U0332–U0339 software, U0501–U050B invalid data',
      [...dec('U', 332, 339), ...hex('U0501', 'U050B')],
    ],
    ['U3000–U3017 module self-diagnostics', hex('U3000', 'U3017')],
    [
      'B0030–B004B rear-row airbags',
      [
        ...hex('B0030', 'B0033'),
        ...hex('B0038', 'B003B'),
        ...hex('B0040', 'B0043'),
        ...hex('B0048', 'B004B'),
      ],
    ],
    [
      'B0070–B0088, B00E0–B00E8 pretensioners and load limiters',
      [...hex('B0070', 'B0088'), ...hex('B00E0', 'B00E8')],
    ],
    [
      'B0090–B009F impact/rollover sensors, B00B0–B00CB occupant sensors',
      [...hex('B0090', 'B009F'), ...hex('B00B0', 'B00BB'), ...hex('B00C0', 'B00CB')],
    ],
    [
      'C0030–C003E wheel speed incl. single rear sensor, C0041–C0043 brake pedal',
      [...hex('C0030', 'C003E'), ...hex('C0041', 'C0043')],
    ],
    // Sixth pass (1.5.0): every remaining code of the recent public J2012 list, save the few
    // its own rows contradict (see scripts/kb/SOURCES.md, 1.5.0).
    ['P0E00–P0EFE hybrid/EV', hex('P0E00', 'P0EFE')],
    ['P2370–P2378, P237C–P23F1', [...hex('P2370', 'P2378'), ...hex('P237C', 'P23F1')]],
    [
      'P25C9–P25FF, P26F4–P26FE, P27B9–P27F5',
      [...hex('P25C9', 'P25FF'), ...hex('P26F4', 'P26FE'), ...hex('P27B9', 'P27F5')],
    ],
    [
      'P2887–P28FA, P2A38–P2BA6, P2BB0–P2DFD',
      [...hex('P2887', 'P28FA'), ...hex('P2A38', 'P2BA6'), ...hex('P2BB0', 'P2DFD')],
    ],
    ['P2E00–P2EA3, P2EA5–P2EB7', [...hex('P2E00', 'P2EA3'), ...hex('P2EA5', 'P2EB7')]],
    [
      'P340A–P340D, P341A–P341D, P34A4–P34C8',
      [...hex('P340A', 'P340D'), ...hex('P341A', 'P341D'), ...hex('P34A4', 'P34C8')],
    ],
    ['U007C–U007F, U0089–U009E buses', [...hex('U007C', 'U007F'), ...hex('U0089', 'U009E')]],
    [
      'U02A7–U02C1, U033A–U0354, U0600–U069F',
      [...hex('U02A7', 'U02C1'), ...hex('U033A', 'U0354'), ...hex('U0600', 'U069F')],
    ],
    [
      'U3018–U3036, U3500–U3576 self-diagnostics, HV interlocks, fuel cell',
      [...hex('U3018', 'U3036'), ...hex('U3500', 'U3576')],
    ],
    [
      'B0018–B001A, B00F0–B00F7, B0100–B0134',
      [...hex('B0018', 'B001A'), ...hex('B00F0', 'B00F7'), ...hex('B0100', 'B0134')],
    ],
    [
      'C0090–C00A8 four-wheel drive, C0500–C066F extended chassis',
      [...hex('C0090', 'C00A8'), ...hex('C0500', 'C066F')],
    ],
    ['U0001–U0077 buses', dec('U', 1, 77)],
    ['U0100–U0112 lost communication', dec('U', 100, 112)],
    [
      'U0114–U0115, U0117–U0191, U0193–U0212 lost communication',
      [...dec('U', 114, 115), ...dec('U', 117, 191), ...dec('U', 193, 212)],
    ],
    ['U0213–U0238 lost communication', dec('U', 213, 238)],
    ['U0113 emissions-critical information', ['U0113']],
    ['U0300–U0331 software incompatibility', dec('U', 300, 331)],
    ['U0400–U0431 invalid data', dec('U', 400, 431)],
    ['C0030–C003B wheel speed (J2012 layout)', hex('C0030', 'C003B')],
    ['B0001–B0003, B0010–B0012 frontal airbags', [...dec('B', 1, 3), ...dec('B', 10, 12)]],
    ['B0090–B0098 impact sensors (but B0094)', [...dec('B', 90, 93), ...dec('B', 95, 98)]],
  ])('%s', (_label, expected) => {
    expect(missing(expected)).toEqual([]);
  });

  it('gives P2046 to the reductant temperature sensor, next to P2042–P2045 (fixed in 1.5.0)', () => {
    expect(byCode.get('P2046')?.title.en).toBe(
      'Reductant temperature sensor signal intermittent or erratic',
    );
  });

  it('gives C0035/C0040/C0045 their J2012 meaning and names the GM/Opel wheel-speed one', () => {
    expect(byCode.get('C0035')?.title.en).toBe(
      'Front right wheel speed sensor supply fault (GM/Opel: left front wheel speed sensor circuit)',
    );
    expect(byCode.get('C0040')?.title.fr).toMatch(
      /^Contacteur A de pédale de frein en défaut \(GM\/Opel : circuit du capteur de vitesse de roue avant droite\)$/,
    );
    expect(byCode.get('C0045')?.subsystem).toBe('capteur_pression_frein');
    expect(byCode.get('C0050')?.title.en).toMatch(/GM\/Opel numbering/);
  });

  it('gives U0019 to the low-speed CAN bus and U0028 to vehicle bus A', () => {
    expect(byCode.get('U0019')?.title.en).toBe('Low-speed CAN bus communication fault');
    expect(byCode.get('U0027')?.title.en).toBe('Low-speed CAN bus (−) line shorted to (+) line');
    expect(byCode.get('U0028')?.title.en).toBe('Vehicle communication bus A communication fault');
  });

  it('routes every lost-communication, software and invalid-data code to the network system', () => {
    for (const c of codes.filter((e) => /^U0[1-6]/.test(e.code))) {
      expect(c.system, c.code).toBe('reseau_communication');
      expect(c.failure, c.code).toMatch(/^(communication|internal)$/);
    }
  });

  it('puts restraint codes under airbag and chassis codes under braking or steering', () => {
    // B00xx is the restraint block; B01xx onwards is body equipment (washers, cameras, outlets).
    for (const c of codes.filter((e) => e.code.startsWith('B00'))) {
      expect(c.system, c.code).toBe('airbag');
    }
    for (const c of codes.filter((e) => /^B0[1-9A-F]/.test(e.code))) {
      expect(['carrosserie_confort', 'electricite_charge'], c.code).toContain(c.system);
    }
    // Outside braking and steering, C0 holds the four-wheel-drive driveline (transmission) and tyre
    // pressure monitoring and active aerodynamics (body); nothing else.
    const driveline = new Set([
      'C0071',
      ...hex('C0090', 'C00A8'),
      ...hex('C05D7', 'C0600'),
      ...hex('C0631', 'C0633'),
    ]);
    const body = new Set(['C0077', 'C0083', ...hex('C0601', 'C0604'), ...hex('C062E', 'C0630')]);
    for (const c of codes.filter((e) => e.code.startsWith('C0'))) {
      const expected = driveline.has(c.code)
        ? ['transmission']
        : body.has(c.code)
          ? ['carrosserie_confort']
          : ['freinage_abs', 'direction'];
      expect(expected, c.code).toContain(c.system);
    }
  });

  it('has grown past the sixth pass in every letter', () => {
    const count = (prefix: string) => codes.filter((c) => c.code.startsWith(prefix)).length;
    expect(count('P0')).toBeGreaterThanOrEqual(3700);
    expect(count('P2')).toBeGreaterThanOrEqual(3400);
    expect(count('U0')).toBeGreaterThanOrEqual(1000);
    expect(count('B0')).toBeGreaterThanOrEqual(180);
    expect(count('C0')).toBeGreaterThanOrEqual(450);
  });
});
