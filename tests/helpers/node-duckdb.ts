import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, listValue, type DuckDBConnection } from '@duckdb/node-api';
import { toPlain, type PlainRow } from '../../src/lib/db/arrow-rows.ts';
import type { Query } from '../../src/lib/db/query.ts';
import { DERIVED_VIEWS } from '../../src/lib/db/views.ts';
import { parseManifest, tableFiles } from '../../src/lib/schema/manifest.ts';
import { quoteIdent, TABLE_NAMES, tableSpec } from '../../src/lib/schema/tables.ts';
import { ROOT, runScript } from './run-script.ts';

export interface NodeDb {
  conn: DuckDBConnection;
  run(query: Query): Promise<PlainRow[]>;
  close(): void;
}

/** DuckDB in Node over a directory of ingested Parquet files, with the same table and view names as the app. */
export async function openParquetDb(dir: string): Promise<NodeDb> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run('SET autoinstall_known_extensions = false');
  await conn.run('SET autoload_known_extensions = false');
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = existsSync(manifestPath)
    ? parseManifest(JSON.parse(readFileSync(manifestPath, 'utf8')))
    : null;
  for (const name of TABLE_NAMES) {
    const files = tableFiles(manifest, name).map((f) => path.join(dir, f));
    if (!files.every((f) => existsSync(f))) continue;
    const columns = tableSpec(name).columns.map((c) => `${quoteIdent(c.name)} ${c.type}`);
    await conn.run(`CREATE TABLE ${quoteIdent(name)} (${columns.join(', ')})`);
    // Year partitions of metrics carry the year only in their path: hive detection must not add it as a column.
    const insert = `INSERT INTO ${quoteIdent(name)} BY NAME SELECT * FROM read_parquet($1, hive_partitioning = false)`;
    if (files.length > 0) await conn.run(insert, [listValue(files)]);
  }
  await conn.run(`CREATE TABLE catalog AS SELECT * FROM read_csv($1, header = true, all_varchar = true)`, [
    path.join(ROOT, 'data/metric-catalog.csv'),
  ]);
  for (const view of DERIVED_VIEWS) await conn.run(`CREATE VIEW ${quoteIdent(view.name)} AS ${view.sql}`);
  const run = async (query: Query): Promise<PlainRow[]> => {
    const reader = await conn.runAndReadAll(query.sql, [...query.params]);
    return reader.getRowObjectsJS().map((row) => toPlain(row) as PlainRow);
  };
  return {
    conn,
    run,
    close: () => {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** Runs the real ingest over data/raw (or `input`) into a fresh temp directory and returns it. */
export async function ingestToTemp(
  input = path.join(ROOT, 'data/raw'),
  extraArgs: string[] = [],
): Promise<string> {
  const out = await mkdtemp(path.join(tmpdir(), 'fazhi-ingest-'));
  const result = runScript('ingest', ['--input', input, '--out', out, '--quiet', ...extraArgs]);
  if (result.status !== 0) throw new Error(`ingest failed (${result.status}):\n${result.stderr}`);
  return out;
}
