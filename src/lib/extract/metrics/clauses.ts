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
const LEFT_LIMIT = 100;
const RIGHT_LIMIT = 60;

/** Splits [from, to) into sentences at 。!?; and line ends, and hands each its quantities (sorted by start). */
export function splitSentences(norm: string, quantities: Quantity[], from = 0, to = norm.length): Sentence[] {
  const out: Sentence[] = [];
  let qi = 0;
  while (qi < quantities.length && quantities[qi].start < from) qi++;
  let start = from;
  SENTENCE_END.lastIndex = from;
  for (;;) {
    const m = SENTENCE_END.exec(norm);
    const end = m === null || m.index >= to ? to : m.index;
    const own: Quantity[] = [];
    while (qi < quantities.length && quantities[qi].start < end) {
      if (quantities[qi].end <= end) own.push(quantities[qi]);
      qi++;
    }
    if (end > start) out.push({ start, end, quantities: own });
    if (end >= to) break;
    start = end + 1;
  }
  return out;
}

export function quantityContext(norm: string, sentence: Sentence, index: number): QuantityContext {
  const q = sentence.quantities[index];
  const prev = index > 0 ? sentence.quantities[index - 1] : undefined;
  const next = sentence.quantities[index + 1];
  const leftStart = Math.max(prev ? prev.end : sentence.start, q.start - LEFT_LIMIT);
  const rightEnd = Math.min(next ? next.start : sentence.end, q.end + RIGHT_LIMIT);
  return {
    norm,
    q,
    sentence,
    index,
    left: norm.slice(leftStart, q.start),
    leftStart,
    right: norm.slice(q.end, rightEnd),
    prefix: norm.slice(sentence.start, q.start),
  };
}

/** Start of the comma clause (after the last , ; : or opening bracket) that contains position `at`. */
export function clauseStart(norm: string, sentenceStart: number, at: number): number {
  for (let i = at - 1; i >= sentenceStart; i--) {
    const ch = norm[i];
    if (ch === ',' || ch === ':' || ch === '(' || ch === ')') return i + 1;
  }
  return sentenceStart;
}
