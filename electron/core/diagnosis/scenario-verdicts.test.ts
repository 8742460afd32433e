// The simulator's cars read end to end (adapter, scan, stored session, diagnosis): the verdict,
// the rule that decided it and the order of the findings are pinned for the three reference
// scenarios, so a change of rules or content shows here.
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredReport } from '@shared/api/diagnosis';
import type { ScanOutcome } from '@shared/api/obd';
import type { Core } from '../app/core';
import { createCore } from '../app/core';
import { useTempDirs } from '../test-support/temp-dir';

const tempDir = useTempDirs();
const cores: Core[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

async function call<T>(core: Core, name: string, input: unknown = {}): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function scan(scenario: string): Promise<StoredReport> {
  const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
  cores.push(core);
  await call(core, 'obd.connect', { adapter: `sim:${scenario}` });
  const outcome = await call<ScanOutcome>(core, 'obd.scan');
  const stored = await call<StoredReport | null>(core, 'diagnosis.getReport', {
    sessionId: outcome.sessionId,
  });
  if (!stored) throw new Error('no report stored');
  await call(core, 'obd.disconnect');
  return stored;
}

describe('simulator scenarios, end to end', () => {
  it('diesel-overheat is Rouge because the car measured its own overheating (P0217)', async () => {
    const { report } = await scan('diesel-overheat');
    expect(report.overall).toBe('rouge');
    const first = report.findings[0];
    expect(first).toMatchObject({ code: 'P0217', criticality: 'rouge' });
    expect(first?.rule.id).toBe('rouge-overheating-code');
    expect(first?.rule.reason?.fr).toMatch(/ne pas ouvrir le vase d'expansion/i);
    // The car reports a 31 °C ambient temperature: it is in the report's context.
    expect(report.conditions.ambientC).toBe(31);
    expect(first?.causes.every((c) => !('likelihood' in c))).toBe(true);
  });

  it('misfire (one cylinder, P0301 + P0300) is Orange, not Rouge', async () => {
    const { report } = await scan('misfire');
    expect(report.overall).toBe('orange');
    const codes = report.findings.filter((f) => f.kind === 'dtc');
    expect(new Set(codes.map((f) => f.rule.id))).toEqual(new Set(['orange-misfire']));
    const p0301 = codes.find((f) => f.code === 'P0301');
    expect(p0301?.causeRanking.basis).toBe('expert');
    expect(p0301?.labour?.source).toBe('indicative');
  });

  it('healthy-petrol is OK with no finding', async () => {
    const { report } = await scan('healthy-petrol');
    expect(report.findings).toEqual([]);
    expect(report.overall).toBe('ok');
  });
});
