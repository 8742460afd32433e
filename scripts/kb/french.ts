// French grammar helpers for composing DTC titles: articles, elision and adjective agreement.
// Titles are generated from component names, so the grammar has to be right by construction
// rather than fixed by hand code after code.

export type Gender = 'm' | 'f';

export interface Noun {
  /** Lowercase noun phrase without article, e.g. "capteur de pression de suralimentation A". */
  readonly fr: string;
  readonly gender: Gender;
  readonly plural?: boolean;
  /** Forces elision for words starting with a mute h ("huile"); vowels are detected. */
  readonly elides?: boolean;
}

const VOWEL_START = /^[aeiouyàâäéèêëîïôöùûü]/i;

function elides(noun: Noun): boolean {
  return noun.elides === true || VOWEL_START.test(noun.fr);
}

/** "du capteur", "de la sonde", "de l'injecteur", "des bougies". */
export function deArticle(noun: Noun): string {
  if (noun.plural) return `des ${noun.fr}`;
  if (elides(noun)) return `de l'${noun.fr}`;
  return noun.gender === 'm' ? `du ${noun.fr}` : `de la ${noun.fr}`;
}

/** "le calculateur", "la sonde", "l'unité", "les bougies". */
export function leArticle(noun: Noun): string {
  if (noun.plural) return `les ${noun.fr}`;
  if (elides(noun)) return `l'${noun.fr}`;
  return noun.gender === 'm' ? `le ${noun.fr}` : `la ${noun.fr}`;
}

/**
 * Agrees a regular adjective (or past participle) with the noun. Only regular forms are used in
 * the templates ("défaillant", "bloqué", "ouvert", "fermé", "lent"), so the -e/-s rule suffices.
 */
export function agree(adjective: string, noun: Noun): string {
  let word = adjective;
  if (noun.gender === 'f' && !word.endsWith('e')) word += 'e';
  if (noun.plural && !word.endsWith('s')) word += 's';
  return word;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
