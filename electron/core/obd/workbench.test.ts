import { afterEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '@shared/api/events';
import type { ConnectionStatus, ScanOutcome } from '@shared/api/obd';
import { createCore } from '../app/core';
import type { Core } from '../app/core';
import { unpackFloat64 } from '../db/telemetry-chunks';
import { listScenarios, loadScenario } from '../sim/scenario-loader';
import { startSimPty } from '../sim/sim-pty';
import { startSimTcpServer } from '../sim/sim-tcp-server';
import type { SimTcpServer } from '../sim/sim-tcp-server';
import { useTempDirs } from '../test-support/temp-dir';
import { workbenchFor } from './handlers';

const tempDir = useTempDirs();
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Harness {
  core: Core;
  events: Array<{ name: EventName; payload: unknown }>;
  statuses: ConnectionStatus[];
  call<T>(name: string, input?: unknown): Promise<T>;
  fail(name: string, input?: unknown): Promise<{ code: string; message: { fr: string } }>;
}

async function harness(adapter?: string): Promise<Harness> {
  const core = await createCore({
    dataDir: tempDir(),
    transport: 'browser-host',
    ...(adapter ? { adapter } : {}),
  });
  // Fast reconnection for the tests; everything else is the real workbench.
  workbenchFor(core.context, {
    reconnect: { initialDelayMs: 50, maxDelayMs: 200 },
    recorder: { flushIntervalMs: 200, maxPending: 200 },
  });
  cleanups.push(() => core.close());
  const events: Harness['events'] = [];
  const statuses: ConnectionStatus[] = [];
  core.events.subscribe(<N extends EventName>(name: N, payload: EventPayload<N>) => {
    events.push({ name, payload });
    if (name === 'obd.status') statuses.push(payload as ConnectionStatus);
  });
  return {
    core,
    events,
    statuses,
    async call<T>(name: string, input: unknown = {}) {
      const result = await core.dispatch(name, input);
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    async fail(name: string, input: unknown = {}) {
      const result = await core.dispatch(name, input);
      if (result.ok) throw new Error(`${name} should have failed`);
      return result.error as { code: string; message: { fr: string } };
    },
  };
}

async function tcpSim(name: string, options: { latency?: boolean } = {}): Promise<SimTcpServer> {
  const server = await startSimTcpServer({ scenario: loadScenario(name), port: 0, ...options });
  cleanups.push(() => server.close());
  return server;
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function dtcCodes(outcome: ScanOutcome, ecu: string): string[] {
  return outcome.ecus.find((e) => e.ecu === ecu)?.dtcs.map((d) => d.code) ?? [];
}

describe('workbench connection', () => {
  it('reports the steps, remembers the adapter and disconnects', async () => {
    const h = await harness();
    const status = await h.call<ConnectionStatus>('obd.connect', { adapter: 'sim:misfire' });
    expect(status.state).toBe('ready');
    expect(status.steps).toEqual([
      'port_opened',
      'adapter_identified',
      'protocol_found',
      'vehicle_answering',
    ]);
    expect(status.identity).toMatch(/ELM327/);
    expect(status.protocol).toMatch(/15765/);
    expect(status.ecus).toEqual(['7E8']);
    // Each step was pushed as it was reached.
    const seen = h.statuses.map((s) => s.steps.length);
    expect(seen).toContain(1);
    expect(seen).toContain(2);
    const settings = await h.call<{ adapter: string }>('settings.get');
    expect(settings.adapter).toBe('sim:misfire');
    const listed = await h.call<{ lastAdapter: string; scenarios: Array<{ name: string }> }>(
      'obd.listAdapters',
    );
    expect(listed.lastAdapter).toBe('sim:misfire');
    expect(listed.scenarios.map((s) => s.name)).toContain('two-ecus');
    const closed = await h.call<ConnectionStatus>('obd.disconnect');
    expect(closed.state).toBe('closed');
  });

  it('explains a serial port that does not exist', async () => {
    const h = await harness();
    const status = await h.call<ConnectionStatus>('obd.connect', {
      adapter: 'serial:/dev/novaevo-no-such-port',
    });
    expect(status.state).toBe('failed');
    expect(status.error?.code).toBe('PORT_NOT_FOUND');
    expect(status.error?.message.fr).toMatch(/introuvable/);
    expect(status.error?.message.en).toMatch(/not found/);
    const scan = await h.fail('obd.scan', {});
    expect(scan.code).toBe('OBD_NOT_CONNECTED');
  });

  it('explains an adapter whose car has the ignition off', async () => {
    const server = await tcpSim('healthy-petrol');
    server.adapter.setIgnition(false);
    const h = await harness();
    const status = await h.call<ConnectionStatus>('obd.connect', {
      adapter: `tcp:127.0.0.1:${server.port}`,
    });
    expect(status.state).toBe('no-vehicle');
    expect(status.steps).toEqual(['port_opened', 'adapter_identified']);
    expect(status.error?.code).toBe('NO_VEHICLE');
    expect(status.error?.message.fr).toMatch(/contact/i);
    // The scan tries again (the ignition may be on now), then explains.
    const failed = await h.fail('obd.scan', {});
    expect(failed.code).toBe('OBD_NOT_CONNECTED');
    expect(failed.message.fr).toMatch(/contact/i);
    server.adapter.setIgnition(true);
    const outcome = await h.call<ScanOutcome>('obd.scan', {});
    expect(outcome.vin).toBe(loadScenario('healthy-petrol').vehicle.vin);
  });

  it('explains a Wi-Fi adapter that is not there', async () => {
    const h = await harness();
    const status = await h.call<ConnectionStatus>('obd.connect', { adapter: 'tcp:127.0.0.1:1' });
    expect(status.state).toBe('failed');
    expect(status.error?.code).toBe('WIFI_UNREACHABLE');
  });

  it('refuses a malformed adapter string', async () => {
    const h = await harness();
    const error = await h.fail('obd.connect', { adapter: 'usb:whatever' });
    expect(error.code).toBe('BAD_REQUEST');
  });
});

describe('obd.scan stored and diagnosed', () => {
  it('two ECUs: codes and findings from 7E8 and 7E9, stored with the session', async () => {
    const h = await harness('sim:two-ecus');
    const outcome = await h.call<ScanOutcome>('obd.scan', { mileageKm: 84_000 });
    const scenario = loadScenario('two-ecus');
    expect(outcome.vin).toBe(scenario.vehicle.vin);
    for (const ecu of scenario.vehicle.ecus) {
      expect(dtcCodes(outcome, ecu.address).sort()).toEqual(
        [...ecu.dtcs.stored, ...ecu.dtcs.pending, ...ecu.dtcs.permanent].sort(),
      );
    }
    const findingEcus = new Set(outcome.report?.findings.map((f) => f.ecu));
    expect(findingEcus.has('7E8')).toBe(true);
    expect(findingEcus.has('7E9')).toBe(true);
    const stored = await h.call<{ report: { overall: string } } | null>('diagnosis.getReport', {
      sessionId: outcome.sessionId,
    });
    expect(stored?.report.overall).toBe(outcome.report?.overall);
    const progress = h.events.filter((e) => e.name === 'task.progress');
    expect(progress.length).toBeGreaterThan(5);
    expect((progress.at(-1)?.payload as { state: string }).state).toBe('done');
  });

  it('stores and diagnoses every scenario with its codes', async () => {
    const h = await harness();
    for (const name of listScenarios()) {
      await h.call('obd.connect', { adapter: `sim:${name}` });
      const outcome = await h.call<ScanOutcome>('obd.scan', {});
      const scenario = loadScenario(name);
      expect(outcome.vin, name).toBe(scenario.vehicle.vin);
      expect(outcome.report, name).not.toBeNull();
      const stored = scenario.vehicle.ecus.flatMap((e) => e.dtcs.stored).sort();
      const readings = await h.core.database.db
        .selectFrom('dtcReading')
        .select('code')
        .where('sessionId', '=', outcome.sessionId)
        .where('status', '=', 'stored')
        .execute();
      expect(readings.map((r) => r.code).sort(), name).toEqual(stored);
    }
  });

  it('misfire is at least orange, healthy is ok, diesel overheat is rouge', async () => {
    const h = await harness();
    const verdicts: Record<string, string | undefined> = {};
    for (const name of ['misfire', 'healthy-petrol', 'diesel-overheat']) {
      await h.call('obd.connect', { adapter: `sim:${name}` });
      const outcome = await h.call<ScanOutcome>('obd.scan', {});
      verdicts[name] = outcome.report?.overall;
    }
    expect(['orange', 'rouge']).toContain(verdicts['misfire']);
    expect(verdicts['healthy-petrol']).toBe('ok');
    expect(verdicts['diesel-overheat']).toBe('rouge');
  });

  it('attaches the vehicle whose VIN the car reports', async () => {
    const h = await harness('sim:misfire');
    const vin = loadScenario('misfire').vehicle.vin;
    const customer = await h.call<{ id: string }>('customers.create', {
      kind: 'person',
      firstName: 'Camille',
      lastName: 'Martin',
    });
    const vehicle = await h.call<{ id: string }>('vehicles.create', {
      customerId: customer.id,
      vin,
      plate: 'AB-123-CD',
      make: 'Citroën',
      model: 'C3',
    });
    const outcome = await h.call<ScanOutcome>('obd.scan', {});
    expect(outcome.vehicleId).toBe(vehicle.id);
    const identified = await h.call<{
      decoded: { manufacturer: string | null; valid: boolean };
      match: { vehicleId: string; owner: string; plate: string } | null;
    }>('obd.identifyVehicle', { vin });
    expect(identified.decoded.valid).toBe(true);
    expect(identified.match).toMatchObject({
      vehicleId: vehicle.id,
      owner: 'MARTIN Camille',
      plate: 'AB-123-CD',
    });
  });

  it('can be cancelled', async () => {
    const server = await tcpSim('two-ecus', { latency: true });
    const h = await harness();
    await h.call('obd.connect', { adapter: `tcp:127.0.0.1:${server.port}` });
    const pending = h.core.dispatch('obd.scan', { taskId: 'scan-1' });
    await until(() => h.events.some((e) => e.name === 'task.progress'));
    await h.call('tasks.cancel', { taskId: 'scan-1' });
    const result = await pending;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('CANCELLED');
  });
});

describe('clear codes', () => {
  it('clears once, re-reads, keeps the permanent codes and records it on the session', async () => {
    const h = await harness('sim:two-ecus');
    const outcome = await h.call<ScanOutcome>('obd.scan', {});
    const refused = await h.fail('obd.clearCodes', { sessionId: outcome.sessionId });
    expect(refused.code).toBe('BAD_REQUEST');
    const cleared = await h.call<{
      results: Array<{ outcome: string }>;
      remaining: Array<{ code: string; status: string }>;
      readiness: unknown[];
    }>('obd.clearCodes', { sessionId: outcome.sessionId, confirm: true });
    expect(cleared.results.length).toBeGreaterThan(0);
    const permanent = loadScenario('two-ecus').vehicle.ecus.flatMap((e) => e.dtcs.permanent);
    expect(permanent.length).toBeGreaterThan(0);
    expect(cleared.remaining.filter((r) => r.status === 'stored')).toEqual([]);
    expect(
      cleared.remaining
        .filter((r) => r.status === 'permanent')
        .map((r) => r.code)
        .sort(),
    ).toEqual([...permanent].sort());
    expect(cleared.readiness.length).toBeGreaterThan(0);
    const row = await h.core.database.db
      .selectFrom('diagnosticSession')
      .select('scan')
      .where('id', '=', outcome.sessionId)
      .executeTakeFirstOrThrow();
    const scan = JSON.parse(row.scan ?? '{}') as {
      cleared: boolean;
      ecus: unknown[];
      clears: unknown[];
    };
    expect(scan.cleared).toBe(true);
    expect(scan.ecus.length).toBe(2);
    expect(scan.clears).toHaveLength(1);
    // A later scan sees only what the clear left.
    const after = await h.call<ScanOutcome>('obd.scan', {});
    const compared = await h.call<{ gone: string[]; recurring: string[] }>('obd.compareSessions', {
      before: outcome.sessionId,
      after: after.sessionId,
    });
    expect(compared.recurring).toEqual(expect.arrayContaining([...new Set(permanent)]));
    expect(compared.gone.length).toBeGreaterThan(0);
  });
});

describe('live data', () => {
  it('lists supported PIDs, numeric or bit-field', async () => {
    const h = await harness('sim:healthy-petrol');
    await h.call('obd.connect', { adapter: 'sim:healthy-petrol' });
    const { pids } = await h.call<{ pids: Array<{ pid: string; numeric: boolean; unit: string }> }>(
      'obd.supportedPids',
    );
    expect(pids.find((p) => p.pid === '0C')).toMatchObject({ numeric: true, unit: 'rpm' });
    expect(pids.find((p) => p.pid === '01')?.numeric).toBe(false);
    expect(pids.some((p) => p.pid === '00' || p.pid === '20')).toBe(false);
  });

  it('records in batches, keeps the samples when the adapter is pulled, then reconnects', async () => {
    const server = await tcpSim('misfire');
    const h = await harness();
    await h.call('obd.connect', { adapter: `tcp:127.0.0.1:${server.port}` });
    const scan = await h.call<ScanOutcome>('obd.scan', {});
    const started = await h.call<{ liveId: string; pids: string[] }>('obd.startLive', {
      sessionId: scan.sessionId,
      pids: ['0C', '0D', '05', '11'],
      rateHz: 10,
      record: true,
    });
    expect(started.pids).toEqual(['0C', '0D', '05', '11']);
    expect((await h.call<ConnectionStatus>('obd.status')).liveSessionId).toBe(scan.sessionId);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await h.call('obd.addMarker', { sessionId: scan.sessionId, label: 'ralenti chaud' });
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const pushed = () =>
      h.events
        .filter((e) => e.name === 'obd.samples')
        .flatMap((e) => (e.payload as { samples: Array<{ t: number; pid: string }> }).samples);
    expect(pushed().length).toBeGreaterThan(20);
    const cutAt = Date.now();
    server.adapter.unplug();
    await until(() => h.statuses.some((s) => s.state === 'reconnecting'));
    const banner = h.statuses.find((s) => s.state === 'reconnecting')!;
    expect(banner.error?.code).toBe('DISCONNECTED');
    expect(banner.reconnect?.attempt).toBe(1);
    await until(() => workbenchFor(h.core.context).liveRun === null);

    // Everything pushed before the cut is stored (committed in batches as it came).
    const stored = h.core.database.raw
      .prepare('SELECT ifnull(sum(sample_count), 0) AS n FROM telemetry_chunk WHERE session_id = ?')
      .get(scan.sessionId) as { n: number };
    const beforeCut = pushed().filter((s) => s.t <= cutAt).length;
    expect(stored.n).toBeGreaterThanOrEqual(beforeCut);
    expect(stored.n).toBeGreaterThan(20);
    const batches = h.core.database.raw
      .prepare(
        'SELECT count(*) AS n, sum(sample_count) AS s FROM telemetry_batch WHERE session_id = ?',
      )
      .get(scan.sessionId) as { n: number; s: number };
    expect(batches.n).toBeGreaterThan(3);
    expect(batches.s).toBe(stored.n);
    const outbox = h.core.database.raw
      .prepare("SELECT count(*) AS n FROM outbox WHERE entity = 'telemetryBatch'")
      .get() as { n: number };
    expect(outbox.n).toBe(batches.n);

    server.adapter.plugIn();
    await until(() => h.statuses.at(-1)?.state === 'ready', 15_000);
    expect(h.statuses.at(-1)?.error).toBeNull();

    // Replay and CSV export give back exactly what was stored.
    const series = await h.call<{
      series: Array<{ pid: string; t: number[]; v: number[] }>;
      markers: Array<{ label: string }>;
    }>('obd.liveSeries', { sessionId: scan.sessionId });
    expect(series.markers.map((m) => m.label)).toEqual(['ralenti chaud']);
    const rpm = series.series.find((s) => s.pid === '0C')!;
    expect(rpm.t.length).toBe(rpm.v.length);
    expect(rpm.t.length).toBeGreaterThan(5);
    const csv = await h.call<{ csv: string; rows: number; fileName: string }>('obd.exportCsv', {
      sessionId: scan.sessionId,
    });
    const lines = csv.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('time_iso;t_ms;pid;name;value;unit');
    expect(csv.rows).toBe(lines.length - 1);
    // One chunk per PID and batch; decoded here independently of the export's merge.
    const storedRows = (
      h.core.database.raw
        .prepare('SELECT pid, ts, value FROM telemetry_chunk WHERE session_id = ? ORDER BY rowid')
        .all(scan.sessionId) as Array<{ pid: string; ts: Buffer; value: Buffer }>
    )
      .flatMap((chunk, rank) => {
        const t = unpackFloat64(chunk.ts);
        const v = unpackFloat64(chunk.value);
        return Array.from(t, (ts, i) => ({ ts, pid: chunk.pid, value: v[i]!, rank, i }));
      })
      .sort((a, b) => a.ts - b.ts || a.rank - b.rank || a.i - b.i);
    expect(csv.rows).toBe(storedRows.length);
    lines.slice(1).forEach((line, i) => {
      const [iso, , pid, , value] = line.split(';');
      const row = storedRows[i]!;
      expect(Date.parse(iso!)).toBe(row.ts);
      expect(pid).toBe(row.pid);
      expect(Number(value!.replace(',', '.'))).toBe(row.value);
    });
  });

  it('does not store samples while recording is off', async () => {
    const h = await harness('sim:healthy-petrol');
    const scan = await h.call<ScanOutcome>('obd.scan', {});
    const before = (
      h.core.database.raw
        .prepare(
          'SELECT ifnull(sum(sample_count), 0) AS n FROM telemetry_chunk WHERE session_id = ?',
        )
        .get(scan.sessionId) as { n: number }
    ).n;
    await h.call('obd.startLive', { sessionId: scan.sessionId, pids: ['0C'], rateHz: 10 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    await h.call('obd.setRecording', { record: true });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await h.call<{ stopped: boolean }>('obd.stopLive')).stopped).toBe(true);
    const after = (
      h.core.database.raw
        .prepare(
          'SELECT ifnull(sum(sample_count), 0) AS n FROM telemetry_chunk WHERE session_id = ?',
        )
        .get(scan.sessionId) as { n: number }
    ).n;
    const pushed = h.events
      .filter((e) => e.name === 'obd.samples')
      .flatMap((e) =>
        (e.payload as { samples: unknown[]; recording: boolean }).recording
          ? (e.payload as { samples: unknown[] }).samples
          : [],
      );
    expect(after - before).toBe(pushed.length);
    expect(after - before).toBeGreaterThan(0);
  });
});

describe('over a serial pty', () => {
  it('connects, scans and stores through the real serial path', async () => {
    const pty = await startSimPty({ scenario: loadScenario('misfire') });
    cleanups.push(() => pty.close());
    const h = await harness();
    const status = await h.call<ConnectionStatus>('obd.connect', {
      adapter: `serial:${pty.appPath}`,
    });
    expect(status.state).toBe('ready');
    expect(status.steps[0]).toBe('port_opened');
    const outcome = await h.call<ScanOutcome>('obd.scan', {});
    expect(dtcCodes(outcome, '7E8')).toEqual(expect.arrayContaining(['P0301', 'P0300']));
    expect(['orange', 'rouge']).toContain(outcome.report?.overall);
  });
});
