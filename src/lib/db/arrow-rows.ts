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

type Converter = (v: unknown) => PlainValue;

const asIs: Converter = (v) => (v === undefined ? null : (v as PlainValue));
const isoDate: Converter = (v) =>
  typeof v === 'number' ? new Date(v).toISOString().slice(0, 10) : toPlain(v);

// Chosen once per column: strings, floats, small ints and booleans pass through; the rest go through toPlain.
function converterFor(type: DataType): Converter {
  if (DataType.isDate(type)) return isoDate;
  if (DataType.isUtf8(type) || DataType.isFloat(type) || DataType.isBool(type)) return asIs;
  if (DataType.isInt(type) && type.bitWidth <= 32) return asIs;
  return toPlain;
}

/** Materialises an Arrow result as plain rows; BigInt never leaves the db boundary. */
export function arrowToRows(table: Table): PlainRow[] {
  const fields = table.schema.fields;
  const convert = fields.map((f) => converterFor(f.type));
  const rows: PlainRow[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) rows[i] = {};
  let offset = 0;
  // Batch by batch and column by column: a null-free numeric column is read as one typed array, and get(i)
  // on a batch avoids the table-wide chunk lookup it costs on the whole column.
  for (const batch of table.batches) {
    for (let c = 0; c < fields.length; c++) {
      const column = batch.getChildAt(c);
      const name = fields[c].name;
      if (!column) continue;
      const fn = convert[c];
      const plainNumbers = fn === asIs && column.nullCount === 0 && !DataType.isUtf8(fields[c].type);
      if (plainNumbers) {
        const values = column.toArray() as ArrayLike<number | boolean>;
        for (let i = 0; i < batch.numRows; i++) rows[offset + i][name] = values[i];
      } else {
        for (let i = 0; i < batch.numRows; i++) rows[offset + i][name] = fn(column.get(i));
      }
    }
    offset += batch.numRows;
  }
  return rows;
}
