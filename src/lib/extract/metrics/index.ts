import type { DocumentMeta, MetricCandidate, MetricValue, SectionRecord } from '../../schema/records.ts';

export interface MetricsInput {
  text: string;
  norm: string;
  document: DocumentMeta;
  sections: SectionRecord[];
}

const POWER_CATEGORIES: Record<string, string> = {
  行政许可: 'powers.licensing',
  行政处罚: 'powers.penalty',
  行政检查: 'powers.inspection',
  行政裁决: 'powers.adjudication',
  行政征收: 'powers.levy',
  行政确认: 'powers.confirmation',
  行政强制: 'powers.coercion',
  行政奖励: 'powers.reward',
};

/** Placeholder until the extraction work lands: power-list categories in an enumeration with 梳理. */
export function extractMetrics({ text, norm, document }: MetricsInput): {
  metrics: MetricValue[];
  candidates: MetricCandidate[];
} {
  if (document.doc_type === 'implementation_plan') return { metrics: [], candidates: [] };
  const metrics: MetricValue[] = [];
  const seen = new Set<string>();
  for (const list of norm.matchAll(/梳理((?:行政[\u4e00-\u9fff]{2}\d+项、?){3,})/g)) {
    for (const m of list[1].matchAll(/(行政[\u4e00-\u9fff]{2})(\d+)项/g)) {
      const id = POWER_CATEGORIES[m[1]];
      if (!id || seen.has(id)) continue;
      seen.add(id);
      const start = list.index + 2 + m.index;
      const end = start + m[0].length;
      metrics.push({
        metric_id: id,
        value: Number(m[2]),
        unit: 'item',
        qualifier: 'exact',
        evidence: text.slice(start, end),
        start,
        end,
        rule: 'powers.enumeration',
      });
    }
  }
  return { metrics, candidates: [] };
}
