import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone } from './phone';

describe('phone numbers', () => {
  it('stores French numbers in E.164 whatever the typing', () => {
    expect(normalizePhone('06 12 34 56 78')).toBe('+33612345678');
    expect(normalizePhone('+33 6 12 34 56 78')).toBe('+33612345678');
    expect(normalizePhone('0033612345678')).toBe('+33612345678');
    expect(normalizePhone('06.12.34.56.78')).toBe('+33612345678');
  });

  it('keeps foreign E.164 numbers and refuses garbage', () => {
    expect(normalizePhone('+32 470 12 34 56')).toBe('+32470123456');
    expect(normalizePhone('12345')).toBeNull();
    expect(normalizePhone('00 00 00 00 00')).toBeNull();
  });

  it('prints French numbers grouped by two', () => {
    expect(formatPhone('+33612345678')).toBe('06 12 34 56 78');
  });
});
