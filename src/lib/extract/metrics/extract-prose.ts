import { findQuantities, type QuantityKind } from '../numbers/find-quantities.ts';
import { applyQuantityRule, assessHit, markParts } from './apply-rules.ts';
import { attribute, type Home } from './attribution.ts';
import { clauseStart, quantityContext, splitSentences, type Sentence } from './clauses.ts';
import { GOAL_IN_CLAUSE, lastYear } from './distractors.ts';
import { completeHit, type Hit, type HitDraft } from './hit.ts';
import { CUSTOM_RULES, QUANTITY_RULES, SENTENCE_RULES } from './rules/index.ts';
import type { QuantityRule } from './rules/rule.ts';

const RULES_BY_KIND: Record<QuantityKind, readonly QuantityRule[]> = {
  count: QUANTITY_RULES.filter((r) => r.kinds.includes('count')),
  person: QUANTITY_RULES.filter((r) => r.kinds.includes('person')),
  money: QUANTITY_RULES.filter((r) => r.kinds.includes('money')),
  percent: QUANTITY_RULES.filter((r) => r.kinds.includes('percent')),
  bare: QUANTITY_RULES.filter((r) => r.kinds.includes('bare')),
  other: [],
};

/** Runs every prose rule over the sentences outside `skip`, returning assessed hits (one per metric and number). */
export function extractProseHits(
  norm: string,
  home: Home,
  skip: [number, number][],
  reportYear: number | null,
): Hit[] {
  const quantities = findQuantities(norm);
  const sentences = splitSentences(norm, quantities);
  const hits: Hit[] = [];
  const seen = new Map<string, Hit>();
  const keep = (key: string, hit: Hit | null) => {
    if (!hit) return;
    const old = seen.get(key);
    if (old && old.priority <= hit.priority) return;
    if (old) hits.splice(hits.indexOf(old), 1);
    seen.set(key, hit);
    hits.push(hit);
  };
  let prev: Sentence | null = null;
  for (const s of sentences) {
    const previous = prev;
    prev = s;
    if (skip.some(([a, b]) => s.start >= a && s.start < b)) continue;
    const context = norm.slice(previous ? previous.start : s.start, s.end);
    for (const rule of SENTENCE_RULES) {
      for (const d of rule.apply(norm, s.start, s.end))
        keep(`${d.metric}|${d.start}`, assessStatement(norm, s, d, home, reportYear));
    }
    for (let k = 0; k < s.quantities.length; k++) {
      if (s.quantities[k].kind === 'other') continue;
      const ctx = quantityContext(norm, s, k);
      const key = (metric: string) => `${metric}|${ctx.q.start}`;
      for (const rule of RULES_BY_KIND[ctx.q.kind]) {
        const d = applyQuantityRule(rule, ctx, context);
        if (d)
          keep(
            key(d.metric),
            assessHit(ctx, d, home, { stock: rule.stock, change: rule.change, reportYear }),
          );
      }
      for (const rule of CUSTOM_RULES) {
        for (const d of rule.apply(ctx, context))
          keep(key(d.metric), assessHit(ctx, d, home, { reportYear }));
      }
    }
  }
  markParts(hits, sentenceBounds(sentences), norm);
  return hits;
}

function assessStatement(
  norm: string,
  s: Sentence,
  d: HitDraft,
  home: Home,
  reportYear: number | null,
): Hit | null {
  if (GOAL_IN_CLAUSE.test(norm.slice(clauseStart(norm, s.start, d.start), d.start))) return null;
  const hit = completeHit(d);
  hit.sentence = s.start;
  const year = lastYear(norm.slice(s.start, d.start));
  if (year !== null && reportYear && year !== reportYear) hit.otherYear = year;
  const who = attribute(norm.slice(s.start, d.start), home);
  if (who.kind === 'other') hit.blocked = who.reason;
  else if (who.kind === 'named') hit.namedEntity = who.name;
  return hit;
}

function sentenceBounds(sentences: Sentence[]): (at: number) => { start: number; prevStart: number } {
  return (at) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= at) lo = mid;
      else hi = mid - 1;
    }
    return { start: sentences[lo].start, prevStart: sentences[Math.max(0, lo - 1)].start };
  };
}
