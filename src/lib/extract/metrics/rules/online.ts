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
// 代表建议网上办理率 / 信访事项网上办理率: the share of other business handled online, not government services.
const NOT_SERVICES = /建议|提案|议案|信访|投诉|举报/;
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
  [/最多跑一[次趟][^,;。]{0,10}?(?:占比|比例|比重|率)/, 'online.one_visit_rate'],
];
// The subject of a bare 占比 in the clause before it (即办件为4.1万件,占比28.97%).
const SUBJECTS: [RegExp, MetricId][] = [
  [/即办/g, 'online.immediate_rate'],
  [/最多跑一[次趟]/g, 'online.one_visit_rate'],
  [/全程网办/g, 'online.full_rate'],
  [/网上可办/g, 'online.available_rate'],
];

// 网上办理率由2022年的45%提升至68.3%: the rate is named before 由, ahead of its earlier value.
const RAISED_TO = /^(?:提升|提高|上升|增长|增加|升)(?:至|到)(?:\d{4}年(?:底|末)?的?)?\s*$/;
// 网上可办率较上年提高5.3个百分点，达到99.1%: the rate is named before the change.
const AFTER_CHANGE = /^\s*,?\s*(?:达到了|达到|达至|达|为|至)\s*$/;
const CHANGE_TAIL = /(?:较上年|比上年|较去年|同比)?(?:提高|提升|增长|上升|增加)了?\s*$/;
const FROM_EARLIER = /(?:由|从)(?:\d{4}年度?(?:的)?)?\s*$/;
// 行政许可事项实现100%网上可办: the name after the value.
const NAME_AFTER = /^(?:网上可办|全程网办)(?!率)/;

/** The words that name the rate: the text since the previous number, or those before 由 in 由A%提升至B%. */
function rateSource(ctx: QuantityContext): { text: string; start: number } {
  const own = { text: ctx.left, start: ctx.leftStart };
  const prev = ctx.sentence.quantities[ctx.index - 1];
  if (prev && prev.unit.endsWith('百分点') && AFTER_CHANGE.test(ctx.left)) {
    const from = Math.max(
      ctx.index >= 2 ? ctx.sentence.quantities[ctx.index - 2].end : ctx.sentence.start,
      prev.start - 100,
    );
    const text = ctx.norm.slice(from, prev.start);
    const m = CHANGE_TAIL.exec(text);
    return m ? { text: text.slice(0, m.index), start: from } : own;
  }
  if (!prev || prev.kind !== 'percent' || !RAISED_TO.test(ctx.left)) return own;
  const before = ctx.sentence.quantities[ctx.index - 2];
  const from = Math.max(before ? before.end : ctx.sentence.start, prev.start - 100);
  const text = ctx.norm.slice(from, prev.start);
  const m = FROM_EARLIER.exec(text);
  return m ? { text: text.slice(0, m.index), start: from } : own;
}

function rateAfter(ctx: QuantityContext, after: RegExpExecArray): HitDraft[] {
  const metric = namedRate(after[0]);
  if (!metric) return [];
  const { q } = ctx;
  return [
    {
      metric,
      value: q.value,
      qualifier: q.qualifier,
      start: q.start,
      end: q.end + after[0].length,
      rule: metric,
    },
  ];
}

function lastBreak(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (',;。()'.includes(s[i])) return i;
  return -1;
}

function namedRate(name: string): MetricId | null {
  for (const [re, metric] of NAMED) if (re.test(name)) return metric;
  return null;
}

function shareSubject(text: string): { at: number; metric: MetricId } | null {
  let best: { at: number; metric: MetricId } | null = null;
  for (const [re, metric] of SUBJECTS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      if (!best || m.index > best.at) best = { at: m.index, metric };
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
    if (q.kind !== 'percent' || q.value > 100) return [];
    const after = NAME_AFTER.exec(ctx.right);
    const source = rateSource(ctx);
    if (!RATE_WORD.test(source.text)) return after ? rateAfter(ctx, after) : [];
    const verb = RATE_VERB.exec(source.text);
    const head = source.text.slice(0, verb ? verb.index : source.text.length);
    // No rate name spans , ; 。 ( or ), so only the text after the last of them is searched.
    const from = lastBreak(head) + 1;
    const tail = RATE_NAMES.exec(head.slice(from));
    if (!tail) return after ? rateAfter(ctx, after) : [];
    if (NOT_SERVICES.test(tail[0])) return [];
    let start = source.start + from + tail.index;
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
