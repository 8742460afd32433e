import { z } from 'zod';
import { Empty, Id, IsoDateTime } from './common';
import { mutation, query } from './define';

// French product recalls (RappelConso open data) that may concern a vehicle. Matches are leads:
// published periods are often truncated, so the UI says "à vérifier auprès du constructeur".

export const RecallImportRunSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['import', 'refresh']),
  source: z.string(),
  startedAt: IsoDateTime,
  finishedAt: IsoDateTime.nullable(),
  status: z.enum(['running', 'ok', 'failed']),
  fetched: z.number().int().nonnegative(),
  stored: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  error: z.string().nullable(),
});
export type RecallImportRun = z.infer<typeof RecallImportRunSchema>;

export const VehicleRecallSchema = z.object({
  reference: z.string(),
  make: z.string().nullable(),
  models: z.string().nullable(),
  marketingPeriod: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  reason: z.string().nullable(),
  risks: z.string().nullable(),
  actions: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  match: z.object({
    /** `vin`: the notice lists the VIN; `model`: make, model and period; `make`: make only. */
    level: z.enum(['vin', 'model', 'make']),
    sharedModels: z.array(z.string()),
    period: z.enum(['inside', 'unknown']),
  }),
});
export type VehicleRecall = z.infer<typeof VehicleRecallSchema>;

const RecallStatusSchema = z.object({
  /** Vehicle recalls stored locally. */
  total: z.number().int().nonnegative(),
  lastRun: RecallImportRunSchema.nullable(),
  lastSuccessAt: IsoDateTime.nullable(),
});

export const recallsApi = {
  /** Recalls that may concern a vehicle (make, model, period; VIN when the notice lists it). */
  'recalls.forVehicle': query(
    z.object({ vehicleId: Id }),
    z.object({ recalls: z.array(VehicleRecallSchema) }).extend(RecallStatusSchema.shape),
  ),
  /** How many recalls are stored and when they were last imported or refreshed. */
  'recalls.status': query(Empty, RecallStatusSchema),
  /** Fetches the published recalls again (when online) from the configured source. */
  'recalls.refresh': mutation(Empty, RecallImportRunSchema),
};
