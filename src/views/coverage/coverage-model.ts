import type { ChartContext } from '../../lib/charts/chart-types.ts';
import { formatNumber, type Lang } from '../../lib/charts/format-number.ts';
import type { HeatmapCell, HeatmapColumn, HeatmapRow, LegendItem } from '../../lib/charts/heatmap-layout.ts';
import { sequentialBlue, STATUS_COLORS } from '../../lib/charts/palette.ts';
import type { PlainRow } from '../../lib/db/arrow-rows.ts';
import { OUTLINE_AREAS, type OutlineArea } from '../../lib/extract/outline-areas.ts';
import { t, tf } from '../../lib/i18n/messages.ts';
import type { OutlineChoice } from '../../lib/state/url-state.ts';
import { rowKeys } from '../disclosure/disclosure-model.ts';

export interface CoverageRow {
  file: string;
  agency: string;
  report_chars: number;
  area: string;
  chars: number;
  share: number | null;
  sections: number;
  first_ordinal: number;
  first_heading: string;
  first_start: number;
}

export interface CoverageReport {
  file: string;
  agency: string;
  report_chars: number;
  has_sections: boolean;
}

export const toCoverageRows = (rows: readonly PlainRow[]) => rows as unknown as CoverageRow[];
export const toCoverageReports = (rows: readonly PlainRow[]) => rows as unknown as CoverageReport[];

/** The Outline in force for a report year: 2015-2020 up to 2020, 2021-2025 after. */
export function outlineForYear(year: number | null): OutlineChoice {
  return year !== null && year <= 2020 ? '2015-2020' : '2021-2025';
}

export function outlineAreas(outline: OutlineChoice): OutlineArea[] {
  return OUTLINE_AREAS.filter((a) => a.outline === outline).sort((a, b) => a.order - b.order);
}

export const areaName = (a: OutlineArea, lang: Lang) => (lang === 'zh' ? a.zh : a.en);

export function charsText(n: number, lang: Lang): string {
  return tf('agency.chars', lang, { n: formatNumber(n, lang, 1) });
}

/** Reports × areas: darker blue for more text, grey "—" where the report does not address the area. */
export function coverageMatrix(
  reports: readonly CoverageReport[],
  rows: readonly CoverageRow[],
  areas: readonly OutlineArea[],
  lang: Lang,
): { rows: HeatmapRow[]; columns: HeatmapColumn[]; cells: HeatmapCell[] } {
  const keys = rowKeys(reports);
  const byKey = new Map(rows.map((r) => [`${r.file}\u0000${r.area}`, r]));
  const ids = new Set(areas.map((a) => a.id));
  const max = Math.max(1, ...rows.filter((r) => ids.has(r.area)).map((r) => r.chars));
  const cells: HeatmapCell[] = [];
  for (const report of reports) {
    for (const area of areas) {
      const hit = byKey.get(`${report.file}\u0000${area.id}`);
      const name = `${report.agency} · ${areaName(area, lang)}`;
      cells.push(
        hit
          ? {
              row: keys.get(report.file)!,
              col: area.id,
              fill: sequentialBlue(0.12 + 0.88 * Math.sqrt(hit.chars / max)),
              text: formatNumber(hit.chars, lang, 1),
              label: `${name}：${charsText(hit.chars, lang)}`,
            }
          : {
              row: keys.get(report.file)!,
              col: area.id,
              fill: STATUS_COLORS.missing,
              text: '—',
              textFill: '#9ca3af',
              label: `${name}：${t('coverage.notAddressed', lang)}`,
            },
      );
    }
  }
  return {
    rows: reports.map((r) => ({ key: keys.get(r.file)!, label: r.agency })),
    columns: areas.map((a) => ({ key: a.id, label: `${a.order}. ${areaName(a, lang)}` })),
    cells,
  };
}

export function coverageLegend(lang: Lang): LegendItem[] {
  return [
    { label: lang === 'zh' ? '篇幅少' : 'little text', fill: sequentialBlue(0.15) },
    { label: lang === 'zh' ? '篇幅多' : 'much text', fill: sequentialBlue(1) },
    { label: t('coverage.notAddressed', lang), fill: STATUS_COLORS.missing, text: '—' },
  ];
}

export function coverageContext(
  reports: readonly CoverageReport[],
  year: number | null,
  filters: string[],
  outline: string,
  lang: Lang,
): ChartContext {
  return {
    years: year === null ? [] : [year],
    agencies: reports.map((r) => r.agency),
    filters: [...filters, `${t('coverage.outline', lang)}：${outline}`],
    notes: [t('coverage.subtitle', lang)],
    hasData: reports.length > 0,
    emptyReason: reports.length > 0 ? undefined : t('noData', lang),
  };
}
