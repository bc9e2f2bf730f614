import { DataType } from 'apache-arrow';
import type { SchemaElement } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { decimalBigInt } from './cell-format.ts';
import { uniqueKeys } from './export-results.ts';
import type { ResultData } from './result-data.ts';

interface ColumnPlan {
  element: SchemaElement;
  convert: (value: unknown) => unknown;
}

const DAY_MS = 86_400_000;

/**
 * How one Arrow column is written: integers, floats, booleans, strings, dates, timestamps and decimals keep
 * their type (decimals and HUGEINT exactly, as 16-byte DECIMAL); lists, structs and other nested or exotic
 * types are written as their display text.
 */
function planColumn(name: string, type: DataType, text: (v: unknown) => string | null): ColumnPlan {
  const optional = { name, repetition_type: 'OPTIONAL' as const };
  const same = (v: unknown) => v ?? null;
  if (DataType.isDictionary(type)) return planColumn(name, type.dictionary, text);
  if (DataType.isInt(type)) {
    if (type.bitWidth < 32 || (type.bitWidth === 32 && type.isSigned))
      return { element: { ...optional, type: 'INT32' }, convert: (v) => (v == null ? null : Number(v)) };
    if (type.bitWidth === 32 || type.isSigned)
      return {
        element: { ...optional, type: 'INT64' },
        convert: (v) => (v == null ? null : BigInt(v as number)),
      };
  }
  if (DataType.isFloat(type))
    return { element: { ...optional, type: type.precision === 2 ? 'DOUBLE' : 'FLOAT' }, convert: same };
  if (DataType.isBool(type)) return { element: { ...optional, type: 'BOOLEAN' }, convert: same };
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type))
    return { element: { ...optional, type: 'BYTE_ARRAY', converted_type: 'UTF8' }, convert: same };
  if (DataType.isDate(type)) {
    return {
      element: { ...optional, type: 'INT32', converted_type: 'DATE' },
      convert: (v) => (v == null ? null : Math.floor(Number(v) / DAY_MS)),
    };
  }
  if (DataType.isTimestamp(type)) {
    return {
      element: { ...optional, type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' },
      convert: (v) => (v == null ? null : BigInt(Math.round(Number(v)))),
    };
  }
  if (DataType.isDecimal(type)) {
    return {
      element: {
        ...optional,
        type: 'FIXED_LEN_BYTE_ARRAY',
        type_length: 16,
        converted_type: 'DECIMAL',
        precision: type.precision,
        scale: type.scale,
      },
      convert: (v) => (v == null ? null : decimalBigInt(v)),
    };
  }
  return { element: { ...optional, type: 'BYTE_ARRAY', converted_type: 'UTF8' }, convert: text };
}

/** The result as a Parquet file written in JS (Snappy-compressed), all rows. */
export function resultToParquet(data: ResultData): Blob {
  const names = uniqueKeys(data.columns.map((c) => c.name));
  const plans = data.schema.fields.map((f, c) => planColumn(names[c], f.type, data.columns[c].format));
  const columnData = plans.map((plan, c) => {
    const values: unknown[] = new Array(data.numRows);
    let r = 0;
    for (const v of data.values(c)) values[r++] = plan.convert(v);
    return { name: names[c], data: values };
  });
  const schema: SchemaElement[] = [
    { name: 'root', num_children: plans.length },
    ...plans.map((p) => p.element),
  ];
  const buffer = parquetWriteBuffer({ columnData, schema, rowGroupSize: 100_000 });
  return new Blob([buffer], { type: 'application/vnd.apache.parquet' });
}
