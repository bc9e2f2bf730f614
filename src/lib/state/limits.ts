/** How much the dashboard draws at once; the "show as table" view always has every row. */
export const VIEW_LIMITS = {
  /** Rows of a heatmap (reports); beyond this the chart shows the first rows in the current order. */
  matrixRows: 150,
} as const;
