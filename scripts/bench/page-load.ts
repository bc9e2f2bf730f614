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
    const transfers: Promise<{ path: string; bytes: number }>[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin)) foreignRequests.push(r.url());
    });
    // Worker fetches (the wasm) are not in the page's resource timing, so sizes come from the network events.
    page.on('requestfinished', (r) =>
      transfers.push(r.sizes().then((s) => ({ path: new URL(r.url()).pathname, bytes: s.responseBodySize }))),
    );
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('fazhi:first-chart').length > 0, null, {
      timeout: 30_000,
    });
    // A string, not a function: tsx's transpiled helpers (__name) do not exist inside the page.
    const firstChartMs = (await page.evaluate(
      `performance.getEntriesByName('fazhi:first-chart')[0].startTime`,
    )) as number;
    const sizes = await Promise.all(transfers);
    const sum = (test: (p: string) => boolean) =>
      sizes.filter((s) => test(s.path)).reduce((n, s) => n + s.bytes, 0);
    const isJs = (p: string) => p.endsWith('.js') || p.endsWith('.mjs');
    const isWasm = (p: string) => p.endsWith('.wasm');
    return {
      firstChartMs,
      jsBytes: sum(isJs),
      wasmBytes: sum(isWasm),
      otherBytes: sum((p) => !isJs(p) && !isWasm(p)),
      foreignRequests,
    };
  } finally {
    await browser.close();
  }
}
