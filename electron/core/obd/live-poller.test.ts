import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../sim/scenario-loader';
import { ElmSession } from './elm-session';
import { FakeElmTransport, healthyCar } from './fake-elm.test-support';
import { LivePoller } from './live-poller';
import type { LiveSample } from './live-poller';
import { SimTransport } from './sim-transport';

const sessions: ElmSession[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

async function simSession(name: string, latency = false): Promise<ElmSession> {
  const session = new ElmSession({
    transportFactory: () => new SimTransport(loadScenario(name), { latency }),
  });
  sessions.push(session);
  await session.connect();
  return session;
}

describe('LivePoller', () => {
  it('batches up to six PIDs per request on CAN and timestamps every sample', async () => {
    const session = await simSession('healthy-petrol');
    const samples: LiveSample[] = [];
    const poller = new LivePoller(session, {
      groups: [
        {
          name: 'engine',
          pids: [0x0c, 0x0d, 0x05, 0x04, 0x0b, 0x0f, 0x11],
          priority: 0,
          rateHz: 50,
        },
      ],
      sink: (batch) => {
        samples.push(...batch);
      },
    });
    const before = Date.now();
    setTimeout(() => poller.stop(), 300);
    const stats = await poller.run();
    expect(stats.requests).toBeGreaterThan(2);
    // Seven PIDs need two requests per round: six, then one.
    expect(stats.samples / stats.requests).toBeGreaterThan(3);
    expect(new Set(samples.map((s) => s.pid))).toEqual(
      new Set(['0C', '0D', '05', '04', '0B', '0F', '11']),
    );
    for (const sample of samples) {
      expect(sample.at).toBeGreaterThanOrEqual(before);
      expect(sample.ecu).toBe('7E8');
    }
    expect(samples.find((s) => s.pid === '0C')?.unit).toBe('rpm');
  });

  it('asks one PID per request on K-line', async () => {
    const session = await simSession('kwp2000');
    const poller = new LivePoller(session, {
      groups: [{ name: 'engine', pids: [0x0c, 0x0d], priority: 0, rateHz: 20 }],
      sink: () => undefined,
    });
    setTimeout(() => poller.stop(), 200);
    const stats = await poller.run();
    expect(stats.samples).toBe(stats.requests);
  });

  it('serves high-priority PIDs at their rate before slow ones', async () => {
    const session = await simSession('healthy-petrol', true);
    const counts = new Map<string, number>();
    const poller = new LivePoller(session, {
      groups: [
        { name: 'fast', pids: [0x0c], priority: 0, rateHz: 20 },
        { name: 'slow', pids: [0x05], priority: 5, rateHz: 2 },
      ],
      maxPidsPerRequest: 1,
      sink: (batch) => {
        for (const s of batch) counts.set(s.pid, (counts.get(s.pid) ?? 0) + 1);
      },
    });
    setTimeout(() => poller.stop(), 1000);
    await poller.run();
    const fast = counts.get('0C') ?? 0;
    const slow = counts.get('05') ?? 0;
    expect(slow).toBeGreaterThanOrEqual(1);
    expect(slow).toBeLessThanOrEqual(4);
    expect(fast).toBeGreaterThan(slow * 3);
  });

  it('waits for a slow sink instead of piling up deliveries (back-pressure)', async () => {
    const session = await simSession('healthy-petrol');
    let inFlight = 0;
    let maxInFlight = 0;
    const poller = new LivePoller(session, {
      groups: [{ name: 'engine', pids: [0x0c], priority: 0, rateHz: 1000 }],
      maxPendingDeliveries: 2,
      sink: async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 40));
        inFlight--;
      },
    });
    setTimeout(() => poller.stop(), 300);
    const stats = await poller.run();
    expect(maxInFlight).toBeLessThanOrEqual(2);
    expect(stats.requests).toBeLessThan(20);
  });

  it('drops a PID the vehicle never answers', async () => {
    const session = new ElmSession({
      transportFactory: () => new FakeElmTransport(healthyCar({ '015C': 'NO DATA' })),
      timeouts: { at: 200, reset: 200, search: 300, can: 200 },
    });
    sessions.push(session);
    await session.connect();
    const poller = new LivePoller(session, {
      groups: [{ name: 'x', pids: [0x5c], priority: 0, rateHz: 100 }],
      sink: () => undefined,
    });
    const stats = await poller.run();
    expect(stats.droppedPids).toEqual(['5C']);
  });

  it('uses the response-count digit once it knows how many ECUs answer', async () => {
    const transport = new FakeElmTransport(healthyCar({ '010D1': '7E803410D32' }));
    const session = new ElmSession({ transportFactory: () => transport });
    sessions.push(session);
    await session.connect();
    const poller = new LivePoller(session, {
      groups: [{ name: 'x', pids: [0x0d], priority: 0, rateHz: 200 }],
      sink: () => undefined,
    });
    setTimeout(() => poller.stop(), 100);
    await poller.run();
    const polls = transport.commands.filter((c) => c.startsWith('010D'));
    expect(polls[0]).toBe('010D');
    expect(polls.slice(1).every((c) => c === '010D1')).toBe(true);
    expect(polls.length).toBeGreaterThan(2);
  });

  it('gets at least 3x the PIDs per second of single-PID polling by batching six (38400 baud model)', async () => {
    const session = await simSession('healthy-petrol', true);
    const rate = async (maxPidsPerRequest: number): Promise<number> => {
      const poller = new LivePoller(session, {
        groups: [
          { name: 'engine', pids: [0x0c, 0x0d, 0x05, 0x04, 0x0b, 0x0f], priority: 0, rateHz: 1000 },
        ],
        maxPidsPerRequest,
        sink: () => undefined,
      });
      setTimeout(() => poller.stop(), 1200);
      return (await poller.run()).samplesPerSecond;
    };
    const single = await rate(1);
    const batched = await rate(6);
    expect(batched).toBeGreaterThan(3 * single);
  });
});
