import Papa from 'papaparse';
import type { Extraction, MetricCandidate, MetricValue } from '../../src/lib/schema/records.ts';

export const OUTPUT_FORMATS = ['jsonl', 'csv', 'table'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export type OutputRecord =
  | ({ record: 'document'; file: string } & Extraction['document'])
  | ({ record: 'metric'; file: string } & MetricValue)
  | ({ record: 'candidate'; file: string } & MetricCandidate);

/** The stable CLI contract: one document record, then its metrics (and candidates when asked). */
export function toOutputRecords(file: string, ex: Extraction, withCandidates: boolean): OutputRecord[] {
  const { agency, level, province, city, sector, report_year, doc_type, title, report_date } = ex.document;
  const out: OutputRecord[] = [
    {
      record: 'document',
      file,
      agency,
      level,
      province,
      city,
      sector,
      report_year,
      doc_type,
      title,
      report_date,
      report_date_source: ex.document.report_date_source,
    },
  ];
  for (const m of ex.metrics) out.push(metricRecord('metric', file, m));
  if (withCandidates)
    for (const c of ex.candidates) out.push({ ...metricRecord('candidate', file, c), reason: c.reason });
  return out;
}

function metricRecord<K extends 'metric' | 'candidate'>(record: K, file: string, m: MetricValue) {
  const { metric_id, value, unit, qualifier, evidence, start, end, rule } = m;
  return { record, file, metric_id, value, unit, qualifier, evidence, start, end, rule } as const;
}

const CSV_COLUMNS = [
  'record',
  'file',
  'metric_id',
  'value',
  'unit',
  'qualifier',
  'evidence',
  'start',
  'end',
  'rule',
  'reason',
];

export function formatRecords(records: OutputRecord[], format: OutputFormat, header: boolean): string {
  if (format === 'jsonl')
    return records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
  const metricRows = records.filter((r) => r.record !== 'document');
  if (format === 'csv') {
    return (
      Papa.unparse(
        {
          fields: CSV_COLUMNS,
          data: metricRows.map((r) =>
            CSV_COLUMNS.map((c) => (r as unknown as Record<string, unknown>)[c] ?? ''),
          ),
        },
        { header },
      ) + '\n'
    );
  }
  return records.map(formatTableLine).join('\n') + '\n';
}

function formatTableLine(r: OutputRecord): string {
  if (r.record === 'document') {
    const place = [r.province, r.city].filter(Boolean).join('/');
    return `\n${r.file}  ${r.agency ?? '(agency unknown)'}  ${r.level ?? '-'} ${place}  ${r.report_year ?? '-'}  ${r.doc_type}`;
  }
  const mark = r.record === 'candidate' ? `  [lost: ${r.reason}]` : '';
  const evidence = r.evidence.length > 50 ? r.evidence.slice(0, 49) + '…' : r.evidence;
  return `  ${r.metric_id.padEnd(34)} ${String(r.value).padStart(12)} ${r.unit.padEnd(8)} ${r.qualifier.padEnd(12)} ${evidence}${mark}`;
}
