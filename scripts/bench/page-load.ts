import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PageLoadSample {
  firstChartMs: number;
  jsBytes: number;
  wasmBytes: number;
  otherBytes: number;
  foreignRequests: string[];
}

/** One cold load in a fresh browser (new profile, empty cache): time to the first chart and bytes transferred. */
export async function measurePageLoad(url: string): Promise<PageLoadSample> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const origin = new URL(url).origin;
    const foreignRequests: string[] = [];
    let wasm: Promise<number> = Promise.resolve(0);
    page.on('request', (r) => {
      if (!r.url().startsWith(origin)) foreignRequests.push(r.url());
    });
    // The worker fetches the wasm, so it is missing from the page's resource timing; its size comes from the
    // network event (only that one request, to keep the measured page free of protocol round trips).
    page.on('requestfinished', (r) => {
      if (r.url().endsWith('.wasm') && r.method() === 'GET') wasm = r.sizes().then((s) => s.responseBodySize);
    });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('fazhi:first-chart').length > 0, null, {
      timeout: 30_000,
    });
    // A string, not a function: tsx's transpiled helpers (__name) do not exist inside the page.
    const figures = (await page.evaluate(`(() => {
      const resources = performance.getEntriesByType('resource');
      const sum = (test) => resources.filter((r) => test(new URL(r.name).pathname)).reduce((n, r) => n + r.encodedBodySize, 0);
      const isJs = (p) => p.endsWith('.js') || p.endsWith('.mjs');
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        firstChartMs: performance.getEntriesByName('fazhi:first-chart')[0].startTime,
        jsBytes: sum(isJs),
        otherBytes: sum((p) => !isJs(p) && !p.endsWith('.wasm')) + (nav ? nav.encodedBodySize : 0),
      };
    })()`)) as Pick<PageLoadSample, 'firstChartMs' | 'jsBytes' | 'otherBytes'>;
    return { ...figures, wasmBytes: await wasm, foreignRequests };
  } finally {
    await browser.close();
  }
}
