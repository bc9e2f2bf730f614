/** One SQL statement of a script: its text (without the closing `;`) and where it sits in the script. */
export interface SqlStatement {
  text: string;
  /** Offset of the first character (after leading whitespace) in the script, in UTF-16 code units. */
  from: number;
  /** Offset just past the last character (before trailing whitespace and the `;`). */
  to: number;
}

interface Token {
  kind: 'word' | 'quoted' | 'string' | 'punct';
  text: string;
  from: number;
}

const WORD_START = /[\p{L}_]/u;
const WORD_CHAR = /[\p{L}\p{N}_$]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** End of a dollar-quote opener (`$$` or `$tag$`) starting at `i`, or -1 when `$` starts something else. */
function dollarTagEnd(sql: string, i: number): number {
  const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 66));
  return m ? i + m[0].length : -1;
}

/**
 * Walks a DuckDB script once, yielding tokens outside comments, and reporting `;` at the top level. Knows
 * '…' strings ('' escape, E'…' backslash escapes), "…" identifiers, $tag$…$tag$ strings, -- line comments and
 * nested block comments, so a `;` inside any of them does not end a statement.
 */
function scan(sql: string, onToken: (t: Token) => void, onSemicolon: (at: number) => void): void {
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const ch = sql[i];
    const next = sql[i + 1];
    if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? n : end + 1;
    } else if (ch === '/' && next === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        const pair = sql.slice(i, i + 2);
        if (pair === '/*') depth++;
        else if (pair === '*/') depth--;
        i += pair === '/*' || pair === '*/' ? 2 : 1;
      }
    } else if (ch === "'") {
      const escaped = (sql[i - 1] === 'e' || sql[i - 1] === 'E') && !isWordChar(sql[i - 2]);
      const start = escaped ? i - 1 : i;
      i++;
      while (i < n) {
        if (escaped && sql[i] === '\\') i += 2;
        else if (sql[i] === "'" && sql[i + 1] === "'") i += 2;
        else if (sql[i] === "'") break;
        else i++;
      }
      i = Math.min(n, i + 1);
      onToken({ kind: 'string', text: sql.slice(start, i), from: start });
    } else if (ch === '"') {
      const start = i;
      let name = '';
      i++;
      while (i < n) {
        if (sql[i] === '"' && sql[i + 1] !== '"') break;
        name += sql[i];
        i += sql[i] === '"' ? 2 : 1;
      }
      i = Math.min(n, i + 1);
      onToken({ kind: 'quoted', text: name, from: start });
    } else if (ch === '$' && dollarTagEnd(sql, i) > 0 && !isWordChar(sql[i - 1])) {
      const openEnd = dollarTagEnd(sql, i);
      const tag = sql.slice(i, openEnd);
      const close = sql.indexOf(tag, openEnd);
      const start = i;
      i = close < 0 ? n : close + tag.length;
      onToken({ kind: 'string', text: sql.slice(start, i), from: start });
    } else if (ch === ';') {
      onSemicolon(i);
      i++;
    } else if (WORD_START.test(ch)) {
      const start = i;
      while (i < n && isWordChar(sql[i])) i++;
      // A word directly followed by ' is a prefix such as E'…'; the string branch picks it up.
      if (sql[i] === "'" && i - start === 1 && (ch === 'e' || ch === 'E')) continue;
      onToken({ kind: 'word', text: sql.slice(start, i), from: start });
    } else {
      if (!/\s/.test(ch)) onToken({ kind: 'punct', text: ch, from: i });
      i++;
    }
  }
}

/** Splits a script into statements at top-level `;`, skipping statements that are only comments or blank. */
export function splitStatements(sql: string): SqlStatement[] {
  const out: SqlStatement[] = [];
  let start = 0;
  let firstToken = -1;
  const close = (end: number) => {
    if (firstToken >= 0) {
      const raw = sql.slice(start, end);
      const from = start + (raw.length - raw.trimStart().length);
      const to = start + raw.trimEnd().length;
      out.push({ text: sql.slice(from, to), from, to });
    }
    firstToken = -1;
  };
  scan(
    sql,
    (t) => {
      if (firstToken < 0) firstToken = t.from;
    },
    (at) => {
      close(at);
      start = at + 1;
    },
  );
  close(sql.length);
  return out;
}

/**
 * The statement the cursor is in: the last one starting at or before it (so a cursor after `;` or on a blank
 * line still means the statement above), or the first one when the cursor is before everything.
 */
export function statementAt(statements: readonly SqlStatement[], cursor: number): SqlStatement | null {
  let found: SqlStatement | null = null;
  for (const s of statements) {
    if (s.from <= cursor) found = s;
    else break;
  }
  return found ?? statements[0] ?? null;
}

/** Statements of `text` with offsets shifted by `offset`, e.g. for a selection inside the editor. */
export function splitAt(text: string, offset: number): SqlStatement[] {
  return splitStatements(text).map((s) => ({ ...s, from: s.from + offset, to: s.to + offset }));
}

/** Upper-cased words and lower-cased identifiers of a statement, outside strings and comments. */
export function statementWords(sql: string): { keywords: string[]; identifiers: Set<string> } {
  const keywords: string[] = [];
  const identifiers = new Set<string>();
  scan(
    sql,
    (t) => {
      if (t.kind === 'word') {
        keywords.push(t.text.toUpperCase());
        identifiers.add(t.text.toLowerCase());
      } else if (t.kind === 'quoted') identifiers.add(t.text.toLowerCase());
      else if (t.kind === 'punct' && keywords.length === 0 && t.text === '(') keywords.push('(');
    },
    () => undefined,
  );
  return { keywords, identifiers };
}

export type StatementKind = 'read' | 'write' | 'blocked';

const READ_FIRST = new Set([
  '(',
  'SELECT',
  'WITH',
  'FROM',
  'VALUES',
  'TABLE',
  'DESCRIBE',
  'SHOW',
  'SUMMARIZE',
  'EXPLAIN',
  'PIVOT',
  'UNPIVOT',
]);
const WRITE_INSIDE = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'CREATE', 'DROP', 'ALTER']);
/** Extensions would be downloaded from extensions.duckdb.org: offline users cannot, and it is a foreign host. */
const BLOCKED_FIRST = new Set(['INSTALL', 'LOAD', 'FORCE']);

/**
 * `read` statements only return rows (safe to re-run, e.g. to sort), `write` ones change the database and are
 * replayed after a restart, `blocked` ones are refused before they reach DuckDB.
 */
export function statementKind(sql: string): StatementKind {
  const { keywords } = statementWords(sql);
  const first = keywords[0] ?? '';
  if (BLOCKED_FIRST.has(first) || (first === 'UPDATE' && keywords[1] === 'EXTENSIONS')) return 'blocked';
  if (!READ_FIRST.has(first)) return 'write';
  if (first === 'WITH' || first === '(') {
    return keywords.some((k) => WRITE_INSIDE.has(k)) ? 'write' : 'read';
  }
  return 'read';
}
