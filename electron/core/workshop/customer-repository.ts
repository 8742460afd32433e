import { sql } from 'kysely';
import type { Customer, CustomerSummary } from '@shared/api/customers';
import type { Vehicle } from '@shared/api/vehicles';
import { normalizePhone } from '@shared/workshop/phone';
import type { z } from 'zod';
import type { CustomerInput as CustomerInputSchema } from '@shared/api/customers';
import type { AppDatabase } from '../db/database';
import type { SyncedWriter } from '../db/synced-writer';
import { notFound } from '../db/synced-writer';
import { refreshCustomerSearch, searchTerms } from './customer-search-index';
import { customerDisplayName, customerFromRow, vehicleFromRow, vehicleLabel } from './mappers';

type ParsedCustomerInput = z.output<typeof CustomerInputSchema>;

function customerColumns(values: ParsedCustomerInput) {
  return {
    kind: values.kind,
    firstName: values.firstName,
    lastName: values.lastName,
    companyName: values.companyName,
    phone: values.phone === null ? null : normalizePhone(values.phone),
    email: values.email?.toLowerCase() ?? null,
    addressLine: values.addressLine,
    postalCode: values.postalCode,
    city: values.city,
    consentSms: values.consentSms ? 1 : 0,
    consentEmail: values.consentEmail ? 1 : 0,
    consentMarketing: values.consentMarketing ? 1 : 0,
    notes: values.notes,
  };
}

export class CustomerRepository {
  constructor(
    private readonly database: AppDatabase,
    private readonly writer: SyncedWriter,
  ) {}

  async search(
    query: string,
    limit: number,
    offset: number,
  ): Promise<{ items: CustomerSummary[]; total: number }> {
    const { db } = this.database;
    const terms = searchTerms(query);
    let base = db.selectFrom('customer').where('customer.deletedAt', 'is', null);
    if (terms.trigram.length > 0 || terms.short.length > 0) {
      const conditions = [
        ...terms.trigram.map((term) => sql<boolean>`customer_search.body MATCH ${`"${term}"`}`),
        ...terms.short.map((term) => sql<boolean>`customer_search.body LIKE ${`%${term}%`}`),
      ];
      base = base.where(
        'customer.id',
        'in',
        db
          .selectFrom(sql`customer_search`.as('customer_search'))
          .select(sql<string>`customer_search.customer_id`.as('customerId'))
          .where(sql<boolean>`${sql.join(conditions, sql` AND `)}`),
      );
    }
    const [{ total } = { total: 0 }] = await base
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .execute();
    const rows = await base
      .selectAll('customer')
      .orderBy(sql`coalesce(customer.last_name, customer.company_name) COLLATE NOCASE`)
      .orderBy('customer.firstName')
      .limit(limit)
      .offset(offset)
      .execute();
    const ids = rows.map((row) => row.id);
    const vehicles =
      ids.length === 0
        ? []
        : await db
            .selectFrom('vehicle')
            .select(['id', 'customerId', 'plate', 'make', 'model', 'year'])
            .where('customerId', 'in', ids)
            .where('deletedAt', 'is', null)
            .orderBy('createdAt')
            .execute();
    const items = rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      displayName: customerDisplayName(row),
      phone: row.phone,
      email: row.email,
      city: row.city,
      vehicles: vehicles
        .filter((vehicle) => vehicle.customerId === row.id)
        .map((vehicle) => ({ id: vehicle.id, plate: vehicle.plate, label: vehicleLabel(vehicle) })),
    }));
    return { items, total: Number(total) };
  }

  async get(id: string): Promise<{ customer: Customer; vehicles: Vehicle[] }> {
    const { db } = this.database;
    const row = await db
      .selectFrom('customer')
      .selectAll()
      .where('id', '=', id)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (!row) throw notFound('customer', id);
    const vehicles = await db
      .selectFrom('vehicle')
      .selectAll('vehicle')
      .select((eb) =>
        eb
          .selectFrom('mileageReading')
          .select('km')
          .whereRef('mileageReading.vehicleId', '=', 'vehicle.id')
          .where('mileageReading.deletedAt', 'is', null)
          .orderBy('mileageReading.readAt', 'desc')
          .limit(1)
          .as('lastMileageKm'),
      )
      .where('customerId', '=', id)
      .where('deletedAt', 'is', null)
      .orderBy('createdAt')
      .execute();
    return {
      customer: customerFromRow(row),
      vehicles: vehicles.map((vehicle) => vehicleFromRow(vehicle, vehicle.lastMileageKm ?? null)),
    };
  }

  async create(values: ParsedCustomerInput): Promise<Customer> {
    return this.writer.write(async (tx) => {
      const row = await tx.insert('customer', customerColumns(values));
      await refreshCustomerSearch(tx.trx, row.id);
      return customerFromRow(row);
    });
  }

  async update(id: string, revision: number, values: ParsedCustomerInput): Promise<Customer> {
    return this.writer.write(async (tx) => {
      const row = await tx.update('customer', id, revision, customerColumns(values));
      await refreshCustomerSearch(tx.trx, id);
      return customerFromRow(row);
    });
  }

  /** Deleting a customer tombstones its vehicles too: a vehicle always has a live owner. */
  async delete(id: string): Promise<{ id: string }> {
    return this.writer.write(async (tx) => {
      await tx.getLive('customer', id);
      const vehicles = await tx.trx
        .selectFrom('vehicle')
        .select('id')
        .where('customerId', '=', id)
        .where('deletedAt', 'is', null)
        .execute();
      for (const vehicle of vehicles) await tx.softDelete('vehicle', vehicle.id);
      await tx.softDelete('customer', id);
      await refreshCustomerSearch(tx.trx, id);
      return { id };
    });
  }
}
