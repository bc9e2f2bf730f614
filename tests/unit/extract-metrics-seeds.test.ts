import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/lib/extract/index.ts';

const RAW = path.resolve(import.meta.dirname, '../../data/raw');
const GOLD = path.resolve(import.meta.dirname, '../gold/seeds-metrics.csv');

interface GoldRow {
  file: string;
  metric_id: string;
  value: string;
  qualifier: string;
  required: string;
  evidence: string;
}

const gold = Papa.parse<GoldRow>(readFileSync(GOLD, 'utf8'), { header: true, skipEmptyLines: true }).data;
const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 0.005);

describe('seed reports against tests/gold/seeds-metrics.csv', () => {
  for (const file of readdirSync(RAW).filter((f) => f.endsWith('.txt'))) {
    it(file, () => {
      const text = readFileSync(path.join(RAW, file), 'utf8');
      const { metrics } = extractReport(text, file);
      const rows = gold.filter((g) => g.file === file);
      for (const row of rows.filter((g) => g.required === 'yes')) {
        const found = metrics.find((m) => m.metric_id === row.metric_id && close(m.value, Number(row.value)));
        expect(found, `${row.metric_id}=${row.value} (${row.evidence})`).toBeDefined();
        expect(found?.qualifier, row.metric_id).toBe(row.qualifier);
      }
      for (const m of metrics) {
        expect(
          rows.some((g) => g.metric_id === m.metric_id && close(m.value, Number(g.value))),
          `unexpected ${m.metric_id}=${m.value} "${m.evidence}"`,
        ).toBe(true);
        expect(m.evidence).toBe(text.slice(m.start, m.end));
      }
    });
  }

  it('finds no metric in the ministry implementation plan (seed 002), whatever its doc_type', async () => {
    const file = readdirSync(RAW).find((f) => f.startsWith('002_'));
    expect(file).toBeDefined();
    const text = readFileSync(path.join(RAW, file ?? ''), 'utf8');
    expect(extractReport(text, file ?? '').metrics).toEqual([]);
    const { extractMetrics } = await import('../../src/lib/extract/metrics/index.ts');
    const { normalizeText } = await import('../../src/lib/extract/normalize-text.ts');
    const asReport = extractMetrics({
      text,
      norm: normalizeText(text),
      document: {
        agency: null,
        level: null,
        province: null,
        city: null,
        sector: null,
        report_year: null,
        doc_type: 'annual_report',
        title: null,
        report_date: null,
        report_date_source: null,
      },
      sections: [],
    });
    expect(asReport.metrics).toEqual([]);
  });
});
