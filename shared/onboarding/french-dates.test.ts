import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysBetween,
  formatFrenchDate,
  frenchMonthNumber,
  parseFrenchDate,
} from './french-dates';

describe('French dates', () => {
  it('reads numeric and worded dates', () => {
    expect(parseFrenchDate('02/04/2019')?.iso).toBe('2019-04-02');
    expect(parseFrenchDate('à jour au 20 novembre 2026')?.iso).toBe('2026-11-20');
    expect(parseFrenchDate('le 1er août 2025')?.iso).toBe('2025-08-01');
    expect(parseFrenchDate('Jusqu’au 01.04.2118')?.iso).toBe('2118-04-01');
  });

  it('tolerates OCR noise with a lower confidence', () => {
    const noisy = parseFrenchDate('O7/09/2021');
    expect(noisy?.iso).toBe('2021-09-07');
    expect(noisy?.confidence).toBeLessThan(0.9);
    expect(parseFrenchDate('16. novembré 2026')?.iso).toBe('2026-11-16');
    expect(parseFrenchDate('9 fevrler 2026')?.iso).toBe('2026-02-09');
    expect(frenchMonthNumber('decembre')).toBe(12);
    expect(frenchMonthNumber('main')).toBeNull();
  });

  it('rejects impossible dates', () => {
    expect(parseFrenchDate('31/02/2024')).toBeNull();
    expect(parseFrenchDate('30 fevrier 2024')).toBeNull();
    expect(parseFrenchDate('aucune date')).toBeNull();
  });

  it('counts days and adds calendar months with end-of-month clamping', () => {
    expect(daysBetween('2026-08-27', '2026-11-27')).toBe(92);
    expect(addMonths('2026-08-27', 3)).toBe('2026-11-27');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
  });
});

describe('formatFrenchDate', () => {
  it('prints ISO dates day first', () => {
    expect(formatFrenchDate('2026-11-20')).toBe('20/11/2026');
    expect(formatFrenchDate('not a date')).toBe('not a date');
  });
});
