import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCompareQuery,
  buildPeerOptionsQuery,
  buildYearsQuery,
} from '../../src/lib/db/queries/compare.ts';
import { goldDocuments, goldMetrics } from '../helpers/gold.ts';
import { ingestToTemp, openParquetDb, type NodeDb } from '../helpers/node-duckdb.ts';

let db: NodeDb;
beforeAll(async () => {
  db = await openParquetDb(await ingestToTemp());
});
afterAll(() => db?.close());

describe('buildCompareQuery on DuckDB over the seed Parquet', () => {
  it('ranks the 2020 reports on a gold metric and lists the others as not disclosed', async () => {
    const rows = await db.run(buildCompareQuery({ metricId: 'powers.penalty', year: 2020 }));
    const reports2020 = goldDocuments().filter(
      (d) => d.report_year === '2020' && d.doc_type !== 'implementation_plan',
    );
    expect(rows).toHaveLength(reports2020.length);
    const gold = goldMetrics().find((g) => g.metric_id === 'powers.penalty')!;
    expect(rows[0]).toMatchObject({
      file: gold.file,
      value: gold.value,
      rank: 1,
      percentile: 100,
      disclosed_count: 1,
    });
    expect(rows.slice(1).every((r) => r.value === null && r.rank === null)).toBe(true);
  });

  it('binds the metric id as a parameter: a hostile id matches nothing and breaks nothing', async () => {
    const rows = await db.run(buildCompareQuery({ metricId: "x' OR 1=1 --", year: 2020 }));
    expect(rows.every((r) => r.value === null)).toBe(true);
  });

  it('applies level, province and sector filters to the peer group', async () => {
    const query = buildCompareQuery({ metricId: 'powers.penalty', year: 2020, province: '不存在的省' });
    expect(query.params).toEqual(['powers.penalty', 2020, '不存在的省']);
    expect(await db.run(query)).toEqual([]);
  });

  it('lists the years with reports, newest first', async () => {
    const years = await db.run(buildYearsQuery());
    const expected = [
      ...new Set(
        goldDocuments()
          .map((d) => d.report_year)
          .filter(Boolean)
          .map(Number),
      ),
    ]
      .sort()
      .reverse();
    expect(years.map((y) => y.year)).toEqual(expected);
  });

  it('lists filter options from the documents table', async () => {
    const options = await db.run(buildPeerOptionsQuery());
    expect(options.every((o) => ['level', 'province', 'sector'].includes(o.kind as string))).toBe(true);
  });
});
