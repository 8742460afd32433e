import type { DrivePhase, SimEcu, SimVehicleSpec } from './scenario-schema';
import { compressionMonitors, sparkMonitors } from './scenario-schema';

/**
 * Physical values of the simulated car at one instant, in SAE J1979 units.
 * Everything is a pure function of time, so a fixed clock gives fixed answers.
 */
export interface VehicleSignals {
  engineRunning: boolean;
  rpm: number;
  speedKmh: number;
  engineLoadPct: number;
  absoluteLoadPct: number;
  throttlePct: number;
  pedalPct: number;
  coolantC: number;
  intakeAirC: number;
  oilC: number;
  ambientC: number;
  catalystC: number;
  mapKpa: number;
  baroKpa: number;
  mafGs: number;
  timingAdvanceDeg: number;
  shortTermTrimPct: number;
  longTermTrimPct: number;
  o2UpstreamV: number;
  o2DownstreamV: number;
  /** PID 03 byte A: 1 open loop (cold), 2 closed loop, 4 open loop (driving conditions). */
  fuelSystemStatus: number;
  commandedLambda: number;
  commandedEgrPct: number;
  fuelRailKpa: number;
  fuelRateLh: number;
  fuelLevelPct: number;
  controlModuleV: number;
  runTimeS: number;
  distanceSinceClearedKm: number;
  minutesSinceCleared: number;
  warmUpsSinceCleared: number;
  distanceWithMilKm: number;
  minutesWithMil: number;
  /** PID 1C: 6 = EOBD. */
  obdStandard: number;
  /** PID 51: 1 gasoline, 4 diesel. */
  fuelTypeCode: number;
  /** PID 13: bank 1 sensors 1 and 2 present. */
  o2SensorsPresent: number;
}

interface PlannedPhase {
  readonly phase: DrivePhase['phase'];
  readonly startS: number;
  readonly durationS: number;
  readonly fromKmh: number;
  readonly toKmh: number;
}

function planDriveProfile(profile: readonly DrivePhase[]): PlannedPhase[] {
  let startS = 0;
  let speed = 0;
  return profile.map((step) => {
    const fromKmh = step.phase === 'idle' ? 0 : speed;
    const toKmh =
      step.phase === 'idle'
        ? 0
        : step.phase === 'cruise'
          ? fromKmh
          : step.phase === 'accelerate'
            ? (step.toKmh ?? fromKmh + 50)
            : (step.toKmh ?? 0);
    const planned = { phase: step.phase, startS, durationS: step.durationS, fromKmh, toKmh };
    startS += step.durationS;
    speed = toKmh;
    return planned;
  });
}

const smoothstep = (p: number): number => p * p * (3 - 2 * p);

/** Slow deterministic wobble in [-1, 1] (sum of incommensurate sines). */
function wobble(t: number, salt: number): number {
  return 0.6 * Math.sin(t * 1.7 + salt) + 0.4 * Math.sin(t * 4.3 + salt * 2.1);
}

/** Engine rpm per km/h in each gear of a five-speed box, with the speed where it upshifts. */
const gears = [
  { upToKmh: 18, rpmPerKmh: 115 },
  { upToKmh: 35, rpmPerKmh: 68 },
  { upToKmh: 55, rpmPerKmh: 45 },
  { upToKmh: 80, rpmPerKmh: 34 },
  { upToKmh: Number.POSITIVE_INFINITY, rpmPerKmh: 27 },
];

function rpmPerKmhAt(speedKmh: number): number {
  return (gears.find((g) => speedKmh < g.upToKmh) ?? gears[gears.length - 1]!).rpmPerKmh;
}

export interface DriveSample {
  phase: DrivePhase['phase'];
  speedKmh: number;
}

export class DriveProfile {
  private readonly phases: PlannedPhase[];
  readonly loopS: number;
  private readonly loopDistanceKm: number;

  constructor(profile: readonly DrivePhase[]) {
    this.phases = planDriveProfile(profile);
    const last = this.phases[this.phases.length - 1]!;
    this.loopS = last.startS + last.durationS;
    this.loopDistanceKm = this.integrateKm(0, this.loopS);
  }

  at(runS: number): DriveSample {
    const t = ((runS % this.loopS) + this.loopS) % this.loopS;
    const planned = this.phases.find((p) => t < p.startS + p.durationS) ?? this.phases[0]!;
    const progress = Math.min(1, (t - planned.startS) / planned.durationS);
    let speedKmh = planned.fromKmh + (planned.toKmh - planned.fromKmh) * smoothstep(progress);
    if (planned.phase === 'cruise' && speedKmh > 5) speedKmh += 1.2 * wobble(runS * 0.2, 3);
    return { phase: planned.phase, speedKmh: Math.max(0, speedKmh) };
  }

  /** Distance driven between two engine-run times, by 0.5 s steps (the profile is smooth). */
  distanceKm(fromS: number, toS: number): number {
    if (toS <= fromS) return 0;
    const loops = Math.floor((toS - fromS) / this.loopS);
    return loops * this.loopDistanceKm + this.integrateKm(fromS + loops * this.loopS, toS);
  }

  private integrateKm(fromS: number, toS: number): number {
    const step = 0.5;
    let km = 0;
    for (let t = fromS; t < toS; t += step) {
      const dt = Math.min(step, toS - t);
      km += (this.at(t + dt / 2).speedKmh * dt) / 3600;
    }
    return km;
  }
}

export function coolantAt(spec: SimVehicleSpec['coolant'], runS: number, ambientC: number): number {
  const start = Math.max(spec.startC, ambientC);
  const warm = spec.thermostatC + (start - spec.thermostatC) * Math.exp(-runS / spec.warmUpTauS);
  const overheat = spec.overheat;
  if (overheat === null || runS <= overheat.startS) return warm;
  const climbed = warm + ((runS - overheat.startS) / 60) * overheat.ratePerMin;
  return Math.min(overheat.maxC, climbed);
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

export interface DiagnosticCounters {
  /** Wall time (s) when codes were last cleared; null = never in this session. */
  clearedAtS: number | null;
  /** Engine-run time when codes were last cleared. */
  clearedAtRunS: number | null;
}

/**
 * Mutable vehicle: ignition and engine state, per-ECU diagnostic memory (codes, MIL,
 * readiness, freeze frame) and the time bookkeeping the signals are computed from.
 */
export class VehicleState {
  readonly spec: SimVehicleSpec;
  readonly ecus: SimEcu[];
  readonly drive: DriveProfile;
  ignitionOn: boolean;
  private engineOn: boolean;
  private runBeforeS = 0;
  private runStartedAtS: number | null;
  private counters: DiagnosticCounters = { clearedAtS: null, clearedAtRunS: null };

  constructor(spec: SimVehicleSpec, nowS: number) {
    this.spec = spec;
    // Deep copies: clearing codes must never alter the loaded scenario object.
    this.ecus = spec.ecus.map((ecu) => structuredClone(ecu));
    this.drive = new DriveProfile(spec.driveProfile);
    this.ignitionOn = spec.ignitionOn;
    this.engineOn = spec.ignitionOn && spec.engineRunning;
    this.runStartedAtS = this.engineOn ? nowS : null;
  }

  get engineRunning(): boolean {
    return this.engineOn;
  }

  get isCompressionIgnition(): boolean {
    return this.spec.fuelType === 'diesel';
  }

  setIgnition(on: boolean, nowS: number): void {
    this.ignitionOn = on;
    if (!on) this.setEngineRunning(false, nowS);
  }

  setEngineRunning(on: boolean, nowS: number): void {
    if (on && !this.ignitionOn) this.ignitionOn = true;
    if (on === this.engineOn) return;
    if (on) {
      this.runStartedAtS = nowS;
    } else if (this.runStartedAtS !== null) {
      this.runBeforeS += nowS - this.runStartedAtS;
      this.runStartedAtS = null;
    }
    this.engineOn = on;
  }

  /** Total engine-run time: the drive profile and warm-up advance only while the engine runs. */
  runTimeS(nowS: number): number {
    return this.runBeforeS + (this.runStartedAtS === null ? 0 : nowS - this.runStartedAtS);
  }

  batteryVoltage(): number {
    return this.engineOn ? this.spec.chargingV : this.spec.batteryV;
  }

  /**
   * Service 04 (SAE J1979): erases stored and pending codes, the freeze frame and MIL,
   * sets the non-continuous monitors back to incomplete, restarts the "since cleared"
   * counters. Permanent codes stay: only the ECU's own monitors can erase them.
   */
  clearDiagnosticInformation(ecu: SimEcu, nowS: number): void {
    ecu.dtcs.stored = [];
    ecu.dtcs.pending = [];
    ecu.freezeFrame = null;
    ecu.milOn = false;
    const nonContinuous: readonly string[] = this.isCompressionIgnition
      ? compressionMonitors
      : sparkMonitors;
    for (const [monitor, state] of Object.entries(ecu.readiness)) {
      if (nonContinuous.includes(monitor) && state !== 'unsupported') {
        ecu.readiness[monitor] = 'incomplete';
      }
    }
    this.counters = { clearedAtS: nowS, clearedAtRunS: this.runTimeS(nowS) };
  }

  signals(nowS: number): VehicleSignals {
    return computeSignals(this.spec, {
      nowS,
      runS: this.runTimeS(nowS),
      sinceStartS: this.runStartedAtS === null ? 0 : nowS - this.runStartedAtS,
      engineRunning: this.engineOn,
      milOn: this.ecus.some((ecu) => ecu.milOn),
      counters: this.counters,
      drive: this.drive,
    });
  }
}

interface SignalInputs {
  nowS: number;
  runS: number;
  sinceStartS: number;
  engineRunning: boolean;
  milOn: boolean;
  counters: DiagnosticCounters;
  drive: DriveProfile;
}

export function computeSignals(spec: SimVehicleSpec, input: SignalInputs): VehicleSignals {
  const { runS, engineRunning, drive } = input;
  const diesel = spec.fuelType === 'diesel';
  const coolantC = coolantAt(spec.coolant, runS, spec.ambientC);
  const sample = engineRunning ? drive.at(runS) : { phase: 'idle' as const, speedKmh: 0 };
  const { phase, speedKmh } = sample;

  const idleRpm = spec.idleRpm + spec.idleRoughnessRpm * wobble(runS * 3, 1);
  const gearRpm = speedKmh * rpmPerKmhAt(speedKmh) * (phase === 'accelerate' ? 1.12 : 1);
  const rpm = engineRunning ? Math.max(idleRpm, gearRpm, speedKmh > 0 ? 1100 : 0) : 0;

  const baseLoad = { idle: 21, accelerate: 78, cruise: 28 + speedKmh * 0.15, decelerate: 6 }[phase];
  const engineLoadPct = engineRunning ? clamp(baseLoad + 2 * wobble(runS, 2), 0, 100) : 0;
  const throttleBase = { idle: 14, accelerate: 48, cruise: 17 + speedKmh * 0.08, decelerate: 14 };
  const throttlePct = engineRunning ? throttleBase[phase] + wobble(runS, 4) : 14;
  const pedalBase = { idle: 0, accelerate: 42, cruise: 8 + speedKmh * 0.1, decelerate: 0 };
  const pedalPct = engineRunning ? clamp(pedalBase[phase] + 15, 0, 100) : 15;

  // Fuel cut on overrun: no combustion, lean O2 and an open fuel loop (PID 03 = 4).
  const fuelCut = engineRunning && phase === 'decelerate' && rpm > 1300;
  const closedLoop = engineRunning && !diesel && coolantC >= 40 && input.sinceStartS >= 25;
  const fuelSystemStatus = !engineRunning || diesel ? 0 : fuelCut ? 4 : closedLoop ? 2 : 1;

  const air = (spec.displacementL * rpm) / 120; // litres of air per second at 100 % fill
  const mafGs = engineRunning
    ? diesel
      ? air * 1.18 * (0.85 + (engineLoadPct / 100) * 0.9)
      : air * 1.18 * (engineLoadPct / 100) * 1.05
    : 0;
  const mapKpa = !engineRunning
    ? spec.baroKpa
    : diesel
      ? spec.baroKpa + engineLoadPct * 1.1
      : clamp(27 + engineLoadPct * 0.72, 20, spec.baroKpa);

  const o2Frequency = 0.8 + rpm / 3000;
  const lambdaSwing = Math.tanh(3 * Math.sin(2 * Math.PI * o2Frequency * input.nowS));
  const trim = spec.fuelTrim;
  const shortTermTrimPct = closedLoop
    ? fuelCut
      ? 0
      : trim.shortTermBiasPct - trim.shortTermSwingPct * lambdaSwing
    : 0;
  const o2UpstreamV = !engineRunning
    ? 0
    : fuelCut
      ? 0.06
      : closedLoop
        ? 0.46 + 0.38 * lambdaSwing - trim.shortTermBiasPct * 0.01
        : 0.45;
  const o2DownstreamV = !engineRunning
    ? 0
    : fuelCut
      ? 0.1
      : closedLoop
        ? 0.68 + 0.02 * Math.sin(input.nowS * 0.4)
        : 0.45;

  const timingBase = { idle: 8, accelerate: 15, cruise: 31, decelerate: 20 }[phase];
  const catalystTarget = 380 + engineLoadPct * 4;
  const catalystC = engineRunning
    ? spec.ambientC + (catalystTarget - spec.ambientC) * (1 - Math.exp(-runS / 120))
    : spec.ambientC;

  const airFuelRatio = diesel ? 60 - engineLoadPct * 0.4 : 14.7;
  const fuelDensityGPerL = diesel ? 832 : 745;
  const fuelRateLh =
    engineRunning && !fuelCut ? ((mafGs / airFuelRatio) * 3600) / fuelDensityGPerL : 0;

  const clearedRunS = input.counters.clearedAtRunS;
  const drivenSinceClear =
    clearedRunS === null
      ? spec.distanceSinceClearedKm + drive.distanceKm(0, runS)
      : drive.distanceKm(clearedRunS, runS);
  const clearedAt = input.counters.clearedAtS;
  const minutesSinceCleared =
    clearedAt === null ? spec.minutesSinceCleared + input.nowS / 60 : (input.nowS - clearedAt) / 60;

  return {
    engineRunning,
    rpm,
    speedKmh,
    engineLoadPct,
    absoluteLoadPct: engineLoadPct * 0.9,
    throttlePct,
    pedalPct,
    coolantC,
    intakeAirC: spec.ambientC + 6 + Math.min(12, (coolantC - spec.ambientC) * 0.12),
    oilC: coolantAt(spec.coolant, runS * 0.8, spec.ambientC) - 2,
    ambientC: spec.ambientC,
    catalystC,
    mapKpa,
    baroKpa: spec.baroKpa,
    mafGs,
    timingAdvanceDeg: engineRunning ? timingBase + 1.5 * wobble(runS, 5) : 0,
    shortTermTrimPct,
    longTermTrimPct: engineRunning ? trim.longTermPct : 0,
    o2UpstreamV,
    o2DownstreamV,
    fuelSystemStatus,
    commandedLambda: diesel ? 2.5 : phase === 'accelerate' ? 0.94 : 1,
    commandedEgrPct:
      diesel && engineRunning ? { idle: 35, accelerate: 0, cruise: 22, decelerate: 10 }[phase] : 0,
    fuelRailKpa: engineRunning
      ? diesel
        ? 28_000 + engineLoadPct * 1_100
        : 5_000 + engineLoadPct * 80
      : 0,
    fuelRateLh,
    fuelLevelPct: clamp(spec.fuel.startLevelPct - (spec.fuel.usePctPerHour * runS) / 3600, 0, 100),
    controlModuleV: engineRunning ? spec.chargingV - 0.15 : spec.batteryV - 0.2,
    runTimeS: input.sinceStartS,
    distanceSinceClearedKm: drivenSinceClear,
    minutesSinceCleared,
    warmUpsSinceCleared: clearedAt === null ? spec.warmUpsSinceCleared : 0,
    distanceWithMilKm:
      input.milOn && clearedAt === null ? spec.distanceWithMilKm + drive.distanceKm(0, runS) : 0,
    minutesWithMil: input.milOn && clearedAt === null ? spec.minutesWithMil + input.nowS / 60 : 0,
    obdStandard: 6,
    fuelTypeCode: diesel ? 4 : 1,
    o2SensorsPresent: 0x03,
  };
}
