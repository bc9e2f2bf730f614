import type { HitDraft } from '../hit.ts';
import type { MetricId } from '../metric-ids.ts';
import type { CustomRule } from './rule.ts';

const UNITS = /^(?:件|个|项|份)$/;
// CUE and PAIR_ONLY both contain one of these words, so it is tested first.
const PROPOSAL_WORD = /议案|建议|提案/;
// Gaps may hold a bracketed pinyin gloss, as in 政协(xié)委员, so brackets are allowed here.
const CUE =
  /(?:(?:共|累计|全年)?(?:办理|承办|办结|答复|收到|接收|受理|牵头办理|主办|协办)[^,;。]{0,30}?)?(?:人大|政协|代表|委员)[^,;。]{0,24}?(?:议案|建议|提案)(?:共计|共|合计|总计|为|达|有|:)*\s*$/;
const PAIR_ONLY = /(?:建议|议案)(?:[、和及与]|以及)?提案(?:共计|共|合计|总计|为|达|有|:)*\s*$/;
// 采纳/复文/满意: other figures about proposals; 主办/协办/重点: a part of the total.
// 代表共提出建议586件: suggestions raised by deputies, not handled by the agency.
const NOT_A_COUNT = /采纳|复文|满意|办复率|答复率|见面率|解读|提出/;
const PART = /主办|协办|会办|重点|分办/;

function classify(span: string): MetricId | null {
  const npc = /人大/.test(span);
  const cppcc = /政协/.test(span);
  if (npc && cppcc) return 'proposals.handled';
  if (npc && /议案|建议/.test(span)) return 'proposals.npc_suggestions';
  if (cppcc && /提案/.test(span)) return 'proposals.cppcc_proposals';
  if (/(?:建议|议案)[^,;。]{0,6}提案|提案[^,;。]{0,6}(?:建议|议案)/.test(span)) return 'proposals.handled';
  return null;
}

/** 人大代表建议17件 / 政协委员提案13件 / 人大代表、政协委员议案提案共计6件. */
export const PROPOSALS: CustomRule = {
  id: 'proposals',
  metrics: ['proposals.handled', 'proposals.npc_suggestions', 'proposals.cppcc_proposals'],
  apply(ctx) {
    const { q } = ctx;
    if (q.kind !== 'count' || !UNITS.test(q.unit) || !PROPOSAL_WORD.test(ctx.left)) return [];
    const m = CUE.exec(ctx.left) ?? PAIR_ONLY.exec(ctx.left);
    if (!m) return [];
    const start = ctx.leftStart + m.index;
    const span = ctx.norm.slice(start, q.end);
    if (NOT_A_COUNT.test(span)) return [];
    const metric = classify(span);
    if (!metric) return [];
    const draft: HitDraft = {
      metric,
      value: q.value,
      qualifier: q.qualifier,
      start,
      end: q.end,
      rule: metric,
    };
    if (PART.test(span)) draft.blocked = 'part of the total (主办/协办)';
    return [draft];
  },
};
