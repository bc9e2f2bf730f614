import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { openParquetDb, type NodeDb } from '../helpers/node-duckdb.ts';
import {
  dropFile,
  editorText,
  encodeGb18030,
  gridRows,
  openConsole,
  resultRows,
  run,
  setSql,
  waitUploads,
} from './console-page.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let db: NodeDb;

beforeAll(async () => {
  browser = await launchChromium();
  db = await openParquetDb(path.join(inject('distDir'), 'data'));
});
afterAll(async () => {
  await browser?.close();
  db?.close();
});

const schemaNames = (page: import('playwright-core').Page) =>
  page.$$eval('[data-testid=schema-browser] .object', (els) =>
    els.map((e) => e.textContent?.replace(/\s+/g, ' ').trim()),
  );

describe('SQL console: your own data and the base data', () => {
  it('loads a dropped GB18030 CSV as a table with an editable name that joins metrics; a malformed CSV changes nothing', async () => {
    const { page, requests } = await openConsole(browser, `${baseUrl}?view=console`);
    const docs = await db.run({
      sql: 'SELECT file, agency FROM documents ORDER BY file LIMIT 2',
      params: [],
    });
    const csv = `单位,file,备注\n${docs.map((d) => `${d.agency},${d.file},省级“重点”`).join('\n')}\n`;
    await dropFile(page, '单位 名单.csv', encodeGb18030(csv));
    await waitUploads(page, 1);
    const name = page.locator('[data-testid=upload-name]');
    await expect(name.inputValue()).resolves.toBe('单位_名单');
    await expect(page.textContent('.uploads li')).resolves.toContain('GB18030');
    await name.fill('名单');
    await name.press('Enter');
    await page.waitForSelector('[data-testid="schema-名单"]');

    await setSql(
      page,
      'SELECT u.单位, u.备注, count(m.metric_id)::INTEGER AS n FROM 名单 u JOIN metrics m USING (file) GROUP BY ALL ORDER BY 1',
    );
    await run(page);
    const counts = await db.run({
      sql: `SELECT d.agency, count(m.metric_id)::INTEGER AS n FROM documents d JOIN metrics m USING (file)
        WHERE d.file IN (?, ?) GROUP BY ALL ORDER BY 1`,
      params: [docs[0].file as string, docs[1].file as string],
    });
    expect((await gridRows(page)).map(([, cells]) => cells)).toEqual(
      counts.map((c) => [c.agency, '省级“重点”', String(c.n)]),
    );

    const before = await schemaNames(page);
    await page.setInputFiles('[data-testid=file-input]', {
      name: '名单.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('单位,file\n甲,a.txt\n乙,b.txt,多余\n'),
    });
    await waitUploads(page, 2);
    await expect(page.textContent('[data-testid=upload-error]')).resolves.toContain(
      '第 3 行有 3 个字段，表头有 2 个',
    );
    expect(await schemaNames(page)).toEqual(before);
    await run(page);
    expect(await resultRows(page)).toBe(counts.length);
    expect(requests.filter((u) => !u.startsWith(baseUrl))).toEqual([]);
    await page.close();
  });

  it('keeps the dashboard safe from DROP TABLE in the console, and Reset restores the console copy', async () => {
    const { page, requests } = await openConsole(browser, `${baseUrl}?view=console`);
    await setSql(page, 'DROP VIEW metric_values; DROP TABLE metrics; SELECT count(*) FROM metrics');
    await run(page, 'run-all');
    await expect(page.textContent('[data-testid=query-error]')).resolves.toContain('metrics does not exist');
    // The schema browser follows the live catalog.
    await page.waitForSelector('[data-testid=schema-metrics]', { state: 'detached' });

    await page.click('nav a[href="?view=compare"]');
    await page.waitForSelector('.bar-chart .bar', { timeout: 30_000 });
    await page.click('nav a[href="?view=console"]');
    await page.waitForSelector('[data-testid=schema-browser]');

    page.once('dialog', (d) => void d.accept());
    await page.click('[data-testid=reset]');
    await page.waitForSelector('[data-testid=schema-metrics]', { timeout: 30_000 });
    await setSql(page, 'SELECT count(*)::INTEGER AS n FROM metric_values');
    await run(page);
    const [{ n }] = await db.run({ sql: 'SELECT count(*)::INTEGER AS n FROM metric_values', params: [] });
    expect((await gridRows(page))[0][1]).toEqual([String(n)]);

    // Nothing reaches another host: URLs are refused by DuckDB's sandbox, extension installs by the console.
    await setSql(page, "SELECT * FROM read_csv('https://example.com/x.csv')");
    await run(page);
    const error = await page.textContent('[data-testid=query-error]');
    expect(error).toContain('不能直接读取文件或网址');
    expect(error).toContain('Permission Error');
    await setSql(page, 'INSTALL httpfs; LOAD httpfs');
    await run(page, 'run-all');
    await expect(page.textContent('[data-testid=query-error]')).resolves.toContain('不能安装或加载扩展');
    expect(requests.filter((u) => !u.startsWith(baseUrl))).toEqual([]);
    await page.close();
  });

  it('remembers the history across a reload, and a shared link restores the query', async () => {
    const { page } = await openConsole(browser, `${baseUrl}?view=console`);
    await page.click('[data-testid=tab-examples]');
    await page.click('[data-testid=example-top_online_available]');
    const example = await editorText(page);
    expect(example).toContain("metric_id = 'online.available_rate'");
    await run(page, 'run-all');
    expect(await resultRows(page)).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=query-error]').count()).toBe(0);

    await page.reload();
    await page.waitForSelector('[data-testid=schema-metrics]');
    expect(await editorText(page)).toBe(example);
    await page.click('[data-testid=tab-history]');
    await expect(page.textContent('[data-testid=history-list]')).resolves.toContain('online.available_rate');
    await page.fill('[aria-label="搜索历史"]', 'no-such-term');
    expect(await page.locator('[data-testid=history-list] li').count()).toBe(0);

    const shared = "SELECT '分享' AS 名称, 42 AS n -- shared link";
    await setSql(page, shared);
    await page.click('[data-testid=share]');
    const link = await page.inputValue('[data-testid=share-url]');
    expect(new URL(link).searchParams.get('sql')).toBe(shared);
    await setSql(page, 'SELECT 1');
    const other = await browser.newPage();
    await other.goto(link);
    await other.waitForSelector('[data-testid=schema-metrics]');
    expect(await editorText(other)).toBe(shared);
    await page.close();
    await other.close();
  });
});
