import { getAppDb } from './app-db.ts';

// Imported first by main.ts, so DuckDB's worker (wasm download and compile: most of the time to the first
// chart) starts as soon as module evaluation begins, before the UI modules are evaluated.
performance.mark('fazhi:duckdb-start');
getAppDb();
