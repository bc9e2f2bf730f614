import type { Need } from '../browser-tables.ts';
import type { Query, QueryParam } from '../query.ts';

export interface PeerFilters {
  level?: string | null;
  province?: string | null;
  sector?: string | null;
}

export interface CompareParams extends PeerFilters {
  metricId: string;
  year: number;
}

export const COMPARE_NEEDS: readonly Need[] = [
  { table: 'metrics', columns: ['file', 'metric_id', 'value', 'unit', 'qualifier', 'evidence'] },
  {
    table: 'documents',
    columns: ['file', 'agency', 'level', 'province', 'city', 'sector', 'report_year', 'doc_type'],
  },
];

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

/**
 * One row per report of the year (implementation plans excluded): the metric's value when disclosed, with its
 * rank and percentile among disclosing peers and the peers' median and mean. Undisclosed rows have value NULL.
 */
export function buildCompareQuery(p: CompareParams): Query {
  const filters = peerFilterSql(p);
  return {
    sql: `
WITH peers AS (
  SELECT d.file, coalesce(d.agency, d.file) AS agency, d.level, d.province, d.city, d.sector,
    m.value, m.qualifier, m.unit, m.evidence
  FROM documents d
  LEFT JOIN metrics m ON m.file = d.file AND m.metric_id = ?
  WHERE d.report_year = ? AND d.doc_type <> 'implementation_plan' ${filters.sql}
)
SELECT *,
  CASE WHEN value IS NOT NULL THEN CAST(rank() OVER (PARTITION BY value IS NULL ORDER BY value DESC) AS INTEGER) END AS rank,
  CASE WHEN value IS NOT NULL THEN
    CAST(round(100 * cume_dist() OVER (PARTITION BY value IS NULL ORDER BY value ASC)) AS INTEGER) END AS percentile,
  CAST(count(value) OVER () AS INTEGER) AS disclosed_count,
  median(value) OVER () AS peer_median,
  avg(value) OVER () AS peer_mean
FROM peers
ORDER BY value IS NULL, value DESC, agency`,
    params: [p.metricId, p.year, ...filters.params],
  };
}

/** Years that have at least one report, newest first, with how many reports each has. */
export function buildYearsQuery(): Query {
  return {
    sql: `SELECT report_year AS year, CAST(count(*) AS INTEGER) AS reports FROM documents
      WHERE report_year IS NOT NULL GROUP BY report_year ORDER BY report_year DESC`,
    params: [],
  };
}

/** Distinct levels, provinces and sectors present in the reports, for the peer-group filters. */
export function buildPeerOptionsQuery(): Query {
  return {
    sql: `SELECT 'level' AS kind, level AS value FROM documents WHERE level IS NOT NULL
      UNION SELECT 'province', province FROM documents WHERE province IS NOT NULL
      UNION SELECT 'sector', sector FROM documents WHERE sector IS NOT NULL
      ORDER BY kind, value`,
    params: [],
  };
}
