import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import { formatPhone } from '@shared/workshop/phone';
import { plateSearchKey } from '@shared/workshop/plate';
import type { DatabaseSchema } from '../db/schema';
import { customerDisplayName } from './mappers';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/** Lowercased, accents removed, so "Hélène" and "helene" meet. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export interface SearchableCustomer {
  kind: 'person' | 'company';
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  email: string | null;
  phone: string | null;
  city: string | null;
}

export interface SearchableVehicle {
  plate: string | null;
  vin: string | null;
}

/**
 * One customer's search document. Phones are indexed in E.164 and as national digits,
 * plates with and without dashes, so whatever the mechanic types at the counter matches.
 */
export function customerSearchDocument(
  customer: SearchableCustomer,
  vehicles: readonly SearchableVehicle[],
): { sortKey: string; body: string } {
  const name = customerDisplayName(customer);
  const parts: string[] = [name, customer.email ?? '', customer.city ?? ''];
  if (customer.phone) parts.push(customer.phone, formatPhone(customer.phone).replace(/\s/g, ''));
  for (const vehicle of vehicles) {
    if (vehicle.plate) parts.push(vehicle.plate, plateSearchKey(vehicle.plate));
    if (vehicle.vin) parts.push(vehicle.vin);
  }
  return {
    sortKey: foldForSearch(name),
    body: foldForSearch(parts.filter((part) => part !== '').join(' | ')),
  };
}

/** Rebuilds one customer's document from its live row and vehicles (or drops it). */
export async function refreshCustomerSearch(db: Db, customerId: string): Promise<void> {
  const customer = await db
    .selectFrom('customer')
    .selectAll()
    .where('id', '=', customerId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!customer) {
    await sql`DELETE FROM customer_search_doc WHERE customer_id = ${customerId}`.execute(db);
    return;
  }
  const vehicles = await db
    .selectFrom('vehicle')
    .select(['plate', 'vin'])
    .where('customerId', '=', customerId)
    .where('deletedAt', 'is', null)
    .execute();
  const document = customerSearchDocument(customer, vehicles);
  await sql`INSERT INTO customer_search_doc (customer_id, sort_key, body)
    VALUES (${customerId}, ${document.sortKey}, ${document.body})
    ON CONFLICT (customer_id) DO UPDATE SET sort_key = excluded.sort_key, body = excluded.body
    WHERE body IS NOT excluded.body OR sort_key IS NOT excluded.sort_key`.execute(db);
}

/**
 * Turns what was typed into search terms. Words of three characters or more use the
 * FTS5 trigram index (substring match); shorter words only narrow those results, or,
 * when nothing longer was typed, match the start of the name — a one-letter substring
 * search would scan every customer for little use.
 */
export function searchTerms(query: string): { trigram: string[]; short: string[] } {
  const folded = foldForSearch(query).trim();
  // A phone number typed in groups ("06 12 34") is one term, not three short ones.
  const asPhone = /^[+\d\s().-]+$/.test(folded) && /\d{2}/.test(folded);
  const words = (asPhone ? folded.replace(/[\s().-]/g, '') : folded)
    .split(/\s+/)
    .map((word) => word.replace(/["*]/g, ''))
    .filter((word) => word !== '');
  return {
    trigram: words.filter((word) => word.length >= 3),
    short: words.filter((word) => word.length < 3),
  };
}
