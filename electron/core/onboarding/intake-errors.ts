import type { BilingualMessage } from '../../../shared/onboarding/types';

export type IntakeErrorCode =
  | 'file_unreadable'
  | 'file_empty'
  | 'unsupported_format'
  | 'image_too_large'
  | 'pdf_too_many_pages'
  | 'pdf_password_protected'
  | 'pdf_corrupt'
  | 'image_corrupt'
  | 'document_not_recognised'
  | 'ocr_cancelled';

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
    fr: `Image trop volumineuse (${d}) : la limite est de 50 Mo. Réduisez la résolution ou recadrez la page.`,
    en: `Image too large (${d}): the limit is 50 MB. Lower the resolution or crop the page.`,
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
    detail = '',
    options?: { cause?: unknown },
  ) {
    const userMessage = MESSAGES[code](detail);
    super(userMessage.en, options);
    this.userMessage = userMessage;
  }
}
