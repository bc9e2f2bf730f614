import { buildTableRows, type IngestedReport } from '../ingest/build-rows.ts';
import { quoteIdent, TABLE_NAMES } from '../schema/tables.ts';
import { CATALOG, getAppDb } from './app-db.ts';
import { QueryError } from './query.ts';
import { rowsToArrow } from './rows-to-arrow.ts';

const UNITS = new Map(CATALOG.map((m) => [m.metric_id, m.unit]));

/**
 * Adds a report extracted in the browser to the dashboard's tables for this session, in one transaction;
 * a report with the same file name is replaced. Returns whether one was replaced.
 */
export async function addReportToSession(report: IngestedReport): Promise<{ replaced: boolean }> {
  const { tables, conn: pending } = getAppDb();
  // Every column of every table first, so no later view reloads a table from Parquet over the added rows.
  await tables.ensure(TABLE_NAMES.map((table) => ({ table })));
  const conn = await pending;
  const rows = buildTableRows([report], [], (id) => UNITS.get(id) ?? '');
  const exists = await conn.prepare('SELECT count(*)::INTEGER AS n FROM documents WHERE file = ?');
  const replaced = Number((await exists.query(report.file)).getChild('n')?.get(0) ?? 0) > 0;
  await exists.close();
  let step = 'BEGIN TRANSACTION';
  try {
    await conn.query(step);
    for (const table of TABLE_NAMES) {
      const staged = `__session_${table}`;
      step = `DELETE FROM ${quoteIdent(table)} WHERE file = ?`;
      const remove = await conn.prepare(step);
      await remove.query(report.file);
      await remove.close();
      if (rows[table].length === 0) continue;
      step = `insert into ${staged}`;
      await conn.insertArrowTable(rowsToArrow(table, rows[table]), { name: staged, create: true });
      step = `INSERT INTO ${quoteIdent(table)} SELECT * FROM ${quoteIdent(staged)}`;
      await conn.query(step);
      await conn.query(`DROP TABLE ${quoteIdent(staged)}`);
    }
    await conn.query('COMMIT');
  } catch (err) {
    await conn.query('ROLLBACK').catch(() => undefined);
    throw new QueryError(err, { sql: step, params: [report.file] });
  }
  return { replaced };
}
