/**
 * Stable OBD error codes. ELM327 status words map onto these (ELM327DSJ pp. 87–88), as do
 * reassembly and session failures, so the UI and scripts can test the code, not the text.
 */
export const OBD_ERROR_CODES = [
  'NO_DATA',
  'UNABLE_TO_CONNECT',
  'CAN_ERROR',
  'BUS_ERROR',
  'BUS_BUSY',
  'BUS_INIT_ERROR',
  'FB_ERROR',
  'DATA_ERROR',
  'RX_ERROR',
  'BUFFER_FULL',
  'STOPPED',
  'UNKNOWN_COMMAND',
  'ACT_ALERT',
  'LP_ALERT',
  'LV_RESET',
  'ADAPTER_RESET',
  'ADAPTER_INTERNAL_ERROR',
  'NEGATIVE_RESPONSE',
  'UNEXPECTED_RESPONSE',
  'ISO_TP_SEQUENCE',
  'ISO_TP_INCOMPLETE',
  'CHECKSUM_ERROR',
  'MALFORMED_ANSWER',
  'UNKNOWN_PID_LENGTH',
  'BAD_REQUEST',
  'TIMEOUT',
  'DISCONNECTED',
  'NOT_CONNECTED',
  'CANCELLED',
  'CONFIRMATION_REQUIRED',
] as const;

export type ObdErrorCode = (typeof OBD_ERROR_CODES)[number];

/** A failure as data: what crosses the CLI/API boundary (`error: {code, message}`). */
export interface ObdFailure {
  code: ObdErrorCode;
  message: string;
  /** ECU address when the failure belongs to one ECU's answer. */
  ecu?: string | null;
}

export class ObdError extends Error {
  override readonly name = 'ObdError';
  constructor(
    readonly code: ObdErrorCode,
    message: string,
    readonly ecu: string | null = null,
  ) {
    super(message);
  }

  static from(failure: ObdFailure): ObdError {
    return new ObdError(failure.code, failure.message, failure.ecu ?? null);
  }

  toFailure(): ObdFailure {
    return this.ecu === null
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, ecu: this.ecu };
  }
}

export function isObdError(value: unknown): value is ObdError {
  return value instanceof ObdError;
}

/** ISO 14229 / ISO 15031-5 negative response codes an OBD ECU may send after `7F <sid>`. */
export const NEGATIVE_RESPONSE_NAMES: Readonly<Record<number, string>> = {
  0x10: 'generalReject',
  0x11: 'serviceNotSupported',
  0x12: 'subFunctionNotSupported',
  0x13: 'incorrectMessageLengthOrInvalidFormat',
  0x14: 'responseTooLong',
  0x21: 'busyRepeatRequest',
  0x22: 'conditionsNotCorrect',
  0x24: 'requestSequenceError',
  0x31: 'requestOutOfRange',
  0x33: 'securityAccessDenied',
  0x72: 'generalProgrammingFailure',
  0x78: 'requestCorrectlyReceivedResponsePending',
  0x7e: 'subFunctionNotSupportedInActiveSession',
  0x7f: 'serviceNotSupportedInActiveSession',
};

/** NRC 0x78: the ECU accepted the request and will answer later; keep waiting. */
export const NRC_RESPONSE_PENDING = 0x78;

export function negativeResponseName(nrc: number): string {
  return NEGATIVE_RESPONSE_NAMES[nrc] ?? `nrc0x${nrc.toString(16).toUpperCase().padStart(2, '0')}`;
}
