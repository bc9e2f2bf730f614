import { CONSOLE_LIMITS } from './limits.ts';

/** The part of the Web Storage API the history needs (localStorage in the browser, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface HistoryEntry {
  sql: string;
  /** Epoch milliseconds when it ran. */
  at: number;
  ok: boolean;
  ms: number;
  rows: number | null;
}

export interface SavedQuery {
  name: string;
  sql: string;
  at: number;
}

const HISTORY_KEY = 'fazhi.console.history.v1';
const SAVED_KEY = 'fazhi.console.saved.v1';
const DRAFT_KEY = 'fazhi.console.draft.v1';

function read<T>(store: KeyValueStore, key: string, valid: (x: unknown) => x is T): T[] {
  try {
    const parsed: unknown = JSON.parse(store.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(valid) : [];
  } catch {
    return [];
  }
}

/** Writes, dropping the oldest entries while the store refuses the size (quota). */
function write<T>(store: KeyValueStore, key: string, items: T[]): T[] {
  let kept = items;
  for (;;) {
    try {
      store.setItem(key, JSON.stringify(kept));
      return kept;
    } catch (err) {
      if (kept.length === 0) throw err;
      kept = kept.slice(0, Math.floor(kept.length / 2));
    }
  }
}

const isEntry = (x: unknown): x is HistoryEntry =>
  typeof x === 'object' && x !== null && typeof (x as HistoryEntry).sql === 'string';
const isSaved = (x: unknown): x is SavedQuery =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as SavedQuery).sql === 'string' &&
  typeof (x as SavedQuery).name === 'string';

/** Newest first. */
export function loadHistory(store: KeyValueStore): HistoryEntry[] {
  return read(store, HISTORY_KEY, isEntry);
}

/** Adds an entry (newest first); an immediate repeat of the same SQL replaces the previous one. */
export function addHistory(store: KeyValueStore, entry: HistoryEntry): HistoryEntry[] {
  if (entry.sql.length > CONSOLE_LIMITS.historyChars) return loadHistory(store);
  const current = loadHistory(store);
  const rest = current[0]?.sql === entry.sql ? current.slice(1) : current;
  return write(store, HISTORY_KEY, [entry, ...rest].slice(0, CONSOLE_LIMITS.historyEntries));
}

export function clearHistory(store: KeyValueStore): HistoryEntry[] {
  return write(store, HISTORY_KEY, []);
}

/** Entries whose SQL contains every whitespace-separated term of `query` (case-insensitive). */
export function searchHistory<T extends { sql: string }>(entries: readonly T[], query: string): T[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...entries];
  return entries.filter((e) => {
    const sql = e.sql.toLowerCase();
    return terms.every((t) => sql.includes(t));
  });
}

export function loadSaved(store: KeyValueStore): SavedQuery[] {
  return read(store, SAVED_KEY, isSaved);
}

/** Saves under `name`, replacing a saved query of the same name. */
export function saveQuery(store: KeyValueStore, name: string, sql: string, at = Date.now()): SavedQuery[] {
  const rest = loadSaved(store).filter((s) => s.name !== name);
  return write(store, SAVED_KEY, [{ name, sql: sql.slice(0, CONSOLE_LIMITS.historyChars), at }, ...rest]);
}

export function deleteSaved(store: KeyValueStore, name: string): SavedQuery[] {
  return write(
    store,
    SAVED_KEY,
    loadSaved(store).filter((s) => s.name !== name),
  );
}

export function loadDraft(store: KeyValueStore): string | null {
  return store.getItem(DRAFT_KEY);
}

export function saveDraft(store: KeyValueStore, sql: string): void {
  try {
    store.setItem(DRAFT_KEY, sql.slice(0, CONSOLE_LIMITS.historyChars));
  } catch {
    // A full store only loses the draft; history and saved queries are trimmed on their next write.
  }
}
