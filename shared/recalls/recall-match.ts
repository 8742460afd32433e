// Which published recalls may concern a vehicle. Recall notices name a make, models and a
// marketing or production period that is often truncated or approximate, rarely the VINs: a
// match is a lead for the workshop, always "à vérifier auprès du constructeur", never a verdict.

import type { RecallRecord } from './recall-record';
import { makeKeyOf, modelTokensOf } from './vehicle-keys';

export interface RecallVehicle {
  make: string | null;
  model: string | null;
  year: number | null;
  vin: string | null;
}

/**
 * `vin`: the notice lists this VIN. `model`: same make, a model token in common and a period
 * that includes the vehicle's year (or none given). `make`: same make and period, the notice
 * names no model we can compare.
 */
export type RecallMatchLevel = 'vin' | 'model' | 'make';

export interface RecallMatch {
  level: RecallMatchLevel;
  /** Model tokens in common (for the "why"). */
  sharedModels: string[];
  /** How the vehicle's year relates to the published period. */
  period: 'inside' | 'unknown';
}

const VIN_PATTERN = /\b[A-HJ-NPR-Z0-9]{17}\b/g;

/** A year this close outside the period still matches: model years and production dates differ. */
const YEAR_SLACK = 1;

function periodCheck(record: RecallRecord, year: number | null): 'inside' | 'outside' | 'unknown' {
  if (year === null) return 'unknown';
  const start = record.periodStart ? Number.parseInt(record.periodStart.slice(0, 4), 10) : null;
  const end = record.periodEnd ? Number.parseInt(record.periodEnd.slice(0, 4), 10) : null;
  if (start === null && end === null) return 'unknown';
  if (start !== null && year < start - YEAR_SLACK) return 'outside';
  if (end !== null && year > end + YEAR_SLACK) return 'outside';
  return 'inside';
}

export function matchRecall(record: RecallRecord, vehicle: RecallVehicle): RecallMatch | null {
  const vin = vehicle.vin?.toUpperCase() ?? null;
  if (vin !== null && record.identification !== null) {
    const listed: string[] = record.identification.toUpperCase().match(VIN_PATTERN) ?? [];
    if (listed.includes(vin)) return { level: 'vin', sharedModels: [], period: 'inside' };
  }
  if (vehicle.make === null || record.makeKey === null) return null;
  if (makeKeyOf(vehicle.make) !== record.makeKey) return null;
  const period = periodCheck(record, vehicle.year);
  if (period === 'outside') return null;
  const vehicleTokens = new Set(modelTokensOf(vehicle.model ?? '', vehicle.make));
  if (record.modelTokens.length === 0) return { level: 'make', sharedModels: [], period };
  const shared = record.modelTokens.filter((t) => vehicleTokens.has(t));
  // Roman numerals ("ii", "iv") and generic words alone say nothing: a numeral in common with
  // no model name in common is not a match.
  const distinctive = shared.filter((t) => !/^[ivx]+$/.test(t));
  if (distinctive.length === 0) return null;
  return { level: 'model', sharedModels: shared, period };
}

const LEVEL_RANK: Record<RecallMatchLevel, number> = { vin: 3, model: 2, make: 1 };

/** Matching recalls, strongest match first, then most recent notice first. */
export function recallsForVehicle<T extends RecallRecord>(
  records: readonly T[],
  vehicle: RecallVehicle,
): { record: T; match: RecallMatch }[] {
  const out: { record: T; match: RecallMatch }[] = [];
  for (const record of records) {
    const match = matchRecall(record, vehicle);
    if (match) out.push({ record, match });
  }
  return out.sort(
    (a, b) =>
      LEVEL_RANK[b.match.level] - LEVEL_RANK[a.match.level] ||
      (b.record.publishedAt ?? '').localeCompare(a.record.publishedAt ?? '') ||
      a.record.reference.localeCompare(b.record.reference),
  );
}
