import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { LiveGroup, LiveStore } from './live-store';

/**
 * Draws a LiveStore: one uPlot (canvas) per PID group, created once and fed with `setData`
 * on the next animation frame after samples arrived, plus the gauges' numbers written
 * straight into their DOM nodes. Nothing here goes through React, so a 10 Hz stream of 12
 * PIDs costs one redraw per group per frame at most, whatever the number of samples.
 */

export interface SeriesMeta {
  label: string;
  unitLabel: string;
  color: string;
  digits: number;
}

export interface GaugeNodes {
  value: HTMLElement;
  min: HTMLElement;
  max: HTMLElement;
  avg: HTMLElement;
}

interface DrawMetrics {
  /** Sample leaving the adapter → drawn on the canvas, ms (bounded ring, for the bench). */
  latencies: number[];
  draws: number;
}

declare global {
  interface Window {
    /** Set by the benchmark (sessionStorage `novaevo.atelier.metrics` = 1) and read back by it. */
    novaevoAtelierMetrics?: DrawMetrics;
  }
}

const METRICS_KEY = 'novaevo.atelier.metrics';
const MAX_LATENCIES = 200_000;
const REDRAWS_PER_FRAME = 3;

function metrics(): DrawMetrics | null {
  if (window.novaevoAtelierMetrics) return window.novaevoAtelierMetrics;
  if (sessionStorage.getItem(METRICS_KEY) !== '1') return null;
  window.novaevoAtelierMetrics = { latencies: [], draws: 0 };
  return window.novaevoAtelierMetrics;
}

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

interface ChartEntry {
  group: LiveGroup;
  plot: uPlot;
  drawnVersion: number;
  shown: boolean[];
  /** Adapter time of the oldest sample handed to uPlot and not yet drawn (0: none). */
  awaitingT: number;
}

export class LiveBoard {
  private readonly charts: ChartEntry[] = [];
  private readonly gauges = new Map<string, GaugeNodes>();
  private readonly formats = new Map<number, Intl.NumberFormat>();
  private frame = 0;
  private gaugeVersion = -1;
  private readonly resize: ResizeObserver;
  private markers: Array<{ t: number; label: string }> = [];
  private readonly clock: Intl.DateTimeFormat;

  constructor(
    private readonly container: HTMLElement,
    private readonly store: LiveStore,
    private readonly meta: ReadonlyMap<string, SeriesMeta>,
    private readonly options: {
      windowMs: number | null;
      locale: string;
      groupLabel: (unitLabel: string, labels: string[]) => string;
    },
  ) {
    this.clock = new Intl.DateTimeFormat(options.locale, {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    const width = Math.max(320, container.clientWidth);
    const text = cssVar('--text', '#eef1f5');
    const grid = cssVar('--border', '#333c48');
    for (const group of store.groupList()) {
      const first = meta.get(group.pids[0] ?? '');
      const labels = group.pids.map((pid) => meta.get(pid)?.label ?? pid);
      const figure = document.createElement('figure');
      figure.className = 'atelier-chart';
      figure.setAttribute('role', 'img');
      figure.setAttribute('aria-label', options.groupLabel(first?.unitLabel ?? '', labels));
      const caption = document.createElement('figcaption');
      caption.textContent = `${labels.join(' · ')}${first?.unitLabel ? ` (${first.unitLabel})` : ''}`;
      figure.append(caption);
      container.append(figure);
      const windowMs = options.windowMs;
      const state = { awaitingT: 0 };
      const drawHook = (u: uPlot) => {
        this.drawMarkers(u);
        // uPlot draws in a microtask after setData, still inside this animation frame.
        const probe = metrics();
        if (probe && state.awaitingT > 0 && probe.latencies.length < MAX_LATENCIES) {
          probe.draws++;
          probe.latencies.push(Date.now() - state.awaitingT);
        }
        state.awaitingT = 0;
      };
      const plot = new uPlot(
        {
          width,
          height: 170,
          pxAlign: 0,
          legend: { show: false },
          cursor: { drag: { x: windowMs === null, y: false } },
          scales: {
            x: {
              time: true,
              // Live: a window sliding with the newest sample; replay: the whole recording.
              // Before the first sample, the window ending now (uPlot cannot draw a null range).
              range: (_u, min, max) => {
                const end = max ?? Date.now() / 1000;
                if (windowMs !== null) return [end - windowMs / 1000, end];
                return [min ?? end - 60, end];
              },
            },
          },
          axes: [
            {
              stroke: text,
              grid: { stroke: grid, width: 1 },
              ticks: { stroke: grid },
              // Wall-clock time as the garage reads it (uPlot's default is US-style).
              values: (_u, splits) => splits.map((s) => this.clock.format(new Date(s * 1000))),
            },
            {
              stroke: text,
              grid: { stroke: grid, width: 1 },
              ticks: { stroke: grid },
              size: 60,
            },
          ],
          series: [
            {},
            ...group.pids.map((pid) => ({
              label: meta.get(pid)?.label ?? pid,
              stroke: meta.get(pid)?.color ?? text,
              width: 2,
              show: false,
              points: { show: false },
            })),
          ],
          hooks: { draw: [drawHook] },
        },
        group.rows.view() as unknown as uPlot.AlignedData,
        figure,
      );
      this.charts.push(
        Object.assign(state, { group, plot, drawnVersion: -1, shown: group.pids.map(() => false) }),
      );
    }
    this.resize = new ResizeObserver(() => {
      const next = Math.max(320, this.container.clientWidth);
      for (const chart of this.charts) chart.plot.setSize({ width: next, height: 170 });
    });
    this.resize.observe(container);
    this.frame = requestAnimationFrame(this.tick);
  }

  /**
   * Finds the gauges rendered by React under `root` (`[data-gauge=PID]` holding
   * `[data-stat=value|min|max|avg]`); their text is then written directly on each frame.
   */
  bindGauges(root: HTMLElement | null): void {
    this.gauges.clear();
    for (const tile of root?.querySelectorAll<HTMLElement>('[data-gauge]') ?? []) {
      const pick = (stat: string) => tile.querySelector<HTMLElement>(`[data-stat="${stat}"]`);
      const value = pick('value');
      const min = pick('min');
      const max = pick('max');
      const avg = pick('avg');
      if (tile.dataset.gauge && value && min && max && avg) {
        this.gauges.set(tile.dataset.gauge, { value, min, max, avg });
      }
    }
    this.gaugeVersion = -1;
  }

  setMarkers(markers: Array<{ t: number; label: string }>): void {
    this.markers = markers;
    for (const chart of this.charts) chart.plot.redraw(false, false);
  }

  private readonly tick = () => {
    this.frame = requestAnimationFrame(this.tick);
    // A batch of samples makes every chart dirty at once; redrawing them all in one frame
    // makes that frame long on a software-rendered canvas. At most REDRAWS_PER_FRAME charts
    // are redrawn per frame, the longest-waiting first: the cost is spread over 2–3 frames
    // (≤ 50 ms more latency) and no frame stalls.
    const dirty = this.charts.filter((chart) => chart.group.version !== chart.drawnVersion);
    if (dirty.length > REDRAWS_PER_FRAME) {
      dirty.sort((a, b) => (a.group.pendingT || Infinity) - (b.group.pendingT || Infinity));
    }
    for (const chart of dirty.slice(0, REDRAWS_PER_FRAME)) {
      const group = chart.group;
      chart.drawnVersion = group.version;
      group.pids.forEach((pid, index) => {
        if (!chart.shown[index] && this.store.stats.has(pid)) {
          chart.shown[index] = true;
          chart.plot.setSeries(index + 1, { show: true });
        }
      });
      if (chart.awaitingT === 0) chart.awaitingT = group.pendingT;
      group.pendingT = 0;
      chart.plot.setData(group.rows.view() as unknown as uPlot.AlignedData);
    }
    if (this.store.version !== this.gaugeVersion) {
      this.gaugeVersion = this.store.version;
      this.writeGauges();
    }
  };

  private format(value: number, digits: number): string {
    let format = this.formats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(this.options.locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      this.formats.set(digits, format);
    }
    return format.format(value);
  }

  private writeGauges(): void {
    for (const [pid, nodes] of this.gauges) {
      const stats = this.store.stats.get(pid);
      const digits = this.meta.get(pid)?.digits ?? 1;
      const set = (node: HTMLElement, value: number | null) => {
        const text = value === null ? '—' : this.format(value, digits);
        if (node.textContent !== text) node.textContent = text;
      };
      set(nodes.value, stats ? stats.last : null);
      set(nodes.min, stats ? stats.min : null);
      set(nodes.max, stats ? stats.max : null);
      set(nodes.avg, stats ? stats.sum / stats.count : null);
    }
  }

  private drawMarkers(u: uPlot): void {
    if (this.markers.length === 0) return;
    const ctx = u.ctx;
    const { top, height } = u.bbox;
    ctx.save();
    ctx.strokeStyle = cssVar('--jaune', '#ffc53d');
    ctx.fillStyle = ctx.strokeStyle;
    ctx.lineWidth = 2 * devicePixelRatio;
    ctx.font = `${12 * devicePixelRatio}px system-ui, sans-serif`;
    for (const marker of this.markers) {
      const x = u.valToPos(marker.t / 1000, 'x', true);
      if (!Number.isFinite(x) || x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, top + height);
      ctx.stroke();
      ctx.fillText(marker.label, x + 4 * devicePixelRatio, top + 14 * devicePixelRatio);
    }
    ctx.restore();
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.resize.disconnect();
    for (const chart of this.charts) chart.plot.destroy();
    this.container.replaceChildren();
  }
}
