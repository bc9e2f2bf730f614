import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readPngSize } from '../../src/lib/charts/export/png-info.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { openParquetDb } from '../helpers/node-duckdb.ts';
import { configure, download, inspectSvg, openChart, openExportDialog, pickViews } from './export-helpers.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let agencies: string[];
const requests: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  const db = await openParquetDb(path.join(inject('distDir'), 'data'));
  const views = await pickViews(db);
  const params = new URLSearchParams(views.busy);
  agencies = (
    await db.run({
      sql: `SELECT DISTINCT coalesce(d.agency, d.file) AS agency FROM metrics m JOIN documents d USING (file)
        WHERE m.metric_id = ? AND d.report_year = ?`,
      params: [params.get('metric') as string, Number(params.get('year'))],
    })
  ).map((r) => r.agency as string);
  db.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await openChart(context, baseUrl + views.busy);
  page.on('request', (r) => requests.push(r.url()));
  await openExportDialog(page);
});
afterAll(async () => {
  await browser?.close();
});

describe('chart export formats', { timeout: 120_000 }, () => {
  it('SVG: valid namespaced XML with size and viewBox, title, agencies and source as text, no external references', async () => {
    await configure(page, { preset: 'slide-16x9', theme: 'light' });
    const { name, bytes } = await download(page, 'export-svg');
    const svg = bytes.toString('utf8');
    expect(name).toMatch(/^法治对标-.+-1920x1080\.svg$/);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = await inspectSvg(page, svg);
    expect(doc.error).toBeNull();
    expect(doc.root).toEqual({
      ns: 'http://www.w3.org/2000/svg',
      width: '1920',
      height: '1080',
      viewBox: '0 0 1920 1080',
    });
    const frameTitle = await page.textContent('.chart-frame h2');
    expect(doc.roles.title.join('')).toBe(frameTitle);
    expect(doc.roles.footer[0]).toMatch(/^数据来源：各单位法治政府建设年度报告/);
    for (const agency of agencies) expect(doc.texts).toContain(agency);
    // Self-contained: fonts as data: URLs, styles inline, nothing fetched from elsewhere.
    expect(svg).toMatch(/@font-face\{font-family:'Fazhi Export Sans';[^}]*src:url\(data:font\/woff2;base64,/);
    expect(svg).not.toMatch(/(?:href|src)\s*=\s*["'](?!#|data:)/);
    expect(svg.replace(/url\((?:data:|#|"#|'#)/g, '')).not.toMatch(/url\(/);
    expect(svg).not.toMatch(/class="/);
    expect(svg).not.toMatch(/font-family="sans-serif"/);
  });

  it('PNG: pixel size is the preset × scale, for every preset and a custom size', async () => {
    const cases = [
      { preset: 'slide-16x9', scale: 1, size: [1920, 1080] },
      { preset: 'slide-16x9', scale: 2, size: [3840, 2160] },
      { preset: 'slide-16x9', scale: 3, size: [5760, 3240] },
      { preset: 'slide-4x3', scale: 1, size: [1600, 1200] },
      { preset: 'a4-portrait', scale: 2, size: [2480, 3508] },
      { preset: 'square', scale: 1, size: [1080, 1080] },
      { preset: 'custom', scale: 2, size: [1600, 900], custom: { width: 800, height: 450 } },
    ] as const;
    for (const c of cases) {
      await configure(page, {
        preset: c.preset,
        scale: c.scale,
        custom: 'custom' in c ? c.custom : undefined,
      });
      const { name, bytes } = await download(page, 'export-png');
      expect(readPngSize(bytes), `${c.preset} @${c.scale}x`).toEqual({ width: c.size[0], height: c.size[1] });
      expect(name).toMatch(/\.png$/);
    }
    expect(requests.filter((u) => !u.startsWith(baseUrl) && !/^(blob|data):/.test(u))).toEqual([]);
  });

  it('print theme: greyscale paints only, approximate values hatched by a pattern', async () => {
    await configure(page, { preset: 'slide-16x9', theme: 'print', scale: 1 });
    const svg = (await download(page, 'export-svg')).bytes.toString('utf8');
    const colours = [...svg.matchAll(/(?:fill|stroke|stop-color):\s*rgb\((\d+), (\d+), (\d+)\)/g)];
    expect(colours.length).toBeGreaterThan(0);
    for (const [, r, g, b] of colours) expect(r === g && g === b, `rgb(${r}, ${g}, ${b})`).toBe(true);
  });

  it('clipboard: copies a PNG image', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    const p = await openChart(ctx, baseUrl);
    await openExportDialog(p);
    await configure(p, { preset: 'square', scale: 1 });
    await p.click('[data-testid=export-copy]');
    await p.waitForFunction(
      () => document.querySelector('[data-testid=export-status]')?.textContent?.includes('已复制'),
      null,
      { timeout: 60_000 },
    );
    const clip = await p.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const types = items.flatMap((i) => [...i.types]);
      const blob = await items[0].getType('image/png');
      return { types, head: [...new Uint8Array(await blob.slice(0, 24).arrayBuffer())] };
    });
    expect(clip.types).toContain('image/png');
    expect(readPngSize(new Uint8Array(clip.head))).toEqual({ width: 1080, height: 1080 });
    await ctx.close();
  });

  it('clipboard: says so, and suggests the download, when the browser refuses', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await openChart(ctx, baseUrl);
    await p.evaluate(() => {
      navigator.clipboard.write = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await openExportDialog(p);
    await p.click('[data-testid=export-copy]');
    await p.waitForFunction(
      () => document.querySelector('[data-testid=export-status]')?.textContent?.includes('拒绝'),
      null,
      { timeout: 60_000 },
    );
    await expect(p.textContent('[data-testid=export-status]')).resolves.toMatch(
      /浏览器拒绝了剪贴板访问，请改用“下载 PNG”.*NotAllowedError/,
    );
    await ctx.close();
  });
});
