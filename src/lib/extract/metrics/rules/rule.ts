import type { QuantityKind } from '../../numbers/find-quantities.ts';
import type { QuantityContext } from '../clauses.ts';
import type { HitDraft } from '../hit.ts';
import type { MetricId } from '../metric-ids.ts';

/**
 * A declarative rule: a cue that must end right before the number (`before`, $-anchored on the words since the
 * previous number) and/or start right after it (`after`, ^-anchored). The evidence runs from the start of the
 * `before` match to the end of the `after` match.
 */
export interface QuantityRule {
  id: string;
  metric: MetricId;
  kinds: readonly QuantityKind[];
  /** Allowed unit literals (件, 项, 份...), when the kind is not precise enough. */
  units?: RegExp;
  /** Cheap pre-check: one of these words must occur in the text around the number. */
  keys: readonly string[];
  before?: RegExp;
  after?: RegExp;
  /** No hit when the evidence matches. */
  reject?: RegExp;
  /** The sentence (with the one before it) must match. */
  context?: RegExp;
  /** The sentence text before the number must match. */
  prefix?: RegExp;
  /** The sentence text before the number must not match. */
  notPrefix?: RegExp;
  /** Lower wins among rules of one metric. */
  priority?: number;
  /** Classify 收到/办理/受理/审结 in the clause (cases and licences). */
  caseVerbs?: boolean;
  /** A stock (staff, list items): change verbs in the clause disqualify it. */
  stock?: boolean;
  /** The metric is itself a change (powers.removed), so 减少/取消 before the number are allowed. */
  change?: boolean;
}

/** A rule written as code, for cues that need more than a regex on each side (rates, breakdowns, fees). */
export type CustomRule = {
  id: string;
  metrics: readonly MetricId[];
  apply: (ctx: QuantityContext, context: string) => HitDraft[];
};

/** A rule over a whole sentence (zero statements, 由A到B), run only on sentences that contain one of `words`. */
export type SentenceRule = {
  id: string;
  metrics: readonly MetricId[];
  words: readonly string[];
  apply: (norm: string, start: number, end: number) => HitDraft[];
};

/** Separators between a cue and its number: 共/为/达/有/: and spaces. */
export const CONN = String.raw`(?:\([^()]{1,15}\))?(?:\s|共计|共有|现有|合计|总计|累计|总数|总量|数量|共|计|数|为|是|达到了|达到|达|有|约|已|了|:)*`;
