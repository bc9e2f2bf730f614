import type { Need } from '../browser-tables.ts';
import type { Query } from '../query.ts';
import { AGENCY_KEY, DOCUMENTS_NEED } from './common.ts';

export const REPORTS_NEEDS: readonly Need[] = [DOCUMENTS_NEED];

/**
 * Every ingested document with the agency key the views use, newest first: the index behind agency choosers,
 * URL checks and the agency list.
 */
export function buildReportsIndexQuery(): Query {
  return {
    sql: `SELECT d.file, ${AGENCY_KEY} AS agency, d.level, d.province, d.city, d.sector, d.report_year,
        d.doc_type, d.title, d.report_date, d.chars
      FROM documents d
      ORDER BY agency, d.report_year DESC NULLS LAST, d.file`,
    params: [],
  };
}
