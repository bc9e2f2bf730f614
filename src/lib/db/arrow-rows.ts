import { DataType, type Table } from 'apache-arrow';

export type PlainValue = string | number | boolean | null | PlainValue[] | { [key: string]: PlainValue };
export type PlainRow = Record<string, PlainValue>;

/** Converts one Arrow/DuckDB value to plain JS: BigInt → number, Arrow vectors → arrays, Dates → ISO dates. */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (
    typeof value === 'object' &&
    value !== null &&
    'toArray' in value &&
    typeof value.toArray === 'function'
  ) {
    return Array.from(value.toArray() as ArrayLike<unknown>, toPlain);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const json = 'toJSON' in value && typeof value.toJSON === 'function' ? value.toJSON() : value;
    return Object.fromEntries(Object.entries(json as object).map(([k, v]) => [k, toPlain(v)]));
  }
  return String(value);
}

/** Materialises an Arrow result as plain rows; BigInt never leaves the db boundary. */
export function arrowToRows(table: Table): PlainRow[] {
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((n) => table.getChild(n));
  const isDate = table.schema.fields.map((f) => DataType.isDate(f.type));
  const rows: PlainRow[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: PlainRow = {};
    for (let c = 0; c < names.length; c++) {
      const v: unknown = columns[c]?.get(i);
      row[names[c]] =
        isDate[c] && typeof v === 'number' ? new Date(v).toISOString().slice(0, 10) : toPlain(v);
    }
    rows[i] = row;
  }
  return rows;
}
