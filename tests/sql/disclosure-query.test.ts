import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDisclosureMatrixQuery } from '../../src/lib/db/queries/disclosure.ts';
import { goldDocuments, goldMetrics } from '../helpers/gold.ts';
import { ingestToTemp, openParquetDb, type NodeDb } from '../helpers/node-duckdb.ts';
import { HUNAN, multiYearInput } from './multi-year-input.ts';

let db: NodeDb;
let catalogSize: number;
beforeAll(async () => {
  db = await openParquetDb(await ingestToTemp(await multiYearInput()));
  catalogSize = (await db.run({ sql: 'SELECT count(*) AS n FROM catalog', params: [] }))[0].n as number;
});
afterAll(() => db?.close());

const statusOf = (value: number, qualifier: string) =>
  value === 0 ? 'zero' : qualifier.startsWith('approx') ? 'approx' : 'disclosed';

describe('buildDisclosureMatrixQuery', () => {
  it('has reports × catalog cells whose status matches the gold values', async () => {
    for (const year of [2020, 2021]) {
      const rows = await db.run(buildDisclosureMatrixQuery({ year }));
      const files = new Set(rows.map((r) => r.file));
      expect(rows).toHaveLength(files.size * catalogSize);
      for (const g of goldMetrics().filter((m) => files.has(m.file) && m.required === 'yes')) {
        const cell = rows.find((r) => r.file === g.file && r.metric_id === g.metric_id)!;
        expect(cell.status, `${g.file} ${g.metric_id}`).toBe(statusOf(g.value, g.qualifier));
      }
    }
  });

  it('scores each report by the share of catalog metrics it discloses (zero-stated included)', async () => {
    const rows = await db.run(buildDisclosureMatrixQuery({ year: 2021 }));
    const counts = await db.run({
      sql: 'SELECT file, count(*) AS n FROM metrics WHERE metric_id IN (SELECT metric_id FROM catalog) GROUP BY file',
      params: [],
    });
    for (const r of rows) {
      const n = (counts.find((c) => c.file === r.file)?.n as number) ?? 0;
      expect(r.disclosed_n).toBe(n);
      expect(r.score).toBeCloseTo(n / catalogSize, 10);
    }
    const zeroFile = goldMetrics().find((g) => g.qualifier === 'zero_stated')!.file;
    const zeroCells = rows.filter((r) => r.file === zeroFile && r.status === 'zero');
    expect(zeroCells.length).toBeGreaterThan(0);
    expect(zeroCells.every((c) => c.value === 0)).toBe(true);
  });

  it("gives the agency's previous-year score, NULL without a previous report", async () => {
    const rows = await db.run(buildDisclosureMatrixQuery({ year: 2020 }));
    const [{ n: prior }] = await db.run({
      sql: `SELECT count(*) AS n FROM metrics WHERE file = '100_hunan_2019.txt' AND metric_id IN (SELECT metric_id FROM catalog)`,
      params: [],
    });
    const hunan = rows.find((r) => r.file === HUNAN)!;
    expect(hunan.prev_score).toBeCloseTo((prior as number) / catalogSize, 10);
    const other = rows.find((r) => r.file !== HUNAN)!;
    expect(other.prev_score).toBeNull();
  });

  it('applies the peer filters with bound values', async () => {
    const d = goldDocuments().find((g) => g.file === HUNAN)!;
    const q = buildDisclosureMatrixQuery({ year: 2020, province: d.province });
    expect(q.params).toEqual([2020, d.province, 2019]);
    expect(new Set((await db.run(q)).map((r) => r.file))).toEqual(new Set([HUNAN]));
  });
});
