import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliArgs, CliIo } from '../cli/command';
import { CliUsageError } from '../cli/command';
import {
  adaptersCommand,
  monitorCommand,
  obdCliCommands,
  obdDecodeCommand,
  scanCommand,
} from './cli-commands';
import { loadScenario } from '../sim/scenario-loader';
import { startSimTcpServer } from '../sim/sim-tcp-server';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function io(): CliIo & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    signal: new AbortController().signal,
    stdout: (text: string) => {
      captured.out += text;
    },
    stderr: (text: string) => {
      captured.err += text;
    },
  };
  return captured;
}

const args = (values: CliArgs['values']): CliArgs => ({ values, positionals: [] });

describe('novaevo obd decode', () => {
  it('prints per-ECU values as JSON', async () => {
    const out = io();
    const code = await obdDecodeCommand.run(
      args({ request: '010C', raw: '7E8 04 41 0C 1A F8\\r7E9 04 41 0C 1A F8', json: true }),
      out,
    );
    expect(code).toBe(0);
    const json = JSON.parse(out.out) as {
      responses: Array<{
        ecu: string;
        values: Array<{ pid: string; value: number; unit: string }>;
      }>;
    };
    expect(json.responses.map((r) => [r.ecu, r.values[0]])).toEqual([
      ['7E8', { pid: '0C', name: 'Engine speed', value: 1726, unit: 'rpm' }],
      ['7E9', { pid: '0C', name: 'Engine speed', value: 1726, unit: 'rpm' }],
    ]);
  });

  it('exits 0 with an error object for adapter answers such as NO DATA', async () => {
    const out = io();
    expect(
      await obdDecodeCommand.run(args({ request: '0105', raw: 'NO DATA', json: true }), out),
    ).toBe(0);
    expect(JSON.parse(out.out)).toMatchObject({ error: { code: 'NO_DATA' }, responses: [] });
  });

  it('decodes multi-frame VIN and DTCs in text mode, honouring --protocol', async () => {
    const out = io();
    await obdDecodeCommand.run(
      args({
        request: '0902',
        raw: '014\n0: 49 02 01 56 46 31\n1: 52 46 42 30 30 4B 35\n2: 31 32 33 34 35 36 37',
      }),
      out,
    );
    expect(out.out).toContain('VIN: VF1RFB00K51234567');
    const legacy = io();
    await obdDecodeCommand.run(
      args({ request: '03', raw: '43 01 33 00 00 00 00', protocol: '3' }),
      legacy,
    );
    expect(legacy.out).toContain('DTCs: P0133');
  });

  it('rejects a malformed request or protocol as a usage error', async () => {
    await expect(
      obdDecodeCommand.run(args({ request: 'XYZ', raw: 'NO DATA' }), io()),
    ).rejects.toBeInstanceOf(CliUsageError);
    await expect(
      obdDecodeCommand.run(args({ request: '010C', raw: '', protocol: 'Z' }), io()),
    ).rejects.toBeInstanceOf(CliUsageError);
    await expect(obdDecodeCommand.run(args({ raw: 'x' }), io())).rejects.toBeInstanceOf(
      CliUsageError,
    );
  });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'novaevo-scan-'));
  dirs.push(dir);
  return dir;
}

describe('novaevo scan and monitor against the simulator', () => {
  it('scans the two-ECU car as JSON', async () => {
    const out = io();
    const code = await scanCommand.run(
      args({ adapter: 'sim:two-ecus', json: true, 'data-dir': dataDir() }),
      out,
    );
    expect(code).toBe(0);
    const scan = JSON.parse(out.out) as {
      vin: string;
      ecus: Array<{ ecu: string; dtcs: { stored: string[] } }>;
    };
    expect(scan.vin).toBe('WVWZZZAU4HW123456');
    expect(scan.ecus.map((e) => [e.ecu, e.dtcs.stored])).toEqual([
      ['7E8', ['P0420', 'P0141', 'P0700']],
      ['7E9', ['P0730']],
    ]);
  });

  it('prints a readable report and fails cleanly on an unreachable adapter', async () => {
    const out = io();
    expect(
      await scanCommand.run(args({ adapter: 'sim:misfire', 'data-dir': dataDir() }), out),
    ).toBe(0);
    expect(out.out).toContain('stored DTCs: P0301 P0300');
    expect(out.out).toMatch(/Diagnosis: (ORANGE|ROUGE)/);
    const bad = io();
    expect(
      await scanCommand.run(args({ adapter: 'tcp:127.0.0.1:1', 'data-dir': dataDir() }), bad),
    ).toBe(1);
    expect(bad.err).toContain('Cannot connect');
    await expect(scanCommand.run(args({ adapter: 'bogus' }), io())).rejects.toBeInstanceOf(
      CliUsageError,
    );
  });

  it('scans over TCP, stores the session in the database and adds the diagnosis', async () => {
    const server = await startSimTcpServer({ scenario: loadScenario('misfire'), port: 0 });
    try {
      const dir = dataDir();
      const out = io();
      const code = await scanCommand.run(
        args({
          adapter: `tcp:127.0.0.1:${server.port}`,
          json: true,
          'data-dir': dir,
          mileage: '120500',
        }),
        out,
      );
      expect(code).toBe(0);
      const scan = JSON.parse(out.out) as {
        vin: string;
        sessionId: string;
        diagnosis: {
          overall: string;
          findings: Array<{
            kind: string;
            code?: string;
            system: string;
            criticality: string;
            title: string;
            causes: string[];
            actions: string[];
            rule: { id: string; label: string };
          }>;
        };
      };
      expect(['orange', 'rouge']).toContain(scan.diagnosis.overall);
      const p0301 = scan.diagnosis.findings.find((f) => f.code === 'P0301');
      expect(p0301).toMatchObject({ kind: 'dtc' });
      expect(p0301?.title).toMatch(/\w/);
      expect(p0301?.rule.id).toMatch(/\w/);
      const { openDatabase } = await import('../db/database');
      const database = await openDatabase({
        path: join(dir, 'novaevo.sqlite'),
        appVersion: 'test',
      });
      try {
        const row = await database.db
          .selectFrom('diagnosticSession')
          .select(['id', 'vinRead', 'mileageKm', 'report'])
          .executeTakeFirstOrThrow();
        expect(row.id).toBe(scan.sessionId);
        expect(row.vinRead).toBe(scan.vin);
        expect(row.mileageKm).toBe(120_500);
        expect(row.report).not.toBeNull();
        const codes = await database.db.selectFrom('dtcReading').select('code').execute();
        expect(codes.map((c) => c.code)).toEqual(expect.arrayContaining(['P0301', 'P0300']));
      } finally {
        await database.close();
      }
    } finally {
      await server.close();
    }
  });

  it('monitors PIDs for a duration and writes a CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'novaevo-monitor-'));
    dirs.push(dir);
    const csv = join(dir, 'live.csv');
    const out = io();
    const code = await monitorCommand.run(
      args({ adapter: 'sim:healthy-petrol', pids: '0C,0D,05', rate: '20', duration: '0.3', csv }),
      out,
    );
    expect(code).toBe(0);
    const rows = readFileSync(csv, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('timestamp,ecu,pid,name,value,unit');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.slice(1).every((row) => /^\d{4}-\d\d-\d\dT.*,7E8,(0C|0D|05),/.test(row))).toBe(
      true,
    );
    expect(out.err).toMatch(/samples/);
    await expect(
      monitorCommand.run(args({ adapter: 'sim:x', pids: '0C,ZZ' }), io()),
    ).rejects.toBeInstanceOf(CliUsageError);
  });

  it('lists serial adapters as JSON', async () => {
    const out = io();
    expect(await adaptersCommand.run(args({ json: true }), out)).toBe(0);
    const adapters = JSON.parse(out.out) as Array<{ path: string; likelyObdAdapter: boolean }>;
    expect(Array.isArray(adapters)).toBe(true);
    for (const adapter of adapters) expect(typeof adapter.likelyObdAdapter).toBe('boolean');
  });

  it('exports every OBD command once', () => {
    expect(obdCliCommands.map((c) => c.path.join(' '))).toEqual([
      'obd decode',
      'adapters',
      'sim',
      'scan',
      'monitor',
    ]);
  });
});
