import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listScenarios, loadScenario, simResourcesDir } from './scenario-loader';

const expected = [
  'can29',
  'clone-quirks',
  'diesel-overheat',
  'healthy-petrol',
  'kwp2000',
  'misfire',
  'two-ecus',
];

/** ISO 3779 check digit (position 9); our scenario VINs carry a valid one. */
function vinCheckDigit(vin: string): string {
  const values: Record<string, number> = {};
  '0123456789'.split('').forEach((d, i) => (values[d] = i));
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const letterValues = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9];
  letters.split('').forEach((l, i) => (values[l] = letterValues[i] ?? 0));
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const sum = [...vin].reduce((acc, c, i) => acc + (values[c] ?? 0) * (weights[i] ?? 0), 0);
  const rest = sum % 11;
  return rest === 10 ? 'X' : String(rest);
}

describe('scenario loader', () => {
  const dirs: string[] = [];
  afterEach(() => {
    delete process.env['NOVAEVO_RESOURCES'];
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('finds resources/sim from the source tree and lists every scenario', () => {
    expect(simResourcesDir()).toMatch(/resources[/\\]sim$/);
    expect(listScenarios()).toEqual(expected);
  });

  it('loads every scenario with a valid European VIN and the expected protocol', () => {
    const protocols: Record<string, string> = {
      can29: '7',
      kwp2000: '5',
    };
    for (const name of expected) {
      const scenario = loadScenario(name);
      expect(scenario.name).toBe(name);
      const vin = scenario.vehicle.vin;
      expect(vin).toMatch(/^(VF[1-9]|WVW|W0L|ZFA)[A-HJ-NPR-Z0-9]{14}$/);
      expect(vin[8]).toBe(vinCheckDigit(vin));
      expect(scenario.vehicle.protocol).toBe(protocols[name] ?? '6');
    }
  });

  it('names the file and the bad field of a malformed scenario', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-scenarios-'));
    dirs.push(dir);
    const good = loadScenario('healthy-petrol');
    const broken = { ...good, name: 'broken', vehicle: { ...good.vehicle, vin: 'VF1IO' } };
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    writeFileSync(join(dir, 'not-json.json'), '{ nope');
    expect(() => loadScenario('broken', { scenariosDir: dir })).toThrow(
      /Invalid simulator scenario .*broken\.json[\s\S]*vehicle\.vin/,
    );
    expect(() => loadScenario('not-json', { scenariosDir: dir })).toThrow(
      /not-json\.json: not JSON/,
    );
    expect(() => loadScenario('missing', { scenariosDir: dir })).toThrow(
      /Unknown simulator scenario "missing"/,
    );
    expect(() => loadScenario('../etc/passwd')).toThrow(/Invalid scenario name/);
  });

  it('rejects an ECU address that does not fit the protocol', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-scenarios-'));
    dirs.push(dir);
    const good = loadScenario('can29');
    const ecus = good.vehicle.ecus.map((ecu) => ({ ...ecu, address: '7E8' }));
    writeFileSync(
      join(dir, 'bad-address.json'),
      JSON.stringify({ ...good, name: 'bad-address', vehicle: { ...good.vehicle, ecus } }),
    );
    expect(() => loadScenario('bad-address', { scenariosDir: dir })).toThrow(/8-digit address/);
  });

  it('honours NOVAEVO_RESOURCES', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-resources-'));
    dirs.push(dir);
    process.env['NOVAEVO_RESOURCES'] = dir;
    expect(() => simResourcesDir()).toThrow(/Simulator scenarios not found/);
    mkdirSync(join(dir, 'sim'));
    expect(simResourcesDir()).toBe(join(dir, 'sim'));
  });
});
