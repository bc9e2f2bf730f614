/** A bound parameter; values never go into SQL text. */
export type QueryParam = string | number | boolean | null;

/** A query as a value: builders return these, the db boundary runs them. */
export interface Query {
  sql: string;
  params: readonly QueryParam[];
}

/** A failed query, carrying the SQL so the UI can show a short message with details on demand. */
export class QueryError extends Error {
  override name = 'QueryError';
  readonly sql: string;
  readonly params: readonly QueryParam[];
  constructor(cause: unknown, query: Query) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.sql = query.sql;
    this.params = query.params;
  }
}

/** Row limits the UI relies on, named so they are easy to find and change. */
export const LIMITS = {
  /** Agencies drawn in one ranked bar chart before the rest go to a "more" note. */
  compareBars: 60,
  /** Names listed inline (未披露, 无法计算) before "… and N more". */
  listedNames: 200,
  /** Rows a "show as table" view renders; the SQL console has the rest. */
  tableRows: 1000,
} as const;
