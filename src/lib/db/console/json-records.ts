import { Bool, Float64, Int64, Table, Utf8, vectorFromArray, type DataType, type Vector } from 'apache-arrow';

// DuckDB-WASM's JSON reader is an extension fetched from the internet, so uploaded JSON is parsed here.

/** A JSON upload that cannot become a table; the message names the line or item. */
export class JsonImportError extends Error {
  override name = 'JsonImportError';
}

type JsonRecord = Record<string, unknown>;

function isRecord(v: unknown): v is JsonRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "line 3, column 7" for a JSON.parse error that reports a character position in `text`. */
function whereInText(err: unknown, text: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(message);
  if (!pos) return message;
  const before = text.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${message.replace(/\s*\(line \d+ column \d+\)/, '')}`;
}

/** Rows of an array-of-objects JSON file or a JSON Lines file (one object per line). */
export function parseJsonRecords(text: string): JsonRecord[] {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trim();
  if (!trimmed) throw new JsonImportError('the file is empty');
  if (trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (err) {
      throw new JsonImportError(whereInText(err, body));
    }
    if (!Array.isArray(parsed)) throw new JsonImportError('expected an array of objects');
    parsed.forEach((item, i) => {
      if (!isRecord(item)) throw new JsonImportError(`item ${i + 1} is not an object`);
    });
    return parsed as JsonRecord[];
  }
  const records: JsonRecord[] = [];
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      throw new JsonImportError(`line ${i + 1}: ${message}`);
    }
    if (!isRecord(item)) throw new JsonImportError(`line ${i + 1}: not a JSON object`);
    records.push(item);
  }
  return records;
}

type Kind = 'null' | 'bool' | 'int' | 'float' | 'string' | 'json';

function kindOf(v: unknown): Kind {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isSafeInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'string';
  return 'json';
}

/** One column type for all values: the narrowest of BOOLEAN, BIGINT, DOUBLE, VARCHAR that holds them. */
function columnType(kinds: Set<Kind>): { type: DataType; convert: (v: unknown) => unknown } {
  kinds.delete('null');
  const only = (...allowed: Kind[]) => kinds.size > 0 && [...kinds].every((k) => allowed.includes(k));
  if (only('bool')) return { type: new Bool(), convert: (v) => v ?? null };
  if (only('int')) return { type: new Int64(), convert: (v) => (v == null ? null : BigInt(v as number)) };
  if (only('int', 'float')) return { type: new Float64(), convert: (v) => v ?? null };
  return {
    type: new Utf8(),
    convert: (v) => (v == null ? null : typeof v === 'string' ? v : JSON.stringify(v)),
  };
}

/** An Arrow table with one column per key (in first-seen order); nested values become JSON text. */
export function recordsToArrow(records: readonly JsonRecord[]): Table {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of records)
    for (const k of Object.keys(r))
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
  if (keys.length === 0) throw new JsonImportError('no fields found in the objects');
  const vectors: Record<string, Vector> = {};
  for (const key of keys) {
    const kinds = new Set(records.map((r) => kindOf(r[key])));
    const { type, convert } = columnType(kinds);
    vectors[key] = vectorFromArray(
      records.map((r) => convert(r[key])),
      type,
    );
  }
  return new Table(vectors);
}
