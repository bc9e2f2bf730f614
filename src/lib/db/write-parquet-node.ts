import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance, dateValue, type DuckDBAppender } from '@duckdb/node-api';
import { quoteIdent, tableSpec, type ColumnSpec, type TableName } from '../schema/tables.ts';

export type CellValue = string | number | null | readonly string[];
export type TableRow = Record<string, CellValue>;

export interface WrittenTable {
  table: TableName;
  /** Paths relative to the output directory. */
  files: string[];
  rows: number;
  bytes: number;
  partitionedBy?: string;
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

export interface WriteOptions {
  /** Tables written as one file per report year (`<table>/report_year=YYYY/data_0.parquet`), for large sets. */
  partitionByYear?: readonly TableName[];
}

const PARQUET_OPTIONS = 'FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000';

// A metrics row has no year of its own; partitions take it from the row's document.
function yearSource(table: TableName): string {
  return table === 'documents'
    ? 'SELECT * FROM documents'
    : `SELECT t.*, d.report_year FROM ${quoteIdent(table)} t LEFT JOIN documents d USING (file)`;
}

async function listFiles(dir: string, prefix: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      path.posix.join(prefix, path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
    )
    .sort();
}

/**
 * Writes each table as ZSTD Parquet under `outDir` (`<table>.parquet`, or year partitions) through temp files
 * and renames, so a reader never sees a half-written file; all temp output is written before anything is renamed.
 */
export async function writeTablesToParquet(
  outDir: string,
  tables: Partial<Record<TableName, TableRow[]>>,
  options: WriteOptions = {},
): Promise<WrittenTable[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const staged: { table: TableName; tmp: string; final: string; rows: number; partitioned: boolean }[] = [];
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
    }
    for (const [table, rows] of Object.entries(tables) as [TableName, TableRow[]][]) {
      const spec = tableSpec(table);
      const order = spec.orderBy.map(quoteIdent).join(', ');
      const partitioned = options.partitionByYear?.includes(table) ?? false;
      const final = partitioned ? path.join(outDir, table) : path.join(outDir, spec.file);
      const tmp = `${final}.${process.pid}.tmp`;
      const select = `SELECT ${selectListSql(table)}${partitioned && table !== 'documents' ? ', report_year' : ''}`;
      const source = partitioned ? `(${yearSource(table)})` : quoteIdent(table);
      const copyOptions = partitioned
        ? `${PARQUET_OPTIONS}, PARTITION_BY (report_year)${table === 'documents' ? ', WRITE_PARTITION_COLUMNS true' : ''}`
        : PARQUET_OPTIONS;
      await connection.run(
        `COPY (${select} FROM ${source} ORDER BY ${order}) TO ${sqlStringLiteral(tmp)} (${copyOptions})`,
      );
      staged.push({ table, tmp, final, rows: rows.length, partitioned });
    }
    const written: WrittenTable[] = [];
    for (const s of staged) {
      const single = path.join(outDir, tableSpec(s.table).file);
      const dir = path.join(outDir, s.table);
      // The other layout of a previous run goes, so the directory holds one generation of each table.
      await rm(s.partitioned ? single : dir, { recursive: true, force: true });
      if (s.partitioned) await rm(dir, { recursive: true, force: true });
      if (s.partitioned && !existsSync(s.tmp)) await mkdir(s.tmp); // no rows: DuckDB writes no partition
      await rename(s.tmp, s.final);
      const files = s.partitioned ? await listFiles(s.final, s.table) : [path.basename(s.final)];
      const sizes = await Promise.all(files.map((f) => stat(path.join(outDir, f))));
      written.push({
        table: s.table,
        files,
        rows: s.rows,
        bytes: sizes.reduce((n, st) => n + st.size, 0),
        ...(s.partitioned ? { partitionedBy: 'report_year' } : {}),
      });
    }
    return written;
  } finally {
    await Promise.all(staged.map((s) => rm(s.tmp, { recursive: true, force: true })));
    connection.closeSync();
    instance.closeSync();
  }
}
