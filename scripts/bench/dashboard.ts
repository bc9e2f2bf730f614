import { spawnSync } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startPreview } from '../lib/preview-server.ts';
import { generateDashboardData } from './generate-dashboard-data.ts';
import { CHROMIUM_ARGS } from './page-load.ts';
import { median } from './stats.ts';

const CHANGES = 9;

// In-page: time from a <select> change to the compare view's next `fazhi:compare-rendered` mark.
const TIME_CHANGE = `async ([selector, value]) => {
  const select = document.querySelector(selector);
  const t0 = performance.now();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const mark = performance.getEntriesByName('fazhi:compare-rendered')[0];
    if (mark && mark.startTime > t0) return mark.startTime - t0;
    if (performance.now() - t0 > 30000) throw new Error('no re-render within 30 s');
  }
}`;

async function timeChanges(page: Page, selector: string, values: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const value = values[(i + 1) % values.length];
    times.push((await page.evaluate(`(${TIME_CHANGE})(${JSON.stringify([selector, value])})`)) as number);
  }
  return times;
}

async function measure(label: string, url: string, metrics: string[], years: string[]): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const started = Date.now();
    await page.goto(`${url}?metric=${metrics[0]}&year=${years[0]}`);
    await page.waitForFunction(() => performance.getEntriesByName('fazhi:first-chart').length > 0, null, {
      timeout: 120_000,
    });
    const firstChart = Date.now() - started;
    const metricTimes = await timeChanges(page, '[data-testid=metric-select]', metrics);
    const yearTimes = await timeChanges(page, '[data-testid=year-select]', years);
    const fmt = (xs: number[]) =>
      `median ${median(xs).toFixed(0)} ms [${xs.map((x) => x.toFixed(0)).join(', ')}]`;
    console.log(`dashboard ${label}: first chart ${firstChart} ms (cold, incl. loading the data)`);
    console.log(`dashboard ${label}: metric change → re-render ${fmt(metricTimes)}`);
    console.log(`dashboard ${label}: year change → re-render ${fmt(yearTimes)}`);
  } finally {
    await browser.close();
  }
}

/** Re-render figures on the seeds (the running preview) and on 100,000 generated, year-partitioned documents. */
export async function runDashboardBench(seedsUrl: string): Promise<void> {
  const common = ['cases.reconsideration', 'online.available_rate', 'cases.litigation', 'advisor.opinions'];
  await measure('seeds', seedsUrl, common, ['2021', '2020']);

  const dataDir = path.resolve('.cache/bench-dashboard-100k');
  const manifest = await generateDashboardData(dataDir);
  console.log(
    `dashboard 100k: ${manifest.reports.toLocaleString('en-US')} documents, ` +
      `${manifest.tables.metrics?.rows.toLocaleString('en-US')} metrics in ${manifest.tables.metrics?.files.length} year partitions`,
  );
  const outDir = path.resolve('.cache/bench-dist-100k');
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error('vite build failed');
  await rm(path.join(outDir, 'data'), { recursive: true, force: true });
  await cp(dataDir, path.join(outDir, 'data'), { recursive: true });
  const server = await startPreview(process.cwd(), outDir);
  try {
    await measure('100k', server.url, common, ['2024', '2023', '2022', '2021']);
  } finally {
    await server.stop();
  }
}
