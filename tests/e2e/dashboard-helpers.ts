import { inject } from 'vitest';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { openParquetDb, type NodeDb } from '../helpers/node-duckdb.ts';

/** A browser and DuckDB over the built dist/data, shared by one test file; every request is recorded. */
export interface Harness {
  browser: Browser;
  db: NodeDb;
  requests: string[];
  open(url: string, options?: { context?: BrowserContext; wait?: string }): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const browser = await launchChromium();
  const db = await openParquetDb(path.join(inject('distDir'), 'data'));
  const requests: string[] = [];
  return {
    browser,
    db,
    requests,
    async open(url, options = {}) {
      const page = options.context
        ? await options.context.newPage()
        : await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(url);
      if (options.wait) await page.waitForSelector(options.wait);
      return page;
    },
    async close() {
      await browser.close();
      db.close();
    },
  };
}

/** True when the element is inside the visible part of its scroll container (and of the window). */
export function isScrolledIntoView(page: Page, selector: string, container: string): Promise<boolean> {
  return page.$eval(
    selector,
    (el, containerSel) => {
      const box = el.getBoundingClientRect();
      const c = (document.querySelector(containerSel) as HTMLElement).getBoundingClientRect();
      return box.top >= c.top && box.bottom <= c.bottom && box.top >= 0 && box.bottom <= innerHeight;
    },
    container,
  );
}
