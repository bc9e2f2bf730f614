import { scaleBand, scaleLinear } from 'd3';
import { estimateTextWidth, truncateToWidth } from './text-width.ts';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** Text drawn at the end of the bar, e.g. "≥100份". */
  valueText: string;
  /** Drawn hatched/lighter: an approximate value. */
  approximate?: boolean;
  /** A value the report states as zero; drawn as a marker at 0 so it is visibly not missing. */
  zero?: boolean;
  /** Drawn muted before the label, e.g. the rank "1". */
  prefix?: string;
}

export interface ReferenceLine {
  key: string;
  label: string;
  value: number;
}

export interface BarLayoutOptions {
  width: number;
  /** Fixed total height (export presets); otherwise the height grows with the number of bars. */
  height?: number;
  fontSize: number;
  references?: readonly ReferenceLine[];
  /** Only whole-number ticks (counts). */
  integerTicks?: boolean;
}

export interface BarMark extends BarDatum {
  y: number;
  height: number;
  width: number;
  labelText: string;
  /** x of the prefix (left edge of the label column), relative to the plot. */
  prefixX: number;
  valueX: number;
  valueInside: boolean;
}

export interface ReferenceMark extends ReferenceLine {
  x: number;
  labelY: number;
}

export interface BarLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  bars: BarMark[];
  references: ReferenceMark[];
  ticks: { x: number; text: string }[];
  plotWidth: number;
  plotHeight: number;
}

/** Pure layout of a ranked horizontal bar chart: scales, bar geometry, labels that fit, reference lines. */
export function layoutBars(
  data: readonly BarDatum[],
  options: BarLayoutOptions,
  formatTick: (v: number) => string,
): BarLayout {
  const { width, fontSize } = options;
  const references = options.references ?? [];
  const prefixWidth = Math.max(
    0,
    ...data.map((d) => (d.prefix ? estimateTextWidth(d.prefix, fontSize) + fontSize * 0.6 : 0)),
  );
  const maxLabel = Math.max(0, ...data.map((d) => estimateTextWidth(d.label, fontSize))) + prefixWidth;
  // A fixed height means an export preset: give long agency names more room there before truncating with …
  const left = Math.min(Math.max(maxLabel + 12, 60), width * (options.height ? 0.5 : 0.38));
  const maxValueText = Math.max(0, ...data.map((d) => estimateTextWidth(d.valueText, fontSize)));
  const margin = {
    top: references.length > 0 ? fontSize * 1.8 : fontSize * 0.6,
    right: Math.min(maxValueText + 10, width * 0.25),
    bottom: fontSize * 2,
    left,
  };
  const plotWidth = Math.max(40, width - margin.left - margin.right);
  const step = fontSize * 2.2;
  const plotHeight = options.height
    ? Math.max(step, options.height - margin.top - margin.bottom)
    : Math.max(step, data.length * step);
  const height = options.height ?? plotHeight + margin.top + margin.bottom;

  const maxValue = Math.max(0, ...data.map((d) => d.value), ...references.map((r) => r.value));
  const x = scaleLinear()
    .domain([0, maxValue > 0 ? maxValue : 1])
    .nice()
    .range([0, plotWidth]);
  const y = scaleBand<string>()
    .domain(data.map((d) => d.key))
    .range([0, plotHeight])
    .paddingInner(0.25)
    .paddingOuter(0.1);

  const bars = data.map((d) => {
    const barWidth = Math.max(0, x(d.value));
    const textWidth = estimateTextWidth(d.valueText, fontSize);
    const valueInside = barWidth + textWidth + 8 > plotWidth + margin.right && barWidth > textWidth + 12;
    return {
      ...d,
      y: y(d.key) ?? 0,
      height: y.bandwidth(),
      width: barWidth,
      labelText: truncateToWidth(d.label, left - 10 - prefixWidth, fontSize),
      prefixX: -left + 4,
      valueX: valueInside ? barWidth - 6 : barWidth + (d.zero ? 8 : 5),
      valueInside,
    };
  });
  const referenceMarks = references.map((r, i) => ({
    ...r,
    x: x(r.value),
    labelY: -fontSize * (0.5 + 0.9 * (i % 2)),
  }));
  // At export font sizes ticks need more room; on screen (13 px) the spacing stays 90 px.
  const tickCount = Math.max(2, Math.floor(plotWidth / Math.max(90, fontSize * 6.5)));
  const ticks = x
    .ticks(tickCount)
    .filter((v) => !options.integerTicks || Number.isInteger(v))
    .map((v) => ({ x: x(v), text: formatTick(v) }));
  return { width, height, margin, bars, references: referenceMarks, ticks, plotWidth, plotHeight };
}
