import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { openParquetDb, type NodeDb } from '../helpers/node-duckdb.ts';
import { editorText, gridRows, openConsole, resultRows, run, setSql, waitIdle } from './console-page.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let db: NodeDb;
let page: Page;

const METRICS_SQL = `SELECT d.agency, m.metric_id, m.value, d.report_year, m.evidence
FROM metrics m JOIN documents d USING (file) ORDER BY d.agency, m.metric_id`;

/** Node rows as the grid shows them: numbers as JS prints them, NULL as null. */
async function expected(sql: string): Promise<(string | null)[][]> {
  const rows = await db.run({ sql, params: [] });
  return rows.map((r) => Object.values(r).map((v) => (v === null ? null : String(v))));
}

beforeAll(async () => {
  browser = await launchChromium();
  db = await openParquetDb(path.join(inject('distDir'), 'data'));
  ({ page } = await openConsole(browser, `${baseUrl}?view=console`));
});
afterAll(async () => {
  await browser?.close();
  db?.close();
});

describe('SQL console: editing and running', () => {
  it('completes table and column names from the live catalog, and the grid equals DuckDB in Node', async () => {
    await setSql(page, '');
    await page.keyboard.type('FROM docu');
    await page.waitForSelector('.cm-tooltip-autocomplete [aria-selected=true]:has-text("documents")');
    // CodeMirror ignores Enter for a moment after the list opens (interactionDelay), against accidental picks.
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await page.keyboard.type(' SELECT agen');
    await page.waitForSelector('.cm-tooltip-autocomplete [aria-selected=true]:has-text("agency")');
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await page.keyboard.type(', report_year, level ORDER BY agency');
    await page.keyboard.press('Escape');
    expect(await editorText(page)).toBe('FROM documents SELECT agency, report_year, level ORDER BY agency');
    await page.keyboard.press('ControlOrMeta+Enter');
    await waitIdle(page);
    const want = await expected('SELECT agency, report_year, level FROM documents ORDER BY agency');
    expect(await resultRows(page)).toBe(want.length);
    const got = await gridRows(page);
    expect(got.length).toBe(want.length);
    for (const [row, cells] of got) expect(cells).toEqual(want[row]);
    expect(await page.$$eval('.data-grid .th .type', (els) => els.map((e) => e.textContent))).toEqual([
      'VARCHAR',
      'INTEGER',
      'VARCHAR',
    ]);
  });

  it('exports CSV with a BOM, JSON and Parquet containing every row, not only the visible ones', async () => {
    await setSql(page, METRICS_SQL);
    await run(page);
    const want = await expected(METRICS_SQL);
    expect(await resultRows(page)).toBe(want.length);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = await readFile((await csv.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['agency', 'metric_id', 'value', 'report_year', 'evidence']);
    expect(parsed.slice(1)).toEqual(want.map((r) => r.map((v) => v ?? '')));

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=export-json]'),
    ]);
    const rows = JSON.parse(await readFile((await json.path()) ?? '', 'utf8')) as Record<string, unknown>[];
    expect(rows).toEqual(await db.run({ sql: METRICS_SQL, params: [] }));

    const [parquet] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=export-parquet]'),
    ]);
    const file = (await parquet.path()) ?? '';
    const back = await db.run({ sql: `SELECT * FROM read_parquet('${file}')`, params: [] });
    expect(back).toEqual(await db.run({ sql: METRICS_SQL, params: [] }));
  });

  it('charts a result as bars, lines or points inside the shared chart frame', async () => {
    await setSql(
      page,
      `SELECT agency, report_year, count(*)::INTEGER AS metrics FROM metric_values
       WHERE report_year IS NOT NULL GROUP BY ALL ORDER BY metrics DESC`,
    );
    await run(page);
    const rows = await resultRows(page);
    await page.click('[data-testid=chart-mode]');
    await page.waitForSelector('.chart-frame svg');
    expect(await page.locator('.chart-frame .bar').count()).toBe(rows);
    expect(await page.locator('.chart-frame [data-testid=export-open]').count()).toBe(1);
    await page.selectOption('[data-testid=chart-kind]', 'line');
    expect(await page.inputValue('[data-testid=chart-x]')).toBe('1');
    await page.waitForSelector('.chart-frame svg');
    await page.selectOption('[data-testid=chart-kind]', 'scatter');
    await page.waitForSelector('.chart-frame svg');
    await page.click('[data-testid=table-mode]');
  });

  it('shows a DuckDB error with its position marked in the editor, and the status of each statement', async () => {
    await setSql(page, "SELECT 1 AS a;\nSELECT '行政复议' AS 名称,\n  nope + 1\nFROM documents;\nSELECT 3;");
    await run(page, 'run-all');
    await expect(page.textContent('[data-testid=query-error]')).resolves.toContain('Binder Error');
    await expect(page.textContent('[data-testid=query-error]')).resolves.toContain('第 3 行');
    expect(await page.textContent('.cm-sql-error')).toBe('nope');
    expect(await page.locator('.cm-sql-error-dot').count()).toBe(1);
    const states: string[] = await page.$$eval('[data-testid=statement-status] li', (els) =>
      els.map((e) => e.className),
    );
    const known = ['ok', 'error', 'skipped'];
    expect(states.map((c) => c.split(' ').find((x) => known.includes(x)))).toEqual([
      'ok',
      'error',
      'skipped',
    ]);

    await setSql(page, 'SELECT *\nFORM documents');
    await run(page);
    await expect(page.textContent('[data-testid=query-error]')).resolves.toContain('syntax error');
    expect(await page.textContent('.cm-sql-error')).toBe('documents');
    // Editing clears the stale mark.
    await page.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' ');
    expect(await page.locator('.cm-sql-error').count()).toBe(0);
  });

  it('Stop cancels a long query (and replaces the worker when DuckDB ignores the interrupt); the console stays usable', async () => {
    await setSql(page, 'SELECT count(*) FROM range(10000000000) a');
    await page.click('[data-testid=run]');
    await page.waitForSelector('[data-testid=elapsed]');
    await page.waitForTimeout(700);
    await page.click('[data-testid=stop]');
    await waitIdle(page, 10_000);
    await expect(page.textContent('[data-testid=statement-status]')).resolves.toContain('已取消');

    // A nested-loop join does not check for interrupts: the worker is replaced and the data restored.
    await setSql(page, 'SELECT count(*) FROM range(100000) a, range(100000) b WHERE a.range + b.range = 7');
    await page.click('[data-testid=run]');
    await page.waitForSelector('[data-testid=elapsed]');
    await page.waitForTimeout(500);
    await page.click('[data-testid=stop]');
    await waitIdle(page, 20_000);
    await expect(page.textContent('.toolbar [role=status]')).resolves.toContain('查询引擎已重启');

    await setSql(page, 'SELECT count(*)::INTEGER AS n FROM metric_values');
    await run(page);
    const [[, cells]] = await gridRows(page);
    const [{ n }] = await db.run({ sql: 'SELECT count(*)::INTEGER AS n FROM metric_values', params: [] });
    expect(cells).toEqual([String(n)]);
  });

  it('keeps a million-row result out of the DOM, scrolls to its last row, and sorts by re-running in DuckDB', async () => {
    await setSql(
      page,
      "SELECT range AS i, 'row ' || range AS s, CASE WHEN range % 2 = 0 THEN NULL ELSE 'NULL' END AS n FROM range(1000000)",
    );
    await run(page);
    expect(await resultRows(page)).toBe(1_000_000);
    const first = await gridRows(page);
    expect(first.length).toBeLessThan(60);
    expect(first[0][1]).toEqual(['0', 'row 0', null]);
    expect(first[1][1]).toEqual(['1', 'row 1', 'NULL']);
    await page.$eval('.data-grid', (el) => (el.scrollTop = el.scrollHeight));
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('.data-grid .row')).some(
        (r) => r.getAttribute('data-row') === '999999',
      ),
    );
    const last = await gridRows(page);
    expect(last.at(-1)).toEqual([999999, ['999999', 'row 999999', 'NULL']]);
    expect(last.length).toBeLessThan(60);

    await page.click('[data-testid=sort-0]');
    await waitIdle(page);
    await page.click('[data-testid=sort-0]');
    await waitIdle(page);
    expect(await page.getAttribute('.data-grid .th:nth-child(2)', 'aria-sort')).toBe('descending');
    const sorted = await gridRows(page);
    expect(sorted[0]).toEqual([0, ['999999', 'row 999999', 'NULL']]);
  });
});
