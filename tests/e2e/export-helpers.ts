import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.ts';
import type { NodeDb } from '../helpers/node-duckdb.ts';
import { ROOT } from '../helpers/run-script.ts';

/**
 * Chromium that can only see DejaVu fonts, like a PC without Chinese fonts: CJK text renders as boxes unless
 * the export embeds its own font.
 */
export async function launchWithoutCjkFonts(): Promise<Browser> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fazhi-nocjk-'));
  const conf = path.join(dir, 'fonts.conf');
  await writeFile(
    conf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
      `<dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${dir}/cache</cachedir></fontconfig>`,
  );
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    env: { ...process.env, FONTCONFIG_FILE: conf },
  });
}

/** The two metric/year views with the most disclosed values (charts with bars), as query strings. */
export async function pickViews(db: NodeDb): Promise<{ busy: string; second: string }> {
  const [busy, next] = await db.run({
    sql: `SELECT m.metric_id, d.report_year FROM metrics m JOIN documents d USING (file)
      WHERE d.report_year IS NOT NULL GROUP BY ALL ORDER BY count(*) DESC, m.metric_id LIMIT 2`,
    params: [],
  });
  const q = (r: Record<string, unknown> | undefined) => `?metric=${r?.metric_id}&year=${r?.report_year}`;
  return { busy: q(busy), second: q(next ?? busy) };
}

export async function openChart(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.chart-frame [data-testid=export-open]', { timeout: 60_000 });
  return page;
}

export async function openExportDialog(page: Page): Promise<void> {
  await page.click('[data-testid=export-open]');
  await page.waitForSelector('dialog.export-dialog[open]');
}

export interface ExportOptions {
  preset?: string;
  theme?: string;
  scale?: 1 | 2 | 3;
  title?: string;
  custom?: { width: number; height: number };
}

/** Sets the dialog's fields (the dialog must be open). */
export async function configure(page: Page, options: ExportOptions): Promise<void> {
  if (options.title !== undefined) await page.fill('[data-testid=export-title]', options.title);
  if (options.preset) await page.selectOption('[data-testid=export-preset]', options.preset);
  if (options.custom) {
    await page.fill('[data-testid=export-width]', String(options.custom.width));
    await page.fill('[data-testid=export-height]', String(options.custom.height));
  }
  if (options.theme) await page.selectOption('[data-testid=export-theme]', options.theme);
  if (options.scale) await page.check(`[data-testid=export-scale-${options.scale}]`);
}

async function bytesOf(download: Download): Promise<Buffer> {
  const file = await download.path();
  if (!file) throw new Error(`download failed: ${await download.failure()}`);
  return readFile(file);
}

/** Clicks an export button and returns the downloaded file. */
export async function download(
  page: Page,
  testId: 'export-svg' | 'export-png',
): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.click(`[data-testid=${testId}]`),
  ]);
  return { name: dl.suggestedFilename(), bytes: await bytesOf(dl) };
}

export async function downloadFrom(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(selector)]);
  return { name: dl.suggestedFilename(), bytes: await bytesOf(dl) };
}

/** Parses an SVG document in the browser; returns the parser error, the texts by data-role and all <text>. */
export async function inspectSvg(
  page: Page,
  svg: string,
): Promise<{
  error: string | null;
  root: Record<string, string | null>;
  roles: Record<string, string[]>;
  texts: string[];
}> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const svgEl = doc.documentElement;
    const roles: Record<string, string[]> = {};
    for (const el of doc.querySelectorAll('[data-role]')) {
      const role = el.getAttribute('data-role') ?? '';
      roles[role] =
        el.localName === 'text' ? [...el.querySelectorAll('tspan')].map((t) => t.textContent ?? '') : [];
    }
    return {
      error,
      root: {
        ns: svgEl.namespaceURI,
        width: svgEl.getAttribute('width'),
        height: svgEl.getAttribute('height'),
        viewBox: svgEl.getAttribute('viewBox'),
      },
      roles,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    };
  }, svg);
}

const HARNESS_BASE = '/__export-harness/';

/**
 * Builds tests/e2e/export-harness (ChartFrame with fixed data, including an empty context the live views never
 * render) and serves it under the preview's origin through request interception; returns the page URL.
 */
export async function serveHarness(context: BrowserContext, baseUrl: string): Promise<(c: string) => string> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'fazhi-harness-'));
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    base: HARNESS_BASE,
    plugins: [svelte()],
    build: { outDir, rollupOptions: { input: path.join(ROOT, 'tests/e2e/export-harness/index.html') } },
  });
  const origin = new URL(baseUrl).origin;
  await context.route(`${origin}${HARNESS_BASE}**`, (route) => {
    const rel = decodeURIComponent(new URL(route.request().url()).pathname.slice(HARNESS_BASE.length));
    return route.fulfill({ path: path.join(outDir, rel) });
  });
  return (c) => `${origin}${HARNESS_BASE}tests/e2e/export-harness/index.html?case=${c}`;
}
