import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chunksFromUnicodeMap, codePointsOf, selectChunks } from '../../src/lib/charts/export/font-chunks.ts';
import { readPngSize } from '../../src/lib/charts/export/png-info.ts';
import { openParquetDb } from '../helpers/node-duckdb.ts';
import { ROOT } from '../helpers/run-script.ts';
import {
  configure,
  download,
  inspectSvg,
  launchWithoutCjkFonts,
  openChart,
  openExportDialog,
  pickViews,
} from './export-helpers.ts';

// EXPORT_TEST_BLOCK_FONTS=1 makes the woff2 requests fail, i.e. nothing gets embedded: the glyph test must then
// fail (that is how it was checked to be able to fail).
const BLOCK_FONTS = process.env.EXPORT_TEST_BLOCK_FONTS === '1';
const TITLE = '法治政府建设年度报告对标分析';
const FONT_DIR = path.join(ROOT, 'node_modules/@fontsource/noto-sans-sc');

const baseUrl = inject('baseUrl');
let browser: Browser;
let url: string;

beforeAll(async () => {
  browser = await launchWithoutCjkFonts();
  const db = await openParquetDb(path.join(inject('distDir'), 'data'));
  url = baseUrl + (await pickViews(db)).busy;
  db.close();
});
afterAll(async () => {
  await browser?.close();
});

/** Bold Noto Sans SC chunks for the title, straight from the package, to draw the reference in the page. */
function referenceFonts(text: string): { data: string; range: string }[] {
  const chunks = chunksFromUnicodeMap(JSON.parse(readFileSync(path.join(FONT_DIR, 'unicode.json'), 'utf8')));
  return selectChunks(codePointsOf([text]), chunks).chunks.map((c) => ({
    data: readFileSync(path.join(FONT_DIR, `files/noto-sans-sc-${c.id}-700-normal.woff2`)).toString('base64'),
    range: c.unicodeRange,
  }));
}

async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  if (BLOCK_FONTS) await context.route('**/*.woff2', (route) => route.abort());
  return context;
}

describe(
  'CJK glyphs in exported PNGs, in a Chromium without any CJK font installed',
  { timeout: 120_000 },
  () => {
    it('draws the Chinese title with real glyphs (matches Noto Sans SC, not tofu boxes, not blank)', async () => {
      const context = await newContext();
      const page = await openChart(context, url);
      await openExportDialog(page);
      await configure(page, { title: TITLE, preset: 'slide-16x9', theme: 'light', scale: 1 });
      const svg = (await download(page, 'export-svg')).bytes.toString('utf8');
      const png = (await download(page, 'export-png')).bytes;
      expect(readPngSize(png)).toEqual({ width: 1920, height: 1080 });
      expect((await inspectSvg(page, svg)).roles.title).toEqual([TITLE]);
      const title =
        /<text data-role="title" font-size="(\d+)" font-weight="700" fill="([^"]+)"><tspan x="(\d+)" y="(\d+)">/.exec(
          svg,
        );
      expect(title).not.toBeNull();
      const [, fontSize, fill, x, y] = title as RegExpExecArray;

      const blank = await context.newPage();
      await blank.setContent('<!doctype html><title>reference</title>');
      const result = await blank.evaluate(
        async (a) => {
          for (const f of a.fonts) {
            const face = new FontFace('RefSans', `url(data:font/woff2;base64,${f.data})`, {
              weight: '700',
              unicodeRange: f.range,
            });
            document.fonts.add(await face.load());
          }
          const region = {
            x: Math.max(0, Math.floor(a.x - 4)),
            y: Math.floor(a.y - a.fontSize * 1.1),
            w: Math.ceil(a.fontSize * (a.title.length + 1)),
            h: Math.ceil(a.fontSize * 1.45),
          };
          const surface = () => {
            const c = document.createElement('canvas');
            c.width = 1920;
            c.height = 1080;
            const ctx = c.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
            ctx.fillStyle = '#fff';
            ctx.fillRect(0, 0, c.width, c.height);
            return ctx;
          };
          const mask = (ctx: CanvasRenderingContext2D) => {
            const d = ctx.getImageData(region.x, region.y, region.w, region.h).data;
            const m = new Uint8Array(region.w * region.h);
            for (let i = 0; i < m.length; i++)
              m[i] = 0.299 * d[i * 4] + 0.587 * d[i * 4 + 1] + 0.114 * d[i * 4 + 2] < 140 ? 1 : 0;
            return m;
          };
          const text = (family: string) => {
            const ctx = surface();
            ctx.font = `700 ${a.fontSize}px ${family}`;
            ctx.fillStyle = a.fill;
            ctx.fillText(a.title, a.x, a.y);
            return mask(ctx);
          };
          const exported = surface();
          const bytes = Uint8Array.from(atob(a.png), (ch) => ch.charCodeAt(0));
          exported.drawImage(await createImageBitmap(new Blob([bytes], { type: 'image/png' })), 0, 0);
          const e = mask(exported);
          const glyphs = text('RefSans');
          const tofu = text('"DejaVu Sans", sans-serif');
          const ink = (m: Uint8Array) => m.reduce((s, v) => s + v, 0) / m.length;
          const iou = (p: Uint8Array, q: Uint8Array) => {
            let both = 0;
            let any = 0;
            for (let i = 0; i < p.length; i++) {
              if (p[i] || q[i]) any++;
              if (p[i] && q[i]) both++;
            }
            return any === 0 ? 0 : both / any;
          };
          return {
            inkExport: ink(e),
            inkGlyphs: ink(glyphs),
            inkTofu: ink(tofu),
            vsGlyphs: iou(e, glyphs),
            vsTofu: iou(e, tofu),
            glyphsVsTofu: iou(glyphs, tofu),
          };
        },
        {
          png: png.toString('base64'),
          title: TITLE,
          fontSize: Number(fontSize),
          fill,
          x: Number(x),
          y: Number(y),
          fonts: referenceFonts(TITLE),
        },
      );
      console.log('title pixels', result);
      // The reference renders are themselves different (else the comparison proves nothing)…
      expect(result.inkTofu).toBeGreaterThan(0.02);
      expect(result.glyphsVsTofu).toBeLessThan(0.5);
      // …and the export has ink where the real glyphs have it, and not the tofu's shape.
      expect(result.inkExport).toBeGreaterThan(0.05);
      expect(result.vsGlyphs).toBeGreaterThan(0.7);
      expect(result.vsGlyphs).toBeGreaterThan(result.vsTofu + 0.3);
      await context.close();
    });

    it.skipIf(BLOCK_FONTS)(
      'warns that Chinese may show as boxes when the font cannot be loaded',
      async () => {
        const context = await browser.newContext({ acceptDownloads: true });
        await context.route('**/*.woff2', (route) => route.abort());
        const page = await openChart(context, url);
        await openExportDialog(page);
        await configure(page, { preset: 'square', scale: 1 });
        const png = (await download(page, 'export-png')).bytes;
        expect(readPngSize(png)).toEqual({ width: 1080, height: 1080 });
        await expect(page.textContent('[data-testid=export-status]')).resolves.toContain('中文字体加载失败');
        await context.close();
      },
    );
  },
);
