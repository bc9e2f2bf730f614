import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { readPngSize } from '../../src/lib/charts/export/png-info.ts';
import { CHROMIUM_ARGS } from './page-load.ts';
import { kb, median } from './stats.ts';

const WARM_RUNS = 5;
const COLD_RUNS = 3;
const SETTINGS = JSON.stringify({ presetId: 'slide-16x9', themeId: 'light', scale: 3, timestamp: false });

interface Fetched {
  path: string;
  bytes: number;
}

function distBytes(test: (name: string) => boolean): { files: number; bytes: number } {
  const dir = path.resolve('dist/assets');
  const names = readdirSync(dir).filter(test);
  return { files: names.length, bytes: names.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0) };
}

async function openChart(context: BrowserContext, url: string, fetched: Fetched[]): Promise<Page> {
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (r) =>
    pending.push(
      r
        .sizes()
        .then((s) => void fetched.push({ path: new URL(r.url()).pathname, bytes: s.responseBodySize })),
    ),
  );
  await page.goto(url);
  await page.waitForSelector('.chart-frame svg');
  await Promise.all(pending);
  return page;
}

/** One 3× 16:9 PNG export: click → PNG downloaded; the in-page measure covers re-layout, fonts, raster, encode. */
async function exportPng(page: Page): Promise<number> {
  const before = (await page.evaluate(`performance.getEntriesByName('fazhi:export-png').length`)) as number;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid=export-png]'),
  ]);
  const file = await download.path();
  const { readFile } = await import('node:fs/promises');
  const size = readPngSize(await readFile(file));
  if (size.width !== 5760 || size.height !== 3240)
    throw new Error(`unexpected PNG size ${size.width}×${size.height}`);
  return (await page.evaluate(
    `performance.getEntriesByName('fazhi:export-png')[${before}].duration`,
  )) as number;
}

/** Chart export figures (issue 6): time to a 3× 16:9 PNG, font bytes shipped in dist and fetched per export. */
export async function runExportBench(url: string): Promise<void> {
  const woff2 = distBytes((f) => f.endsWith('.woff2'));
  const lazyJs = distBytes((f) =>
    /^(font-embed|export-controller|ExportDialog|deck-zip)[^/]*\.(js|css)$/.test(f),
  );
  console.log(`export: font files in dist: ${woff2.files} woff2, ${kb(woff2.bytes)} (loaded only on export)`);
  console.log(`export: lazy export code in dist: ${lazyJs.files} files, ${kb(lazyJs.bytes)} uncompressed`);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const cold: number[] = [];
    let perExport: Fetched[] = [];
    let atLoad: Fetched[] = [];
    let page: Page | null = null;
    for (let i = 0; i < COLD_RUNS; i++) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
      });
      await context.addInitScript(
        `localStorage.setItem('fazhi:export-settings', ${JSON.stringify(SETTINGS)})`,
      );
      const fetched: Fetched[] = [];
      page = await openChart(context, url, fetched);
      atLoad = [...fetched];
      await page.click('[data-testid=export-open]');
      await page.waitForSelector('dialog.export-dialog[open]');
      // Clicked before the preview starts, so this export fetches the fonts itself.
      cold.push(await exportPng(page));
      perExport = fetched.slice(atLoad.length);
      if (i < COLD_RUNS - 1) await context.close();
    }
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push(await exportPng(page as Page));

    const fonts = perExport.filter((f) => f.path.endsWith('.woff2'));
    const loadFonts = atLoad.filter(
      (f) => f.path.endsWith('.woff2') || /font-embed|export-controller/.test(f.path),
    );
    console.log(`export: font/export requests during page load: ${loadFonts.length}`);
    console.log(
      `export: 3× 16:9 PNG (5760×3240), first export incl. font fetch: median ${median(cold).toFixed(0)} ms of ${COLD_RUNS} ` +
        `[${cold.map((v) => v.toFixed(0)).join(', ')}] (target ≤ 1000 ms)`,
    );
    console.log(
      `export: 3× 16:9 PNG, repeated: median ${median(warm).toFixed(0)} ms of ${WARM_RUNS} [${warm.map((v) => v.toFixed(0)).join(', ')}]`,
    );
    console.log(
      `export: fonts fetched by the first export: ${fonts.length} woff2, ${kb(fonts.reduce((n, f) => n + f.bytes, 0))} ` +
        `(plus ${kb(perExport.filter((f) => f.path.endsWith('.js')).reduce((n, f) => n + f.bytes, 0))} of lazy JS)`,
    );
  } finally {
    await browser.close();
  }
}
