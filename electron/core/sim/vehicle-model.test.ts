import { describe, expect, it } from 'vitest';
import { loadScenario } from './scenario-loader';
import { DriveProfile, VehicleState, coolantAt } from './vehicle-model';

describe('DriveProfile', () => {
  const profile = new DriveProfile([
    { phase: 'idle', durationS: 10 },
    { phase: 'accelerate', durationS: 10, toKmh: 60 },
    { phase: 'cruise', durationS: 20 },
    { phase: 'decelerate', durationS: 10 },
  ]);

  it('idles, accelerates, cruises and slows down, then loops', () => {
    expect(profile.at(5).speedKmh).toBe(0);
    expect(profile.at(15).speedKmh).toBeCloseTo(30, 0);
    expect(profile.at(30).speedKmh).toBeGreaterThan(57);
    expect(profile.at(30).speedKmh).toBeLessThan(63);
    expect(profile.at(50 + 5).speedKmh).toBe(0);
    expect(profile.loopS).toBe(50);
  });

  it('integrates the distance driven', () => {
    // 10 s accelerating to 60 (avg 30) + 20 s at ~60 + 10 s braking (avg 30) ≈ 0.5 km.
    expect(profile.distanceKm(0, 50)).toBeCloseTo(0.5, 1);
    expect(profile.distanceKm(0, 500)).toBeCloseTo(5, 0);
  });
});

describe('coolantAt', () => {
  it('warms up along an exponential curve towards the thermostat temperature', () => {
    const spec = { startC: 20, thermostatC: 90, warmUpTauS: 100, overheat: null };
    expect(coolantAt(spec, 0, 15)).toBe(20);
    expect(coolantAt(spec, 100, 15)).toBeCloseTo(90 - 70 / Math.E, 5);
    expect(coolantAt(spec, 1000, 15)).toBeCloseTo(90, 1);
  });

  it('climbs past the thermostat when the cooling system fails, up to a ceiling', () => {
    const spec = {
      startC: 90,
      thermostatC: 90,
      warmUpTauS: 100,
      overheat: { startS: 60, ratePerMin: 6, maxC: 125 },
    };
    expect(coolantAt(spec, 60, 15)).toBeCloseTo(90, 5);
    expect(coolantAt(spec, 360, 15)).toBeCloseTo(120, 5);
    expect(coolantAt(spec, 3600, 15)).toBe(125);
  });
});

describe('VehicleState', () => {
  it('gives the same signals for the same time (deterministic)', () => {
    const spec = loadScenario('healthy-petrol').vehicle;
    const a = new VehicleState(spec, 0).signals(42.5);
    const b = new VehicleState(spec, 0).signals(42.5);
    expect(a).toEqual(b);
  });

  it('follows the drive profile: rpm rises with speed, idles when stopped', () => {
    const state = new VehicleState(loadScenario('healthy-petrol').vehicle, 0);
    const idle = state.signals(5);
    expect(idle.speedKmh).toBe(0);
    expect(idle.rpm).toBeGreaterThan(700);
    expect(idle.rpm).toBeLessThan(860);
    const cruising = state.signals(90);
    expect(cruising.speedKmh).toBeGreaterThan(85);
    expect(cruising.rpm).toBeGreaterThan(2000);
    expect(cruising.mafGs).toBeGreaterThan(idle.mafGs);
  });

  it('runs open loop while cold, then the upstream O2 sensor swings in closed loop', () => {
    const state = new VehicleState(loadScenario('healthy-petrol').vehicle, 0);
    expect(state.signals(5).fuelSystemStatus).toBe(1);
    const samples = Array.from({ length: 40 }, (_, i) => state.signals(300 + i * 0.1));
    const volts = samples.filter((s) => s.fuelSystemStatus === 2).map((s) => s.o2UpstreamV);
    expect(volts.length).toBeGreaterThan(10);
    expect(Math.min(...volts)).toBeLessThan(0.25);
    expect(Math.max(...volts)).toBeGreaterThan(0.7);
  });

  it('stops the engine with the ignition and freezes the drive profile', () => {
    const state = new VehicleState(loadScenario('healthy-petrol').vehicle, 0);
    state.setIgnition(false, 10);
    const off = state.signals(50);
    expect(off.rpm).toBe(0);
    expect(off.speedKmh).toBe(0);
    expect(state.runTimeS(50)).toBe(10);
    expect(state.batteryVoltage()).toBe(12.6);
  });

  it('clears codes, MIL and freeze frame, resets non-continuous monitors, keeps permanent codes', () => {
    const state = new VehicleState(loadScenario('misfire').vehicle, 0);
    const ecu = state.ecus[0];
    if (!ecu) throw new Error('no ECU');
    state.clearDiagnosticInformation(ecu, 100);
    expect(ecu.dtcs).toEqual({ stored: [], pending: [], permanent: ['P0300'] });
    expect(ecu.milOn).toBe(false);
    expect(ecu.freezeFrame).toBeNull();
    expect(ecu.readiness['misfire']).toBe('complete');
    expect(ecu.readiness['catalyst']).toBe('incomplete');
    expect(ecu.readiness['oxygenSensor']).toBe('incomplete');
    expect(ecu.readiness['secondaryAir']).toBe('unsupported');
    const after = state.signals(160);
    expect(after.minutesSinceCleared).toBeCloseTo(1, 5);
    expect(after.warmUpsSinceCleared).toBe(0);
    expect(after.distanceWithMilKm).toBe(0);
  });
});
