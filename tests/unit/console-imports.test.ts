import { DataType } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { checkCsvShape, ImportError } from '../../src/lib/db/console/csv-shape.ts';
import { JsonImportError, parseJsonRecords, recordsToArrow } from '../../src/lib/db/console/json-records.ts';

async function problem(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ImportError) return err.problem;
    throw err;
  }
  return null;
}

describe('CSV shape check', () => {
  it('accepts a well-formed file and reports the delimiter and row count', async () => {
    await expect(checkCsvShape('单位,值\n甲,1\n"乙, 丙",2\n\n')).resolves.toEqual({
      delimiter: ',',
      columns: 2,
      rows: 2,
    });
    await expect(checkCsvShape('a;b\n1;2\n')).resolves.toMatchObject({ delimiter: ';', columns: 2 });
    await expect(checkCsvShape('a\tb\n1\t2\n')).resolves.toMatchObject({ delimiter: '\t' });
    await expect(checkCsvShape('only\n1\n2\n')).resolves.toMatchObject({ columns: 1, rows: 2 });
  });

  it('names the row with the wrong number of fields', async () => {
    expect(await problem(checkCsvShape('a,b,c\n1,2,3\n4,5,6,7\n8,9,10\n'))).toEqual({
      code: 'csv_fields',
      row: 3,
      found: 4,
      expected: 3,
    });
    expect(await problem(checkCsvShape('a,b\n1,2\n3\n'))).toMatchObject({
      code: 'csv_fields',
      row: 3,
      found: 1,
    });
  });

  it('reports unclosed quotes and empty files', async () => {
    expect(await problem(checkCsvShape('a,b\n1,"open\n2,3\n'))).toMatchObject({ code: 'csv_quotes' });
    expect(await problem(checkCsvShape(''))).toEqual({ code: 'empty' });
  });
});

describe('JSON uploads', () => {
  it('reads an array of objects and JSON Lines', () => {
    expect(parseJsonRecords('\uFEFF[{"a":1},{"a":2,"b":"x"}]')).toEqual([{ a: 1 }, { a: 2, b: 'x' }]);
    expect(parseJsonRecords('{"a":1}\r\n\n{"a":2}\n')).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('names the line of a broken JSON Lines record or array', () => {
    expect(() => parseJsonRecords('{"a":1}\n{"a":}\n')).toThrow(/line 2/);
    expect(() => parseJsonRecords('[{"a":1},\n 5]')).toThrow(/item 2 is not an object/);
    expect(() => parseJsonRecords('[{"a":1},\n {"a":}]')).toThrow(JsonImportError);
    expect(() => parseJsonRecords('  ')).toThrow(/empty/);
    expect(() => parseJsonRecords('{"a":1}\n[1]')).toThrow(/line 2: not a JSON object/);
  });

  it('gives each key one column type and turns nested values into JSON text', () => {
    const table = recordsToArrow([
      { name: '甲', n: 1, r: 1, ok: true, nested: { a: [1] }, mixed: 1 },
      { name: '乙', n: 2, r: 2.5, ok: null, extra: 'late', mixed: 'x' },
    ]);
    const types = Object.fromEntries(table.schema.fields.map((f) => [f.name, f.type]));
    expect(DataType.isInt(types.n) && types.n.bitWidth).toBe(64);
    expect(DataType.isFloat(types.r)).toBe(true);
    expect(DataType.isBool(types.ok)).toBe(true);
    expect(DataType.isUtf8(types.nested)).toBe(true);
    expect(DataType.isUtf8(types.mixed)).toBe(true);
    expect(table.schema.fields.map((f) => f.name)).toEqual([
      'name',
      'n',
      'r',
      'ok',
      'nested',
      'mixed',
      'extra',
    ]);
    expect(table.getChild('nested')?.get(0)).toBe('{"a":[1]}');
    expect(table.getChild('mixed')?.get(0)).toBe('1');
    expect(table.getChild('extra')?.get(0)).toBeNull();
    expect(table.getChild('n')?.get(1)).toBe(2n);
  });
});
