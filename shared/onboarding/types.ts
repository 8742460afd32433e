/** A user-facing message in both UI languages; French comes first, as in the product. */
export interface BilingualMessage {
  fr: string;
  en: string;
}

/** One extracted value with how sure the extractor is about it (0 = guess, 1 = certain). */
export interface ExtractedField<T> {
  value: T;
  confidence: number;
}

/** Which registry document the text came from. */
export type RegistryDocumentType =
  | 'kbis' // extrait Kbis of a company (personne morale) from the RCS
  | 'extrait_k' // extrait K of a sole trader (commerçant personne physique) from the RCS
  | 'rne' // extract of the Registre national des entreprises (INPI)
  | 'rm' // Répertoire des Métiers extract (D1) from a Chambre de métiers
  | 'unknown';

export interface CapitalAmount {
  amount: number;
  currency: string;
}

export interface Dirigeant {
  /** Uppercase surname as printed; several words allowed (LE GOFF). */
  nom: string;
  prenoms: string;
  role: string;
}

export interface KbisFields {
  document_type: ExtractedField<RegistryDocumentType>;
  numero_gestion: ExtractedField<string | null>;
  rcs: ExtractedField<string | null>;
  greffe: ExtractedField<string | null>;
  siren: ExtractedField<string | null>;
  siret_siege: ExtractedField<string | null>;
  denomination: ExtractedField<string | null>;
  sigle: ExtractedField<string | null>;
  forme_juridique: ExtractedField<string | null>;
  capital: ExtractedField<CapitalAmount | null>;
  adresse_siege: ExtractedField<string | null>;
  activite: ExtractedField<string | null>;
  code_ape: ExtractedField<string | null>;
  date_immatriculation: ExtractedField<string | null>;
  date_debut_activite: ExtractedField<string | null>;
  dirigeants: ExtractedField<Dirigeant[]>;
  date_extrait: ExtractedField<string | null>;
  code_verification: ExtractedField<string | null>;
}

export type CheckStatus = 'ok' | 'warning' | 'failed' | 'pending';

export type CheckId =
  | 'siren_luhn'
  | 'siret_luhn'
  | 'recency'
  | 'rcs_siren_match'
  | 'activity_automotive'
  | 'registry'
  | 'duplicate_siren'
  | 'pdf_edited'
  | 'text_layer_consistency'
  | 'image_edited';

export interface OnboardingCheck {
  id: CheckId;
  status: CheckStatus;
  message: BilingualMessage;
}

export type TrustLevel = 'non_verifie' | 'declaratif' | 'document_verifie' | 'registre_verifie';

export interface TrustAssessment {
  /** 0–100. */
  score: number;
  level: TrustLevel;
  reasons: BilingualMessage[];
}
