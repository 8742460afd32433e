import type { Selectable } from 'kysely';
import type { Customer } from '@shared/api/customers';
import type { FuelType, Vehicle } from '@shared/api/vehicles';
import { checkVin } from '@shared/workshop/vin';
import type { CustomerTable, VehicleTable } from '../db/schema';

export function customerFromRow(row: Selectable<CustomerTable>): Customer {
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    revision: row.revision,
    kind: row.kind,
    firstName: row.firstName,
    lastName: row.lastName,
    companyName: row.companyName,
    phone: row.phone,
    email: row.email,
    addressLine: row.addressLine,
    postalCode: row.postalCode,
    city: row.city,
    consentSms: row.consentSms === 1,
    consentEmail: row.consentEmail === 1,
    consentMarketing: row.consentMarketing === 1,
    notes: row.notes,
  };
}

export function vehicleFromRow(
  row: Selectable<VehicleTable>,
  lastMileageKm: number | null,
): Vehicle {
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    revision: row.revision,
    customerId: row.customerId,
    vin: row.vin,
    plate: row.plate,
    make: row.make,
    model: row.model,
    year: row.year,
    fuel: row.fuel as FuelType | null,
    engine: row.engine,
    notes: row.notes,
    lastMileageKm,
    vinCheckDigitWarning: row.vin ? checkVin(row.vin).checkDigitWarning === true : false,
  };
}

export function customerDisplayName(row: {
  kind: 'person' | 'company';
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
}): string {
  if (row.kind === 'company') return row.companyName ?? '';
  return [row.lastName?.toUpperCase(), row.firstName].filter(Boolean).join(' ');
}

export function vehicleLabel(row: {
  make: string | null;
  model: string | null;
  year: number | null;
}): string {
  return [row.make, row.model, row.year].filter((part) => part !== null && part !== '').join(' ');
}
