import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidateModelYears, decodeVin } from './vin-decode';
import type { WmiTable } from './vin-decode';

const table = JSON.parse(
  readFileSync(new URL('../../resources/vin/wmi.json', import.meta.url), 'utf8'),
) as WmiTable & { formatVersion: number };

describe('WMI table', () => {
  it('has three-character VIN keys and a manufacturer and country for each', () => {
    expect(table.formatVersion).toBe(1);
    const entries = Object.entries(table.wmi);
    expect(entries.length).toBeGreaterThan(100);
    for (const [wmi, entry] of entries) {
      expect(wmi).toMatch(/^[A-HJ-NPR-Z0-9]{3}$/);
      expect(entry.manufacturer.length).toBeGreaterThan(1);
      expect(entry.country.length).toBeGreaterThan(1);
    }
  });

  it('covers the makes French garages see most, European, Asian and American', () => {
    const makes = new Set(Object.values(table.wmi).map((e) => e.manufacturer.split(' ')[0]));
    for (const make of [
      'Renault',
      'Peugeot',
      'Citroën',
      'Dacia',
      'DS',
      'Volkswagen',
      'Audi',
      'BMW',
      'Mercedes-Benz',
      'Opel',
      'Ford',
      'Fiat',
      'Toyota',
      'Nissan',
      'Hyundai',
      'Kia',
      'Škoda',
      'SEAT',
      'Tesla',
      'Volvo',
      'Honda',
      'Mazda',
      'Suzuki',
    ]) {
      expect(makes, make).toContain(make);
    }
  });
});

describe('decodeVin', () => {
  it('decodes a French Renault', () => {
    const decoded = decodeVin('VF1RFB00X12345678', table, 2025);
    expect(decoded).toMatchObject({
      vin: 'VF1RFB00X12345678',
      valid: true,
      wmi: 'VF1',
      manufacturer: 'Renault',
      country: 'France',
      checkDigitWarning: false,
    });
  });

  it('normalises spaces, dashes and case', () => {
    expect(decodeVin('wvw zzz1kz-aw000001', table, 2025)).toMatchObject({
      vin: 'WVWZZZ1KZAW000001',
      manufacturer: 'Volkswagen',
      country: 'Allemagne',
    });
  });

  it('falls back to the ISO 3780 region for an unlisted WMI', () => {
    const decoded = decodeVin('VFZAB12345A123456', table, 2025);
    expect(decoded.manufacturer).toBeNull();
    expect(decoded.country).toBe('France');
    expect(decodeVin('SXX12345678901234', table, 2025).country).toBe('Pologne');
    expect(decodeVin('Y3X12345678901234', table, 2025).country).toBeNull();
  });

  it('gives the candidate model years, most recent first', () => {
    // Position 10 = 'G': 1986 or 2016.
    expect(decodeVin('VF1RFB00XG2345678', table, 2025).modelYears).toEqual([2016, 1986]);
    // 'S' = 1995 or 2025; 2025 only once the current year allows it (next year's models too).
    expect(candidateModelYears('VF1RFB00XS2345678', 2025)).toEqual([2025, 1995]);
    expect(candidateModelYears('VF1RFB00XS2345678', 2023)).toEqual([1995]);
    expect(candidateModelYears('VF1RFB00XT2345678', 2025)).toEqual([2026, 1996]);
    // Digits: '1' = 2001 or 2031.
    expect(candidateModelYears('VF1RFB00X12345678', 2025)).toEqual([2001]);
    // 'U', 'Z' and '0' are never year codes.
    expect(candidateModelYears('VF1RFB00XU2345678', 2025)).toEqual([]);
    expect(candidateModelYears('VF1RFB00X02345678', 2025)).toEqual([]);
  });

  it('uses position 7 of North-American VINs to pick the 30-year cycle', () => {
    // 1M8GDM9AXKP042788: position 7 is '9' (a digit), so K = 1989, not 2019.
    expect(decodeVin('1M8GDM9AXKP042788', table, 2025).modelYears).toEqual([1989]);
    // Same year code with a letter in position 7: 2019.
    expect(candidateModelYears('5YJ3E1EA1KF000001', 2025)).toEqual([2019]);
  });

  it('reports the check digit of North-American VINs', () => {
    expect(decodeVin('1M8GDM9AXKP042788', table, 2025).checkDigitWarning).toBe(false);
    expect(decodeVin('1M8GDM9A1KP042788', table, 2025).checkDigitWarning).toBe(true);
    expect(decodeVin('5YJ3E1EA1KF000001', table, 2025).manufacturer).toBe('Tesla');
  });

  it('marks invalid VINs without guessing a year', () => {
    const short = decodeVin('VF1RFB00', table, 2025);
    expect(short.valid).toBe(false);
    expect(short.modelYears).toEqual([]);
    expect(short.manufacturer).toBe('Renault');
    expect(decodeVin('VF1RFB00X1234567O', table, 2025).valid).toBe(false);
    expect(decodeVin('', table, 2025)).toMatchObject({ valid: false, wmi: null, country: null });
  });
});
