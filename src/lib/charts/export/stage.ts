import type { ChartSize } from '../chart-types.ts';

/** What ChartFrame's offscreen stage renders: the chart snippet at an export size, with theme variables. */
export interface StageRequest {
  size: ChartSize;
  /** Inline style declaring the theme's CSS custom properties. */
  style: string;
}

/** Renders a stage request and resolves with the stage element once the chart is in the DOM. */
export type StageRenderer = (request: StageRequest) => Promise<HTMLElement>;

/** Lets the chart's own effects (measurements, second passes) settle before the stage is read. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
