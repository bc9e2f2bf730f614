import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { RecordBatch } from 'apache-arrow';
import { TABLE_NAMES, type TableName } from '../../schema/tables.ts';
import { CATALOG } from '../app-db.ts';
import { BrowserTables } from '../browser-tables.ts';
import { createDuckDb } from '../duckdb-browser.ts';
import { DERIVED_VIEWS } from '../views.ts';
import { readCatalog, readFunctions, type CatalogObject, type FunctionInfo } from './console-catalog.ts';
import { importFile, UPLOAD_DIR, type ImportedTable, type UploadFormat } from './import-file.ts';
import { quoteIdent } from './identifiers.ts';
import { CONSOLE_LIMITS } from './limits.ts';
import { ResultData } from './result-data.ts';
import { statementKind, statementWords } from './split-statements.ts';

// The console runs user SQL in its own DuckDB-WASM instance (own worker), never in the dashboard's: a
// `DROP TABLE metrics` here cannot change a chart, and the instance can be thrown away to stop a query that
// ignores cancellation or to reset the data. It is locked down before any user SQL runs: no extension
// downloads, no file or URL access except registered uploads, and settings cannot be changed back.
const LOCKDOWN = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  `SET allowed_directories = ['${UPLOAD_DIR}']`,
  'SET enable_external_access = false',
  'SET lock_configuration = true',
];

/** Loaded when the console opens; `texts` (the full reports, the largest file) waits until a query names it. */
const EAGER_TABLES = TABLE_NAMES.filter((t) => t !== 'texts');
const LAZY_TABLES: readonly TableName[] = ['texts'];

/** What a restart replays so the new instance has the user's data: uploads, renames, and changing SQL. */
type JournalEntry =
  | { kind: 'upload'; file: File; format: UploadFormat; name: string; id: number }
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'sql'; text: string };

interface Instance {
  db: AsyncDuckDB;
  /** Runs user SQL only, so a streaming result is never interrupted by the console's own queries. */
  user: AsyncDuckDBConnection;
  /** Loads tables, reads the catalog, imports files. */
  sys: AsyncDuckDBConnection;
  tables: BrowserTables;
  lazyLoaded: Set<TableName>;
  /** Problems met while loading base tables or replaying the journal. */
  warnings: string[];
}

/** A statement stopped by the user; `restarted` when the worker had to be replaced to stop it. */
export class QueryCancelled extends Error {
  override name = 'QueryCancelled';
  readonly restarted: boolean;
  constructor(restarted: boolean) {
    super('query cancelled');
    this.restarted = restarted;
  }
}

/** A statement the console refuses before it reaches DuckDB (extension installs and loads). */
export class StatementBlocked extends Error {
  override name = 'StatementBlocked';
}

export interface RunOutcome {
  data: ResultData;
  /** Fetching stopped early: by the user, or at the in-memory row limit (`data.truncated`). */
  stopped: boolean;
}

interface ActiveRun {
  phase: 'execute' | 'fetch';
  stop: boolean;
  abort: (err: Error) => void;
}

export class ConsoleDb {
  readonly #baseUrl: string;
  #instance: Promise<Instance> | null = null;
  #journal: JournalEntry[] = [];
  #active: ActiveRun | null = null;
  #uploadSeq = 0;
  /** Called after the instance was replaced (cancel of a stuck query, or reset). */
  onRestart: ((warnings: string[]) => void) | null = null;

  constructor(baseUrl: string) {
    this.#baseUrl = baseUrl;
  }

  /** Starts the instance (once); resolves with warnings about base tables that could not be loaded. */
  async start(): Promise<string[]> {
    this.#instance ??= this.#boot([]);
    return (await this.#instance).warnings;
  }

  get running(): boolean {
    return this.#active !== null;
  }

  async #boot(journal: readonly JournalEntry[]): Promise<Instance> {
    const db = await createDuckDb();
    const sys = await db.connect();
    for (const setting of LOCKDOWN) await sys.query(setting);
    const user = await db.connect();
    const tables = new BrowserTables(Promise.resolve(sys), this.#baseUrl);
    const warnings: string[] = [];
    const load = async (what: string, work: Promise<unknown>) =>
      work.catch((err: unknown) => warnings.push(`${what}: ${err instanceof Error ? err.message : err}`));
    await load('catalog', tables.loadCatalog(CATALOG));
    await Promise.all(EAGER_TABLES.map((table) => load(table, tables.ensure([{ table }]))));
    for (const view of DERIVED_VIEWS) await load(view.name, tables.ensure([{ view: view.name }]));
    const instance: Instance = { db, user, sys, tables, lazyLoaded: new Set(), warnings };
    for (const entry of journal) {
      try {
        if (entry.kind === 'upload') {
          await importFile({ db, conn: sys }, entry.file, entry.format, entry.name, entry.id);
        } else if (entry.kind === 'rename') {
          await sys.query(`ALTER TABLE ${quoteIdent(entry.from)} RENAME TO ${quoteIdent(entry.to)}`);
        } else {
          await this.#loadReferenced(instance, entry.text);
          await sys.query(entry.text);
        }
      } catch (err) {
        const what =
          entry.kind === 'sql' ? entry.text.slice(0, 60) : entry.kind === 'upload' ? entry.name : entry.to;
        warnings.push(`${what}: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
      }
    }
    return instance;
  }

  async #loadReferenced(instance: Instance, sql: string): Promise<void> {
    const { identifiers } = statementWords(sql);
    for (const table of LAZY_TABLES) {
      if (!identifiers.has(table) || instance.lazyLoaded.has(table)) continue;
      instance.lazyLoaded.add(table);
      await instance.tables.ensure([{ table }]);
    }
  }

  #ready(): Promise<Instance> {
    this.#instance ??= this.#boot(this.#journal);
    return this.#instance;
  }

  /**
   * Runs one statement on the console connection, streaming its rows into a ResultData (`onData` is called
   * as batches arrive). Rejects with QueryCancelled when stopped before any row, with DuckDB's error otherwise.
   */
  async run(sql: string, onData: (data: ResultData) => void): Promise<RunOutcome> {
    const kind = statementKind(sql);
    if (kind === 'blocked') throw new StatementBlocked(sql);
    if (this.#active) throw new Error('another statement is running');
    const instance = await this.#ready();
    await this.#loadReferenced(instance, sql);
    let abort: (err: Error) => void = () => undefined;
    const aborted = new Promise<never>((_, reject) => (abort = reject));
    const active: ActiveRun = { phase: 'execute', stop: false, abort };
    this.#active = active;
    try {
      const reader = await Promise.race([instance.user.send(sql, true), aborted]);
      if (!reader) throw new QueryCancelled(true);
      active.phase = 'fetch';
      // The schema is known once the stream's first message is read.
      await Promise.race([reader.open(), aborted]);
      const data = new ResultData(reader.schema);
      onData(data);
      let stopped = false;
      for (;;) {
        if (active.stop) {
          stopped = true;
          break;
        }
        const next = await Promise.race([reader.next(), aborted]);
        if (next.done) break;
        if (!data.append(next.value as RecordBatch, CONSOLE_LIMITS.resultRows)) {
          stopped = true;
          break;
        }
        onData(data);
      }
      if (kind === 'write') this.#journal.push({ kind: 'sql', text: sql });
      return { data, stopped };
    } catch (err) {
      if (err instanceof QueryCancelled) throw err;
      if (active.stop && err instanceof Error && /cancel/i.test(err.message)) throw new QueryCancelled(false);
      throw err;
    } finally {
      if (this.#active === active) this.#active = null;
    }
  }

  /**
   * Stops the running statement: DuckDB's own interrupt first; if the statement is still running after
   * `cancelGraceMs` (some operators, e.g. a large nested-loop join, do not check for interrupts), the worker
   * is terminated and a new instance is started with the base tables, uploads and changing SQL replayed.
   */
  async cancel(): Promise<void> {
    const active = this.#active;
    if (!active) return;
    active.stop = true;
    const instance = await this.#ready();
    if (active.phase === 'execute') void instance.user.cancelSent().catch(() => false);
    await new Promise((r) => setTimeout(r, CONSOLE_LIMITS.cancelGraceMs));
    if (this.#active === active) {
      active.abort(new QueryCancelled(true));
      this.#active = null;
      await this.#restart(this.#journal);
    }
  }

  async #restart(journal: JournalEntry[]): Promise<void> {
    const old = this.#instance;
    this.#journal = journal;
    this.#instance = this.#boot(journal);
    void old?.then((i) => i.db.terminate()).catch(() => undefined);
    const warnings = (await this.#instance).warnings;
    this.onRestart?.(warnings);
  }

  /** Drops everything created with SQL and restores the base tables; uploaded files are loaded again. */
  async reset(): Promise<string[]> {
    if (this.#active) await this.cancel();
    await this.#restart(this.#journal.filter((e) => e.kind !== 'sql'));
    return (await this.#ready()).warnings;
  }

  /** Tables and views with their columns and row counts. */
  async catalog(): Promise<CatalogObject[]> {
    const instance = await this.#ready();
    return readCatalog(
      instance.sys,
      LAZY_TABLES.filter((t) => !instance.lazyLoaded.has(t)),
    );
  }

  async functions(): Promise<FunctionInfo[]> {
    return readFunctions((await this.#ready()).sys);
  }

  /** Imports a file as table `name` (already de-duplicated by the caller). */
  async importFile(file: File, format: UploadFormat, name: string): Promise<ImportedTable> {
    const instance = await this.#ready();
    const id = ++this.#uploadSeq;
    const result = await importFile({ db: instance.db, conn: instance.sys }, file, format, name, id);
    this.#journal.push({ kind: 'upload', file, format, name, id });
    return result;
  }

  async renameTable(from: string, to: string): Promise<void> {
    const instance = await this.#ready();
    await instance.sys.query(`ALTER TABLE ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`);
    this.#journal.push({ kind: 'rename', from, to });
  }

  /** Terminates the worker; the next call starts a fresh instance. */
  async close(): Promise<void> {
    const old = this.#instance;
    this.#instance = null;
    this.#journal = [];
    await old?.then((i) => i.db.terminate()).catch(() => undefined);
  }
}
