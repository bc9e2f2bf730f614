import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOC_TYPES, LEVELS, QUALIFIERS } from '../../src/lib/schema/records.ts';
import { goldDocuments } from '../helpers/gold.ts';
import { ROOT, runScript } from '../helpers/run-script.ts';

const RAW = path.join(ROOT, 'data/raw');
const seeds = goldDocuments().map((d) => d.file);
const seedPaths = seeds.map((f) => path.join(RAW, f));

describe('extract CLI contract (--format jsonl)', () => {
  let lines: Record<string, unknown>[];
  let stdout: string;

  beforeAll(() => {
    const result = runScript('extract', ['--format', 'jsonl', ...seedPaths]);
    expect(result.status, result.stderr).toBe(0);
    stdout = result.stdout;
    lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
  });

  it('prints only JSON objects, one per line, and one document record per file in input order', () => {
    expect(stdout.endsWith('\n')).toBe(true);
    const docs = lines.filter((l) => l.record === 'document');
    expect(docs.map((d) => d.file)).toEqual(seeds);
    expect(lines.every((l) => l.record === 'document' || l.record === 'metric')).toBe(true);
  });

  it('document records carry every contract field with allowed values', () => {
    for (const doc of lines.filter((l) => l.record === 'document')) {
      for (const key of [
        'file',
        'agency',
        'level',
        'province',
        'city',
        'sector',
        'report_year',
        'doc_type',
      ]) {
        expect(doc).toHaveProperty(key);
      }
      expect(doc.level === null || (LEVELS as readonly unknown[]).includes(doc.level)).toBe(true);
      expect(DOC_TYPES as readonly unknown[]).toContain(doc.doc_type);
      expect(doc.report_year === null || Number.isInteger(doc.report_year)).toBe(true);
    }
  });

  it('metric records have evidence equal to the decoded text at [start, end)', () => {
    const metrics = lines.filter((l) => l.record === 'metric');
    expect(metrics.length).toBeGreaterThan(0);
    for (const m of metrics) {
      const text = readFileSync(path.join(RAW, m.file as string), 'utf8');
      expect(typeof m.value).toBe('number');
      expect(QUALIFIERS as readonly unknown[]).toContain(m.qualifier);
      expect(text.slice(m.start as number, m.end as number)).toBe(m.evidence);
      expect(typeof m.rule).toBe('string');
      expect(typeof m.unit).toBe('string');
    }
  });

  it('gives at most one value per file and metric', () => {
    const keys = lines.filter((l) => l.record === 'metric').map((m) => `${m.file}|${m.metric_id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('extract CLI formats and failures', () => {
  it('--format csv prints a header and one row per metric, re-parseable', () => {
    const jsonl = runScript('extract', ['--format', 'jsonl', seedPaths[0]]);
    const metricCount = jsonl.stdout
      .trim()
      .split('\n')
      .filter((l) => JSON.parse(l).record === 'metric').length;
    const csv = runScript('extract', ['--format', 'csv', seedPaths[0]]);
    expect(csv.status).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(csv.stdout.trim(), { header: true });
    expect(parsed.meta.fields).toContain('metric_id');
    expect(parsed.data).toHaveLength(metricCount);
  });

  it('--format table names the agency of each file', () => {
    const table = runScript('extract', ['--format', 'table', seedPaths[0]]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain(seeds[0]);
    expect(table.stdout).toContain('湖南省通信管理局');
  });

  it('skips an empty and a missing file with a reason on stderr, and still extracts the others', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fazhi-cli-'));
    const empty = path.join(dir, 'empty.txt');
    await writeFile(empty, '');
    const result = runScript('extract', [
      '--format',
      'jsonl',
      empty,
      path.join(dir, 'missing.txt'),
      seedPaths[0],
    ]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/empty\.txt: empty file/);
    expect(result.stderr).toMatch(/missing\.txt/);
    expect(result.stdout.trim().split('\n')[0]).toContain(seeds[0]);
    expect(runScript('extract', ['--strict', empty, seedPaths[0]]).status).toBe(1);
  });

  it('exits 1 when no file could be read and 2 on a usage error', () => {
    expect(runScript('extract', ['/nonexistent/report.txt']).status).toBe(1);
    const usage = runScript('extract', ['--format', 'xml', seedPaths[0]]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--format must be one of/);
    expect(usage.stdout).toBe('');
  });
});
