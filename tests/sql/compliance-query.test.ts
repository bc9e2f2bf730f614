import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComplianceQuery } from '../../src/lib/db/queries/compliance.ts';
import { goldDocuments, goldParts } from '../helpers/gold.ts';
import { ingestToTemp, openParquetDb, type NodeDb } from '../helpers/node-duckdb.ts';

let db: NodeDb;
beforeAll(async () => {
  db = await openParquetDb(await ingestToTemp());
});
afterAll(() => db?.close());

const DEFAULTS = { dueDept: '03-01', dueGov: '04-01' };
const yearOf = (file: string) => Number(goldDocuments().find((d) => d.file === file)!.report_year);
const dayDiff = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000);

describe('buildComplianceQuery', () => {
  it('reports the five mandated parts as in the gold file, with the heading that carries them', async () => {
    const reports = goldDocuments().filter((d) => d.doc_type === 'annual_report');
    for (const d of reports) {
      const rows = (await db.run(buildComplianceQuery({ year: yearOf(d.file), ...DEFAULTS }))).filter(
        (r) => r.file === d.file,
      );
      for (const g of goldParts().filter((p) => p.file === d.file)) {
        const row = rows.find((r) => r.part === g.part)!;
        expect(row.present, `${d.file} ${g.part}`).toBe(g.present);
        if (g.present === 'section' || g.present === 'subsection') expect(row.heading).toBe(g.evidence);
      }
    }
  });

  it("compares the report date with the deadline of the year after, and the user's deadline moves it", async () => {
    const dated = await db.run({
      sql: `SELECT file, report_year, CAST(report_date AS VARCHAR) AS report_date FROM documents
        WHERE report_date IS NOT NULL AND report_year IS NOT NULL`,
      params: [],
    });
    expect(dated.length).toBeGreaterThan(0);
    for (const d of dated) {
      const year = d.report_year as number;
      const rows = await db.run(buildComplianceQuery({ year, ...DEFAULTS }));
      const row = rows.find((r) => r.file === d.file)!;
      const deadline = row.is_government ? `${year + 1}-04-01` : `${year + 1}-03-01`;
      expect(row.deadline).toBe(deadline);
      expect(row.days_late).toBe(dayDiff(d.report_date as string, deadline));
      const early = await db.run(buildComplianceQuery({ year, dueDept: '01-02', dueGov: '01-02' }));
      expect(early.find((r) => r.file === d.file)!.days_late).toBe(
        dayDiff(d.report_date as string, `${year + 1}-01-02`),
      );
    }
    const undated = await db.run(buildComplianceQuery({ year: 2020, ...DEFAULTS }));
    for (const r of undated.filter((r) => r.report_date === null)) expect(r.days_late).toBeNull();
  });

  it('moves a 02-29 deadline to 03-01 in a year without one', async () => {
    const rows = await db.run(buildComplianceQuery({ year: 2020, dueDept: '02-29', dueGov: '02-29' }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.deadline === '2021-03-01')).toBe(true);
  });

  it('binds the deadline parts and refuses malformed deadlines', () => {
    const q = buildComplianceQuery({ year: 2021, dueDept: '02-15', dueGov: '03-31', sector: '人民政府' });
    expect(q.params).toEqual([2021, '人民政府', 3, 31, 2, 15]);
    expect(() => buildComplianceQuery({ year: 2021, dueDept: "03-01'", dueGov: '04-01' })).toThrow(/MM-DD/);
  });
});
