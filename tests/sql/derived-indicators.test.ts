import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPlain, type PlainRow } from '../../src/lib/db/arrow-rows.ts';
import { DERIVED_INDICATORS, DERIVED_VIEWS, derivedView } from '../../src/lib/db/views.ts';
import { closeTo, goldMetrics } from '../helpers/gold.ts';
import { ingestToTemp, openParquetDb, type NodeDb } from '../helpers/node-duckdb.ts';

let db: NodeDb;
beforeAll(async () => {
  db = await openParquetDb(await ingestToTemp());
});
afterAll(() => db?.close());

const goldValue = (file: string, id: string) =>
  goldMetrics().find((g) => g.file === file && g.metric_id === id)?.value;

describe('derived_indicators view over the seed Parquet', () => {
  it('computes each indicator from the gold inputs of a report, in percent', async () => {
    const rows = await db.run({
      sql: 'SELECT * FROM derived_indicators WHERE value IS NOT NULL',
      params: [],
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const ind = DERIVED_INDICATORS.find((d) => d.id === r.indicator_id)!;
      const num = ind.numerator.map((id) => goldValue(r.file as string, id));
      const den = ind.denominator.map((id) => goldValue(r.file as string, id));
      if ([...num, ...den].some((v) => v === undefined)) continue;
      const expected = (100 * num.reduce((a, b) => a! + b!, 0)!) / den.reduce((a, b) => a! + b!, 0)!;
      expect(closeTo(r.value as number, expected), `${r.indicator_id} ${r.file}`).toBe(true);
    }
    const overturn = rows.find((r) => r.indicator_id === 'reconsideration_overturn_rate');
    expect(overturn?.value).toBe(25);
    const powers = rows.find((r) => r.indicator_id === 'powers_removed_share');
    expect(closeTo(powers?.value as number, (100 * 12) / 78)).toBe(true);
  });

  it('never yields NaN or Infinity: a stated-zero denominator is NULL with the reason', async () => {
    const zeroDen = goldMetrics().filter((g) => g.metric_id === 'cases.reconsideration' && g.value === 0);
    expect(zeroDen.length).toBeGreaterThan(0);
    const rows = await db.run({
      sql: `SELECT file, value, missing_reason FROM derived_indicators WHERE indicator_id = 'reconsideration_overturn_rate'`,
      params: [],
    });
    for (const g of zeroDen)
      expect(rows.find((r) => r.file === g.file)).toMatchObject({
        value: null,
        missing_reason: 'denominator_zero',
      });
    const all = await db.run({
      sql: 'SELECT value FROM derived_indicators WHERE value IS NOT NULL',
      params: [],
    });
    expect(all.every((r) => Number.isFinite(r.value))).toBe(true);
  });

  it('indicator_values holds every metric row and one row per report and indicator', async () => {
    const [{ n: metrics }] = await db.run({ sql: 'SELECT count(*) AS n FROM metrics', params: [] });
    const [{ n: docs }] = await db.run({ sql: 'SELECT count(*) AS n FROM documents', params: [] });
    const [{ n: all }] = await db.run({ sql: 'SELECT count(*) AS n FROM indicator_values', params: [] });
    expect(all).toBe((metrics as number) + (docs as number) * DERIVED_INDICATORS.length);
  });
});

describe('derived_indicators on hand-made rows (edge cases)', () => {
  async function runOn(metrics: [string, string, number, string][]): Promise<PlainRow[]> {
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    await conn.run(`CREATE TABLE documents AS SELECT * FROM (VALUES ('a', 'A', 2021), ('b', 'B', 2021), ('c', 'C', 2021))
      t(file, agency, report_year)`);
    await conn.run(`CREATE TABLE metrics (file VARCHAR, metric_id VARCHAR, value DOUBLE, qualifier VARCHAR)`);
    for (const m of metrics) await conn.run('INSERT INTO metrics VALUES ($1, $2, $3, $4)', m);
    const reader = await conn.runAndReadAll(
      `SELECT file, indicator_id, value, qualifier, missing_reason FROM (${derivedView('derived_indicators').sql}) ORDER BY file, indicator_id`,
    );
    const rows = reader.getRowObjectsJS().map((r) => toPlain(r) as PlainRow);
    conn.closeSync();
    instance.closeSync();
    return rows;
  }

  it('marks rates from approximate inputs as approx and explains missing inputs', async () => {
    const rows = await runOn([
      ['a', 'cases.litigation', 20, 'approx_lower'],
      ['a', 'cases.litigation.lost', 2, 'exact'],
      ['b', 'cases.litigation.lost', 1, 'exact'],
      ['c', 'cases.litigation', 0, 'zero_stated'],
      ['c', 'cases.litigation.lost', 0, 'zero_stated'],
    ]);
    const loss = (file: string) =>
      rows.find((r) => r.file === file && r.indicator_id === 'litigation_loss_rate');
    expect(loss('a')).toMatchObject({ value: 10, qualifier: 'approx', missing_reason: null });
    expect(loss('b')).toMatchObject({ value: null, qualifier: null, missing_reason: 'denominator_missing' });
    expect(loss('c')).toMatchObject({ value: null, missing_reason: 'denominator_zero' });
    expect(rows.find((r) => r.file === 'a' && r.indicator_id === 'powers_removed_share')).toMatchObject({
      value: null,
      missing_reason: 'not_disclosed',
    });
  });

  it('lists its views for the docs', () => {
    expect(DERIVED_VIEWS.map((v) => v.name)).toEqual([
      'metric_values',
      'derived_indicators',
      'indicator_values',
    ]);
  });
});
