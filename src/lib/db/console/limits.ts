/** Limits of the SQL console, named so they are easy to find and change. */
export const CONSOLE_LIMITS = {
  /** Rows of one result kept in memory (as Arrow batches); further rows are not fetched and the UI says so. */
  resultRows: 2_000_000,
  /** Rows rendered above and below the visible ones so fast scrolling does not show blank space. */
  gridOverscan: 8,
  /** Characters of one cell put in the DOM; the cell viewer shows the whole value. */
  cellChars: 300,
  /** Largest scroll height the grid uses; beyond it rows are mapped proportionally (browsers cap heights). */
  gridMaxScrollPx: 15_000_000,
  /** How long a cancelled query may take to stop before the console's DuckDB worker is replaced. */
  cancelGraceMs: 1500,
  /** Queries kept in the history. */
  historyEntries: 500,
  /** Longest query text stored in the history or a saved query. */
  historyChars: 50_000,
  /** Bars drawn when charting a result; later rows are left out with a note. */
  chartBars: 60,
  /** Points drawn in a line or scatter chart of a result. */
  chartPoints: 5_000,
} as const;
