import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance, dateValue, type DuckDBAppender } from '@duckdb/node-api';
import { quoteIdent, tableSpec, type ColumnSpec, type TableName } from '../schema/tables.ts';

export type CellValue = string | number | null | readonly string[];
export type TableRow = Record<string, CellValue>;

export interface WrittenTable {
  table: TableName;
  file: string;
  rows: number;
  bytes: number;
}

// COPY cannot take its target as a bound parameter; the path is ours (never user input) and quoted here.
function sqlStringLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

const MS_PER_DAY = 86_400_000;
// Lists are staged as one separated string and split by DuckDB while copying: appending list values from JS
// one by one is about 5× slower.
const LIST_SEPARATOR = '\u001f';

function stagingColumnsSql(table: TableName): string {
  return tableSpec(table)
    .columns.map(
      (c) =>
        `${quoteIdent(c.name)} ${c.type === 'VARCHAR[]' ? 'VARCHAR' : c.type}${c.nullable ? '' : ' NOT NULL'}`,
    )
    .join(', ');
}

function selectListSql(table: TableName): string {
  return tableSpec(table)
    .columns.map((c) =>
      c.type === 'VARCHAR[]'
        ? `CASE WHEN ${quoteIdent(c.name)} = '' THEN []::VARCHAR[] ELSE string_split(${quoteIdent(c.name)}, chr(31)) END AS ${quoteIdent(c.name)}`
        : quoteIdent(c.name),
    )
    .join(', ');
}

function appendCell(appender: DuckDBAppender, column: ColumnSpec, value: CellValue | undefined): void {
  if (value === null || value === undefined) {
    if (!column.nullable) throw new Error(`column ${column.name} is NOT NULL but got ${String(value)}`);
    appender.appendNull();
    return;
  }
  switch (column.type) {
    case 'VARCHAR':
      appender.appendVarchar(String(value));
      return;
    case 'INTEGER':
      appender.appendInteger(Number(value));
      return;
    case 'DOUBLE':
      appender.appendDouble(Number(value));
      return;
    case 'DATE':
      appender.appendDate(dateValue(Math.round(Date.parse(`${String(value)}T00:00:00Z`) / MS_PER_DAY)));
      return;
    case 'VARCHAR[]':
      appender.appendVarchar((value as readonly string[]).join(LIST_SEPARATOR));
      return;
  }
}

/**
 * Writes each table to `<outDir>/<table>.parquet` (ZSTD) through a temp file and a rename, so a reader never
 * sees a half-written file. All temp files are written before any is renamed.
 */
export async function writeTablesToParquet(
  outDir: string,
  tables: Partial<Record<TableName, TableRow[]>>,
): Promise<WrittenTable[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const staged: { table: TableName; tmp: string; final: string; rows: number }[] = [];
  try {
    for (const [table, rows] of Object.entries(tables) as [TableName, TableRow[]][]) {
      const spec = tableSpec(table);
      await connection.run(`CREATE TABLE ${quoteIdent(table)} (${stagingColumnsSql(table)})`);
      const appender = await connection.createAppender(table);
      for (const [i, row] of rows.entries()) {
        try {
          for (const column of spec.columns) appendCell(appender, column, row[column.name]);
          appender.endRow();
        } catch (err) {
          throw new Error(`${table} row ${i}: ${err instanceof Error ? err.message : String(err)}`, {
            cause: err,
          });
        }
      }
      appender.closeSync();
      const final = path.join(outDir, spec.file);
      const tmp = `${final}.${process.pid}.tmp`;
      const order = spec.orderBy.map(quoteIdent).join(', ');
      await connection.run(
        `COPY (SELECT ${selectListSql(table)} FROM ${quoteIdent(table)} ORDER BY ${order}) TO ${sqlStringLiteral(tmp)} ` +
          `(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)`,
      );
      staged.push({ table, tmp, final, rows: rows.length });
    }
    const written: WrittenTable[] = [];
    for (const s of staged) {
      await rename(s.tmp, s.final);
      written.push({
        table: s.table,
        file: path.basename(s.final),
        rows: s.rows,
        bytes: (await stat(s.final)).size,
      });
    }
    return written;
  } finally {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
    connection.closeSync();
    instance.closeSync();
  }
}
