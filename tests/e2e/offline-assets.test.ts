import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('serves one compressed wasm bundle from its own origin, under a CSP that blocks other hosts', async () => {
  const page = await browser.newPage();
  const wasm: { url: string; encoding: string | undefined; type: string | undefined }[] = [];
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => {
    if (r.url().endsWith('.wasm') && r.request().method() === 'GET') {
      wasm.push({
        url: r.url(),
        encoding: r.headers()['content-encoding'],
        type: r.headers()['content-type'],
      });
    }
  });
  await page.goto(baseUrl);
  await page.waitForSelector('[data-testid=metric-select]');
  await expect.poll(() => wasm.length, { timeout: 20_000 }).toBe(1);
  expect(wasm[0].url).toMatch(/duckdb-eh-[\w-]+\.wasm$/);
  expect(['br', 'gzip']).toContain(wasm[0].encoding);
  expect(wasm[0].type).toBe('application/wasm');

  const violation = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
          once: true,
        });
        void fetch('https://extensions.duckdb.org/v1.4.3/wasm_eh/parquet.duckdb_extension.wasm').catch(
          () => {},
        );
      }),
  );
  expect(violation).toBe('connect-src');
  expect(requests.filter((u) => !u.startsWith(baseUrl))).toEqual([]);
  await page.close();
});

it('says DuckDB could not start, instead of loading forever, when the wasm cannot be fetched', async () => {
  const page = await browser.newPage();
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(baseUrl);
  const notice = page.getByTestId('error-notice').first();
  await notice.waitFor({ timeout: 20_000 });
  await expect(notice.textContent()).resolves.toContain('DuckDB-WASM could not start');
  await page.close();
});
