import type { Need } from '../browser-tables.ts';
import type { Query } from '../query.ts';
import {
  AGENCY_KEY,
  DOCUMENTS_NEED,
  INDICATORS_NEED,
  IS_REPORT,
  peerFilterSql,
  placeholders,
  type PeerFilters,
  RECORD_DOCUMENTS,
} from './common.ts';

export const TRENDS_NEEDS: readonly Need[] = [DOCUMENTS_NEED, INDICATORS_NEED];

const APPROX = "('approx_lower', 'approx_upper', 'approx')";

/**
 * One row per report of each chosen agency (all years): the metric's value, and the change from the agency's
 * previous report, absolute and in percent. change_pct is NULL when the previous value is missing or zero;
 * change_approximate is true when either value is approximate.
 */
export function buildTrendsQuery(p: { metricId: string; agencies: readonly string[] }): Query {
  return {
    sql: `
WITH series AS (
  SELECT d.file, ${AGENCY_KEY} AS agency, d.report_year AS year,
    v.value, v.qualifier, v.unit, v.evidence, v.evidence_start, v.evidence_end, v.missing_reason
  FROM ${RECORD_DOCUMENTS} d
  LEFT JOIN indicator_values v ON v.file = d.file AND v.metric_id = ?
  WHERE d.report_year IS NOT NULL AND ${IS_REPORT}
    AND ${p.agencies.length > 0 ? `${AGENCY_KEY} IN ${placeholders(p.agencies.length)}` : 'false'}
),
with_previous AS (
  SELECT *,
    lag(value) OVER w AS prev_value, lag(qualifier) OVER w AS prev_qualifier, lag(year) OVER w AS prev_year
  FROM series
  WINDOW w AS (PARTITION BY agency ORDER BY year, file)
)
SELECT *,
  value - prev_value AS change,
  CASE WHEN prev_value > 0 THEN 100.0 * (value - prev_value) / prev_value END AS change_pct,
  coalesce(qualifier IN ${APPROX} OR prev_qualifier IN ${APPROX}, false) AS change_approximate
FROM with_previous
ORDER BY agency, year, file`,
    params: [p.metricId, ...p.agencies],
  };
}

/**
 * Agencies to draw when none are chosen: those with the most years of the metric disclosed, then the largest
 * latest values, within the peer filters.
 */
export function buildTrendsDefaultAgenciesQuery(p: PeerFilters & { metricId: string; limit: number }): Query {
  const filters = peerFilterSql(p);
  return {
    sql: `SELECT ${AGENCY_KEY} AS agency, CAST(count(DISTINCT d.report_year) AS INTEGER) AS years,
        max(d.report_year) AS latest_year, max(v.value) AS max_value
      FROM ${RECORD_DOCUMENTS} d
      JOIN indicator_values v ON v.file = d.file AND v.metric_id = ? AND v.value IS NOT NULL
      WHERE d.report_year IS NOT NULL AND ${IS_REPORT} ${filters.sql}
      GROUP BY ALL
      ORDER BY years DESC, latest_year DESC, max_value DESC, agency
      LIMIT ?`,
    params: [p.metricId, ...filters.params, p.limit],
  };
}
