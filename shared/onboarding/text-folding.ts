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

/** Classic edit distance; inputs here are short (labels, month names), so O(n·m) is fine. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
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
