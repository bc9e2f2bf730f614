import type { DocumentMeta, MetricCandidate, MetricValue, SectionRecord } from '../../schema/records.ts';
import { buildHome } from './attribution.ts';
import { derivedHits, sumSentenceParts } from './derived.ts';
import { extractProseHits } from './extract-prose.ts';
import type { Hit } from './hit.ts';
import { METRIC_UNITS } from './metric-ids.ts';
import { nextYearRanges } from './next-year.ts';
import { selectCandidates } from './select-candidates.ts';
import { extractTableHits } from './tables.ts';

export interface MetricsInput {
  text: string;
  norm: string;
  document: DocumentMeta;
  sections: SectionRecord[];
}

/**
 * Extracts the catalog metrics of one report: at most one value per metric, the losing figures kept as candidates
 * with the reason they lost. Offsets index both `text` and `norm`; evidence is always `text.slice(start, end)`.
 */
export function extractMetrics({ text, norm, document }: MetricsInput): {
  metrics: MetricValue[];
  candidates: MetricCandidate[];
} {
  if (document.doc_type === 'implementation_plan') return { metrics: [], candidates: [] };
  const home = buildHome(document);
  const skip = nextYearRanges(norm, document.report_year);
  const hits = [
    ...extractProseHits(norm, home, skip, document.report_year),
    ...extractTableHits(norm, home, skip),
  ];
  const { chosen, losers } = selectCandidates([...hits, ...sumSentenceParts(hits)]);
  const metrics = [...chosen, ...derivedHits(chosen, norm)]
    .sort((a, b) => a.start - b.start || (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0))
    .map((h) => toValue(h, text));
  const candidates = losers
    .sort((a, b) => a.hit.start - b.hit.start)
    .map(({ hit, reason }) => ({ ...toValue(hit, text), reason }));
  return { metrics, candidates };
}

function toValue(h: Hit, text: string): MetricValue {
  return {
    metric_id: h.metric,
    value: h.value,
    unit: METRIC_UNITS[h.metric],
    qualifier: h.qualifier,
    evidence: text.slice(h.start, h.end),
    start: h.start,
    end: h.end,
    rule: h.rule,
  };
}
