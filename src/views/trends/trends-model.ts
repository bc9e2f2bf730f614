import type { ChartContext } from '../../lib/charts/chart-types.ts';
import {
  formatChange,
  formatPercentChange,
  formatValue,
  isApproximate,
  type Lang,
} from '../../lib/charts/format-number.ts';
import type { LineSeries } from '../../lib/charts/line-layout.ts';
import { seriesColor } from '../../lib/charts/palette.ts';
import type { PlainRow } from '../../lib/db/arrow-rows.ts';
import { t } from '../../lib/i18n/messages.ts';

/** One report of a chosen agency, typed from the trends query. */
export interface TrendRow {
  file: string;
  agency: string;
  year: number;
  value: number | null;
  qualifier: string | null;
  evidence: string | null;
  evidence_start: number | null;
  evidence_end: number | null;
  missing_reason: string | null;
  prev_value: number | null;
  prev_qualifier: string | null;
  prev_year: number | null;
  change: number | null;
  change_pct: number | null;
  change_approximate: boolean;
}

export const toTrendRows = (rows: readonly PlainRow[]) => rows as unknown as TrendRow[];

/** Beyond this many agencies one chart gets crowded: draw one small panel per agency instead. */
export const MAX_LINES = 6;

export type TrendsMode = 'lines' | 'slope' | 'multiples';

/** Small multiples past MAX_LINES agencies; a slope chart when two years exist and someone has both. */
export function trendsMode(agencies: number, years: number, anySpansYears: boolean): TrendsMode {
  if (agencies > MAX_LINES) return 'multiples';
  return years === 2 && anySpansYears ? 'slope' : 'lines';
}

/** True when at least one agency has values in two or more years, i.e. there is a change to draw. */
export function anySeriesSpans(rows: readonly TrendRow[]): boolean {
  const years = new Map<string, Set<number>>();
  for (const r of rows)
    if (r.value !== null) years.set(r.agency, (years.get(r.agency) ?? new Set()).add(r.year));
  return [...years.values()].some((y) => y.size >= 2);
}

/** Years that have at least one value, oldest first. */
export function yearsWithValues(rows: readonly TrendRow[]): number[] {
  return [...new Set(rows.filter((r) => r.value !== null).map((r) => r.year))].sort((a, b) => a - b);
}

/** One series per chosen agency (in the chosen order, colours fixed by that order), gaps where undisclosed. */
export function toSeries(
  rows: readonly TrendRow[],
  agencies: readonly string[],
  unit: string,
  lang: Lang,
): LineSeries[] {
  return agencies.map((agency, i) => ({
    key: agency,
    label: agency,
    color: seriesColor(i),
    points: rows
      .filter((r) => r.agency === agency)
      .map((r) => ({
        x: r.year,
        y: r.value,
        valueText: r.value === null ? undefined : formatValue(r.value, unit, lang, r.qualifier),
        approximate: isApproximate(r.qualifier),
      })),
  }));
}

export interface YoyRow {
  key: string;
  agency: string;
  year: number;
  value: string;
  previous: string;
  change: string;
  changePct: string;
}

/** The change table: each agency's reports newest first, with the change from its previous report and why not. */
export function toYoyRows(rows: readonly TrendRow[], unit: string, lang: Lang): YoyRow[] {
  return [...rows]
    .sort((a, b) => a.agency.localeCompare(b.agency, 'zh-CN') || b.year - a.year)
    .map((r) => {
      const value =
        r.value === null ? t('notDisclosed', lang) : formatValue(r.value, unit, lang, r.qualifier);
      const previous =
        r.prev_year === null
          ? t('trends.noPrevious', lang)
          : `${r.prev_year}：${r.prev_value === null ? t('notDisclosed', lang) : formatValue(r.prev_value, unit, lang, r.prev_qualifier)}`;
      let change = '—';
      let changePct = '—';
      if (r.change !== null) {
        change = formatChange(r.change, unit, lang, r.change_approximate);
        changePct =
          r.change_pct === null
            ? t('trends.prevZero', lang)
            : formatPercentChange(r.change_pct, lang, r.change_approximate);
      } else if (r.prev_year !== null) {
        change = r.value === null ? t('trends.nowMissing', lang) : t('trends.prevMissing', lang);
      }
      return { key: r.file, agency: r.agency, year: r.year, value, previous, change, changePct };
    });
}

export function trendsContext(
  rows: readonly TrendRow[],
  agencies: readonly string[],
  filters: string[],
  lang: Lang,
): ChartContext {
  const years = yearsWithValues(rows);
  const notes: string[] = [];
  if (rows.some((r) => isApproximate(r.qualifier))) notes.push(t('approxNote', lang));
  const silent = agencies.filter((a) => !rows.some((r) => r.agency === a && r.value !== null));
  if (silent.length > 0) notes.push(`${t('notDisclosed', lang)}：${silent.join('、')}`);
  return {
    years,
    agencies: agencies.filter((a) => !silent.includes(a)),
    filters,
    notes,
    hasData: years.length > 0,
    emptyReason: years.length > 0 ? undefined : t('noData', lang),
  };
}
