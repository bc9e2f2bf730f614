import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
// One bundle only (exception-handling wasm, supported by every current browser); Vite copies it into dist,
// so nothing is fetched from a CDN.
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

// The npm builds would otherwise try to download extensions from extensions.duckdb.org, which offline
// intranets cannot reach (and which would be a request to a foreign host).
const OFFLINE_SETTINGS = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
];

let instance: Promise<AsyncDuckDB> | null = null;

/** How long the worker may take to download and compile the wasm before the page says it failed. */
const START_TIMEOUT_MS = 60_000;

/** DuckDB-WASM could not start (wasm missing or blocked, worker failed); the dashboard cannot query. */
export class DuckDbStartError extends Error {
  override name = 'DuckDbStartError';
}

// A failed wasm download leaves instantiate() waiting forever (the worker's rejection never reaches this
// thread), so a HEAD request for the wasm, worker errors and a timeout can also end the start.
async function startDuckDb(onStep?: (step: 'instantiated' | 'open') => void): Promise<AsyncDuckDB> {
  const worker = new Worker(workerUrl);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const failure = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => reject(new Error(e.message || 'its worker failed to load')));
    void fetch(wasmUrl, { method: 'HEAD' }).then(
      (res) => res.ok || reject(new Error(`${wasmUrl.split('/').pop()}: HTTP ${res.status}`)),
      (err: Error) => reject(new Error(`${wasmUrl.split('/').pop()}: ${err.message}`)),
    );
    timer = setTimeout(
      () => reject(new Error(`no answer after ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
  });
  failure.catch(() => undefined); // a worker error after a successful start is not this function's concern
  const start = async () => {
    await db.instantiate(wasmUrl);
    onStep?.('instantiated');
    await db.open({});
    onStep?.('open');
  };
  try {
    await Promise.race([start(), failure]);
    return db;
  } catch (err) {
    worker.terminate();
    const reason = err instanceof Error ? err.message : String(err);
    throw new DuckDbStartError(`DuckDB-WASM could not start: ${reason}`);
  } finally {
    clearTimeout(timer);
  }
}

/** A separate DuckDB-WASM instance in its own worker (the SQL console's sandbox); the caller terminates it. */
export function createDuckDb(): Promise<AsyncDuckDB> {
  return startDuckDb();
}

/** The page's one DuckDB-WASM instance, started on first use and shared by every caller. */
export function getDuckDb(): Promise<AsyncDuckDB> {
  instance ??= startDuckDb((step) => performance.mark(`fazhi:duckdb-${step}`));
  instance.catch(() => (instance = null));
  return instance;
}

/** A new connection with the offline settings applied; callers close it when done. */
export async function openConnection(): Promise<AsyncDuckDBConnection> {
  const db = await getDuckDb();
  const conn = await db.connect();
  await conn.query(OFFLINE_SETTINGS.join('; '));
  return conn;
}
