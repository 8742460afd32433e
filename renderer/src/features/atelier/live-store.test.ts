import { describe, expect, it } from 'vitest';
import { LiveStore, SlidingColumns, groupByUnit, mergeSeries } from './live-store';

const columns = (store: LiveStore, index = 0) =>
  store
    .groupList()
    [index]?.rows.view()
    .map((column) => [...column]) ?? [];

describe('SlidingColumns', () => {
  it('keeps appending past its capacity, growing while more than half is live', () => {
    const rows = new SlidingColumns(2, 4, 16);
    for (let i = 0; i < 10; i++) {
      rows.appendRow(0);
      rows.setLast(0, i);
      rows.setLast(1, i * 10);
    }
    expect(rows.length).toBe(10);
    expect([...(rows.view()[1] ?? [])]).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });

  it('drops the oldest rows at its ceiling, so memory stays bounded', () => {
    const rows = new SlidingColumns(1, 4, 8);
    for (let i = 0; i < 100; i++) {
      rows.appendRow(0);
      rows.setLast(0, i);
    }
    expect(rows.length).toBeLessThanOrEqual(8);
    expect(rows.last(0)).toBe(99);
    const view = [...(rows.view()[0] ?? [])];
    expect(view).toEqual([...view].sort((a, b) => a - b));
  });

  it('compacts in place when a time window keeps it less than half full', () => {
    const rows = new SlidingColumns(1, 8, 8);
    for (let i = 0; i < 50; i++) {
      rows.appendRow(0);
      rows.setLast(0, i);
      rows.dropBefore(i - 2);
    }
    expect([...(rows.view()[0] ?? [])]).toEqual([47, 48, 49]);
  });
});

describe('LiveStore', () => {
  it('groups PIDs by unit, one row per timestamp, holding the other PIDs’ last values', () => {
    const store = new LiveStore(
      groupByUnit([
        { pid: '05', unit: '°C' },
        { pid: '0F', unit: '°C' },
        { pid: '0C', unit: 'rpm' },
      ]),
      { windowMs: null },
    );
    expect(store.groupList().map((g) => g.pids)).toEqual([['05', '0F'], ['0C']]);
    store.push('05', 1000, 80);
    store.push('0F', 1000, 20); // same request: same row
    store.push('05', 1100, 81);
    store.push('0C', 1100, 750);
    expect(columns(store)).toEqual([
      [1, 1.1],
      [80, 81],
      [20, 20],
    ]);
    expect(columns(store, 1)).toEqual([[1.1], [750]]);
  });

  it('holds a PID’s first value back to the first row instead of another PID’s value', () => {
    const store = new LiveStore([{ key: '%', pids: ['04', '11'] }], { windowMs: null });
    store.push('04', 1000, 30);
    store.push('11', 1100, 12);
    expect(columns(store)).toEqual([
      [1, 1.1],
      [30, 30],
      [12, 12],
    ]);
  });

  it('keeps min, max and average, and ignores unknown PIDs, NaN and late samples', () => {
    const store = new LiveStore([{ key: 'rpm', pids: ['0C'] }], { windowMs: 1000 });
    store.push('0C', 1000, 700);
    store.push('0C', 1100, 900);
    store.push('0C', 1050, 5000); // late duplicate after a reconnection
    store.push('0D', 1200, 50);
    store.push('0C', 1200, Number.NaN);
    store.push('0C', 1300, 800);
    expect(store.stats.get('0C')).toMatchObject({ last: 800, min: 700, max: 900, count: 3 });
    expect((store.stats.get('0C')?.sum ?? 0) / 3).toBe(800);
    expect(store.has('0D')).toBe(false);
  });

  it('slides its window: rows older than the window go', () => {
    const store = new LiveStore([{ key: 'rpm', pids: ['0C'] }], { windowMs: 500 });
    for (let t = 0; t <= 2000; t += 100) store.push('0C', t, t);
    expect(columns(store)[0]).toEqual([1.5, 1.6, 1.7, 1.8, 1.9, 2]);
  });

  it('marks the oldest undrawn sample of a group for the latency measurement', () => {
    const store = new LiveStore([{ key: 'rpm', pids: ['0C'] }], { windowMs: null });
    store.push('0C', 1000, 1);
    store.push('0C', 1100, 2);
    const group = store.groupList()[0];
    expect(group?.pendingT).toBe(1000);
    expect(group?.newestT).toBe(1100);
  });
});

describe('mergeSeries', () => {
  it('interleaves stored columnar series in time order for a replay', () => {
    expect(
      mergeSeries([
        { pid: '0C', t: [1, 3], v: [700, 720] },
        { pid: '0D', t: [2], v: [10] },
      ]),
    ).toEqual([
      { pid: '0C', t: 1, v: 700 },
      { pid: '0D', t: 2, v: 10 },
      { pid: '0C', t: 3, v: 720 },
    ]);
  });
});
