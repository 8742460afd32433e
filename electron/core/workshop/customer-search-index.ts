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

/**
 * Rebuilds one customer's search document from its live row and vehicles. Phones are
 * indexed in E.164 and as national digits, plates with and without dashes, so whatever
 * the mechanic types at the counter matches.
 */
export async function refreshCustomerSearch(db: Db, customerId: string): Promise<void> {
  await sql`DELETE FROM customer_search WHERE customer_id = ${customerId}`.execute(db);
  const customer = await db
    .selectFrom('customer')
    .selectAll()
    .where('id', '=', customerId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!customer) return;
  const vehicles = await db
    .selectFrom('vehicle')
    .select(['plate', 'vin', 'make', 'model'])
    .where('customerId', '=', customerId)
    .where('deletedAt', 'is', null)
    .execute();
  const parts: string[] = [
    customerDisplayName(customer),
    customer.firstName ?? '',
    customer.companyName ?? '',
    customer.email ?? '',
    customer.city ?? '',
  ];
  if (customer.phone) {
    parts.push(customer.phone, formatPhone(customer.phone).replace(/\s/g, ''));
  }
  for (const vehicle of vehicles) {
    if (vehicle.plate) parts.push(vehicle.plate, plateSearchKey(vehicle.plate));
    if (vehicle.vin) parts.push(vehicle.vin);
  }
  const body = foldForSearch(parts.filter((part) => part !== '').join(' | '));
  await sql`INSERT INTO customer_search (customer_id, body) VALUES (${customerId}, ${body})`.execute(
    db,
  );
}

/**
 * Turns what was typed into FTS5 trigram terms. Each word must appear (AND). Words
 * shorter than three characters cannot use the trigram index and fall back to LIKE.
 */
export function searchTerms(query: string): { trigram: string[]; short: string[] } {
  const folded = foldForSearch(query).trim();
  // A phone number typed in groups ("06 12 34") is one term, not three short ones.
  const asPhone = /^[+\d\s().-]+$/.test(folded) && /\d{2}/.test(folded);
  const words = (asPhone ? folded.replace(/[\s().-]/g, '') : folded)
    .split(/\s+/)
    .map((word) => word.replace(/["*]/g, ''))
    .map((word) => (/^[+\d().-]+$/.test(word) ? word.replace(/[().-]/g, '') : word))
    .filter((word) => word !== '');
  return {
    trigram: words.filter((word) => word.length >= 3),
    short: words.filter((word) => word.length < 3),
  };
}
