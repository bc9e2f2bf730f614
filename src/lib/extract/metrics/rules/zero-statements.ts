import type { HitDraft } from '../hit.ts';
import type { MetricId } from '../metric-ids.ts';
import type { SentenceRule } from './rule.ts';

const KIND = String.raw`(行政复议|复议|行政诉讼|行政应诉|诉讼|应诉)`;
const AND = String.raw`(?:[和、及与]|以及)`;

// 行政复议和行政诉讼案件数均为零
const ALL_ZERO = new RegExp(
  String.raw`${KIND}(?:案件)?(?:${AND}${KIND})?(?:案件)?(?:数|数量|发生数)?(?:均|都|皆)?(?:为|是)?零(?![\u4e00-\u9fff])`,
  'g',
);
// 没有收到相关行政复议案卷 / 未发生行政诉讼案件 / 没有引起相关的行政复议和行政诉讼
const NONE_RECEIVED = new RegExp(
  String.raw`(?:没有|未|无)(?:收到|发生|受理|出现|引起|产生|发生过|接到)?(?:过)?(?:相关|任何|一起|一件|一例)?(?:的)?` +
    String.raw`(?:(?:针对|涉及|以|对)[^,。;]{1,12}?的)?` +
    String.raw`${KIND}(?:${AND}(?:相关的?)?${KIND})?(?:(?:案件|案卷|申请)数?)?等?(?=[,。;、]|$|情况|事项|发生|的情况)`,
  'g',
);

const NEGATION = /没有|未|无/;

const END = String.raw`(?=[,。;、]|$)`;
const NONE = String.raw`(?:没有|未|无)(?:发生|出现|产生)?过?(?:一起|一件|一例)?`;
// 无败诉案件 / 未发生行政诉讼败诉 / 实现行政诉讼零败诉 / 败诉案件为零
const NO_LOSS = new RegExp(
  String.raw`${NONE}(?:行政(?:诉讼|应诉)(?:案件)?)?败诉(?:案件|情况|案例)?${END}|` +
    String.raw`零败诉${END}|败诉(?:案件)?(?:数|数量)?(?:均|都)?(?:为|是)零(?![一-鿿])`,
  'g',
);
// 无被纠错案件 / 没有被撤销或确认违法的案件 / 无一被纠错 / 复议零纠错
const OUTCOME = String.raw`(?:纠错|撤销|确认违法|变更|纠正)`;
const NO_OVERTURN = new RegExp(
  String.raw`(?:${NONE}|无一[件起例]?|均未)(?:行政复议)?(?:案件)?被(?:复议机关)?${OUTCOME}(?:(?:或|和|、)${OUTCOME})*(?:的)?(?:案件|情况|案例)?${END}|` +
    String.raw`零纠错${END}`,
  'g',
);
const LITIGATION_WORD = /诉讼|应诉|法院|判决|一审|二审/g;

function metricOf(kind: string | undefined): MetricId | null {
  if (!kind) return null;
  return kind.includes('复议') ? 'cases.reconsideration' : 'cases.litigation';
}

/** Explicit statements that there were no reconsideration or litigation cases: value 0, zero_stated. */
export const ZERO_CASES: SentenceRule = {
  id: 'cases.zero_stated',
  metrics: ['cases.reconsideration', 'cases.litigation'],
  words: ['复议', '诉'],
  apply(norm, start, end) {
    const sentence = norm.slice(start, end);
    const out: HitDraft[] = [];
    const patterns = [
      sentence.includes('零') ? ALL_ZERO : null,
      NEGATION.test(sentence) ? NONE_RECEIVED : null,
    ];
    for (const re of patterns) {
      if (!re) continue;
      for (const m of sentence.matchAll(re)) {
        const s = start + m.index;
        const e = s + m[0].length;
        const tail = norm.slice(e, e + 8);
        if (/^(?:案件)?(?:被|败诉|纠错|撤销|确认违法)/.test(tail)) continue;
        const metrics = new Set([metricOf(m[1]), metricOf(m[2])]);
        for (const metric of metrics) {
          if (!metric) continue;
          out.push({
            metric,
            value: 0,
            qualifier: 'zero_stated',
            start: s,
            end: e,
            rule: this.id,
            priority: 5,
          });
        }
      }
    }
    return out;
  },
};

function lastSubjectIsReconsideration(text: string): boolean {
  const r = text.lastIndexOf('复议');
  if (r < 0) return false;
  let lit = -1;
  for (const m of text.matchAll(LITIGATION_WORD)) lit = m.index;
  return r > lit;
}

/** 无败诉案件 / 无一被纠错: a stated zero for lost lawsuits or overturned reconsideration cases. */
export const ZERO_OUTCOMES: SentenceRule = {
  id: 'cases.outcome.zero_stated',
  metrics: ['cases.litigation.lost', 'cases.reconsideration.overturned'],
  words: ['败诉', '纠错', '被'],
  apply(norm, start, end) {
    const sentence = norm.slice(start, end);
    const out: HitDraft[] = [];
    const push = (metric: MetricId, s: number, e: number) =>
      out.push({ metric, value: 0, qualifier: 'zero_stated', start: s, end: e, rule: this.id, priority: 5 });
    if (sentence.includes('败诉')) {
      for (const m of sentence.matchAll(NO_LOSS))
        push('cases.litigation.lost', start + m.index, start + m.index + m[0].length);
    }
    if (sentence.includes('复议')) {
      for (const m of sentence.matchAll(NO_OVERTURN)) {
        const upToVerb = sentence.slice(0, m.index + m[0].indexOf('被'));
        if (!lastSubjectIsReconsideration(upToVerb)) continue;
        push('cases.reconsideration.overturned', start + m.index, start + m.index + m[0].length);
      }
    }
    return out;
  },
};
