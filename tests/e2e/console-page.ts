import type { Browser, Page } from 'playwright-core';

// Shared steps of the console's browser tests (tests/e2e/console-*.test.ts).

export interface ConsolePage {
  page: Page;
  /** Every URL the page requested, to prove nothing left the origin. */
  requests: string[];
}

export async function openConsole(browser: Browser, url: string): Promise<ConsolePage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForSelector('[data-testid=schema-metrics]', { timeout: 30_000 });
  return { page, requests };
}

/** Replaces the editor text as if pasted, and closes the completion popup. */
export async function setSql(page: Page, sql: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
  await page.keyboard.press('Escape');
}

export async function editorText(page: Page): Promise<string> {
  return page.$eval('.cm-content', (el) =>
    Array.from(el.querySelectorAll('.cm-line'), (line) => line.textContent ?? '').join('\n'),
  );
}

/** Clicks Run (or Run all) and waits until the run is over: a finished result or an error. */
export async function run(page: Page, button: 'run' | 'run-all' = 'run'): Promise<void> {
  await page.click(`[data-testid=${button}]`);
  await waitIdle(page);
}

export async function waitIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-testid=stop]') &&
      !document.querySelector('[data-testid=run]')?.hasAttribute('disabled'),
    null,
    { timeout },
  );
}

/** Row count shown above the grid (from its data attribute). */
export async function resultRows(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-testid=result-count]', 'data-rows'));
}

/** Rendered grid rows as [row index, cells]; NULL cells are null. */
export async function gridRows(page: Page): Promise<[number, (string | null)[]][]> {
  return page.$$eval('.data-grid .row', (rows) =>
    rows.map((row) => [
      Number(row.getAttribute('data-row')),
      Array.from(row.querySelectorAll('.td'), (td) =>
        td.querySelector('.null') ? null : (td.textContent ?? ''),
      ),
    ]),
  );
}

/** Bytes of `text` in GB18030, built from the browser-standard decoder (TextEncoder only writes UTF-8). */
export function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no two-byte GB18030 code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/** Drops a file on the upload zone the way a browser does (a DragEvent carrying a DataTransfer). */
export async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      const zone = document.querySelector('[data-testid=drop-zone]');
      zone?.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true }));
      zone?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, bytes: [...bytes] },
  );
}

export async function waitUploads(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('.uploads li').length === n &&
      document.querySelectorAll('[data-testid=upload-loading]').length === 0,
    count,
    { timeout: 30_000 },
  );
}
