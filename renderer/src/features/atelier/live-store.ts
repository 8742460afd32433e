/**
 * Live samples kept outside React: samples arrive about every 100 ms for up to 24 PIDs, and a
 * React state update per sample would re-render the screen hundreds of times a second. The
 * store only records; a single requestAnimationFrame loop (live-charts.ts) reads it and draws.
 *
 * Charts are grouped by unit (one uPlot per group, one series per PID), and uPlot wants one
 * shared x array per chart. Samples of one multi-PID request share their timestamp, so a
 * group gets one row per distinct timestamp; a PID without a sample in that row keeps its
 * last value (sample-and-hold: at 10 Hz the hold lasts at most one polling period, which is
 * invisible on a 3-minute chart, and it keeps the arrays free of gaps and typed).
 */

export interface PidStats {
  last: number;
  /** Adapter time (epoch ms) of the last sample. */
  lastT: number;
  min: number;
  max: number;
  sum: number;
  count: number;
}

/**
 * A growable sliding window over typed arrays: appends are amortised O(1) (the live part is
 * moved to the front when the end is reached, and the buffer doubles only when it is more than
 * half full), and `view()` returns zero-copy subarrays for uPlot.
 */
export class SlidingColumns {
  private columns: Float64Array[];
  private start = 0;
  private end = 0;

  constructor(
    readonly width: number,
    private capacity = 1024,
    private readonly maxCapacity = 1 << 20,
  ) {
    this.columns = Array.from({ length: width }, () => new Float64Array(capacity));
  }

  get length(): number {
    return this.end - this.start;
  }

  /** Value of column `c` in the last row, NaN when empty. */
  last(c: number): number {
    return this.end > this.start ? (this.columns[c]?.[this.end - 1] ?? Number.NaN) : Number.NaN;
  }

  first(c: number): number {
    return this.end > this.start ? (this.columns[c]?.[this.start] ?? Number.NaN) : Number.NaN;
  }

  /** Sets column `c` in every live row (a series' first value, held back to the first row). */
  fillColumn(c: number, value: number): void {
    this.columns[c]?.fill(value, this.start, this.end);
  }

  setLast(c: number, value: number): void {
    const column = this.columns[c];
    if (column && this.end > this.start) column[this.end - 1] = value;
  }

  /** Appends a row copying the previous row (sample-and-hold), or `fill` for the first row. */
  appendRow(fill: number): void {
    if (this.end === this.capacity) this.makeRoom();
    const hasPrevious = this.end > this.start;
    for (const column of this.columns) {
      column[this.end] = hasPrevious ? (column[this.end - 1] ?? fill) : fill;
    }
    this.end++;
  }

  /** Drops rows from the front while column 0 (time) is below `minX`. */
  dropBefore(minX: number): void {
    const x = this.columns[0];
    if (!x) return;
    while (this.start < this.end && (x[this.start] ?? 0) < minX) this.start++;
    if (this.start === this.end) this.start = this.end = 0;
  }

  dropFirst(): void {
    if (this.start < this.end) this.start++;
  }

  view(): Float64Array[] {
    return this.columns.map((column) => column.subarray(this.start, this.end));
  }

  clear(): void {
    this.start = this.end = 0;
  }

  private makeRoom(): void {
    const live = this.end - this.start;
    if (live > this.capacity / 2 && this.capacity < this.maxCapacity) {
      const next = Math.min(this.capacity * 2, this.maxCapacity);
      this.columns = this.columns.map((column) => {
        const grown = new Float64Array(next);
        grown.set(column.subarray(this.start, this.end));
        return grown;
      });
      this.capacity = next;
    } else {
      // At the ceiling the oldest rows go, so memory stays bounded whatever the window.
      if (live === this.capacity) this.start++;
      for (const column of this.columns) column.copyWithin(0, this.start, this.end);
    }
    this.end -= this.start;
    this.start = 0;
  }
}

export interface LiveGroup {
  key: string;
  pids: string[];
  /** Columns: 0 = time in seconds (uPlot's time scale), then one per PID. */
  rows: SlidingColumns;
  /** Bumped on every change: the drawing loop redraws only dirty groups. */
  version: number;
  /** Newest adapter time (epoch ms) in this group, for the draw latency measurement. */
  newestT: number;
  /**
   * Adapter time of the oldest sample not drawn yet (0 once drawn): the drawing loop reports
   * now − pendingT, the worst latency of the batch.
   */
  pendingT: number;
}

export interface LiveStoreOptions {
  /** Visible history; older rows are dropped (null keeps everything, for replays). */
  windowMs: number | null;
  /** Row ceiling per group, whatever the window (bounded memory at any rate). */
  maxRows?: number;
}

/** Ring buffers per PID group plus running statistics per PID. */
export class LiveStore {
  readonly stats = new Map<string, PidStats>();
  private readonly groups: LiveGroup[];
  private readonly where = new Map<string, { group: LiveGroup; column: number }>();
  version = 0;

  constructor(
    groups: ReadonlyArray<{ key: string; pids: string[] }>,
    private readonly options: LiveStoreOptions,
  ) {
    this.groups = groups.map((g) => ({
      key: g.key,
      pids: [...g.pids],
      rows: new SlidingColumns(g.pids.length + 1, 1024, options.maxRows ?? 1 << 16),
      version: 0,
      newestT: 0,
      pendingT: 0,
    }));
    for (const group of this.groups) {
      group.pids.forEach((pid, index) => this.where.set(pid, { group, column: index + 1 }));
    }
  }

  groupList(): readonly LiveGroup[] {
    return this.groups;
  }

  has(pid: string): boolean {
    return this.where.has(pid);
  }

  /** Records one sample; samples must come in time order per group (they do, per adapter). */
  push(pid: string, t: number, value: number): void {
    const place = this.where.get(pid);
    if (!place || !Number.isFinite(value)) return;
    const { group, column } = place;
    const rows = group.rows;
    const x = t / 1000;
    const lastX = rows.last(0);
    if (!(lastX === x)) {
      if (lastX > x) return; // a late duplicate after a reconnection: keep the series monotonic
      rows.appendRow(value);
      rows.setLast(0, x);
    }
    const stats = this.stats.get(pid);
    // A PID's first sample is held back to the group's first row: the rows before it (at most
    // one polling period) would otherwise carry another PID's value, and uPlot needs no gaps.
    if (stats) rows.setLast(column, value);
    else rows.fillColumn(column, value);
    if (this.options.windowMs !== null) rows.dropBefore(x - this.options.windowMs / 1000);
    group.version++;
    if (t > group.newestT) group.newestT = t;
    if (group.pendingT === 0) group.pendingT = t;
    this.version++;

    if (stats) {
      stats.last = value;
      stats.lastT = t;
      if (value < stats.min) stats.min = value;
      if (value > stats.max) stats.max = value;
      stats.sum += value;
      stats.count++;
    } else {
      this.stats.set(pid, { last: value, lastT: t, min: value, max: value, sum: value, count: 1 });
    }
  }

  clear(): void {
    for (const group of this.groups) {
      group.rows.clear();
      group.version++;
      group.newestT = 0;
      group.pendingT = 0;
    }
    this.stats.clear();
    this.version++;
  }
}

/** Groups PIDs by unit so that one chart holds comparable series (all temperatures, all %…). */
export function groupByUnit(
  pids: ReadonlyArray<{ pid: string; unit: string | null }>,
): Array<{ key: string; pids: string[] }> {
  const groups = new Map<string, string[]>();
  for (const { pid, unit } of pids) {
    const key = unit ?? '—';
    groups.set(key, [...(groups.get(key) ?? []), pid]);
  }
  return [...groups.entries()].map(([key, list]) => ({ key, pids: list }));
}

/** Merges columnar series (obd.liveSeries) into time order for a replay through `push`. */
export function mergeSeries(
  series: ReadonlyArray<{ pid: string; t: readonly number[]; v: readonly number[] }>,
): Array<{ pid: string; t: number; v: number }> {
  const all: Array<{ pid: string; t: number; v: number }> = [];
  for (const s of series) {
    for (let i = 0; i < s.t.length; i++) {
      const t = s.t[i];
      const v = s.v[i];
      if (t !== undefined && v !== undefined) all.push({ pid: s.pid, t, v });
    }
  }
  return all.sort((a, b) => a.t - b.t);
}
