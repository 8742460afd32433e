import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { WatchItem } from '@shared/diagnosis/types';

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

/**
 * One watched value across visits: the visits as points joined by a line, and the limit as a
 * dashed line. Loaded on demand (uPlot is only needed when a report has something to watch).
 */
export function drawTrendChart(container: HTMLElement, item: WatchItem, limitLabel: string): uPlot {
  const times = item.points.map((p) => p.t / 1000);
  const values = item.points.map((p) => p.value);
  const limit = item.points.map(() => item.limit);
  const text = cssVar('--text', '#eef1f5');
  const grid = cssVar('--border', '#333c48');
  const lo = Math.min(...values, item.limit);
  const hi = Math.max(...values, item.limit);
  const pad = (hi - lo) * 0.15 || 1;
  return new uPlot(
    {
      width: Math.max(280, Math.min(560, container.clientWidth)),
      height: 150,
      legend: { show: false },
      scales: { x: { time: true }, y: { range: [lo - pad, hi + pad] } },
      axes: [
        { stroke: text, grid: { stroke: grid } },
        { stroke: text, grid: { stroke: grid }, size: 56 },
      ],
      series: [
        {},
        { label: item.metric, stroke: '#e65100', width: 2, points: { show: true, size: 7 } },
        { label: limitLabel, stroke: '#c62828', width: 1, dash: [6, 4], points: { show: false } },
      ],
    },
    [times, values, limit],
    container,
  );
}
