import { line, scaleLinear } from 'd3';
import { dodge } from './label-dodge.ts';
import { seriesColor } from './palette.ts';
import { estimateTextWidth, truncateToWidth } from './text-width.ts';

export interface LinePoint {
  x: number;
  /** null leaves a gap in the line (e.g. a year the agency did not disclose). */
  y: number | null;
  /** Text drawn by the point when point labels are on, e.g. "≥100份". */
  valueText?: string;
  approximate?: boolean;
}

export interface LineSeries {
  key: string;
  label: string;
  points: readonly LinePoint[];
  color?: string;
}

export interface LineLayoutOptions {
  width: number;
  /** Fixed total height (export presets); otherwise derived from the width. */
  height?: number;
  fontSize: number;
  formatY: (v: number) => string;
  formatX?: (v: number) => string;
  /** Two x values drawn as a slope chart, labels on both sides. Ignored unless the data has exactly two. */
  slope?: boolean;
  /** Shared domains for small multiples. */
  xDomain?: readonly [number, number];
  yDomain?: readonly [number, number];
  pointLabels?: boolean;
  /** Series names at the line ends; default when there is more than one series. */
  endLabels?: boolean;
  /** Add the last value to each end label ("湖南省通信管理局 4件"). */
  endValues?: boolean;
  /** Only whole-number y ticks (counts). */
  integerTicks?: boolean;
}

export interface PointMark extends LinePoint {
  y: number;
  px: number;
  py: number;
}

export interface SideLabel {
  x: number;
  y: number;
  anchorY: number;
  text: string;
  anchor: 'start' | 'end';
}

export interface SeriesMark {
  key: string;
  label: string;
  color: string;
  path: string;
  points: PointMark[];
  labels: SideLabel[];
}

export interface LineLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  plotWidth: number;
  plotHeight: number;
  slope: boolean;
  series: SeriesMark[];
  xTicks: { x: number; text: string }[];
  yTicks: { y: number; text: string }[];
  /** y of the zero line when zero is inside the domain. */
  zeroY: number | null;
}

function extent(values: number[], fallback: [number, number]): [number, number] {
  return values.length > 0 ? [Math.min(...values), Math.max(...values)] : fallback;
}

/** Pure layout of a multi-series line chart (or a slope chart for two x values): scales, paths, labels. */
export function layoutLines(data: readonly LineSeries[], options: LineLayoutOptions): LineLayout {
  const { width, fontSize, formatY } = options;
  const formatX = options.formatX ?? ((v: number) => String(v));
  const xs = [...new Set(data.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const ys = data.flatMap((s) => s.points.flatMap((p) => (p.y === null ? [] : [p.y])));
  const slope = Boolean(options.slope) && xs.length === 2;
  const endLabels = options.endLabels ?? data.length > 1;
  const colored = data.map((s, i) => ({ ...s, color: s.color ?? seriesColor(i) }));

  const valueWidth = Math.max(
    0,
    ...data.flatMap((s) => s.points.map((p) => estimateTextWidth(p.valueText ?? '', fontSize))),
  );
  const nameWidth = Math.min(
    width * 0.22,
    Math.max(0, ...data.map((s) => estimateTextWidth(s.label, fontSize))),
  );
  const yTickWidth = Math.max(...[0, ...ys].map((v) => estimateTextWidth(formatY(v), fontSize * 0.85)));
  const sideWidth = Math.min(width * 0.32, nameWidth + valueWidth + fontSize * 1.8);
  const margin = {
    top: fontSize * (slope ? 2.2 : 1),
    right: slope
      ? sideWidth
      : endLabels
        ? Math.min(width * 0.35, nameWidth + fontSize + (options.endValues ? valueWidth + fontSize * 0.6 : 0))
        : fontSize * 1.5,
    bottom: slope ? fontSize * 0.8 : fontSize * 2.2,
    left: slope ? sideWidth : yTickWidth + fontSize * 0.8,
  };
  const plotWidth = Math.max(40, width - margin.left - margin.right);
  const height = options.height ?? Math.round(Math.max(200, Math.min(400, width * 0.42)));
  const plotHeight = Math.max(40, height - margin.top - margin.bottom);

  const [x0, x1] = options.xDomain ?? extent(xs, [0, 1]);
  const inset = slope || x0 === x1 ? 0 : Math.min(plotWidth * 0.04, fontSize);
  const x = scaleLinear()
    .domain(x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1])
    .range([inset, plotWidth - inset]);
  const [y0, y1] = options.yDomain ?? extent(ys, [0, 1]);
  const y = scaleLinear()
    .domain([Math.min(0, y0), y1 > Math.min(0, y0) ? y1 : Math.min(0, y0) + 1])
    .nice()
    .range([plotHeight, 0]);

  const path = line<{ px: number; py: number }>()
    .defined((p) => Number.isFinite(p.py))
    .x((p) => p.px)
    .y((p) => p.py);

  const series: SeriesMark[] = colored.map((s) => {
    const sorted = [...s.points].sort((a, b) => a.x - b.x);
    const points = sorted
      .filter((p) => p.y !== null)
      .map((p) => ({ ...p, y: p.y as number, px: x(p.x), py: y(p.y as number) }));
    const all = sorted.map((p) => ({ px: x(p.x), py: p.y === null ? NaN : y(p.y) }));
    return {
      key: s.key,
      label: s.label,
      color: s.color,
      path: path(all) ?? '',
      points,
      labels: [],
    };
  });

  const labelGap = fontSize * 1.15;
  const placeSide = (side: 'start' | 'end', at: number, text: (s: SeriesMark, p: PointMark) => string) => {
    const withPoint = series.flatMap((s) => {
      const p = side === 'start' ? s.points.find((q) => q.x === at) : s.points.findLast((q) => q.x === at);
      return p ? [{ s, p }] : [];
    });
    const ys2 = dodge(
      withPoint.map((w) => w.p.py),
      labelGap,
      0,
      plotHeight,
    );
    const maxWidth = (side === 'start' ? margin.left : margin.right) - fontSize * 0.6;
    withPoint.forEach(({ s, p }, i) =>
      s.labels.push({
        x: side === 'start' ? -fontSize * 0.6 : plotWidth + fontSize * 0.6,
        y: ys2[i],
        anchorY: p.py,
        text: truncateToWidth(text(s, p), maxWidth, fontSize),
        anchor: side === 'start' ? 'end' : 'start',
      }),
    );
  };
  if (slope) {
    placeSide('start', xs[0], (s, p) => `${s.label} ${p.valueText ?? formatY(p.y)}`);
    placeSide('end', xs[1], (s, p) => `${p.valueText ?? formatY(p.y)} ${s.label}`);
  } else if (endLabels) {
    const ends = series.flatMap((s) =>
      s.points.length > 0 ? [{ s, p: s.points[s.points.length - 1] }] : [],
    );
    const ys2 = dodge(
      ends.map((e) => e.p.py),
      labelGap,
      0,
      plotHeight,
    );
    ends.forEach(({ s, p }, i) =>
      s.labels.push({
        x: p.px + fontSize * 0.6,
        y: ys2[i],
        anchorY: p.py,
        text: truncateToWidth(
          options.endValues ? `${s.label} ${p.valueText ?? formatY(p.y)}` : s.label,
          margin.right + plotWidth - p.px - fontSize * 0.8,
          fontSize,
        ),
        anchor: 'start',
      }),
    );
  }

  const tickCount = Math.max(2, Math.floor(plotHeight / (fontSize * 3.5)));
  const yTicks = y
    .ticks(tickCount)
    .filter((v) => !options.integerTicks || Number.isInteger(v))
    .map((v) => ({ y: y(v), text: formatY(v) }));
  const tickValues = options.xDomain
    ? Array.from({ length: Math.floor(x1) - Math.ceil(x0) + 1 }, (_, i) => Math.ceil(x0) + i)
    : xs;
  const everyX = Math.max(
    1,
    Math.ceil(tickValues.length / Math.max(1, Math.floor(plotWidth / (fontSize * 3.5)))),
  );
  const xTicks = tickValues
    .filter((_, i) => slope || i % everyX === 0)
    .map((v) => ({ x: x(v), text: formatX(v) }));
  const [d0, d1] = y.domain();
  return {
    width,
    height,
    margin,
    plotWidth,
    plotHeight,
    slope,
    series,
    xTicks,
    yTicks: slope ? [] : yTicks,
    zeroY: d0 <= 0 && d1 >= 0 ? y(0) : null,
  };
}
