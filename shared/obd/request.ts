import { byteToHex, hexToBytes } from './hex';
import { ObdError } from './obd-error';

/** An OBD request as sent to the adapter, e.g. `010C`, `010C0D05`, `020C00`, `03`, `0902`. */
export interface ObdRequest {
  service: number;
  /** Mode 01: up to six PIDs; mode 02: the PID; mode 06: the MID; mode 09: the info type. */
  pids: number[];
  /** Mode 02 freeze-frame number (J1979 allows several; ECUs keep frame 00). */
  frame: number | null;
  /** ELM327 v1.3+ response-count hint: a single hex digit 1–F after the request. */
  responseCount: number | null;
}

const SERVICES_WITH_PID = new Set([0x01, 0x02, 0x05, 0x06, 0x08, 0x09]);

export function parseObdRequest(text: string): ObdRequest {
  let compact = text.replace(/\s+/g, '').toUpperCase();
  if (!/^[0-9A-F]+$/.test(compact)) {
    throw new ObdError('BAD_REQUEST', `"${text}" is not an OBD request (expected hex, e.g. 010C)`);
  }
  let responseCount: number | null = null;
  // The count hint is one digit, so an odd length means it is present (`010C1`).
  if (compact.length % 2 === 1) {
    const digit = parseInt(compact.slice(-1), 16);
    if (!(digit >= 1 && digit <= 15)) {
      throw new ObdError('BAD_REQUEST', `Invalid response-count digit in request "${text}"`);
    }
    responseCount = digit;
    compact = compact.slice(0, -1);
  }
  const bytes = hexToBytes(compact);
  const service = bytes?.[0];
  if (!bytes || service === undefined || service < 0x01 || service > 0x0f) {
    throw new ObdError('BAD_REQUEST', `"${text}" is not an OBD request (expected hex, e.g. 010C)`);
  }
  const rest = bytes.slice(1);
  if (service === 0x02) {
    const pid = rest[0];
    return { service, pids: pid === undefined ? [] : [pid], frame: rest[1] ?? 0, responseCount };
  }
  if (!SERVICES_WITH_PID.has(service) && rest.length > 0) {
    throw new ObdError('BAD_REQUEST', `Service ${byteToHex(service)} takes no PID`);
  }
  if (service === 0x01 && rest.length > 6) {
    throw new ObdError('BAD_REQUEST', 'At most six PIDs per mode 01 request (ELM327DSJ p. 45)');
  }
  return { service, pids: rest, frame: null, responseCount };
}

export function formatObdRequest(request: ObdRequest): string {
  const bytes = [request.service, ...request.pids];
  if (request.service === 0x02 && request.pids.length > 0) bytes.push(request.frame ?? 0);
  const hint =
    request.responseCount === null ? '' : request.responseCount.toString(16).toUpperCase();
  return bytes.map(byteToHex).join('') + hint;
}

export function responseServiceOf(request: Pick<ObdRequest, 'service'>): number {
  return request.service + 0x40;
}
