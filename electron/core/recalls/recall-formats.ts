import { parse } from 'csv-parse/sync';
import { AppError } from '@shared/api/errors';

/**
 * The published shapes of RappelConso data, as served by the Opendatasoft portal:
 * - `/exports/json`: a JSON array of records (field → value);
 * - `/exports/csv`: CSV with a header row of field names, `;`-separated, UTF-8 with BOM;
 * - `/records` (Explore API v2.1): `{ "total_count": N, "results": [ … ] }`, 100 records a page;
 * - older API answers: `{ "records": [ { "fields": { … } } ] }` (v1) or
 *   `{ "records": [ { "record": { "fields": { … } } } ] }` (v2.0).
 */
export interface RecallPage {
  raws: unknown[];
  /** `total_count` of an API page, null for an export. */
  totalCount: number | null;
}

/** Records kept from one file or answer; more is not a recall export. */
export const MAX_RECORDS = 50_000;
/** Longest CSV record, in bytes (a record of RappelConso is a few kB). */
const MAX_CSV_RECORD_BYTES = 256 * 1024;

export function invalidSource(fr: string, en: string, details: Record<string, unknown>): AppError {
  return new AppError(
    'RECALLS_SOURCE_INVALID',
    {
      fr: `Données de rappels illisibles : ${fr} Rien n’a été modifié.`,
      en: `Unreadable recall data: ${en} Nothing was changed.`,
    },
    details,
  );
}

function unwrap(item: unknown): unknown {
  if (item === null || typeof item !== 'object') return item;
  const record = (item as { record?: unknown }).record;
  if (record !== null && typeof record === 'object') {
    const fields = (record as { fields?: unknown }).fields;
    if (fields !== null && typeof fields === 'object') return fields;
  }
  return item;
}

function bounded(raws: unknown[], source: string): unknown[] {
  if (raws.length > MAX_RECORDS) {
    throw invalidSource(
      `plus de ${MAX_RECORDS} enregistrements.`,
      `more than ${MAX_RECORDS} records.`,
      { source, records: raws.length },
    );
  }
  return raws.map(unwrap);
}

export function parseRecallJson(text: string, source: string): RecallPage {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw invalidSource('JSON mal formé.', 'malformed JSON.', { source, cause: String(error) });
  }
  if (Array.isArray(value)) return { raws: bounded(value, source), totalCount: null };
  if (value !== null && typeof value === 'object') {
    const page = value as { results?: unknown; records?: unknown; total_count?: unknown };
    const list = Array.isArray(page.results)
      ? page.results
      : Array.isArray(page.records)
        ? page.records
        : null;
    if (list) {
      return {
        raws: bounded(list, source),
        totalCount: typeof page.total_count === 'number' ? page.total_count : null,
      };
    }
  }
  throw invalidSource(
    'ni export JSON (tableau) ni page d’API (results).',
    'neither a JSON export (array) nor an API page (results).',
    { source },
  );
}

export function parseRecallCsv(text: string, source: string): RecallPage {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0 || text.length);
  const delimiter = firstLine.includes(';') ? ';' : ',';
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      delimiter,
      columns: true,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_CSV_RECORD_BYTES,
      to: MAX_RECORDS + 1,
    }) as Record<string, string>[];
  } catch (error) {
    throw invalidSource('CSV mal formé.', 'malformed CSV.', { source, cause: String(error) });
  }
  if (rows.length > 0 && !Object.keys(rows[0] ?? {}).some((k) => /fiche/.test(k))) {
    throw invalidSource(
      'en-tête sans colonne de référence de fiche (reference_fiche ou numero_fiche).',
      'header without a recall reference column (reference_fiche or numero_fiche).',
      { source, columns: Object.keys(rows[0] ?? {}).slice(0, 10) },
    );
  }
  return { raws: bounded(rows, source), totalCount: null };
}

/** By declared type (extension or content type) when known, else by the first character. */
export function parseRecallPayload(
  text: string,
  source: string,
  hint: 'json' | 'csv' | null,
): RecallPage {
  const kind = hint ?? (/^[\s\uFEFF]*[[{]/.test(text.slice(0, 64)) ? 'json' : ('csv' as const));
  return kind === 'json' ? parseRecallJson(text, source) : parseRecallCsv(text, source);
}
