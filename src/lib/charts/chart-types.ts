/** The box a chart lays itself out in: the screen width, or an export preset (width, height, larger fonts). */
export interface ChartSize {
  width: number;
  /** Fixed height for export presets; on screen charts choose their own height. */
  height?: number;
  fontSize: number;
}

/** What travels with an exported chart: its source line, filters and caveats. */
export interface ChartContext {
  /** Report years the chart shows, for the source line. */
  years: readonly number[];
  /** Agencies (or other entities) drawn. */
  agencies: readonly string[];
  /** Human-readable filters in effect, e.g. "层级：市级". */
  filters: readonly string[];
  /** Caveats such as "≥ 表示约数" or "未披露：A、B". */
  notes: readonly string[];
  /** False when there is nothing to export; `emptyReason` says why. */
  hasData: boolean;
  emptyReason?: string;
}
