import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from './dashboard-helpers.ts';

const baseUrl = inject('baseUrl');
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  expect(h.requests.filter((u) => !u.startsWith(baseUrl))).toEqual([]);
  await h?.close();
});

const param = (url: string, key: string) => new URL(url).searchParams.get(key);

describe('URL state, history and shared links', () => {
  it('Back and Forward restore views and selections', async () => {
    const page = await h.open(`${baseUrl}?year=2021`, { wait: '.bar-chart .bar' });
    const first = await page.getAttribute('.bar-chart .bar[data-index="0"]', 'data-key');
    await page.click('.bar-chart .bar[data-index="0"]');
    await expect.poll(() => param(page.url(), 'agency')).toBe(first);
    await page.click('nav a[href="?view=disclosure"]');
    await page.waitForSelector('.heatmap .cell');
    expect(await page.textContent('.heatmap .row-label.selected')).toBe(first);
    await page.click('nav a[href="?view=coverage"]');
    await page.waitForSelector('.heatmap .cell');
    expect(param(page.url(), 'view')).toBe('coverage');

    await page.goBack();
    await expect.poll(() => param(page.url(), 'view')).toBe('disclosure');
    await page.waitForSelector('[data-testid=sort-select]');
    await page.goBack();
    await page.waitForSelector('.bar-chart .bar.selected');
    expect(param(page.url(), 'view')).toBeNull();
    expect(await page.getAttribute('.bar-chart .bar.selected', 'data-key')).toBe(first);
    await page.goBack();
    await expect.poll(() => page.$$('.bar-chart .bar.selected').then((b) => b.length)).toBe(0);
    await page.goForward();
    await page.waitForSelector('.bar-chart .bar.selected');
    await page.goForward();
    await page.waitForSelector('[data-testid=sort-select]');
    await page.keyboard.press('Escape');
    await expect.poll(() => param(page.url(), 'agency')).toBeNull();
    expect(await page.$$('.heatmap .row-label.selected')).toHaveLength(0);
    await page.close();
  });

  it('"copy link" reproduces the exact view in a new page', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await h.open(`${baseUrl}?view=disclosure&year=2021`, { context, wait: '.heatmap .cell' });
    await page.selectOption('[data-testid=sort-select]', 'name');
    const cell = page.locator('.heatmap .cell[data-col="cases.reconsideration"]').first();
    await cell.click();
    await expect.poll(() => param(page.url(), 'agency')).not.toBeNull();
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => param(page.url(), 'lang')).toBe('en');
    await page.click('[data-testid=copy-link]');
    await expect.poll(() => page.textContent('.copy-link .feedback')).toContain('copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    const snapshot = (p: typeof page) =>
      p.evaluate(() => ({
        title: document.querySelector('.chart-frame h2')?.textContent,
        rows: [...document.querySelectorAll('.heatmap .row-label')].map((e) => e.textContent),
        selected: document.querySelector('.heatmap .row-label.selected')?.textContent,
        detail: document.querySelector('[data-testid=disclosure-detail]')?.textContent,
        nav: document.querySelector('nav a[aria-current=page]')?.textContent,
      }));
    const before = await snapshot(page);
    const other = await h.open(copied, { wait: '.heatmap .cell' });
    await other.waitForSelector('[data-testid=disclosure-detail]');
    expect(other.url()).toBe(copied);
    expect(await snapshot(other)).toEqual(before);
    expect(before.nav).toBe('Disclosure');
    await context.close();
    await other.close();
  });

  it('an unknown agency or report in the URL gives a notice and a working page, never a blank one', async () => {
    const page = await h.open(`${baseUrl}?view=agency&agency=不存在的单位&doc=nope.txt`);
    await expect.poll(() => page.textContent('[data-testid=notices]')).toContain('未找到单位 “不存在的单位”');
    expect(await page.textContent('[data-testid=notices]')).toContain('nope.txt');
    await expect.poll(() => param(page.url(), 'agency')).toBeNull();
    await page.waitForSelector('.agency-list li a');
    const trends = await h.open(`${baseUrl}?view=trends&agencies=不存在的单位`);
    await expect.poll(() => trends.textContent('[data-testid=notices]')).toContain('不存在的单位');
    await trends.waitForSelector('.line-chart, [data-testid=empty-state]');
    await page.close();
    await trends.close();
  });
});
