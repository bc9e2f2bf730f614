import { describe, expect, it } from 'vitest';
import {
  checkTableName,
  dedupeName,
  quoteIdent,
  tableNameFromFile,
} from '../../src/lib/db/console/identifiers.ts';

describe('table names from uploaded files', () => {
  it.each([
    ['单位名单.csv', '单位名单'],
    ['My Data (2021).CSV', 'my_data_2021'],
    ['2021年 报告-汇总.parquet', 't_2021年_报告_汇总'],
    ['C:\\fakepath\\metrics.json', 'metrics'],
    ['rows.ndjson', 'rows'],
    ['...csv', 'upload'],
    ['ＡＢＣ全角.csv', 'abc全角'],
    ['a"b;DROP TABLE x.csv', 'a_b_drop_table_x'],
  ])('%s → %s', (file, name) => {
    expect(tableNameFromFile(file)).toBe(name);
  });

  it('truncates long names', () => {
    expect([...tableNameFromFile(`${'表'.repeat(100)}.csv`)]).toHaveLength(63);
  });

  it('dedupes case-insensitively', () => {
    expect(dedupeName('metrics', ['documents'])).toBe('metrics');
    expect(dedupeName('Metrics', ['metrics', 'metrics_2'])).toBe('Metrics_3');
  });

  it('checks names typed by the user', () => {
    expect(checkTableName('  名单 ')).toEqual({ name: '名单' });
    expect(checkTableName(' ')).toEqual({ problem: 'empty' });
    expect(checkTableName('__upload_1')).toEqual({ problem: 'reserved' });
    expect(checkTableName('a\u0001b')).toEqual({ problem: 'control' });
    expect(checkTableName('x'.repeat(64))).toEqual({ problem: 'too_long' });
  });

  it('quotes identifiers, doubling quotes', () => {
    expect(quoteIdent('a"b')).toBe('"a""b"');
  });
});
