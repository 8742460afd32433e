import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { decodeElmText } from '@shared/obd/decode-answer';
import type { DecodedAnswer } from '@shared/obd/decode-answer';
import { isObdError } from '@shared/obd/obd-error';
import { parseAdapterString } from '@shared/obd/adapter-string';
import { parseProtocolNumber } from '@shared/obd/protocols';
import type { ScanOutcome } from '@shared/api/obd';
import { defaultDataDir } from '../app/data-dir';
import { diagnosisJson } from '../diagnosis/diagnosis-json';
import type { DiagnosisJson } from '../diagnosis/diagnosis-json';
import type { CliArgs, CliCommand, CliIo } from '../cli/command';
import {
  CliUsageError,
  EXIT_FAILURE,
  EXIT_OK,
  flag,
  numberOption,
  printJson,
  stringOption,
} from '../cli/command';
import { loadScenario } from '../sim/scenario-loader';
import { startSimPty } from '../sim/sim-pty';
import { startSimTcpServer } from '../sim/sim-tcp-server';
import { JsonFileCapabilityStore } from './capability-store';
import type { CapabilityStore } from './capability-store';
import { openObdSession } from './connect';
import type { ElmSession } from './elm-session';
import { LivePoller } from './live-poller';
import type { LiveSample } from './live-poller';
import type { ScanResult } from './scan';
import { listSerialAdapters } from './serial-transport';

const jsonOption = { json: { type: 'boolean', description: 'machine-readable output' } } as const;
const adapterOption = {
  adapter: { type: 'string', description: 'serial:PATH[@BAUD], tcp:HOST[:PORT] or sim:SCENARIO' },
} as const;

function formatValue(value: unknown): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function printDecoded(io: CliIo, decoded: DecodedAnswer): void {
  if (decoded.error) io.stdout(`error ${decoded.error.code}: ${decoded.error.message}\n`);
  for (const response of decoded.responses) {
    const ecu = response.ecu ?? '(no header)';
    if (response.negative)
      io.stdout(`${ecu}  negative response ${response.negative.nrc} ${response.negative.name}\n`);
    for (const value of response.values ?? []) {
      io.stdout(
        `${ecu}  ${value.pid}  ${value.name}: ${formatValue(value.value)}${value.unit ? ` ${value.unit}` : ''}\n`,
      );
    }
    if (response.dtcs)
      io.stdout(`${ecu}  DTCs: ${response.dtcs.length === 0 ? 'none' : response.dtcs.join(' ')}\n`);
    if (response.vin !== undefined) io.stdout(`${ecu}  VIN: ${response.vin ?? '-'}\n`);
    if (response.calibrationIds)
      io.stdout(`${ecu}  calibration IDs: ${response.calibrationIds.join(' ')}\n`);
    if (response.cvns) io.stdout(`${ecu}  CVNs: ${response.cvns.join(' ')}\n`);
    if (response.ecuName !== undefined) io.stdout(`${ecu}  ECU name: ${response.ecuName}\n`);
    if (response.supported) io.stdout(`${ecu}  supported: ${response.supported.join(' ')}\n`);
    if (response.cleared) io.stdout(`${ecu}  codes cleared\n`);
    for (const test of response.monitorTests ?? []) {
      io.stdout(
        `${ecu}  MID ${test.mid} TID ${test.tid}: ${test.value} ${test.unit} [${test.min}, ${test.max}] ${test.passed ? 'pass' : 'FAIL'}\n`,
      );
    }
    if (response.error)
      io.stdout(`${ecu}  error ${response.error.code}: ${response.error.message}\n`);
  }
  for (const warning of decoded.warnings)
    io.stdout(`warning ${warning.code}: ${warning.message}\n`);
}

export const obdDecodeCommand: CliCommand = {
  path: ['obd', 'decode'],
  summary: 'decode what an ELM327 printed for a request, offline',
  usage: 'novaevo obd decode --request HEX --raw TEXT [--protocol N] [--json]',
  options: {
    request: { type: 'string', description: 'the request sent, e.g. 010C or 0902' },
    raw: { type: 'string', description: 'the adapter output; lines separated by \\r or \\n' },
    protocol: {
      type: 'string',
      description: 'ELM protocol number (1-9, A-C) when headers are ambiguous',
    },
    ...jsonOption,
  },
  async run(args, io) {
    const request = stringOption(args, 'request');
    const raw = stringOption(args, 'raw');
    if (request === undefined || raw === undefined)
      throw new CliUsageError('--request and --raw are required');
    const protocolText = stringOption(args, 'protocol');
    const protocol = protocolText === undefined ? null : parseProtocolNumber(protocolText);
    if (protocolText !== undefined && protocol === null) {
      throw new CliUsageError(`--protocol expects 1-9 or A-C, got "${protocolText}"`);
    }
    let decoded: DecodedAnswer;
    try {
      decoded = decodeElmText(raw, { request, protocol });
    } catch (error) {
      if (isObdError(error) && error.code === 'BAD_REQUEST') throw new CliUsageError(error.message);
      throw error;
    }
    // An adapter answer such as NO DATA is a result, not a failure: exit 0.
    if (flag(args, 'json')) printJson(io, decoded);
    else printDecoded(io, decoded);
    return EXIT_OK;
  },
};

export const adaptersCommand: CliCommand = {
  path: ['adapters'],
  summary: 'list serial ports and flag likely OBD adapters',
  usage: 'novaevo adapters [--json]',
  options: { ...jsonOption },
  async run(args, io) {
    const adapters = await listSerialAdapters();
    if (flag(args, 'json')) {
      printJson(io, adapters);
      return EXIT_OK;
    }
    if (adapters.length === 0)
      io.stdout('No serial port found. Wi-Fi adapters: tcp:192.168.0.10:35000\n');
    for (const adapter of adapters) {
      const kind = adapter.bluetooth ? 'Bluetooth' : (adapter.chip ?? 'serial');
      const ids = adapter.vendorId ? ` ${adapter.vendorId}:${adapter.productId ?? ''}` : '';
      io.stdout(
        `${adapter.likelyObdAdapter ? '*' : ' '} serial:${adapter.path}  ${kind}${ids}${adapter.manufacturer ? `  ${adapter.manufacturer}` : ''}\n`,
      );
    }
    return EXIT_OK;
  },
};

function waitForAbort(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

export const simCommand: CliCommand = {
  path: ['sim'],
  summary: 'run the ELM327 vehicle simulator until stopped',
  usage: 'novaevo sim --scenario NAME [--tcp PORT] [--pty PATH] [--latency]',
  options: {
    scenario: { type: 'string', description: 'scenario name (resources/sim/NAME.json)' },
    tcp: { type: 'string', description: 'serve as a Wi-Fi adapter on this TCP port' },
    pty: { type: 'string', description: 'folder where the serial pty links are created' },
    latency: { type: 'boolean', description: 'simulate bus and serial timings' },
  },
  async run(args, io) {
    const name = stringOption(args, 'scenario');
    if (!name) throw new CliUsageError('--scenario is required');
    const scenario = loadScenario(name);
    const tcpPort = numberOption(args, 'tcp');
    const ptyDir = stringOption(args, 'pty');
    if (tcpPort === undefined && ptyDir === undefined)
      throw new CliUsageError('give --tcp PORT and/or --pty PATH');
    const latency = flag(args, 'latency');
    const closers: Array<() => Promise<void>> = [];
    if (tcpPort !== undefined) {
      const server = await startSimTcpServer({ scenario, port: tcpPort, latency });
      closers.push(() => server.close());
      io.stdout(`simulator ${name}: tcp:127.0.0.1:${server.port}\n`);
    }
    if (ptyDir !== undefined) {
      const pty = await startSimPty({ scenario, linkDir: ptyDir, latency });
      closers.push(() => pty.close());
      io.stdout(`simulator ${name}: serial:${pty.appPath}\n`);
    }
    await waitForAbort(io.signal);
    for (const close of closers) await close();
    return EXIT_OK;
  },
};

function capabilityStoreFor(args: CliArgs): CapabilityStore | undefined {
  const dataDir = stringOption(args, 'data-dir');
  return dataDir === undefined
    ? undefined
    : new JsonFileCapabilityStore(join(dataDir, 'obd-adapters.json'));
}

async function withSession<T>(
  args: CliArgs,
  io: CliIo,
  run: (session: ElmSession) => Promise<T>,
): Promise<T | null> {
  const adapter = stringOption(args, 'adapter');
  if (!adapter) throw new CliUsageError('--adapter is required');
  let session: ElmSession;
  try {
    const store = capabilityStoreFor(args);
    session = await openObdSession(adapter, {
      reconnect: { enabled: false },
      ...(store ? { capabilityStore: store } : {}),
    });
  } catch (error) {
    if (isObdError(error) && error.code === 'BAD_REQUEST') throw new CliUsageError(error.message);
    io.stderr(
      `Cannot connect to ${adapter}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return null;
  }
  try {
    return await run(session);
  } finally {
    await session.close();
  }
}

function printScan(io: CliIo, scan: ScanResult): void {
  const a = scan.adapter;
  io.stdout(
    `Adapter: ${a.description}  ${a.identity ?? '?'}${a.stnIdentity ? ` (${a.stnIdentity})` : ''}  ${a.voltage ?? '?'} V\n`,
  );
  io.stdout(
    `Protocol: ${scan.protocol ? `${scan.protocol.number} ${scan.protocol.name}` : 'no vehicle found'}\n`,
  );
  io.stdout(`VIN: ${scan.vin ?? '-'}\n`);
  for (const ecu of scan.ecus) {
    io.stdout(`\nECU ${ecu.ecu ?? '(no header)'}${ecu.name ? ` ${ecu.name}` : ''}\n`);
    io.stdout(`  supported PIDs: ${ecu.supportedPids.join(' ') || '-'}\n`);
    for (const status of ['stored', 'pending', 'permanent'] as const) {
      io.stdout(`  ${status} DTCs: ${ecu.dtcs[status].join(' ') || 'none'}\n`);
    }
    if (ecu.readiness) io.stdout(`  readiness: ${JSON.stringify(ecu.readiness)}\n`);
    if (ecu.freezeFrame)
      io.stdout(
        `  freeze frame (${ecu.freezeFrame.dtc ?? '-'}): ${ecu.freezeFrame.values.map((v) => `${v.pid}=${formatValue(v.value)}${v.unit ?? ''}`).join(' ')}\n`,
      );
    for (const value of ecu.snapshot)
      io.stdout(`  ${value.pid} ${value.name}: ${formatValue(value.value)} ${value.unit ?? ''}\n`);
  }
  for (const error of scan.errors) io.stdout(`warning ${error.code}: ${error.message}\n`);
  io.stdout(`\nScan took ${scan.durationMs} ms\n`);
}

function printDiagnosis(io: CliIo, outcome: ScanOutcome, diagnosis: DiagnosisJson | null): void {
  io.stdout(
    `\nSession: ${outcome.sessionId}${outcome.vehicleId ? ` (vehicle ${outcome.vehicleId})` : ''}\n`,
  );
  if (!diagnosis) {
    io.stdout('Diagnosis: not available\n');
    return;
  }
  io.stdout(`Diagnosis: ${diagnosis.overall.toUpperCase()}\n`);
  for (const finding of diagnosis.findings) {
    const what =
      finding.kind === 'dtc' ? `${finding.code} (${finding.ecu ?? '-'})` : `PID ${finding.pid}`;
    io.stdout(`  [${finding.criticality.toUpperCase()}] ${what} ${finding.title}\n`);
  }
}

export const scanCommand: CliCommand = {
  path: ['scan'],
  summary:
    'read VIN, ECUs, DTCs, readiness, freeze frame and live data; store and diagnose the session',
  usage:
    'novaevo scan --adapter A [--data-dir D] [--mileage KM] [--technician NAME] [--lang fr|en] [--json]',
  options: {
    ...adapterOption,
    'data-dir': { type: 'string', description: 'data folder (database, adapter profiles)' },
    mileage: { type: 'string', description: 'odometer typed by the technician (km)' },
    technician: { type: 'string', description: 'who ran the scan' },
    lang: { type: 'string', description: 'language of the diagnosis texts: fr (default) or en' },
    ...jsonOption,
  },
  async run(args, io) {
    const adapter = stringOption(args, 'adapter');
    if (!adapter) throw new CliUsageError('--adapter is required');
    try {
      parseAdapterString(adapter);
    } catch (error) {
      throw new CliUsageError(error instanceof Error ? error.message : String(error));
    }
    const lang = stringOption(args, 'lang') ?? 'fr';
    if (lang !== 'fr' && lang !== 'en')
      throw new CliUsageError(`--lang expects fr or en, got "${lang}"`);
    const mileage = numberOption(args, 'mileage');
    if (mileage !== undefined && (!Number.isInteger(mileage) || mileage < 0))
      throw new CliUsageError('--mileage expects a whole number of km');
    const dataDir = stringOption(args, 'data-dir') ?? defaultDataDir();
    // The same path as the app's `obd.scan`: the core's workbench stores and diagnoses.
    const { createCore } = await import('../app/core');
    const { workbenchFor } = await import('./handlers');
    const core = await createCore({ dataDir, transport: 'browser-host', adapter });
    try {
      const workbench = workbenchFor(core.context, { reconnect: { enabled: false } });
      const status = await workbench.connect(adapter);
      if (status.state !== 'ready') {
        const message = status.error?.message ?? {
          fr: 'Échec de connexion.',
          en: 'Connection failed.',
        };
        io.stderr(`Cannot connect to ${adapter}: ${message.en}\n${message.fr}\n`);
        return EXIT_FAILURE;
      }
      const result = await core.dispatch('obd.scan', {
        mileageKm: mileage ?? null,
        technician: stringOption(args, 'technician') ?? null,
      });
      const scan = workbench.lastScan;
      if (!result.ok || scan === null) {
        const message = result.ok
          ? { fr: 'Lecture incomplète.', en: 'Incomplete scan.' }
          : result.error.message;
        io.stderr(`Scan failed: ${message.en}\n${message.fr}\n`);
        return EXIT_FAILURE;
      }
      const outcome = result.value as ScanOutcome;
      const diagnosis = outcome.report ? diagnosisJson(outcome.report, lang) : null;
      if (flag(args, 'json')) {
        printJson(io, {
          ...scan,
          sessionId: outcome.sessionId,
          vehicleId: outcome.vehicleId,
          diagnosis,
        });
      } else {
        printScan(io, scan);
        printDiagnosis(io, outcome, diagnosis);
      }
      return EXIT_OK;
    } catch (error) {
      if (error instanceof CliUsageError) throw error;
      io.stderr(`Scan failed: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT_FAILURE;
    } finally {
      await core.close();
    }
  },
};

function parsePidList(text: string): number[] {
  const pids = text.split(',').map((part) => part.trim());
  if (pids.some((pid) => !/^[0-9A-Fa-f]{2}$/.test(pid))) {
    throw new CliUsageError(`--pids expects two-digit hex PIDs separated by commas, got "${text}"`);
  }
  return pids.map((pid) => parseInt(pid, 16));
}

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const monitorCommand: CliCommand = {
  path: ['monitor'],
  summary: 'stream live values',
  usage:
    'novaevo monitor --adapter A --pids 0C,0D,05 [--rate HZ] [--duration S] [--csv FILE] [--json]',
  options: {
    ...adapterOption,
    pids: { type: 'string', description: 'mode 01 PIDs, e.g. 0C,0D,05' },
    rate: { type: 'string', description: 'samples per second per PID (default 5)' },
    duration: { type: 'string', description: 'stop after S seconds (default: until Ctrl-C)' },
    csv: { type: 'string', description: 'also write samples to this CSV file' },
    'data-dir': { type: 'string', description: 'data folder (adapter capability profiles)' },
    ...jsonOption,
  },
  async run(args, io) {
    const pidsText = stringOption(args, 'pids');
    if (!pidsText) throw new CliUsageError('--pids is required');
    const pids = parsePidList(pidsText);
    const rate = numberOption(args, 'rate') ?? 5;
    const duration = numberOption(args, 'duration');
    if (rate <= 0) throw new CliUsageError('--rate must be positive');
    const csvPath = stringOption(args, 'csv');
    const json = flag(args, 'json');
    const csv = csvPath ? createWriteStream(csvPath, { encoding: 'utf8' }) : null;
    csv?.write('timestamp,ecu,pid,name,value,unit\n');
    const sink = (samples: LiveSample[]): void => {
      for (const s of samples) {
        const value = formatValue(s.value);
        if (json) io.stdout(JSON.stringify(s) + '\n');
        else
          io.stdout(
            `${new Date(s.at).toISOString()}  ${s.ecu ?? '-'}  ${s.pid}  ${s.name}: ${value} ${s.unit ?? ''}\n`,
          );
        csv?.write(
          [new Date(s.at).toISOString(), s.ecu ?? '', s.pid, s.name, value, s.unit ?? '']
            .map(csvCell)
            .join(',') + '\n',
        );
      }
    };
    const result = await withSession(args, io, async (session) => {
      const poller = new LivePoller(session, {
        groups: [{ name: 'monitor', pids, priority: 0, rateHz: rate }],
        sink,
        onError: (error) => io.stderr(`${error.code}: ${error.message}\n`),
      });
      const timer =
        duration === undefined ? null : setTimeout(() => poller.stop(), duration * 1000);
      try {
        return await poller.run(io.signal);
      } finally {
        if (timer) clearTimeout(timer);
      }
    });
    if (csv) await new Promise<void>((resolve) => csv.end(() => resolve()));
    if (result === null) return EXIT_FAILURE;
    io.stderr(
      `${result.samples} samples, ${result.samplesPerSecond.toFixed(1)}/s, mean latency ${result.meanLatencyMs.toFixed(1)} ms${result.droppedPids.length ? `, unsupported: ${result.droppedPids.join(',')}` : ''}\n`,
    );
    return EXIT_OK;
  },
};

export const obdCliCommands: CliCommand[] = [
  obdDecodeCommand,
  adaptersCommand,
  simCommand,
  scanCommand,
  monitorCommand,
];
