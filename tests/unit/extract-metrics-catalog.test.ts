import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRIC_IDS, METRIC_UNITS } from '../../src/lib/extract/metrics/metric-ids.ts';
import {
  CUSTOM_RULES,
  PROSE_RULE_METRICS,
  QUANTITY_RULES,
  SENTENCE_RULES,
} from '../../src/lib/extract/metrics/rules/index.ts';
import { parseCatalog } from '../../src/lib/schema/catalog.ts';

const catalog = parseCatalog(
  readFileSync(path.resolve(import.meta.dirname, '../../data/metric-catalog.csv'), 'utf8'),
  'data/metric-catalog.csv',
);

describe('rules and the metric catalog', () => {
  it('mirrors every catalog id and unit, and nothing else', () => {
    expect([...METRIC_IDS].sort()).toEqual(catalog.map((m) => m.metric_id).sort());
    for (const m of catalog)
      expect(METRIC_UNITS[m.metric_id as keyof typeof METRIC_UNITS], m.metric_id).toBe(m.unit);
  });

  it('emits only catalog ids from every rule', () => {
    const ids = new Set(catalog.map((m) => m.metric_id));
    for (const r of QUANTITY_RULES) expect(ids.has(r.metric), r.id).toBe(true);
    for (const r of [...CUSTOM_RULES, ...SENTENCE_RULES])
      for (const m of r.metrics) expect(ids.has(m), r.id).toBe(true);
  });

  it('has at least one prose rule for every catalog metric', () => {
    for (const m of catalog) expect(PROSE_RULE_METRICS.has(m.metric_id as never), m.metric_id).toBe(true);
  });

  it('gives every declarative rule a cue word and a $- or ^-anchored pattern', () => {
    for (const r of QUANTITY_RULES) {
      expect(r.keys.length, r.id).toBeGreaterThan(0);
      expect(r.before ?? r.after, r.id).toBeDefined();
      if (r.before) expect(r.before.source.endsWith('$'), r.id).toBe(true);
      if (r.after) expect(r.after.source.startsWith('^'), r.id).toBe(true);
    }
  });
});
