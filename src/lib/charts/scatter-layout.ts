import { scaleLinear } from 'd3';
import { dodge } from './label-dodge.ts';
import { seriesColor } from './palette.ts';
import { estimateTextWidth, truncateToWidth } from './text-width.ts';

export interface ScatterPoint {
  key: string;
  label: string;
  x: number;
  y: number;
  /** Colour group; points without one share the first colour. */
  category?: string | null;
  approximate?: boolean;
}

export interface ScatterLayoutOptions {
  width: number;
  height?: number;
  fontSize: number;
  formatX: (v: number) => string;
  formatY: (v: number) => string;
  xLabel?: string;
  yLabel?: string;
  xDomain?: readonly [number, number];
  yDomain?: readonly [number, number];
  /** Keys of points to label; all points are labelled when there are at most `autoLabelMax` (12). */
  labelKeys?: readonly string[];
  autoLabelMax?: number;
}

export interface ScatterMark extends ScatterPoint {
  px: number;
  py: number;
  color: string;
}

export interface ScatterLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  plotWidth: number;
  plotHeight: number;
  points: ScatterMark[];
  labels: { key: string; x: number; y: number; anchorY: number; text: string; anchor: 'start' | 'end' }[];
  xTicks: { x: number; text: string }[];
  yTicks: { y: number; text: string }[];
  legend: { category: string; color: string; x: number; width: number }[];
  radius: number;
}

function domainOf(values: number[], given?: readonly [number, number]): [number, number] {
  if (given) return [given[0], given[1]];
  if (values.length === 0) return [0, 1];
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values);
  return hi > lo ? [lo, hi] : [lo, lo + 1];
}

/** Pure layout of an x/y scatter with an optional colour category, labels dodged vertically, and a legend. */
export function layoutScatter(data: readonly ScatterPoint[], options: ScatterLayoutOptions): ScatterLayout {
  const { width, fontSize, formatX, formatY } = options;
  const categories = [...new Set(data.map((d) => d.category ?? ''))].filter(Boolean);
  const colorOf = (c: string | null | undefined) => seriesColor(c ? categories.indexOf(c) : 0);
  const [y0, y1] = domainOf(
    data.map((d) => d.y),
    options.yDomain,
  );
  const yTickWidth = Math.max(
    ...[y0, y1].map((v) => estimateTextWidth(formatY(v), fontSize * 0.85)),
    estimateTextWidth('0000', fontSize * 0.85),
  );
  const legendHeight = categories.length > 1 ? fontSize * 1.8 : 0;
  const margin = {
    top: fontSize * (options.yLabel ? 2.2 : 1) + legendHeight,
    right: fontSize * 5,
    bottom: fontSize * (options.xLabel ? 3.4 : 2.2),
    left: yTickWidth + fontSize * 0.9,
  };
  const plotWidth = Math.max(40, width - margin.left - margin.right);
  const height = options.height ?? Math.round(Math.max(220, Math.min(480, width * 0.6)));
  const plotHeight = Math.max(40, height - margin.top - margin.bottom);
  const x = scaleLinear()
    .domain(
      domainOf(
        data.map((d) => d.x),
        options.xDomain,
      ),
    )
    .nice()
    .range([0, plotWidth]);
  const y = scaleLinear().domain([y0, y1]).nice().range([plotHeight, 0]);
  const radius = Math.max(3, fontSize * 0.35);

  const points = data.map((d) => ({ ...d, px: x(d.x), py: y(d.y), color: colorOf(d.category) }));
  const labelSet = new Set(
    options.labelKeys ?? (data.length <= (options.autoLabelMax ?? 12) ? data.map((d) => d.key) : []),
  );
  const labelled = points.filter((p) => labelSet.has(p.key));
  const placed = dodge(
    labelled.map((p) => p.py),
    fontSize * 1.1,
    0,
    plotHeight,
  );
  // Labels sit right of their point, or left of it in the right third so they stay inside the chart.
  const labels = labelled.map((p, i) => {
    const flip = p.px > plotWidth * 0.66;
    const room = flip ? p.px + margin.left - radius - 6 : plotWidth + margin.right - p.px - radius - 6;
    return {
      key: p.key,
      x: flip ? p.px - radius - 4 : p.px + radius + 4,
      y: placed[i],
      anchorY: p.py,
      text: truncateToWidth(p.label, Math.max(fontSize * 3, room), fontSize),
      anchor: (flip ? 'end' : 'start') as 'start' | 'end',
    };
  });

  let cursor = 0;
  const legend = (categories.length > 1 ? categories : []).map((category) => {
    const w = estimateTextWidth(category, fontSize * 0.9) + fontSize * 1.6;
    const item = { category, color: colorOf(category), x: cursor, width: w };
    cursor += w + fontSize;
    return item;
  });
  const xTicks = x
    .ticks(Math.max(2, Math.floor(plotWidth / (fontSize * 6))))
    .map((v) => ({ x: x(v), text: formatX(v) }));
  const yTicks = y
    .ticks(Math.max(2, Math.floor(plotHeight / (fontSize * 3.5))))
    .map((v) => ({ y: y(v), text: formatY(v) }));
  return { width, height, margin, plotWidth, plotHeight, points, labels, xTicks, yTicks, legend, radius };
}
