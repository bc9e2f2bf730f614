import type { FrameLayout, TextBlock } from './frame-layout.ts';
import type { ExportTheme } from './themes.ts';

/** The family name the embedded subset is declared under, so it never collides with an installed font. */
export const EMBED_FAMILY = 'Fazhi Export Sans';

/** Fonts named in every export: the embedded subset first, then CJK fonts found on Windows, macOS and Linux. */
export const EXPORT_FONT_STACK =
  `'${EMBED_FAMILY}', 'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', ` +
  `'PingFang SC', 'Hiragino Sans GB', 'WenQuanYi Micro Hei', SimHei, sans-serif`;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Where a chart of a natural size goes inside its box: centred horizontally, scaled down only if it overflows;
 * vertically centred, or at the top (`top`, for portrait pages where it should sit under its title).
 */
export function fitChart(
  natural: { width: number; height: number },
  box: { x: number; y: number; width: number; height: number },
  vertical: 'center' | 'top' = 'center',
): { x: number; y: number; width: number; height: number } {
  const s = Math.min(1, box.width / natural.width, box.height / natural.height);
  const width = natural.width * s;
  const height = natural.height * s;
  const y = vertical === 'top' ? box.y : box.y + (box.height - height) / 2;
  return { x: box.x + (box.width - width) / 2, y, width, height };
}

function textBlock(role: string, b: TextBlock, x: number, fill: string, weight: number): string {
  if (b.lines.length === 0) return '';
  const spans = b.lines
    .map((line, i) => `<tspan x="${x}" y="${b.baselines[i]}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text data-role="${role}" font-size="${b.fontSize}" font-weight="${weight}" fill="${fill}">${spans}</text>`;
}

export interface ComposeInput {
  layout: FrameLayout;
  theme: ExportTheme;
  /** A serialised, self-styled <svg> element already sized and positioned (x, y) inside the chart box. */
  chartMarkup: string;
  /** @font-face rules with data: URLs, or '' to rely on installed fonts. */
  fontCss: string;
  lang: 'zh' | 'en';
  description: string;
}

/** The standalone export document: XML declaration, namespaced root with size and viewBox, no external refs. */
export function composeSvg(input: ComposeInput): string {
  const { layout: l, theme } = input;
  const style = input.fontCss ? `<style>${input.fontCss}</style>` : '';
  const footerRule =
    l.footer.lines.length > 0
      ? `<line x1="${l.padding}" x2="${l.width - l.padding}" y1="${l.ruleY}" y2="${l.ruleY}" stroke="${theme.rule}" stroke-width="1"/>`
      : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${l.width}" height="${l.height}" ` +
    `viewBox="0 0 ${l.width} ${l.height}" xml:lang="${input.lang === 'zh' ? 'zh-CN' : 'en'}" ` +
    `font-family="${escapeXml(EXPORT_FONT_STACK)}">` +
    `<title>${escapeXml(l.title.lines.join(''))}</title>` +
    `<desc>${escapeXml(input.description)}</desc>` +
    `<defs>${style}${theme.defs}</defs>` +
    `<rect width="${l.width}" height="${l.height}" fill="${theme.background}"/>` +
    textBlock('title', l.title, l.padding, theme.title, 700) +
    textBlock('subtitle', l.subtitle, l.padding, theme.muted, 400) +
    `<g data-role="chart">${input.chartMarkup}</g>` +
    footerRule +
    textBlock('footer', l.footer, l.padding, theme.muted, 400) +
    `</svg>`
  );
}
