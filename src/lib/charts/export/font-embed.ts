import unicodeMap from '../../../../node_modules/@fontsource/noto-sans-sc/unicode.json';
import { EMBED_FAMILY } from './compose-svg.ts';
import { chunksFromUnicodeMap, selectChunks } from './font-chunks.ts';

// Loaded only when an export needs glyphs: this module is imported dynamically, and the woff2 files are asset
// URLs (copied into dist by Vite, fetched from the page's own origin), never a CDN.
const FILES = import.meta.glob(
  [
    '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff2',
    '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-700-normal.woff2',
    '!**/*-chinese-simplified-*',
    '!**/*-cyrillic-*',
    '!**/*-vietnamese-*',
  ],
  { query: '?url', import: 'default', eager: true },
) as Record<string, string>;

export type Weight = 400 | 700;
export const WEIGHTS: readonly Weight[] = [400, 700];

const cache = new Map<string, Promise<string>>();

function fileUrl(id: string, weight: Weight): string | undefined {
  return FILES[`/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-${id}-${weight}-normal.woff2`];
}

// Only the slices shipped (no Cyrillic or Vietnamese), so a character is never assigned to a missing file.
const CHUNKS = chunksFromUnicodeMap(unicodeMap as Record<string, string>).filter((c) => fileUrl(c.id, 400));

async function toDataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  const blob = new Blob([await response.arrayBuffer()], { type: 'font/woff2' });
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(blob);
  });
}

function load(url: string): Promise<string> {
  let p = cache.get(url);
  if (!p) {
    p = toDataUrl(url);
    // A failed fetch is not cached, so the next export tries again.
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}

export interface EmbeddedFonts {
  css: string;
  /** woff2 files embedded, and their size as base64 text. */
  files: number;
  base64Bytes: number;
}

/** @font-face rules with base64 data: URLs for just the chunks that hold the glyphs used, per weight. */
export async function buildFontCss(
  codePoints: Readonly<Record<Weight, Iterable<number>>>,
): Promise<EmbeddedFonts> {
  const faces: Promise<string>[] = [];
  for (const weight of WEIGHTS) {
    for (const chunk of selectChunks(codePoints[weight], CHUNKS).chunks) {
      const url = fileUrl(chunk.id, weight);
      if (!url) continue;
      faces.push(
        load(url).then(
          (data) =>
            `@font-face{font-family:'${EMBED_FAMILY}';font-style:normal;font-weight:${weight};` +
            `src:url(${data}) format('woff2');unicode-range:${chunk.unicodeRange};}`,
        ),
      );
    }
  }
  const rules = await Promise.all(faces);
  return { css: rules.join('\n'), files: rules.length, base64Bytes: rules.reduce((n, r) => n + r.length, 0) };
}

/** Total number of woff2 files shipped for export (for diagnostics and the benchmark). */
export const SHIPPED_FONT_FILES = Object.keys(FILES).length;
