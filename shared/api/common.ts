import { z } from 'zod';

export const Id = z.uuid();
export const IsoDateTime = z.string().min(10);

/** Columns every synced row carries (see docs/decisions/0002-synced-rows.md). */
export const SyncedRowMeta = z.object({
  id: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  revision: z.number().int().positive(),
});

export const IdInput = z.object({ id: Id });
export const Empty = z.object({}).strict();

/** Trims and turns empty strings into null, so optional form fields store nothing. */
export const OptionalText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((value) => value.trim())
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null);
