import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredChunk } from './telemetry-chunks';
import {
  buildChunks,
  copyFloat64Into,
  decodeSeries,
  forEachSampleInTimeOrder,
  packChunk,
  packFloat64,
  unpackFloat64,
} from './telemetry-chunks';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const finiteArray = fc.array(finite, { maxLength: 300 });

/** `bytes` copied at `shift` bytes into a larger buffer, as a pooled or sliced Buffer can be. */
function shifted(bytes: Uint8Array, shift: number): Buffer {
  const host = Buffer.alloc(bytes.byteLength + shift + 8);
  host.set(bytes, shift);
  return host.subarray(shift, shift + bytes.byteLength);
}

function stored(chunk: ReturnType<typeof packChunk>): StoredChunk {
  return {
    pid: chunk.pid,
    ecu: chunk.ecu,
    sampleCount: chunk.sampleCount,
    ts: chunk.ts,
    value: chunk.value,
  };
}

describe('packFloat64 / unpackFloat64', () => {
  it('round-trips finite doubles, whatever the alignment of the bytes', () => {
    fc.assert(
      fc.property(finiteArray, fc.integer({ min: 0, max: 7 }), (values, shift) => {
        const packed = packFloat64(values);
        expect(packed.byteLength).toBe(values.length * 8);
        const blob = shifted(packed, shift);
        expect(blob.byteOffset % 8).toBe(shift === 0 ? 0 : shift);
        expect(Array.from(unpackFloat64(blob))).toEqual(values);
        const target = new Float64Array(values.length + 3);
        expect(copyFloat64Into(blob, target, 2)).toBe(values.length);
        expect(Array.from(target.subarray(2, 2 + values.length))).toEqual(values);
      }),
    );
  });

  it('writes little-endian IEEE 754 doubles', () => {
    expect(packFloat64([1]).toString('hex')).toBe('000000000000f03f');
    expect(Buffer.from(packFloat64([-2.5, 0])).readDoubleLE(0)).toBe(-2.5);
  });

  it('handles empty and odd-length arrays', () => {
    expect(packFloat64([]).byteLength).toBe(0);
    expect(unpackFloat64(Buffer.alloc(0))).toHaveLength(0);
    expect(Array.from(unpackFloat64(shifted(packFloat64([1, 2, 3]), 3)))).toEqual([1, 2, 3]);
  });

  it('shares aligned bytes and copies unaligned ones', () => {
    const aligned = packFloat64([4, 5]);
    expect(unpackFloat64(aligned).buffer).toBe(aligned.buffer);
    const unaligned = shifted(aligned, 1);
    expect(unpackFloat64(unaligned).buffer).not.toBe(unaligned.buffer);
  });

  it('refuses a blob whose length is not a whole number of doubles', () => {
    expect(() => unpackFloat64(Buffer.alloc(12))).toThrow(/not a multiple of 8/);
    expect(() => copyFloat64Into(packFloat64([1, 2]), new Float64Array(1), 0)).toThrow(RangeError);
  });
});

describe('packChunk / buildChunks', () => {
  it('sorts a chunk by time, ties in arrival order', () => {
    const chunk = packChunk('0C', '7E8', [30, 10, 20, 10], [3, 1, 2, 1.5]);
    expect(chunk).toMatchObject({ firstTs: 10, lastTs: 30, sampleCount: 4 });
    expect(Array.from(unpackFloat64(chunk.ts))).toEqual([10, 10, 20, 30]);
    expect(Array.from(unpackFloat64(chunk.value))).toEqual([1, 1.5, 2, 3]);
  });

  it('refuses an empty chunk or mismatched columns', () => {
    expect(() => packChunk('0C', null, [], [])).toThrow(RangeError);
    expect(() => packChunk('0C', null, [1], [])).toThrow(RangeError);
  });

  it('makes one chunk per PID and ECU, in the order their first sample came', () => {
    const chunks = buildChunks([
      { pid: '0D', ecu: '7E8', ts: 1, value: 10 },
      { pid: '0C', ecu: '7E8', ts: 1, value: 800 },
      { pid: '0D', ecu: null, ts: 2, value: 11 },
      { pid: '0C', ecu: '7E8', ts: 2, value: 810 },
      { pid: '0D', ecu: '7E8', ts: 3, value: 12 },
    ]);
    expect(chunks.map((c) => [c.pid, c.ecu, c.sampleCount])).toEqual([
      ['0D', '7E8', 2],
      ['0C', '7E8', 2],
      ['0D', null, 1],
    ]);
    expect(Array.from(unpackFloat64(chunks[0]!.value))).toEqual([10, 12]);
  });

  it('keeps every sample of every series (property)', () => {
    const sample = fc.record({
      pid: fc.constantFrom('05', '0C', '0D'),
      ecu: fc.constantFrom('7E8', '7E9', null),
      ts: fc.integer({ min: 0, max: 50 }),
      value: finite,
    });
    fc.assert(
      fc.property(fc.array(sample, { maxLength: 200 }), (samples) => {
        const chunks = buildChunks(samples);
        for (const chunk of chunks) {
          const expected = samples
            .map((s, i) => ({ ...s, i }))
            .filter((s) => s.pid === chunk.pid && s.ecu === chunk.ecu)
            .sort((a, b) => a.ts - b.ts || a.i - b.i);
          expect(Array.from(unpackFloat64(chunk.ts))).toEqual(expected.map((s) => s.ts));
          expect(Array.from(unpackFloat64(chunk.value))).toEqual(expected.map((s) => s.value));
        }
        expect(chunks.reduce((n, c) => n + c.sampleCount, 0)).toBe(samples.length);
      }),
    );
  });
});

describe('decodeSeries', () => {
  it('concatenates chunks, drops samples without a value and sorts overlapping chunks', () => {
    const a = stored(packChunk('0C', null, [10, 20, 30], [1, Number.NaN, 3]));
    const b = stored(packChunk('0C', null, [20, 40], [2, 4]));
    const series = decodeSeries([a, b]);
    expect(Array.from(series.t)).toEqual([10, 20, 30, 40]);
    expect(Array.from(series.v)).toEqual([1, 2, 3, 4]);
    expect(decodeSeries([]).t).toHaveLength(0);
  });

  it('decodes unaligned blobs', () => {
    const chunk = packChunk('0C', null, [1, 2, 3], [7, 8, 9]);
    const series = decodeSeries([
      { ...stored(chunk), ts: shifted(chunk.ts, 5), value: shifted(chunk.value, 3) },
    ]);
    expect(Array.from(series.v)).toEqual([7, 8, 9]);
  });
});

describe('forEachSampleInTimeOrder', () => {
  it('merges chunks by time, same-millisecond samples in chunk then arrival order (property)', () => {
    const chunkArb = fc.record({
      pid: fc.constantFrom('05', '0C', '0D', '11'),
      samples: fc.array(
        fc.record({
          ts: fc.integer({ min: 0, max: 40 }),
          value: fc.oneof(finite, fc.constant(Number.NaN)),
        }),
        { minLength: 1, maxLength: 30 },
      ),
    });
    fc.assert(
      fc.property(fc.array(chunkArb, { maxLength: 12 }), (specs) => {
        const chunks = specs.map((spec) =>
          stored(
            packChunk(
              spec.pid,
              null,
              spec.samples.map((s) => s.ts),
              spec.samples.map((s) => s.value),
            ),
          ),
        );
        const expected = chunks
          .flatMap((chunk, rank) => {
            const t = unpackFloat64(chunk.ts);
            const v = unpackFloat64(chunk.value);
            return Array.from(t, (ts, i) => ({ ts, pid: chunk.pid, value: v[i]!, rank, i }));
          })
          .filter((s) => !Number.isNaN(s.value))
          .sort((a, b) => a.ts - b.ts || a.rank - b.rank || a.i - b.i)
          .map((s) => [s.ts, s.pid, s.value]);
        const seen: unknown[] = [];
        forEachSampleInTimeOrder(chunks, (ts, pid, value) => seen.push([ts, pid, value]));
        expect(seen).toEqual(expected);
      }),
    );
  });
});
