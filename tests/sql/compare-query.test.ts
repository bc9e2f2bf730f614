import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCompareQuery,
  buildMetricCountsQuery,
  buildPeerOptionsQuery,
  buildYearsQuery,
} from '../../src/lib/db/queries/compare.ts';
import { closeTo, goldDocuments, goldMetrics } from '../helpers/gold.ts';
import { ingestToTemp, openParquetDb, type NodeDb } from '../helpers/node-duckdb.ts';
import { ROOT } from '../helpers/run-script.ts';

let db: NodeDb;
beforeAll(async () => {
  db = await openParquetDb(await ingestToTemp());
});
afterAll(() => db?.close());

const yearOf = (file: string) => Number(goldDocuments().find((d) => d.file === file)!.report_year);
const reportsOf = (year: number) =>
  goldDocuments().filter((d) => Number(d.report_year) === year && d.doc_type !== 'implementation_plan');

describe('buildCompareQuery on DuckDB over the seed Parquet', () => {
  it('returns every required gold value for its report, with its qualifier', async () => {
    for (const g of goldMetrics().filter((m) => m.required === 'yes')) {
      const rows = await db.run(buildCompareQuery({ metricId: g.metric_id, year: yearOf(g.file) }));
      const row = rows.find((r) => r.file === g.file);
      expect(row, `${g.file} ${g.metric_id}`).toBeDefined();
      expect(closeTo(row!.value as number, g.value), `${g.metric_id}: ${row!.value} vs ${g.value}`).toBe(
        true,
      );
      expect(row!.qualifier).toBe(g.qualifier);
    }
  });

  it('has one row per report of the year, ranks disclosing reports and computes percentile, median and mean', async () => {
    const year = 2021;
    const metric = 'online.available_rate';
    const gold = goldMetrics().filter((g) => g.metric_id === metric && yearOf(g.file) === year);
    const rows = await db.run(buildCompareQuery({ metricId: metric, year }));
    expect(rows).toHaveLength(reportsOf(year).length);
    const values = gold.map((g) => g.value).sort((a, b) => b - a);
    const disclosed = rows.filter((r) => r.value !== null);
    expect(disclosed.map((r) => r.value)).toEqual(values);
    for (const r of disclosed) {
      const v = r.value as number;
      expect(r.rank).toBe(1 + values.filter((x) => x > v).length);
      expect(r.percentile).toBe(Math.round((100 * values.filter((x) => x <= v).length) / values.length));
      expect(r.disclosed_count).toBe(values.length);
    }
    const sorted = [...values].sort((a, b) => a - b);
    const median =
      sorted.length % 2
        ? sorted[(sorted.length - 1) / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    expect(closeTo(rows[0].peer_median as number, median)).toBe(true);
    expect(closeTo(rows[0].peer_mean as number, values.reduce((a, b) => a + b, 0) / values.length)).toBe(
      true,
    );
  });

  it('keeps a stated zero as the value 0 (ranked), not as undisclosed', async () => {
    const zero = goldMetrics().find((g) => g.qualifier === 'zero_stated')!;
    const rows = await db.run(buildCompareQuery({ metricId: zero.metric_id, year: yearOf(zero.file) }));
    const row = rows.find((r) => r.file === zero.file)!;
    expect(row).toMatchObject({ value: 0, qualifier: 'zero_stated' });
    expect(row.rank).not.toBeNull();
  });

  it('compares derived indicators: 纠错率 from the gold inputs, and says why others have none', async () => {
    const inputs = goldMetrics().filter((g) => g.metric_id.startsWith('cases.reconsideration'));
    const file = inputs.find((g) => g.metric_id === 'cases.reconsideration.overturned')!.file;
    const num = inputs.find(
      (g) => g.file === file && g.metric_id === 'cases.reconsideration.overturned',
    )!.value;
    const den = inputs.find((g) => g.file === file && g.metric_id === 'cases.reconsideration')!.value;
    const rows = await db.run(
      buildCompareQuery({ metricId: 'reconsideration_overturn_rate', year: yearOf(file) }),
    );
    expect(rows.find((r) => r.file === file)).toMatchObject({
      value: (100 * num) / den,
      unit: 'percent',
      numerator: num,
      denominator: den,
      rank: 1,
    });
    const others = rows.filter((r) => r.file !== file);
    expect(others.every((r) => r.value === null && typeof r.missing_reason === 'string')).toBe(true);
  });

  it('binds the metric id as a parameter: a hostile id matches nothing and breaks nothing', async () => {
    const rows = await db.run(buildCompareQuery({ metricId: "x' OR 1=1 --", year: 2020 }));
    expect(rows.every((r) => r.value === null)).toBe(true);
  });

  it('applies level, province and sector filters to the peer group', async () => {
    const g = goldDocuments().find((d) => d.file === goldMetrics()[0].file)!;
    const rows = await db.run(
      buildCompareQuery({
        metricId: 'powers.penalty',
        year: Number(g.report_year),
        province: g.province,
        level: g.level,
      }),
    );
    expect(rows.map((r) => r.file)).toEqual(
      reportsOf(Number(g.report_year))
        .filter((d) => d.province === g.province && d.level === g.level)
        .map((d) => d.file),
    );
    const none = buildCompareQuery({ metricId: 'powers.penalty', year: 2020, province: '不存在的省' });
    expect(none.params).toEqual([2020, '不存在的省', 'powers.penalty']);
    expect(await db.run(none)).toEqual([]);
  });

  it('counts the reports disclosing each metric in a year', async () => {
    const counts = await db.run(buildMetricCountsQuery({ year: 2021 }));
    const gold = goldMetrics().filter((g) => yearOf(g.file) === 2021 && g.required === 'yes');
    for (const id of new Set(gold.map((g) => g.metric_id))) {
      const n = counts.find((c) => c.metric_id === id)?.disclosed as number;
      expect(n, id).toBeGreaterThanOrEqual(gold.filter((g) => g.metric_id === id).length);
    }
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
    for (const d of goldDocuments()) {
      expect(options).toContainEqual({ kind: 'level', value: d.level });
      if (d.province) expect(options).toContainEqual({ kind: 'province', value: d.province });
    }
  });
});

describe('an agency with two documents for one year', () => {
  it('is one peer: its longer annual report is the report of record', async () => {
    const input = await mkdtemp(path.join(tmpdir(), 'fazhi-dup-'));
    const hunan = goldMetrics().find((g) => g.metric_id === 'powers.penalty')!.file;
    const text = await readFile(path.join(ROOT, 'data/raw', hunan), 'utf8');
    await writeFile(path.join(input, hunan), text);
    // A shorter second document of the same agency and year with a different figure.
    const short = text.slice(0, text.indexOf('3.提高行政复议')).replace('行政处罚32项', '行政处罚40项');
    await writeFile(path.join(input, 'zz_hunan_digest.txt'), short);
    const dup = await openParquetDb(await ingestToTemp(input));
    const docs = await dup.run({ sql: 'SELECT agency, report_year FROM documents', params: [] });
    expect(docs).toHaveLength(2);
    expect(new Set(docs.map((d) => `${d.agency}|${d.report_year}`)).size).toBe(1);
    const rows = await dup.run(buildCompareQuery({ metricId: 'powers.penalty', year: 2020 }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ file: hunan, value: 32 });
    dup.close();
  });
});
