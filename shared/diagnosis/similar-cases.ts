// Similar resolved cases: sessions of any vehicle sharing codes with this one, preferring the same
// make and engine, because the same engine family tends to fail the same way.

import type { PastCase, SimilarCase, VehicleContext } from './types';

const same = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

export function findSimilarCases(
  codes: ReadonlySet<string>,
  vehicle: VehicleContext | undefined,
  cases: readonly PastCase[],
  limit = 5,
): SimilarCase[] {
  if (codes.size === 0) return [];
  const scored: SimilarCase[] = [];
  for (const c of cases) {
    const caseCodes = new Set(c.codes.map((x) => x.toUpperCase()));
    const shared = [...codes].filter((x) => caseCodes.has(x));
    if (shared.length === 0) continue;
    const union = new Set([...codes, ...caseCodes]).size;
    // Jaccard similarity of the code sets carries most of the weight; make and engine break ties
    // and lift cases from the same engine family.
    const score =
      0.7 * (shared.length / union) +
      (same(vehicle?.make, c.vehicle.make) ? 0.1 : 0) +
      (same(vehicle?.engine, c.vehicle.engine) ? 0.2 : 0);
    scored.push({
      sessionId: c.sessionId,
      vehicle: c.vehicle,
      sharedCodes: shared.sort(),
      score: Math.round(score * 1000) / 1000,
      resolution: c.resolution,
    });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit);
}
