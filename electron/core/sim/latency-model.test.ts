import { describe, expect, it } from 'vitest';
import { canFrameMs, endWaitMs, linkLimitedRequestMs, serialMs } from './latency-model';
import { loadScenario } from './scenario-loader';
import { SimulatedAdapter } from './simulated-adapter';

describe('latency model maths', () => {
  it('costs 10 bits per character on the serial line', () => {
    expect(serialMs(384, 38_400)).toBeCloseTo(100, 6);
    expect(serialMs(1, 115_200)).toBeCloseTo(0.0868, 3);
  });

  it('puts a CAN frame at a quarter of a millisecond on a 500 kbit/s bus', () => {
    expect(canFrameMs(500_000, false)).toBeCloseTo(0.244, 3);
    expect(canFrameMs(500_000, true)).toBeGreaterThan(canFrameMs(500_000, false));
  });

  it('waits for more answers unless the response count is reached', () => {
    expect(endWaitMs(1, 0x32, 15, true)).toBe(0);
    expect(endWaitMs(0, 0x32, 15, false)).toBe(200);
    expect(endWaitMs(1, 0x32, 15, false)).toBe(30);
    expect(endWaitMs(1, 0x32, 40, false)).toBe(80);
    expect(endWaitMs(2, 0x32, 40, false)).toBe(50);
    expect(endWaitMs(1, 0x05, 40, false)).toBe(20);
  });

  it('gives the link-limited request time of obd-anchors §7 (010C1, H1 S1, 15 ms ECU)', () => {
    // 6 request chars + 22 answer chars at 38400 baud ≈ 7.3 ms, plus the ECU's 15 ms.
    const ms = linkLimitedRequestMs({
      requestChars: 6,
      answerChars: 22,
      baudRate: 38_400,
      ecuMs: 15,
    });
    expect(ms).toBeCloseTo(7.29 + 15 + 0.24, 1);
    expect(1000 / ms).toBeGreaterThan(43);
    expect(1000 / ms).toBeLessThan(46);
  });
});

describe('SimulatedAdapter with latency', () => {
  function timed(latencyEcuMs: number) {
    const adapter = new SimulatedAdapter(loadScenario('healthy-petrol'), {
      latency: { ecuResponseMs: latencyEcuMs, jitterMs: 0, resetMs: 20 },
      baudRate: 38_400,
    });
    let output = '';
    adapter.onOutput((text) => (output += text));
    const until = (suffix: string, command: string) =>
      new Promise<{ text: string; ms: number }>((resolve) => {
        output = '';
        const start = performance.now();
        adapter.receive(`${command}\r`);
        const poll = setInterval(() => {
          if (output.endsWith(suffix)) {
            clearInterval(poll);
            resolve({ text: output, ms: performance.now() - start });
          }
        }, 1);
      });
    return { adapter, until };
  }

  it('answers after the ECU time plus the serial time, and sooner with the count digit', async () => {
    const { adapter, until } = timed(40);
    await until('>', 'ATE0');
    await until('>', '0100');
    const withCount = await until('>', '010D1');
    expect(withCount.text).toBe('41 0D 00 \r\r>');
    // 40 ms ECU + 14 chars at 38400 (3.6 ms); no end-of-answer wait.
    expect(withCount.ms).toBeGreaterThanOrEqual(43);
    // Upper bounds are loose: the test machine may be busy; timers never fire early.
    expect(withCount.ms).toBeLessThan(250);
    const withoutCount = await until('>', '010D');
    // AT1 waits max(30, 2 × 40) = 80 ms more for other ECUs; the line's serial time
    // overlaps that wait, only the final `\r>` (0.5 ms) follows it.
    expect(withoutCount.ms).toBeGreaterThanOrEqual(40 + 80);
    adapter.dispose();
  });

  it('prints STOPPED when a character arrives before the prompt', async () => {
    const { adapter, until } = timed(400);
    await until('>', 'ATE0');
    await until('>', '0100');
    let output = '';
    adapter.onOutput((text) => (output += text));
    adapter.receive('0902\r');
    await new Promise((resolve) => setTimeout(resolve, 20));
    adapter.receive('x');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(output).toBe('STOPPED\r\r>');
    adapter.dispose();
  });

  it('takes realistic time to search: a K-line 5-baud attempt alone is seconds', async () => {
    const scenario = loadScenario('healthy-petrol');
    const { memorizedProtocol: _ignored, ...adapterSpec } = scenario.adapter;
    const fresh = { ...scenario, adapter: adapterSpec };
    const adapter = new SimulatedAdapter(fresh, { latency: { jitterMs: 0 } });
    let output = '';
    adapter.onOutput((text) => (output += text));
    adapter.receive('ATE0\r');
    await new Promise((resolve) => setTimeout(resolve, 20));
    output = '';
    const start = performance.now();
    adapter.receive('0100\r');
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (output.endsWith('>')) {
          clearInterval(poll);
          resolve();
        }
      }, 5);
    });
    expect(output).toBe('SEARCHING...\r41 00 BE 3F B8 13 \r\r>');
    expect(performance.now() - start).toBeGreaterThan(5_000);
    adapter.dispose();
  }, 15_000);
});
