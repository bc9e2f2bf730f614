import type { ChartContext, ChartSize } from '../chart-types.ts';
import type { StageRenderer } from './stage.ts';
import type { Lang } from '../format-number.ts';
import { cloneChart, countTextCollisions, stageHeight } from './clone-chart.ts';
import { composeSvg, fitChart } from './compose-svg.ts';
import { codePointsOf } from './font-chunks.ts';
import { layoutFrame, pullFooterUp, type FrameLayout } from './frame-layout.ts';
import type { ExportPreset } from './presets.ts';
import { buildFooterLines } from './source-line.ts';
import { themeStyle, type ExportTheme } from './themes.ts';

export interface ExportRequest {
  preset: ExportPreset;
  theme: ExportTheme;
  title: string;
  subtitle: string;
  description: string;
  context: ChartContext | undefined;
  lang: Lang;
  /** Export time (ms since the epoch) to print in the footer, or null. */
  timestamp: number | null;
  embedFonts: boolean;
}

export interface ExportResult {
  svg: string;
  layout: FrameLayout;
  /** Font size the chart was finally laid out with (smaller than the preset's when labels collided). */
  chartFontSize: number;
  fontFiles: number;
  fontBytes: number;
  /** Set when fonts were wanted but could not be loaded: the export then relies on installed fonts. */
  fontError: string | null;
}

export class NothingToExportError extends Error {}

const MAX_FIT_STEPS = 4;
const NATURAL_STRETCH = 1.6;

/** Offscreen re-layout at the preset size → inlined chart SVG → frame with title, source and notes → fonts. */
export async function buildExport(request: ExportRequest, renderStage: StageRenderer): Promise<ExportResult> {
  const { preset, theme, lang } = request;
  const footerLines = buildFooterLines(request.context, {
    lang,
    timestamp: request.timestamp === null ? null : new Date(request.timestamp),
  });
  const layout = layoutFrame(preset, { title: request.title, subtitle: request.subtitle, footerLines });
  const box = layout.chart;
  const style = themeStyle(theme);
  const render = (fontSize: number, height?: number) =>
    renderStage({ size: { width: box.width, height, fontSize } satisfies ChartSize, style });
  let fontSize = box.fontSize;
  // A chart with few marks is not stretched over the whole box: it gets at most 1.6× its natural height.
  const natural = stageHeight(await render(fontSize));
  const height = natural > 0 ? Math.min(box.height, Math.round(natural * NATURAL_STRETCH)) : box.height;
  // Smaller fonts while labels collide, keeping the size with the fewest collisions (the largest on a tie), and
  // giving up as soon as shrinking stops helping: some overlaps are the chart's own and no font size fixes them.
  let stage = await render(fontSize, height);
  let best = { fontSize, collisions: countTextCollisions(stage) };
  for (let step = 0; step < MAX_FIT_STEPS && best.collisions > 0; step++) {
    const next = Math.max(10, Math.round(fontSize * 0.88));
    if (next === fontSize) break;
    fontSize = next;
    stage = await render(fontSize, height);
    const collisions = countTextCollisions(stage);
    if (collisions >= best.collisions) break;
    best = { fontSize, collisions };
  }
  if (best.fontSize !== fontSize) {
    fontSize = best.fontSize;
    stage = await render(fontSize, height);
  }
  const chart = cloneChart(stage, { greyscale: theme.greyscale });
  if (!chart) throw new NothingToExportError('no chart SVG was rendered');
  const portrait = preset.height > preset.width;
  const placed = fitChart(chart, box, portrait ? 'top' : 'center');
  const framed = portrait ? pullFooterUp(layout, placed.y + placed.height) : layout;
  const markup = chart.markup.replace(
    /^<svg /,
    `<svg x="${placed.x}" y="${placed.y}" width="${placed.width}" height="${placed.height}" `,
  );

  let fontCss = '';
  let fontFiles = 0;
  let fontBytes = 0;
  let fontError: string | null = null;
  if (request.embedFonts) {
    try {
      const { buildFontCss } = await import('./font-embed.ts');
      const fonts = await buildFontCss({
        400: codePointsOf([...chart.text[400], ...layout.subtitle.lines, ...layout.footer.lines]),
        700: codePointsOf([...chart.text[700], ...layout.title.lines]),
      });
      ({ css: fontCss, files: fontFiles, base64Bytes: fontBytes } = fonts);
    } catch (e) {
      fontError = e instanceof Error ? e.message : String(e);
    }
  }
  const svg = composeSvg({
    layout: framed,
    theme,
    chartMarkup: markup,
    fontCss,
    lang,
    description: request.description,
  });
  return { svg, layout: framed, chartFontSize: fontSize, fontFiles, fontBytes, fontError };
}
