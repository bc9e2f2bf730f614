import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAgencyCandidatesQuery,
  buildAgencyDerivedQuery,
  buildAgencyMetricsQuery,
  buildAgencyReportsQuery,
  buildAgencySectionsQuery,
  buildReportTextQuery,
} from '../../src/lib/db/queries/agency.ts';
import { buildReportsIndexQuery } from '../../src/lib/db/queries/reports.ts';
import { closeTo, goldDocuments, goldMetrics } from '../helpers/gold.ts';
import { ingestToTemp, openParquetDb, type NodeDb } from '../helpers/node-duckdb.ts';
import { HUNAN, multiYearInput } from './multi-year-input.ts';

let db: NodeDb;
beforeAll(async () => {
  db = await openParquetDb(await ingestToTemp(await multiYearInput()));
});
afterAll(() => db?.close());

const hunan = () => goldDocuments().find((d) => d.file === HUNAN)!.agency;

describe('agency profile queries', () => {
  it('lists the agency reports oldest first', async () => {
    const rows = await db.run(buildAgencyReportsQuery(hunan()));
    expect(rows.map((r) => [r.file, r.report_year])).toEqual([
      ['100_hunan_2019.txt', 2019],
      [HUNAN, 2020],
    ]);
  });

  it('returns every gold value of the agency, with evidence that is exactly the text at its offsets', async () => {
    const rows = await db.run(buildAgencyMetricsQuery(hunan()));
    const [{ text }] = await db.run(buildReportTextQuery(HUNAN));
    for (const g of goldMetrics().filter((m) => m.file === HUNAN && m.required === 'yes')) {
      const row = rows.find((r) => r.file === HUNAN && r.metric_id === g.metric_id)!;
      expect(closeTo(row.value as number, g.value), g.metric_id).toBe(true);
      expect((text as string).slice(row.evidence_start as number, row.evidence_end as number)).toBe(
        row.evidence,
      );
      expect(g.evidence).toContain(row.evidence as string);
      expect(row.source).toBe('extracted');
    }
  });

  it('gives derived indicators per report with inputs or the reason they are empty', async () => {
    const rows = await db.run(buildAgencyDerivedQuery(hunan()));
    const overturn = rows.filter((r) => r.indicator_id === 'reconsideration_overturn_rate');
    expect(overturn.map((r) => [r.report_year, r.numerator, r.denominator, r.value])).toEqual([
      [2019, 1, 2, 50],
      [2020, 1, 4, 25],
    ]);
    expect(rows.filter((r) => r.value === null).every((r) => r.missing_reason !== null)).toBe(true);
  });

  it('lists losing candidates and sections of the agency reports', async () => {
    const all = await db.run({ sql: 'SELECT file, metric_id, reason FROM candidates', params: [] });
    const agencies = await db.run(buildReportsIndexQuery());
    for (const c of all) {
      const agency = agencies.find((a) => a.file === c.file)!.agency as string;
      const rows = await db.run(buildAgencyCandidatesQuery(agency));
      expect(rows).toContainEqual(
        expect.objectContaining({ file: c.file, metric_id: c.metric_id, reason: c.reason }),
      );
    }
    const sections = await db.run(buildAgencySectionsQuery(hunan()));
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.filter((s) => s.file === HUNAN).map((s) => s.ordinal)).toEqual([
      ...Array(sections.filter((s) => s.file === HUNAN).length).keys(),
    ]);
    expect(sections.every((s) => Array.isArray(s.areas))).toBe(true);
  });

  it('indexes every document under its agency name (or file when it has none)', async () => {
    const rows = await db.run(buildReportsIndexQuery());
    for (const d of goldDocuments())
      expect(rows).toContainEqual(expect.objectContaining({ file: d.file, agency: d.agency }));
  });
});
