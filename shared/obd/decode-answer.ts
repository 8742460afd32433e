import { parseElmAnswer } from './answer-parser';
import type { EcuMessage, ParsedElmAnswer } from './answer-parser';
import { decodeDtcPayload } from './dtc';
import { byteToHex, bytesToHex } from './hex';
import { decodeMode06Payload } from './mode06';
import type { MonitorTestResult } from './mode06';
import { decodeVehicleInfo } from './mode09';
import { ObdError } from './obd-error';
import type { ObdFailure } from './obd-error';
import { decodePid, decodePidPayload } from './pids';
import { isCanProtocol } from './protocols';
import type { ProtocolNumber } from './protocols';
import { formatObdRequest, parseObdRequest } from './request';
import type { ObdRequest } from './request';
import type { PidValue } from './units';

/** One ECU's decoded answer, as printed by `novaevo obd decode --json` and stored by scans. */
export interface DecodedEcuAnswer {
  /** `7E8`, `18DAF110`, a legacy source address (`10`), or null without headers. */
  ecu: string | null;
  /** Response service byte, e.g. `41`. */
  service: string;
  values?: PidValue[];
  /** Mode 02 freeze-frame number. */
  frame?: number;
  dtcs?: string[];
  vin?: string | null;
  calibrationIds?: string[];
  cvns?: string[];
  ecuName?: string;
  supported?: string[];
  messageCount?: number;
  counters?: number[];
  monitorTests?: MonitorTestResult[];
  cleared?: boolean;
  negative?: { nrc: string; name: string };
  raw: string;
  error?: ObdFailure;
}

export interface DecodedAnswer {
  request: string;
  service: string;
  protocol: ProtocolNumber | null;
  responses: DecodedEcuAnswer[];
  /** The adapter's status when nothing usable came back (NO DATA, CAN ERROR, …). */
  error: ObdFailure | null;
  /** Partial problems: one ECU's broken multi-frame, a `<DATA ERROR` line, a stray answer. */
  warnings: ObdFailure[];
  /** ECUs that answered "response pending" (NRC 0x78) and nothing more. */
  pendingEcus: (string | null)[];
}

function hasCountByte(message: EcuMessage, protocol: ProtocolNumber | null): boolean | null {
  if (message.legacy) return false;
  if (message.layout === 'can11' || message.layout === 'can29') return true;
  if (protocol !== null) return isCanProtocol(protocol);
  return null;
}

/**
 * Module-level, not a closure per call: bundlers that keep function names wrap every closure
 * creation (`__name`), which showed up at 6 % of the decode hot path.
 */
function withFailure(
  answer: DecodedEcuAnswer,
  failure: ObdFailure | null,
  ecu: string | null,
): DecodedEcuAnswer {
  return failure ? { ...answer, error: { ...failure, ecu } } : answer;
}

export function decodeEcuMessage(
  message: EcuMessage,
  protocol: ProtocolNumber | null,
): DecodedEcuAnswer {
  const bytes = message.bytes;
  const service = bytes[0] ?? 0;
  const base: DecodedEcuAnswer = {
    ecu: message.ecu,
    service: byteToHex(service),
    raw: bytesToHex(bytes, ' '),
  };
  switch (service) {
    case 0x41: {
      const { values, failure } = decodePidPayload(bytes.slice(1));
      base.values = values;
      return failure ? withFailure(base, failure, message.ecu) : base;
    }
    case 0x42: {
      const pid = bytes[1] ?? 0;
      const frame = bytes[2] ?? 0;
      const value = decodePid(pid, bytes.slice(3));
      const answer: DecodedEcuAnswer = { ...base, frame, values: value ? [value] : [] };
      if (pid === 0x02 && value && typeof value.value === 'object') {
        const dtc = value.value.dtc;
        answer.dtcs = typeof dtc === 'string' ? [dtc] : [];
      }
      return value
        ? answer
        : withFailure(
            answer,
            {
              code: 'UNKNOWN_PID_LENGTH',
              message: `freeze-frame PID ${byteToHex(pid)} could not be decoded`,
            },
            message.ecu,
          );
    }
    case 0x43:
    case 0x47:
    case 0x4a:
      return { ...base, dtcs: decodeDtcPayload(bytes.slice(1), hasCountByte(message, protocol)) };
    case 0x44:
      return { ...base, cleared: true };
    case 0x46: {
      const { supported, tests, failure } = decodeMode06Payload(bytes.slice(1));
      return withFailure(
        supported ? { ...base, supported } : { ...base, monitorTests: tests },
        failure,
        message.ecu,
      );
    }
    case 0x49: {
      const { infoType: _infoType, raw: _raw, ...info } = decodeVehicleInfo(bytes, message.legacy);
      return { ...base, ...info };
    }
    default:
      return base;
  }
}

export function decodeParsedAnswer(
  parsed: ParsedElmAnswer,
  protocol: ProtocolNumber | null,
): DecodedAnswer {
  const responses = parsed.messages.map((message) => decodeEcuMessage(message, protocol));
  for (const negative of parsed.negatives) {
    responses.push({
      ecu: negative.ecu,
      service: '7F',
      negative: { nrc: byteToHex(negative.nrc), name: negative.name },
      raw: bytesToHex([0x7f, negative.service, negative.nrc], ' '),
    });
  }
  return {
    request: formatObdRequest(parsed.request),
    service: byteToHex(parsed.request.service),
    protocol,
    responses,
    error: parsed.error,
    warnings: parsed.failures,
    pendingEcus: parsed.pendingEcus,
  };
}

export interface DecodeOptions {
  request: string | ObdRequest;
  protocol?: ProtocolNumber | null;
}

/**
 * Decodes what an ELM327 printed for a request, offline (`novaevo obd decode`). Lines may be
 * separated by `\r` or `\n`. Never throws for a bad answer: adapter words become `error`.
 * Throws `ObdError('BAD_REQUEST')` only when the request itself is not an OBD request.
 */
export function decodeElmText(raw: string, options: DecodeOptions): DecodedAnswer {
  const request =
    typeof options.request === 'string' ? parseObdRequest(options.request) : options.request;
  const protocol = options.protocol ?? null;
  const text = raw.replace(/\\r/g, '\r').replace(/\\n/g, '\n').replace(/>/g, '');
  try {
    return decodeParsedAnswer(parseElmAnswer(text, { request, protocol }), protocol);
  } catch (error) {
    if (error instanceof ObdError) throw error;
    // A parser bug must not take the CLI down; report it as a malformed answer.
    return {
      request: formatObdRequest(request),
      service: byteToHex(request.service),
      protocol,
      responses: [],
      error: { code: 'MALFORMED_ANSWER', message: String(error) },
      warnings: [],
      pendingEcus: [],
    };
  }
}
