import type { Need } from '../browser-tables.ts';
import type { Query } from '../query.ts';
import { derivedIndicator } from '../views.ts';
import {
  AGENCY_KEY,
  DOCUMENTS_NEED,
  INDICATORS_NEED,
  IS_REPORT,
  peerFilterSql,
  type PeerFilters,
  recordDocuments,
} from './common.ts';

export { peerFilterSql, type PeerFilters } from './common.ts';

export interface CompareParams extends PeerFilters {
  /** A catalog metric id or a derived indicator id. */
  metricId: string;
  year: number;
}

export const COMPARE_NEEDS: readonly Need[] = [DOCUMENTS_NEED, INDICATORS_NEED];

const METRICS_NEED: Need = {
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
    'source',
  ],
};

/** What the compare query of `metricId` reads: a catalog metric needs only the metrics table. */
export function compareNeeds(metricId: string): readonly Need[] {
  return derivedIndicator(metricId) ? COMPARE_NEEDS : [DOCUMENTS_NEED, METRICS_NEED];
}

// A catalog metric reads the metrics table directly: the first chart must not wait for the derived-rate view.
const CATALOG_VALUES = `(SELECT *, CAST(NULL AS VARCHAR) AS missing_reason, CAST(NULL AS DOUBLE) AS numerator,
    CAST(NULL AS DOUBLE) AS denominator FROM metrics)`;

/**
 * One row per report of the year (implementation plans excluded): the metric's value when disclosed, with its
 * rank and percentile among disclosing peers and the peers' median and mean. Undisclosed rows have value NULL
 * (derived indicators also say why in missing_reason). Percentile = share of disclosing peers at or below.
 */
export function buildCompareQuery(p: CompareParams): Query {
  const filters = peerFilterSql(p);
  return {
    sql: `
WITH docs AS ${recordDocuments(`d.report_year = ? AND ${IS_REPORT} ${filters.sql}`)},
peers AS (
  SELECT d.file, ${AGENCY_KEY} AS agency, d.level, d.province, d.city, d.sector,
    v.value, v.qualifier, v.unit, v.evidence, v.evidence_start, v.evidence_end,
    v.source, v.missing_reason, v.numerator, v.denominator
  FROM docs d
  LEFT JOIN ${derivedIndicator(p.metricId) ? 'indicator_values' : CATALOG_VALUES} v
    ON v.file = d.file AND v.metric_id = ?
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
    params: [p.year, ...filters.params, p.metricId],
  };
}

/** What the counts query reads: metrics, the derived-rate view and the documents. */
export const COUNTS_NEEDS: readonly Need[] = [
  DOCUMENTS_NEED,
  { table: 'metrics', columns: ['file', 'metric_id', 'value'] },
  { view: 'derived_indicators' },
];

/** How many reports of the year (within the filters) disclose each metric and derived indicator. */
export function buildMetricCountsQuery(p: PeerFilters & { year: number }): Query {
  const filters = peerFilterSql(p);
  return {
    // Derived rates are filtered by year inside their view, so only that year's reports are computed.
    sql: `WITH peers AS (
        SELECT d.file FROM ${recordDocuments(`d.report_year = ? AND ${IS_REPORT} ${filters.sql}`)} d
      )
      SELECT metric_id, CAST(count(value) AS INTEGER) AS disclosed FROM (
        SELECT m.metric_id, m.value FROM metrics m JOIN peers USING (file)
        UNION ALL
        SELECT i.indicator_id, i.value FROM derived_indicators i JOIN peers USING (file) WHERE i.report_year = ?
      ) GROUP BY metric_id ORDER BY metric_id`,
    params: [p.year, ...filters.params, p.year],
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
