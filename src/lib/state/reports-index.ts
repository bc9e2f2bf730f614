import { runQuery } from '../db/app-db.ts';
import { buildReportsIndexQuery, REPORTS_NEEDS } from '../db/queries/reports.ts';

export interface ReportIndexRow {
  file: string;
  agency: string;
  level: string | null;
  province: string | null;
  city: string | null;
  sector: string | null;
  report_year: number | null;
  doc_type: string;
  title: string | null;
  report_date: string | null;
  chars: number;
}

export interface AgencyEntry {
  agency: string;
  years: number[];
  level: string | null;
  province: string | null;
  sector: string | null;
  files: string[];
}

let index: Promise<ReportIndexRow[]> | null = null;

/** Every document with its agency key, loaded once per page and shared by the views. */
export function loadReportsIndex(): Promise<ReportIndexRow[]> {
  index ??= runQuery(buildReportsIndexQuery(), REPORTS_NEEDS).then(
    (rows) => rows as unknown as ReportIndexRow[],
  );
  index.catch(() => (index = null));
  return index;
}

/** Forgets the loaded index, e.g. after a report was added to the session's tables. */
export function invalidateReportsIndex(): void {
  index = null;
}

/** One entry per agency, with its report years (newest first), in name order. */
export function agencyEntries(rows: readonly ReportIndexRow[]): AgencyEntry[] {
  const byAgency = new Map<string, AgencyEntry>();
  for (const r of rows) {
    let e = byAgency.get(r.agency);
    if (!e) {
      e = { agency: r.agency, years: [], level: r.level, province: r.province, sector: r.sector, files: [] };
      byAgency.set(r.agency, e);
    }
    e.files.push(r.file);
    if (r.report_year !== null && !e.years.includes(r.report_year)) e.years.push(r.report_year);
  }
  for (const e of byAgency.values()) e.years.sort((a, b) => b - a);
  return [...byAgency.values()].sort((a, b) => a.agency.localeCompare(b.agency, 'zh-CN'));
}
