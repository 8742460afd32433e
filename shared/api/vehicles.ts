import { z } from 'zod';
import { checkPlate } from '../workshop/plate';
import { checkVin } from '../workshop/vin';
import { Id, IdInput, IsoDateTime, OptionalText, SyncedRowMeta } from './common';
import { mutation, query } from './define';

export const FuelType = z.enum([
  'petrol',
  'diesel',
  'hybrid',
  'plugin_hybrid',
  'electric',
  'lpg',
  'cng',
  'ethanol',
  'other',
]);
export type FuelType = z.infer<typeof FuelType>;

const currentYear = new Date().getFullYear();

export const VehicleInput = z.object({
  customerId: Id,
  vin: OptionalText(40).refine((value) => value === null || checkVin(value).valid, {
    message: 'invalid_vin',
  }),
  plate: OptionalText(20).refine((value) => value === null || checkPlate(value).valid, {
    message: 'invalid_plate',
  }),
  make: OptionalText(60),
  model: OptionalText(80),
  year: z
    .number()
    .int()
    .min(1950)
    .max(currentYear + 1)
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  fuel: FuelType.nullable()
    .optional()
    .transform((value) => value ?? null),
  engine: OptionalText(80),
  notes: OptionalText(2000),
  /** Odometer at creation; stored as the first mileage reading. */
  mileageKm: z.number().int().min(0).max(3_000_000).nullable().optional(),
});
export type VehicleInput = z.input<typeof VehicleInput>;

export const MileageReadingSchema = z.object({
  id: Id,
  km: z.number().int(),
  readAt: IsoDateTime,
  source: z.enum(['manual', 'obd', 'import']),
});

export const VehicleSchema = SyncedRowMeta.extend({
  customerId: Id,
  vin: z.string().nullable(),
  plate: z.string().nullable(),
  make: z.string().nullable(),
  model: z.string().nullable(),
  year: z.number().int().nullable(),
  fuel: FuelType.nullable(),
  engine: z.string().nullable(),
  notes: z.string().nullable(),
  lastMileageKm: z.number().int().nullable(),
  /** Set when the VIN is North-American and its check digit does not match. */
  vinCheckDigitWarning: z.boolean(),
});
export type Vehicle = z.infer<typeof VehicleSchema>;

export const vehiclesApi = {
  'vehicles.get': query(
    IdInput,
    z.object({ vehicle: VehicleSchema, mileage: z.array(MileageReadingSchema) }),
  ),
  'vehicles.create': mutation(VehicleInput, VehicleSchema),
  'vehicles.update': mutation(
    z.object({
      id: Id,
      revision: z.number().int().positive(),
      values: VehicleInput.omit({ mileageKm: true }),
    }),
    VehicleSchema,
  ),
  'vehicles.delete': mutation(IdInput, z.object({ id: Id })),
  'vehicles.addMileage': mutation(
    z.object({ vehicleId: Id, km: z.number().int().min(0).max(3_000_000) }),
    MileageReadingSchema,
  ),
};
