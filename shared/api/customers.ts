import { z } from 'zod';
import { normalizePhone } from '../workshop/phone';
import { Id, IdInput, OptionalText, SyncedRowMeta } from './common';
import { mutation, query } from './define';
import { VehicleSchema } from './vehicles';

export const CustomerKind = z.enum(['person', 'company']);

const PhoneInput = OptionalText(40).refine(
  (value) => value === null || normalizePhone(value) !== null,
  {
    message: 'invalid_phone',
  },
);

const CustomerFields = z.object({
  kind: CustomerKind,
  firstName: OptionalText(100),
  lastName: OptionalText(100),
  companyName: OptionalText(200),
  phone: PhoneInput,
  email: OptionalText(200).refine(
    (value) => value === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    { message: 'invalid_email' },
  ),
  addressLine: OptionalText(200),
  postalCode: OptionalText(10).refine((value) => value === null || /^\d{5}$/.test(value), {
    message: 'invalid_postal_code',
  }),
  city: OptionalText(100),
  consentSms: z.boolean().default(false),
  consentEmail: z.boolean().default(false),
  consentMarketing: z.boolean().default(false),
  notes: OptionalText(2000),
});

function requireName(value: {
  kind: 'person' | 'company';
  lastName: string | null;
  companyName: string | null;
}): boolean {
  return value.kind === 'person' ? value.lastName !== null : value.companyName !== null;
}

export const CustomerInput = CustomerFields.refine(requireName, {
  message: 'name_required',
  path: ['lastName'],
});
export type CustomerInput = z.input<typeof CustomerInput>;

export const CustomerSchema = SyncedRowMeta.extend({
  kind: CustomerKind,
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  companyName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  addressLine: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  consentSms: z.boolean(),
  consentEmail: z.boolean(),
  consentMarketing: z.boolean(),
  notes: z.string().nullable(),
});
export type Customer = z.infer<typeof CustomerSchema>;

export const CustomerSummarySchema = z.object({
  id: Id,
  kind: CustomerKind,
  displayName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  city: z.string().nullable(),
  vehicles: z.array(z.object({ id: Id, plate: z.string().nullable(), label: z.string() })),
});
export type CustomerSummary = z.infer<typeof CustomerSummarySchema>;

export const customersApi = {
  'customers.search': query(
    z.object({
      query: z.string().max(200).default(''),
      limit: z.number().int().min(1).max(200).default(50),
      offset: z.number().int().min(0).default(0),
    }),
    z.object({
      items: z.array(CustomerSummarySchema),
      total: z.number().int(),
      /** True when more than `total` customers match (the count stops at a cap). */
      totalCapped: z.boolean(),
    }),
  ),
  'customers.get': query(
    IdInput,
    z.object({ customer: CustomerSchema, vehicles: z.array(VehicleSchema) }),
  ),
  'customers.create': mutation(CustomerInput, CustomerSchema),
  'customers.update': mutation(
    z.object({ id: Id, revision: z.number().int().positive(), values: CustomerInput }),
    CustomerSchema,
  ),
  'customers.delete': mutation(IdInput, z.object({ id: Id })),
};
