import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../src/lib/db/console/examples.ts';
import { splitStatements } from '../../src/lib/db/console/split-statements.ts';
import { openParquetDb, type NodeDb } from '../helpers/node-duckdb.ts';
import { ROOT } from '../helpers/run-script.ts';

let db: NodeDb;

beforeAll(async () => {
  db = await openParquetDb(path.join(ROOT, 'public/data'));
});
afterAll(() => db?.close());

describe('console example queries on the seed data', () => {
  it.each(EXAMPLE_QUERIES.map((e) => [e.id, e] as const))(
    '%s runs and returns rows',
    async (_id, example) => {
      const statements = splitStatements(example.sql);
      expect(statements).toHaveLength(1);
      const rows = await db.run({ sql: statements[0].text, params: [] });
      expect(rows.length).toBeGreaterThan(0);
    },
  );

  it('the 2021 ratio by level only counts 2021 reports', async () => {
    const example = EXAMPLE_QUERIES.find((e) => e.id === 'reconsideration_per_power_2021');
    const rows = await db.run({ sql: splitStatements(example?.sql ?? '')[0].text, params: [] });
    const [{ n }] = await db.run({
      sql: `SELECT count(*)::INT AS n FROM documents WHERE report_year = 2021`,
      params: [],
    });
    expect(rows.reduce((sum, r) => sum + Number(r.reports), 0)).toBeLessThanOrEqual(Number(n));
  });
});
