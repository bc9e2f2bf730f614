import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readPngSize } from '../../src/lib/charts/export/png-info.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { openParquetDb } from '../helpers/node-duckdb.ts';
import { downloadFrom, openChart, openExportDialog, pickViews } from './export-helpers.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let views: Awaited<ReturnType<typeof pickViews>>;

beforeAll(async () => {
  browser = await launchChromium();
  const db = await openParquetDb(path.join(inject('distDir'), 'data'));
  views = await pickViews(db);
  db.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
});
afterAll(async () => {
  await browser?.close();
});

const titles = (page: Page) =>
  page.$$eval('[data-testid=deck-slide] .title', (els) => els.map((e) => e.textContent));
const position = (page: Page) => page.textContent('[data-testid=deck-player-position]');

describe('presentation deck', { timeout: 120_000 }, () => {
  let first: string | null;
  let second: string | null;

  it('pins charts from the export dialog and from the frame menu', async () => {
    const page = await openChart(context, baseUrl + views.busy);
    first = await page.textContent('.chart-frame h2');
    await openExportDialog(page);
    await page.click('[data-testid=export-pin]');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=export-status]')?.textContent?.includes('已固定到演示，共 1 页'),
      null,
      { timeout: 60_000 },
    );
    await page.keyboard.press('Escape');
    await page.goto(baseUrl + views.second);
    await page.waitForSelector('.chart-frame [data-testid=pin-quick]:not([disabled])');
    second = await page.textContent('.chart-frame h2');
    await page.click('[data-testid=pin-quick]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=pin-status]')?.textContent?.includes('共 2 页'),
      null,
      { timeout: 60_000 },
    );
    await page.close();
  });

  it('lists, reorders and keeps the slides across a reload', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=deck`);
    await page.waitForSelector('[data-testid=deck-slide]');
    expect(await titles(page)).toEqual([first, second]);
    await page.locator('[data-testid=deck-down]').first().click();
    await expect.poll(() => titles(page)).toEqual([second, first]);
    await page.reload();
    await page.waitForSelector('[data-testid=deck-slide]');
    expect(await titles(page)).toEqual([second, first]);
    await page.close();
  });

  it('plays full screen; arrow keys, Home and End change the slide; Esc leaves', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=deck`);
    await page.waitForSelector('[data-testid=deck-slide]');
    await page.click('[data-testid=deck-play]');
    await page.waitForSelector('[data-testid=deck-player]');
    const cover = await page.evaluate(() => {
      const r = document.querySelector('[data-testid=deck-player]')!.getBoundingClientRect();
      const img = document.querySelector('[data-testid=deck-player-slide]') as HTMLImageElement;
      return { w: r.width, h: r.height, vw: innerWidth, vh: innerHeight, natural: img.naturalWidth };
    });
    expect([cover.w, cover.h]).toEqual([cover.vw, cover.vh]);
    await expect
      .poll(() => page.$eval('[data-testid=deck-player-slide]', (i) => (i as HTMLImageElement).naturalWidth))
      .toBe(1920);
    expect(await position(page)).toBe('1 / 2');
    await expect(page.getAttribute('[data-testid=deck-player-slide]', 'alt')).resolves.toBe(second);
    await page.keyboard.press('ArrowRight');
    expect(await position(page)).toBe('2 / 2');
    await expect(page.getAttribute('[data-testid=deck-player-slide]', 'alt')).resolves.toBe(first);
    await page.keyboard.press('ArrowRight');
    expect(await position(page)).toBe('2 / 2');
    await page.keyboard.press('ArrowLeft');
    expect(await position(page)).toBe('1 / 2');
    await page.keyboard.press('End');
    expect(await position(page)).toBe('2 / 2');
    await page.keyboard.press('Home');
    expect(await position(page)).toBe('1 / 2');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=deck-player]', { state: 'detached' });
    await page.close();
  });

  it('exports the whole deck as a ZIP of 2× PNGs and as a ZIP of SVGs, in deck order', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=deck`);
    await page.waitForSelector('[data-testid=deck-slide]');
    const png = await downloadFrom(page, '[data-testid=deck-zip-png]');
    expect(png.name).toMatch(/^法治对标-演示-\d{4}-\d{2}-\d{2}-png\.zip$/);
    const pngs = unzipSync(new Uint8Array(png.bytes));
    const names = Object.keys(pngs);
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^01-.+\.png$/);
    expect(names[1]).toMatch(/^02-.+\.png$/);
    for (const name of names) expect(readPngSize(pngs[name])).toEqual({ width: 3840, height: 2160 });
    const svg = await downloadFrom(page, '[data-testid=deck-zip-svg]');
    const svgs = unzipSync(new Uint8Array(svg.bytes));
    const texts = Object.values(svgs).map((b) => new TextDecoder().decode(b));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain(`>${second}</tspan>`);
    expect(texts[1]).toContain(`>${first}</tspan>`);
    await page.close();
  });

  it('removes a slide, and the removal survives a reload', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=deck`);
    await page.waitForSelector('[data-testid=deck-slide]');
    await page.locator('[data-testid=deck-remove]').first().click();
    await expect.poll(() => titles(page)).toEqual([first]);
    await page.reload();
    await page.waitForSelector('[data-testid=deck-slide]');
    expect(await titles(page)).toEqual([first]);
    await page.close();
  });
});
