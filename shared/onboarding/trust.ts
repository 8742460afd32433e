import { ANTI_FRAUD_CHECK_IDS } from './checks';
import type {
  BilingualMessage,
  CheckId,
  OnboardingCheck,
  TrustAssessment,
  TrustLevel,
} from './types';

const LEVELS: readonly TrustLevel[] = [
  'non_verifie',
  'declaratif',
  'document_verifie',
  'registre_verifie',
];

// How much each check weighs in the 0–100 score; the registry outweighs what the document says of itself.
const WEIGHTS: Partial<Record<CheckId, number>> = {
  siren_luhn: 20,
  siret_luhn: 5,
  rcs_siren_match: 5,
  recency: 10,
  activity_automotive: 5,
  duplicate_siren: 5,
  registry: 35,
  pdf_edited: 5,
  text_layer_consistency: 5,
  image_edited: 5,
};

const STATUS_FACTOR = { ok: 1, warning: 0.5, pending: 0, failed: 0 } as const;

const LEVEL_REASONS: Record<TrustLevel, BilingualMessage> = {
  non_verifie: {
    fr: 'Non vérifié : identifiant manquant ou invalide, ou entreprise déjà inscrite.',
    en: 'Not verified: missing or invalid identifier, or company already onboarded.',
  },
  declaratif: {
    fr: 'Déclaratif : le document a été lu mais des contrôles ne sont pas concluants.',
    en: 'Self-declared: the document was read but some checks are not conclusive.',
  },
  document_verifie: {
    fr: 'Document vérifié : le document est cohérent ; le registre n’a pas (encore) confirmé.',
    en: 'Document verified: the document is consistent; the registry has not confirmed it (yet).',
  },
  registre_verifie: {
    fr: 'Registre vérifié : le registre des entreprises confirme l’entreprise, active.',
    en: 'Registry verified: the company registry confirms the company, active.',
  },
};

function statusOf(
  checks: readonly OnboardingCheck[],
  id: CheckId,
): OnboardingCheck['status'] | null {
  return checks.find((c) => c.id === id)?.status ?? null;
}

/**
 * Scores the checks and derives the trust level. Anti-fraud signals never block on their own:
 * each lowers the level by one step and is listed among the reasons.
 */
export function assessTrust(checks: readonly OnboardingCheck[]): TrustAssessment {
  let possible = 0;
  let earned = 0;
  for (const c of checks) {
    const weight = WEIGHTS[c.id] ?? 0;
    possible += weight;
    earned += weight * STATUS_FACTOR[c.status];
  }
  const score = possible === 0 ? 0 : Math.round((earned / possible) * 100);

  const blocking =
    statusOf(checks, 'siren_luhn') !== 'ok' ||
    statusOf(checks, 'duplicate_siren') === 'failed' ||
    statusOf(checks, 'rcs_siren_match') === 'failed' ||
    statusOf(checks, 'siret_luhn') === 'failed' ||
    statusOf(checks, 'registry') === 'failed';

  let levelIndex: number;
  if (blocking) levelIndex = 0;
  else if (statusOf(checks, 'recency') !== 'ok') levelIndex = 1;
  else if (statusOf(checks, 'registry') === 'ok') levelIndex = 3;
  else levelIndex = 2;
  // A registry that disagrees with the document leaves only what the document itself proves.
  if (statusOf(checks, 'registry') === 'warning') levelIndex = Math.min(levelIndex, 1);

  const fraudSignals = checks.filter((c) => ANTI_FRAUD_CHECK_IDS.has(c.id) && c.status !== 'ok');
  if (levelIndex > 0 && fraudSignals.length > 0) levelIndex = Math.max(1, levelIndex - 1);

  const level = LEVELS[levelIndex] ?? 'non_verifie';
  const reasons: BilingualMessage[] = [
    LEVEL_REASONS[level],
    ...checks.filter((c) => c.status !== 'ok').map((c) => c.message),
  ];
  return { score, level, reasons };
}
