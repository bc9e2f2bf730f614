export { quoteIdent } from '../../schema/tables.ts';

/** DuckDB truncates nothing, but names longer than this are unwieldy in SQL and in the schema browser. */
const MAX_NAME = 63;

/**
 * A table name derived from a file name: the extension is dropped, runs of anything but letters (CJK
 * included), digits and `_` become `_`, ASCII is lower-cased, and a leading digit gets a `t_` prefix. The
 * result works unquoted in DuckDB; the console still quotes every identifier it writes.
 */
export function tableNameFromFile(fileName: string): string {
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.(csv|tsv|txt|parquet|pq|jsonl|ndjson|json)(\.gz)?$/i, '');
  let name = base
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}_]+/gu, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '')
    .replace(/[A-Z]+/g, (s) => s.toLowerCase());
  if (/^\p{N}/u.test(name)) name = `t_${name}`;
  if (!name) name = 'upload';
  return [...name].slice(0, MAX_NAME).join('');
}

/** `name`, or `name_2`, `name_3`, … : the first that is not taken (DuckDB names are case-insensitive). */
export function dedupeName(name: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name}_${i}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

export type NameProblem = 'empty' | 'too_long' | 'control' | 'reserved';

/** Checks a table name typed by the user: the trimmed name, or what is wrong with it. */
export function checkTableName(input: string): { name: string } | { problem: NameProblem } {
  const name = input.trim();
  if (!name) return { problem: 'empty' };
  if ([...name].length > MAX_NAME) return { problem: 'too_long' };
  if ([...name].some((c) => c.charCodeAt(0) < 0x20 || c === '\x7f')) return { problem: 'control' };
  if (name.startsWith('__')) return { problem: 'reserved' };
  return { name };
}
