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

const COUNT_CAP = 1000;

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

  /**
   * Ordered by name through the search documents' sort_key index; the total is counted up
   * to a cap, since "1000+" is all a counter screen needs and counting every match of a
   * one-digit phone fragment would cost more than the page itself.
   */
  async search(
    query: string,
    limit: number,
    offset: number,
  ): Promise<{ items: CustomerSummary[]; total: number; totalCapped: boolean }> {
    const { db } = this.database;
    const terms = searchTerms(query);
    const matching = (select: 'doc.customer_id' | 'count') => {
      const fields = select === 'count' ? sql`1` : sql`doc.customer_id, doc.sort_key`;
      const conditions = terms.short.map((term) =>
        terms.trigram.length > 0
          ? sql`doc.body LIKE ${`%${term}%`}`
          : sql`doc.sort_key >= ${term} AND doc.sort_key < ${`${term}\u{10FFFF}`}`,
      );
      if (terms.trigram.length > 0) {
        const match = terms.trigram.map((term) => `"${term}"`).join(' AND ');
        conditions.unshift(
          sql`doc.doc_id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ${match})`,
        );
      }
      const where = conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
      return sql`SELECT ${fields} FROM customer_search_doc AS doc ${where}`;
    };
    const counted = await sql<{ total: number }>`
      SELECT count(*) AS total FROM (${matching('count')} LIMIT ${COUNT_CAP + 1})`.execute(db);
    const total = Math.min(Number(counted.rows[0]?.total ?? 0), COUNT_CAP);
    // The CamelCasePlugin also renames raw-SQL result columns: customer_id → customerId.
    const page = await sql<{ customerId: string }>`
      ${matching('doc.customer_id')} ORDER BY doc.sort_key LIMIT ${limit} OFFSET ${offset}`.execute(
      db,
    );
    const ids = page.rows.map((row) => row.customerId);
    if (ids.length === 0) return { items: [], total, totalCapped: false };
    const rows = await db.selectFrom('customer').selectAll().where('id', 'in', ids).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    const vehicles = await db
      .selectFrom('vehicle')
      .select(['id', 'customerId', 'plate', 'make', 'model', 'year'])
      .where('customerId', 'in', ids)
      .where('deletedAt', 'is', null)
      .orderBy('createdAt')
      .execute();
    const items = ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row || row.deletedAt !== null) return [];
      return [
        {
          id: row.id,
          kind: row.kind,
          displayName: customerDisplayName(row),
          phone: row.phone,
          email: row.email,
          city: row.city,
          vehicles: vehicles
            .filter((vehicle) => vehicle.customerId === row.id)
            .map((vehicle) => ({
              id: vehicle.id,
              plate: vehicle.plate,
              label: vehicleLabel(vehicle),
            })),
        },
      ];
    });
    return { items, total, totalCapped: Number(counted.rows[0]?.total ?? 0) > COUNT_CAP };
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
