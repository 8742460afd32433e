import { randomUUID } from 'node:crypto';
import { AppError } from '@shared/api/errors';
import type { ConnectionStatus, ScanOutcome } from '@shared/api/obd';
import type { AdapterSpec } from '@shared/obd/adapter-string';
import { formatAdapterString, parseAdapterString } from '@shared/obd/adapter-string';
import { byteToHex } from '@shared/obd/hex';
import { isObdError, ObdError } from '@shared/obd/obd-error';
import type { ObdFailure } from '@shared/obd/obd-error';
import { pidDefinition } from '@shared/obd/pids';
import type { ObdUnit } from '@shared/obd/units';
import type { CoreContext } from '../app/core-context';
import type { TaskContext } from '../app/task-registry';
import { createLogger } from '../log/logger';
import type { CapabilityStore } from './capability-store';
import type { ConnectionProblem } from './connection-errors';
import { explainConnectFailure, explainLinkProblem, explainNoVehicle } from './connection-errors';
import { ElmSession } from './elm-session';
import type { CommandTimeouts, ReconnectPolicy, SessionState } from './elm-session';
import { LivePoller } from './live-poller';
import type { LiveSample } from './live-poller';
import { LiveRecorder } from './live-recorder';
import type { RecorderOptions } from './live-recorder';
import { ObdService } from './obd-service';
import type { ClearResult } from './obd-service';
import { scanVehicle, SCAN_STEPS } from './scan';
import type { ScanResult, ScanStep } from './scan';
import { odometerKm, scanOutcomeOf, scanSummaryOf } from './scan-summary';
import { assertSession, findVehicleByVin, recordClear } from './session-data';
import type { ObdTransport } from './transport';
import { Listeners } from './transport';

const log = createLogger('obd-workbench');

export const DEFAULT_WORKBENCH_ADAPTER = 'sim:healthy-petrol';

/** French labels of the scan task's progress (what the Atelier shows). */
const STEP_LABELS: Record<ScanStep | 'odometer' | 'store' | 'diagnose', string> = {
  supported_pids: 'Lecture des PID pris en charge',
  vehicle_info: 'Lecture du VIN et des calculateurs',
  stored_dtcs: 'Lecture des codes mémorisés',
  pending_dtcs: 'Lecture des codes en attente',
  permanent_dtcs: 'Lecture des codes permanents',
  readiness: 'Lecture des moniteurs de disponibilité',
  freeze_frame: 'Lecture du freeze frame',
  snapshot: 'Lecture des valeurs instantanées',
  odometer: 'Lecture du kilométrage',
  store: 'Enregistrement de la session',
  diagnose: 'Diagnostic',
};

export interface LiveSamplePayload {
  t: number;
  pid: string;
  ecu: string | null;
  value: number;
}

export interface WorkbenchSettings {
  /** The adapter saved in the settings, null when none was ever chosen. */
  lastAdapter(): Promise<string | null>;
  remember(adapter: string): Promise<void>;
}

export interface DiagnosisPort {
  storeScanSession(
    summary: ReturnType<typeof scanSummaryOf>,
  ): Promise<{ sessionId: string; dtcCount: number; sampleCount: number }>;
  diagnoseSession(sessionId: string): Promise<{ report: ScanOutcome['report'] }>;
}

export interface WorkbenchOptions {
  context: Pick<CoreContext, 'database' | 'writer' | 'events' | 'adapterOverride'>;
  settings: WorkbenchSettings;
  diagnosis: DiagnosisPort;
  capabilityStore?: CapabilityStore;
  reconnect?: Partial<ReconnectPolicy>;
  timeouts?: Partial<CommandTimeouts>;
  recorder?: RecorderOptions;
  /** How often live samples are pushed to the UIs (ms). */
  sampleEventIntervalMs?: number;
  /** Makes the link for an adapter; default: the real transports, imported on first use. */
  transportFactory?: (spec: AdapterSpec) => Promise<ObdTransport>;
}

interface LiveRun {
  liveId: string;
  sessionId: string;
  pids: string[];
  poller: LivePoller;
  recorder: LiveRecorder;
  recording: boolean;
  buffer: LiveSamplePayload[];
  timer: ReturnType<typeof setInterval>;
  done: Promise<void>;
}

interface Connection {
  session: ElmSession;
  spec: AdapterSpec;
  adapter: string;
  detach: Array<() => void>;
  /** Becomes true once the adapter was initialised once (then failures are link problems). */
  established: boolean;
  rxSinceTx: string;
  lastTx: string;
  answered0100: boolean;
  reconnectAttempts: number;
  supported: Map<string | null, number[]> | null;
}

async function defaultTransportFactory(spec: AdapterSpec): Promise<ObdTransport> {
  // Imported here, not at the top: `serialport` is a native module that `novaevo serve`
  // must not load before its first screen.
  const { createTransport } = await import('./create-transport');
  return createTransport(spec);
}

function toFailure(error: unknown): ObdFailure {
  if (isObdError(error)) return error.toFailure();
  return { code: 'DISCONNECTED', message: error instanceof Error ? error.message : String(error) };
}

function problemError(code: 'OBD_NOT_CONNECTED' | 'OBD_ERROR', problem: ConnectionProblem) {
  return new AppError(code, problem.message, { code: problem.code });
}

const NOT_CONNECTED: ConnectionProblem = {
  code: 'NOT_CONNECTED',
  message: {
    fr: 'Aucun adaptateur connecté : connectez-vous d’abord à un adaptateur OBD.',
    en: 'No adapter connected: connect to an OBD adapter first.',
  },
};

const RECONNECTING: ConnectionProblem = {
  code: 'RECONNECTING',
  message: {
    fr: 'Connexion à l’adaptateur en cours : réessayez dans un instant.',
    en: 'The adapter is connecting: try again in a moment.',
  },
};

/**
 * The workbench's single adapter connection and everything done through it: connection with
 * its steps and explained failures, automatic reconnection reported as status, scans stored
 * and diagnosed, clearing codes, live data pushed as events and recorded in batches.
 */
export class ObdWorkbench {
  private connection: Connection | null = null;
  private live: LiveRun | null = null;
  private statusValue: ConnectionStatus = ObdWorkbench.closedStatus(null);
  /** Serialises connect / disconnect / close. */
  private lifecycle: Promise<unknown> = Promise.resolve();
  private lastScanValue: ScanResult | null = null;

  constructor(private readonly options: WorkbenchOptions) {}

  private static closedStatus(adapter: string | null): ConnectionStatus {
    return {
      state: 'closed',
      adapter,
      steps: [],
      identity: null,
      stnIdentity: null,
      protocol: null,
      voltage: null,
      ecus: [],
      error: null,
      liveSessionId: null,
    };
  }

  status(): ConnectionStatus {
    return structuredClone(this.statusValue);
  }

  /** The raw scan behind the last `scan()` (the CLI prints it). */
  get lastScan(): ScanResult | null {
    return this.lastScanValue;
  }

  /** The `--adapter` override, else the saved adapter, else the healthy simulator. */
  async defaultAdapter(): Promise<string> {
    return (
      this.options.context.adapterOverride ??
      (await this.options.settings.lastAdapter()) ??
      DEFAULT_WORKBENCH_ADAPTER
    );
  }

  private setStatus(patch: Partial<ConnectionStatus>): void {
    this.statusValue = { ...this.statusValue, ...patch };
    this.options.context.events.emit('obd.status', this.status());
  }

  private addStep(connection: Connection, step: ConnectionStatus['steps'][number]): void {
    if (this.connection !== connection || this.statusValue.steps.includes(step)) return;
    this.setStatus({ steps: [...this.statusValue.steps, step] });
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.lifecycle.then(work, work);
    this.lifecycle = next.catch(() => undefined);
    return next;
  }

  // ---------------------------------------------------------------------------------
  // Connection

  connect(adapter: string): Promise<ConnectionStatus> {
    return this.serial(() => this.connectNow(adapter));
  }

  disconnect(): Promise<ConnectionStatus> {
    return this.serial(async () => {
      const adapter = this.connection?.adapter ?? this.statusValue.adapter;
      await this.dropConnection();
      this.statusValue = ObdWorkbench.closedStatus(adapter);
      this.setStatus({});
      return this.status();
    });
  }

  /** Shutdown: stops live polling (committing what was recorded) and closes the port. */
  close(): Promise<void> {
    return this.serial(() => this.dropConnection());
  }

  private async connectNow(adapter: string): Promise<ConnectionStatus> {
    let spec: AdapterSpec;
    try {
      spec = parseAdapterString(adapter);
    } catch (error) {
      const problem = explainConnectFailure(toFailure(error), null);
      throw new AppError('BAD_REQUEST', problem.message, { code: problem.code, adapter });
    }
    await this.dropConnection();
    const name = formatAdapterString(spec);
    const factory = this.options.transportFactory ?? defaultTransportFactory;
    let connection: Connection | null = null;
    const session = new ElmSession({
      transportFactory: () => this.instrument(factory(spec), () => connection),
      ...(this.options.capabilityStore ? { capabilityStore: this.options.capabilityStore } : {}),
      ...(this.options.reconnect ? { reconnect: this.options.reconnect } : {}),
      ...(this.options.timeouts ? { timeouts: this.options.timeouts } : {}),
    });
    connection = {
      session,
      spec,
      adapter: name,
      detach: [],
      established: false,
      rxSinceTx: '',
      lastTx: '',
      answered0100: false,
      reconnectAttempts: 0,
      supported: null,
    };
    const current = connection;
    this.connection = current;
    current.detach = [
      session.onStateChange((state, error) => this.onSessionState(current, state, error)),
      session.onTranscript((entry) => {
        if (entry.direction === 'rx') this.onReceived(current, entry.text);
        else if (entry.direction === 'tx') this.onSent(current, entry.text);
      }),
    ];
    this.statusValue = { ...ObdWorkbench.closedStatus(name), state: 'connecting' };
    this.setStatus({});
    try {
      await session.connect();
    } catch (error) {
      const problem = explainConnectFailure(toFailure(error), spec);
      for (const detach of current.detach) detach();
      this.connection = null;
      await session.close().catch(() => undefined);
      this.setStatus({ state: 'failed', error: problem });
      return this.status();
    }
    current.established = true;
    await this.options.settings
      .remember(name)
      .catch((error: unknown) => log.warn('adapter not remembered', { error: String(error) }));
    return this.status();
  }

  /** Wraps the transport so the UI learns when the port itself is open. */
  private instrument(
    pending: Promise<ObdTransport>,
    connection: () => Connection | null,
  ): ObdTransport {
    let transport: ObdTransport | null = null;
    const data = new Listeners<[string]>();
    const closed = new Listeners<[Error | null]>();
    const opened = (): void => {
      const current = connection();
      if (current) this.addStep(current, 'port_opened');
    };
    return {
      get description() {
        return transport?.description ?? 'pending';
      },
      get adapterKey() {
        return transport?.adapterKey ?? null;
      },
      get isOpen() {
        return transport?.isOpen ?? false;
      },
      async open() {
        const link = await pending;
        transport = link;
        link.onData((chunk) => data.emit(chunk));
        link.onClose((error) => closed.emit(error));
        await link.open();
        opened();
      },
      write: (text) =>
        transport
          ? transport.write(text)
          : Promise.reject(new ObdError('NOT_CONNECTED', 'not open')),
      onData: (listener) => data.add(listener),
      onClose: (listener) => closed.add(listener),
      close: () => transport?.close() ?? Promise.resolve(),
    };
  }

  private onReceived(connection: Connection, text: string): void {
    connection.rxSinceTx += text;
    if (/ELM\s?327|STN\d|OBDLink|OBDII|v\d\.\d/i.test(connection.rxSinceTx)) {
      this.addStep(connection, 'adapter_identified');
    }
    if (connection.lastTx === '0100' && /4\s?1\s?0\s?0/.test(connection.rxSinceTx)) {
      connection.answered0100 = true;
    }
  }

  private onSent(connection: Connection, command: string): void {
    if (command === 'ATDPN' && connection.answered0100) this.addStep(connection, 'protocol_found');
    connection.lastTx = command;
    connection.rxSinceTx = '';
    if (command === 'ATZ' || command === 'ATWS') connection.answered0100 = false;
  }

  private onSessionState(
    connection: Connection,
    state: SessionState,
    failure: ObdFailure | null,
  ): void {
    if (this.connection !== connection) return;
    const info = connection.session.info;
    const identity = {
      identity: info?.identity ?? null,
      stnIdentity: info?.stnIdentity ?? null,
      protocol: info?.protocolName ?? null,
      voltage: info?.voltage ?? null,
      ecus: info?.ecus ?? [],
    };
    switch (state) {
      case 'ready': {
        connection.established = true;
        connection.reconnectAttempts = 0;
        const steps = [...this.statusValue.steps];
        for (const step of ['protocol_found', 'vehicle_answering'] as const)
          if (!steps.includes(step)) steps.push(step);
        this.setStatus({ state, ...identity, steps, error: null, reconnect: null });
        return;
      }
      case 'no-vehicle':
        this.setStatus({ state, ...identity, error: explainNoVehicle(failure), reconnect: null });
        return;
      case 'reconnecting': {
        // The link dropped: live polling ends here (what was recorded is committed) and the
        // session reconnects on its own with back-off.
        void this.endLive('link lost');
        const policy = { initialDelayMs: 500, maxDelayMs: 30_000, ...this.options.reconnect };
        const attempt = connection.reconnectAttempts++;
        const nextDelayMs = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** attempt);
        connection.supported = null;
        this.setStatus({
          state,
          steps: [],
          error: explainLinkProblem(
            { code: 'DISCONNECTED', message: failure?.message ?? '' },
            connection.spec,
          ),
          liveSessionId: null,
          reconnect: { attempt: attempt + 1, nextDelayMs },
        });
        return;
      }
      case 'failed':
        void this.endLive('link failed');
        this.setStatus({
          state,
          error: failure
            ? connection.established
              ? explainLinkProblem(failure, connection.spec)
              : explainConnectFailure(failure, connection.spec)
            : null,
          liveSessionId: null,
        });
        return;
      case 'initializing':
      case 'connecting':
        this.setStatus({ state });
        return;
      case 'closed':
        this.setStatus({ state, liveSessionId: null });
        return;
    }
  }

  private async dropConnection(): Promise<void> {
    await this.endLive('disconnect');
    const connection = this.connection;
    if (!connection) return;
    this.connection = null;
    for (const detach of connection.detach) detach();
    await connection.session.close().catch(() => undefined);
  }

  /**
   * A session ready for vehicle requests. Connects to the default adapter when nothing is
   * connected, and retries once when the vehicle did not answer (the mechanic may have turned
   * the ignition on since).
   */
  async ready(autoConnect = true): Promise<ElmSession> {
    // After a failed attempt, the same adapter again: never silently another one (a demo car
    // instead of the customer's).
    if (!this.connection && autoConnect)
      await this.connect(this.statusValue.adapter ?? (await this.defaultAdapter()));
    else if (this.connection?.session.state === 'no-vehicle' && autoConnect)
      await this.connect(this.connection.adapter);
    const connection = this.connection;
    if (!connection) {
      throw problemError('OBD_NOT_CONNECTED', this.statusValue.error ?? NOT_CONNECTED);
    }
    const state = connection.session.state;
    if (state === 'ready') return connection.session;
    if (state === 'no-vehicle') {
      throw problemError('OBD_NOT_CONNECTED', this.statusValue.error ?? explainNoVehicle(null));
    }
    if (state === 'failed' || state === 'closed') {
      throw problemError('OBD_NOT_CONNECTED', this.statusValue.error ?? NOT_CONNECTED);
    }
    throw problemError('OBD_NOT_CONNECTED', RECONNECTING);
  }

  private obdFailure(error: unknown): never {
    if (error instanceof AppError) throw error;
    if (isObdError(error)) {
      const problem = explainLinkProblem(error.toFailure(), this.connection?.spec ?? null);
      if (error.code === 'CANCELLED') {
        throw new AppError('CANCELLED', problem.message, { code: error.code });
      }
      throw problemError(
        error.code === 'NOT_CONNECTED' ? 'OBD_NOT_CONNECTED' : 'OBD_ERROR',
        problem,
      );
    }
    throw error;
  }

  // ---------------------------------------------------------------------------------
  // Scan, clear, supported PIDs

  /**
   * The full scan, stored as a diagnostic session and diagnosed. The vehicle is the given one,
   * else the one whose VIN the car reported; the mileage is the car's odometer (PID A6) when it
   * has one, else the typed one.
   */
  async scan(
    input: { vehicleId: string | null; mileageKm: number | null; technician: string | null },
    task: TaskContext,
  ): Promise<ScanOutcome> {
    const session = await this.ready();
    const connection = this.connection;
    if (!connection) throw problemError('OBD_NOT_CONNECTED', NOT_CONNECTED);
    const total = SCAN_STEPS.length + 3;
    const report = (done: number, label: string) => task.report({ done, total, label });
    let result: ScanResult;
    try {
      result = await scanVehicle(session, {
        signal: task.signal,
        onStep: (step, index) => report(index, STEP_LABELS[step]),
      });
    } catch (error) {
      this.obdFailure(error);
    }
    connection.supported = new Map(
      result.ecus.map((ecu) => [ecu.ecu, ecu.supportedPids.map((pid) => parseInt(pid, 16))]),
    );

    report(SCAN_STEPS.length, STEP_LABELS.odometer);
    let mileageKm: number | null = null;
    const withOdometer = result.ecus.filter((ecu) => ecu.supportedPids.includes('A6'));
    if (withOdometer.length > 0 && !task.signal.aborted) {
      try {
        const service = new ObdService(session, { priority: 'user', signal: task.signal });
        for (const { ecu, values } of await service.snapshot([0xa6])) {
          const target = result.ecus.find((e) => e.ecu === ecu);
          if (target) target.snapshot.push(...values);
          mileageKm ??= odometerKm(values);
        }
      } catch (error) {
        if (isObdError(error) && ['DISCONNECTED', 'CANCELLED'].includes(error.code))
          this.obdFailure(error);
        result.errors.push(toFailure(error));
      }
    }
    if (task.signal.aborted) this.obdFailure(new ObdError('CANCELLED', 'Scan cancelled'));

    report(SCAN_STEPS.length + 1, STEP_LABELS.store);
    let vehicleId = input.vehicleId;
    if (vehicleId === null && result.vin !== null) {
      vehicleId = (await findVehicleByVin(this.options.context, result.vin))?.vehicleId ?? null;
    }
    const summary = scanSummaryOf(result, {
      adapter: connection.adapter,
      vehicleId,
      mileageKm: mileageKm ?? input.mileageKm,
      technician: input.technician,
      endedAt: new Date().toISOString(),
    });
    const stored = await this.options.diagnosis.storeScanSession(summary);
    this.lastScanValue = result;

    report(SCAN_STEPS.length + 2, STEP_LABELS.diagnose);
    let diagnosis: ScanOutcome['report'] = null;
    try {
      diagnosis = (await this.options.diagnosis.diagnoseSession(stored.sessionId)).report;
    } catch (error) {
      // The scan is stored either way; a knowledge-base problem must not lose it.
      log.error('diagnosis failed after scan', {
        sessionId: stored.sessionId,
        error: String(error),
      });
      result.errors.push({ code: 'MALFORMED_ANSWER', message: `diagnosis: ${String(error)}` });
    }
    report(total, 'Terminé');
    return scanOutcomeOf(
      result,
      { sessionId: stored.sessionId, vehicleId, adapter: connection.adapter },
      diagnosis,
    );
  }

  /** Mode 04 once, then codes and readiness again; the clear is recorded on the session. */
  async clearCodes(sessionId: string): Promise<{
    results: ClearResult['results'];
    remaining: Array<{
      ecu: string | null;
      code: string;
      status: 'stored' | 'pending' | 'permanent';
    }>;
    readiness: Array<{
      ecu: string | null;
      status: ClearResult['readinessAfter'][number]['status'];
    }>;
  }> {
    await assertSession(this.options.context, sessionId);
    const session = await this.ready(false);
    let cleared: ClearResult;
    try {
      cleared = await new ObdService(session).clearCodes({ confirm: true });
    } catch (error) {
      this.obdFailure(error);
    }
    const remaining = (['stored', 'pending', 'permanent'] as const).flatMap((status) =>
      cleared.dtcsAfter[status].flatMap(({ ecu, dtcs }) =>
        dtcs.map((code) => ({ ecu, code, status })),
      ),
    );
    await recordClear(this.options.context, sessionId, {
      at: new Date().toISOString(),
      results: cleared.results,
      remaining,
    });
    return { results: cleared.results, remaining, readiness: cleared.readinessAfter };
  }

  async supportedPids(): Promise<
    Array<{
      pid: string;
      name: string;
      unit: ObdUnit | null;
      ecus: Array<string | null>;
      numeric: boolean;
    }>
  > {
    const session = await this.ready(false);
    const connection = this.connection;
    if (!connection) throw problemError('OBD_NOT_CONNECTED', NOT_CONNECTED);
    if (!connection.supported) {
      try {
        connection.supported = await new ObdService(session).supportedPids();
      } catch (error) {
        this.obdFailure(error);
      }
    }
    const byPid = new Map<number, Array<string | null>>();
    for (const [ecu, pids] of connection.supported) {
      for (const pid of pids) byPid.set(pid, [...(byPid.get(pid) ?? []), ecu]);
    }
    return [...byPid]
      .filter(([pid]) => pid % 0x20 !== 0)
      .sort(([a], [b]) => a - b)
      .flatMap(([pid, ecus]) => {
        const definition = pidDefinition(pid);
        if (!definition) return [];
        const sample = definition.decode(new Array<number>(definition.bytes).fill(0));
        return [
          {
            pid: byteToHex(pid),
            name: definition.name,
            unit: definition.unit,
            ecus,
            numeric: typeof sample === 'number',
          },
        ];
      });
  }

  // ---------------------------------------------------------------------------------
  // Live data

  async startLive(input: {
    sessionId: string;
    pids: string[];
    rateHz: number;
    record: boolean;
  }): Promise<{ liveId: string; pids: string[] }> {
    await assertSession(this.options.context, input.sessionId);
    const session = await this.ready(false);
    await this.endLive('restart');
    const pids = [...new Set(input.pids.map((pid) => pid.toUpperCase()))];
    const liveId = randomUUID();
    const recorder = new LiveRecorder(
      this.options.context,
      input.sessionId,
      this.options.recorder ?? {},
    );
    const poller = new LivePoller(session, {
      groups: [
        {
          name: 'atelier',
          pids: pids.map((p) => parseInt(p, 16)),
          priority: 0,
          rateHz: input.rateHz,
        },
      ],
      sink: (samples) => this.onSamples(liveId, samples),
      onError: (error) => log.debug('live polling error', { code: error.code }),
    });
    const run: LiveRun = {
      liveId,
      sessionId: input.sessionId,
      pids,
      poller,
      recorder,
      recording: input.record,
      buffer: [],
      timer: setInterval(() => this.pushSamples(run), this.options.sampleEventIntervalMs ?? 100),
      done: Promise.resolve(),
    };
    run.done = poller
      .run()
      .then(() => undefined)
      .catch((error: unknown) => log.warn('live polling stopped', { error: String(error) }));
    this.live = run;
    this.setStatus({ liveSessionId: input.record ? input.sessionId : null });
    return { liveId, pids };
  }

  private onSamples(liveId: string, samples: readonly LiveSample[]): void {
    const run = this.live;
    if (!run || run.liveId !== liveId) return;
    const numeric: LiveSamplePayload[] = [];
    for (const sample of samples) {
      if (typeof sample.value !== 'number' || !Number.isFinite(sample.value)) continue;
      numeric.push({ t: sample.at, pid: sample.pid, ecu: sample.ecu, value: sample.value });
    }
    for (const sample of numeric) run.buffer.push(sample);
    if (run.recording) run.recorder.add(numeric);
  }

  private pushSamples(run: LiveRun): void {
    if (run.buffer.length === 0) return;
    const samples = run.buffer;
    run.buffer = [];
    this.options.context.events.emit('obd.samples', {
      liveId: run.liveId,
      samples,
      recording: run.recording,
    });
  }

  /** Stops polling, pushes the last samples and commits what was recorded. */
  private async endLive(reason: string): Promise<boolean> {
    const run = this.live;
    if (!run) return false;
    this.live = null;
    run.poller.stop();
    clearInterval(run.timer);
    await run.done;
    this.pushSamples(run);
    await run.recorder.close();
    log.debug('live ended', { reason, stored: run.recorder.stored });
    if (this.statusValue.liveSessionId !== null) this.setStatus({ liveSessionId: null });
    return true;
  }

  stopLive(): Promise<boolean> {
    return this.endLive('stop');
  }

  async setRecording(record: boolean): Promise<boolean> {
    const run = this.live;
    if (!run) {
      if (!record) return false;
      throw problemError('OBD_NOT_CONNECTED', {
        code: 'NO_LIVE',
        message: {
          fr: 'Aucune mesure en direct en cours : démarrez d’abord les données en direct.',
          en: 'No live data running: start live data first.',
        },
      });
    }
    // Samples already buffered go out with the flag they were received under.
    this.pushSamples(run);
    if (run.recording && !record) await run.recorder.flush();
    run.recording = record;
    this.setStatus({ liveSessionId: record ? run.sessionId : null });
    return record;
  }

  /** The session and recorder of the running live data, for tests and the CLI. */
  get liveRun(): {
    liveId: string;
    sessionId: string;
    recorded: number;
    recording: boolean;
  } | null {
    const run = this.live;
    return run
      ? {
          liveId: run.liveId,
          sessionId: run.sessionId,
          recorded: run.recorder.stored,
          recording: run.recording,
        }
      : null;
  }
}
