import type {
  Completion,
  CompletionContext,
  CompletionResult,
  CompletionSource,
} from '@codemirror/autocomplete';
import type { SQLNamespace } from '@codemirror/lang-sql';
import type { CatalogObject, FunctionInfo } from '../db/console/console-catalog.ts';
import { quoteIdent } from '../db/console/identifiers.ts';
import { columnDoc, objectDoc } from '../db/console/schema-docs.ts';
import { splitStatements, statementAt, statementWords } from '../db/console/split-statements.ts';

// Completion from the live catalog: table and view names (and `table.` columns) through lang-sql's schema
// source; bare column names of the tables the current statement mentions, and DuckDB's functions, here.

const PLAIN = /^[a-z_][a-z0-9_]*$/i;

function applyName(name: string): string | undefined {
  return PLAIN.test(name) ? undefined : quoteIdent(name);
}

function rowsLabel(o: CatalogObject): string {
  if (o.kind === 'view') return 'view';
  if (o.lazy) return 'table · loads on first use';
  return o.rows === null ? 'table' : `table · ${o.rows.toLocaleString('en-US')} rows`;
}

function columnCompletion(o: CatalogObject, c: { name: string; type: string }, boost = 0): Completion {
  const doc = columnDoc(o.name, c.name);
  return {
    label: c.name,
    apply: applyName(c.name),
    type: 'property',
    detail: `${c.type} · ${o.name}`,
    info: doc,
    boost,
  };
}

/** lang-sql's schema: every table and view, with its columns, documented where the data model has docs. */
export function catalogNamespace(objects: readonly CatalogObject[]): SQLNamespace {
  const ns: Record<string, SQLNamespace> = {};
  for (const o of objects) {
    ns[o.qualified] = {
      self: {
        label: o.name,
        apply: applyName(o.name),
        type: o.kind === 'view' ? 'interface' : 'type',
        detail: rowsLabel(o),
        info: objectDoc(o.name),
      },
      children: o.columns.map((c) => columnCompletion(o, c)),
    };
  }
  return ns;
}

/** The statement around the cursor (completion looks only at the statement being edited). */
function currentStatement(context: CompletionContext): string {
  const doc = context.state.doc.toString();
  return statementAt(splitStatements(doc), context.pos)?.text ?? '';
}

/** Bare column names of the tables and views the current statement names. */
export function columnSource(getCatalog: () => readonly CatalogObject[]): CompletionSource {
  return (context): CompletionResult | null => {
    const word = context.matchBefore(/[\p{L}_][\p{L}\p{N}_]*/u);
    if (!word && !context.explicit) return null;
    if (word && context.state.sliceDoc(word.from - 1, word.from) === '.') return null;
    const { identifiers } = statementWords(currentStatement(context));
    const options: Completion[] = [];
    const seen = new Set<string>();
    for (const o of getCatalog()) {
      if (!identifiers.has(o.name.toLowerCase())) continue;
      for (const c of o.columns) {
        if (seen.has(c.name)) continue;
        seen.add(c.name);
        options.push(columnCompletion(o, c, 2));
      }
    }
    if (options.length === 0) return null;
    return { from: word?.from ?? context.pos, options, validFor: /^[\p{L}_][\p{L}\p{N}_]*$/u };
  };
}

/** DuckDB's functions (from duckdb_functions()), after two typed letters. */
export function functionSource(getFunctions: () => readonly FunctionInfo[]): CompletionSource {
  let cached: { from: readonly FunctionInfo[]; options: Completion[] } | null = null;
  return (context): CompletionResult | null => {
    const word = context.matchBefore(/[a-z_][a-z0-9_]*/i);
    if (!word || (word.to - word.from < 2 && !context.explicit)) return null;
    if (context.state.sliceDoc(word.from - 1, word.from) === '.') return null;
    const functions = getFunctions();
    if (cached?.from !== functions) {
      cached = {
        from: functions,
        options: functions.map((f) => ({
          label: f.name,
          type: 'function',
          detail: [f.kind, f.returns].filter(Boolean).join(' → '),
          info: f.description ?? undefined,
          boost: -1,
        })),
      };
    }
    return { from: word.from, options: cached.options, validFor: /^[a-z_][a-z0-9_]*$/i };
  };
}

/** Hover text for a table, view or column name at `pos`, from the data model's docs. */
export function docAt(doc: string, pos: number, catalog: readonly CatalogObject[]): string | null {
  let from = pos;
  let to = pos;
  while (from > 0 && /[\p{L}\p{N}_]/u.test(doc[from - 1])) from--;
  while (to < doc.length && /[\p{L}\p{N}_]/u.test(doc[to])) to++;
  if (from === to) return null;
  const word = doc.slice(from, to).toLowerCase();
  const table = catalog.find((o) => o.name.toLowerCase() === word);
  if (table) return `${table.name} — ${objectDoc(table.name) ?? rowsLabel(table)}`;
  const { identifiers } = statementWords(statementAt(splitStatements(doc), pos)?.text ?? '');
  for (const o of catalog) {
    if (!identifiers.has(o.name.toLowerCase())) continue;
    const column = o.columns.find((c) => c.name.toLowerCase() === word);
    if (column) {
      const text = columnDoc(o.name, column.name);
      return `${o.name}.${column.name} ${column.type}${text ? ` — ${text}` : ''}`;
    }
  }
  return null;
}
