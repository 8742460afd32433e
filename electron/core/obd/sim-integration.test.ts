import { afterEach, describe, expect, it } from 'vitest';
import { listScenarios, loadScenario } from '../sim/scenario-loader';
import type { SimScenario } from '../sim/scenario-schema';
import { startSimPty } from '../sim/sim-pty';
import { startSimTcpServer } from '../sim/sim-tcp-server';
import { ElmSession } from './elm-session';
import type { SessionState } from './elm-session';
import { createTransport } from './create-transport';
import { scanVehicle } from './scan';
import type { ScanResult } from './scan';
import { SerialTransport } from './serial-transport';
import { SimTransport } from './sim-transport';
import { TcpTransport } from './tcp-transport';
import type { ObdTransport } from './transport';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const SCENARIOS = listScenarios();

function session(transportFactory: () => ObdTransport, reconnect = false): ElmSession {
  const created = new ElmSession({
    transportFactory,
    reconnect: { enabled: reconnect, initialDelayMs: 20, maxDelayMs: 100, maxAttempts: 50 },
  });
  cleanups.push(() => created.close());
  return created;
}

/** The scan must match what the scenario file says the car has. */
function expectScanMatches(scan: ScanResult, scenario: SimScenario): void {
  const vehicle = scenario.vehicle;
  expect(scan.vin).toBe(vehicle.vin);
  expect(scan.protocol?.number).toBe(parseInt(vehicle.protocol, 16));
  expect(scan.ecus.map((e) => e.ecu).sort()).toEqual(vehicle.ecus.map((e) => e.address).sort());
  for (const ecu of vehicle.ecus) {
    const found = scan.ecus.find((e) => e.ecu === ecu.address)!;
    expect(found.dtcs.stored.sort()).toEqual([...ecu.dtcs.stored].sort());
    expect(found.dtcs.pending.sort()).toEqual([...ecu.dtcs.pending].sort());
    if (ecu.supportsPermanentDtcs !== false) {
      expect(found.dtcs.permanent.sort()).toEqual([...ecu.dtcs.permanent].sort());
    }
    expect(found.readiness).not.toBeNull();
    expect(found.freezeFrame?.dtc ?? null).toBe(ecu.freezeFrame?.dtc ?? null);
    if (ecu.freezeFrame) {
      const rpm = ecu.freezeFrame.values['0C'];
      if (rpm !== undefined) {
        expect(found.freezeFrame?.values.find((v) => v.pid === '0C')?.value).toBeCloseTo(rpm, 0);
      }
    }
    expect(found.supportedPids.length).toBeGreaterThan(0);
  }
  const engine = scan.ecus.find((e) => e.ecu === vehicle.ecus[0]?.address);
  expect(engine?.snapshot.some((v) => v.pid === '0C' && v.unit === 'rpm')).toBe(true);
}

describe('full scan against the simulator', () => {
  it('finds the scenarios', () => {
    expect(SCENARIOS).toEqual(
      expect.arrayContaining(['healthy-petrol', 'two-ecus', 'can29', 'kwp2000', 'clone-quirks']),
    );
  });

  it.each(SCENARIOS)('in-process: %s', async (name) => {
    const scenario = loadScenario(name);
    const obd = session(() => new SimTransport(scenario));
    await obd.connect();
    expectScanMatches(await scanVehicle(obd), scenario);
  });

  it.each(SCENARIOS)('over TCP: %s', async (name) => {
    const scenario = loadScenario(name);
    const server = await startSimTcpServer({ scenario, port: 0 });
    cleanups.push(() => server.close());
    const obd = session(() => new TcpTransport({ host: '127.0.0.1', port: server.port }));
    await obd.connect();
    expectScanMatches(await scanVehicle(obd), scenario);
  });

  it.each(SCENARIOS)('over a socat pty with serialport: %s', async (name) => {
    const scenario = loadScenario(name);
    const pty = await startSimPty({ scenario });
    cleanups.push(() => pty.close());
    const obd = session(() => new SerialTransport({ path: pty.appPath, baudRate: 38400 }));
    const info = await obd.connect();
    expect(info.description).toBe(`serial:${pty.appPath}@38400`);
    expectScanMatches(await scanVehicle(obd), scenario);
  });

  it('scans the two-ECU car under 3 s at 38400 baud with the latency model', async () => {
    const scenario = loadScenario('two-ecus');
    const pty = await startSimPty({ scenario, latency: true, baudRate: 38400 });
    cleanups.push(() => pty.close());
    const obd = session(() => new SerialTransport({ path: pty.appPath, baudRate: 38400 }));
    await obd.connect();
    const scan = await scanVehicle(obd);
    expectScanMatches(scan, scenario);
    expect(scan.durationMs).toBeLessThan(3000);
  });
});

describe('adapter quirks against the simulator', () => {
  it('copes with the clone: stuck echo, NULs, no count digit, BUFFER FULL, duplicates', async () => {
    const scenario = loadScenario('clone-quirks');
    const pty = await startSimPty({ scenario });
    cleanups.push(() => pty.close());
    const obd = session(() => createTransport(`serial:${pty.appPath}`));
    const info = await obd.connect();
    expect(info.responseCountHint).toBe(false);
    expect(info.identity).toBe(scenario.adapter.identity);
    for (let round = 0; round < 3; round++) expectScanMatches(await scanVehicle(obd), scenario);
  });

  it('identifies an STN chip', async () => {
    const obd = session(() => new SimTransport('can29'));
    const info = await obd.connect();
    expect(info.stnIdentity).toMatch(/^STN/);
    expect(info.ecus).toEqual(['18DAF110', '18DAF118']);
  });
});

describe('link loss against the simulator', () => {
  it('ends a scan with DISCONNECTED when the link is pulled mid-scan', async () => {
    const scenario = loadScenario('two-ecus');
    const server = await startSimTcpServer({ scenario, port: 0, latency: true });
    cleanups.push(() => server.close());
    const obd = session(() => new TcpTransport({ host: '127.0.0.1', port: server.port }));
    await obd.connect();
    const scan = scanVehicle(obd);
    setTimeout(() => server.adapter.unplug(), 150);
    await expect(scan).rejects.toMatchObject({ code: 'DISCONNECTED' });
  });

  it('reconnects once the adapter is back and works again', async () => {
    const scenario = loadScenario('healthy-petrol');
    const server = await startSimTcpServer({ scenario, port: 0 });
    cleanups.push(() => server.close());
    const obd = session(() => new TcpTransport({ host: '127.0.0.1', port: server.port }), true);
    const states: SessionState[] = [];
    obd.onStateChange((state) => states.push(state));
    await obd.connect();
    server.adapter.unplug();
    await waitFor(() => obd.state === 'reconnecting');
    await expect(obd.request('010C')).rejects.toMatchObject({ code: 'DISCONNECTED' });
    server.adapter.plugIn();
    await waitFor(() => obd.state === 'ready');
    const parsed = await obd.request('010C');
    expect(parsed.messages[0]?.ecu).toBe('7E8');
    expect(states.filter((s) => s === 'initializing').length).toBeGreaterThanOrEqual(2);
  });

  it('detects a pulled in-process adapter too', async () => {
    const transport = new SimTransport('healthy-petrol');
    const obd = session(() => transport);
    await obd.connect();
    transport.simulator?.unplug();
    await waitFor(() => obd.state === 'failed');
    await expect(obd.request('010C')).rejects.toMatchObject({ code: 'NOT_CONNECTED' });
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
