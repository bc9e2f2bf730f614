import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCoverageQuery, buildCoverageReportsQuery } from '../../src/lib/db/queries/coverage.ts';
import { OUTLINE_AREAS } from '../../src/lib/extract/outline-areas.ts';
import { goldDocuments } from '../helpers/gold.ts';
import { ingestToTemp, openParquetDb, type NodeDb } from '../helpers/node-duckdb.ts';

let db: NodeDb;
beforeAll(async () => {
  db = await openParquetDb(await ingestToTemp());
});
afterAll(() => db?.close());

/** Length of the union of [start, end) ranges: the oracle for the SQL's gaps-and-islands. */
function unionLength(ranges: [number, number][]): number {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

describe('buildCoverageQuery', () => {
  it('counts the characters each report gives each Outline area once, nested sections included', async () => {
    const sections = await db.run({
      sql: 'SELECT file, areas, section_start, section_end FROM sections',
      params: [],
    });
    for (const year of [2020, 2021]) {
      const rows = await db.run(buildCoverageQuery({ year }));
      const reports = goldDocuments().filter(
        (d) => Number(d.report_year) === year && d.doc_type !== 'implementation_plan',
      );
      expect(new Set(rows.map((r) => r.file))).toEqual(
        new Set(
          reports
            .filter((d) => sections.some((s) => s.file === d.file && (s.areas as string[]).length > 0))
            .map((d) => d.file),
        ),
      );
      for (const r of rows) {
        const tagged = sections.filter(
          (s) => s.file === r.file && (s.areas as string[]).includes(r.area as string),
        );
        expect(r.chars, `${r.file} ${r.area}`).toBe(
          unionLength(tagged.map((s) => [s.section_start as number, s.section_end as number])),
        );
        expect(r.sections).toBe(tagged.length);
        expect(r.first_start).toBe(Math.min(...tagged.map((s) => s.section_start as number)));
        expect(r.share as number).toBeLessThanOrEqual(1);
      }
    }
  });

  it('uses the area ids of the Outline list', async () => {
    const ids = new Set(OUTLINE_AREAS.map((a) => a.id));
    const rows = await db.run(buildCoverageQuery({ year: 2021 }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => ids.has(r.area as string))).toBe(true);
  });

  it('lists the reports of the year as matrix rows, filters bound', async () => {
    const rows = await db.run(buildCoverageReportsQuery({ year: 2021, level: 'municipal' }));
    expect(new Set(rows.map((r) => r.file))).toEqual(
      new Set(
        goldDocuments()
          .filter((d) => d.report_year === '2021' && d.level === 'municipal')
          .map((d) => d.file),
      ),
    );
    expect(rows.map((r) => r.agency)).toEqual(rows.map((r) => r.agency).sort());
  });
});
