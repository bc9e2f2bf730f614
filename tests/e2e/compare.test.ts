import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatValue } from '../../src/lib/charts/format-number.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { openParquetDb, type NodeDb } from '../helpers/node-duckdb.ts';
import { ROOT } from '../helpers/run-script.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let db: NodeDb;

beforeAll(async () => {
  browser = await launchChromium();
  db = await openParquetDb(path.join(ROOT, 'dist/data'));
});
afterAll(async () => {
  await browser?.close();
  db?.close();
});

async function openPage(url: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  return { page, requests };
}

describe('compare view in Chromium', () => {
  it('draws one bar per disclosing agency with the values in metrics.parquet, and lists the rest as 未披露', async () => {
    const [{ metric_id, report_year }] = await db.run({
      sql: `SELECT m.metric_id, d.report_year FROM metrics m JOIN documents d USING (file)
        WHERE d.report_year IS NOT NULL GROUP BY ALL ORDER BY count(*) DESC, m.metric_id LIMIT 1`,
      params: [],
    });
    const expected = await db.run({
      sql: `SELECT coalesce(d.agency, d.file) AS agency, m.value, m.unit, m.qualifier FROM metrics m
        JOIN documents d USING (file) WHERE m.metric_id = ? AND d.report_year = ? ORDER BY m.value DESC, agency`,
      params: [metric_id as string, report_year as number],
    });
    const { page, requests } = await openPage(`${baseUrl}?metric=${metric_id}&year=${report_year}`);
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
    const [{ n }] = await db.run({
      sql: `SELECT count(*) AS n FROM documents WHERE report_year = ? AND doc_type <> 'implementation_plan'`,
      params: [report_year as number],
    });
    const undisclosed = (n as number) - expected.length;
    if (undisclosed > 0) {
      await expect(page.locator('[data-testid=undisclosed]').textContent()).resolves.toContain(
        `未披露（${undisclosed}）`,
      );
    }
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((u) => !u.startsWith(baseUrl))).toEqual([]);
    await page.close();
  });

  it('falls back with a notice for an unknown metric in the URL instead of a blank page', async () => {
    const { page } = await openPage(`${baseUrl}?metric=no.such.metric`);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('未知指标');
    await page.waitForSelector('[data-testid=metric-select]');
    await page.close();
  });
});
