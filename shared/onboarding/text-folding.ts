/** Lowercase, accents removed, typographic quotes made plain: the form labels are compared in. */
export function foldForComparison(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/** Folded and reduced to letters and digits only, so OCR spacing and punctuation do not matter. */
export function foldToAlphanumeric(text: string): string {
  return foldForComparison(text).replace(/[^a-z0-9]/g, '');
}

/**
 * Classic edit distance over two reused rows: it runs for every label spelling on every line,
 * so it must not allocate per call.
 */
let rowA = new Uint32Array(64);
let rowB = new Uint32Array(64);
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (rowA.length <= b.length) {
    rowA = new Uint32Array(b.length * 2 + 1);
    rowB = new Uint32Array(b.length * 2 + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = (previous[j] ?? 0) + 1;
      const insertion = (current[j - 1] ?? 0) + 1;
      current[j] = Math.min(deletion, insertion, substitution);
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length] ?? Math.max(a.length, b.length);
}

/** 1 for identical strings, falling to 0 as the edit distance reaches the longer length. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

/** Normalises typographic variants OCR and PDFs produce (curly quotes, non-breaking spaces). */
export function cleanTypography(text: string): string {
  return text
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[\u00a0\u202f\t]/g, ' ')
    .replace(/\uFB01/g, 'fi')
    .replace(/\uFB02/g, 'fl');
}
