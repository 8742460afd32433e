import type { BusFrame, PrintSettings } from './bus-framing';
import { formatFrame, legacyFrame, segmentIsoTp } from './bus-framing';
import type { ProtocolFamily } from './elm-protocols';
import { automaticSearchOrder, elmProtocol, isCanFamily, needsBusInit } from './elm-protocols';
import type { AdaptiveTiming, LatencyOptions } from './latency-model';
import {
  busInitMs,
  canConsecutiveFrameMs,
  canFrameMs,
  defaultLatency,
  endWaitMs,
  kLineInterMessageMs,
  kLineMessageMs,
  searchAttemptMs,
  serialMs,
} from './latency-model';
import type { EcuAnswer } from './obd-responder';
import { answerRequest } from './obd-responder';
import type { SimEcu, SimScenario } from './scenario-schema';
import type { RandomSource } from './seeded-random';
import { seededRandom } from './seeded-random';
import { VehicleState } from './vehicle-model';

export interface SimulatedAdapterOptions {
  /** Milliseconds; drives the vehicle model. A fixed clock gives fixed signal values. */
  clock?: () => number;
  /** Simulate answer times (default false: answers are emitted synchronously). */
  latency?: boolean | LatencyOptions;
  /** Serial speed used to pace output when latency is on (default 38400). */
  baudRate?: number;
}

interface ProtocolSetting {
  /** '0' = automatic; otherwise the protocol digit (1–9, A–C). */
  readonly digit: string;
  /** ATSP0 or ATSP An: search automatically (trying `digit` first). */
  readonly auto: boolean;
}

interface ElmSettings {
  echo: boolean;
  linefeeds: boolean;
  spaces: boolean;
  headers: boolean;
  showDlc: boolean;
  canAutoFormat: boolean;
  adaptiveTiming: AdaptiveTiming;
  timeoutHex: number;
  protocol: ProtocolSetting;
  /** ATSH value, hex without spaces; null = the default functional header. */
  requestHeader: string | null;
  /** ATCRA value; null = receive every answer. */
  receiveFilter: string | null;
  canPriority: string;
}

const defaultSettings = (): ElmSettings => ({
  echo: true,
  linefeeds: false,
  spaces: true,
  headers: false,
  showDlc: false,
  canAutoFormat: true,
  adaptiveTiming: 1,
  timeoutHex: 0x32,
  protocol: { digit: '0', auto: true },
  requestHeader: null,
  receiveFilter: null,
  canPriority: '18',
});

/** Protocols an ELM knows but no scenario vehicle uses (ATDP names, datasheet). */
const extraProtocolNames: Record<string, string> = {
  A: 'SAE J1939 (CAN 29/250)',
  B: 'USER1 (CAN 11/125)',
  C: 'USER2 (CAN 11/50)',
};

/** AT commands accepted with OK whose effect the simulator does not model. */
const acceptedSettings =
  /^(M[01]|CFC[01]|AL|NL|R[01]|V[01]|KW[01]|IB(10|48|96)|SW[0-9A-F]{2}|IIA[0-9A-F]{2}|FE|CSM[01]|JE|JS|JHF[01]|JTM[15]|CM[0-9A-F]{3}|CF[0-9A-F]{3}|BI|SS|CEA([0-9A-F]{2})?|FCSM[0-2]|FCSH[0-9A-F]{3}|FCSD([0-9A-F]{2}){1,5}|TA[0-9A-F]{2}|WM([0-9A-F]{2}){3,6})$/;

interface TimedText {
  /** Earliest time (ms after the command's CR) the text can start on the line. */
  readonly atMs: number;
  readonly text: string;
}

type BusyKind = 'obd' | 'at' | 'reset';

interface ScheduledText {
  readonly dueAt: number;
  readonly text: string;
}

interface LinkFailure {
  readonly kind: 'failed';
  readonly atMs: number;
  /** Status lines ending the answer (the prompt follows). */
  readonly text: string;
}

interface TimedFrame {
  readonly atMs: number;
  readonly frame: BusFrame;
  /** Index of the ECU answer this frame belongs to, and whether it completes it. */
  readonly answer: number;
  readonly completesMessage: boolean;
}

/**
 * A virtual ELM327 (or STN) plugged into a virtual car. It speaks the adapter's text
 * protocol: commands end with CR, every answer ends with `\r\r>` (or CRLF pairs after ATL1),
 * and the bytes printed follow the ELM327 formatting rules exactly (see `bus-framing.ts`).
 */
export class SimulatedAdapter {
  readonly scenario: SimScenario;
  readonly vehicle: VehicleState;
  private readonly clock: () => number;
  private readonly startMs: number;
  private readonly latency: (LatencyOptions & typeof defaultLatency) | null;
  private readonly baudRate: number;
  private readonly random: RandomSource;
  private readonly outputListeners = new Set<(text: string) => void>();
  private readonly linkLossListeners = new Set<() => void>();
  private settings = defaultSettings();
  private foundProtocol: string | null = null;
  private busInitDone = false;
  private memorizedProtocol: string | undefined;
  private echoOffRequests = 0;
  private inputLine = '';
  private lastCommand: string | null = null;
  private plugged = true;
  private disposed = false;
  private busy: BusyKind | null = null;
  private pendingInput = '';
  private schedule: ScheduledText[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lineFreeAt = 0;

  constructor(scenario: SimScenario, options: SimulatedAdapterOptions = {}) {
    this.scenario = scenario;
    this.clock = options.clock ?? (() => performance.now());
    this.startMs = this.clock();
    this.vehicle = new VehicleState(scenario.vehicle, 0);
    this.latency =
      options.latency === undefined || options.latency === false
        ? null
        : { ...defaultLatency, ...(options.latency === true ? {} : options.latency) };
    this.baudRate = options.baudRate ?? 38_400;
    this.random = seededRandom(scenario.seed);
    this.memorizedProtocol = scenario.adapter.memorizedProtocol;
  }

  /** Seconds since the adapter was created, on the injected clock. */
  nowS(): number {
    return (this.clock() - this.startMs) / 1000;
  }

  onOutput(listener: (text: string) => void): () => void {
    this.outputListeners.add(listener);
    return () => this.outputListeners.delete(listener);
  }

  /** Called when the adapter is unplugged (cable pulled, Bluetooth or Wi-Fi gone). */
  onLinkLost(listener: () => void): () => void {
    this.linkLossListeners.add(listener);
    return () => this.linkLossListeners.delete(listener);
  }

  get isPlugged(): boolean {
    return this.plugged;
  }

  /** Bytes from the app. Partial writes accumulate until CR. */
  receive(text: string): void {
    if (this.disposed || !this.plugged) return;
    for (let i = 0; i < text.length; i++) {
      const char = text.charAt(i);
      if (this.busy === 'reset') continue;
      if (this.busy === 'at') {
        this.pendingInput += char;
        continue;
      }
      if (this.busy === 'obd') {
        // ELM327 datasheet: any character received while it works stops it; the
        // character itself is discarded, what follows starts a new command.
        this.interrupt();
        continue;
      }
      if (char === '\r') {
        const line = this.inputLine;
        this.inputLine = '';
        this.execute(line);
      } else if (char >= ' ' && char !== '\x7f') {
        this.inputLine += char;
      }
      // LF, NUL and other control characters are ignored, as the ELM327 does.
    }
  }

  setIgnition(on: boolean): void {
    this.vehicle.setIgnition(on, this.nowS());
    if (!on) this.busInitDone = false;
  }

  setEngineRunning(on: boolean): void {
    this.vehicle.setEngineRunning(on, this.nowS());
  }

  /** Power loss: pending output is lost, nothing is answered until `plugIn`. */
  unplug(): void {
    if (!this.plugged) return;
    this.plugged = false;
    this.cancelSchedule();
    this.busy = null;
    this.pendingInput = '';
    this.inputLine = '';
    for (const listener of [...this.linkLossListeners]) listener();
  }

  /** Power back: the chip starts fresh and prints its banner unprompted. */
  plugIn(): void {
    if (this.plugged || this.disposed) return;
    this.plugged = true;
    this.resetChip();
    this.output([{ atMs: this.latency?.resetMs ?? 0, text: this.bannerText() }], 'reset');
  }

  dispose(): void {
    this.disposed = true;
    this.cancelSchedule();
    this.outputListeners.clear();
    this.linkLossListeners.clear();
  }

  private get quirks(): SimScenario['adapter']['quirks'] {
    return this.scenario.adapter.quirks;
  }

  private get lineEnd(): string {
    return this.settings.linefeeds ? '\r\n' : '\r';
  }

  private lines(...lines: string[]): string {
    return lines.map((line) => line + this.lineEnd).join('');
  }

  private get prompt(): string {
    const nul =
      this.quirks.nulByteProbability > 0 && this.random() < this.quirks.nulByteProbability;
    return `${this.lineEnd}${nul ? '\0' : ''}>`;
  }

  private bannerText(): string {
    return this.lines('', '', this.scenario.adapter.identity) + this.prompt;
  }

  private resetChip(): void {
    if (this.foundProtocol !== null) this.memorizedProtocol = this.foundProtocol;
    this.settings = defaultSettings();
    this.foundProtocol = null;
    this.busInitDone = false;
    this.echoOffRequests = 0;
  }

  private execute(rawLine: string): void {
    const compact = rawLine.replace(/\s/g, '').toUpperCase();
    const echo = this.settings.echo ? rawLine + this.lineEnd : '';
    if (compact === '') {
      // A bare CR repeats the last command on a genuine ELM; clones often ignore it.
      if (this.lastCommand === null || this.quirks.ignoresRepeat) {
        this.output([{ atMs: 0, text: echo + '>' }], 'at');
        return;
      }
      this.run(this.lastCommand, echo);
      return;
    }
    this.lastCommand = compact;
    this.run(compact, echo);
  }

  private run(command: string, echo: string): void {
    if (this.quirks.unsupportedCommands.includes(command)) {
      this.answerAt(echo, ['?']);
      return;
    }
    if (command.startsWith('AT')) {
      this.runAtCommand(command.slice(2), echo);
    } else if (command.startsWith('ST')) {
      this.runStCommand(command.slice(2), echo);
    } else {
      this.runObdRequest(command, echo);
    }
  }

  private answerAt(echo: string, lines: string[]): void {
    const atMs = this.latency?.atCommandMs ?? 0;
    this.output(
      [
        { atMs: 0, text: echo },
        { atMs, text: this.lines(...lines) + this.prompt },
      ],
      'at',
    );
  }

  private runStCommand(command: string, echo: string): void {
    const adapter = this.scenario.adapter;
    if (adapter.chip !== 'stn') return this.answerAt(echo, ['?']);
    if (command === 'I') return this.answerAt(echo, [adapter.stnIdentity ?? 'STN1110 v4.2.1']);
    if (command === 'DI') return this.answerAt(echo, [adapter.stnDeviceDescription ?? 'OBDLink']);
    return this.answerAt(echo, ['?']);
  }

  private runAtCommand(command: string, echo: string): void {
    const s = this.settings;
    const ok = (): void => this.answerAt(echo, ['OK']);
    const onOff = /^(E|L|S|H|D|CAF)([01])$/.exec(command);
    if (onOff) {
      const on = onOff[2] === '1';
      switch (onOff[1]) {
        case 'E':
          this.echoOffRequests += on ? 0 : 1;
          // A clone quirk: the first ATE0 after power-up answers OK but leaves echo on.
          s.echo = on || (this.quirks.ignoresFirstEchoOff && this.echoOffRequests === 1);
          break;
        case 'L':
          s.linefeeds = on;
          break;
        case 'S':
          s.spaces = on;
          break;
        case 'H':
          s.headers = on;
          break;
        case 'D':
          s.showDlc = on;
          break;
        case 'CAF':
          s.canAutoFormat = on;
          break;
      }
      return ok();
    }
    switch (command) {
      case 'Z':
      case 'WS': {
        this.resetChip();
        const resetMs = this.latency ? (command === 'Z' ? this.latency.resetMs : 120) : 0;
        this.output(
          [
            { atMs: 0, text: echo },
            { atMs: resetMs, text: this.bannerText() },
          ],
          'reset',
        );
        return;
      }
      case 'D':
        this.settings = { ...defaultSettings(), protocol: s.protocol };
        return ok();
      case 'I':
        return this.answerAt(echo, [this.scenario.adapter.identity]);
      case '@1':
        return this.answerAt(echo, [this.scenario.adapter.deviceDescription]);
      case 'RV':
        return this.answerAt(echo, [`${this.vehicle.batteryVoltage().toFixed(1)}V`]);
      case 'IGN':
        return this.answerAt(echo, [this.vehicle.ignitionOn ? 'ON' : 'OFF']);
      case 'DP':
        return this.answerAt(echo, [this.describeProtocol()]);
      case 'DPN':
        return this.answerAt(echo, [this.describeProtocolNumber()]);
      case 'PC':
        this.busInitDone = false;
        return ok();
      case 'AR':
        s.receiveFilter = null;
        return ok();
      case 'CRA':
        s.receiveFilter = null;
        return ok();
    }
    const timing = /^AT([0-2])$/.exec(command);
    if (timing) {
      s.adaptiveTiming = Number(timing[1]) as AdaptiveTiming;
      return ok();
    }
    const timeout = /^ST([0-9A-F]{2})$/.exec(command);
    if (timeout) {
      const value = Number.parseInt(timeout[1] ?? '32', 16);
      s.timeoutHex = value === 0 ? 0x32 : value;
      return ok();
    }
    const protocol = /^(SP|TP)(A?)([0-9A-C])$/.exec(command);
    if (protocol) {
      const digit = protocol[3] ?? '0';
      s.protocol = { digit, auto: digit === '0' || protocol[2] === 'A' };
      this.foundProtocol = null;
      this.busInitDone = false;
      return ok();
    }
    const header = /^SH([0-9A-F]{3}|[0-9A-F]{6}|[0-9A-F]{8})$/.exec(command);
    if (header) {
      s.requestHeader = header[1] ?? null;
      return ok();
    }
    const filter = /^CRA([0-9A-F]{3}|[0-9A-F]{8})$/.exec(command);
    if (filter) {
      s.receiveFilter = filter[1] ?? null;
      return ok();
    }
    const priority = /^CP([0-9A-F]{2})$/.exec(command);
    if (priority) {
      s.canPriority = priority[1] ?? '18';
      return ok();
    }
    if (acceptedSettings.test(command)) return ok();
    this.answerAt(echo, ['?']);
  }

  private protocolName(digit: string): string {
    return elmProtocol(digit)?.name ?? extraProtocolNames[digit] ?? 'AUTO';
  }

  private describeProtocol(): string {
    const { digit, auto } = this.settings.protocol;
    const current = this.foundProtocol ?? digit;
    if (current === '0') return 'AUTO';
    return `${auto ? 'AUTO, ' : ''}${this.protocolName(current)}`;
  }

  private describeProtocolNumber(): string {
    const { digit, auto } = this.settings.protocol;
    return `${auto ? 'A' : ''}${this.foundProtocol ?? digit}`;
  }

  // ---------------------------------------------------------------------------------
  // OBD requests

  private runObdRequest(command: string, echo: string): void {
    const question = (): void => this.answerAt(echo, ['?']);
    if (!/^[0-9A-F]+$/.test(command)) return question();
    let hex = command;
    let count: number | null = null;
    if (hex.length % 2 === 1) {
      // The response-count digit (ELM327 ≥ 1.3): one hex digit 1–F after the request.
      const digit = Number.parseInt(hex.slice(-1), 16);
      if (digit === 0 || this.quirks.rejectsResponseCountHint || hex.length < 3) return question();
      count = digit;
      hex = hex.slice(0, -1);
    }
    const bytes = (hex.match(/../g) ?? []).map((b) => Number.parseInt(b, 16));
    const maxBytes = this.settings.canAutoFormat ? 7 : 8;
    if (bytes.length === 0 || bytes.length > maxBytes) return question();

    const chunks: TimedText[] = [{ atMs: 0, text: echo }];
    const link = this.establishLink(bytes, chunks);
    if (link.kind === 'failed') {
      chunks.push({ atMs: link.atMs, text: link.text + this.prompt });
      this.output(chunks, 'obd');
      return;
    }
    const family = elmProtocol(link.digit)?.family;
    if (family === undefined) {
      const atMs = link.atMs + this.settings.timeoutHex * 4;
      chunks.push({ atMs, text: this.lines('NO DATA') + this.prompt });
      this.output(chunks, 'obd');
      return;
    }
    const answers = link.answers ?? this.ask(bytes, family);
    this.printAnswers(answers, family, link.digit, count, link.atMs, chunks);
    this.output(chunks, 'obd');
  }

  /** The request as the ECUs see it: with CAF off the app supplies the ISO-TP PCI byte. */
  private ecuRequest(bytes: readonly number[], family: ProtocolFamily): number[] | null {
    if (!isCanFamily(family) || this.settings.canAutoFormat) return [...bytes];
    const [pci, ...rest] = bytes;
    return pci === rest.length ? rest : null;
  }

  private ask(bytes: readonly number[], family: ProtocolFamily): EcuAnswer[] {
    const request = this.ecuRequest(bytes, family);
    if (request === null || !this.vehicle.ignitionOn) return [];
    return answerRequest(request, this.addressedEcus(family), {
      vehicle: this.vehicle,
      family,
      nowS: this.nowS(),
    }).filter((answer) => this.passesReceiveFilter(answer.ecu));
  }

  /** ECUs addressed by the current header: all for a functional header, one for a physical one. */
  private addressedEcus(family: ProtocolFamily): SimEcu[] {
    const header = this.settings.requestHeader;
    const ecus = this.vehicle.ecus;
    if (header === null) return ecus;
    if (family === 'can11') {
      if (header.length !== 3) return [];
      if (header === '7DF') return ecus;
      const target = Number.parseInt(header, 16) + 8;
      return ecus.filter((ecu) => Number.parseInt(ecu.address, 16) === target);
    }
    if (family === 'can29') {
      const full = header.length === 8 ? header : `${this.settings.canPriority}${header.slice(-6)}`;
      if (/^..DB33F1$/.test(full)) return ecus;
      const physical = /^..DA(..)F1$/.exec(full);
      return physical ? ecus.filter((ecu) => ecu.address.slice(6) === physical[1]) : [];
    }
    // K-line / J1850: the second header byte is the target; 6A and 33 are functional.
    const target = header.slice(2, 4);
    if (target === '6A' || target === '33') return ecus;
    return ecus.filter((ecu) => ecu.address === target);
  }

  private passesReceiveFilter(ecu: SimEcu): boolean {
    const filter = this.settings.receiveFilter;
    return filter === null || filter === ecu.address;
  }

  private establishLink(
    bytes: readonly number[],
    chunks: TimedText[],
  ): { kind: 'ok'; digit: string; atMs: number; answers?: EcuAnswer[] } | LinkFailure {
    const vehicleDigit = this.scenario.vehicle.protocol;
    const vehicleProtocol = elmProtocol(vehicleDigit);
    const ignition = this.vehicle.ignitionOn;
    const latency = this.latency !== null;

    if (this.foundProtocol !== null) {
      const digit = this.foundProtocol;
      const family = elmProtocol(digit)?.family;
      if (family !== undefined && isCanFamily(family) && !ignition) {
        // Nobody acknowledges the ELM's frame on a sleeping bus.
        if (this.settings.protocol.auto) this.foundProtocol = null;
        return { kind: 'failed', atMs: latency ? 60 : 0, text: this.lines('CAN ERROR') };
      }
      if (family !== undefined && needsBusInit(family) && !this.busInitDone) {
        return this.busInit(digit, chunks);
      }
      return { kind: 'ok', digit, atMs: 0 };
    }

    const { digit, auto } = this.settings.protocol;
    if (!auto) {
      const forced = elmProtocol(digit);
      if (forced === undefined || vehicleProtocol === undefined) {
        this.foundProtocol = digit;
        return { kind: 'ok', digit, atMs: 0 };
      }
      if (needsBusInit(forced.family)) return this.busInit(digit, chunks);
      if (isCanFamily(forced.family)) {
        const sameBitRate =
          isCanFamily(vehicleProtocol.family) && vehicleProtocol.busBitRate === forced.busBitRate;
        if (!ignition || !sameBitRate) {
          return { kind: 'failed', atMs: latency ? 60 : 0, text: this.lines('CAN ERROR') };
        }
      }
      // Right bus, maybe the wrong identifier length: the ECUs then stay silent (NO DATA).
      this.foundProtocol = digit;
      if (digit !== vehicleDigit) {
        return { kind: 'ok', digit, atMs: 0, answers: [] };
      }
      return { kind: 'ok', digit, atMs: 0 };
    }

    // Automatic search: the memorised protocol (or the one named by ATSP An) first,
    // then the datasheet order. The user's own request is what is sent on each protocol.
    chunks.push({ atMs: 0, text: this.lines('SEARCHING...') });
    const first = digit !== '0' ? digit : this.memorizedProtocol;
    const order = [...new Set([...(first ? [first] : []), ...automaticSearchOrder])];
    let atMs = 0;
    for (const candidate of order) {
      const family = elmProtocol(candidate)?.family;
      const present = ignition && candidate === vehicleDigit && family !== undefined;
      const answers = present ? this.ask(bytes, family) : [];
      const found = answers.length > 0;
      atMs += latency ? searchAttemptMs(candidate, found) : 0;
      if (found) {
        this.foundProtocol = candidate;
        this.memorizedProtocol = candidate;
        this.busInitDone = family !== undefined && needsBusInit(family);
        return { kind: 'ok', digit: candidate, atMs, answers };
      }
    }
    return { kind: 'failed', atMs, text: this.lines('UNABLE TO CONNECT') };
  }

  /** ISO 9141-2 / ISO 14230-4 initialisation, printed dot by dot as it progresses. */
  private busInit(
    digit: string,
    chunks: TimedText[],
  ): { kind: 'ok'; digit: string; atMs: number } | LinkFailure {
    const totalMs = this.latency ? busInitMs(digit) : 0;
    chunks.push({ atMs: 0, text: 'BUS INIT: ' });
    for (let dot = 1; dot <= 3; dot++) chunks.push({ atMs: (totalMs * dot) / 4, text: '.' });
    const success = this.vehicle.ignitionOn && digit === this.scenario.vehicle.protocol;
    // The outcome completes the `BUS INIT: ...` line.
    if (!success) return { kind: 'failed', atMs: totalMs, text: this.lines('ERROR') };
    chunks.push({ atMs: totalMs, text: this.lines('OK') });
    this.foundProtocol = digit;
    this.busInitDone = true;
    return { kind: 'ok', digit, atMs: totalMs };
  }

  private ecuResponseMs(ecu: SimEcu): number {
    if (this.latency === null) return ecu.responseMs;
    const base = this.latency.ecuResponseMs ?? ecu.responseMs;
    const jitter = (this.random() * 2 - 1) * this.latency.jitterMs;
    return Math.max(0, base + jitter + this.quirks.extraLatencyMs);
  }

  private frameAnswers(
    answers: readonly EcuAnswer[],
    family: ProtocolFamily,
    digit: string,
    startMs: number,
  ): TimedFrame[] {
    const frames: TimedFrame[] = [];
    const busBitRate = elmProtocol(digit)?.busBitRate ?? 500_000;
    answers.forEach((answer, index) => {
      const ecuMs = this.ecuResponseMs(answer.ecu);
      if (isCanFamily(family)) {
        const padding =
          answer.ecu.canPadding === null ? null : Number.parseInt(answer.ecu.canPadding, 16);
        const frameMs = canFrameMs(busBitRate, family === 'can29');
        for (const message of answer.messages) {
          const segments = segmentIsoTp(answer.ecu.address, message, padding);
          segments.forEach((frame, k) => {
            frames.push({
              atMs: startMs + ecuMs + frameMs * (k + 1) + k * canConsecutiveFrameMs,
              frame,
              answer: index,
              completesMessage: k === segments.length - 1,
            });
          });
        }
      } else {
        const source = Number.parseInt(answer.ecu.address, 16);
        let atMs = startMs + ecuMs;
        for (const message of answer.messages) {
          atMs += kLineMessageMs(message.length + 4);
          frames.push({
            atMs,
            frame: legacyFrame(family, digit, source, message),
            answer: index,
            completesMessage: true,
          });
          atMs += kLineInterMessageMs;
        }
      }
    });
    // Stable sort: at equal times the ECU listed first wins, so output is deterministic.
    return frames.sort((a, b) => a.atMs - b.atMs);
  }

  private printAnswers(
    answers: readonly EcuAnswer[],
    family: ProtocolFamily,
    digit: string,
    count: number | null,
    startMs: number,
    chunks: TimedText[],
  ): void {
    const s = this.settings;
    const ceilingMs = s.timeoutHex * 4;
    if (answers.length === 0) {
      const atMs = startMs + (this.latency ? ceilingMs : 0);
      chunks.push({ atMs, text: this.lines('NO DATA') + this.prompt });
      return;
    }
    const frames = this.frameAnswers(answers, family, digit, startMs);
    const printSettings: PrintSettings = {
      headers: s.headers,
      spaces: s.spaces,
      canAutoFormat: s.canAutoFormat,
      showDlc: s.showDlc,
    };
    const multiFrame = frames.length > 1;
    const bufferFull =
      multiFrame &&
      this.quirks.bufferFullProbability > 0 &&
      this.random() < this.quirks.bufferFullProbability;
    let completed = 0;
    let lastMs = startMs;
    let printed = 0;
    for (const timed of frames) {
      if (bufferFull && printed >= Math.ceil(frames.length / 2)) {
        chunks.push({ atMs: timed.atMs, text: this.lines('BUFFER FULL') + this.prompt });
        return;
      }
      const text = this.lines(...formatFrame(timed.frame, printSettings));
      chunks.push({ atMs: timed.atMs, text });
      printed++;
      const isSingle = timed.frame.bus === 'can' && timed.frame.kind === 'single';
      if (
        isSingle &&
        this.quirks.duplicateFrameProbability > 0 &&
        this.random() < this.quirks.duplicateFrameProbability
      ) {
        chunks.push({ atMs: timed.atMs, text });
      }
      lastMs = timed.atMs;
      if (timed.completesMessage) completed++;
      if (count !== null && completed >= count) break;
    }
    // Adaptive timing learns from the answer times it sees: the slowest ECU's here.
    const slowestEcu = Math.max(
      ...answers.map((a) => this.latency?.ecuResponseMs ?? a.ecu.responseMs),
    );
    const countReached = count !== null && completed >= count;
    const waitMs = this.latency
      ? endWaitMs(s.adaptiveTiming, s.timeoutHex, slowestEcu, countReached)
      : 0;
    chunks.push({ atMs: lastMs + waitMs, text: this.prompt });
  }

  // ---------------------------------------------------------------------------------
  // Output pacing

  private output(chunks: readonly TimedText[], kind: BusyKind): void {
    const texts = chunks.filter((chunk) => chunk.text !== '');
    if (texts.length === 0) return;
    if (this.latency === null) {
      this.emit(texts.map((chunk) => chunk.text).join(''));
      return;
    }
    // Each chunk leaves when it is ready and the serial line is free, and takes
    // chars × 10 / baud on the line (8N1); it is delivered when its last bit is out.
    const start = performance.now();
    for (const chunk of texts) {
      const begin = Math.max(start + chunk.atMs, this.lineFreeAt);
      const dueAt = begin + serialMs(chunk.text.length, this.baudRate);
      this.lineFreeAt = dueAt;
      this.schedule.push({ dueAt, text: chunk.text });
    }
    this.busy = kind;
    this.armTimer();
  }

  private armTimer(): void {
    if (this.timer !== null) return;
    const next = this.schedule[0];
    if (next === undefined) {
      this.busy = null;
      const pending = this.pendingInput;
      this.pendingInput = '';
      if (pending !== '') this.receive(pending);
      return;
    }
    this.timer = setTimeout(
      () => {
        this.timer = null;
        const now = performance.now();
        let text = '';
        while (this.schedule[0] !== undefined && this.schedule[0].dueAt <= now + 0.5) {
          text += this.schedule.shift()?.text ?? '';
        }
        if (text !== '') this.emit(text);
        this.armTimer();
      },
      Math.max(0, next.dueAt - performance.now()),
    );
  }

  private cancelSchedule(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.schedule = [];
    this.lineFreeAt = 0;
  }

  private interrupt(): void {
    this.cancelSchedule();
    this.busy = null;
    this.output([{ atMs: 0, text: this.lines('STOPPED') + this.prompt }], 'at');
  }

  private emit(text: string): void {
    for (const listener of [...this.outputListeners]) listener(text);
  }
}
