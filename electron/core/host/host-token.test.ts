import { describe, expect, it } from 'vitest';
import { randomToken, weakTokenReason } from './host-token';

describe('host token strength', () => {
  it('accepts random tokens, hex or base64url', () => {
    for (let i = 0; i < 200; i++) {
      expect(weakTokenReason(randomToken())).toBeNull();
      expect(weakTokenReason(randomToken().slice(0, 32))).toBeNull();
    }
    expect(weakTokenReason('9f86d081884c7d659a2feaa0c55ad015')).toBeNull();
  });

  it('refuses short, patterned or unsafe tokens', () => {
    expect(weakTokenReason('secret')).toBe('too_short');
    expect(weakTokenReason('a'.repeat(40))).toBe('not_random');
    expect(weakTokenReason('abcdefghij'.repeat(4))).toBe('not_random');
    expect(weakTokenReason('abcdefghijklmnopqrstuvwxyzABCDEFGH')).toBe('not_random');
    expect(weakTokenReason('0123456789012345678901234567890123')).toBe('not_random');
    expect(weakTokenReason('motdepassemotdepassemotdepasse12')).toBe('not_random');
    expect(weakTokenReason('abc"def<ghi>jklmnopqrstuvwxyz0123')).toBe('bad_characters');
  });
});
