import type { EcuMessage, ParsedElmAnswer } from '@shared/obd/answer-parser';
import { decodeSupportedBitmap } from '@shared/obd/bitfield-pids';
import { decodeEcuMessage } from '@shared/obd/decode-answer';
import type { DecodedEcuAnswer } from '@shared/obd/decode-answer';
import { byteToHex } from '@shared/obd/hex';
import type { MonitorTestResult } from '@shared/obd/mode06';
import { ObdError } from '@shared/obd/obd-error';
import type { ObdFailure } from '@shared/obd/obd-error';
import { pidDefinition } from '@shared/obd/pids';
import { isCanProtocol } from '@shared/obd/protocols';
import type { ProtocolNumber } from '@shared/obd/protocols';
import type { ObdRequest } from '@shared/obd/request';
import type { PidValue, StructuredValue } from '@shared/obd/units';
import type { ElmSession, RequestOptions } from './elm-session';

export type DtcStatus = 'stored' | 'pending' | 'permanent';

const DTC_SERVICE: Record<DtcStatus, number> = { stored: 0x03, pending: 0x07, permanent: 0x0a };

export interface EcuDtcs {
  ecu: string | null;
  dtcs: string[];
}

export interface FreezeFrame {
  ecu: string | null;
  /** The DTC that stored the frame (`02 02 00`), null if none was stored. */
  dtc: string | null;
  values: PidValue[];
}

export interface VehicleInfo {
  vin: string | null;
  ecus: Array<{
    ecu: string | null;
    vin: string | null;
    calibrationIds: string[];
    cvns: string[];
    ecuName: string | null;
  }>;
}

export interface ClearResult {
  /** Per ECU: `cleared`, or the negative response name (e.g. conditionsNotCorrect). */
  results: Array<{ ecu: string | null; outcome: 'cleared' | 'refused'; reason: string | null }>;
  dtcsAfter: Record<DtcStatus, EcuDtcs[]>;
  readinessAfter: Array<{ ecu: string | null; status: StructuredValue }>;
}

function hex(pid: number): string {
  return byteToHex(pid);
}

function decode(parsed: ParsedElmAnswer, protocol: ProtocolNumber | null): DecodedEcuAnswer[] {
  return parsed.messages.map((message: EcuMessage) => decodeEcuMessage(message, protocol));
}

/**
 * The response-count digit lets the adapter return as soon as the expected ECUs answered
 * instead of waiting out its timeout; only used for single-frame answers, whose count is
 * unambiguous on every ELM327 version.
 */
function singleFrameCount(pid: number, ecus: number): RequestOptions {
  const bytes = pidDefinition(pid)?.bytes;
  return bytes !== undefined && bytes + 3 <= 7 && ecus > 0 ? { responseCount: ecus } : {};
}

/** SAE J1979 services over an initialised session. Every answer is kept per ECU. */
export class ObdService {
  constructor(
    private readonly session: ElmSession,
    private readonly defaults: RequestOptions = { priority: 'user' },
  ) {}

  private async ask(
    request: string | ObdRequest,
    options: RequestOptions = {},
  ): Promise<ParsedElmAnswer> {
    return this.session.request(request, { ...this.defaults, ...options });
  }

  /**
   * Supported PIDs per ECU: 0100, then 0120, 0140, … while some ECU sets the last bit
   * ("next range supported").
   */
  async supportedPids(service: 0x01 | 0x02 | 0x09 = 0x01): Promise<Map<string | null, number[]>> {
    const support = new Map<string | null, number[]>();
    let wanted = new Set<string | null>([null]);
    for (let base = 0; base <= 0xe0 && wanted.size > 0; base += 0x20) {
      const request: ObdRequest = {
        service,
        pids: [base],
        frame: service === 0x02 ? 0 : null,
        responseCount: null,
      };
      const parsed = await this.ask(request);
      const next = new Set<string | null>();
      for (const message of parsed.messages) {
        const offset = service === 0x02 ? 3 : 2;
        const pids = decodeSupportedBitmap(base, message.bytes.slice(offset, offset + 4)).map((p) =>
          parseInt(p, 16),
        );
        support.set(message.ecu, [...(support.get(message.ecu) ?? []), ...pids]);
        if (pids.includes(base + 0x20)) next.add(message.ecu);
      }
      wanted = next;
    }
    return support;
  }

  async readDtcs(status: DtcStatus): Promise<{ ecus: EcuDtcs[]; error: ObdFailure | null }> {
    const parsed = await this.ask({
      service: DTC_SERVICE[status],
      pids: [],
      frame: null,
      responseCount: null,
    });
    const ecus = decode(parsed, this.session.protocol).map((a) => ({
      ecu: a.ecu,
      dtcs: a.dtcs ?? [],
    }));
    // NO DATA to 03/07/0A means "no codes" on many ECUs; 7F 0A 11 means "no permanent-code support".
    const error = parsed.error && parsed.error.code !== 'NO_DATA' ? parsed.error : null;
    return { ecus, error };
  }

  async readiness(): Promise<Array<{ ecu: string | null; status: StructuredValue }>> {
    const parsed = await this.ask('0101');
    return decode(parsed, this.session.protocol).flatMap((answer) => {
      const value = answer.values?.[0]?.value;
      return value !== undefined && typeof value === 'object'
        ? [{ ecu: answer.ecu, status: value }]
        : [];
    });
  }

  /**
   * Freeze frame 00 per ECU: the DTC that stored it, then each supported PID as `02 PID 00`
   * (the frame byte of the answer is skipped by the decoder).
   */
  async freezeFrame(supported: Map<string | null, number[]>): Promise<FreezeFrame[]> {
    const frames = new Map<string | null, FreezeFrame>();
    const dtcAnswer = await this.ask('020200');
    for (const answer of decode(dtcAnswer, this.session.protocol)) {
      frames.set(answer.ecu, { ecu: answer.ecu, dtc: answer.dtcs?.[0] ?? null, values: [] });
    }
    const withFrame = [...frames.values()].filter((frame) => frame.dtc !== null);
    if (withFrame.length === 0) return [];
    // The freeze frame holds a subset of the live PIDs: `02 00 00` says which (SAE J1979
    // service 02 PID 00). Asking for the others costs one NO DATA timeout each.
    const inFrame = await this.supportedPids(0x02).catch(() => new Map<string | null, number[]>());
    const pids = new Set<number>();
    for (const frame of withFrame) {
      const candidates = inFrame.get(frame.ecu) ?? supported.get(frame.ecu) ?? [];
      for (const pid of candidates) {
        if (pid % 0x20 !== 0 && pid !== 0x01 && pid !== 0x02) pids.add(pid);
      }
    }
    for (const pid of [...pids].sort((a, b) => a - b)) {
      const parsed = await this.ask(
        { service: 0x02, pids: [pid], frame: 0, responseCount: null },
        singleFrameCount(pid, withFrame.length),
      );
      for (const answer of decode(parsed, this.session.protocol)) {
        frames.get(answer.ecu)?.values.push(...(answer.values ?? []));
      }
    }
    return withFrame;
  }

  async vehicleInfo(): Promise<VehicleInfo> {
    const byEcu = new Map<string | null, VehicleInfo['ecus'][number]>();
    const entry = (ecu: string | null): VehicleInfo['ecus'][number] => {
      let found = byEcu.get(ecu);
      if (!found) {
        found = { ecu, vin: null, calibrationIds: [], cvns: [], ecuName: null };
        byEcu.set(ecu, found);
      }
      return found;
    };
    for (const infoType of [0x02, 0x04, 0x06, 0x0a]) {
      const parsed = await this.ask({
        service: 0x09,
        pids: [infoType],
        frame: null,
        responseCount: null,
      });
      for (const answer of decode(parsed, this.session.protocol)) {
        const target = entry(answer.ecu);
        if (answer.vin !== undefined) target.vin = answer.vin;
        if (answer.calibrationIds) target.calibrationIds = answer.calibrationIds;
        if (answer.cvns) target.cvns = answer.cvns;
        if (answer.ecuName !== undefined) target.ecuName = answer.ecuName;
      }
    }
    const ecus = [...byEcu.values()];
    return { vin: ecus.find((e) => e.vin !== null && e.vin.length === 17)?.vin ?? null, ecus };
  }

  /** Mode 06 on CAN: supported MIDs per ECU, then each MID's tests. */
  async monitorTests(): Promise<Array<{ ecu: string | null; tests: MonitorTestResult[] }>> {
    if (!isCanProtocol(this.session.protocol)) return [];
    const mids = new Set<number>();
    for (let base = 0; base <= 0xe0; base += 0x20) {
      const parsed = await this.ask({
        service: 0x06,
        pids: [base],
        frame: null,
        responseCount: null,
      });
      const supported = decode(parsed, this.session.protocol).flatMap((a) => a.supported ?? []);
      supported.forEach((mid) => mids.add(parseInt(mid, 16)));
      if (!supported.includes(hex(base + 0x20))) break;
    }
    const results = new Map<string | null, MonitorTestResult[]>();
    for (const mid of [...mids].filter((m) => m % 0x20 !== 0).sort((a, b) => a - b)) {
      const parsed = await this.ask({
        service: 0x06,
        pids: [mid],
        frame: null,
        responseCount: null,
      });
      for (const answer of decode(parsed, this.session.protocol)) {
        results.set(answer.ecu, [
          ...(results.get(answer.ecu) ?? []),
          ...(answer.monitorTests ?? []),
        ]);
      }
    }
    return [...results].map(([ecu, tests]) => ({ ecu, tests }));
  }

  /**
   * Mode 04 erases codes, freeze frames and readiness: only with an explicit confirmation,
   * sent once to the functional address (never repeated), then codes and readiness are read
   * again so the user sees the result.
   */
  async clearCodes(confirmation: { confirm: true }): Promise<ClearResult> {
    if (confirmation?.confirm !== true) {
      throw new ObdError('CONFIRMATION_REQUIRED', 'Clearing codes needs an explicit confirmation');
    }
    const parsed = await this.ask('04', { noRetry: true, priority: 'user' });
    if (parsed.error) throw ObdError.from(parsed.error);
    const results: ClearResult['results'] = [
      ...parsed.messages.map((m) => ({ ecu: m.ecu, outcome: 'cleared' as const, reason: null })),
      ...parsed.negatives.map((n) => ({ ecu: n.ecu, outcome: 'refused' as const, reason: n.name })),
    ];
    const dtcsAfter = {
      stored: (await this.readDtcs('stored')).ecus,
      pending: (await this.readDtcs('pending')).ecus,
      permanent: (await this.readDtcs('permanent')).ecus,
    };
    return { results, dtcsAfter, readinessAfter: await this.readiness() };
  }

  /** One reading of the given mode 01 PIDs, per ECU (batched up to six per request on CAN). */
  async snapshot(
    pids: readonly number[],
  ): Promise<Array<{ ecu: string | null; values: PidValue[] }>> {
    const batchSize = this.session.info?.multiPid ? 6 : 1;
    const byEcu = new Map<string | null, PidValue[]>();
    for (let i = 0; i < pids.length; i += batchSize) {
      const batch = pids.slice(i, i + batchSize);
      const parsed = await this.ask({
        service: 0x01,
        pids: batch,
        frame: null,
        responseCount: null,
      });
      for (const answer of decode(parsed, this.session.protocol)) {
        byEcu.set(answer.ecu, [...(byEcu.get(answer.ecu) ?? []), ...(answer.values ?? [])]);
      }
    }
    return [...byEcu].map(([ecu, values]) => ({ ecu, values }));
  }
}
