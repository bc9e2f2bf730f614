import { findQuantities, type Quantity } from '../numbers/find-quantities.ts';
import { applyQuantityRule, assessHit, markParts, yearReason } from './apply-rules.ts';
import { attribute, type Home } from './attribution.ts';
import { clauseStart, quantityContext, splitSentences, type Sentence } from './clauses.ts';
import { GOAL_IN_CLAUSE, isSystemWide, lastYear } from './distractors.ts';
import { completeHit, type Hit, type HitDraft } from './hit.ts';
import { CUSTOM_RULES, QUANTITY_RULES, SENTENCE_RULES } from './rules/index.ts';
import type { QuantityRule } from './rules/rule.ts';
import { chainedCase, followOnDraft } from './follow-on.ts';
import { WordFinder } from './word-finder.ts';

const CUE_WORDS = new WordFinder(QUANTITY_RULES.flatMap((r) => r.keys));
const RULES_BY_UNIT = new Map<string, { rule: QuantityRule; keys: number[] }[]>();

/** The rules that accept q's kind and unit, in catalog order, with the ids of their cue words. */
function rulesFor(q: Quantity): { rule: QuantityRule; keys: number[] }[] {
  let list = RULES_BY_UNIT.get(q.unit);
  if (list === undefined) {
    list = QUANTITY_RULES.filter((r) => r.kinds.includes(q.kind) && (!r.units || r.units.test(q.unit))).map(
      (rule) => ({ rule, keys: rule.keys.map((k) => CUE_WORDS.idOf(k)) }),
    );
    RULES_BY_UNIT.set(q.unit, list);
  }
  return list;
}

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
  const cued = SENTENCE_RULES.map((rule) => sentencesWith(norm, sentences, rule.words));
  const cues = new Uint32Array(CUE_WORDS.size);
  let stamp = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (inRanges(skip, s.start)) continue;
    for (let r = 0; r < SENTENCE_RULES.length; r++) {
      if (cued[r][i] === 0) continue;
      for (const d of SENTENCE_RULES[r].apply(norm, s.start, s.end))
        keep(`${d.metric}|${d.start}`, assessStatement(norm, s, d, home, reportYear));
    }
    let context: string | null = null;
    // The case figure of each number, whose noun a bare verb clause right after it inherits.
    const caseDrafts: (HitDraft | undefined)[] = [];
    for (let k = 0; k < s.quantities.length; k++) {
      if (s.quantities[k].kind === 'other') continue;
      // The sentence with the one before it, for rules with a `context` pattern.
      context ??= norm.slice(i > 0 ? sentences[i - 1].start : s.start, s.end);
      const ctx = quantityContext(norm, s, k);
      const { q } = ctx;
      stamp++;
      CUE_WORDS.mark(norm, ctx.leftStart, q.start, cues, stamp);
      CUE_WORDS.mark(norm, q.end, q.end + ctx.right.length, cues, stamp);
      for (const { rule, keys } of rulesFor(q)) {
        if (!marked(cues, keys, stamp)) continue;
        const d = applyQuantityRule(rule, ctx, context);
        if (d && rule.caseVerbs) caseDrafts[k] ??= d;
        if (d)
          keep(
            `${d.metric}|${q.start}`,
            assessHit(ctx, d, home, { stock: rule.stock, change: rule.change, reportYear }),
          );
      }
      const previousCase = chainedCase(caseDrafts, k, leftOf(norm, s, k - 1));
      const follow = previousCase ? followOnDraft(ctx, previousCase) : null;
      if (follow) {
        caseDrafts[k] ??= follow;
        keep(`${follow.metric}|${q.start}`, assessHit(ctx, follow, home, { reportYear }));
      }
      for (const rule of CUSTOM_RULES) {
        for (const d of rule.apply(ctx, context))
          keep(`${d.metric}|${q.start}`, assessHit(ctx, d, home, { reportYear }));
      }
    }
  }
  markParts(hits, sentenceBounds(sentences), norm, home.department);
  return hits;
}

function inRanges(ranges: [number, number][], at: number): boolean {
  for (const [a, b] of ranges) if (at >= a && at < b) return true;
  return false;
}

/** Flags (by sentence index) the sentences that wholly contain one of `words`; one indexOf scan per word. */
function sentencesWith(norm: string, sentences: Sentence[], words: readonly string[]): Uint8Array {
  const flags = new Uint8Array(sentences.length);
  for (const w of words) {
    for (let at = norm.indexOf(w); at >= 0; at = norm.indexOf(w, at + 1)) {
      const k = sentenceAt(sentences, at);
      if (k >= 0 && at + w.length <= sentences[k].end) flags[k] = 1;
    }
  }
  return flags;
}

/** Index of the last sentence starting at or before `at` (-1 if none). */
function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The text between quantity k of the sentence and the one before it (or the sentence start). */
function leftOf(norm: string, s: Sentence, k: number): string {
  if (k < 0) return '';
  const q = s.quantities[k];
  return norm.slice(k > 0 ? s.quantities[k - 1].end : s.start, q.start);
}

function marked(cues: Uint32Array, ids: number[], stamp: number): boolean {
  for (const id of ids) if (cues[id] === stamp) return true;
  return false;
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
  hit.systemWide = home.department && isSystemWide(norm.slice(s.start, d.start));
  hit.ownLevel = home.department && norm.slice(s.start, d.start).includes('本级');
  const year = lastYear(norm.slice(s.start, d.start));
  if (year !== null && reportYear && year !== reportYear) {
    hit.otherYear = year;
    hit.blocked ??= yearReason(year, reportYear);
  }
  const who = attribute(norm.slice(s.start, d.start), home);
  if (who.kind === 'other') hit.blocked = who.reason;
  else if (who.kind === 'named') hit.namedEntity = who.name;
  return hit;
}

function sentenceBounds(sentences: Sentence[]): (at: number) => { start: number; prevStart: number } {
  return (at) => {
    const k = Math.max(0, sentenceAt(sentences, at));
    return { start: sentences[k].start, prevStart: sentences[Math.max(0, k - 1)].start };
  };
}
