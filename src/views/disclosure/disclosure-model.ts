import type { ChartContext } from '../../lib/charts/chart-types.ts';
import { formatNumber, formatValue, type Lang } from '../../lib/charts/format-number.ts';
import type { HeatmapCell, HeatmapColumn, HeatmapRow, LegendItem } from '../../lib/charts/heatmap-layout.ts';
import { STATUS_COLORS } from '../../lib/charts/palette.ts';
import type { PlainRow } from '../../lib/db/arrow-rows.ts';
import type { DisclosureStatus } from '../../lib/db/queries/disclosure.ts';
import { t, type MessageKey } from '../../lib/i18n/messages.ts';
import type { DisclosureSort } from '../../lib/state/url-state.ts';
import { familyLabel, metricLabel, type MetricOption } from '../../lib/state/metric-options.ts';

/** One cell of the disclosure query. */
export interface DisclosureCell {
  file: string;
  agency: string;
  level: string | null;
  report_chars: number;
  metric_id: string;
  family: string;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  evidence: string | null;
  evidence_start: number | null;
  evidence_end: number | null;
  status: DisclosureStatus;
  disclosed_n: number;
  catalog_n: number;
  score: number;
  prev_score: number | null;
}

export const toDisclosureCells = (rows: readonly PlainRow[]) => rows as unknown as DisclosureCell[];

export interface ReportScore {
  file: string;
  agency: string;
  level: string | null;
  chars: number;
  disclosed: number;
  total: number;
  score: number;
  prevScore: number | null;
}

/** One entry per report with its completeness, in the requested order. */
export function reportScores(cells: readonly DisclosureCell[], sort: DisclosureSort): ReportScore[] {
  const byFile = new Map<string, ReportScore>();
  for (const c of cells) {
    if (!byFile.has(c.file))
      byFile.set(c.file, {
        file: c.file,
        agency: c.agency,
        level: c.level,
        chars: c.report_chars,
        disclosed: c.disclosed_n,
        total: c.catalog_n,
        score: c.score,
        prevScore: c.prev_score,
      });
  }
  const byName = (a: ReportScore, b: ReportScore) =>
    a.agency.localeCompare(b.agency, 'zh-CN') || a.file.localeCompare(b.file);
  return [...byFile.values()].sort((a, b) =>
    sort === 'name'
      ? byName(a, b)
      : (sort === 'score' ? b.score - a.score : a.score - b.score) || byName(a, b),
  );
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

/** "+5" percentage points against last year, or "" without a previous report. */
export function scoreChange(r: ReportScore): string {
  if (r.prevScore === null) return '';
  const d = Math.round((r.score - r.prevScore) * 100);
  return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '±0';
}

export function statusLabel(status: DisclosureStatus, lang: Lang): string {
  return t(`status.${status}` as MessageKey, lang);
}

export const STATUS_FILL: Record<DisclosureStatus, string> = {
  disclosed: STATUS_COLORS.disclosed,
  approx: STATUS_COLORS.approx,
  zero: STATUS_COLORS.zero,
  missing: STATUS_COLORS.missing,
};

export function disclosureLegend(lang: Lang): LegendItem[] {
  return [
    { label: statusLabel('disclosed', lang), fill: STATUS_FILL.disclosed },
    { label: statusLabel('approx', lang), fill: STATUS_FILL.approx, hatch: true },
    { label: statusLabel('zero', lang), fill: STATUS_FILL.zero, text: '0' },
    { label: statusLabel('missing', lang), fill: STATUS_FILL.missing },
  ];
}

export interface MatrixModel {
  rows: HeatmapRow[];
  columns: HeatmapColumn[];
  cells: HeatmapCell[];
}

/** Row key per report: the agency name (what selection uses), made unique when an agency has two reports. */
export function rowKeys(reports: readonly { file: string; agency: string }[]): Map<string, string> {
  const seen = new Set<string>();
  const keys = new Map<string, string>();
  for (const r of reports) {
    keys.set(r.file, seen.has(r.agency) ? `${r.agency} · ${r.file}` : r.agency);
    seen.add(r.agency);
  }
  return keys;
}

/** Heatmap rows (reports, keyed by agency), catalog columns grouped by family, and one cell per pair. */
export function toMatrix(
  cells: readonly DisclosureCell[],
  scores: readonly ReportScore[],
  metrics: readonly MetricOption[],
  lang: Lang,
): MatrixModel {
  const catalog = metrics.filter((m) => !m.derived);
  const keyOf = rowKeys(scores);
  const rows = scores.map((r) => {
    const change = scoreChange(r);
    return {
      key: keyOf.get(r.file)!,
      label: r.agency,
      score: { value: r.score, text: change ? `${pct(r.score)} ${change}` : pct(r.score) },
    };
  });
  const columns = catalog.map((m) => ({
    key: m.id,
    label: metricLabel(m, lang),
    group: familyLabel(m.family, lang),
  }));
  const label = new Map(catalog.map((m) => [m.id, metricLabel(m, lang)]));
  const heat: HeatmapCell[] = cells.map((c) => ({
    row: keyOf.get(c.file)!,
    col: c.metric_id,
    fill: STATUS_FILL[c.status],
    hatch: c.status === 'approx',
    text: c.status === 'missing' || c.value === null ? undefined : formatNumber(c.value, lang, 1),
    label: `${c.agency} · ${label.get(c.metric_id) ?? c.metric_id}：${
      c.value === null ? statusLabel('missing', lang) : formatValue(c.value, c.unit ?? '', lang, c.qualifier)
    }`,
  }));
  return { rows, columns, cells: heat };
}

export function disclosureContext(
  scores: readonly ReportScore[],
  year: number | null,
  filters: string[],
  lang: Lang,
): ChartContext {
  return {
    years: year === null ? [] : [year],
    agencies: scores.map((s) => s.agency),
    filters,
    notes: [t('disclosure.subtitle', lang)],
    hasData: scores.length > 0,
    emptyReason: scores.length > 0 ? undefined : t('noData', lang),
  };
}

export { pct as formatShare };
