import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { parseCatalog } from '../schema/catalog.ts';
import catalogCsv from '../../../data/metric-catalog.csv?raw';
import { arrowToRows, type PlainRow } from './arrow-rows.ts';
import { BrowserTables, type Need } from './browser-tables.ts';
import { openConnection } from './duckdb-browser.ts';
import { QueryError, type Query } from './query.ts';

/** The metric catalog, bundled with the app from data/metric-catalog.csv. */
export const CATALOG = parseCatalog(catalogCsv);

interface AppDb {
  conn: Promise<AsyncDuckDBConnection>;
  tables: BrowserTables;
}

let appDb: AppDb | null = null;

/**
 * The dashboard's shared connection and tables. DuckDB starts on first use; Parquet files are fetched and
 * decoded meanwhile, and inserted when it is ready.
 */
export function getAppDb(): AppDb {
  if (!appDb) {
    const conn = openConnection();
    const tables = new BrowserTables(conn, `${import.meta.env.BASE_URL}data/`);
    conn.catch(() => (appDb = null));
    appDb = { conn, tables };
  }
  return appDb;
}

/** Loads what the query needs, runs it with bound parameters and returns plain rows (no BigInt). */
export async function runQuery(query: Query, needs: readonly Need[] = []): Promise<PlainRow[]> {
  const { tables } = getAppDb();
  await Promise.all([tables.ensure(needs), tables.loadCatalog(CATALOG)]);
  const conn = await getAppDb().conn;
  try {
    if (query.params.length === 0) return arrowToRows(await conn.query(query.sql));
    const statement = await conn.prepare(query.sql);
    try {
      return arrowToRows(await statement.query(...query.params));
    } finally {
      // Not awaited: closing must not hold up the caller's rows by another round trip to the worker.
      void statement.close().catch(() => undefined);
    }
  } catch (err) {
    throw new QueryError(err, query);
  }
}
