import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCompanyIdentifier,
  checkSiren,
  checkSiret,
  LA_POSTE_SIREN,
  luhnCheckDigit,
  luhnIsValid,
  normaliseDigitRun,
} from './siren';

describe('SIREN / SIRET checksums', () => {
  it('accepts a SIREN whose Luhn sum divides by 10', () => {
    expect(checkSiren('732 829 320')).toEqual({
      valid: true,
      kind: 'siren',
      value: '732829320',
      rule: 'luhn',
    });
  });

  it('rejects a wrong check digit with a bilingual reason', () => {
    const result = checkSiren('732829321');
    expect(result.valid).toBe(false);
    if (!result.valid) {
      expect(result.reason).toBe('checksum');
      expect(result.message.fr).toContain('clé de contrôle');
      expect(result.message.en).toContain('check digit');
    }
  });

  it('reports length and character problems', () => {
    expect(checkSiren('12345')).toMatchObject({ valid: false, reason: 'wrong_length' });
    expect(checkSiren('')).toMatchObject({ valid: false, reason: 'empty' });
    expect(checkSiren('ABC DEF GHI')).toMatchObject({ valid: false, reason: 'not_digits' });
    expect(checkCompanyIdentifier('1234567890')).toMatchObject({
      valid: false,
      reason: 'wrong_length',
      kind: null,
    });
  });

  it('validates a SIRET with Luhn over its 14 digits', () => {
    const siret = '73282932000074';
    expect(luhnIsValid(siret)).toBe(true);
    expect(checkSiret('732 829 320 00074')).toMatchObject({ valid: true, rule: 'luhn' });
    expect(checkSiret('73282932000075')).toMatchObject({ valid: false, reason: 'checksum' });
  });

  it("applies La Poste's rule: digit sum divisible by 5 instead of Luhn", () => {
    // 3+5+6 = 14 for the SIREN, + 5 + 6 for the NIC = 25.
    const laPoste = `${LA_POSTE_SIREN}00056`;
    expect(luhnIsValid(laPoste)).toBe(false);
    expect(checkSiret(laPoste)).toMatchObject({ valid: true, rule: 'la_poste' });
    // Digit sum 23: neither Luhn nor the La Poste rule.
    expect(checkSiret(`${LA_POSTE_SIREN}00054`)).toMatchObject({
      valid: false,
      reason: 'checksum',
    });
    // The exception belongs to La Poste only: the same digit sum fails for another SIREN.
    const other = '73282932000056';
    expect(luhnIsValid(other)).toBe(false);
    expect(checkSiret(other).valid).toBe(false);
  });

  it('repairs OCR look-alikes inside digit runs only', () => {
    expect(normaliseDigitRun('855 763 2S6')).toBe('855763256');
    expect(normaliseDigitRun('8O8 59O l78')).toBe('808590178');
    expect(normaliseDigitRun('SOLE')).toBe('SOLE');
    expect(checkSiren('9O4 464 7S7')).toMatchObject({ valid: true, value: '904464757' });
  });

  it('property: any 8 digits completed by their Luhn digit pass, and changing one digit fails', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{8}$/),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (body, position, delta) => {
          const siren = body + luhnCheckDigit(body);
          expect(checkSiren(siren).valid).toBe(true);
          const digit = (Number(siren[position]) + delta) % 10;
          const altered = siren.slice(0, position) + String(digit) + siren.slice(position + 1);
          expect(checkSiren(altered).valid).toBe(false);
        },
      ),
    );
  });

  it('property: formatting with spaces never changes the verdict', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (siren) => {
        const spaced = siren.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
        expect(checkSiren(spaced).valid).toBe(checkSiren(siren).valid);
      }),
    );
  });
});
