import type { Need } from '../browser-tables.ts';
import type { Query } from '../query.ts';
import {
  AGENCY_KEY,
  DOCUMENTS_NEED,
  IS_REPORT,
  peerFilterSql,
  type PeerFilters,
  RECORD_DOCUMENTS,
} from './common.ts';

export const COMPLIANCE_NEEDS: readonly Need[] = [DOCUMENTS_NEED, { table: 'report_parts' }];

export interface ComplianceParams extends PeerFilters {
  year: number;
  /** MM-DD of report_year + 1 by which departments must report (default 03-01). */
  dueDept: string;
  /** MM-DD for governments (sector 人民政府; default 04-01). */
  dueGov: string;
}

function monthDay(value: string): [number, number] {
  const m = /^(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw new Error(`deadline must be MM-DD, got ${JSON.stringify(value)}`);
  return [Number(m[1]), Number(m[2])];
}

/**
 * One row per report of the year and mandated part (measures, shortcomings, first_responsible, next_year,
 * other): whether and where it is present, and the report's date against its deadline. A report dated on the
 * deadline day is on time; days_late > 0 means late; NULL report_date means the report gives no date. A 02-29
 * deadline falls on 03-01 in years without one.
 */
export function buildComplianceQuery(p: ComplianceParams): Query {
  const filters = peerFilterSql(p);
  const [deptMonth, deptDay] = monthDay(p.dueDept);
  const [govMonth, govDay] = monthDay(p.dueGov);
  return {
    sql: `
WITH reports AS (
  SELECT d.file, ${AGENCY_KEY} AS agency, d.sector, d.level, d.report_year, d.report_date,
    d.report_date_source, coalesce(d.sector = '人民政府', false) AS is_government
  FROM ${RECORD_DOCUMENTS} d
  WHERE d.report_year = ? AND ${IS_REPORT} ${filters.sql}
),
dated AS (
  SELECT *,
    CASE WHEN is_government
      THEN CAST(make_date(report_year + 1, CAST(? AS INTEGER), 1) + to_days(CAST(? AS INTEGER) - 1) AS DATE)
      ELSE CAST(make_date(report_year + 1, CAST(? AS INTEGER), 1) + to_days(CAST(? AS INTEGER) - 1) AS DATE)
    END AS deadline
  FROM reports
)
SELECT r.file, r.agency, r.sector, r.level, r.report_year, r.is_government, r.report_date, r.report_date_source,
  r.deadline, CAST(date_diff('day', r.deadline, r.report_date) AS INTEGER) AS days_late,
  p.part, p.present, p.heading, p.heading_start
FROM dated r
LEFT JOIN report_parts p ON p.file = r.file
ORDER BY r.agency, r.file, p.part`,
    params: [p.year, ...filters.params, govMonth, govDay, deptMonth, deptDay],
  };
}
