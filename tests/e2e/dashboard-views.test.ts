import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatNumber, formatValue } from '../../src/lib/charts/format-number.ts';
import { buildCoverageQuery } from '../../src/lib/db/queries/coverage.ts';
import { goldParts } from '../helpers/gold.ts';
import { isScrolledIntoView, startHarness, type Harness } from './dashboard-helpers.ts';

const baseUrl = inject('baseUrl');
let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.open(`${baseUrl}?view=disclosure&year=2021`, { wait: '.heatmap .cell' });
});
afterAll(async () => {
  expect(h.requests.filter((u) => !u.startsWith(baseUrl))).toEqual([]);
  await h?.close();
});

/** Navigates inside the single-page app (DuckDB stays warm) by changing the URL through history. */
async function go(search: string, wait: string): Promise<void> {
  await page.evaluate((s) => {
    history.pushState(null, '', s);
    dispatchEvent(new PopStateEvent('popstate'));
  }, search);
  await page.waitForSelector(wait);
}

const reportsOf = async (year: number) =>
  h.db.run({
    sql: `SELECT file, coalesce(agency, file) AS agency FROM documents
      WHERE report_year = ? AND doc_type <> 'implementation_plan' ORDER BY agency`,
    params: [year],
  });

describe('dashboard views in Chromium', () => {
  it('disclosure matrix: one row per report, cells and completeness from metrics.parquet, zero drawn as 0', async () => {
    const reports = await reportsOf(2021);
    const [{ n: catalogSize }] = await h.db.run({ sql: 'SELECT count(*) AS n FROM catalog', params: [] });
    const rows = await page.$$eval('.heatmap .row-label', (els) => els.map((e) => e.textContent));
    expect([...rows].sort()).toEqual(reports.map((r) => r.agency).sort());
    expect(await page.$$eval('.heatmap .cell', (els) => els.length)).toBe(
      reports.length * (catalogSize as number),
    );
    const metrics = await h.db.run({
      sql: `SELECT coalesce(d.agency, d.file) AS agency, m.metric_id, m.value, m.unit, m.qualifier FROM metrics m
        JOIN documents d USING (file) WHERE d.report_year = 2021 AND m.metric_id IN (SELECT metric_id FROM catalog)`,
      params: [],
    });
    for (const m of metrics) {
      const label = await page.getAttribute(
        `.heatmap .cell[data-row="${m.agency}"][data-col="${m.metric_id}"]`,
        'aria-label',
      );
      expect(label).toContain(formatValue(m.value as number, m.unit as string, 'zh', m.qualifier as string));
    }
    const zero = metrics.find((m) => m.value === 0);
    if (zero)
      expect(
        await page.textContent(
          `.heatmap .cell[data-row="${zero.agency}"][data-col="${zero.metric_id}"] .cell-text`,
        ),
      ).toBe('0');
    await page.getByRole('button', { name: '以表格显示' }).first().click();
    const table = await page.$$eval('[data-testid=disclosure-table] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent?.trim())),
    );
    for (const r of reports) {
      const n = metrics.filter((m) => m.agency === r.agency).length;
      expect(table).toContainEqual([
        r.agency,
        `${Math.round((100 * n) / (catalogSize as number))}%`,
        `${n}/${catalogSize}`,
      ]);
    }
    await page.getByRole('button', { name: '以图表显示' }).first().click();
  });

  it('trends: the drawn points are the values of the chosen agencies', async () => {
    const [{ metric_id }] = await h.db.run({
      sql: 'SELECT metric_id FROM metrics GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1',
      params: [],
    });
    const values = await h.db.run({
      sql: `SELECT coalesce(d.agency, d.file) AS agency, d.report_year AS year, m.value FROM metrics m
        JOIN documents d USING (file) WHERE m.metric_id = ? AND d.report_year IS NOT NULL ORDER BY agency, year`,
      params: [metric_id as string],
    });
    const agencies = [...new Set(values.map((v) => v.agency as string))].slice(0, 3);
    const q = new URLSearchParams({ view: 'trends', metric: metric_id as string });
    for (const a of agencies) q.append('agencies', a);
    await go(`?${q}`, '.line-chart .point');
    const points = await page.$$eval('.line-chart .point', (els) =>
      els.map((e) => [e.getAttribute('data-key'), Number(e.getAttribute('data-x'))]),
    );
    expect(points.sort()).toEqual(
      values
        .filter((v) => agencies.includes(v.agency as string))
        .map((v) => [v.agency, v.year])
        .sort(),
    );
    const yoy = await page.$$eval('[data-testid=yoy-table] tbody tr', (trs) => trs.length);
    expect(yoy).toBeGreaterThanOrEqual(agencies.length);

    // The chooser works from the keyboard: Backspace removes the last agency, typing and Enter adds it back.
    const last = agencies[agencies.length - 1];
    await page.focus('[data-testid=agency-chooser] input');
    await page.keyboard.press('Backspace');
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll('agencies'))
      .toEqual(agencies.slice(0, -1));
    await page.keyboard.type(last);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('agencies')).toEqual(agencies);
    await page.waitForSelector(`.line-chart .point[data-key="${last}"]`);
  });

  it('coverage: characters per Outline area as computed by DuckDB over sections.parquet', async () => {
    await go('?view=coverage&year=2021', '.heatmap .cell');
    const rows = await h.db.run(buildCoverageQuery({ year: 2021 }));
    const outline2021 = rows.filter((r) => (r.area as string).startsWith('o2021.'));
    expect(outline2021.length).toBeGreaterThan(0);
    for (const r of outline2021) {
      const label = await page.getAttribute(
        `.heatmap .cell[data-row="${r.agency}"][data-col="${r.area}"]`,
        'aria-label',
      );
      expect(label).toContain(`${formatNumber(r.chars as number, 'zh', 1)}字`);
    }
  });

  it('compliance: the five parts as in report_parts, and a heading click opens the text at it', async () => {
    await go('?view=compliance&year=2021', '.heatmap .cell');
    const reports = await reportsOf(2021);
    const labels = { section: '独立章节', subsection: '小节', absent: '缺失' } as Record<string, string>;
    for (const r of reports) {
      for (const g of goldParts().filter((p) => p.file === r.file && p.part !== 'other')) {
        const text = await page.textContent(
          `.heatmap .cell[data-row="${r.agency}"][data-col="${g.part}"] .cell-text`,
        );
        expect(text, `${r.file} ${g.part}`).toBe(labels[g.present]);
      }
    }
    const present = goldParts().find(
      (p) => reports.some((r) => r.file === p.file) && p.present === 'section',
    )!;
    const agency = reports.find((r) => r.file === present.file)!.agency;
    await page.click(`.heatmap .cell[data-row="${agency}"][data-col="${present.part}"]`);
    await page.waitForSelector('mark[data-testid=evidence-mark]');
    expect(await page.textContent('mark[data-testid=evidence-mark]')).toBe(present.evidence);
    expect(
      await isScrolledIntoView(page, 'mark[data-testid=evidence-mark]', '[data-testid=report-text]'),
    ).toBe(true);
    await page.goBack();
    await page.waitForSelector('.heatmap .cell');
  });

  it('compliance: moving the department deadline changes who is late, and lives in the URL', async () => {
    const [dated] = await h.db.run({
      sql: `SELECT coalesce(agency, file) AS agency, report_year, CAST(report_date AS VARCHAR) AS d FROM documents
        WHERE report_date IS NOT NULL AND report_year = 2021 AND coalesce(sector, '') <> '人民政府' LIMIT 1`,
      params: [],
    });
    if (!dated) return;
    const cell = `.heatmap .cell[data-row="${dated.agency}"][data-col="date"]`;
    expect(await page.getAttribute(cell, 'aria-label')).toContain('按期');
    const early = `${(dated.report_year as number) + 1}-01-02`;
    await page.fill('[data-testid=due-dept]', early);
    await page.dispatchEvent('[data-testid=due-dept]', 'change');
    await expect.poll(() => new URL(page.url()).searchParams.get('due_dept')).toBe('01-02');
    const late = Math.round((Date.parse(dated.d as string) - Date.parse(early)) / 86_400_000);
    await expect.poll(() => page.getAttribute(cell, 'aria-label')).toContain(`逾期${late}天`);
    expect(await page.textContent('[data-testid=send-back]')).toContain(dated.agency as string);
  });
});
