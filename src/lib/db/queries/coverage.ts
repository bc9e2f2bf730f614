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

export const COVERAGE_NEEDS: readonly Need[] = [
  DOCUMENTS_NEED,
  { table: 'sections', columns: ['file', 'ordinal', 'heading', 'section_start', 'section_end', 'areas'] },
];

/**
 * Reports of the year × Outline task areas they address: the characters of text given to each area (nested
 * sections counted once: the union of their ranges), how many sections serve it, its share of the report, and
 * the first section about it (for a link into the text). Areas a report does not address have no row.
 */
export function buildCoverageQuery(p: PeerFilters & { year: number }): Query {
  const filters = peerFilterSql(p);
  return {
    sql: `
WITH reports AS (
  SELECT d.file, ${AGENCY_KEY} AS agency, d.chars AS report_chars FROM ${RECORD_DOCUMENTS} d
  WHERE d.report_year = ? AND ${IS_REPORT} ${filters.sql}
),
tagged AS (
  SELECT s.file, unnest(s.areas) AS area, s.ordinal, s.heading, s.section_start, s.section_end
  FROM sections s JOIN reports r ON r.file = s.file
),
ordered AS (
  SELECT *, max(section_end) OVER (
    PARTITION BY file, area ORDER BY section_start, section_end ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
  ) AS covered_until
  FROM tagged
),
islands AS (
  SELECT *, sum(CASE WHEN covered_until IS NULL OR section_start >= covered_until THEN 1 ELSE 0 END) OVER (
    PARTITION BY file, area ORDER BY section_start, section_end ROWS UNBOUNDED PRECEDING
  ) AS island
  FROM ordered
),
spans AS (
  SELECT file, area, island, min(section_start) AS s, max(section_end) AS e FROM islands GROUP BY ALL
),
firsts AS (
  SELECT file, area, arg_min(ordinal, section_start) AS first_ordinal, arg_min(heading, section_start) AS first_heading,
    min(section_start) AS first_start, CAST(count(*) AS INTEGER) AS sections
  FROM tagged GROUP BY ALL
)
SELECT r.file, r.agency, r.report_chars, f.area, CAST(sum(sp.e - sp.s) AS INTEGER) AS chars,
  sum(sp.e - sp.s) / nullif(r.report_chars, 0) AS share, f.sections, f.first_ordinal, f.first_heading,
  f.first_start
FROM reports r
JOIN firsts f ON f.file = r.file
JOIN spans sp ON sp.file = f.file AND sp.area = f.area
GROUP BY r.file, r.agency, r.report_chars, f.area, f.sections, f.first_ordinal, f.first_heading, f.first_start
ORDER BY r.agency, r.file, f.area`,
    params: [p.year, ...filters.params],
  };
}

/** Reports of the year within the filters, for the rows of the coverage matrix (a report may address no area). */
export function buildCoverageReportsQuery(p: PeerFilters & { year: number }): Query {
  const filters = peerFilterSql(p);
  return {
    sql: `SELECT d.file, ${AGENCY_KEY} AS agency, d.chars AS report_chars,
        EXISTS (SELECT 1 FROM sections s WHERE s.file = d.file) AS has_sections
      FROM ${RECORD_DOCUMENTS} d WHERE d.report_year = ? AND ${IS_REPORT} ${filters.sql}
      ORDER BY agency, d.file`,
    params: [p.year, ...filters.params],
  };
}
