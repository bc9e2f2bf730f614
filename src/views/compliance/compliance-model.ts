import type { ChartContext } from '../../lib/charts/chart-types.ts';
import type { Lang } from '../../lib/charts/format-number.ts';
import type { HeatmapCell, HeatmapColumn, HeatmapRow, LegendItem } from '../../lib/charts/heatmap-layout.ts';
import { STATUS_COLORS } from '../../lib/charts/palette.ts';
import type { PlainRow } from '../../lib/db/arrow-rows.ts';
import { t, tf, type MessageKey } from '../../lib/i18n/messages.ts';
import { MANDATED_PARTS, type MandatedPart } from '../../lib/schema/records.ts';
import { rowKeys } from '../disclosure/disclosure-model.ts';

export interface ComplianceRow {
  file: string;
  agency: string;
  sector: string | null;
  report_year: number;
  is_government: boolean;
  report_date: string | null;
  deadline: string;
  days_late: number | null;
  part: MandatedPart | null;
  present: string | null;
  heading: string | null;
  heading_start: number | null;
}

export interface PartStatus {
  present: string;
  heading: string | null;
  heading_start: number | null;
}

export interface ComplianceReport {
  file: string;
  agency: string;
  isGovernment: boolean;
  reportDate: string | null;
  deadline: string;
  daysLate: number | null;
  parts: Record<MandatedPart, PartStatus>;
}

/** Parts 1-4 must be there; "other matters" is reported only when there are any. */
export const REQUIRED_PARTS: readonly MandatedPart[] = [
  'measures',
  'shortcomings',
  'first_responsible',
  'next_year',
];

export function toComplianceReports(rows: readonly PlainRow[]): ComplianceReport[] {
  const byFile = new Map<string, ComplianceReport>();
  for (const r of rows as unknown as ComplianceRow[]) {
    let report = byFile.get(r.file);
    if (!report) {
      const parts = Object.fromEntries(
        MANDATED_PARTS.map((p) => [p, { present: 'absent', heading: null, heading_start: null }]),
      ) as Record<MandatedPart, PartStatus>;
      report = {
        file: r.file,
        agency: r.agency,
        isGovernment: r.is_government,
        reportDate: r.report_date,
        deadline: r.deadline,
        daysLate: r.days_late,
        parts,
      };
      byFile.set(r.file, report);
    }
    if (r.part)
      report.parts[r.part] = {
        present: r.present ?? 'absent',
        heading: r.heading,
        heading_start: r.heading_start,
      };
  }
  return [...byFile.values()];
}

export const missingParts = (r: ComplianceReport) =>
  REQUIRED_PARTS.filter((p) => r.parts[p].present === 'absent');
export const isLate = (r: ComplianceReport) => r.daysLate !== null && r.daysLate > 0;

export function partLabel(part: MandatedPart, lang: Lang): string {
  return t(`part.${part}` as MessageKey, lang);
}

export function presentLabel(present: string, lang: Lang): string {
  return t(`present.${present}` as MessageKey, lang);
}

export function dateStatus(r: ComplianceReport, lang: Lang): string {
  if (r.reportDate === null) return t('compliance.undated', lang);
  if (isLate(r)) return tf('compliance.late', lang, { n: r.daysLate ?? 0 });
  return t('compliance.onTime', lang);
}

const PRESENT_FILL: Record<string, string> = {
  section: STATUS_COLORS.present,
  subsection: STATUS_COLORS.partial,
  absent: STATUS_COLORS.absent,
  'n/a': STATUS_COLORS.na,
};

export const DATE_COLUMN = 'date';

export function complianceMatrix(
  reports: readonly ComplianceReport[],
  lang: Lang,
): { rows: HeatmapRow[]; columns: HeatmapColumn[]; cells: HeatmapCell[] } {
  const keys = rowKeys(reports);
  const columns: HeatmapColumn[] = [
    ...MANDATED_PARTS.map((p) => ({ key: p, label: partLabel(p, lang) })),
    { key: DATE_COLUMN, label: t('compliance.date', lang) },
  ];
  const cells = reports.flatMap((r) => [
    ...MANDATED_PARTS.map((p) => {
      const status = r.parts[p];
      const optional = p === 'other' && status.present === 'absent';
      return {
        row: keys.get(r.file)!,
        col: p,
        fill: optional ? STATUS_COLORS.na : PRESENT_FILL[status.present],
        text: optional ? t('compliance.optional', lang) : presentLabel(status.present, lang),
        textFill: optional ? '#6b7280' : undefined,
        label: `${r.agency} · ${partLabel(p, lang)}：${presentLabel(status.present, lang)}${status.heading ? `（${status.heading}）` : ''}`,
      };
    }),
    {
      row: keys.get(r.file)!,
      col: DATE_COLUMN,
      fill:
        r.reportDate === null ? STATUS_COLORS.unknown : isLate(r) ? STATUS_COLORS.late : STATUS_COLORS.onTime,
      text: r.reportDate ?? t('compliance.undated', lang),
      label: `${r.agency} · ${t('compliance.date', lang)}：${r.reportDate ?? '—'}，${t('compliance.deadline', lang)} ${r.deadline}，${dateStatus(r, lang)}`,
    },
  ]);
  return { rows: reports.map((r) => ({ key: keys.get(r.file)!, label: r.agency })), columns, cells };
}

export function complianceLegend(lang: Lang): LegendItem[] {
  return [
    { label: presentLabel('section', lang), fill: STATUS_COLORS.present },
    { label: presentLabel('subsection', lang), fill: STATUS_COLORS.partial },
    { label: presentLabel('absent', lang), fill: STATUS_COLORS.absent },
    { label: t('compliance.onTime', lang), fill: STATUS_COLORS.onTime },
    { label: lang === 'zh' ? '逾期' : 'Late', fill: STATUS_COLORS.late },
    { label: t('compliance.undated', lang), fill: STATUS_COLORS.unknown },
  ];
}

export function complianceContext(
  reports: readonly ComplianceReport[],
  year: number | null,
  filters: string[],
  deadlines: string,
  lang: Lang,
): ChartContext {
  return {
    years: year === null ? [] : [year],
    agencies: reports.map((r) => r.agency),
    filters: [...filters, deadlines],
    notes: [
      lang === 'zh'
        ? '“其他事项”仅在有需要报告的情况时才需包含'
        : '"Other matters" is needed only when there are any',
    ],
    hasData: reports.length > 0,
    emptyReason: reports.length > 0 ? undefined : t('noData', lang),
  };
}
