import { zipSync, strToU8 } from 'fflate';
import type { Slide } from './deck-store.ts';
import { svgToPng } from './rasterize.ts';

/** "01-标题.png": numbered so the files sort in deck order, with characters file systems reject removed. */
export function slideFileName(index: number, title: string, ext: 'png' | 'svg'): string {
  const safe =
    title
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 40) || 'slide';
  return `${String(index + 1).padStart(2, '0')}-${safe}.${ext}`;
}

/** The whole deck as one ZIP of PNGs (at `scale`) or SVGs. PNGs are stored, SVGs deflated. */
export async function zipDeck(
  slides: readonly Slide[],
  format: 'png' | 'svg',
  scale = 2,
  onProgress?: (done: number) => void,
): Promise<Blob> {
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const [i, slide] of slides.entries()) {
    const name = slideFileName(i, slide.title, format);
    if (format === 'svg') files[name] = [strToU8(slide.svg), { level: 6 }];
    else {
      const png = await svgToPng(slide.svg, slide.width, slide.height, scale);
      files[name] = [new Uint8Array(await png.arrayBuffer()), { level: 0 }];
    }
    onProgress?.(i + 1);
  }
  const zipped = zipSync(files);
  return new Blob([zipped.buffer as ArrayBuffer], { type: 'application/zip' });
}
