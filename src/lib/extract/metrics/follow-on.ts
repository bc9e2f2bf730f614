import { classifyVerb } from './apply-rules.ts';
import type { QuantityContext } from './clauses.ts';
import type { HitDraft } from './hit.ts';

// Only separators (a year, 依法/共) between the previous figure and the verb: 收到行政复议申请35件，依法受理34件.
// 受理512件(收到申请568件): the bracket and the bare noun 申请/案件 are separators too.
const FOLLOW_ON =
  /(?<=^[,、;(\s]*(?:\d{4}年度?)?(?:依法|共|全年|已)?)(?:收到|新收|收案|受理|办理|审结|办结|结案|审理)(?:了)?(?:申请|案件)?\s*$/;
// 依法不予受理6件: a refusal between two figures of the chain does not break it.
const REFUSED = /^[,、;\s]*(?:依法)?(?:不予受理|不予立案|驳回|退回|告知)[^,;。\d]{0,8}$/;

/** The case figure a bare verb clause at quantity k continues: the one before, or the one before a refusal. */
export function chainedCase<T>(drafts: (T | undefined)[], k: number, leftOfPrevious: string): T | undefined {
  return drafts[k - 1] ?? (k >= 2 && REFUSED.test(leftOfPrevious) ? drafts[k - 2] : undefined);
}

/**
 * A bare verb clause right after a case figure of the same sentence counts the same kind of case
 * (审结行政复议案件30件，新收35件 -> 35 received), ranked by its own verb.
 */
export function followOnDraft(ctx: QuantityContext, previous: HitDraft): HitDraft | null {
  const { q } = ctx;
  const before = ctx.sentence.quantities[ctx.index - 1];
  if (!before || before.unit !== q.unit) return null;
  const m = FOLLOW_ON.exec(ctx.left);
  if (!m) return null;
  const start = ctx.leftStart + m.index;
  const draft: HitDraft = {
    metric: previous.metric,
    value: q.value,
    qualifier: q.qualifier,
    start,
    end: q.end,
    rule: `${previous.metric}.follow_on`,
    priority: 1,
  };
  classifyVerb(draft, ctx.norm.slice(start, q.end));
  return draft;
}
