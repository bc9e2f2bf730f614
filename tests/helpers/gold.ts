import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { ROOT } from './run-script.ts';

export interface GoldMetric {
  file: string;
  metric_id: string;
  value: number;
  qualifier: string;
  required: 'yes' | 'optional';
  evidence: string;
}

export interface GoldDocument {
  file: string;
  agency: string;
  level: string;
  province: string;
  city: string;
  sector: string;
  report_year: string;
  doc_type: string;
}

function readCsv<T>(name: string): T[] {
  const text = readFileSync(path.join(ROOT, 'tests/gold', name), 'utf8');
  return Papa.parse<T>(text, { header: true, skipEmptyLines: true }).data;
}

export const goldMetrics = (): GoldMetric[] =>
  readCsv<Record<string, string>>('seeds-metrics.csv').map((r) => ({
    file: r.file,
    metric_id: r.metric_id,
    value: Number(r.value),
    qualifier: r.qualifier,
    required: r.required as GoldMetric['required'],
    evidence: r.evidence,
  }));

export const goldDocuments = (): GoldDocument[] => readCsv<GoldDocument>('seeds-documents.csv');

export const goldParts = () =>
  readCsv<{ file: string; part: string; present: string; evidence: string }>('seeds-mandated-parts.csv');

/** Within the scorer's tolerance: 0.5% relative, at least 0.01. */
export function closeTo(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 0.005);
}
