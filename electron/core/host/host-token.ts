import { randomBytes, timingSafeEqual } from 'node:crypto';

export const MIN_TOKEN_LENGTH = 32;

/** 32 random bytes, base64url: 43 characters, 256 bits. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export type WeakTokenReason = 'too_short' | 'bad_characters' | 'not_random';

/**
 * A token given from outside (`NOVAEVO_HOST_TOKEN`) must be at least 32 characters that look
 * random: URL-safe characters only (it travels in a URL, a cookie and a meta tag), no repeated
 * piece, no run of consecutive characters, not drawn from a handful of characters. A real
 * 32-character random token (hex or base64url) passes; a password or `aaaa…` does not.
 */
export function weakTokenReason(token: string): WeakTokenReason | null {
  if (token.length < MIN_TOKEN_LENGTH) return 'too_short';
  if (!/^[A-Za-z0-9._~-]+$/.test(token)) return 'bad_characters';
  const distinct = new Set(token).size;
  if (distinct < 10) return 'not_random';
  // A random token almost never repeats 6 characters (odds ~1e-6 for 32 hex digits); a word
  // or a pattern typed twice does.
  const seen = new Set<string>();
  for (let i = 0; i + 6 <= token.length; i++) {
    const piece = token.slice(i, i + 6);
    if (seen.has(piece)) return 'not_random';
    seen.add(piece);
  }
  // Runs such as "abcdefgh…" or "01234567…": successive characters one code apart.
  let steps = 0;
  for (let i = 1; i < token.length; i++) {
    if (Math.abs(token.charCodeAt(i) - token.charCodeAt(i - 1)) === 1) steps++;
  }
  if (steps > token.length / 2) return 'not_random';
  return null;
}

export function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
