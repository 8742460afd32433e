import { describe, expect, it } from 'vitest';
import { checkPlate, plateSearchKey } from './plate';

describe('checkPlate', () => {
  it('normalises SIV plates to AA-123-AA', () => {
    expect(checkPlate('ab123cd')).toEqual({ valid: true, format: 'siv', plate: 'AB-123-CD' });
    expect(checkPlate(' AB 123 CD ')).toEqual({ valid: true, format: 'siv', plate: 'AB-123-CD' });
    expect(checkPlate('AB-123-CD').plate).toBe('AB-123-CD');
  });

  it('refuses SIV plates with I, O, U or the 000 block', () => {
    expect(checkPlate('AI-123-CD').valid).toBe(false);
    expect(checkPlate('AB-123-OU').valid).toBe(false);
    expect(checkPlate('AB-000-CD').valid).toBe(false);
    expect(checkPlate('12-AB').valid).toBe(false);
  });

  it('accepts old FNI plates, Corsica and overseas départements', () => {
    expect(checkPlate('123 abc 45')).toEqual({ valid: true, format: 'fni', plate: '123 ABC 45' });
    expect(checkPlate('4521 AZ 2A').plate).toBe('4521 AZ 2A');
    expect(checkPlate('12 A 974').plate).toBe('12 A 974');
    expect(checkPlate('123 ABC 99').valid).toBe(false);
  });

  it('builds separator-free search keys', () => {
    expect(plateSearchKey('AB-123-CD')).toBe('AB123CD');
  });
});
