import { expect } from 'vitest';
import { extractMetrics } from '../../src/lib/extract/metrics/index.ts';
import { normalizeText } from '../../src/lib/extract/normalize-text.ts';
import type { DocumentMeta, MetricCandidate, MetricValue } from '../../src/lib/schema/records.ts';

/** A document whose metadata is still unknown, as the metrics code may see it. */
export const UNKNOWN_DOCUMENT: DocumentMeta = {
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
};

export interface Result {
  metrics: MetricValue[];
  candidates: MetricCandidate[];
  /** The chosen value of a metric, or undefined. */
  get(id: string): MetricValue | undefined;
  /** metric_id -> value, for compact assertions. */
  values(): Record<string, number>;
}

/** Runs the metrics extractor on text; checks every evidence is text.slice(start, end) and ids are unique. */
export function extract(text: string, document: Partial<DocumentMeta> = {}): Result {
  const norm = normalizeText(text);
  const { metrics, candidates } = extractMetrics({
    text,
    norm,
    document: { ...UNKNOWN_DOCUMENT, ...document },
    sections: [],
  });
  for (const m of [...metrics, ...candidates]) {
    expect(m.evidence).toBe(text.slice(m.start, m.end));
  }
  const ids = metrics.map((m) => m.metric_id);
  expect(new Set(ids).size).toBe(ids.length);
  return {
    metrics,
    candidates,
    get: (id) => metrics.find((m) => m.metric_id === id),
    values: () => Object.fromEntries(metrics.map((m) => [m.metric_id, m.value])),
  };
}
