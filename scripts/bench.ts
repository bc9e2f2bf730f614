import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';
import { build } from 'vite';
import { runConsoleBench } from './bench/console.ts';
import { runDashboardBench } from './bench/dashboard.ts';
import { runExportBench } from './bench/export.ts';
import { measurePageLoad } from './bench/page-load.ts';
import { startPreview } from './lib/preview-server.ts';
import { kb, mb, median } from './bench/stats.ts';

// `npm run bench`: figures for docs/benchmarks.md, measured on the production build.
const RUNS = 5;
// `npm run bench -- dashboard` (or `console`, `export`) runs the page-load figures and that one suite only.
const only = process.argv[2] ?? null;

function timeIngest(): number {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/ingest.ts', '--quiet'],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('ingest failed');
  return performance.now() - started;
}

/** The metric and year with the most disclosed values, so the measured chart has bars to draw. */
async function busiestView(): Promise<Record<string, string>> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const reader = await conn.runAndReadAll(
    `SELECT m.metric_id, d.report_year FROM read_parquet('public/data/metrics.parquet') m
     JOIN read_parquet('public/data/documents.parquet') d USING (file)
     WHERE d.report_year IS NOT NULL GROUP BY ALL ORDER BY count(*) DESC, m.metric_id LIMIT 1`,
  );
  const [metric, year] = reader.getRows()[0] ?? [];
  conn.closeSync();
  return metric ? { metric: String(metric), year: String(year) } : {};
}

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
);
const ingestRuns = Array.from({ length: 3 }, timeIngest);
console.log(
  `ingest data/raw (whole command, incl. Node start-up): median ${median(ingestRuns).toFixed(0)} ms of 3`,
);

await build({ logLevel: 'warn' });
// The server runs in its own process, as in production, not in the event loop that drives the browser.
const server = await startPreview(process.cwd());
const base = server.url;
const url = `${base}?${new URLSearchParams(await busiestView()).toString()}`;
console.log(`page: ${url}`);
try {
  const samples = [];
  for (let i = 0; i < RUNS; i++) samples.push(await measurePageLoad(url));
  const first = samples[0];
  console.log(
    `first chart, cold (fresh profile each): median ${median(samples.map((s) => s.firstChartMs)).toFixed(0)} ms of ${RUNS} ` +
      `[${samples.map((s) => s.firstChartMs.toFixed(0)).join(', ')}] (target ≤ 1500 ms)`,
  );
  console.log(`JS transferred, compressed, without wasm: ${kb(first.jsBytes)} (target ≤ 300 KB)`);
  console.log(`wasm transferred, compressed: ${mb(first.wasmBytes)} (target ≤ 5 MB)`);
  console.log(`other transferred (html, css, parquet): ${kb(first.otherBytes)}`);
  console.log(`requests to other hosts: ${first.foreignRequests.length}`);
  if (only === null || only === 'dashboard') await runDashboardBench(base);
  if (only === null || only === 'console') await runConsoleBench(base);
  if (only === null || only === 'export') await runExportBench(base);
} finally {
  await server.stop();
}
