import { parseElmAnswer } from '@shared/obd/answer-parser';
import type { ParsedElmAnswer } from '@shared/obd/answer-parser';
import { ObdError, isObdError } from '@shared/obd/obd-error';
import type { ObdFailure } from '@shared/obd/obd-error';
import { decodeSupportedBitmap } from '@shared/obd/bitfield-pids';
import { decodePidPayload } from '@shared/obd/pids';
import { compactCommand, PromptFramer } from '@shared/obd/prompt-framer';
import type { FramedAnswer } from '@shared/obd/prompt-framer';
import { isCanProtocol, parseProtocolNumber, protocolName } from '@shared/obd/protocols';
import type { ProtocolNumber } from '@shared/obd/protocols';
import { formatObdRequest, parseObdRequest } from '@shared/obd/request';
import type { ObdRequest } from '@shared/obd/request';
import { emptyProfile } from './capability-store';
import type { AdapterOverrides, AdapterProfile, CapabilityStore } from './capability-store';
import type { ObdTransport } from './transport';
import { Listeners } from './transport';

export type CommandPriority = 'system' | 'user' | 'poll';

export type SessionState =
  | 'closed'
  | 'connecting'
  | 'initializing'
  /** Adapter answers, but no vehicle bus was found (ignition off, not plugged in a car). */
  | 'no-vehicle'
  | 'ready'
  | 'reconnecting'
  | 'failed';

export interface CommandTimeouts {
  /** ATZ: about 1 s on a genuine chip, slower on clones. */
  reset: number;
  at: number;
  /** The first request after ATSP0: the automatic search can take 10–15 s (K-line init). */
  search: number;
  can: number;
  /** K-line and J1850: slow buses, and a dropped session re-runs BUS INIT. */
  legacy: number;
}

export const DEFAULT_TIMEOUTS: CommandTimeouts = {
  reset: 5000,
  at: 2000,
  search: 15000,
  can: 4000,
  legacy: 8000,
};

export interface ReconnectPolicy {
  enabled: boolean;
  initialDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
}

export interface AdapterInfo {
  description: string;
  adapterKey: string | null;
  identity: string | null;
  stnIdentity: string | null;
  protocol: ProtocolNumber | null;
  protocolName: string | null;
  voltage: number | null;
  headers: boolean;
  /** ECUs that answered 0100 during initialisation, with their 01–20 support. */
  ecus: string[];
  responseCountHint: boolean;
  multiPid: boolean;
}

export interface TranscriptEntry {
  at: number;
  direction: 'tx' | 'rx' | 'note';
  text: string;
}

export interface SessionOptions {
  /** Called for the first connection and for each reconnection: a fresh link every time. */
  transportFactory: () => ObdTransport;
  timeouts?: Partial<CommandTimeouts>;
  reconnect?: Partial<ReconnectPolicy>;
  capabilityStore?: CapabilityStore;
  /** Remembered protocol of this vehicle: `ATSP A<n>` tries it first, then searches. */
  protocolHint?: ProtocolNumber | null;
  /** Consecutive timeouts after which the link is considered stalled. */
  stallAfterTimeouts?: number;
}

export interface SendOptions {
  priority?: CommandPriority;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface RequestOptions extends SendOptions {
  /** Expected number of answers; sent as the ELM327 count digit when the adapter supports it. */
  responseCount?: number;
  /** Only for mode 04: a request that must never be repeated automatically. */
  noRetry?: boolean;
}

interface Job {
  command: string;
  priority: CommandPriority;
  timeoutMs: number;
  sequence: number;
  resolve: (answer: FramedAnswer) => void;
  reject: (error: Error) => void;
}

interface Exchange {
  command: string;
  resolve: (answer: FramedAnswer) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

const PRIORITY_RANK: Record<CommandPriority, number> = { system: 0, user: 1, poll: 2 };
const DEFAULT_RECONNECT: ReconnectPolicy = {
  enabled: true,
  initialDelayMs: 500,
  maxDelayMs: 30_000,
  maxAttempts: Number.POSITIVE_INFINITY,
};
const TRANSIENT_CODES = new Set<ObdFailure['code']>([
  'BUFFER_FULL',
  'DATA_ERROR',
  'RX_ERROR',
  'BUS_BUSY',
  'ISO_TP_SEQUENCE',
  'ISO_TP_INCOMPLETE',
]);
const MULTI_PID_CANDIDATES = [0x0c, 0x0d, 0x05, 0x04, 0x0b, 0x0f, 0x11, 0x10, 0x01, 0x03];

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isAtCommand(command: string): boolean {
  return /^(AT|ST)/i.test(command);
}

function answerFailed(answer: FramedAnswer): boolean {
  return answer.lines.some((line) => /^(\?|ERROR)$/i.test(line.trim()));
}

/**
 * An ELM327/STN session: exactly one command in flight, an answer is complete only at `>`,
 * a priority queue (user actions before polling), resynchronisation after a timeout, and
 * reconnection with back-off when the link drops. Never sends a bare CR (it repeats the last
 * command: python-OBD #66/#104, and it could repeat a clear-codes).
 */
export class ElmSession {
  private transport: ObdTransport | null = null;
  private readonly framer = new PromptFramer();
  private readonly queue: Job[] = [];
  private exchangeInFlight: Exchange | null = null;
  private pumping = false;
  private sequence = 0;
  private consecutiveTimeouts = 0;
  private stateValue: SessionState = 'closed';
  private closing = false;
  private reinitPending = false;
  private detachTransport: Array<() => void> = [];
  private readonly timeouts: CommandTimeouts;
  private readonly reconnectPolicy: ReconnectPolicy;
  private readonly stateListeners = new Listeners<[SessionState, ObdFailure | null]>();
  private readonly transcriptListeners = new Listeners<[TranscriptEntry]>();
  private profile: AdapterProfile | null = null;
  private overrides: AdapterOverrides = {};
  private infoValue: AdapterInfo | null = null;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: SessionOptions) {
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.reconnectPolicy = { ...DEFAULT_RECONNECT, ...options.reconnect };
  }

  get state(): SessionState {
    return this.stateValue;
  }

  /** Adapter identity, protocol and capabilities once initialised. */
  get info(): AdapterInfo | null {
    return this.infoValue;
  }

  get protocol(): ProtocolNumber | null {
    return this.infoValue?.protocol ?? null;
  }

  onStateChange(listener: (state: SessionState, error: ObdFailure | null) => void): () => void {
    return this.stateListeners.add(listener);
  }

  /** Every byte sent and received, timestamped, for support logs. */
  onTranscript(listener: (entry: TranscriptEntry) => void): () => void {
    return this.transcriptListeners.add(listener);
  }

  async connect(): Promise<AdapterInfo> {
    if (this.stateValue !== 'closed' && this.stateValue !== 'failed') {
      throw new ObdError('BAD_REQUEST', `Session is already ${this.stateValue}`);
    }
    this.closing = false;
    this.setState('connecting');
    try {
      await this.openTransport();
      return await this.initialize();
    } catch (error) {
      await this.dropTransport();
      this.setState('failed', toFailure(error));
      throw error;
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.failAll(new ObdError('NOT_CONNECTED', 'The OBD session was closed'));
    await this.dropTransport();
    this.setState('closed');
  }

  /** Sends one command (no CR) and resolves with the answer framed at `>`. */
  send(command: string, options: SendOptions = {}): Promise<FramedAnswer> {
    const compact = compactCommand(command);
    if (compact === '' || /[\r\n>]/.test(command)) {
      return Promise.reject(
        new ObdError('BAD_REQUEST', `Refusing to send ${JSON.stringify(command)}`),
      );
    }
    const priority = options.priority ?? 'user';
    if (!this.transport) return Promise.reject(this.notUsableError());
    if (priority !== 'system' && !this.acceptsCommands()) {
      return Promise.reject(this.notUsableError());
    }
    return new Promise<FramedAnswer>((resolve, reject) => {
      const signal = options.signal;
      // The abort listener goes when the job settles: a scan sends hundreds of requests with
      // the same signal.
      const onAbort = (): void => {
        const index = this.queue.indexOf(job);
        if (index !== -1) this.queue.splice(index, 1);
        reject(new ObdError('CANCELLED', 'Cancelled'));
      };
      const job: Job = {
        command: compact,
        priority,
        timeoutMs: options.timeoutMs ?? this.timeoutFor(compact),
        sequence: this.sequence++,
        resolve: (answer) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(answer);
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      if (signal) {
        if (signal.aborted) return reject(new ObdError('CANCELLED', 'Cancelled'));
        signal.addEventListener('abort', onAbort, { once: true });
      }
      this.queue.push(job);
      this.queue.sort(
        (a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.sequence - b.sequence,
      );
      void this.pump();
    });
  }

  /**
   * Sends an OBD request and parses the answer. Retries read-only requests on "response
   * pending" (NRC 0x78) and "busy, repeat" (0x21); mode 04 is never repeated.
   */
  async request(
    input: string | ObdRequest,
    options: RequestOptions = {},
  ): Promise<ParsedElmAnswer> {
    const request = typeof input === 'string' ? parseObdRequest(input) : input;
    const noRetry = options.noRetry === true || request.service === 0x04;
    let useCount =
      options.responseCount !== undefined && this.infoValue?.responseCountHint === true;
    for (let attempt = 0; ; attempt++) {
      const count = useCount ? Math.min(15, Math.max(1, options.responseCount ?? 1)) : null;
      const command = formatObdRequest({ ...request, responseCount: count });
      const answer = await this.send(command, options);
      if (answer.unexpectedReset) {
        this.scheduleReinit();
        throw new ObdError(
          'ADAPTER_RESET',
          'The adapter restarted (power drop) and is being initialised again',
        );
      }
      const parsed = this.tagSingleEcu(
        parseElmAnswer(answer.lines, { request, protocol: this.protocol }),
      );
      if (count !== null && parsed.error?.code === 'UNKNOWN_COMMAND') {
        // The count digit is optional (ELM327 ≥ 1.3); a clone that rejects it loses it for good.
        this.updateProfile({ responseCountHint: false });
        useCount = false;
        continue;
      }
      const busy = parsed.negatives.some((n) => n.nrc === 0x21);
      // Clone adapters drop long answers (BUFFER FULL) or garble a line: ask again.
      const garbled = [parsed.error, ...parsed.failures].some(
        (f) => f !== null && TRANSIENT_CODES.has(f.code),
      );
      if (!noRetry && attempt < 2 && (parsed.pendingEcus.length > 0 || busy || garbled)) {
        await delay(100 * (attempt + 1));
        continue;
      }
      return parsed;
    }
  }

  private acceptsCommands(): boolean {
    return this.stateValue === 'ready' || this.stateValue === 'no-vehicle';
  }

  private notUsableError(): ObdError {
    if (this.stateValue === 'reconnecting') {
      return new ObdError('DISCONNECTED', 'The adapter link dropped; reconnecting');
    }
    if (this.stateValue === 'connecting' || this.stateValue === 'initializing') {
      return new ObdError('NOT_CONNECTED', 'The adapter is still being initialised');
    }
    return new ObdError('NOT_CONNECTED', 'No adapter connected');
  }

  private timeoutFor(command: string): number {
    if (/^ATZ$|^ATWS$|^ATD$/.test(command)) return this.timeouts.reset;
    if (isAtCommand(command)) return this.timeouts.at;
    return this.protocol !== null && !isCanProtocol(this.protocol)
      ? this.timeouts.legacy
      : this.timeouts.can;
  }

  /** With headers off and one ECU on the bus, the answer can only be that ECU's. */
  private tagSingleEcu(parsed: ParsedElmAnswer): ParsedElmAnswer {
    const info = this.infoValue;
    const only = info && !info.headers && info.ecus.length === 1 ? info.ecus[0] : undefined;
    if (only === undefined) return parsed;
    return {
      ...parsed,
      messages: parsed.messages.map((m) => (m.ecu === null ? { ...m, ecu: only } : m)),
      negatives: parsed.negatives.map((n) => (n.ecu === null ? { ...n, ecu: only } : n)),
    };
  }

  // ---------------------------------------------------------------------------------
  // Queue and the single in-flight exchange

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (;;) {
        const index = this.queue.findIndex(
          (job) => job.priority === 'system' || this.acceptsCommands(),
        );
        if (index === -1 || !this.transport) break;
        const job = this.queue.splice(index, 1)[0]!;
        try {
          const answer = await this.exchange(job.command, job.timeoutMs);
          this.consecutiveTimeouts = 0;
          job.resolve(answer);
        } catch (error) {
          job.reject(error as Error);
          if (isObdError(error) && error.code === 'TIMEOUT') await this.afterTimeout();
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  private exchange(command: string, timeoutMs: number): Promise<FramedAnswer> {
    const transport = this.transport;
    if (!transport) return Promise.reject(new ObdError('DISCONNECTED', 'The adapter link is down'));
    return new Promise<FramedAnswer>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.exchangeInFlight?.timer !== timer) return;
        this.exchangeInFlight = null;
        reject(
          new ObdError(
            'TIMEOUT',
            `No prompt from the adapter within ${timeoutMs} ms after ${command}`,
          ),
        );
      }, timeoutMs);
      this.exchangeInFlight = { command, resolve, reject, timer };
      this.framer.expectAnswerTo(command);
      this.note('tx', command);
      transport.write(`${command}\r`).catch((error: Error) => {
        if (this.exchangeInFlight?.timer !== timer) return;
        clearTimeout(timer);
        this.exchangeInFlight = null;
        reject(new ObdError('DISCONNECTED', `Write failed: ${error.message}`));
      });
    });
  }

  private onData(chunk: string): void {
    this.note('rx', chunk);
    for (const answer of this.framer.push(chunk)) {
      const exchange = this.exchangeInFlight;
      if (!exchange) {
        // A late answer to a command that already timed out: never give it to the next one.
        this.note('note', `dropped late answer: ${answer.lines.join(' | ')}`);
        if (answer.unexpectedReset) this.scheduleReinit();
        continue;
      }
      clearTimeout(exchange.timer);
      this.exchangeInFlight = null;
      exchange.resolve(answer);
    }
  }

  /**
   * After a timeout the adapter may still be busy and its late answer may still come. Wait
   * for quiet, then send a harmless ATI until an answer that is clearly ATI's comes back.
   */
  private async afterTimeout(): Promise<void> {
    this.consecutiveTimeouts++;
    if (this.consecutiveTimeouts >= (this.options.stallAfterTimeouts ?? 3)) {
      this.note('note', 'link stalled: reconnecting');
      this.handleLinkLoss(new Error('the adapter stopped answering'));
      return;
    }
    await delay(250);
    for (let attempt = 0; attempt < 3 && this.transport; attempt++) {
      this.framer.reset();
      try {
        const answer = await this.exchange('ATI', this.timeouts.at);
        if (answer.lines.some((line) => /ELM|STN|OBD|v\d/i.test(line))) return;
      } catch (error) {
        if (isObdError(error) && error.code !== 'TIMEOUT') return;
        if (++this.consecutiveTimeouts >= (this.options.stallAfterTimeouts ?? 3)) break;
      }
    }
    if (this.transport) {
      this.note('note', 'no answer to ATI after a timeout: reconnecting');
      this.handleLinkLoss(new Error('the adapter stopped answering'));
    }
  }

  private failAll(error: Error): void {
    const exchange = this.exchangeInFlight;
    if (exchange) {
      clearTimeout(exchange.timer);
      this.exchangeInFlight = null;
      exchange.reject(error);
    }
    for (const job of this.queue.splice(0)) job.reject(error);
  }

  // ---------------------------------------------------------------------------------
  // Link management

  private async openTransport(): Promise<void> {
    const transport = this.options.transportFactory();
    this.detachTransport = [
      transport.onData((chunk) => this.onData(chunk)),
      transport.onClose((error) => {
        if (this.transport !== transport) return;
        if (error !== null) this.handleLinkLoss(error);
      }),
    ];
    this.transport = transport;
    this.framer.reset();
    await transport.open();
  }

  private async dropTransport(): Promise<void> {
    const transport = this.transport;
    for (const detach of this.detachTransport) detach();
    this.detachTransport = [];
    this.transport = null;
    if (transport?.isOpen) await transport.close().catch(() => undefined);
  }

  private handleLinkLoss(error: Error): void {
    if (this.closing) return;
    const failure = new ObdError('DISCONNECTED', `Adapter link lost: ${error.message}`);
    this.failAll(failure);
    void this.dropTransport();
    if (!this.reconnectPolicy.enabled) {
      this.setState('failed', failure.toFailure());
      return;
    }
    this.setState('reconnecting', failure.toFailure());
    this.scheduleReconnect(0);
  }

  private scheduleReconnect(attempt: number): void {
    if (this.closing) return;
    if (attempt >= this.reconnectPolicy.maxAttempts) {
      this.setState('failed', {
        code: 'DISCONNECTED',
        message: `Gave up after ${attempt} reconnection attempts`,
      });
      return;
    }
    const wait = Math.min(
      this.reconnectPolicy.maxDelayMs,
      this.reconnectPolicy.initialDelayMs * 2 ** attempt,
    );
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void (async () => {
        try {
          await this.openTransport();
          if (this.closing) {
            await this.dropTransport();
            return;
          }
          await this.initialize();
        } catch (error) {
          if (this.closing) return;
          this.note('note', `reconnection attempt ${attempt + 1} failed: ${String(error)}`);
          await this.dropTransport();
          this.setState('reconnecting', toFailure(error));
          this.scheduleReconnect(attempt + 1);
        }
      })();
    }, wait);
  }

  /** The adapter reset itself (brown-out): every setting is gone, so initialise again. */
  private scheduleReinit(): void {
    if (this.reinitPending || this.stateValue === 'initializing') return;
    this.reinitPending = true;
    this.setState('initializing');
    void this.initialize()
      .catch((error: unknown) => this.setState('failed', toFailure(error)))
      .finally(() => {
        this.reinitPending = false;
      });
  }

  // ---------------------------------------------------------------------------------
  // Initialisation

  private async system(command: string, timeoutMs?: number): Promise<FramedAnswer | null> {
    if (this.overrides.disabledCommands?.some((c) => compactCommand(c) === command)) return null;
    const answer = await this.send(command, {
      priority: 'system',
      ...(timeoutMs ? { timeoutMs } : {}),
    });
    if (
      answerFailed(answer) &&
      this.profile &&
      !this.profile.unsupportedCommands.includes(command)
    ) {
      this.profile.unsupportedCommands.push(command);
    }
    return answer;
  }

  private async initialize(): Promise<AdapterInfo> {
    this.setState('initializing');
    const transport = this.transport;
    if (!transport) throw new ObdError('DISCONNECTED', 'No adapter link');
    const key = transport.adapterKey;
    const store = this.options.capabilityStore;
    this.overrides = key && store ? store.overrides(key) : {};
    this.profile = (key && store?.load(key)) || emptyProfile(key ?? transport.description);

    try {
      await this.system('ATZ');
    } catch (error) {
      if (!isObdError(error) || error.code !== 'TIMEOUT') throw error;
      // Some clones never prompt after ATZ; a warm start is enough for them.
      await this.system('ATWS').catch(() => null);
    }
    for (const command of ['ATE0', 'ATL0', 'ATS0', 'ATH1', 'ATAT1']) await this.system(command);
    for (const command of this.overrides.extraInitCommands ?? [])
      await this.system(compactCommand(command));

    const hint = this.options.protocolHint ?? null;
    await this.system(hint === null ? 'ATSP0' : `ATSPA${hint.toString(16).toUpperCase()}`);
    const discovery = await this.send('0100', {
      priority: 'system',
      timeoutMs: this.timeouts.search,
    });
    const first = parseElmAnswer(discovery.lines, { request: '0100' });

    const dpn = await this.system('ATDPN');
    const protocol = first.messages.length > 0 ? parseProtocolNumber(dpn?.lines[0] ?? '') : null;
    const ati = await this.system('ATI');
    const identity = ati?.lines.find((line) => /\S/.test(line) && line !== '?') ?? null;
    const sti = await this.system('STI');
    const stnIdentity = sti && !answerFailed(sti) ? (sti.lines[0] ?? null) : null;
    const rv = await this.system('ATRV');
    const voltageMatch = /(\d+(?:\.\d+)?)\s*V/i.exec(rv?.lines.join(' ') ?? '');
    const voltage = voltageMatch?.[1] ? Number(voltageMatch[1]) : null;

    const ecus = [
      ...new Set(first.messages.map((m) => m.ecu).filter((e): e is string => e !== null)),
    ];
    const headersSetting = this.overrides.headers ?? 'auto';
    // Headers stay on for several ECUs (every answer must be tagged) and on K-line, where
    // some clones return zeros with headers off (AndrOBD #348).
    const headers =
      headersSetting === 'on' ||
      (headersSetting === 'auto' &&
        (ecus.length !== 1 || protocol === null || !isCanProtocol(protocol)));

    this.infoValue = {
      description: transport.description,
      adapterKey: key,
      identity,
      stnIdentity,
      protocol,
      protocolName: protocol === null ? null : protocolName(protocol),
      voltage,
      headers: true,
      ecus,
      responseCountHint: false,
      multiPid: false,
    };

    if (protocol !== null) {
      await this.probeCapabilities(first, protocol);
      if (!headers) await this.system('ATH0');
    }
    this.infoValue.headers = headers || protocol === null;
    this.infoValue.responseCountHint =
      this.overrides.responseCountHint ?? this.profile.responseCountHint === true;
    this.infoValue.multiPid =
      this.overrides.multiPid ?? (this.profile.multiPid === true && isCanProtocol(protocol));
    this.updateProfile({ identity, stnIdentity, lastProtocol: protocol });

    this.setState(
      protocol === null ? 'no-vehicle' : 'ready',
      protocol === null ? first.error : null,
    );
    return this.infoValue;
  }

  /** Probed once per adapter; the profile remembers the result. */
  private async probeCapabilities(first: ParsedElmAnswer, protocol: ProtocolNumber): Promise<void> {
    const profile = this.profile!;
    if (profile.responseCountHint === null && this.overrides.responseCountHint === undefined) {
      const answer = await this.send('01001', { priority: 'system' });
      const parsed = parseElmAnswer(answer.lines, { request: '01001' });
      profile.responseCountHint = parsed.messages.length > 0;
    }
    if (
      profile.multiPid === null &&
      this.overrides.multiPid === undefined &&
      isCanProtocol(protocol)
    ) {
      const bitmap = first.messages[0]?.bytes.slice(2, 6) ?? [];
      const supported = new Set(decodeSupportedBitmap(0, bitmap).map((pid) => parseInt(pid, 16)));
      const pair = MULTI_PID_CANDIDATES.filter((pid) => supported.has(pid)).slice(0, 2);
      if (pair.length === 2) {
        const request: ObdRequest = { service: 1, pids: pair, frame: null, responseCount: null };
        const answer = await this.send(formatObdRequest(request), { priority: 'system' });
        const parsed = parseElmAnswer(answer.lines, { request, protocol });
        const pidsBack = new Set(
          parsed.messages.flatMap((m) =>
            decodePidPayload(m.bytes.slice(1)).values.map((v) => parseInt(v.pid, 16)),
          ),
        );
        profile.multiPid = pair.every((pid) => pidsBack.has(pid));
      }
    }
  }

  private updateProfile(patch: Partial<AdapterProfile>): void {
    if (!this.profile) return;
    Object.assign(this.profile, patch, { updatedAt: new Date().toISOString() });
    if (patch.responseCountHint === false && this.infoValue)
      this.infoValue.responseCountHint = false;
    const store = this.options.capabilityStore;
    if (store && this.transport?.adapterKey) store.save(this.profile);
  }

  private setState(state: SessionState, error: ObdFailure | null = null): void {
    if (this.stateValue === state && error === null) return;
    this.stateValue = state;
    this.note('note', `state: ${state}${error ? ` (${error.code})` : ''}`);
    this.stateListeners.emit(state, error);
    if (this.acceptsCommands()) void this.pump();
  }

  private note(direction: TranscriptEntry['direction'], text: string): void {
    this.transcriptListeners.emit({ at: Date.now(), direction, text });
  }
}

function toFailure(error: unknown): ObdFailure {
  if (isObdError(error)) return error.toFailure();
  return { code: 'DISCONNECTED', message: error instanceof Error ? error.message : String(error) };
}
