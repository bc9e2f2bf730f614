import type { Quantity } from '../numbers/find-quantities.ts';

/** A sentence of the normalised text: [start, end) with its quantities in order. */
export interface Sentence {
  start: number;
  end: number;
  quantities: Quantity[];
}

/** Everything a rule sees about one quantity: the sentence, and the words left and right of it. */
export interface QuantityContext {
  norm: string;
  q: Quantity;
  sentence: Sentence;
  /** Position of q in sentence.quantities. */
  index: number;
  /** Text since the previous quantity (or the sentence start), at most LEFT_LIMIT characters. */
  left: string;
  leftStart: number;
  /** Text up to the next quantity (or the sentence end), at most RIGHT_LIMIT characters. */
  right: string;
  /** Sentence text before q. */
  prefix: string;
}

const SENTENCE_END = /[。!?;\n]/g;
// Shared by the many sentences without a number; never mutated.
const NO_QUANTITIES: Quantity[] = [];
const LEFT_LIMIT = 100;
const RIGHT_LIMIT = 60;

/** Splits [from, to) into sentences at 。!?; and line ends, and hands each its quantities (sorted by start). */
export function splitSentences(norm: string, quantities: Quantity[], from = 0, to = norm.length): Sentence[] {
  const out: Sentence[] = [];
  let qi = 0;
  while (qi < quantities.length && quantities[qi].start < from) qi++;
  let start = from;
  for (;;) {
    const end = sentenceEnd(norm, start, to);
    let own = NO_QUANTITIES;
    while (qi < quantities.length && quantities[qi].start < end) {
      if (quantities[qi].end <= end) {
        if (own === NO_QUANTITIES) own = [];
        own.push(quantities[qi]);
      }
      qi++;
    }
    if (end > start) out.push({ start, end, quantities: own });
    if (end >= to) break;
    start = end + 1;
  }
  return out;
}

/** The first 。!?; or paragraph end at or after `from`, or `to`. */
function sentenceEnd(norm: string, from: number, to: number): number {
  SENTENCE_END.lastIndex = from;
  while (SENTENCE_END.test(norm)) {
    const at = SENTENCE_END.lastIndex - 1;
    if (at >= to) break;
    if (!isWrap(norm, at)) return at;
  }
  return to;
}

const WRAP_MIN_LINE = 25;
const LINE_END_PUNCTUATION = new Set('。!?;:,、)]"”\'’》」…|');
const PARAGRAPH_START = /^(?:\s|[一二三四五六七八九十]+[、.]|\(|第[一二三四五六七八九十]+|\d+[.、]|$)/;

/** A line break inside a sentence (a long line cut by a PDF or web page), not the end of a paragraph. */
function isWrap(norm: string, at: number): boolean {
  if (norm.charCodeAt(at) !== 10) return false;
  const lineStart = norm.lastIndexOf('\n', at - 1) + 1;
  let last = at - 1;
  while (last >= lineStart && (norm[last] === ' ' || norm[last] === '\t' || norm[last] === '\r')) last--;
  if (last - lineStart + 1 < WRAP_MIN_LINE || LINE_END_PUNCTUATION.has(norm[last])) return false;
  for (let i = lineStart; i <= last; i++) if (norm.charCodeAt(i) === 124) return false; // a table row (|)
  return !PARAGRAPH_START.test(norm.slice(at + 1, at + 6));
}

export function quantityContext(norm: string, sentence: Sentence, index: number): QuantityContext {
  const q = sentence.quantities[index];
  const prev = index > 0 ? sentence.quantities[index - 1] : undefined;
  const next = sentence.quantities[index + 1];
  const leftStart = Math.max(prev ? prev.end : sentence.start, q.start - LEFT_LIMIT);
  const rightEnd = Math.min(next ? next.start : sentence.end, q.end + RIGHT_LIMIT);
  const left = norm.slice(leftStart, q.start);
  const right = norm.slice(q.end, rightEnd);
  return {
    norm,
    q,
    sentence,
    index,
    left,
    leftStart,
    right,
    prefix: norm.slice(sentence.start, q.start),
  };
}

/** Start of the comma clause (after the last , ; : or opening bracket) that contains position `at`. */
export function clauseStart(norm: string, sentenceStart: number, at: number): number {
  for (let i = at - 1; i >= sentenceStart; i--) {
    const c = norm.charCodeAt(i);
    if (c === 0x2c && isDigit(norm, i - 1) && isDigit(norm, i + 1)) continue; // 1,234
    if (c === 0x2c || c === 0x3a || c === 0x28 || c === 0x29) return i + 1; // , : ( )
  }
  return sentenceStart;
}

function isDigit(norm: string, i: number): boolean {
  const c = norm.charCodeAt(i);
  return c >= 48 && c <= 57;
}
