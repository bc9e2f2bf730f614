import type { Need } from '../browser-tables.ts';
import type { Query } from '../query.ts';
import { AGENCY_KEY, DOCUMENTS_NEED } from './common.ts';

const METRICS_NEED: Need = { table: 'metrics' };

export const AGENCY_NEEDS = {
  reports: [DOCUMENTS_NEED],
  metrics: [DOCUMENTS_NEED, METRICS_NEED],
  derived: [DOCUMENTS_NEED, { view: 'derived_indicators' }],
  candidates: [DOCUMENTS_NEED, { table: 'candidates' }],
  sections: [DOCUMENTS_NEED, { table: 'sections' }],
  parts: [DOCUMENTS_NEED, { table: 'report_parts' }],
  text: [{ table: 'texts' }],
} as const satisfies Record<string, readonly Need[]>;

/** The agency's documents, oldest first: the columns of its profile. */
export function buildAgencyReportsQuery(agency: string): Query {
  return {
    sql: `SELECT d.file, d.report_year, d.doc_type, d.title, d.report_date, d.level, d.province, d.city,
        d.sector, d.chars
      FROM documents d WHERE ${AGENCY_KEY} = ?
      ORDER BY d.report_year NULLS LAST, d.file`,
    params: [agency],
  };
}

/** Every chosen value of the agency's reports, with evidence offsets and its source (extracted/override). */
export function buildAgencyMetricsQuery(agency: string): Query {
  return {
    sql: `SELECT m.file, d.report_year, m.metric_id, m.value, m.unit, m.qualifier, m.evidence, m.evidence_start,
        m.evidence_end, m.rule, m.source, m.note, m.reviewer
      FROM metrics m JOIN documents d ON d.file = m.file
      WHERE ${AGENCY_KEY} = ?
      ORDER BY m.metric_id, d.report_year, m.file`,
    params: [agency],
  };
}

/** The derived indicators of the agency's reports with their inputs and, when empty, the reason. */
export function buildAgencyDerivedQuery(agency: string): Query {
  return {
    sql: `SELECT i.file, d.report_year, i.indicator_id, i.numerator, i.denominator, i.value, i.qualifier,
        i.missing_reason
      FROM derived_indicators i JOIN documents d ON d.file = i.file
      WHERE ${AGENCY_KEY} = ?
      ORDER BY i.indicator_id, d.report_year, i.file`,
    params: [agency],
  };
}

/** Values that lost to the chosen one, with the reason, for reviewers. */
export function buildAgencyCandidatesQuery(agency: string): Query {
  return {
    sql: `SELECT c.file, d.report_year, c.metric_id, c.value, c.unit, c.qualifier, c.evidence, c.evidence_start,
        c.evidence_end, c.rule, c.reason
      FROM candidates c JOIN documents d ON d.file = c.file
      WHERE ${AGENCY_KEY} = ?
      ORDER BY d.report_year, c.file, c.metric_id, c.evidence_start, c.value`,
    params: [agency],
  };
}

/** The sections of the agency's reports with the Outline task areas each serves. */
export function buildAgencySectionsQuery(agency: string): Query {
  return {
    sql: `SELECT s.file, d.report_year, s.ordinal, s.heading, s.level, s.section_start, s.section_end, s.chars,
        s.areas
      FROM sections s JOIN documents d ON d.file = s.file
      WHERE ${AGENCY_KEY} = ?
      ORDER BY d.report_year, s.file, s.ordinal`,
    params: [agency],
  };
}

/** The decoded text of one report; offsets in the other tables point into it (UTF-16 code units). */
export function buildReportTextQuery(file: string): Query {
  return { sql: 'SELECT file, text FROM texts WHERE file = ?', params: [file] };
}
