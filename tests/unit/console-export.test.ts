import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  Bool,
  DateDay,
  Decimal,
  Field,
  Float64,
  Int32,
  Int64,
  List,
  makeData,
  makeVector,
  RecordBatch,
  Schema,
  Struct,
  Table,
  Utf8,
  vectorFromArray,
} from 'apache-arrow';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { columnInfo, scaledToString } from '../../src/lib/db/console/cell-format.ts';
import { resultToParquet } from '../../src/lib/db/console/export-parquet.ts';
import { resultToCsv, resultToJson, UTF8_BOM } from '../../src/lib/db/console/export-results.ts';
import { ResultData } from '../../src/lib/db/console/result-data.ts';

/** A 128-bit decimal vector from unscaled BigInts, as DuckDB-WASM sends DECIMAL and HUGEINT. */
function decimalVector(values: (bigint | null)[], precision: number, scale: number) {
  const words = new Uint32Array(values.length * 4);
  const valid = new Uint8Array(Math.ceil(values.length / 8));
  values.forEach((v, i) => {
    if (v === null) return;
    valid[i >> 3] |= 1 << (i & 7);
    let x = BigInt.asUintN(128, v);
    for (let w = 0; w < 4; w++) {
      words[i * 4 + w] = Number(x & 0xffffffffn);
      x >>= 32n;
    }
  });
  const nulls = values.filter((v) => v === null).length;
  return makeVector(
    makeData({
      type: new Decimal(scale, precision, 128),
      length: values.length,
      data: words,
      nullBitmap: valid,
      nullCount: nulls,
    }),
  );
}

function sampleResult(): ResultData {
  const table = new Table({
    agency: vectorFromArray(['湖南省通信管理局', 'NULL', '', null], new Utf8()),
    n: vectorFromArray([1, 2, null, 4], new Int32()),
    big: vectorFromArray([9007199254740993n, -1n, null, 0n], new Int64()),
    amount: decimalVector([1500n, -1n, null, 123456789012345678901234567890n], 38, 3),
    total: decimalVector([170141183460469231731687303715884105727n, 0n, null, -5n], 38, 0),
    rate: vectorFromArray([97.63, 0.1 + 0.2, null, Number.NaN], new Float64()),
    ok: vectorFromArray([true, false, null, true], new Bool()),
    day: vectorFromArray([new Date('2021-03-04'), null, null, new Date('1999-12-31')], new DateDay()),
  });
  const data = new ResultData(table.schema);
  for (const batch of table.batches) data.append(batch);
  return data;
}

describe('cell formatting', () => {
  it('formats 64-bit integers, decimals and HUGEINT exactly, and NULL as null', () => {
    const data = sampleResult();
    const col = (name: string) => data.columns.findIndex((c) => c.name === name);
    expect(data.text(0, col('big'))).toBe('9007199254740993');
    expect(data.text(0, col('amount'))).toBe('1.500');
    expect(data.text(1, col('amount'))).toBe('-0.001');
    expect(data.text(3, col('amount'))).toBe('123456789012345678901234567.890');
    expect(data.text(0, col('total'))).toBe('170141183460469231731687303715884105727');
    expect(data.columns[col('total')].typeLabel).toBe('HUGEINT');
    expect(data.columns[col('amount')].typeLabel).toBe('DECIMAL(38,3)');
    expect(data.text(2, col('big'))).toBeNull();
    expect(data.text(1, col('agency'))).toBe('NULL');
    expect(data.text(3, col('agency'))).toBeNull();
    expect(data.text(0, col('day'))).toBe('2021-03-04');
    expect(data.text(0, col('ok'))).toBe('true');
  });

  it('formats lists and structs like DuckDB', () => {
    const list = columnInfo(new Field('l', new List(new Field('item', new Int32())), true));
    expect(list.format(vectorFromArray([1, 2], new Int32()))).toBe('[1, 2]');
    expect(list.typeLabel).toBe('INTEGER[]');
    const struct = columnInfo(
      new Field('s', new Struct([new Field('a', new Int32()), new Field('b', new Utf8())])),
    );
    expect(struct.format({ a: 1, b: 'x' })).toBe("{'a': 1, 'b': x}");
    expect(scaledToString(5n, 4)).toBe('0.0005');
  });

  it('reads rows across batches and stops at the row limit', () => {
    const schema = new Schema([new Field('i', new Int32())]);
    const batch = (from: number) =>
      new RecordBatch({
        i: makeData({ type: new Int32(), length: 3, data: Int32Array.from([from, from + 1, from + 2]) }),
      });
    const data = new ResultData(schema);
    expect(data.append(batch(0), 5)).toBe(true);
    expect(data.append(batch(3), 5)).toBe(false);
    expect(data.numRows).toBe(5);
    expect(data.truncated).toBe(true);
    expect([0, 2, 3, 4].map((r) => data.text(r, 0))).toEqual(['0', '2', '3', '4']);
    expect(data.raw(5, 0)).toBeUndefined();
  });
});

describe('exports', () => {
  it('CSV starts with a UTF-8 BOM, has CRLF rows, and re-parses to the displayed values', async () => {
    const data = sampleResult();
    const bytes = new Uint8Array(await resultToCsv(data).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text).toContain('\r\n');
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(data.columns.map((c) => c.name));
    for (let r = 0; r < data.numRows; r++) {
      expect(parsed[r + 1]).toEqual(data.columns.map((_, c) => data.text(r, c) ?? ''));
    }
  });

  it('JSON keeps big integers and decimals exact and NULL as null', async () => {
    const text = await resultToJson(sampleResult()).text();
    expect(text).toContain('"big":9007199254740993');
    expect(text).toContain('"total":170141183460469231731687303715884105727');
    expect(text).toContain('"amount":-0.001');
    expect(text).toContain('"rate":null');
    const rows = JSON.parse(text) as Record<string, unknown>[];
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ agency: '湖南省通信管理局', n: 1, ok: true, day: '2021-03-04' });
    expect(rows[1].agency).toBe('NULL');
    expect(rows[3].agency).toBeNull();
  });

  it('Parquet is read back by DuckDB with the same values and types', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fazhi-export-'));
    const file = path.join(dir, 'out.parquet');
    await writeFile(file, new Uint8Array(await resultToParquet(sampleResult()).arrayBuffer()));
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const types = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`)).getRows();
    expect(Object.fromEntries(types.map((t) => [t[0], t[1]]))).toMatchObject({
      agency: 'VARCHAR',
      n: 'INTEGER',
      big: 'BIGINT',
      amount: 'DECIMAL(38,3)',
      total: 'DECIMAL(38,0)',
      rate: 'DOUBLE',
      ok: 'BOOLEAN',
      day: 'DATE',
    });
    const rows = (
      await conn.runAndReadAll(
        `SELECT agency, big::VARCHAR, amount::VARCHAR, total::VARCHAR, day::VARCHAR FROM read_parquet('${file}')`,
      )
    ).getRows();
    expect(rows[0]).toEqual([
      '湖南省通信管理局',
      '9007199254740993',
      '1.500',
      '170141183460469231731687303715884105727',
      '2021-03-04',
    ]);
    expect(rows[2]).toEqual(['', null, null, null, null]);
    conn.closeSync();
  });
});
