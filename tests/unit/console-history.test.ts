import { describe, expect, it } from 'vitest';
import {
  addHistory,
  deleteSaved,
  loadDraft,
  loadHistory,
  loadSaved,
  saveDraft,
  saveQuery,
  searchHistory,
  type KeyValueStore,
} from '../../src/lib/db/console/history-store.ts';
import { CONSOLE_LIMITS } from '../../src/lib/db/console/limits.ts';

function memory(quotaChars = Infinity): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > quotaChars) throw new Error('QuotaExceededError');
      map.set(k, v);
    },
  };
}

const entry = (sql: string, at = 1) => ({ sql, at, ok: true, ms: 3, rows: 1 });

describe('query history', () => {
  it('keeps the newest first, merges an immediate repeat, and caps the length', () => {
    const store = memory();
    addHistory(store, entry('SELECT 1', 1));
    addHistory(store, entry('SELECT 2', 2));
    addHistory(store, entry('SELECT 2', 3));
    expect(loadHistory(store).map((e) => [e.sql, e.at])).toEqual([
      ['SELECT 2', 3],
      ['SELECT 1', 1],
    ]);
    for (let i = 0; i < CONSOLE_LIMITS.historyEntries + 20; i++) addHistory(store, entry(`SELECT ${i}`, i));
    expect(loadHistory(store)).toHaveLength(CONSOLE_LIMITS.historyEntries);
    expect(loadHistory(store)[0].sql).toBe(`SELECT ${CONSOLE_LIMITS.historyEntries + 19}`);
  });

  it('drops old entries when the store is full, and survives garbage', () => {
    const store = memory(2_000);
    for (let i = 0; i < 100; i++) addHistory(store, entry(`SELECT ${i} -- ${'x'.repeat(20)}`, i));
    const kept = loadHistory(store);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(100);
    expect(kept[0].sql).toContain('SELECT 99');
    store.map.set('fazhi.console.history.v1', '{not json');
    expect(loadHistory(store)).toEqual([]);
  });

  it('searches by every term, case-insensitively', () => {
    const entries = [
      entry('SELECT * FROM metrics'),
      entry('select agency from documents'),
      entry('SELECT 1'),
    ];
    expect(searchHistory(entries, 'select FROM').map((e) => e.sql)).toHaveLength(2);
    expect(searchHistory(entries, 'METRICS').map((e) => e.sql)).toEqual(['SELECT * FROM metrics']);
    expect(searchHistory(entries, '  ')).toHaveLength(3);
  });

  it('saves named queries (same name replaces) and the draft', () => {
    const store = memory();
    saveQuery(store, '复议比', 'SELECT 1', 1);
    saveQuery(store, 'other', 'SELECT 2', 2);
    saveQuery(store, '复议比', 'SELECT 3', 3);
    expect(loadSaved(store).map((q) => [q.name, q.sql])).toEqual([
      ['复议比', 'SELECT 3'],
      ['other', 'SELECT 2'],
    ]);
    expect(deleteSaved(store, 'other').map((q) => q.name)).toEqual(['复议比']);
    saveDraft(store, 'SELECT 42');
    expect(loadDraft(store)).toBe('SELECT 42');
  });
});
