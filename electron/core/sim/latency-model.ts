/**
 * Timing model of an ELM327 answering over a serial line.
 *
 * For one OBD request, with t = 0 when the request's CR reaches the adapter:
 *
 *   frame arrival  t_f   = search + busInit + ecuMs(ecu) + jitter + k × frameGapMs
 *                          (k = index of the frame within that ECU's answer: CAN consecutive
 *                          frames follow the ELM's flow control ~1 ms apart; K-line messages
 *                          are separated by P2 ≈ 25 ms plus their own bytes at 10.4 kbaud)
 *   line printed   when its frame has arrived and the serial line is free; each line then takes
 *                  chars × 10 / baud seconds (8N1 = 10 bits per character)
 *   end of answer  last frame + endWaitMs, where endWaitMs = 0 when the response-count digit
 *                  is reached, else the ELM's quiet-time timeout:
 *                    AT0: ST × 4 ms
 *                    AT1: min(ST × 4, max(30, 2 × ecuMs))
 *                    AT2: min(ST × 4, max(15, 1.25 × ecuMs))
 *   prompt         `\r>` serialised after the end of the answer.
 *
 * The request itself also crosses the line: requestChars × 10 / baud before t = 0.
 * So a single-ECU single-frame request answered with the count digit costs
 *
 *   T = (requestChars + answerChars) × 10 / baud + ecuMs + canFrameMs
 *
 * which is what `linkLimitedRequestMs` returns; a benchmark's link-limited maximum is
 * PIDs per request / T. AT commands take `atCommandMs` plus their characters; ATZ takes `resetMs`.
 */
export interface LatencyOptions {
  /** Overrides every ECU's `responseMs` from the scenario. */
  ecuResponseMs?: number;
  /** ± jitter (ms) added per ECU answer, drawn from the scenario's seeded PRNG. */
  jitterMs?: number;
  atCommandMs?: number;
  resetMs?: number;
}

export const defaultLatency: Required<Omit<LatencyOptions, 'ecuResponseMs'>> = {
  jitterMs: 3,
  atCommandMs: 2,
  resetMs: 800,
};

export const bitsPerSerialChar = 10;

export function serialMs(chars: number, baudRate: number): number {
  return (chars * bitsPerSerialChar * 1000) / baudRate;
}

/**
 * Time a CAN data frame with 8 data bytes occupies the bus: 111 bits (11-bit id) or
 * 131 bits (29-bit id) including the interframe space, plus ~10 % bit stuffing.
 */
export function canFrameMs(busBitRate: number, extendedId: boolean): number {
  return (((extendedId ? 131 : 111) * 1.1) / busBitRate) * 1000;
}

/** A K-line message: 10 bits per byte at 10.4 kbaud plus ~1 ms inter-byte time (P1). */
export function kLineMessageMs(bytes: number): number {
  return bytes * ((bitsPerSerialChar * 1000) / 10_400 + 1);
}

/** ISO 14230 P2: the gap before each further message of a multi-message answer. */
export const kLineInterMessageMs = 25;

/** CAN consecutive frames follow the flow control at this pace (ECU STmin ≈ 0–1 ms). */
export const canConsecutiveFrameMs = 1;

export type AdaptiveTiming = 0 | 1 | 2;

export function endWaitMs(
  adaptiveTiming: AdaptiveTiming,
  timeoutHex: number,
  ecuMs: number,
  countReached: boolean,
): number {
  if (countReached) return 0;
  const ceiling = timeoutHex * 4;
  switch (adaptiveTiming) {
    case 0:
      return ceiling;
    case 1:
      return Math.min(ceiling, Math.max(30, 2 * ecuMs));
    case 2:
      return Math.min(ceiling, Math.max(15, 1.25 * ecuMs));
  }
}

/**
 * Time of an automatic protocol search step: trying a protocol that is not there
 * (J1850 ≈ 150 ms, the 5-baud inits of ISO 9141-2/KWP ≈ 2.6 s, KWP fast init ≈ 350 ms,
 * each CAN variant ≈ 120 ms) or finding the right one.
 */
export function searchAttemptMs(digit: string, found: boolean): number {
  if (digit === '3' || digit === '4') return found ? 2_400 : 2_600;
  if (digit === '5') return found ? 300 : 350;
  if (digit === '1' || digit === '2') return found ? 100 : 150;
  return found ? 60 : 120;
}

/** Bus init of a forced K-line protocol (ATSP3/4/5) printed as `BUS INIT: ...`. */
export function busInitMs(digit: string): number {
  return digit === '5' ? 300 : 2_400;
}

export interface LinkLimitInput {
  /** Characters sent by the app, CR included (e.g. `010C1\r` = 6). */
  requestChars: number;
  /** Characters printed back, echo, CRs and the prompt included. */
  answerChars: number;
  baudRate: number;
  ecuMs: number;
  busBitRate?: number;
  frames?: number;
  extendedId?: boolean;
}

/** Best case for one request answered with the response-count digit (see the formula above). */
export function linkLimitedRequestMs(input: LinkLimitInput): number {
  const frames = input.frames ?? 1;
  const bus = canFrameMs(input.busBitRate ?? 500_000, input.extendedId ?? false) * frames;
  return (
    serialMs(input.requestChars + input.answerChars, input.baudRate) +
    input.ecuMs +
    bus +
    (frames - 1) * canConsecutiveFrameMs
  );
}
