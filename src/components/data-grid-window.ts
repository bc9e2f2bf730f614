import { estimateTextWidth } from '../lib/charts/text-width.ts';

export interface WindowInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
  /** Extra rows rendered above and below the visible ones. */
  overscan: number;
  /** Tallest scroll area to create; taller content is mapped proportionally onto it. */
  maxScrollHeight: number;
}

export interface GridWindow {
  /** First row to render (inclusive). */
  first: number;
  /** Row after the last to render (exclusive). */
  last: number;
  /** Where the first rendered row goes inside the scroll area, in pixels. */
  offsetY: number;
  /** Height of the scroll area. */
  scrollHeight: number;
}

/** Content height, scroll-area height and the factor between their scrollable ranges (1 when unscaled). */
function geometry({ viewportHeight, rowHeight, rowCount, maxScrollHeight }: WindowInput) {
  const content = rowCount * rowHeight;
  const scrollHeight = Math.min(content, maxScrollHeight);
  const ratio =
    content > scrollHeight && scrollHeight > viewportHeight
      ? (content - viewportHeight) / (scrollHeight - viewportHeight)
      : 1;
  return { content, scrollHeight, ratio };
}

/**
 * The rows to render for a scroll position: only those in view plus overscan. Above `maxScrollHeight`
 * (browsers cap element heights near 16-33 million pixels) the scroll position maps proportionally onto the
 * content, so the scrollbar still spans every row.
 */
export function gridWindow(input: WindowInput): GridWindow {
  const { rowHeight, rowCount, overscan, viewportHeight } = input;
  const { content, scrollHeight, ratio } = geometry(input);
  const maxTop = Math.max(0, scrollHeight - viewportHeight);
  const scrollTop = Math.min(Math.max(0, input.scrollTop), maxTop);
  const contentTop = Math.min(scrollTop * ratio, Math.max(0, content - viewportHeight));
  const firstVisible = Math.floor(contentTop / rowHeight);
  const lastVisible = Math.ceil((contentTop + viewportHeight) / rowHeight);
  const first = Math.max(0, Math.min(rowCount, firstVisible - overscan));
  const last = Math.max(first, Math.min(rowCount, lastVisible + overscan));
  // Place row `first` so that content offset `contentTop` lines up with the top of the viewport.
  const offsetY = scrollTop - (contentTop - first * rowHeight);
  return { first, last, offsetY, scrollHeight };
}

/** The scrollTop that brings `row` to the top of the viewport. */
export function scrollTopForRow(row: number, input: Omit<WindowInput, 'scrollTop' | 'overscan'>): number {
  const { content, scrollHeight, ratio } = geometry({ ...input, scrollTop: 0, overscan: 0 });
  const contentTop = Math.min(row * input.rowHeight, Math.max(0, content - input.viewportHeight));
  return Math.min(contentTop / ratio, Math.max(0, scrollHeight - input.viewportHeight));
}

export interface WidthColumn {
  name: string;
  typeLabel: string;
}

/**
 * Column widths from the header (name and type) and a sample of cell texts, clamped so one long text
 * column does not push the others off screen.
 */
export function columnWidths(
  columns: readonly WidthColumn[],
  sample: (column: number) => Iterable<string | null>,
  fontSize: number,
  { min = 64, max = 360, padding = 20 } = {},
): number[] {
  return columns.map((c, i) => {
    let widest = Math.max(
      estimateTextWidth(c.name, fontSize) + 18,
      estimateTextWidth(c.typeLabel, fontSize * 0.8),
    );
    for (const text of sample(i)) {
      const w = estimateTextWidth((text ?? 'NULL').slice(0, 80), fontSize);
      if (w > widest) widest = w;
    }
    return Math.round(Math.min(max, Math.max(min, widest + padding)));
  });
}
