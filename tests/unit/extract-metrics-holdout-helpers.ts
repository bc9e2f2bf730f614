import { expect } from 'vitest';
import type { DocumentMeta } from '../../src/lib/schema/records.ts';
import { extract } from './extract-metrics-helpers.ts';

/** The document the hold-out sentences are read in: a municipal justice bureau's report on 2023. */
export const HOLDOUT_DOCUMENT: Partial<DocumentMeta> = {
  agency: '临沂市司法局',
  level: 'municipal',
  province: '山东',
  city: '临沂',
  report_year: 2023,
};

/** The chosen metrics: value (qualifier exact) or [value, qualifier]. Any other metric is a failure. */
export type Expected = Record<string, number | [number, string]>;

export function expectMetrics(text: string, expected: Expected): void {
  const r = extract(text, HOLDOUT_DOCUMENT);
  const got = Object.fromEntries(
    r.metrics.map((m) => [m.metric_id, m.qualifier === 'exact' ? m.value : [m.value, m.qualifier]]),
  );
  expect(got).toEqual(expected);
}
