// The marketing or production period of a recall, written in French free text by whoever filed
// it: "Du 01/06/2019 au 28/02/2021", "entre le 12 mars 2020 et le 30 septembre 2020",
// "06/2019 - 02/2021", "véhicules produits de 2019 à 2021", "depuis le 01/01/2021". The first date
// found is the start and the last one the end; a month or a year alone stands for its first
// (start) or last (end) day. Published ranges are often truncated, so a match on the period is
// always shown "à vérifier auprès du constructeur".

export interface Period {
  start: string | null;
  end: string | null;
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

interface Found {
  index: number;
  year: number;
  month: number | null;
  day: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function valid(f: Found): boolean {
  if (f.year < 1950 || f.year > 2100) return false;
  if (f.month !== null && (f.month < 1 || f.month > 12)) return false;
  if (f.day !== null && f.month !== null && (f.day < 1 || f.day > daysIn(f.year, f.month))) {
    return false;
  }
  return true;
}

function expandYear(y: number): number {
  return y < 100 ? (y < 70 ? 2000 + y : 1900 + y) : y;
}

function findDates(input: string): Found[] {
  const text = input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const found: Found[] = [];
  const taken: [number, number][] = [];
  const free = (from: number, to: number) => taken.every(([a, b]) => to <= a || from >= b);
  const add = (match: RegExpExecArray, f: Omit<Found, 'index'>) => {
    const from = match.index;
    const to = from + match[0].length;
    if (!free(from, to)) return;
    const candidate = { ...f, index: from };
    if (!valid(candidate)) return;
    taken.push([from, to]);
    found.push(candidate);
  };
  const patterns: [RegExp, (m: RegExpExecArray) => Omit<Found, 'index'> | null][] = [
    // ISO 2019-06-01
    [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! })],
    // 01/06/2019, 1.6.2019, 01-06-19
    [
      /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/g,
      (m) => ({ day: +m[1]!, month: +m[2]!, year: expandYear(+m[3]!) }),
    ],
    // 1er juin 2019, 12 mars 2020
    [
      /\b(\d{1,2})(?:er)?\s+([a-z]+)\.?\s+(\d{4})\b/g,
      (m) => {
        const month = MONTHS[m[2]!];
        return month === undefined ? null : { day: +m[1]!, month, year: +m[3]! };
      },
    ],
    // juin 2019
    [
      /\b([a-z]+)\.?\s+(\d{4})\b/g,
      (m) => {
        const month = MONTHS[m[1]!];
        return month === undefined ? null : { day: null, month, year: +m[2]! };
      },
    ],
    // 06/2019
    [/\b(\d{1,2})[/.-](\d{4})\b/g, (m) => ({ day: null, month: +m[1]!, year: +m[2]! })],
    // 2019
    [/\b(19[5-9]\d|20\d\d)\b/g, (m) => ({ day: null, month: null, year: +m[1]! })],
  ];
  for (const [pattern, read] of patterns) {
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const f = read(m);
      if (f) add(m, f);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function asStart(f: Found): string {
  return `${f.year}-${pad(f.month ?? 1)}-${pad(f.day ?? 1)}`;
}

function asEnd(f: Found): string {
  const month = f.month ?? 12;
  return `${f.year}-${pad(month)}-${pad(f.day ?? daysIn(f.year, month))}`;
}

/** Start and end days (ISO) of a French period text; null where the text gives none. */
export function parseFrenchPeriod(input: string): Period {
  const dates = findDates(input.slice(0, 2000));
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return { start: null, end: null };
  const lower = input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (dates.length === 1) {
    // "depuis le 01/01/2021" / "à partir de" → start only; "avant le", "jusqu'au" → end only.
    if (/\b(avant|jusqu)/.test(lower)) return { start: null, end: asEnd(first) };
    if (/\b(depuis|partir|apres)\b/.test(lower)) return { start: asStart(first), end: null };
    return { start: asStart(first), end: asEnd(first) };
  }
  const start = asStart(first);
  const end = asEnd(last);
  return start <= end ? { start, end } : { start: asStart(last), end: asEnd(first) };
}
