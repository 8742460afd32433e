import type { ObdFailure } from './obd-error';

/**
 * ISO 15765-2 reassembly for one ECU (frames as printed by the ELM327 with headers on and
 * CAN auto-formatting on: the PCI byte is visible, the adapter sends the flow control).
 * Frames must be fed in arrival order; a missing or out-of-order consecutive frame drops the
 * whole message, because a VIN or DTC list with a hole is worse than none.
 */
export type IsoTpEvent =
  | { kind: 'message'; bytes: number[]; singleFrame: boolean }
  | { kind: 'failure'; failure: ObdFailure };

export class IsoTpAssembler {
  private expectedLength = 0;
  private nextSequence = 0;
  private collected: number[] | null = null;

  constructor(private readonly ecu: string | null) {}

  push(frame: readonly number[]): IsoTpEvent[] {
    const pci = frame[0];
    if (pci === undefined) return this.fail('MALFORMED_ANSWER', 'empty CAN frame');
    switch (pci >> 4) {
      case 0x0:
        return this.singleFrame(frame);
      case 0x1:
        return this.firstFrame(frame);
      case 0x2:
        return this.consecutiveFrame(frame);
      case 0x3:
        // Flow control (ATCAF0 or monitor mode): not payload.
        return [];
      default:
        return this.fail('MALFORMED_ANSWER', `unknown ISO-TP frame type ${pci >> 4}`);
    }
  }

  /** Called when the answer ended: a message still missing frames is a failure. */
  finish(): ObdFailure | null {
    if (this.collected === null) return null;
    const failure: ObdFailure = {
      code: 'ISO_TP_INCOMPLETE',
      message: `multi-frame message ended after ${this.collected.length} of ${this.expectedLength} bytes`,
      ecu: this.ecu,
    };
    this.collected = null;
    return failure;
  }

  private singleFrame(frame: readonly number[]): IsoTpEvent[] {
    const interrupted = this.interrupted();
    let length = frame[0]! & 0x0f;
    let start = 1;
    // CAN FD escape (ISO 15765-2:2016): SF_DL 0 means the length is in the next byte.
    if (length === 0) {
      length = frame[1] ?? 0;
      start = 2;
    }
    if (length === 0 || start + length > frame.length) {
      return [
        ...interrupted,
        ...this.fail('MALFORMED_ANSWER', `single frame announces ${length} bytes`),
      ];
    }
    // Bytes past the announced length are padding (00, 55 or AA).
    return [
      ...interrupted,
      { kind: 'message', bytes: frame.slice(start, start + length), singleFrame: true },
    ];
  }

  private firstFrame(frame: readonly number[]): IsoTpEvent[] {
    const interrupted = this.interrupted();
    const length = ((frame[0]! & 0x0f) << 8) | (frame[1] ?? 0);
    if (frame.length < 3 || length < 7) {
      return [
        ...interrupted,
        ...this.fail('MALFORMED_ANSWER', `first frame announces ${length} bytes`),
      ];
    }
    this.expectedLength = length;
    this.collected = frame.slice(2, 2 + length);
    this.nextSequence = 1;
    return interrupted;
  }

  private consecutiveFrame(frame: readonly number[]): IsoTpEvent[] {
    if (this.collected === null) {
      return this.fail('ISO_TP_SEQUENCE', 'consecutive frame without a first frame');
    }
    const sequence = frame[0]! & 0x0f;
    if (sequence !== this.nextSequence) {
      const expected = this.nextSequence;
      this.collected = null;
      return this.fail(
        'ISO_TP_SEQUENCE',
        `consecutive frame ${sequence} arrived where ${expected} was expected`,
      );
    }
    // The sequence number wraps F → 0 on messages longer than 111 bytes.
    this.nextSequence = (this.nextSequence + 1) & 0x0f;
    const remaining = this.expectedLength - this.collected.length;
    this.collected.push(...frame.slice(1, 1 + remaining));
    if (this.collected.length < this.expectedLength) return [];
    const bytes = this.collected;
    this.collected = null;
    return [{ kind: 'message', bytes, singleFrame: false }];
  }

  private interrupted(): IsoTpEvent[] {
    const failure = this.finish();
    return failure ? [{ kind: 'failure', failure }] : [];
  }

  private fail(code: ObdFailure['code'], message: string): IsoTpEvent[] {
    return [{ kind: 'failure', failure: { code, message, ecu: this.ecu } }];
  }
}

/**
 * Reassembles the headers-off CAF form: a byte-count line (`014`) then indexed lines
 * `0:` … `F:` `0:` … (the index is one hex digit and wraps). Bytes past the count are padding.
 */
export function assembleIndexedLines(
  lengthLine: string,
  indexedLines: readonly string[],
): { bytes: number[] } | { failure: ObdFailure } {
  const length = parseInt(lengthLine, 16);
  const bytes: number[] = [];
  let expectedIndex = 0;
  for (const line of indexedLines) {
    const match = /^([0-9A-F]):\s*([0-9A-F\s]*)$/i.exec(line.trim());
    if (!match?.[1] || match[2] === undefined) {
      return {
        failure: { code: 'MALFORMED_ANSWER', message: `bad indexed line "${line}"`, ecu: null },
      };
    }
    const index = parseInt(match[1], 16);
    if (index !== expectedIndex) {
      return {
        failure: {
          code: 'ISO_TP_SEQUENCE',
          message: `line ${index}: arrived where ${expectedIndex}: was expected`,
          ecu: null,
        },
      };
    }
    expectedIndex = (expectedIndex + 1) & 0x0f;
    const hex = match[2].replace(/\s+/g, '');
    if (hex.length % 2 !== 0) {
      return { failure: { code: 'MALFORMED_ANSWER', message: `odd hex in "${line}"`, ecu: null } };
    }
    for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
  }
  if (bytes.length < length) {
    return {
      failure: {
        code: 'ISO_TP_INCOMPLETE',
        message: `multi-line answer has ${bytes.length} of ${length} bytes`,
        ecu: null,
      },
    };
  }
  return { bytes: bytes.slice(0, length) };
}
