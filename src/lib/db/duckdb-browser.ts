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

/** A separate DuckDB-WASM instance in its own worker (the SQL console's sandbox); the caller terminates it. */
export async function createDuckDb(): Promise<AsyncDuckDB> {
  const db = new AsyncDuckDB(new VoidLogger(), new Worker(workerUrl));
  await db.instantiate(wasmUrl);
  await db.open({});
  return db;
}

/** The page's one DuckDB-WASM instance, started on first use and shared by every caller. */
export function getDuckDb(): Promise<AsyncDuckDB> {
  instance ??= (async () => {
    const worker = new Worker(workerUrl);
    const db = new AsyncDuckDB(new VoidLogger(), worker);
    await db.instantiate(wasmUrl);
    performance.mark('fazhi:duckdb-instantiated');
    await db.open({});
    performance.mark('fazhi:duckdb-open');
    return db;
  })();
  instance.catch(() => (instance = null));
  return instance;
}

/** A new connection with the offline settings applied; callers close it when done. */
export async function openConnection(): Promise<AsyncDuckDBConnection> {
  const db = await getDuckDb();
  const conn = await db.connect();
  for (const statement of OFFLINE_SETTINGS) await conn.query(statement);
  return conn;
}
