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

export const DISCLOSURE_NEEDS: readonly Need[] = [
  DOCUMENTS_NEED,
  {
    table: 'metrics',
    columns: [
      'file',
      'metric_id',
      'value',
      'unit',
      'qualifier',
      'evidence',
      'evidence_start',
      'evidence_end',
    ],
  },
];

export const DISCLOSURE_STATUSES = ['disclosed', 'approx', 'zero', 'missing'] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];

/**
 * Reports of the year × catalog metrics: each cell's status (disclosed, approx, zero = stated as zero, missing)
 * and value, with each report's completeness score (share of catalog metrics disclosed, zero-stated included)
 * and the same agency's score in the previous year (NULL when it has no report that year).
 */
export function buildDisclosureMatrixQuery(p: PeerFilters & { year: number }): Query {
  const filters = peerFilterSql(p);
  return {
    sql: `
WITH reports AS (
  SELECT d.file, ${AGENCY_KEY} AS agency, d.level, d.chars AS report_chars FROM ${RECORD_DOCUMENTS} d
  WHERE d.report_year = ? AND ${IS_REPORT} ${filters.sql}
),
cells AS (
  SELECT r.file, r.agency, r.level, r.report_chars, c.metric_id, c.family, m.value, m.unit, m.qualifier, m.evidence,
    m.evidence_start, m.evidence_end,
    CASE
      WHEN m.metric_id IS NULL THEN 'missing'
      WHEN m.value = 0 THEN 'zero'
      WHEN m.qualifier IN ('approx_lower', 'approx_upper') THEN 'approx'
      ELSE 'disclosed'
    END AS status
  FROM reports r
  CROSS JOIN catalog c
  LEFT JOIN metrics m ON m.file = r.file AND m.metric_id = c.metric_id
),
previous AS (
  SELECT ${AGENCY_KEY} AS agency, max(coalesce(k.n, 0)) AS prev_disclosed
  FROM ${RECORD_DOCUMENTS} d
  LEFT JOIN (
    SELECT file, count(*) AS n FROM metrics WHERE metric_id IN (SELECT metric_id FROM catalog) GROUP BY file
  ) k ON k.file = d.file
  WHERE d.report_year = ? AND ${IS_REPORT}
  GROUP BY 1
)
SELECT cells.*,
  CAST(count(cells.value) OVER (PARTITION BY cells.file) AS INTEGER) AS disclosed_n,
  CAST(count(*) OVER (PARTITION BY cells.file) AS INTEGER) AS catalog_n,
  count(cells.value) OVER (PARTITION BY cells.file) / count(*) OVER (PARTITION BY cells.file) AS score,
  CAST(p.prev_disclosed AS DOUBLE) / count(*) OVER (PARTITION BY cells.file) AS prev_score
FROM cells
LEFT JOIN previous p ON p.agency = cells.agency
ORDER BY cells.agency, cells.file, cells.metric_id`,
    params: [p.year, ...filters.params, p.year - 1],
  };
}
