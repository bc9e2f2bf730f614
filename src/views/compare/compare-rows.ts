import type { BarDatum, ReferenceLine } from '../../lib/charts/bar-layout.ts';
import type { ChartContext } from '../../lib/charts/chart-types.ts';
import { formatNumber, formatValue, isApproximate, type Lang } from '../../lib/charts/format-number.ts';
import type { PlainRow } from '../../lib/db/arrow-rows.ts';
import { LIMITS } from '../../lib/db/query.ts';
import { t, tf, type MessageKey } from '../../lib/i18n/messages.ts';

/** One report's figure in the compare view, typed from the compare query's row. */
export interface CompareRow {
  file: string;
  agency: string;
  level: string | null;
  province: string | null;
  city: string | null;
  sector: string | null;
  value: number | null;
  qualifier: string | null;
  unit: string | null;
  evidence: string | null;
  evidence_start: number | null;
  evidence_end: number | null;
  source: string | null;
  missing_reason: string | null;
  numerator: number | null;
  denominator: number | null;
  rank: number | null;
  percentile: number | null;
  disclosed_count: number;
  peer_median: number | null;
  peer_mean: number | null;
}

export function toCompareRows(rows: readonly PlainRow[]): CompareRow[] {
  return rows as unknown as CompareRow[];
}

export interface CompareGroups {
  disclosed: CompareRow[];
  /** Derived indicators whose inputs exist but cannot be computed (e.g. a zero denominator). */
  notComputable: CompareRow[];
  undisclosed: CompareRow[];
}

export function groupRows(rows: readonly CompareRow[]): CompareGroups {
  return {
    disclosed: rows.filter((r) => r.value !== null),
    notComputable: rows.filter(
      (r) => r.value === null && r.missing_reason && r.missing_reason !== 'not_disclosed',
    ),
    undisclosed: rows.filter(
      (r) => r.value === null && (!r.missing_reason || r.missing_reason === 'not_disclosed'),
    ),
  };
}

export function reasonText(reason: string | null, lang: Lang): string {
  return reason ? t(`reason.${reason}` as MessageKey, lang) : t('notDisclosed', lang);
}

/** Bars for the disclosing reports, best first; a stated zero is drawn as a marker and labelled 0. */
export function toBars(rows: readonly CompareRow[], unit: string, lang: Lang): BarDatum[] {
  return rows.slice(0, LIMITS.compareBars).map((r) => ({
    key: r.agency,
    label: r.agency,
    value: r.value ?? 0,
    valueText: formatValue(r.value ?? 0, unit, lang, r.qualifier),
    approximate: isApproximate(r.qualifier),
    zero: r.value === 0,
    prefix: r.rank === null ? undefined : String(r.rank),
  }));
}

/** Median and mean of the disclosing peers, drawn when at least three disclose. */
export function toReferences(rows: readonly CompareRow[], lang: Lang): ReferenceLine[] {
  const first = rows[0];
  if (rows.length < 3 || !first || first.peer_median === null || first.peer_mean === null) return [];
  return [
    {
      key: 'median',
      label: `${t('median', lang)} ${formatNumber(first.peer_median, lang)}`,
      value: first.peer_median,
    },
    {
      key: 'mean',
      label: `${t('mean', lang)} ${formatNumber(first.peer_mean, lang)}`,
      value: first.peer_mean,
    },
  ];
}

export function filterLabels(
  s: { level: string | null; province: string | null; sector: string | null },
  lang: Lang,
) {
  const out: string[] = [];
  if (s.level) out.push(`${t('level', lang)}：${t(`level.${s.level}` as MessageKey, lang)}`);
  if (s.province) out.push(`${t('province', lang)}：${s.province}`);
  if (s.sector) out.push(`${t('sector', lang)}：${s.sector}`);
  return out;
}

/** Source-line context for exports: years, agencies drawn, filters, and the ≥ / 未披露 caveats. */
const NOTE_NAMES = 30;

/** The first names of a long list, then "… and N more", so an export's notes stay readable. */
function namesNote(rows: readonly CompareRow[], lang: Lang): string {
  const names = rows
    .slice(0, NOTE_NAMES)
    .map((r) => r.agency)
    .join('、');
  return rows.length > NOTE_NAMES
    ? `${names}${tf('compare.more', lang, { k: rows.length - NOTE_NAMES })}`
    : names;
}

export function compareContext(
  groups: CompareGroups,
  year: number | null,
  filters: readonly string[],
  lang: Lang,
): ChartContext {
  const notes: string[] = [];
  if (groups.disclosed.some((r) => isApproximate(r.qualifier))) notes.push(t('approxNote', lang));
  if (groups.undisclosed.length > 0)
    notes.push(`${t('notDisclosed', lang)}：${namesNote(groups.undisclosed, lang)}`);
  if (groups.notComputable.length > 0)
    notes.push(
      `${t('compare.notComputable', lang)}：${groups.notComputable
        .map((r) => `${r.agency}（${reasonText(r.missing_reason, lang)}）`)
        .join('、')}`,
    );
  return {
    years: year === null ? [] : [year],
    agencies: groups.disclosed.map((r) => r.agency),
    filters,
    notes,
    hasData: groups.disclosed.length > 0,
    emptyReason: groups.disclosed.length > 0 ? undefined : t('noData', lang),
  };
}

export function rankText(r: CompareRow, lang: Lang): string {
  if (r.rank === null) return '';
  return `${tf('compare.rankOf', lang, { rank: r.rank, n: r.disclosed_count })} · ${tf('compare.percentileOf', lang, { p: r.percentile ?? '—' })}`;
}
