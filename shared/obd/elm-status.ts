import type { ObdErrorCode } from './obd-error';

/**
 * What one line of an ELM327 answer is. Status words come from ELM327DSJ pp. 87–88;
 * anything that is neither hex data nor a known word (Bluetooth module chatter such as
 * `+CONNECTING<<…`) is `noise` and must be ignored, not parsed.
 */
export type ElmLine =
  | { kind: 'data'; text: string }
  | { kind: 'info'; text: string }
  | { kind: 'ok' }
  | { kind: 'banner'; version: string }
  | { kind: 'status-error'; code: ObdErrorCode; text: string }
  | { kind: 'noise'; text: string };

const STATUS_ERRORS: ReadonlyArray<readonly [RegExp, ObdErrorCode]> = [
  [/^NO ?DATA$/, 'NO_DATA'],
  [/^\?$/, 'UNKNOWN_COMMAND'],
  [/^\?.+$/, 'UNKNOWN_COMMAND'],
  [/^STOPPED$/, 'STOPPED'],
  [/^CAN ?ERROR$/, 'CAN_ERROR'],
  [/^BUS ?ERROR$/, 'BUS_ERROR'],
  [/^BUS ?BUSY$/, 'BUS_BUSY'],
  [/^FB ?ERROR$/, 'FB_ERROR'],
  [/^<?DATA ?ERROR$/, 'DATA_ERROR'],
  [/^<?RX ?ERROR$/, 'RX_ERROR'],
  [/^BUFFER ?FULL$/, 'BUFFER_FULL'],
  [/^UNABLE ?TO ?CONNECT$/, 'UNABLE_TO_CONNECT'],
  [/^ACT ?ALERT$/, 'ACT_ALERT'],
  [/^LP ?ALERT$/, 'LP_ALERT'],
  [/^LV ?RESET$/, 'LV_RESET'],
  [/^ERR\d+$/, 'ADAPTER_INTERNAL_ERROR'],
];

export const ELM_ERROR_MESSAGES: Readonly<Partial<Record<ObdErrorCode, string>>> = {
  NO_DATA: 'No ECU answered the request (PID unsupported, ignition off or ECU busy)',
  UNKNOWN_COMMAND: 'The adapter did not understand the command',
  STOPPED: 'The adapter was interrupted before it finished',
  CAN_ERROR: 'CAN bus error (wrong protocol, wiring or bit rate)',
  BUS_ERROR: 'Bus error (wiring or a short on the OBD lines)',
  BUS_BUSY: 'The bus is too busy to send the request',
  BUS_INIT_ERROR: 'K-line bus initialisation failed',
  FB_ERROR: 'Feedback error on the bus output',
  DATA_ERROR: 'The adapter received a corrupted answer',
  RX_ERROR: 'The adapter received a malformed CAN frame',
  BUFFER_FULL: 'The adapter transmit buffer overflowed',
  UNABLE_TO_CONNECT: 'The adapter found no OBD protocol on the vehicle',
  ACT_ALERT: 'The adapter saw no activity and is going to low power',
  LP_ALERT: 'The adapter is entering low power mode',
  LV_RESET: 'The adapter reset after a low-voltage drop',
  ADAPTER_INTERNAL_ERROR: 'The adapter reported an internal error',
};

function normalize(line: string): string {
  return line.trim().toUpperCase().replace(/\s+/g, ' ');
}

function isHexCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** /^(?:[0-9A-Fa-f]: ?)?[0-9A-Fa-f][0-9A-Fa-f ]*$/ as a loop: this runs for every line. */
function isDataShaped(line: string): boolean {
  const length = line.length;
  let i = 0;
  if (length >= 2 && line.charCodeAt(1) === 58 && isHexCode(line.charCodeAt(0))) {
    i = 2;
    if (i < length && line.charCodeAt(i) === 32) i++;
  }
  if (i >= length || !isHexCode(line.charCodeAt(i))) return false;
  for (i++; i < length; i++) {
    const code = line.charCodeAt(i);
    if (code !== 32 && !isHexCode(code)) return false;
  }
  return true;
}

export function classifyElmLine(rawLine: string): ElmLine {
  // Fast path: nearly every line is data, and no status word is made of hex digits only.
  if (isDataShaped(rawLine)) return { kind: 'data', text: rawLine };
  const line = normalize(rawLine);
  if (line === 'OK') return { kind: 'ok' };
  if (/^SEARCHING\.*$/.test(line)) return { kind: 'info', text: line };
  // The dots are printed one by one while the 5-baud or fast init runs.
  if (/^BUS ?INIT:?/.test(line)) {
    return /ERROR/.test(line)
      ? { kind: 'status-error', code: 'BUS_INIT_ERROR', text: line }
      : { kind: 'info', text: line };
  }
  const banner = /^ELM327\s*(V\S*)/.exec(line);
  if (banner) return { kind: 'banner', version: banner[1]?.toLowerCase() ?? '' };
  // A data line with a trailing marker (`41 0C 0F A0 <DATA ERROR`): the bytes cannot be trusted.
  if (/<(DATA|RX) ?ERROR$/.test(line) && !/^<(DATA|RX)/.test(line)) {
    return {
      kind: 'status-error',
      code: line.includes('<RX') ? 'RX_ERROR' : 'DATA_ERROR',
      text: line,
    };
  }
  for (const [pattern, code] of STATUS_ERRORS) {
    if (pattern.test(line)) return { kind: 'status-error', code, text: line };
  }
  const compact = line.replace(/ /g, '');
  if (/^[0-9A-F]+$/.test(compact) || /^[0-9A-F]:[0-9A-F]*$/.test(compact)) {
    return { kind: 'data', text: line };
  }
  return { kind: 'noise', text: line };
}

export function elmErrorMessage(code: ObdErrorCode, text?: string): string {
  const base = ELM_ERROR_MESSAGES[code] ?? code;
  return text === undefined ? base : `${base} (${text})`;
}
