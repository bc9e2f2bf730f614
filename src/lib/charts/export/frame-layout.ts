import { estimateTextWidth } from '../text-width.ts';
import { wrapText, type MeasureText } from './wrap-text.ts';

export interface FrameTexts {
  title: string;
  subtitle: string;
  footerLines: readonly string[];
}

export interface TextBlock {
  lines: string[];
  fontSize: number;
  lineHeight: number;
  /** Top of the block's first line box. */
  top: number;
  /** Baselines of each line. */
  baselines: number[];
  height: number;
}

export interface FrameLayout {
  width: number;
  height: number;
  padding: number;
  title: TextBlock;
  subtitle: TextBlock;
  footer: TextBlock;
  /** The box the chart is rendered into, and its base font size. */
  chart: { x: number; y: number; width: number; height: number; fontSize: number };
  /** y of the thin rule above the footer. */
  ruleY: number;
}

const MIN_CHART_SHARE = 0.35;

function block(
  texts: readonly string[],
  maxWidth: number,
  fontSize: number,
  lineFactor: number,
  measure: MeasureText,
): Omit<TextBlock, 'top' | 'baselines'> {
  const lines = texts.flatMap((t) => (t.trim() === '' ? [] : wrapText(t, maxWidth, fontSize, measure)));
  const lineHeight = Math.round(fontSize * lineFactor);
  return { lines, fontSize, lineHeight, height: lines.length * lineHeight };
}

function place(b: Omit<TextBlock, 'top' | 'baselines'>, top: number): TextBlock {
  // Baseline about 0.86 em below the top of the glyph box, centred in the line box.
  const offset = (b.lineHeight - b.fontSize) / 2 + b.fontSize * 0.86;
  return { ...b, top, baselines: b.lines.map((_, i) => Math.round(top + i * b.lineHeight + offset)) };
}

/**
 * Lays out title, subtitle and footer around the chart box at a preset size. Text is wrapped, never cut; when
 * long texts would leave the chart less than a third of the height, the text sizes step down instead.
 */
export function layoutFrame(
  size: { width: number; height: number; fontSize: number },
  texts: FrameTexts,
  measure: MeasureText = estimateTextWidth,
): FrameLayout {
  const { width, height, fontSize: f } = size;
  const padding = Math.round(f * 1.5);
  const inner = width - 2 * padding;
  let scale = 1;
  for (;;) {
    let titleSize = Math.round(f * 1.55 * scale);
    let title = block([texts.title], inner, titleSize, 1.3, measure);
    while (title.lines.length > 3 && titleSize > f * 1.15 * scale) {
      titleSize = Math.round(titleSize * 0.9);
      title = block([texts.title], inner, titleSize, 1.3, measure);
    }
    const subtitle = block([texts.subtitle], inner, Math.round(f * 0.92 * scale), 1.4, measure);
    const footer = block(texts.footerLines, inner, Math.max(11, Math.round(f * 0.7 * scale)), 1.45, measure);
    const gap = Math.round(f * 0.8);
    const headerHeight =
      title.height + (subtitle.lines.length > 0 ? Math.round(f * 0.25) + subtitle.height : 0);
    const footerHeight = footer.lines.length > 0 ? gap + footer.height : 0;
    const chartTop = padding + headerHeight + gap;
    const chartHeight = height - chartTop - footerHeight - padding;
    if (chartHeight >= height * MIN_CHART_SHARE || scale <= 0.45) {
      const titleBlock = place(title, padding);
      const subtitleBlock = place(subtitle, padding + title.height + Math.round(f * 0.25));
      const footerTop = height - padding - footer.height;
      return {
        width,
        height,
        padding,
        title: titleBlock,
        subtitle: subtitleBlock,
        footer: place(footer, footerTop),
        chart: {
          x: padding,
          y: chartTop,
          width: inner,
          height: Math.max(f * 4, chartHeight),
          fontSize: Math.max(10, Math.round(f * Math.max(scale, 0.7))),
        },
        ruleY: footerTop - Math.round(gap / 2),
      };
    }
    scale = Math.round((scale - 0.1) * 100) / 100;
  }
}

/**
 * Moves the footer (and its rule) up to sit `gap` below the chart's bottom, for portrait pages whose chart is
 * top-aligned: the source line then stays with its chart instead of at the foot of an emptier page.
 */
export function pullFooterUp(layout: FrameLayout, chartBottom: number): FrameLayout {
  const gap = layout.footer.top - layout.ruleY;
  const top = Math.round(chartBottom + 2 * gap);
  const shift = layout.footer.top - top;
  if (shift <= 0 || layout.footer.lines.length === 0) return layout;
  return {
    ...layout,
    footer: { ...layout.footer, top, baselines: layout.footer.baselines.map((b) => b - shift) },
    ruleY: layout.ruleY - shift,
  };
}
