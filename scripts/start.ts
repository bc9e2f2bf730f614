import { spawnSync } from 'node:child_process';
import { build, preview } from 'vite';

// `npm start`: ingest data/raw, build the dashboard, serve it on 127.0.0.1 and print the URL.
const ingest = spawnSync(
  process.execPath,
  ['node_modules/tsx/dist/cli.mjs', 'scripts/ingest.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
if (ingest.status !== 0) {
  console.error(
    'start: ingest failed; fix the errors above (or put reports in data/raw) and run npm start again',
  );
  process.exit(ingest.status ?? 1);
}

console.log('start: building the dashboard (the first build compresses the DuckDB wasm, about a minute)…');
await build({ logLevel: 'warn' });
const server = await preview({
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), open: false },
});
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
console.log(`\n  法治对标 Fazhi Benchmark is running at ${url}\n  (Ctrl+C to stop)\n`);
