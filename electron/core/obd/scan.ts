import { byteToHex } from '@shared/obd/hex';
import { isObdError, ObdError } from '@shared/obd/obd-error';
import type { ObdFailure } from '@shared/obd/obd-error';
import type { ProtocolNumber } from '@shared/obd/protocols';
import type { PidValue, StructuredValue } from '@shared/obd/units';
import type { ElmSession } from './elm-session';
import type { DtcStatus } from './obd-service';
import { ObdService } from './obd-service';

export interface ScanEcu {
  /** `7E8`, `18DAF110`, a legacy source address, or null without headers. */
  ecu: string | null;
  name: string | null;
  supportedPids: string[];
  dtcs: Record<DtcStatus, string[]>;
  /** Decoded PID 01 (MIL, DTC count, monitors complete/incomplete). */
  readiness: StructuredValue | null;
  calibrationIds: string[];
  cvns: string[];
  freezeFrame: { dtc: string | null; values: PidValue[] } | null;
  snapshot: PidValue[];
}

export interface ScanResult {
  startedAt: string;
  durationMs: number;
  adapter: {
    description: string;
    identity: string | null;
    stnIdentity: string | null;
    voltage: number | null;
    responseCountHint: boolean;
    multiPid: boolean;
  };
  protocol: { number: ProtocolNumber; name: string } | null;
  vin: string | null;
  ecus: ScanEcu[];
  /** Steps that failed without stopping the scan (e.g. 0A unsupported, a timeout). */
  errors: ObdFailure[];
}

/** The live values a garage wants in a first look; filtered by what each ECU supports. */
export const SNAPSHOT_PIDS = [
  0x04, 0x05, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x1f, 0x21, 0x2f, 0x31, 0x33, 0x42, 0x46,
  0x5c, 0x5e,
];

function isFatal(error: unknown): boolean {
  return (
    isObdError(error) &&
    ['DISCONNECTED', 'NOT_CONNECTED', 'ADAPTER_RESET', 'CANCELLED'].includes(error.code)
  );
}

/** The steps of a scan, in order, as reported to `onStep`. */
export const SCAN_STEPS = [
  'supported_pids',
  'vehicle_info',
  'stored_dtcs',
  'pending_dtcs',
  'permanent_dtcs',
  'readiness',
  'freeze_frame',
  'snapshot',
] as const;
export type ScanStep = (typeof SCAN_STEPS)[number];

export interface ScanOptions {
  /** Aborting ends the scan at the next request with the CANCELLED error. */
  signal?: AbortSignal;
  /** Called before each step (`index` from 0 to SCAN_STEPS.length - 1). */
  onStep?: (step: ScanStep, index: number) => void;
}

/**
 * A full read of the vehicle: identity, supported PIDs, stored/pending/permanent DTCs per
 * ECU, readiness, freeze frame and one snapshot. A step that fails is recorded in `errors`
 * and the scan goes on; a lost link ends it with the DISCONNECTED error.
 */
export async function scanVehicle(
  session: ElmSession,
  options: ScanOptions = {},
): Promise<ScanResult> {
  const started = Date.now();
  const info = session.info;
  const errors: ObdFailure[] = [];
  const service = new ObdService(session, {
    priority: 'user',
    ...(options.signal ? { signal: options.signal } : {}),
  });
  let stepIndex = 0;
  const ecus = new Map<string | null, ScanEcu>();
  const ecuEntry = (ecu: string | null): ScanEcu => {
    let entry = ecus.get(ecu);
    if (!entry) {
      entry = {
        ecu,
        name: null,
        supportedPids: [],
        dtcs: { stored: [], pending: [], permanent: [] },
        readiness: null,
        calibrationIds: [],
        cvns: [],
        freezeFrame: null,
        snapshot: [],
      };
      ecus.set(ecu, entry);
    }
    return entry;
  };
  async function step(run: () => Promise<void>): Promise<void> {
    const name = SCAN_STEPS[stepIndex];
    if (name !== undefined) options.onStep?.(name, stepIndex);
    stepIndex++;
    if (options.signal?.aborted) throw new ObdError('CANCELLED', 'Scan cancelled');
    try {
      await run();
    } catch (error) {
      if (isFatal(error)) throw error;
      errors.push(
        isObdError(error)
          ? error.toFailure()
          : { code: 'MALFORMED_ANSWER', message: String(error) },
      );
    }
  }

  let vin: string | null = null;
  let supported = new Map<string | null, number[]>();
  if (session.protocol !== null) {
    await step(async () => {
      supported = await service.supportedPids();
      for (const [ecu, pids] of supported) ecuEntry(ecu).supportedPids = pids.map(byteToHex);
    });
    await step(async () => {
      const vehicle = await service.vehicleInfo();
      vin = vehicle.vin;
      for (const found of vehicle.ecus) {
        const entry = ecuEntry(found.ecu);
        entry.name = found.ecuName;
        entry.calibrationIds = found.calibrationIds;
        entry.cvns = found.cvns;
      }
    });
    for (const status of ['stored', 'pending', 'permanent'] as const) {
      await step(async () => {
        const { ecus: found, error } = await service.readDtcs(status);
        if (error) errors.push({ ...error, message: `${status} DTCs: ${error.message}` });
        for (const { ecu, dtcs } of found) ecuEntry(ecu).dtcs[status] = dtcs;
      });
    }
    await step(async () => {
      for (const { ecu, status } of await service.readiness()) ecuEntry(ecu).readiness = status;
    });
    await step(async () => {
      for (const frame of await service.freezeFrame(supported)) {
        ecuEntry(frame.ecu).freezeFrame = { dtc: frame.dtc, values: frame.values };
      }
    });
    await step(async () => {
      const everywhere = new Set([...supported.values()].flat());
      const pids = SNAPSHOT_PIDS.filter((pid) => everywhere.has(pid));
      for (const { ecu, values } of await service.snapshot(pids)) ecuEntry(ecu).snapshot = values;
    });
  }

  return {
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    adapter: {
      description: info?.description ?? 'unknown',
      identity: info?.identity ?? null,
      stnIdentity: info?.stnIdentity ?? null,
      voltage: info?.voltage ?? null,
      responseCountHint: info?.responseCountHint ?? false,
      multiPid: info?.multiPid ?? false,
    },
    protocol:
      info?.protocol != null && info.protocolName !== null
        ? { number: info.protocol, name: info.protocolName }
        : null,
    vin,
    ecus: [...ecus.values()].sort((a, b) => (a.ecu ?? '').localeCompare(b.ecu ?? '')),
    errors,
  };
}
