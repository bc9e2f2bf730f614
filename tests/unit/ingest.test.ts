import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES, tableSpec } from '../../src/lib/schema/tables.ts';
import { closeTo, goldDocuments, goldMetrics } from '../helpers/gold.ts';
import { ingestToTemp, openParquetDb, type NodeDb } from '../helpers/node-duckdb.ts';
import { ROOT, runScript } from '../helpers/run-script.ts';

const RAW = path.join(ROOT, 'data/raw');

describe('ingest of the seeds, read back with DuckDB', () => {
  let dir: string;
  let db: NodeDb;

  beforeAll(async () => {
    dir = await ingestToTemp();
    db = await openParquetDb(dir);
  });
  afterAll(() => db?.close());

  it('writes every table with the row counts its manifest states', async () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    for (const name of TABLE_NAMES) {
      const [{ n }] = await db.run({ sql: `SELECT count(*) AS n FROM ${name}`, params: [] });
      expect(n, name).toBe(manifest.tables[name].rows);
    }
    expect(manifest.reports).toBe(goldDocuments().length);
  });

  it('has one documents row per seed and the gold metadata for year and type', async () => {
    const rows = await db.run({
      sql: 'SELECT file, report_year, doc_type FROM documents ORDER BY file',
      params: [],
    });
    const gold = goldDocuments();
    expect(rows.map((r) => r.file)).toEqual(gold.map((g) => g.file).sort());
    for (const g of gold) {
      const row = rows.find((r) => r.file === g.file)!;
      expect(row.doc_type, g.file).toBe(g.doc_type);
      expect(row.report_year, g.file).toBe(g.report_year ? Number(g.report_year) : null);
    }
  });

  it('stores every required gold value in metrics.parquet with its qualifier', async () => {
    const rows = await db.run({ sql: 'SELECT file, metric_id, value, qualifier FROM metrics', params: [] });
    for (const g of goldMetrics().filter((m) => m.required === 'yes')) {
      const hit = rows.find((r) => r.file === g.file && r.metric_id === g.metric_id);
      expect(hit, `${g.file} ${g.metric_id}`).toBeDefined();
      expect(closeTo(hit!.value as number, g.value), `${g.file} ${g.metric_id}=${hit!.value}`).toBe(true);
      expect(hit!.qualifier).toBe(g.qualifier);
    }
  });

  it('keeps evidence offsets that point into the stored text', async () => {
    const rows = await db.run({
      sql: `SELECT m.evidence, substr(t.text, m.evidence_start + 1, m.evidence_end - m.evidence_start) AS slice
        FROM metrics m JOIN texts t USING (file) WHERE m.evidence IS NOT NULL`,
      params: [],
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.slice).toBe(r.evidence);
  });

  it('yields no metrics for the implementation plan', async () => {
    const rows = await db.run({
      sql: `SELECT count(*) AS n FROM metrics JOIN documents USING (file) WHERE doc_type = 'implementation_plan'`,
      params: [],
    });
    expect(rows[0].n).toBe(0);
  });

  it('is idempotent: a second run writes byte-identical Parquet', async () => {
    const again = await ingestToTemp();
    for (const name of TABLE_NAMES) {
      const file = tableSpec(name).file;
      expect(await readFile(path.join(again, file)), file).toEqual(await readFile(path.join(dir, file)));
    }
  });
});

describe('ingest with bad input', () => {
  it('skips an empty and a binary file with their reasons, ingests the rest, and fails only with --strict', async () => {
    const input = await mkdtemp(path.join(tmpdir(), 'fazhi-raw-'));
    await copyFile(path.join(RAW, goldDocuments()[0].file), path.join(input, goldDocuments()[0].file));
    await writeFile(path.join(input, 'empty.txt'), '');
    await writeFile(
      path.join(input, 'image.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]),
    );
    const out = await mkdtemp(path.join(tmpdir(), 'fazhi-out-'));
    const result = runScript('ingest', ['--input', input, '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/empty\.txt.*empty file/);
    expect(result.stderr).toMatch(/image\.txt.*binary/);
    expect(result.stdout).toMatch(/ingest: 1\/3 files/);
    const db = await openParquetDb(out);
    expect((await db.run({ sql: 'SELECT count(*) AS n FROM documents', params: [] }))[0].n).toBe(1);
    db.close();
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.skipped.map((s: { file: string }) => s.file)).toEqual(['empty.txt', 'image.txt']);
    expect(runScript('ingest', ['--input', input, '--out', out, '--strict']).status).toBe(1);
  });

  it('exits non-zero and writes nothing when no file can be ingested', async () => {
    const input = await mkdtemp(path.join(tmpdir(), 'fazhi-raw-'));
    await writeFile(path.join(input, 'empty.txt'), '');
    const out = await mkdtemp(path.join(tmpdir(), 'fazhi-out-'));
    const result = runScript('ingest', ['--input', input, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/none of the 1 files could be ingested/);
  });
});

describe('ingest with reviewer overrides', () => {
  const file = goldDocuments()[0].file;

  it('replaces an extracted value, keeps the original as a candidate, and adds a missing one', async () => {
    const overrides = path.join(await mkdtemp(path.join(tmpdir(), 'fazhi-ovr-')), 'overrides.csv');
    await writeFile(
      overrides,
      `file,metric_id,value,qualifier,note,reviewer\n` +
        `${file},powers.penalty,33,exact,recounted from the published list,张三\n` +
        `${file},staff.enforcement_certified,12,approx_lower,from the 2020 roster,李四\n`,
    );
    const dir = await ingestToTemp(RAW, ['--overrides', overrides]);
    const db = await openParquetDb(dir);
    const metrics = await db.run({
      sql: `SELECT metric_id, value, qualifier, source, reviewer FROM metrics WHERE file = ? ORDER BY metric_id`,
      params: [file],
    });
    expect(metrics.find((m) => m.metric_id === 'powers.penalty')).toMatchObject({
      value: 33,
      source: 'override',
      reviewer: '张三',
    });
    expect(metrics.find((m) => m.metric_id === 'staff.enforcement_certified')).toMatchObject({
      value: 12,
      qualifier: 'approx_lower',
      source: 'override',
    });
    const kept = await db.run({
      sql: `SELECT value, reason FROM candidates WHERE file = ? AND metric_id = 'powers.penalty'`,
      params: [file],
    });
    expect(kept).toEqual([{ value: 32, reason: 'replaced by override (overrides.csv line 2)' }]);
    db.close();
  });

  it('fails naming the line when an override names an unknown metric or file', async () => {
    const overrides = path.join(await mkdtemp(path.join(tmpdir(), 'fazhi-ovr-')), 'overrides.csv');
    await writeFile(
      overrides,
      `file,metric_id,value,qualifier,note,reviewer\n${file},cases.unknown,3,exact,,\n`,
    );
    const bad = runScript('ingest', [
      '--out',
      await mkdtemp(path.join(tmpdir(), 'o-')),
      '--overrides',
      overrides,
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/overrides\.csv: line 2: unknown metric_id "cases\.unknown"/);
    await writeFile(
      overrides,
      `file,metric_id,value,qualifier,note,reviewer\nnope.txt,powers.total,3,exact,,\n`,
    );
    const badFile = runScript('ingest', [
      '--out',
      await mkdtemp(path.join(tmpdir(), 'o-')),
      '--overrides',
      overrides,
    ]);
    expect(badFile.stderr).toMatch(/line 2: unknown file "nope\.txt"/);
  });
});

describe('ingest --partition-by-year', () => {
  it('writes documents and metrics as year partitions with the same rows as single files, reproducibly', async () => {
    const single = await openParquetDb(await ingestToTemp());
    const dir = await ingestToTemp(RAW, ['--partition-by-year']);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.tables.metrics.partitionedBy).toBe('report_year');
    expect(manifest.tables.metrics.files).toContain('metrics/report_year=2020/data_0.parquet');
    expect(manifest.tables.sections.files).toEqual(['sections.parquet']);
    const partitioned = await openParquetDb(dir);
    for (const name of TABLE_NAMES) {
      const order = tableSpec(name).orderBy.join(', ');
      const query = { sql: `SELECT * FROM ${name} ORDER BY ${order}`, params: [] };
      const rows = await partitioned.run(query);
      expect(rows.length, name).toBe(manifest.tables[name].rows);
      expect(rows, name).toEqual(await single.run(query));
    }
    const again = await ingestToTemp(RAW, ['--partition-by-year']);
    for (const file of manifest.tables.metrics.files) {
      expect(await readFile(path.join(again, file)), file).toEqual(await readFile(path.join(dir, file)));
    }
    single.close();
    partitioned.close();
  });
});
