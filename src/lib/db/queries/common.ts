import type { Need } from '../browser-tables.ts';
import type { QueryParam } from '../query.ts';

export interface PeerFilters {
  level?: string | null;
  province?: string | null;
  sector?: string | null;
}

/** The name an agency is known by in every view and in the URL: its name, or the file when it has none. */
export const AGENCY_KEY = 'coalesce(d.agency, d.file)';

/** Documents that compare with each other: annual reports (and other reports), not implementation plans. */
export const IS_REPORT = "d.doc_type <> 'implementation_plan'";

/**
 * One report of record per agency and year, so an agency with two documents for a year (a report and a
 * bulletin, say) is one peer, not two: its annual report, else its longest document, else the first file.
 * `where` filters documents before the choice; filtering by year there is exact (the year is a partition key)
 * and spares the window over every other year.
 */
export function recordDocuments(where = 'TRUE'): string {
  return `(SELECT * FROM documents d WHERE ${where} QUALIFY row_number() OVER (
  PARTITION BY ${AGENCY_KEY}, d.report_year
  ORDER BY (d.doc_type = 'annual_report') DESC, d.chars DESC, d.file) = 1)`;
}

export const RECORD_DOCUMENTS = recordDocuments();

/** The document columns the dashboard reads; one set, so switching views does not reload the table. */
export const DOCUMENT_COLUMNS = [
  'file',
  'agency',
  'level',
  'province',
  'city',
  'sector',
  'report_year',
  'doc_type',
  'title',
  'report_date',
  'report_date_source',
  'chars',
] as const;

export const DOCUMENTS_NEED: Need = { table: 'documents', columns: DOCUMENT_COLUMNS };
export const INDICATORS_NEED: Need = { view: 'indicator_values' };

/** `AND d.col = ?` for each filter that is set; shared by every peer-group query. */
export function peerFilterSql(filters: PeerFilters, alias = 'd'): { sql: string; params: QueryParam[] } {
  const parts: string[] = [];
  const params: QueryParam[] = [];
  for (const key of ['level', 'province', 'sector'] as const) {
    const value = filters[key];
    if (value) {
      parts.push(`AND ${alias}.${key} = ?`);
      params.push(value);
    }
  }
  return { sql: parts.join(' '), params };
}

/** `(?, ?, ?)` with one placeholder per value, for an `IN` list whose values are bound. */
export function placeholders(count: number): string {
  return `(${Array.from({ length: Math.max(1, count) }, () => '?').join(', ')})`;
}
