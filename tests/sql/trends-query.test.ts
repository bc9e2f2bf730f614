import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTrendsDefaultAgenciesQuery, buildTrendsQuery } from '../../src/lib/db/queries/trends.ts';
import { goldDocuments, goldMetrics } from '../helpers/gold.ts';
import { ingestToTemp, openParquetDb, type NodeDb } from '../helpers/node-duckdb.ts';
import { HUNAN, TIBET, multiYearInput } from './multi-year-input.ts';

let db: NodeDb;
beforeAll(async () => {
  db = await openParquetDb(await ingestToTemp(await multiYearInput()));
});
afterAll(() => db?.close());

const agencyOf = (file: string) => goldDocuments().find((d) => d.file === file)!.agency;
const gold = (file: string, id: string) => goldMetrics().find((g) => g.file === file && g.metric_id === id)!;

describe('buildTrendsQuery on seeds plus a rewritten prior-year report', () => {
  it('gives one row per report and the change since the previous report', async () => {
    const hunan = agencyOf(HUNAN);
    const rows = await db.run(buildTrendsQuery({ metricId: 'cases.reconsideration', agencies: [hunan] }));
    const current = gold(HUNAN, 'cases.reconsideration').value;
    // The fixture's 2019 report states 2 cases.
    expect(rows.map((r) => [r.year, r.value])).toEqual([
      [2019, 2],
      [2020, current],
    ]);
    expect(rows[1]).toMatchObject({
      prev_year: 2019,
      prev_value: 2,
      change: current - 2,
      change_pct: (100 * (current - 2)) / 2,
      change_approximate: false,
    });
    expect(rows[0].change).toBeNull();
  });

  it('works for derived indicators and flags changes involving approximate values', async () => {
    const hunan = agencyOf(HUNAN);
    const rate = await db.run(
      buildTrendsQuery({ metricId: 'reconsideration_overturn_rate', agencies: [hunan] }),
    );
    const overturned = gold(HUNAN, 'cases.reconsideration.overturned').value;
    const cases = gold(HUNAN, 'cases.reconsideration').value;
    expect(rate.map((r) => r.value)).toEqual([50, (100 * overturned) / cases]);
    const tibet = agencyOf(TIBET);
    const opinions = await db.run(
      buildTrendsQuery({ metricId: 'advisor.opinions', agencies: [tibet, hunan] }),
    );
    const t = opinions.filter((r) => r.agency === tibet);
    expect(t.map((r) => r.qualifier)).toEqual([gold(TIBET, 'advisor.opinions').qualifier, 'exact']);
    expect(t[1]).toMatchObject({
      change: 120 - gold(TIBET, 'advisor.opinions').value,
      change_approximate: true,
    });
    expect(opinions.filter((r) => r.agency === hunan).every((r) => r.value === null)).toBe(true);
  });

  it('binds each agency; an empty choice returns nothing', async () => {
    const q = buildTrendsQuery({ metricId: 'cases.reconsideration', agencies: ["x' OR 1=1 --", 'y'] });
    expect(q.params).toEqual(['cases.reconsideration', "x' OR 1=1 --", 'y']);
    expect(await db.run(q)).toEqual([]);
    expect(await db.run(buildTrendsQuery({ metricId: 'cases.reconsideration', agencies: [] }))).toEqual([]);
  });

  it('defaults to the agencies with the most years disclosed', async () => {
    const rows = await db.run(
      buildTrendsDefaultAgenciesQuery({ metricId: 'cases.reconsideration', limit: 5 }),
    );
    expect(rows[0]).toMatchObject({ agency: agencyOf(HUNAN), years: 2 });
    const disclosing = new Set(
      goldMetrics()
        .filter((g) => g.metric_id === 'cases.reconsideration')
        .map((g) => agencyOf(g.file)),
    );
    expect(new Set(rows.map((r) => r.agency))).toEqual(disclosing);
  });
});
