import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../sim/scenario-loader';
import { ElmSession } from './elm-session';
import { FakeElmTransport, healthyCar } from './fake-elm.test-support';
import { ObdService } from './obd-service';
import { SimTransport } from './sim-transport';

const sessions: ElmSession[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

async function service(name: string): Promise<{ obd: ObdService; transport: SimTransport }> {
  const transport = new SimTransport(loadScenario(name));
  const session = new ElmSession({ transportFactory: () => transport });
  sessions.push(session);
  await session.connect();
  return { obd: new ObdService(session), transport };
}

describe('ObdService against the simulator', () => {
  it('discovers supported PIDs per ECU, following the 20/40 chain', async () => {
    const { obd } = await service('two-ecus');
    const supported = await obd.supportedPids();
    expect([...supported.keys()]).toEqual(['7E8', '7E9']);
    expect(supported.get('7E8')).toContain(0x0c);
    expect(supported.get('7E8')!.some((pid) => pid > 0x20)).toBe(true);
    expect(supported.get('7E9')!.length).toBeLessThan(supported.get('7E8')!.length);
  });

  it('reads readiness with monitors per ignition type', async () => {
    const { obd } = await service('two-ecus');
    const [engine] = await obd.readiness();
    expect(engine?.ecu).toBe('7E8');
    expect(engine?.status).toMatchObject({
      milOn: true,
      ignition: 'spark',
      monitors: {
        evaporativeSystem: { available: true, complete: false },
        catalyst: { available: true, complete: true },
      },
    });
  });

  it('reads mode 06 monitor results with units and pass/fail', async () => {
    const { obd } = await service('two-ecus');
    const results = await obd.monitorTests();
    const engine = results.find((r) => r.ecu === '7E8');
    expect(engine?.tests).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ mid: '21', tid: '80', value: 684, max: 512, passed: false }),
        expect.objectContaining({ mid: '01', tid: '01', unit: 'mV', passed: true }),
      ]),
    );
  });

  it('clears codes only with a confirmation, once, then re-reads codes and readiness', async () => {
    const { obd } = await service('misfire');
    // @ts-expect-error: the confirmation is mandatory
    await expect(obd.clearCodes({})).rejects.toMatchObject({ code: 'CONFIRMATION_REQUIRED' });
    expect((await obd.readDtcs('stored')).ecus[0]?.dtcs).toEqual(['P0301', 'P0300']);
    const result = await obd.clearCodes({ confirm: true });
    expect(result.results).toEqual([{ ecu: '7E8', outcome: 'cleared', reason: null }]);
    expect(result.dtcsAfter.stored).toEqual([{ ecu: '7E8', dtcs: [] }]);
    expect(result.readinessAfter[0]?.status).toMatchObject({ milOn: false, dtcCount: 0 });
  });

  it('reads the VIN, calibration IDs, CVNs and ECU names of every ECU', async () => {
    const { obd } = await service('two-ecus');
    const info = await obd.vehicleInfo();
    expect(info.vin).toBe('WVWZZZAU4HW123456');
    expect(info.ecus.map((e) => [e.ecu, e.ecuName])).toEqual([
      ['7E8', 'ECM-EngineControl'],
      ['7E9', 'TCM-TransmissionCtl'],
    ]);
    expect(info.ecus[0]?.cvns.every((cvn) => /^[0-9A-F]{8}$/.test(cvn))).toBe(true);
  });
});

describe('ObdService clear refused', () => {
  it('reports the ECU refusal (conditions not correct) and never repeats 04', async () => {
    const transport = new FakeElmTransport(healthyCar({ '04': '7E8037F0422' }));
    const session = new ElmSession({ transportFactory: () => transport });
    sessions.push(session);
    await session.connect();
    const result = await new ObdService(session).clearCodes({ confirm: true });
    expect(result.results).toEqual([
      { ecu: '7E8', outcome: 'refused', reason: 'conditionsNotCorrect' },
    ]);
    expect(transport.commands.filter((c) => c.startsWith('04'))).toEqual(['04']);
  });
});
