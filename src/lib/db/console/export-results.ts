import { DataType } from 'apache-arrow';
import Papa from 'papaparse';
import { decimalBigInt, scaledToString } from './cell-format.ts';
import type { ResultData } from './result-data.ts';

// Exports read every row of the result (not only those on screen), in chunks so a million rows do not
// become one giant string.

/** Excel and WPS read a CSV as the local code page (GBK on Chinese Windows) unless it starts with a BOM. */
export const UTF8_BOM = '\uFEFF';
const CHUNK = 20_000;

function rowRange(data: ResultData): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = 0; start < data.numRows; start += CHUNK)
    ranges.push([start, Math.min(data.numRows, start + CHUNK)]);
  return ranges;
}

/** CSV text in parts (header first, CRLF line ends, NULL as an empty field), without the BOM. */
export function* csvParts(data: ResultData): Generator<string> {
  yield Papa.unparse([data.columns.map((c) => c.name)], { newline: '\r\n' }) + '\r\n';
  for (const [start, end] of rowRange(data)) {
    const rows: string[][] = [];
    for (let r = start; r < end; r++) {
      const row: string[] = new Array(data.numColumns);
      for (let c = 0; c < data.numColumns; c++) row[c] = data.text(r, c) ?? '';
      rows.push(row);
    }
    yield Papa.unparse(rows, { newline: '\r\n', header: false }) + '\r\n';
  }
}

/** The result as a UTF-8 CSV file with a BOM. */
export function resultToCsv(data: ResultData): Blob {
  return new Blob([UTF8_BOM, ...csvParts(data)], { type: 'text/csv;charset=utf-8' });
}

type JsonWriter = (value: unknown) => string;

/** JSON text for values of one Arrow type; 64-bit integers and decimals are written as exact JSON numbers. */
function jsonWriter(type: DataType): JsonWriter {
  const nul =
    (write: JsonWriter): JsonWriter =>
    (v) =>
      v === null || v === undefined ? 'null' : write(v);
  if (DataType.isDictionary(type)) return jsonWriter(type.dictionary);
  if (DataType.isInt(type)) return nul((v) => String(v));
  if (DataType.isFloat(type)) return nul((v) => (Number.isFinite(v) ? String(v) : 'null'));
  if (DataType.isDecimal(type)) {
    const scale = type.scale;
    return nul((v) => scaledToString(decimalBigInt(v), scale));
  }
  if (DataType.isBool(type)) return nul((v) => (v ? 'true' : 'false'));
  if (DataType.isDate(type))
    return nul((v) => JSON.stringify(new Date(v as number).toISOString().slice(0, 10)));
  if (DataType.isTimestamp(type)) return nul((v) => JSON.stringify(new Date(v as number).toISOString()));
  if (DataType.isList(type) || DataType.isFixedSizeList(type)) {
    const item = jsonWriter(type.children[0].type);
    return nul((v) => `[${Array.from(v as Iterable<unknown>, item).join(',')}]`);
  }
  if (DataType.isStruct(type)) {
    const fields = type.children.map((f) => ({ key: JSON.stringify(f.name), write: jsonWriter(f.type) }));
    const names = type.children.map((f) => f.name);
    return nul((v) => {
      const row = v as Record<string, unknown>;
      return `{${fields.map((f, i) => `${f.key}:${f.write(row[names[i]])}`).join(',')}}`;
    });
  }
  if (DataType.isBinary(type) || DataType.isLargeBinary(type) || DataType.isFixedSizeBinary(type)) {
    return nul((v) => JSON.stringify(btoa(String.fromCharCode(...(v as Uint8Array)))));
  }
  return nul((v) =>
    typeof v === 'string'
      ? JSON.stringify(v)
      : JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)),
  );
}

/** Column names made unique (a repeated name gets a suffix) so no value is lost in JSON or Parquet. */
export function uniqueKeys(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let key = name;
    for (let i = 1; seen.has(key); i++) key = `${name}_${i}`;
    seen.add(key);
    return key;
  });
}

/** JSON text in parts: an array of one object per row. */
export function* jsonParts(data: ResultData): Generator<string> {
  const keys = uniqueKeys(data.columns.map((c) => c.name)).map((k) => JSON.stringify(k));
  const writers = data.schema.fields.map((f) => jsonWriter(f.type));
  yield '[';
  for (const [start, end] of rowRange(data)) {
    const rows: string[] = [];
    for (let r = start; r < end; r++) {
      const cells = keys.map((k, c) => `${k}:${writers[c](data.raw(r, c))}`);
      rows.push(`{${cells.join(',')}}`);
    }
    yield (start === 0 ? '\n' : ',\n') + rows.join(',\n');
  }
  yield '\n]\n';
}

export function resultToJson(data: ResultData): Blob {
  return new Blob([...jsonParts(data)], { type: 'application/json' });
}
