import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from './dashboard-helpers.ts';

const baseUrl = inject('baseUrl');
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('empty and error states', () => {
  it('names a missing Parquet file (texts.parquet, HTTP 404) in the agency profile', async () => {
    const context = await h.browser.newContext();
    await context.route('**/data/texts.parquet', (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    const [{ agency }] = await h.db.run({
      sql: 'SELECT coalesce(agency, file) AS agency FROM documents LIMIT 1',
      params: [],
    });
    const page = await h.open(`${baseUrl}?view=agency&agency=${encodeURIComponent(agency as string)}`, {
      context,
    });
    await page.waitForSelector('[data-testid=error-notice]');
    expect(await page.textContent('[data-testid=error-file]')).toBe('texts.parquet');
    expect(await page.textContent('[data-testid=error-notice]')).toContain('数据文件无法读取');
    await page.waitForSelector('[data-testid=agency-metrics]');
    await context.close();
  });

  it('names a corrupt Parquet file (sections.parquet) in the coverage view', async () => {
    const context = await h.browser.newContext();
    const bytes = await readFile(path.join(inject('distDir'), 'data/sections.parquet'));
    const broken = Buffer.concat([
      bytes.subarray(0, 64),
      Buffer.alloc(64, 7),
      bytes.subarray(bytes.length - 8),
    ]);
    await context.route('**/data/sections.parquet', (route) => route.fulfill({ status: 200, body: broken }));
    const page = await h.open(`${baseUrl}?view=coverage&year=2021`, { context });
    await page.waitForSelector('[data-testid=error-notice]');
    expect(await page.textContent('[data-testid=error-file]')).toBe('sections.parquet');
    expect(await page.textContent('[data-testid=error-notice]')).toMatch(/corrupt|unreadable/);
    await context.close();
  });

  it('shows a failed query with its SQL on demand', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fazhi-bad-'));
    const file = path.join(dir, 'documents.parquet');
    await h.db.conn.run(
      `COPY (SELECT * REPLACE ('not a year' AS report_year) FROM read_parquet($1)) TO '${file.replaceAll("'", "''")}' (FORMAT parquet)`,
      [path.join(inject('distDir'), 'data/documents.parquet')],
    );
    const context = await h.browser.newContext();
    const body = await readFile(file);
    await context.route('**/data/documents.parquet', (route) => route.fulfill({ status: 200, body }));
    const page = await h.open(`${baseUrl}?year=2021`, { context });
    await page.waitForSelector('[data-testid=error-notice]');
    expect(await page.textContent('[data-testid=error-notice] strong')).toBe('查询失败');
    await page.click('[data-testid=error-notice] summary');
    expect(await page.textContent('[data-testid=error-notice] pre.sql')).toContain('FROM documents d');
    await context.close();
  });

  it('says when a selection has no data and what to change', async () => {
    const page = await h.open(`${baseUrl}?year=2021&province=${encodeURIComponent('不存在的省')}`);
    await page.waitForSelector('[data-testid=empty-state]');
    expect(await page.textContent('[data-testid=empty-state]')).toContain('放宽');
    await page.close();
  });
});
