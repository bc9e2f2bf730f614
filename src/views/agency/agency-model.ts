import { formatNumber, formatValue, type Lang } from '../../lib/charts/format-number.ts';
import type { PlainRow } from '../../lib/db/arrow-rows.ts';
import { OUTLINE_AREAS } from '../../lib/extract/outline-areas.ts';
import { t, type MessageKey } from '../../lib/i18n/messages.ts';
import type { MetricOption } from '../../lib/state/metric-options.ts';

export interface AgencyReport {
  file: string;
  report_year: number | null;
  doc_type: string;
  title: string | null;
  report_date: string | null;
  level: string | null;
  province: string | null;
  city: string | null;
  sector: string | null;
  chars: number;
}

export interface AgencyMetric {
  file: string;
  report_year: number | null;
  metric_id: string;
  value: number;
  unit: string;
  qualifier: string;
  evidence: string | null;
  evidence_start: number | null;
  evidence_end: number | null;
  rule: string;
  source: string;
  note: string | null;
  reviewer: string | null;
}

export interface AgencyDerived {
  file: string;
  report_year: number | null;
  indicator_id: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  qualifier: string | null;
  missing_reason: string | null;
}

export interface AgencyCandidate extends Omit<AgencyMetric, 'source' | 'note' | 'reviewer'> {
  reason: string;
}

export interface AgencySection {
  file: string;
  report_year: number | null;
  ordinal: number;
  heading: string;
  level: number;
  section_start: number;
  section_end: number;
  chars: number;
  areas: string[];
}

export const as = <T>(rows: readonly PlainRow[]) => rows as unknown as T[];

/** A metric row of the profile: one cell per report (null where the report does not disclose it). */
export interface ProfileRow {
  metric: MetricOption;
  cells: (AgencyMetric | null)[];
}

/** Catalog metrics × the agency's reports; only metrics with a value unless `all`. */
export function profileRows(
  metrics: readonly AgencyMetric[],
  reports: readonly AgencyReport[],
  options: readonly MetricOption[],
  all: boolean,
): ProfileRow[] {
  const byKey = new Map(metrics.map((m) => [`${m.metric_id}\u0000${m.file}`, m]));
  return options
    .filter((o) => !o.derived)
    .map((metric) => ({
      metric,
      cells: reports.map((r) => byKey.get(`${metric.id}\u0000${r.file}`) ?? null),
    }))
    .filter((row) => all || row.cells.some((c) => c !== null));
}

export function reportHeading(r: AgencyReport, lang: Lang): string {
  if (r.doc_type === 'implementation_plan') return t('agency.plan', lang);
  return r.report_year === null ? r.file : String(r.report_year);
}

export function cellText(m: AgencyMetric, lang: Lang): string {
  return formatValue(m.value, m.unit, lang, m.qualifier);
}

export function derivedText(d: AgencyDerived | undefined, lang: Lang): { value: string; detail: string } {
  if (!d) return { value: '—', detail: '' };
  const inputs = `${d.numerator === null ? '—' : formatNumber(d.numerator, lang)} ÷ ${
    d.denominator === null ? '—' : formatNumber(d.denominator, lang)
  }`;
  if (d.value === null)
    return {
      value: '—',
      detail: d.missing_reason ? t(`reason.${d.missing_reason}` as MessageKey, lang) : '',
    };
  return { value: formatValue(d.value, 'percent', lang, d.qualifier), detail: inputs };
}

const AREA_BY_ID = new Map(OUTLINE_AREAS.map((a) => [a.id, a]));

export function areaLabel(id: string, lang: Lang): string {
  const area = AREA_BY_ID.get(id);
  if (!area) return id;
  return lang === 'zh' ? area.zh : area.en;
}
