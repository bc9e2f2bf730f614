import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { formatValue } from '../../src/lib/charts/format-number.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { ingestToTemp, openParquetDb, type NodeDb } from '../helpers/node-duckdb.ts';
import { ROOT } from '../helpers/run-script.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let db: NodeDb;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = await ingestToTemp(path.join(ROOT, 'data/raw'), ['--partition-by-year']);
  db = await openParquetDb(dir);
});
afterAll(async () => {
  await browser?.close();
  db?.close();
});

it('loads year-partitioned documents and metrics listed in manifest.json and draws the same values', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const served: string[] = [];
  await page.route(`${baseUrl}data/**`, (route) => {
    const rel = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^\/data\//, ''));
    served.push(rel);
    return route.fulfill({ path: path.join(dir, rel) });
  });
  const expected = await db.run({
    sql: `SELECT coalesce(d.agency, d.file) AS agency, m.value, m.unit, m.qualifier FROM metrics m
      JOIN documents d USING (file) WHERE m.metric_id = 'powers.penalty' AND d.report_year = 2020`,
    params: [],
  });
  expect(expected.length).toBeGreaterThan(0);
  await page.goto(`${baseUrl}?metric=powers.penalty&year=2020`);
  await page.waitForSelector('.bar-chart .bar');
  const bars = await page.$$eval('.bar-chart .bar', (els) =>
    els.map((el) => ({
      agency: el.getAttribute('data-key'),
      value: el.querySelector('text.value')?.textContent,
    })),
  );
  expect(bars).toEqual(
    expected.map((e) => ({
      agency: e.agency,
      value: formatValue(e.value as number, e.unit as string, 'zh', e.qualifier as string),
    })),
  );
  expect(served).toContain('manifest.json');
  expect(served).toContain('metrics/report_year=2020/data_0.parquet');
  expect(served).not.toContain('metrics.parquet');
  await page.close();
});
