import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { extractReport } from '../src/lib/extract/index.ts';
import { decodeReport } from '../src/lib/formats/index.ts';
import { median } from './bench/stats.ts';
import { parseArgs } from './lib/cli-args.ts';
import { generateReport, loadFillerSentences, type GeneratedReport } from './lib/generate-corpus.ts';
import { readReports } from './lib/read-reports.ts';

// `npm run bench:extract`: extraction throughput on a generated corpus whose planted values are checked,
// and ingest with worker threads against one thread and against reading+decoding alone.
const args = parseArgs(process.argv.slice(2), { flags: [], options: ['reports', 'dir', 'seed'] });
const count = Number(args.options.get('reports') ?? 10_000);
const seed = Number(args.options.get('seed') ?? 1);
const dir = path.resolve(args.options.get('dir') ?? `.cache/bench-corpus-${count}-${seed}`);

async function ensureCorpus(): Promise<GeneratedReport[]> {
  const filler = await loadFillerSentences('data/raw');
  const reports = Array.from({ length: count }, (_, i) => generateReport(i, filler, seed));
  // A dot file, which ingest skips: the truth must not be ingested as a report.
  if (!existsSync(path.join(dir, '.truth.json'))) {
    await mkdir(dir, { recursive: true });
    for (const r of reports) await writeFile(path.join(dir, r.file), r.text);
    const truth = reports.map(({ file, agency, year, planted }) => ({ file, agency, year, planted }));
    await writeFile(path.join(dir, '.truth.json'), JSON.stringify(truth));
  }
  return reports;
}

function timeCommand(argv: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}`);
  return performance.now() - started;
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
const reports = await ensureCorpus();
const files = reports.map((r) => path.join(dir, r.file));
const bytes = await Promise.all(files.map((f) => readFile(f)));
const totalBytes = bytes.reduce((n, b) => n + b.length, 0);
console.log(`corpus: ${count} generated reports, ${(totalBytes / 1e6).toFixed(1)} MB, in ${dir}`);

// Warm up the JIT on 1,000 reports (the first few hundred run ~20% slower), then time decode + extract in
// this one thread over bytes already in memory.
for (let i = 0; i < Math.min(1000, count); i++) extractReport((await decodeReport(bytes[i], 'w')).text, 'w');
let lost = 0;
const lostByMetric = new Map<string, number>();
const started = performance.now();
for (const [i, r] of reports.entries()) {
  const decoded = await decodeReport(bytes[i], r.file);
  const found = extractReport(decoded.text, r.file).metrics;
  for (const p of r.planted) {
    if (!found.some((m) => m.metric_id === p.metric_id && Math.abs(m.value - p.value) < 1e-9)) {
      lost++;
      lostByMetric.set(p.metric_id, (lostByMetric.get(p.metric_id) ?? 0) + 1);
    }
  }
}
const seconds = (performance.now() - started) / 1000;
const planted = reports.reduce((n, r) => n + r.planted.length, 0);
console.log(
  `extract (decode + extract, 1 thread): ${(totalBytes / 1e6 / seconds).toFixed(1)} MB/s, ` +
    `${(count / seconds).toFixed(0)} reports/s (target ≥ 20 MB/s per core)`,
);
console.log(
  `planted values found: ${planted - lost}/${planted}` +
    (lost ? ` — lost: ${[...lostByMetric].map(([k, v]) => `${k} ${v}`).join(', ')}` : ' (nothing lost)'),
);

const runs = 3;
const out = await mkdtemp(path.join(tmpdir(), 'fazhi-bench-out-'));
const ingest = (workers: number) =>
  timeCommand([
    'node_modules/tsx/dist/cli.mjs',
    'scripts/ingest.ts',
    '--input',
    dir,
    '--out',
    out,
    '--workers',
    String(workers),
    '--quiet',
  ]);
const decodeOnly = async () => {
  const t = performance.now();
  await readReports(files, { workers: 2, decodeOnly: true });
  return performance.now() - t;
};
const ingest2 = median(Array.from({ length: runs }, () => ingest(2)));
const ingest1 = median(Array.from({ length: runs }, () => ingest(0)));
const decode2: number[] = [];
for (let i = 0; i < runs; i++) decode2.push(await decodeOnly());
const decodeMs = median(decode2);
console.log(
  `ingest ${count} reports, 2 worker threads: median ${(ingest2 / 1000).toFixed(2)} s of ${runs} (whole command)`,
);
console.log(`ingest ${count} reports, 1 thread:         median ${(ingest1 / 1000).toFixed(2)} s of ${runs}`);
console.log(`read + decode only, 2 worker threads:      median ${(decodeMs / 1000).toFixed(2)} s of ${runs}`);
console.log(`ingest(2 workers) / decode(2 workers) = ${(ingest2 / decodeMs).toFixed(2)} (target ≤ 2)`);
await rm(out, { recursive: true, force: true });
