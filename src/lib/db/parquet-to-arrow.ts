import {
  Binary,
  Bool,
  DateDay,
  Field,
  Float32,
  Float64,
  Int32,
  Int64,
  List,
  Table,
  TimestampMillisecond,
  Utf8,
  makeData,
  makeVector,
  vectorFromArray,
  type DataType,
  type Vector,
} from 'apache-arrow';
import { decompress as decompressZstd } from 'fzstd';
import { parquetMetadata, parquetRead, parquetSchema, type Compressors, type SchemaTree } from 'hyparquet';

// The npm DuckDB-WASM builds fetch their Parquet reader from the internet, which our offline users cannot
// reach; Parquet is decoded here in JS (hyparquet) and handed over as Arrow.

/** ZSTD (what ingest writes) and, built into hyparquet, SNAPPY; other codecs come from `options.compressors`. */
const ZSTD_ONLY: Compressors = {
  ZSTD: (input, outputLength) => decompressZstd(input, new Uint8Array(outputLength)),
};

export class ParquetDecodeError extends Error {
  override name = 'ParquetDecodeError';
}

function leafType(tree: SchemaTree): DataType {
  const e = tree.element;
  const logical = e.logical_type?.type;
  const converted = e.converted_type;
  switch (e.type) {
    case 'BOOLEAN':
      return new Bool();
    case 'INT32':
      if (logical === 'DATE' || converted === 'DATE') return new DateDay();
      if (converted === 'UINT_32') return new Int64();
      return new Int32();
    case 'INT64':
      if (logical === 'TIMESTAMP' || converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS') {
        return new TimestampMillisecond();
      }
      if (logical === 'DECIMAL' || converted === 'DECIMAL') return new Float64();
      return new Int64();
    case 'INT96':
      return new TimestampMillisecond();
    case 'FLOAT':
      return new Float32();
    case 'DOUBLE':
      return new Float64();
    case 'FIXED_LEN_BYTE_ARRAY':
      if (logical === 'DECIMAL' || converted === 'DECIMAL') return new Float64();
      if (logical === 'FLOAT16') return new Float32();
      return new Utf8();
    case 'BYTE_ARRAY':
      if (logical === 'DECIMAL' || converted === 'DECIMAL') return new Float64();
      return new Utf8();
    default:
      return new Binary();
  }
}

/** Arrow type for a top-level Parquet column; LISTs of leaves become Arrow Lists. */
function arrowType(tree: SchemaTree): DataType {
  const e = tree.element;
  const isList = e.logical_type?.type === 'LIST' || e.converted_type === 'LIST';
  if (isList) {
    let item = tree.children[0];
    while (item && item.children.length === 1 && !item.element.type) item = item.children[0];
    if (item?.children.length === 1) item = item.children[0];
    if (!item || item.children.length > 0)
      throw new ParquetDecodeError(`column ${e.name}: nested lists are not supported`);
    return new List(new Field('item', leafType(item), true));
  }
  if (tree.children.length > 0)
    throw new ParquetDecodeError(`column ${e.name}: struct and map columns are not supported`);
  return leafType(tree);
}

/** A Utf8 vector written straight into Arrow buffers: about 5× faster than vectorFromArray's builder. */
function utf8Vector(values: readonly (string | null)[]): Vector {
  const encoder = new TextEncoder();
  const offsets = new Int32Array(values.length + 1);
  const validity = new Uint8Array((values.length + 7) >> 3);
  let bytes = new Uint8Array(1024);
  let end = 0;
  let nulls = 0;
  for (let i = 0; i < values.length; i++) {
    const s = values[i];
    if (s === null) nulls++;
    else {
      validity[i >> 3] |= 1 << (i & 7);
      if (end + s.length * 3 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, end + s.length * 3));
        grown.set(bytes.subarray(0, end));
        bytes = grown;
      }
      end += encoder.encodeInto(s, bytes.subarray(end)).written;
    }
    offsets[i + 1] = end;
  }
  return makeVector(
    makeData({
      type: new Utf8(),
      length: values.length,
      nullCount: nulls,
      nullBitmap: validity,
      valueOffsets: offsets,
      data: bytes.subarray(0, end),
    }),
  );
}

function toVector(values: unknown[], type: DataType): Vector {
  if (type instanceof Utf8 && values.every((v) => v === null || typeof v === 'string')) {
    return utf8Vector(values as (string | null)[]);
  }
  if (type instanceof Float64 && values.every((v) => typeof v === 'number')) {
    return makeVector(Float64Array.from(values as number[]));
  }
  if (type instanceof Int32 && values.every((v) => typeof v === 'number')) {
    return makeVector(Int32Array.from(values as number[]));
  }
  if (type instanceof Int64) {
    return vectorFromArray(
      values.map((v) => (v === null || v === undefined ? null : BigInt(v as number | bigint))),
      type,
    );
  }
  if (type instanceof TimestampMillisecond) {
    return vectorFromArray(
      values.map((v) => (v instanceof Date ? v.getTime() : typeof v === 'bigint' ? Number(v) : v)),
      type,
    );
  }
  return vectorFromArray(values, type);
}

export interface DecodeParquetOptions {
  /** Only these columns are decoded (all when omitted); a missing column is an error naming it. */
  columns?: readonly string[];
  /** Used in error messages. */
  source?: string;
  /** Extra codecs, e.g. all of hyparquet-compressors for user files. */
  compressors?: Compressors;
}

/** Decodes Parquet bytes into an Arrow table, column by column. */
export async function parquetToArrow(
  buffer: ArrayBuffer,
  options: DecodeParquetOptions = {},
): Promise<Table> {
  const source = options.source ?? 'parquet file';
  let metadata;
  try {
    metadata = parquetMetadata(buffer);
  } catch (err) {
    throw new ParquetDecodeError(`${source}: not a readable Parquet file (${(err as Error).message})`);
  }
  const schema = parquetSchema(metadata);
  const available = new Map(schema.children.map((c) => [c.element.name, c]));
  const names = options.columns ? [...options.columns] : schema.children.map((c) => c.element.name);
  for (const name of names) {
    if (!available.has(name)) throw new ParquetDecodeError(`${source}: no column "${name}"`);
  }
  const rowCount = Number(metadata.num_rows);
  const chunks = new Map<string, { rowStart: number; data: ArrayLike<unknown> }[]>(names.map((n) => [n, []]));
  try {
    await parquetRead({
      file: buffer,
      metadata,
      columns: names,
      compressors: options.compressors ?? ZSTD_ONLY,
      onChunk: (chunk) =>
        chunks.get(chunk.columnName)?.push({ rowStart: chunk.rowStart, data: chunk.columnData }),
    });
  } catch (err) {
    throw new ParquetDecodeError(`${source}: ${(err as Error).message}`);
  }
  const vectors: Record<string, Vector> = {};
  for (const name of names) {
    const values: unknown[] = new Array(rowCount);
    for (const chunk of chunks.get(name) ?? []) {
      for (let i = 0; i < chunk.data.length && chunk.rowStart + i < rowCount; i++) {
        values[chunk.rowStart + i] = chunk.data[i];
      }
    }
    for (let i = 0; i < rowCount; i++) if (values[i] === undefined) values[i] = null;
    vectors[name] = toVector(values, arrowType(available.get(name)!));
  }
  return new Table(vectors);
}
