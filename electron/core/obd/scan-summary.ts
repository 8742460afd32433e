import type { ScanSummary } from '@shared/api/diagnosis';
import type { ScanOutcome } from '@shared/api/obd';
import type { DiagnosisReport } from '@shared/diagnosis';
import type { ObdFailure } from '@shared/obd/obd-error';
import type { PidValue, StructuredValue } from '@shared/obd/units';
import { explainLinkProblem } from './connection-errors';
import type { ScanResult } from './scan';

type Readiness = Record<string, { available: boolean; complete: boolean }>;

function monitorsOf(readiness: StructuredValue | null): Readiness | null {
  const monitors = readiness?.['monitors'];
  if (monitors === null || typeof monitors !== 'object' || Array.isArray(monitors)) return null;
  const out: Readiness = {};
  for (const [name, value] of Object.entries(monitors)) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    out[name] = { available: value['available'] === true, complete: value['complete'] === true };
  }
  return out;
}

/**
 * Readiness merged over the ECUs: a monitor is available when one ECU runs it, and complete
 * only when every ECU that runs it has completed it (the inspection's rule).
 */
export function mergeReadiness(result: ScanResult): Readiness | null {
  let merged: Readiness | null = null;
  for (const ecu of result.ecus) {
    const monitors = monitorsOf(ecu.readiness);
    if (monitors === null) continue;
    merged ??= {};
    for (const [name, state] of Object.entries(monitors)) {
      const before = merged[name];
      if (!before) {
        merged[name] = { ...state };
        continue;
      }
      if (!state.available) continue;
      merged[name] = {
        available: true,
        complete: before.available ? before.complete && state.complete : state.complete,
      };
    }
  }
  return merged;
}

/** The odometer (PID A6), in whole km, when an ECU reported it. */
export function odometerKm(values: readonly PidValue[]): number | null {
  const odometer = values.find((v) => v.pid === 'A6' && typeof v.value === 'number');
  return odometer && typeof odometer.value === 'number' ? Math.round(odometer.value) : null;
}

function numericValues(values: readonly PidValue[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const value of values)
    if (typeof value.value === 'number' && Number.isFinite(value.value))
      out[value.pid] = value.value;
  return out;
}

export interface SummaryOptions {
  adapter: string;
  vehicleId: string | null;
  mileageKm: number | null;
  technician: string | null;
  endedAt: string;
}

/**
 * The bridge from what the car answered to what the diagnosis stores: DTCs per ECU with their
 * status (the freeze frame goes with the stored code that froze it), readiness merged, the
 * snapshot as single-sample series at the moment it was read.
 */
export function scanSummaryOf(result: ScanResult, options: SummaryOptions): ScanSummary {
  const dtcs: NonNullable<ScanSummary['dtcs']> = [];
  const live: NonNullable<ScanSummary['live']> = [];
  const snapshotAt = result.durationMs;
  for (const ecu of result.ecus) {
    const frame = ecu.freezeFrame;
    for (const status of ['stored', 'pending', 'permanent'] as const) {
      for (const code of ecu.dtcs[status]) {
        const frozen = status === 'stored' && frame !== null && frame.dtc === code;
        dtcs.push({
          code,
          ecu: ecu.ecu,
          status,
          freezeFrame: frozen ? numericValues(frame.values) : null,
        });
      }
    }
    for (const value of ecu.snapshot) {
      if (typeof value.value !== 'number' || !Number.isFinite(value.value)) continue;
      live.push({ pid: value.pid, ecu: ecu.ecu, t: [snapshotAt], v: [value.value] });
    }
  }
  const identity = result.adapter.stnIdentity
    ? `${result.adapter.identity ?? '?'} (${result.adapter.stnIdentity})`
    : result.adapter.identity;
  return {
    vehicleId: options.vehicleId,
    startedAt: result.startedAt,
    endedAt: options.endedAt,
    adapter: options.adapter,
    adapterIdentity: identity,
    protocol: result.protocol ? result.protocol.name : null,
    vin: result.vin,
    technician: options.technician,
    mileageKm: options.mileageKm,
    ecus: result.ecus.map((ecu) => ({ ecu: ecu.ecu, name: ecu.name })),
    dtcs,
    readiness: mergeReadiness(result),
    live,
    cleared: false,
  };
}

export function warningsOf(errors: readonly ObdFailure[]): ScanOutcome['warnings'] {
  return errors.map((error) => {
    const explained = explainLinkProblem(error, null);
    return {
      code: error.code,
      message:
        explained.code === error.code && error.code !== 'DISCONNECTED'
          ? {
              fr: `Étape non aboutie (${error.code}) : ${error.message}`,
              en: `Step not completed (${error.code}): ${error.message}`,
            }
          : explained.message,
    };
  });
}

export function scanOutcomeOf(
  result: ScanResult,
  stored: { sessionId: string; vehicleId: string | null; adapter: string },
  report: DiagnosisReport | null,
): ScanOutcome {
  return {
    sessionId: stored.sessionId,
    vehicleId: stored.vehicleId,
    startedAt: result.startedAt,
    durationMs: result.durationMs,
    adapter: stored.adapter,
    identity: result.adapter.identity,
    protocol: result.protocol ? result.protocol.name : null,
    voltage: result.adapter.voltage,
    vin: result.vin,
    ecus: result.ecus.map((ecu) => ({
      ecu: ecu.ecu,
      name: ecu.name,
      dtcs: (['stored', 'pending', 'permanent'] as const).flatMap((status) =>
        ecu.dtcs[status].map((code) => ({ code, status })),
      ),
      freezeFrame: ecu.freezeFrame,
      readiness: ecu.readiness,
      supportedPids: ecu.supportedPids,
    })),
    snapshot: result.ecus.flatMap((ecu) =>
      ecu.snapshot.map((value) => ({ ...value, ecu: ecu.ecu })),
    ),
    warnings: warningsOf(result.errors),
    report,
  };
}
