import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { tableFromJSON, type Table } from 'apache-arrow';
import type { MetricDef } from '../schema/catalog.ts';
import { parseManifest, tableFiles, type DataManifest } from '../schema/manifest.ts';
import { quoteIdent, tableSpec, type TableName } from '../schema/tables.ts';
import { parquetToArrow } from './parquet-to-arrow.ts';
import { rowsToArrow } from './rows-to-arrow.ts';
import { derivedView, type DerivedViewName } from './views.ts';

export interface TableNeed {
  table: TableName;
  /** Columns the caller reads; all columns when omitted. */
  columns?: readonly string[];
}

export type Need = TableNeed | { view: DerivedViewName };

/** A Parquet file that could not be fetched or decoded; names the file. */
export class DataFileError extends Error {
  override name = 'DataFileError';
  readonly file: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.file = file;
  }
}

/**
 * Loads the ingested Parquet tables into DuckDB-WASM on demand, decoding only the columns asked for; a table
 * is reloaded with the union of columns when a later view needs more.
 */
export class BrowserTables {
  readonly #conn: Promise<AsyncDuckDBConnection>;
  readonly #baseUrl: string;
  readonly #bytes = new Map<string, Promise<ArrayBuffer>>();
  readonly #loaded = new Map<TableName, { columns: Set<string>; done: Promise<void> }>();
  readonly #views = new Set<DerivedViewName>();
  #catalog: Promise<void> | null = null;
  /** Which files hold each table; fetched at once, in parallel with DuckDB's start-up. */
  readonly #manifest: Promise<DataManifest | null>;

  /** Takes the connection as a promise so Parquet fetching and decoding overlap DuckDB's start-up. */
  constructor(conn: Promise<AsyncDuckDBConnection>, baseUrl: string) {
    this.#conn = conn;
    this.#baseUrl = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    // Without a readable manifest (older data), every table is one `<table>.parquet`.
    this.#manifest = fetch(`${this.#baseUrl}manifest.json`)
      .then((res) => (res.ok ? res.json() : null))
      .then(parseManifest, () => null);
  }

  /** Makes sure every table in `needs` is loaded with at least the listed columns, and every view exists. */
  async ensure(needs: readonly Need[]): Promise<void> {
    const tables = needs.flatMap((n) => ('view' in n ? derivedView(n.view).needs : [n]));
    await Promise.all(tables.map((n) => this.#ensureOne(n)));
    for (const n of needs) if ('view' in n) await this.#createView(n.view);
  }

  /** Inserts the metric catalog (bundled with the app) as the `catalog` table. */
  loadCatalog(catalog: readonly MetricDef[]): Promise<void> {
    this.#catalog ??= this.#conn.then((conn) =>
      conn.insertArrowTable(tableFromJSON(catalog.map((m) => ({ ...m }))), { name: 'catalog', create: true }),
    );
    return this.#catalog;
  }

  loadedTables(): TableName[] {
    return [...this.#loaded.keys()];
  }

  async #ensureOne({ table, columns }: TableNeed): Promise<void> {
    const spec = tableSpec(table);
    const wanted = columns ?? spec.columns.map((c) => c.name);
    const current = this.#loaded.get(table);
    if (current && wanted.every((c) => current.columns.has(c))) return current.done;
    const union = new Set([...(current?.columns ?? []), ...wanted]);
    const ordered = spec.columns.map((c) => c.name).filter((c) => union.has(c));
    const previous = current?.done.catch(() => undefined) ?? Promise.resolve();
    const done = previous.then(() => this.#load(table, ordered, current !== undefined));
    this.#loaded.set(table, { columns: union, done });
    done.catch(() => this.#loaded.delete(table));
    return done;
  }

  async #load(table: TableName, columns: string[], replace: boolean): Promise<void> {
    const files = tableFiles(await this.#manifest, table);
    const parts = await Promise.all(files.map(async (file) => this.#decode(file, columns)));
    const conn = await this.#conn;
    // Views bind at query time in DuckDB, so dependent views survive this reload.
    if (replace) await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
    // A partitioned table without rows has no files: its schema alone makes the empty table.
    const [first, ...rest] = parts.length > 0 ? parts : [rowsToArrow(table, [])];
    await conn.insertArrowTable(first, { name: table, create: true });
    for (const part of rest) await conn.insertArrowTable(part, { name: table, create: false });
  }

  async #decode(file: string, columns: string[]): Promise<Table> {
    const bytes = await this.#fetch(file);
    try {
      return await parquetToArrow(bytes, { columns, source: file });
    } catch (err) {
      const reason = (err as Error).message.replace(`${file}: `, '');
      throw new DataFileError(file, `corrupt or unreadable (${reason})`);
    }
  }

  #fetch(file: string): Promise<ArrayBuffer> {
    let pending = this.#bytes.get(file);
    if (!pending) {
      pending = fetch(this.#baseUrl + file).then(async (res) => {
        if (!res.ok)
          throw new DataFileError(
            file,
            res.status === 404 ? 'missing (HTTP 404); run npm run ingest' : `HTTP ${res.status}`,
          );
        return res.arrayBuffer();
      });
      pending.catch(() => this.#bytes.delete(file));
      this.#bytes.set(file, pending);
    }
    return pending;
  }

  async #createView(name: DerivedViewName): Promise<void> {
    if (this.#views.has(name)) return;
    await (await this.#conn).query(`CREATE OR REPLACE VIEW ${quoteIdent(name)} AS ${derivedView(name).sql}`);
    this.#views.add(name);
  }
}
