import { runQuery } from '../db/app-db.ts';
import type { PlainRow } from '../db/arrow-rows.ts';
import type { Need } from '../db/browser-tables.ts';
import type { Query } from '../db/query.ts';

export interface QuerySpec {
  query: Query;
  needs: readonly Need[];
}

const specKey = (s: QuerySpec) => JSON.stringify([s.query.sql, s.query.params, s.needs]);

/**
 * Rows of a query that re-runs when its spec (SQL, parameters, tables) changes; an unchanged spec is not
 * re-run, the previous rows stay visible while a new result loads, and a result that arrives after a newer
 * request is dropped. Construct during component initialisation (it owns effects).
 */
export class QueryResource<T = PlainRow> {
  // Raw: results are replaced whole, never mutated, and a deep proxy over thousands of rows is slow.
  rows: T[] = $state.raw([]);
  loading = $state(false);
  error: unknown = $state(null);
  /** True once rows for some spec are in (stays true while a newer spec loads). */
  ready = $state(false);
  #key: string | null = null;
  #seq = 0;

  constructor(spec: () => QuerySpec | null, map: (rows: PlainRow[]) => T[] = (rows) => rows as T[]) {
    $effect(() => () => {
      this.#seq++;
    });
    $effect(() => {
      const current = spec();
      const key = current ? specKey(current) : null;
      if (key === this.#key) return;
      this.#key = key;
      const seq = ++this.#seq;
      if (!current) {
        this.rows = [];
        this.ready = false;
        this.loading = false;
        this.error = null;
        return;
      }
      this.loading = true;
      runQuery(current.query, current.needs)
        .then((rows) => {
          if (seq !== this.#seq) return;
          this.rows = map(rows);
          this.error = null;
          this.ready = true;
        })
        .catch((err: unknown) => {
          if (seq === this.#seq) this.error = err;
        })
        .finally(() => {
          if (seq === this.#seq) this.loading = false;
        });
    });
  }
}
