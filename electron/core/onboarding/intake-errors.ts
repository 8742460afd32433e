import type { BilingualMessage } from '../../../shared/onboarding/types';

export type IntakeErrorCode =
  | 'file_unreadable'
  | 'file_empty'
  | 'unsupported_format'
  | 'image_too_large'
  | 'image_too_complex'
  | 'pdf_too_many_pages'
  | 'pdf_page_too_large'
  | 'pdf_too_complex'
  | 'pdf_password_protected'
  | 'pdf_corrupt'
  | 'image_corrupt'
  | 'document_not_recognised'
  | 'ocr_cancelled';

/**
 * Why a document was too heavy, as a keyword with an optional figure (`stream:128`), so the
 * sentence reads naturally in both languages.
 */
const REASONS: Record<string, { fr: (n: string) => string; en: (n: string) => string }> = {
  stream: {
    fr: (n) => `un de ses flux se décompresse au-delà de ${n} Mo`,
    en: (n) => `one of its streams decompresses beyond ${n} MB`,
  },
  total: {
    fr: (n) => `ses flux se décompressent au-delà de ${n} Mo`,
    en: (n) => `its streams decompress beyond ${n} MB`,
  },
  timeout: {
    fr: (n) => `une page demande plus de ${n} s de traitement`,
    en: (n) => `a page takes more than ${n} s to process`,
  },
  memory: {
    fr: (n) => `son traitement dépasse ${n} Mo de mémoire`,
    en: (n) => `processing it exceeds ${n} MB of memory`,
  },
  pixels: {
    fr: (n) => `${n} mégapixels`,
    en: (n) => `${n} megapixels`,
  },
};

function reasonFr(detail: string): string {
  const [key = '', figure = ''] = detail.split(':');
  return REASONS[key]?.fr(figure) ?? detail;
}

function reasonEn(detail: string): string {
  const [key = '', figure = ''] = detail.split(':');
  return REASONS[key]?.en(figure) ?? detail;
}

const MESSAGES: Record<IntakeErrorCode, (detail: string) => BilingualMessage> = {
  file_unreadable: (d) => ({
    fr: `Fichier illisible : impossible de l'ouvrir (${d}).`,
    en: `Unreadable file: it could not be opened (${d}).`,
  }),
  file_empty: () => ({ fr: 'Le fichier est vide.', en: 'The file is empty.' }),
  unsupported_format: () => ({
    fr: 'Format non pris en charge : déposez un PDF ou une image JPEG, PNG, TIFF ou WebP.',
    en: 'Unsupported format: please provide a PDF or a JPEG, PNG, TIFF or WebP image.',
  }),
  image_too_large: (d) => ({
    fr: `Image trop volumineuse (${reasonFr(d)}) : les limites sont 50 Mo et 100 mégapixels. Réduisez la résolution ou recadrez la page.`,
    en: `Image too large (${reasonEn(d)}): the limits are 50 MB and 100 megapixels. Lower the resolution or crop the page.`,
  }),
  image_too_complex: (d) => ({
    fr: `Image trop lourde à traiter (${reasonFr(d)}). Reprenez la photo en résolution normale ou déposez un scan.`,
    en: `Image too heavy to process (${reasonEn(d)}). Take the photo again at normal resolution or upload a scan.`,
  }),
  pdf_page_too_large: (d) => ({
    fr: `Une page de ce PDF mesure ${d} points : bien plus qu'une feuille (un extrait Kbis est au format A4, 595 × 842). Déposez l'extrait d'origine.`,
    en: `A page of this PDF measures ${d} points: far larger than a sheet (a Kbis extract is A4, 595 × 842). Upload the original extract.`,
  }),
  pdf_too_complex: (d) => ({
    fr: `PDF trop complexe pour être lu sans risque (${reasonFr(d)}). Téléchargez à nouveau l'extrait depuis le greffe ou déposez une photo.`,
    en: `PDF too complex to be read safely (${reasonEn(d)}). Download the extract again from the registry or upload a photo.`,
  }),
  pdf_too_many_pages: (d) => ({
    fr: `Ce PDF compte ${d} pages : un extrait Kbis en fait une ou deux (limite : 40). Déposez uniquement l'extrait.`,
    en: `This PDF has ${d} pages: a Kbis extract has one or two (limit: 40). Upload the extract only.`,
  }),
  pdf_password_protected: () => ({
    fr: 'Ce PDF est protégé par un mot de passe : téléchargez à nouveau l’extrait sans protection.',
    en: 'This PDF is password-protected: download the extract again without protection.',
  }),
  pdf_corrupt: (d) => ({
    fr: `PDF endommagé ou invalide (${d}).`,
    en: `Damaged or invalid PDF (${d}).`,
  }),
  image_corrupt: (d) => ({
    fr: `Image endommagée ou illisible (${d}).`,
    en: `Damaged or unreadable image (${d}).`,
  }),
  document_not_recognised: () => ({
    fr: 'Document non reconnu : ce n’est pas un extrait Kbis, K, RNE ou du Répertoire des Métiers lisible. Vérifiez la photo (page entière, nette, bien éclairée).',
    en: 'Document not recognised: this is not a readable Kbis, K, RNE or trade register extract. Check the photo (whole page, sharp, well lit).',
  }),
  ocr_cancelled: () => ({ fr: 'Lecture annulée.', en: 'Reading cancelled.' }),
};

/** A document that cannot be taken in, with a message the wizard shows as is. */
export class DocumentIntakeError extends Error {
  override readonly name = 'DocumentIntakeError';
  readonly userMessage: BilingualMessage;

  constructor(
    readonly code: IntakeErrorCode,
    /** What the message was built from, so the error can cross a worker boundary. */
    readonly detail = '',
    options?: { cause?: unknown },
  ) {
    const userMessage = MESSAGES[code](detail);
    super(userMessage.en, options);
    this.userMessage = userMessage;
  }
}
