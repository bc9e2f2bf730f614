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
}

export interface BarMark extends BarDatum {
  y: number;
  height: number;
  width: number;
  labelText: string;
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
  const maxLabel = Math.max(0, ...data.map((d) => estimateTextWidth(d.label, fontSize)));
  const left = Math.min(Math.max(maxLabel + 12, 60), width * 0.38);
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
      labelText: truncateToWidth(d.label, left - 10, fontSize),
      valueX: valueInside ? barWidth - 6 : barWidth + (d.zero ? 8 : 5),
      valueInside,
    };
  });
  const referenceMarks = references.map((r, i) => ({
    ...r,
    x: x(r.value),
    labelY: -fontSize * (0.5 + 0.9 * (i % 2)),
  }));
  const tickCount = Math.max(2, Math.floor(plotWidth / 90));
  const ticks = x.ticks(tickCount).map((v) => ({ x: x(v), text: formatTick(v) }));
  return { width, height, margin, bars, references: referenceMarks, ticks, plotWidth, plotHeight };
}
