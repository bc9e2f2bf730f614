import { clauseStart, type QuantityContext } from '../clauses.ts';
import type { HitDraft } from '../hit.ts';
import type { MetricId } from '../metric-ids.ts';
import type { CustomRule } from './rule.ts';

// The verb between the rate's name and its value: 网上可办率、全程网办率均达100%.
const RATE_VERB =
  /(?:均|都|分别)?(?:已)?(?:达到了|达到|达至|达|为|是|提升至|提升到|提高至|提高到|升至|:)?\s*$/;
// A rate's name ends in 率/占比/比例; several names may be joined by 、/和/及.
const RATE_NAMES =
  /(?:[^,;。()]{0,60}?(?:率|占比|比例|比重)|占(?:总量|总数|总体)的?|占全部[^,;。()]{0,6}的?)$/;
const ENDS_AS_RATE = /(?:率|占比|比例|比重)$/;
const RATE_WORD = /[率比占]/;
const LIST_GAP = /^[、,和及与\s]*$/;
const BARE_SHARE = /^(?:占比|占总量的?|占总数的?|占总体的?|占全部[^,;。]{0,6}的?|占)$/;

const NAMED: [RegExp, MetricId][] = [
  [/全程网办|全流程网办|全程网上办理|全程在线办理/, 'online.full_rate'],
  [/网上可办|在线可办/, 'online.available_rate'],
  [
    /网上办理率|网上实际办理率|网办率|网上办件率|在线办理率|网上办件(?:量)?(?:占比|比例|比重)|网办件(?:占比|比例|比重)/,
    'online.processed_rate',
  ],
  [/即办件?(?:事项)?[^,;。]{0,10}?(?:占比|比例|比重)|即办率/, 'online.immediate_rate'],
  [/最多跑一次[^,;。]{0,10}?(?:占比|比例|比重|率)/, 'online.one_visit_rate'],
];
// The subject of a bare 占比 in the clause before it (即办件为4.1万件,占比28.97%).
const SUBJECTS: [RegExp, MetricId][] = [
  [/即办/g, 'online.immediate_rate'],
  [/最多跑一次/g, 'online.one_visit_rate'],
  [/全程网办/g, 'online.full_rate'],
  [/网上可办/g, 'online.available_rate'],
];

function namedRate(name: string): MetricId | null {
  for (const [re, metric] of NAMED) if (re.test(name)) return metric;
  return null;
}

function shareSubject(text: string): { at: number; metric: MetricId } | null {
  let best: { at: number; metric: MetricId } | null = null;
  for (const [re, metric] of SUBJECTS) {
    for (const m of text.matchAll(re)) if (!best || m.index > best.at) best = { at: m.index, metric };
  }
  return best;
}

/** Splits 网上可办率、全程网办率 into names; 和/及 split only when every side is a rate (not 二级及以上). */
function rateNames(tail: string): string[] {
  return tail.split('、').flatMap((piece) => {
    const sub = piece.split(/以及|[和及与]/);
    return sub.length > 1 && sub.every((x) => ENDS_AS_RATE.test(x)) ? sub : [piece];
  });
}

/** 网上可办率、全程网办率分别达到99%和95%: each name takes the value in its position. */
function respectively(ctx: QuantityContext, names: string[], start: number): HitDraft[] {
  const values = [ctx.q];
  for (let k = ctx.index + 1; k < ctx.sentence.quantities.length && values.length < names.length; k++) {
    const next = ctx.sentence.quantities[k];
    const gap = ctx.norm.slice(values[values.length - 1].end, next.start);
    if (next.kind !== 'percent' || !LIST_GAP.test(gap)) break;
    values.push(next);
  }
  if (values.length !== names.length) return [];
  const end = values[values.length - 1].end;
  return names.flatMap((name, k): HitDraft[] => {
    const metric = namedRate(name);
    if (!metric) return [];
    const q = values[k];
    return [{ metric, value: q.value, qualifier: q.qualifier, start, end, rule: metric, positional: true }];
  });
}

/** 网上可办率/全程网办率/网上办理率/即办件占比/最多跑一次占比, including several rates sharing one value. */
export const ONLINE_RATES: CustomRule = {
  id: 'online.rate',
  metrics: [
    'online.available_rate',
    'online.full_rate',
    'online.processed_rate',
    'online.immediate_rate',
    'online.one_visit_rate',
  ],
  apply(ctx) {
    const { q, norm } = ctx;
    if (q.kind !== 'percent' || q.value > 100 || !RATE_WORD.test(ctx.left)) return [];
    const verb = RATE_VERB.exec(ctx.left);
    const head = ctx.left.slice(0, verb ? verb.index : ctx.left.length);
    const tail = RATE_NAMES.exec(head);
    if (!tail) return [];
    let start = ctx.leftStart + tail.index;
    const names = rateNames(tail[0]);
    if (verb && verb[0].includes('分别') && names.length > 1) return respectively(ctx, names, start);
    const metrics = new Set<MetricId>();
    for (const name of names) {
      if (BARE_SHARE.test(name.trim())) {
        const prevPercent = ctx.sentence.quantities
          .slice(0, ctx.index)
          .filter((x) => x.kind === 'percent')
          .at(-1);
        const from = Math.max(prevPercent ? prevPercent.end : ctx.sentence.start, q.start - 60);
        const subject = shareSubject(norm.slice(from, start));
        if (!subject) continue;
        metrics.add(subject.metric);
        start = clauseStart(norm, ctx.sentence.start, from + subject.at + 1);
      } else {
        const metric = namedRate(name);
        if (metric) metrics.add(metric);
      }
    }
    return [...metrics].map((metric): HitDraft => ({
      metric,
      value: q.value,
      qualifier: q.qualifier,
      start,
      end: q.end,
      rule: metric,
    }));
  },
};
