import { z } from 'zod';
import { dtcPattern } from './dtc-codec';
import { elmProtocol, vehicleProtocolDigits } from './elm-protocols';

/**
 * Scenario files (`resources/sim/<name>.json`) describe an adapter and a vehicle.
 * `formatVersion` is bumped on any breaking change of this shape.
 */
export const scenarioFormatVersion = 1;

const hexByte = z.string().regex(/^[0-9A-F]{2}$/, 'two upper-case hex digits');
const dtcCode = z.string().regex(dtcPattern, 'a DTC such as P0301');

/** Monitors of PID 01/41 byte C/D, per ignition type (SAE J1979 PID 01). */
export const sparkMonitors = [
  'catalyst',
  'heatedCatalyst',
  'evaporativeSystem',
  'secondaryAir',
  'acRefrigerant',
  'oxygenSensor',
  'oxygenSensorHeater',
  'egrVvt',
] as const;
export const compressionMonitors = [
  'nmhcCatalyst',
  'noxScr',
  'reservedC2',
  'boostPressure',
  'reservedC4',
  'exhaustGasSensor',
  'pmFilter',
  'egrVvt',
] as const;
/** Continuous monitors of byte B. */
export const continuousMonitors = ['misfire', 'fuelSystem', 'components'] as const;

const monitorState = z.enum(['complete', 'incomplete', 'unsupported']);
export type MonitorState = z.infer<typeof monitorState>;

const quirksSchema = z
  .object({
    /** The first ATE0 answers OK but echo stays on (a second ATE0 works). */
    ignoresFirstEchoOff: z.boolean().default(false),
    /** Probability that an answer carries a stray NUL byte before the prompt. */
    nulByteProbability: z.number().min(0).max(1).default(0),
    /** Added to every answer's time when latency is simulated. */
    extraLatencyMs: z.number().min(0).default(0),
    /** Probability that an answer longer than one frame ends in BUFFER FULL. */
    bufferFullProbability: z.number().min(0).max(1).default(0),
    /** Answers `?` to a request carrying the response-count digit. */
    rejectsResponseCountHint: z.boolean().default(false),
    /** AT/ST commands (spaces removed, upper case) this adapter answers with `?`. */
    unsupportedCommands: z.array(z.string()).default([]),
    /** Ignores a bare CR instead of repeating the last command. */
    ignoresRepeat: z.boolean().default(false),
    /** Probability that a single frame is printed twice (a clone's duplicate frame). */
    duplicateFrameProbability: z.number().min(0).max(1).default(0),
  })
  .strict();

const adapterSchema = z
  .object({
    chip: z.enum(['elm327', 'stn']),
    /** ATI answer, also the power-up banner. */
    identity: z.string().min(1),
    /** AT@1 answer. */
    deviceDescription: z.string().min(1),
    /** STI / STDI answers, STN chips only. */
    stnIdentity: z.string().optional(),
    stnDeviceDescription: z.string().optional(),
    /** Protocol remembered from the last session (ATM1): tried first by the automatic search. */
    memorizedProtocol: z.enum(vehicleProtocolDigits).optional(),
    quirks: quirksSchema.default(quirksSchema.parse({})),
  })
  .strict();

const freezeFrameSchema = z
  .object({
    dtc: dtcCode,
    /** Physical values keyed by PID (two upper-case hex digits), in J1979 units. */
    values: z.record(hexByte, z.number()),
  })
  .strict();

const monitorTestSchema = z
  .object({
    mid: hexByte,
    tid: hexByte,
    /** Unit and scaling id (SAE J1979 appendix E). */
    uasid: hexByte,
    value: z.number().int().min(0).max(0xffff),
    min: z.number().int().min(0).max(0xffff),
    max: z.number().int().min(0).max(0xffff),
  })
  .strict();

const ecuSchema = z
  .object({
    name: z.string().min(1),
    role: z.enum(['engine', 'transmission', 'abs', 'other']),
    /**
     * Response address as printed with headers on: `7E8` (CAN 11-bit),
     * `18DAF110` (CAN 29-bit) or the source byte `10` (K-line, J1850).
     */
    address: z.string().regex(/^([0-9A-F]{2}|[0-9A-F]{3}|[0-9A-F]{8})$/),
    /** Typical answer time of this ECU in ms (SAE J1979 allows up to 50 ms on CAN). */
    responseMs: z.number().min(0).max(1000),
    /** Padding byte of CAN frames (ISO 15765-4 wants DLC 8); null = DLC trimmed to the data. */
    canPadding: hexByte.nullable().default('00'),
    supportedPids: z.array(hexByte),
    milOn: z.boolean(),
    dtcs: z
      .object({
        stored: z.array(dtcCode),
        pending: z.array(dtcCode),
        permanent: z.array(dtcCode),
      })
      .strict(),
    /** False for ECUs older than service 0A: they answer 7F 0A 11 on K-line, nothing on CAN. */
    supportsPermanentDtcs: z.boolean().default(true),
    readiness: z.record(z.string(), monitorState),
    freezeFrame: freezeFrameSchema.nullable().default(null),
    monitorTests: z.array(monitorTestSchema).default([]),
    vehicleInfo: z
      .object({
        reportsVin: z.boolean(),
        calibrationIds: z.array(z.string().min(1).max(16)),
        cvns: z.array(z.string().regex(/^[0-9A-F]{8}$/)),
        /** Up to 4 chars acronym, `-`, up to 15 chars name (SAE J1979 INFOTYPE 0A). */
        ecuName: z.string().regex(/^[A-Z0-9]{1,4}-.{1,15}$/),
      })
      .strict(),
  })
  .strict();

const drivePhaseSchema = z
  .object({
    phase: z.enum(['idle', 'accelerate', 'cruise', 'decelerate']),
    durationS: z.number().positive(),
    /** Speed reached at the end of the phase (accelerate/decelerate). */
    toKmh: z.number().min(0).max(250).optional(),
  })
  .strict();

const vehicleSchema = z
  .object({
    vin: z
      .string()
      .length(17)
      .regex(/^[A-HJ-NPR-Z0-9]{17}$/, '17 characters without I, O or Q'),
    make: z.string(),
    model: z.string(),
    year: z.number().int().min(1996).max(2035),
    protocol: z.enum(vehicleProtocolDigits),
    fuelType: z.enum(['petrol', 'diesel']),
    displacementL: z.number().positive(),
    idleRpm: z.number().positive(),
    batteryV: z.number().positive(),
    chargingV: z.number().positive(),
    ignitionOn: z.boolean(),
    engineRunning: z.boolean(),
    ambientC: z.number(),
    baroKpa: z.number().positive(),
    coolant: z
      .object({
        startC: z.number(),
        thermostatC: z.number(),
        /** Time constant of the exponential warm-up curve. */
        warmUpTauS: z.number().positive(),
        /** A failing cooling system: from `startS` the coolant climbs at `ratePerMin` up to `maxC`. */
        overheat: z
          .object({
            startS: z.number().min(0),
            ratePerMin: z.number().positive(),
            maxC: z.number(),
          })
          .strict()
          .nullable(),
      })
      .strict(),
    fuel: z
      .object({ startLevelPct: z.number().min(0).max(100), usePctPerHour: z.number().min(0) })
      .strict(),
    fuelTrim: z
      .object({
        longTermPct: z.number(),
        shortTermBiasPct: z.number(),
        shortTermSwingPct: z.number().min(0),
      })
      .strict(),
    /** Cylinder misfires: extra RPM roughness at idle (rpm amplitude). */
    idleRoughnessRpm: z.number().min(0).default(8),
    driveProfile: z.array(drivePhaseSchema).min(1),
    odometerKm: z.number().min(0),
    distanceSinceClearedKm: z.number().min(0),
    minutesSinceCleared: z.number().min(0),
    warmUpsSinceCleared: z.number().int().min(0).max(255),
    distanceWithMilKm: z.number().min(0),
    minutesWithMil: z.number().min(0),
    ecus: z.array(ecuSchema).min(1),
  })
  .strict();

export const simScenarioSchema = z
  .object({
    formatVersion: z.literal(scenarioFormatVersion),
    name: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    description: z.string(),
    /** Seeds the PRNG of clone glitches and latency jitter. */
    seed: z.number().int(),
    adapter: adapterSchema,
    vehicle: vehicleSchema,
  })
  .strict()
  .superRefine((scenario, ctx) => {
    const protocol = elmProtocol(scenario.vehicle.protocol);
    const addressLength = protocol?.family === 'can11' ? 3 : protocol?.family === 'can29' ? 8 : 2;
    const isCompression = scenario.vehicle.fuelType === 'diesel';
    const allowedMonitors = new Set<string>([
      ...continuousMonitors,
      ...(isCompression ? compressionMonitors : sparkMonitors),
    ]);
    scenario.vehicle.ecus.forEach((ecu, index) => {
      if (ecu.address.length !== addressLength) {
        ctx.addIssue({
          code: 'custom',
          path: ['vehicle', 'ecus', index, 'address'],
          message: `protocol ${scenario.vehicle.protocol} needs a ${addressLength}-digit address`,
        });
      }
      for (const monitor of Object.keys(ecu.readiness)) {
        if (!allowedMonitors.has(monitor)) {
          ctx.addIssue({
            code: 'custom',
            path: ['vehicle', 'ecus', index, 'readiness', monitor],
            message: `unknown ${isCompression ? 'compression' : 'spark'}-ignition monitor`,
          });
        }
      }
    });
  });

export type SimScenario = z.infer<typeof simScenarioSchema>;
export type SimEcu = SimScenario['vehicle']['ecus'][number];
export type SimVehicleSpec = SimScenario['vehicle'];
export type AdapterQuirks = SimScenario['adapter']['quirks'];
export type DrivePhase = SimVehicleSpec['driveProfile'][number];
export type MonitorTest = SimEcu['monitorTests'][number];
