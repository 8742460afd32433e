import { classifyElmLine, elmErrorMessage } from './elm-status';
import { parseFrameLine } from './frames';
import type { BusFrame, FrameLayout } from './frames';
import { bytesToHex } from './hex';
import { assembleIndexedLines, IsoTpAssembler } from './iso-tp';
import { negativeResponseName, NRC_RESPONSE_PENDING } from './obd-error';
import type { ObdFailure } from './obd-error';
import { isEchoOf, splitAnswerLines } from './prompt-framer';
import { protocolFamily } from './protocols';
import type { ProtocolFamily, ProtocolNumber } from './protocols';
import { formatObdRequest, parseObdRequest, responseServiceOf } from './request';
import type { ObdRequest } from './request';

/** One ECU's complete positive answer, starting at the response service byte (`41`, `49`, …). */
export interface EcuMessage {
  ecu: string | null;
  layout: FrameLayout;
  bytes: number[];
  /**
   * Legacy-protocol shape: DTC answers have no count byte (three 2-byte slots per frame) and
   * mode 09 answers were numbered lines (`49 02 01..05`) merged without the sequence bytes.
   */
  legacy: boolean;
}

export interface NegativeResponse {
  ecu: string | null;
  service: number;
  nrc: number;
  name: string;
}

export interface ParsedElmAnswer {
  request: ObdRequest;
  messages: EcuMessage[];
  negatives: NegativeResponse[];
  /** ECUs that said "response pending" (NRC 0x78) and have not answered yet. */
  pendingEcus: (string | null)[];
  /** Problems with part of the answer (one ECU's broken multi-frame, a DATA ERROR line, …). */
  failures: ObdFailure[];
  /** Set when nothing usable came back: the adapter's status (NO DATA, CAN ERROR, …). */
  error: ObdFailure | null;
  /** `SEARCHING...`, `BUS INIT: ...OK`. */
  info: string[];
  /** Lines that were neither data nor ELM words (Bluetooth module chatter). */
  ignored: string[];
  /** The adapter printed its banner or LV RESET: its settings are gone. */
  adapterReset: boolean;
}

export interface ParseAnswerOptions {
  request: string | ObdRequest;
  protocol?: ProtocolNumber | null;
}

const SERVICES_ECHOING_PID = new Set([0x01, 0x02, 0x06, 0x09]);
const DTC_SERVICES = new Set([0x43, 0x47, 0x4a]);

interface ParsedLines {
  frames: BusFrame[];
  statusErrors: ObdFailure[];
  failures: ObdFailure[];
  info: string[];
  ignored: string[];
  adapterReset: boolean;
}

function readLines(
  lines: readonly string[],
  responseService: number,
  family: ProtocolFamily | null,
): ParsedLines {
  const result: ParsedLines = {
    frames: [],
    statusErrors: [],
    failures: [],
    info: [],
    ignored: [],
    adapterReset: false,
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = classifyElmLine(line);
    switch (kind.kind) {
      case 'ok':
      case 'info':
        result.info.push(line);
        break;
      case 'noise':
        result.ignored.push(line);
        break;
      case 'banner':
        result.adapterReset = true;
        result.statusErrors.push({
          code: 'ADAPTER_RESET',
          message: `The adapter restarted (${line}) and lost its settings`,
        });
        break;
      case 'status-error':
        if (kind.code === 'LV_RESET') result.adapterReset = true;
        result.statusErrors.push({ code: kind.code, message: elmErrorMessage(kind.code, line) });
        break;
      case 'data': {
        // Fast path, nearly every line: a frame line (an indexed `n:` line has a colon, a
        // byte-count line of the headers-off multi-frame form is at most 5 chars).
        if (line.length > 5 && !line.includes(':')) {
          const frame = parseFrameLine(line, { responseService, family });
          if ('code' in frame) result.failures.push(frame);
          else result.frames.push(frame);
          break;
        }
        const compact = line.replace(/\s+/g, '');
        if (/^[0-9A-F]{3}$/i.test(compact) && /^0:/.test(lines[i + 1]?.trim() ?? '')) {
          const indexed: string[] = [];
          while (/^[0-9A-F]:/i.test(lines[i + 1]?.trim() ?? '')) indexed.push(lines[++i]!);
          const block = assembleIndexedLines(compact, indexed);
          if ('failure' in block) result.failures.push(block.failure);
          else result.frames.push({ layout: 'plain', ecu: null, bytes: block.bytes });
        } else if (/^[0-9A-F]:/i.test(compact)) {
          result.failures.push({
            code: 'ISO_TP_SEQUENCE',
            message: `indexed line "${line}" without its byte-count line`,
            ecu: null,
          });
        } else {
          const frame = parseFrameLine(line, { responseService, family });
          if ('code' in frame) result.failures.push(frame);
          else result.frames.push(frame);
        }
        break;
      }
    }
  }
  return result;
}

function groupByEcu(frames: readonly BusFrame[]): Iterable<[string | null, readonly BusFrame[]]> {
  // One frame (nearly every polled answer): no map.
  if (frames.length === 1) return [[frames[0]!.ecu, frames]];
  const groups = new Map<string | null, BusFrame[]>();
  for (const frame of frames) {
    const group = groups.get(frame.ecu);
    if (group) group.push(frame);
    else groups.set(frame.ecu, [frame]);
  }
  return groups;
}

function sameBytes(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function seenBefore(seen: readonly number[][], bytes: readonly number[]): boolean {
  for (const previous of seen) if (sameBytes(previous, bytes)) return true;
  return false;
}

/**
 * Printable ASCII with no blank at either end: what the framer delivers. Same test as
 * /^[\x21-\x7E](?:[\x20-\x7E]*[\x21-\x7E])?$/, without a regex per line.
 */
function isCleanLine(line: string): boolean {
  const last = line.length - 1;
  if (last < 0) return false;
  for (let i = 0; i <= last; i++) {
    const code = line.charCodeAt(i);
    if (code > 0x7e || code < 0x20 || (code === 0x20 && (i === 0 || i === last))) return false;
  }
  return true;
}

const formattedRequests = new WeakMap<ObdRequest, string>();

/** Cached: the parser runs for every polled answer, the request object is reused. */
function formattedRequest(request: ObdRequest): string {
  let text = formattedRequests.get(request);
  if (text === undefined) {
    text = formatObdRequest(request);
    formattedRequests.set(request, text);
  }
  return text;
}

function reassemble(
  ecu: string | null,
  frames: readonly BusFrame[],
  failures: ObdFailure[],
): EcuMessage[] {
  const messages: EcuMessage[] = [];
  let assembler: IsoTpAssembler | null = null;
  const seenSingleFrames: number[][] = [];
  for (const frame of frames) {
    if (frame.layout !== 'can11' && frame.layout !== 'can29') {
      messages.push({
        ecu,
        layout: frame.layout,
        bytes: frame.bytes,
        legacy: frame.layout === 'legacy',
      });
      continue;
    }
    assembler ??= new IsoTpAssembler(ecu);
    for (const event of assembler.push(frame.bytes)) {
      if (event.kind === 'failure') {
        failures.push(event.failure);
        continue;
      }
      // Clones repeat a single frame (python-OBD #100): the same bytes twice are one answer.
      if (event.singleFrame) {
        if (seenBefore(seenSingleFrames, event.bytes)) continue;
        seenSingleFrames.push(event.bytes);
      }
      messages.push({ ecu, layout: frame.layout, bytes: event.bytes, legacy: false });
    }
  }
  const incomplete = assembler?.finish();
  if (incomplete) failures.push(incomplete);
  return messages;
}

/**
 * Legacy protocols split long answers over numbered lines (`49 02 01 …` … `49 02 05 …`) and
 * DTC answers over 3-slot frames with no count byte. Merge them per ECU into one message.
 */
function mergeLegacyLines(
  messages: EcuMessage[],
  family: ProtocolFamily | null,
  failures: ObdFailure[],
): EcuMessage[] {
  const first = messages[0];
  if (!first || messages.some((m) => m.layout === 'can11' || m.layout === 'can29')) return messages;
  const legacyContext = first.legacy || family === 'legacy';
  const service = first.bytes[0];
  if (service === undefined || messages.some((m) => m.bytes[0] !== service)) return messages;

  if (DTC_SERVICES.has(service)) {
    const legacyDtcFrames =
      legacyContext || (family === null && messages.every((m) => m.bytes.length === 7));
    if (!legacyDtcFrames) return messages;
    const bytes = [service, ...messages.flatMap((m) => m.bytes.slice(1))];
    return [{ ...first, bytes, legacy: true }];
  }

  if (service === 0x49 && family !== 'can11' && family !== 'can29') {
    const pid = first.bytes[1];
    const numbered =
      messages.every((m) => m.bytes.length === 7 && m.bytes[1] === pid) &&
      (legacyContext || messages.length > 1);
    if (!numbered || pid === undefined || pid % 2 === 1) return messages;
    const sorted = [...messages].sort((a, b) => (a.bytes[2] ?? 0) - (b.bytes[2] ?? 0));
    const contiguous = sorted.every((m, index) => m.bytes[2] === index + 1);
    if (!contiguous) {
      failures.push({
        code: 'ISO_TP_SEQUENCE',
        message: `numbered mode 09 lines are not 1..${sorted.length}`,
        ecu: first.ecu,
      });
      return [];
    }
    const bytes = [0x49, pid, ...sorted.flatMap((m) => m.bytes.slice(3))];
    return [{ ...first, bytes, legacy: true }];
  }
  return messages;
}

function describe(bytes: readonly number[]): string {
  return bytesToHex(bytes.slice(0, 8), ' ') + (bytes.length > 8 ? ' …' : '');
}

/**
 * Parses what the adapter printed for one OBD request (the lines before `>`): frames, ISO-TP
 * reassembly per ECU, legacy line merging, negative responses, and a check that each answer
 * matches the request's service and PID, so a late answer is never taken for this one.
 */
export function parseElmAnswer(
  input: string | readonly string[],
  options: ParseAnswerOptions,
): ParsedElmAnswer {
  const request =
    typeof options.request === 'string' ? parseObdRequest(options.request) : options.request;
  const protocol = options.protocol ?? null;
  const family = protocol === null ? null : protocolFamily(protocol);
  const responseService = responseServiceOf(request);
  // Lines from the framer are already clean; only split what still holds separators or noise.
  const rawLines: readonly string[] =
    typeof input === 'string'
      ? splitAnswerLines(input)
      : input.every(isCleanLine)
        ? input
        : input.flatMap(splitAnswerLines);
  const first = rawLines[0];
  const lines =
    first !== undefined && isEchoOf(first, formattedRequest(request))
      ? rawLines.slice(1)
      : rawLines;

  const parsed = readLines(lines, responseService, family);
  const failures = parsed.failures;
  const messages: EcuMessage[] = [];
  const negatives: NegativeResponse[] = [];
  // ECUs that said "pending" and ECUs that answered: a handful at most, and usually none.
  const pending: (string | null)[] = [];
  const answered: (string | null)[] = [];

  for (const [ecu, frames] of groupByEcu(parsed.frames)) {
    const candidates: EcuMessage[] = [];
    for (const message of reassemble(ecu, frames, failures)) {
      const bytes = message.bytes;
      const first = bytes[0];
      const second = bytes[1];
      const third = bytes[2];
      if (first === 0x7f) {
        if (second !== request.service || third === undefined) {
          failures.push({
            code: 'UNEXPECTED_RESPONSE',
            message: `negative answer to another service (${describe(message.bytes)})`,
            ecu,
          });
        } else if (third === NRC_RESPONSE_PENDING) {
          if (!pending.includes(ecu)) pending.push(ecu);
        } else {
          if (!answered.includes(ecu)) answered.push(ecu);
          negatives.push({ ecu, service: second, nrc: third, name: negativeResponseName(third) });
        }
        continue;
      }
      const pidMatches =
        !SERVICES_ECHOING_PID.has(request.service) ||
        request.pids.length === 0 ||
        (second !== undefined && request.pids.includes(second));
      const frameMatches =
        request.service !== 0x02 || request.pids.length === 0 || third === request.frame;
      if (first !== responseService || !pidMatches || !frameMatches) {
        failures.push({
          code: 'UNEXPECTED_RESPONSE',
          message: `answer ${describe(message.bytes)} does not match request ${formatObdRequest(request)}`,
          ecu,
        });
        continue;
      }
      candidates.push(message);
    }
    const merged = mergeLegacyLines(candidates, family, failures);
    if (merged.length > 0 && !answered.includes(ecu)) answered.push(ecu);
    messages.push(...merged);
  }

  const pendingEcus =
    pending.length === 0 ? pending : pending.filter((ecu) => !answered.includes(ecu));
  let error: ObdFailure | null = null;
  if (messages.length === 0 && negatives.length === 0 && pendingEcus.length === 0) {
    error = parsed.statusErrors[0] ??
      failures[0] ?? {
        code: 'NO_DATA',
        message:
          lines.length === 0 ? 'The adapter returned an empty answer' : elmErrorMessage('NO_DATA'),
      };
  } else {
    failures.push(...parsed.statusErrors);
  }
  return {
    request,
    messages,
    negatives,
    pendingEcus,
    failures,
    error,
    info: parsed.info,
    ignored: parsed.ignored,
    adapterReset: parsed.adapterReset,
  };
}
