import type { GridSort } from '../../components/DataGrid.svelte';
import type { CatalogObject, FunctionInfo } from '../../lib/db/console/console-catalog.ts';
import { ConsoleDb, QueryCancelled, StatementBlocked } from '../../lib/db/console/console-db.ts';
import {
  errorRange,
  errorSummary,
  errorText,
  parseErrorLocation,
  sandboxHint,
} from '../../lib/db/console/error-position.ts';
import * as store from '../../lib/db/console/history-store.ts';
import type { ResultData } from '../../lib/db/console/result-data.ts';
import { splitAt, statementKind, type SqlStatement } from '../../lib/db/console/split-statements.ts';
import type { ErrorMark } from '../../lib/editor/error-mark.ts';
import { ConsoleUploads } from './console-uploads.svelte.ts';
import { browserStore } from './browser-store.ts';

export interface StatementStatus {
  preview: string;
  state: 'pending' | 'running' | 'ok' | 'error' | 'cancelled' | 'skipped';
  ms: number | null;
  rows: number | null;
}

/** The result on screen and how it was produced (so a header click can re-run it sorted). */
export interface ResultView {
  data: ResultData;
  sql: string;
  sortable: boolean;
  sort: GridSort | null;
  /** Time to the last row, null while rows are still arriving. */
  ms: number | null;
  stopped: boolean;
}

export interface ErrorView {
  summary: string;
  detail: string;
  hint: 'noFileAccess' | 'noExtension' | 'blocked' | null;
  line: number | null;
}

/** What a first-time visitor sees in the editor. */
const STARTER_SQL = `-- Ctrl/⌘+Enter 运行光标所在语句，Shift+Ctrl/⌘+Enter 全部运行
SELECT agency, level, report_year, doc_type
FROM documents
ORDER BY report_year DESC NULLS LAST, agency;
`;

const preview = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 80);

/**
 * The SQL console's state: its DuckDB sandbox, the statements of the current run, the result, the error
 * and the history. One per page, so leaving the console and coming back keeps results and uploads.
 */
export class ConsoleSession {
  readonly db: ConsoleDb;
  readonly uploads: ConsoleUploads;
  status: 'starting' | 'ready' | 'failed' = $state('starting');
  bootError: unknown = $state(null);
  warnings: string[] = $state([]);
  notice: 'restarted' | 'resetDone' | null = $state(null);
  busy: 'loadingTexts' | 'resetting' | null = $state(null);
  catalog: CatalogObject[] = $state.raw([]);
  functions: FunctionInfo[] = $state.raw([]);
  running = $state(false);
  startedAt = $state(0);
  now = $state(0);
  statements: StatementStatus[] = $state([]);
  result: ResultView | null = $state.raw(null);
  rowCount = $state(0);
  error: ErrorView | null = $state.raw(null);
  errorMark: ErrorMark | null = $state.raw(null);
  history: store.HistoryEntry[] = $state.raw([]);
  saved: store.SavedQuery[] = $state.raw([]);
  /** Editor text, kept across visits and reloads. */
  draft: string;
  #started: Promise<void> | null = null;
  #rowFrame = 0;
  #draftTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(baseUrl: string) {
    this.db = new ConsoleDb(baseUrl);
    this.db.onRestart = (warnings) => {
      this.warnings = warnings;
      void this.refreshCatalog();
    };
    this.uploads = new ConsoleUploads(
      this.db,
      () => this.catalog,
      () => this.refreshCatalog(),
    );
    this.history = store.loadHistory(browserStore);
    this.saved = store.loadSaved(browserStore);
    this.draft = store.loadDraft(browserStore) ?? STARTER_SQL;
  }

  start(): Promise<void> {
    this.#started ??= (async () => {
      try {
        this.warnings = await this.db.start();
        await this.refreshCatalog();
        this.functions = await this.db.functions();
        this.status = 'ready';
      } catch (err) {
        this.bootError = err;
        this.status = 'failed';
      }
    })();
    return this.#started;
  }

  async refreshCatalog(): Promise<void> {
    this.catalog = await this.db.catalog();
  }

  setDraft(sql: string): void {
    this.draft = sql;
    clearTimeout(this.#draftTimer);
    this.#draftTimer = setTimeout(() => this.flushDraft(), 300);
  }

  /** Writes the editor text now (before a run, or when the page goes away). */
  flushDraft(): void {
    clearTimeout(this.#draftTimer);
    store.saveDraft(browserStore, this.draft);
  }

  /**
   * Runs the statements of `text` (found at `offset` in the editor) one after another; stops at an error.
   * `lineOf` turns an editor offset into its line number, for the error message.
   */
  async run(text: string, offset: number, lineOf?: (offset: number) => number): Promise<void> {
    const statements = splitAt(text, offset);
    if (statements.length === 0 || this.running) return;
    this.flushDraft();
    this.#lineOf = lineOf ?? null;
    await this.start();
    this.error = null;
    this.errorMark = null;
    this.notice = null;
    this.result = null;
    this.statements = statements.map((st) => ({
      preview: preview(st.text),
      state: 'pending',
      ms: null,
      rows: null,
    }));
    const began = Date.now();
    let ok = true;
    // A statement naming a lazily loaded base table (texts) loads it, which changes the catalog too.
    let changed = statements.some((st) => this.#needsLazyLoad(st.text));
    this.#begin();
    try {
      for (let i = 0; i < statements.length; i++) {
        const outcome = await this.#runOne(statements[i], i, null);
        if (outcome === 'failed') {
          ok = false;
          for (let j = i + 1; j < statements.length; j++) this.statements[j].state = 'skipped';
          break;
        }
        if (statementKind(statements[i].text) === 'write') changed = true;
      }
    } finally {
      this.#end();
      this.history = store.addHistory(browserStore, {
        sql: text.trim(),
        at: began,
        ok,
        ms: Math.round(Date.now() - began),
        rows: ok ? this.#lastRows() : null,
      });
      if (changed || !ok) await this.refreshCatalog();
    }
  }

  /** Re-runs the result's statement ordered by a column: ascending, then descending, then as written. */
  async sortBy(column: number): Promise<void> {
    const current = this.result;
    if (!current?.sortable || this.running) return;
    const next: GridSort | null =
      current.sort?.column !== column
        ? { column, descending: false }
        : current.sort.descending
          ? null
          : { column, descending: true };
    const sql = next
      ? `SELECT * FROM (\n${current.sql}\n) ORDER BY ${next.column + 1} ${next.descending ? 'DESC' : 'ASC'} NULLS LAST`
      : current.sql;
    this.error = null;
    this.#begin();
    try {
      await this.#runOne({ text: sql, from: 0, to: 0 }, -1, { original: current.sql, sort: next });
    } finally {
      this.#end();
    }
  }

  async stop(): Promise<void> {
    await this.db.cancel();
  }

  async reset(): Promise<void> {
    this.busy = 'resetting';
    try {
      this.warnings = await this.db.reset();
      this.result = null;
      this.statements = [];
      this.notice = 'resetDone';
    } finally {
      this.busy = null;
      await this.refreshCatalog();
    }
  }

  #begin(): void {
    this.running = true;
    this.startedAt = performance.now();
    this.now = this.startedAt;
    performance.mark('fazhi:console-run');
    const tick = setInterval(() => (this.now = performance.now()), 100);
    this.#end = () => {
      clearInterval(tick);
      this.now = performance.now();
      this.running = false;
    };
  }

  #end: () => void = () => undefined;
  #lineOf: ((offset: number) => number) | null = null;

  async #runOne(
    st: SqlStatement,
    index: number,
    sorted: { original: string; sort: GridSort | null } | null,
  ): Promise<'ok' | 'failed'> {
    const status = index >= 0 ? this.statements[index] : null;
    if (status) status.state = 'running';
    const t0 = performance.now();
    let produced: ResultData | null = null;
    try {
      if (this.#needsLazyLoad(st.text)) this.busy = 'loadingTexts';
      const outcome = await this.db.run(st.text, (data) => {
        produced = data;
        this.#show(data, st, sorted);
      });
      const ms = Math.round(performance.now() - t0);
      if (status) Object.assign(status, { state: 'ok', ms, rows: outcome.data.numRows });
      if (this.result) this.result = { ...this.result, ms, stopped: outcome.stopped };
      this.rowCount = outcome.data.numRows;
      return 'ok';
    } catch (err) {
      const cancelled = err instanceof QueryCancelled;
      if (status) status.state = cancelled ? 'cancelled' : 'error';
      // Rows that streamed in before the stop are kept (and marked); before an error they are dropped.
      if (this.result && this.result.data === produced) {
        this.result = cancelled
          ? { ...this.result, ms: Math.round(performance.now() - t0), stopped: true }
          : null;
      }
      if (cancelled) {
        if (err.restarted) this.notice = 'restarted';
        return 'failed';
      }
      this.#showError(err, st);
      return 'failed';
    } finally {
      this.busy = null;
    }
  }

  #lastRows(): number | null {
    return this.result?.data.numRows ?? null;
  }

  #needsLazyLoad(sql: string): boolean {
    return this.catalog.some((o) => o.lazy && new RegExp(`\\b${o.name}\\b`, 'i').test(sql));
  }

  #show(
    data: ResultData,
    st: SqlStatement,
    sorted: { original: string; sort: GridSort | null } | null,
  ): void {
    this.busy = null;
    if (this.result?.data !== data) {
      const sql = sorted?.original ?? st.text;
      this.result = {
        data,
        sql,
        sortable: statementKind(sql) === 'read',
        sort: sorted?.sort ?? null,
        ms: null,
        stopped: false,
      };
      this.rowCount = data.numRows;
      return;
    }
    // Row count updates at most once a frame while batches stream in.
    if (this.#rowFrame) return;
    this.#rowFrame = requestAnimationFrame(() => {
      this.#rowFrame = 0;
      this.rowCount = this.result?.data.numRows ?? 0;
    });
  }

  #showError(err: unknown, st: SqlStatement): void {
    if (err instanceof StatementBlocked) {
      this.error = { summary: preview(st.text), detail: '', hint: 'blocked', line: null };
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    const location = parseErrorLocation(message, st.text);
    this.error = {
      summary: errorSummary(message),
      detail: errorText(message),
      hint: sandboxHint(message),
      line: location ? (this.#lineOf?.(st.from + location.offset) ?? location.line) : null,
    };
    if (location) {
      const range = errorRange(st.text, location.offset);
      this.errorMark = { from: st.from + range.from, to: st.from + range.to, message: errorSummary(message) };
    }
  }

  saveQuery(name: string, sql: string): void {
    this.saved = store.saveQuery(browserStore, name, sql);
  }

  deleteSaved(name: string): void {
    this.saved = store.deleteSaved(browserStore, name);
  }

  clearHistory(): void {
    this.history = store.clearHistory(browserStore);
  }
}

let session: ConsoleSession | null = null;

/** The page's console session, created on first visit to the console. */
export function getConsoleSession(): ConsoleSession {
  session ??= new ConsoleSession(`${import.meta.env.BASE_URL}data/`);
  return session;
}
