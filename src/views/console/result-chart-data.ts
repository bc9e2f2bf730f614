import type { BarDatum } from '../../lib/charts/bar-layout.ts';
import { formatNumber, type Lang } from '../../lib/charts/format-number.ts';
import type { LineSeries } from '../../lib/charts/line-layout.ts';
import type { ScatterPoint } from '../../lib/charts/scatter-layout.ts';
import { CONSOLE_LIMITS } from '../../lib/db/console/limits.ts';
import type { ResultData } from '../../lib/db/console/result-data.ts';

export type ChartKind = 'bar' | 'line' | 'scatter';

export interface ChartColumns {
  x: number;
  y: number;
  /** Column whose values split lines or colour points; -1 for none. */
  color: number;
}

/** Columns a chart kind can put on its x axis: any for bars, numbers and dates for lines and scatter plots. */
export function xCandidates(data: ResultData, kind: ChartKind): number[] {
  return data.columns.flatMap((c, i) => (kind === 'bar' || c.numeric || c.temporal ? [i] : []));
}

/**
 * A sensible first choice per chart kind: bars rank a text column by the first number; lines run along a
 * date or year column, one line per text value; scatter plots pair the first two numbers.
 */
export function defaultColumns(data: ResultData, kind: ChartKind): ChartColumns {
  const cols = data.columns;
  const numbers = cols.flatMap((c, i) => (c.numeric ? [i] : []));
  const text = cols.findIndex((c) => !c.numeric && !c.temporal);
  if (kind === 'bar') {
    const x = text >= 0 ? text : 0;
    return { x, y: numbers.find((i) => i !== x) ?? -1, color: -1 };
  }
  const temporal = cols.findIndex((c) => c.temporal);
  const yearLike = numbers.find((i) => /year|date|month|年|月/i.test(cols[i].name));
  const x =
    kind === 'line' ? (temporal >= 0 ? temporal : (yearLike ?? numbers[0] ?? -1)) : (numbers[0] ?? -1);
  const y = numbers.find((i) => i !== x) ?? -1;
  return { x, y, color: kind === 'line' ? text : -1 };
}

/** Bars for the first rows (in the result's own order, so ORDER BY decides the ranking). */
export function barData(data: ResultData, rowCount: number, { x, y }: ChartColumns, lang: Lang): BarDatum[] {
  const bars: BarDatum[] = [];
  const seen = new Map<string, number>();
  for (let r = 0; r < rowCount && bars.length < CONSOLE_LIMITS.chartBars; r++) {
    const value = data.columns[y].toNumber(data.raw(r, y));
    if (value === null) continue;
    const label = data.text(r, x) ?? 'NULL';
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    bars.push({
      key: n > 1 ? `${label} (${n})` : label,
      label,
      value,
      valueText: formatNumber(value, lang),
      zero: value === 0,
    });
  }
  return bars;
}

/** One line per value of the colour column (or one line), points ordered by x. */
export function lineData(data: ResultData, rowCount: number, { x, y, color }: ChartColumns): LineSeries[] {
  const groups = new Map<string, { x: number; y: number | null }[]>();
  for (let r = 0, n = 0; r < rowCount && n < CONSOLE_LIMITS.chartPoints; r++) {
    const xv = data.columns[x].toNumber(data.raw(r, x));
    if (xv === null) continue;
    const key = color >= 0 ? (data.text(r, color) ?? 'NULL') : data.columns[y].name;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)?.push({ x: xv, y: data.columns[y].toNumber(data.raw(r, y)) });
    n++;
  }
  return [...groups].map(([key, points]) => ({
    key,
    label: key,
    points: points.sort((a, b) => a.x - b.x),
  }));
}

/** Points with both coordinates, labelled by the first text column. */
export function scatterData(
  data: ResultData,
  rowCount: number,
  { x, y, color }: ChartColumns,
): ScatterPoint[] {
  const labelColumn = data.columns.findIndex((c) => !c.numeric);
  const points: ScatterPoint[] = [];
  for (let r = 0; r < rowCount && points.length < CONSOLE_LIMITS.chartPoints; r++) {
    const xv = data.columns[x].toNumber(data.raw(r, x));
    const yv = data.columns[y].toNumber(data.raw(r, y));
    if (xv === null || yv === null) continue;
    points.push({
      key: String(r),
      label: labelColumn >= 0 ? (data.text(r, labelColumn) ?? String(r + 1)) : String(r + 1),
      x: xv,
      y: yv,
      category: color >= 0 ? data.text(r, color) : null,
    });
  }
  return points;
}
