import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatValue } from '../../src/lib/charts/format-number.ts';
import { isScrolledIntoView, startHarness, type Harness } from './dashboard-helpers.ts';

const baseUrl = inject('baseUrl');
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  expect(h.requests.length).toBeGreaterThan(3);
  expect(h.requests.filter((u) => !u.startsWith(baseUrl))).toEqual([]);
  await h?.close();
});

/** The metric and year with the most disclosing reports in dist/data. */
async function busiestMetric(): Promise<{ metric: string; year: number }> {
  const [{ metric_id, report_year }] = await h.db.run({
    sql: `SELECT m.metric_id, d.report_year FROM metrics m JOIN documents d USING (file)
      WHERE d.report_year IS NOT NULL GROUP BY ALL ORDER BY count(*) DESC, m.metric_id LIMIT 1`,
    params: [],
  });
  return { metric: metric_id as string, year: report_year as number };
}

async function expectedBars(metric: string, year: number) {
  return h.db.run({
    sql: `SELECT coalesce(d.agency, d.file) AS agency, d.file, m.value, m.unit, m.qualifier, m.evidence,
        m.evidence_start, m.evidence_end
      FROM metrics m JOIN documents d USING (file)
      WHERE m.metric_id = ? AND d.report_year = ? ORDER BY m.value DESC, agency`,
    params: [metric, year],
  });
}

describe('compare view in Chromium', () => {
  it('draws one bar per disclosing agency with the values in metrics.parquet, lists the rest as 未披露, and the table has the same numbers', async () => {
    const { metric, year } = await busiestMetric();
    const expected = await expectedBars(metric, year);
    const page = await h.open(`${baseUrl}?metric=${metric}&year=${year}`, { wait: '.bar-chart .bar' });
    const bars = await page.$$eval('.bar-chart .bar', (els) =>
      els.map((el) => ({
        agency: el.getAttribute('data-key'),
        value: el.querySelector('text.value')?.textContent,
      })),
    );
    const values = expected.map((e) =>
      formatValue(e.value as number, e.unit as string, 'zh', e.qualifier as string),
    );
    expect(bars).toEqual(expected.map((e, i) => ({ agency: e.agency, value: values[i] })));
    const [{ n }] = await h.db.run({
      sql: `SELECT count(*) AS n FROM documents WHERE report_year = ? AND doc_type <> 'implementation_plan'`,
      params: [year],
    });
    const undisclosed = (n as number) - expected.length;
    if (undisclosed > 0)
      expect(await page.locator('[data-testid=undisclosed]').textContent()).toContain(
        `未披露（${undisclosed}）`,
      );

    await page.getByRole('button', { name: '以表格显示' }).click();
    const cells = await page.$$eval('[data-testid=compare-table] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())),
    );
    expect(cells.slice(0, expected.length).map((c) => [c[1], c[2]])).toEqual(
      expected.map((e, i) => [e.agency, values[i]]),
    );
    await page.close();
  });

  it('shows the evidence of a clicked bar, links into the profile with it highlighted in view, and Back/Esc work', async () => {
    const { metric, year } = await busiestMetric();
    const target = (await expectedBars(metric, year)).find((e) => e.evidence !== null)!;
    const page = await h.open(`${baseUrl}?metric=${metric}&year=${year}`, { wait: '.bar-chart .bar' });
    await page.click(`.bar-chart .bar[data-key="${target.agency}"]`);
    await expect.poll(() => page.textContent('[data-testid=evidence-text]')).toBe(target.evidence);
    expect(new URL(page.url()).searchParams.get('agency')).toBe(target.agency);
    expect(
      await page.$$eval('.bar-chart .bar.selected', (els) => els.map((e) => e.getAttribute('data-key'))),
    ).toEqual([target.agency]);

    await page.click('[data-testid=evidence-link]');
    await page.waitForSelector('mark[data-testid=evidence-mark]');
    expect(await page.textContent('mark[data-testid=evidence-mark]')).toBe(target.evidence);
    expect(
      await isScrolledIntoView(page, 'mark[data-testid=evidence-mark]', '[data-testid=report-text]'),
    ).toBe(true);
    expect(new URL(page.url()).searchParams.get('span')).toBe(
      `${target.evidence_start}-${target.evidence_end}`,
    );

    await page.goBack();
    await page.waitForSelector('.bar-chart .bar.selected');
    expect(await page.textContent('[data-testid=evidence-text]')).toBe(target.evidence);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.$$('.bar-chart .bar.selected').then((b) => b.length)).toBe(0);
    expect(new URL(page.url()).searchParams.get('agency')).toBeNull();
    await page.close();
  });

  it('is keyboard-usable: one tab stop in the chart, arrows move, Enter selects', async () => {
    const { metric, year } = await busiestMetric();
    const expected = await expectedBars(metric, year);
    const page = await h.open(`${baseUrl}?metric=${metric}&year=${year}`, { wait: '.bar-chart .bar' });
    expect(await page.$$eval('.bar-chart .bar[tabindex="0"]', (els) => els.length)).toBe(1);
    await page.focus('.bar-chart .bar[data-index="0"]');
    if (expected.length > 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const chosen = expected[Math.min(1, expected.length - 1)].agency;
    await expect.poll(() => new URL(page.url()).searchParams.get('agency')).toBe(chosen);
    expect(
      await page.$eval('.bar-chart', (svg) => [
        svg.getAttribute('role'),
        svg.querySelector('title')?.textContent !== '',
        svg.querySelector('desc')?.textContent !== '',
      ]),
    ).toEqual(['img', true, true]);
    await page.close();
  });

  it('falls back with a notice for an unknown metric in the URL instead of a blank page', async () => {
    const page = await h.open(`${baseUrl}?metric=no.such.metric`);
    await expect.poll(() => page.textContent('[data-testid=notices]')).toContain('未知指标');
    await page.waitForSelector('[data-testid=metric-select]');
    await page.close();
  });
});
