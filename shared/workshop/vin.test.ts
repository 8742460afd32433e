import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkVin, vinCheckDigit } from './vin';

describe('checkVin', () => {
  it('accepts a European VIN without checking its position-9 digit', () => {
    expect(checkVin('VF1RFB00X12345678')).toEqual({ vin: 'VF1RFB00X12345678', valid: true });
    expect(checkVin('wvw zzz1kz aw000001')).toEqual({ vin: 'WVWZZZ1KZAW000001', valid: true });
  });

  it('refuses wrong lengths and the letters I, O and Q', () => {
    expect(checkVin('VF1RFB00X1234567').problem).toBe('length');
    expect(checkVin('VF1RFB00X1234567O').problem).toBe('forbidden_letters');
    expect(checkVin('VF1RFB00X1234567Q').valid).toBe(false);
    expect(checkVin('VF1RFB00X123456_8').problem).toBe('characters');
  });

  it('checks the North-American check digit (ISO 3779 weights, X for 10)', () => {
    // 1M8GDM9AXKP042788 is the textbook example whose check digit is X.
    expect(vinCheckDigit('1M8GDM9AXKP042788')).toBe('X');
    expect(checkVin('1M8GDM9AXKP042788')).toEqual({ vin: '1M8GDM9AXKP042788', valid: true });
    expect(checkVin('1M8GDM9A1KP042788').checkDigitWarning).toBe(true);
  });

  it('never flags a North-American VIN whose digit was computed', () => {
    const vinChar = fc.constantFrom(...'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'.split(''));
    fc.assert(
      fc.property(
        fc.array(vinChar, { minLength: 16, maxLength: 16 }),
        fc.integer({ min: 1, max: 5 }),
        (chars, wmi) => {
          const draft = `${wmi}${chars.slice(1).join('')}`;
          const vin = `${draft.slice(0, 8)}${vinCheckDigit(`${draft.slice(0, 8)}0${draft.slice(8)}`)}${draft.slice(8)}`;
          expect(checkVin(vin)).toEqual({ vin, valid: true });
        },
      ),
    );
  });
});
