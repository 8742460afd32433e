// RappelConso records (French product recalls, DGCCRF open data on data.economie.gouv.fr, an
// Opendatasoft portal) mapped to what the workshop needs. Two field sets are published: the
// original dataset (`rappelconso0`: reference_fiche, categorie_de_produit,
// nom_de_la_marque_du_produit, noms_des_modeles_ou_references, date_debut_fin_de_commercialisation,
// risques_encourus_par_le_consommateur, conduites_a_tenir_par_le_consommateur, …) and the V2
// datasets (numero_fiche, categorie_produit, marque_produit, modeles_ou_references, …). Both are
// read; only vehicle categories are kept.

import { parseFrenchPeriod } from './period';
import { makeKeyOf, modelTokensOf } from './vehicle-keys';

export interface RecallRecord {
  reference: string;
  version: number | null;
  category: string;
  subcategory: string | null;
  make: string | null;
  makeKey: string | null;
  models: string | null;
  modelTokens: string[];
  identification: string | null;
  marketingPeriod: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  reason: string | null;
  risks: string | null;
  actions: string | null;
  url: string | null;
  publishedAt: string | null;
}

/** Longest text kept from one field: a hostile or broken export cannot blow up a row. */
export const MAX_FIELD_CHARS = 10_000;

/** Each field of the record under its V1 name, with the V2 names it may have instead. */
const FIELDS = {
  reference: ['reference_fiche', 'numero_fiche'],
  version: ['ndeg_de_version', 'numero_version', 'n_de_version'],
  category: ['categorie_de_produit', 'categorie_produit'],
  subcategory: ['sous_categorie_de_produit', 'sous_categorie_produit'],
  make: ['nom_de_la_marque_du_produit', 'marque_produit'],
  models: ['noms_des_modeles_ou_references', 'modeles_ou_references'],
  identification: ['identification_des_produits', 'identification_produits'],
  period: ['date_debut_fin_de_commercialisation'],
  periodStart: ['date_debut_commercialisation'],
  periodEnd: ['date_fin_commercialisation', 'date_date_fin_commercialisation'],
  reason: ['motif_du_rappel', 'motif_rappel'],
  risks: ['risques_encourus_par_le_consommateur', 'risques_encourus'],
  actions: ['conduites_a_tenir_par_le_consommateur'],
  url: ['lien_vers_la_fiche_rappel'],
  publishedAt: ['date_de_publication', 'date_publication'],
} as const;

function text(raw: Record<string, unknown>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = raw[name];
    if (value === null || value === undefined) continue;
    const s = (typeof value === 'string' ? value : String(value)).trim();
    if (s.length > 0) return s.slice(0, MAX_FIELD_CHARS);
  }
  return null;
}

/** True for the recall categories about road vehicles ("Automobiles et moyens de …"). */
export function isVehicleCategory(category: string): boolean {
  return /^automobiles?\b/i.test(
    category
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .trim(),
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function isoDay(value: string | null): string | null {
  if (value === null) return null;
  const iso = ISO_DATE.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return parseFrenchPeriod(value).start;
}

function httpUrl(value: string | null): string | null {
  return value !== null && /^https?:\/\/\S+$/i.test(value) ? value : null;
}

export type RecordVerdict =
  | { ok: true; record: RecallRecord }
  | { ok: false; reason: 'not_vehicle' | 'no_reference' | 'not_object' };

/** Maps one published record (either field set), or says why it is skipped. */
export function toRecallRecord(raw: unknown): RecordVerdict {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: 'not_object' };
  }
  // The Opendatasoft v1 API nests the fields: { recordid, fields: { … } }.
  const nested = (raw as { fields?: unknown }).fields;
  const r = (
    nested !== null && typeof nested === 'object' && !Array.isArray(nested) ? nested : raw
  ) as Record<string, unknown>;
  const reference = text(r, FIELDS.reference);
  if (reference === null || reference.length > 40) return { ok: false, reason: 'no_reference' };
  const category = text(r, FIELDS.category) ?? '';
  if (!isVehicleCategory(category)) return { ok: false, reason: 'not_vehicle' };
  const make = text(r, FIELDS.make);
  const models = text(r, FIELDS.models);
  const period = text(r, FIELDS.period);
  const parsed = period === null ? { start: null, end: null } : parseFrenchPeriod(period);
  const versionText = text(r, FIELDS.version);
  const version = versionText === null ? null : Number.parseInt(versionText, 10);
  const start = parsed.start ?? isoDay(text(r, FIELDS.periodStart));
  const end = parsed.end ?? isoDay(text(r, FIELDS.periodEnd));
  return {
    ok: true,
    record: {
      reference,
      version: version !== null && Number.isFinite(version) ? version : null,
      category,
      subcategory: text(r, FIELDS.subcategory),
      make,
      makeKey: make === null ? null : makeKeyOf(make),
      models,
      modelTokens: modelTokensOf(models ?? '', make),
      identification: text(r, FIELDS.identification),
      marketingPeriod:
        period ??
        ([text(r, FIELDS.periodStart), text(r, FIELDS.periodEnd)].filter(Boolean).join(' – ') ||
          null),
      periodStart: start,
      periodEnd: end,
      reason: text(r, FIELDS.reason),
      risks: text(r, FIELDS.risks),
      actions: text(r, FIELDS.actions),
      url: httpUrl(text(r, FIELDS.url)),
      publishedAt: isoDay(text(r, FIELDS.publishedAt)),
    },
  };
}

export interface MappedRecords {
  records: RecallRecord[];
  skipped: number;
}

export function toRecallRecords(raws: readonly unknown[]): MappedRecords {
  const records: RecallRecord[] = [];
  let skipped = 0;
  for (const raw of raws) {
    const verdict = toRecallRecord(raw);
    if (verdict.ok) records.push(verdict.record);
    else skipped++;
  }
  return { records, skipped };
}
