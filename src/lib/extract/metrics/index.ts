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
    ...extractTableHits(norm, home, skip, document.report_year),
  ];
  const { chosen, losers } = selectCandidates([...hits, ...sumSentenceParts(hits, norm)]);
  const metrics = [...chosen, ...derivedHits(chosen, norm)]
    .sort((a, b) => a.start - b.start || (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0))
    .map((h) => toValue(h, text, norm));
  const candidates = losers
    .sort((a, b) => a.hit.start - b.hit.start)
    .map(({ hit, reason }) => ({ ...toValue(hit, text, norm), reason }));
  return { metrics, candidates };
}

// "5.全市…" / "(三)…" / "二、…": list numbering the evidence's first clause may start with.
const LEADING_NUMBERING =
  /^\s*(?:\d{1,2}[.、](?!\d)|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|[一二三四五六七八九十]{1,3}、|[①-⑳])\s*/;

function toValue(h: Hit, text: string, norm: string): MetricValue {
  const lead = LEADING_NUMBERING.exec(norm.slice(h.start, h.end))?.[0].length ?? 0;
  const start = lead > 0 && lead < h.end - h.start ? h.start + lead : h.start;
  return {
    metric_id: h.metric,
    value: h.value,
    unit: METRIC_UNITS[h.metric],
    qualifier: h.qualifier,
    evidence: text.slice(start, h.end),
    start,
    end: h.end,
    rule: h.rule,
  };
}
