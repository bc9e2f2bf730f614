import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { compressors } from 'hyparquet-compressors';
import { beforeAll, describe, expect, it } from 'vitest';
import { arrowToRows } from '../../src/lib/db/arrow-rows.ts';
import { parquetToArrow } from '../../src/lib/db/parquet-to-arrow.ts';
import { ingestToTemp } from '../helpers/node-duckdb.ts';

const toBuffer = (b: Buffer): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

let dir: string;
beforeAll(async () => {
  dir = await ingestToTemp();
});

async function writeWithDuckDb(sql: string, codec: string): Promise<ArrayBuffer> {
  const file = path.join(dir, `typed-${codec}.parquet`);
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`COPY (${sql}) TO '${file}' (FORMAT parquet, COMPRESSION ${codec})`);
  conn.closeSync();
  return toBuffer(await readFile(file));
}

describe('parquetToArrow', () => {
  it('decodes the ingested tables with the schema types, reading only the requested columns', async () => {
    const table = await parquetToArrow(toBuffer(await readFile(path.join(dir, 'sections.parquet'))), {
      columns: ['file', 'ordinal', 'areas'],
    });
    expect(table.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
      'file:Utf8',
      'ordinal:Int32',
      'areas:List<Utf8>',
    ]);
    const rows = arrowToRows(table);
    expect(rows.length).toBeGreaterThan(0);
    expect(Array.isArray(rows[0].areas)).toBe(true);
  });

  it('round-trips every scalar type DuckDB writes, nulls included, with ZSTD and (given the codecs) GZIP', async () => {
    const sql = `SELECT * FROM (VALUES
        (1::INTEGER, 9007199254740991::BIGINT, 2.5::DOUBLE, '法治'::VARCHAR, DATE '2022-01-12', true, ['a','b']),
        (NULL, NULL, NULL, NULL, NULL, NULL, NULL)
      ) t(i, big, d, s, day, flag, list)`;
    for (const codec of ['zstd', 'gzip']) {
      const rows = arrowToRows(await parquetToArrow(await writeWithDuckDb(sql, codec), { compressors }));
      expect(rows, codec).toEqual([
        { i: 1, big: 9007199254740991, d: 2.5, s: '法治', day: '2022-01-12', flag: true, list: ['a', 'b'] },
        { i: null, big: null, d: null, s: null, day: null, flag: null, list: null },
      ]);
    }
  });

  it('names the file and the problem for a missing column or a corrupt file', async () => {
    const good = toBuffer(await readFile(path.join(dir, 'metrics.parquet')));
    await expect(parquetToArrow(good, { columns: ['nope'], source: 'metrics.parquet' })).rejects.toThrow(
      'metrics.parquet: no column "nope"',
    );
    const corrupt = good.slice(0, good.byteLength - 20);
    await expect(parquetToArrow(corrupt, { source: 'metrics.parquet' })).rejects.toThrow(
      /^metrics\.parquet: /,
    );
  });
});
