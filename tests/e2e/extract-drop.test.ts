import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatValue } from '../../src/lib/charts/format-number.ts';
import { extractReport } from '../../src/lib/extract/index.ts';
import { buildDocx, encodeGb18030 } from '../fixtures/report-formats.ts';
import { seedText, SEED_FILES } from '../fixtures/seeds.ts';
import { startHarness, type Harness } from './dashboard-helpers.ts';

const baseUrl = inject('baseUrl');
let h: Harness;
let page: Page;

// A report of an agency that is not in data/raw: seed 000 with another province and another penalty count.
const hunan = SEED_FILES.find((f) => f.startsWith('000_'))!;
const newText = seedText(hunan).replaceAll('湖南', '江西').replace('行政处罚32项', '行政处罚45项');
const expected = extractReport(newText, 'jiangxi-2020.txt');

beforeAll(async () => {
  h = await startHarness();
  page = await h.open(`${baseUrl}?view=extract`, { wait: '[data-testid=drop-zone]' });
});
afterAll(async () => {
  await h?.close();
});

describe('extracting a dropped report in the browser', () => {
  it('shows the metrics the extractor finds in Node, for a GB18030 text and a docx of the same report', async () => {
    await page.setInputFiles('[data-testid=report-input]', [
      { name: 'jiangxi-2020.txt', mimeType: 'text/plain', buffer: Buffer.from(encodeGb18030(newText)) },
      {
        name: 'jiangxi-2020.docx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(buildDocx(newText)),
      },
    ]);
    const want = expected.metrics.map((m) => formatValue(m.value, m.unit, 'zh', m.qualifier));
    expect(want).toContain('45项');
    for (const name of ['jiangxi-2020.txt', 'jiangxi-2020.docx']) {
      await page.getByRole('button', { name: new RegExp(name.replace('.', '\\.')) }).click();
      await page.waitForSelector('[data-testid=extract-metrics] button[data-metric]');
      const shown = await page.$$eval('[data-testid=extract-metrics] button[data-metric]', (els) =>
        els.map((e) => e.textContent?.trim()),
      );
      expect(shown, name).toEqual(want);
      await expect(page.getByTestId('extract-meta').textContent()).resolves.toContain('江西省通信管理局');
    }
  });

  it('opens the evidence of a metric highlighted in the text', async () => {
    const penalty = expected.metrics.find((m) => m.metric_id === 'powers.penalty')!;
    await page.click('[data-testid=extract-metrics] button[data-metric="powers.penalty"]');
    await expect(page.getByTestId('evidence-mark').textContent()).resolves.toBe(penalty.evidence);
  });

  it('adds the report to the session so the compare view ranks it', async () => {
    await page.getByTestId('add-to-session').click();
    await page.waitForSelector('[data-testid=added-status]');
    await page.evaluate(() => {
      history.pushState(null, '', '?metric=powers.penalty&year=2020');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForSelector('.bar-chart .bar[data-key="江西省通信管理局"]');
    const value = await page.$eval(
      '.bar-chart .bar[data-key="江西省通信管理局"] text.value',
      (e) => e.textContent,
    );
    expect(value).toContain('45项');
  });

  it('names the file and the reason when a dropped file cannot be read, and keeps the others', async () => {
    await page.evaluate(() => {
      history.pushState(null, '', '?view=extract');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.setInputFiles('[data-testid=report-input]', [
      {
        name: 'broken.docx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('PK\u0003\u0004 not a zip'),
      },
    ]);
    await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(/broken\.docx/);
    expect(h.requests.filter((u) => !u.startsWith(baseUrl))).toEqual([]);
  });
});
