import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { writeTablesToParquet } from '../src/lib/db/write-parquet-node.ts';
import { buildTableRows, type IngestedReport } from '../src/lib/ingest/build-rows.ts';
import { parseOverrides } from '../src/lib/ingest/overrides.ts';
import { parseCatalog } from '../src/lib/schema/catalog.ts';
import type { DataManifest } from '../src/lib/schema/manifest.ts';
import { parseArgs, UsageError } from './lib/cli-args.ts';
import { readReports } from './lib/read-reports.ts';

const USAGE =
  'usage: npm run ingest -- [--input data/raw] [--out public/data] [--overrides data/overrides.csv] [--workers N] ' +
  '[--partition-by-year] [--strict] [--quiet]';

// The tables every year-scoped view reads; the others are per report and stay single files.
const YEAR_PARTITIONED = ['documents', 'metrics'] as const;

interface IngestConfig {
  input: string;
  out: string;
  overrides: string;
  catalog: string;
  workers: number;
  strict: boolean;
  quiet: boolean;
  partitionByYear: boolean;
}

function normalizeConfig(argv: string[]): IngestConfig {
  const args = parseArgs(argv, {
    flags: ['strict', 'quiet', 'partition-by-year'],
    options: ['input', 'out', 'overrides', 'catalog', 'workers'],
  });
  if (args.positional.length > 0) throw new UsageError(`unexpected argument ${args.positional[0]}`);
  const workersArg = args.options.get('workers');
  const workers = workersArg === undefined ? Math.min(availableParallelism(), 4) : Number(workersArg);
  if (!Number.isInteger(workers) || workers < 0) throw new UsageError('--workers must be a whole number ≥ 0');
  return {
    input: args.options.get('input') ?? 'data/raw',
    out: args.options.get('out') ?? 'public/data',
    overrides: args.options.get('overrides') ?? 'data/overrides.csv',
    catalog: args.options.get('catalog') ?? 'data/metric-catalog.csv',
    workers,
    strict: args.flags.has('strict'),
    quiet: args.flags.has('quiet'),
    partitionByYear: args.flags.has('partition-by-year'),
  };
}

async function listReports(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read input directory ${dir}: ${err.code ?? err.message}`);
  });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.join(dir, e.name))
    .sort();
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

async function main(argv: string[]): Promise<number> {
  const config = normalizeConfig(argv);
  const started = performance.now();
  const paths = await listReports(config.input);
  if (paths.length === 0) {
    console.error(`ingest: no report files in ${config.input}`);
    return 1;
  }
  const catalog = parseCatalog(await readFile(config.catalog, 'utf8'), config.catalog);
  const log = (line: string) => config.quiet || console.log(line);

  const outcomes = await readReports(paths, {
    workers: paths.length >= 8 ? config.workers : 0,
    onOutcome: (o, done, total) => {
      const n = `[${String(done).padStart(String(total).length)}/${total}]`;
      if (o.ok) {
        const d = o.report.extraction.document;
        log(
          `${n} ${o.report.file}  ${d.agency ?? '(agency unknown)'} ${d.report_year ?? ''}  ${o.report.extraction.metrics.length} metrics`,
        );
      } else {
        console.error(`${n} ${o.file}  SKIPPED: ${o.reason}`);
      }
    },
  });
  const reports: IngestedReport[] = outcomes.flatMap((o) => (o.ok ? [o.report] : []));
  const failures = outcomes.flatMap((o) => (o.ok ? [] : [o]));
  if (reports.length === 0) {
    console.error(`ingest: none of the ${paths.length} files could be ingested; nothing written`);
    return 1;
  }

  const overridesText = await readOptional(config.overrides);
  const overrides = overridesText
    ? parseOverrides(
        overridesText,
        config.overrides,
        new Set(reports.map((r) => r.file)),
        new Set(catalog.map((m) => m.metric_id)),
      )
    : [];
  const unitOf = new Map(catalog.map((m) => [m.metric_id, m.unit]));
  const rows = buildTableRows(reports, overrides, (id) => unitOf.get(id) ?? '');

  await mkdir(config.out, { recursive: true });
  const written = await writeTablesToParquet(config.out, rows, {
    partitionByYear: config.partitionByYear ? YEAR_PARTITIONED : [],
  });
  const manifest: DataManifest = {
    tables: Object.fromEntries(written.map(({ table, ...rest }) => [table, rest])),
    reports: reports.length,
    skipped: failures.map((f) => ({ file: f.file, reason: f.reason })),
  };
  const manifestPath = path.join(config.out, 'manifest.json');
  await writeFile(`${manifestPath}.tmp`, JSON.stringify(manifest, null, 2) + '\n');
  await rename(`${manifestPath}.tmp`, manifestPath);

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const warnings = failures.length + reports.filter((r) => r.extraction.document.agency === null).length;
  log(
    `ingest: ${reports.length}/${paths.length} files, ${rows.metrics.length} metrics, ` +
      `${rows.candidates.length} candidates, ${rows.sections.length} sections, ${overrides.length} overrides, ` +
      `${warnings} warnings (${failures.length} skipped) in ${seconds}s -> ${config.out}`,
  );
  for (const f of failures) console.error(`ingest: skipped ${f.file}: ${f.reason}`);
  return failures.length > 0 && config.strict ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`ingest: ${err instanceof Error ? err.message : String(err)}`);
    if (err instanceof UsageError) console.error(USAGE);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
