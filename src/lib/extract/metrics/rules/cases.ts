import type { HitDraft } from '../hit.ts';
import type { MetricId } from '../metric-ids.ts';
import { CONN, type CustomRule, type QuantityRule } from './rule.ts';

const COUNT = ['count'] as const;
const CASE_UNITS = /^(?:件|起|宗|个|例)$/;
const VERB = String.raw`(?:收到|新收|收案|接收|办理|承办|发生|受理|审理|审结|办结|代理|涉及|应诉|提起)`;
// 行政复议案件收案35件: the verb may follow the noun.
const TRAILING_VERB = String.raw`(?:收到|收案|新收|受理|办理)?`;
const LEAD_VERB = String.raw`(?:(?:共|依法|累计|全年|全部)?${VERB}[^,;。()]{0,40}?)?`;

// 法律顾问代理行政诉讼案件4件: the cases a lawyer represented, not all lawsuits.
const LAWYER_REPRESENTED = /(?:法律顾问|律师)[^。]*代理/;
// 复议 and 诉讼 with no number between them: the two counted together, or lawsuits after reconsideration.
const LITIGATION_REJECT =
  /复议[^,;。\d]*(?:诉讼|应诉)|败诉|胜诉|撤诉|出庭|非诉|赔偿|执行案件|各类(?!行政诉讼)|律师|法律顾问/;

export const CASE_RULES: QuantityRule[] = [
  {
    id: 'cases.reconsideration',
    metric: 'cases.reconsideration',
    keys: ['复议'],
    kinds: COUNT,
    units: CASE_UNITS,
    before: new RegExp(
      String.raw`${LEAD_VERB}(?:(?:行政)?复议(?:机关|机构)?[^,;。()]{0,8}?(?:案件|申请|案)(?:数|数量|总数)?${TRAILING_VERB}|` +
        String.raw`(?:收到|新收|办理|受理|承办|被申请)[^,;。()]{0,10}?行政复议)${CONN}$`,
    ),
    // Reconsideration and litigation counted together, outcomes and paperwork are other figures.
    reject:
      /复议[^,;。]*(?:诉讼|应诉|起诉)|(?:诉讼|应诉|起诉)[^,;。]*复议|败诉|纠错|撤销|维持|驳回|听证|意见书|建议书|案卷|卷宗|评查|被纠正|确认违法|移送|衔接/,
    caseVerbs: true,
  },
  {
    id: 'cases.litigation',
    metric: 'cases.litigation',
    keys: ['诉讼', '应诉'],
    kinds: COUNT,
    units: CASE_UNITS,
    before: new RegExp(
      String.raw`${LEAD_VERB}(?:一审)?(?:(?:行政诉讼|行政应诉)(?:案件)?|应诉案件)(?:数|数量|总数)?${TRAILING_VERB}${CONN}$`,
    ),
    reject: LITIGATION_REJECT,
    notPrefix: LAWYER_REPRESENTED,
    caseVerbs: true,
  },
  {
    id: 'cases.litigation.court',
    metric: 'cases.litigation',
    keys: ['行政案件', '行政一审'],
    kinds: COUNT,
    units: CASE_UNITS,
    before: new RegExp(
      String.raw`${LEAD_VERB}(?:一审)?行政(?:一审)?案件(?:数|数量|总数)?${TRAILING_VERB}${CONN}$`,
    ),
    reject: LITIGATION_REJECT,
    notPrefix: LAWYER_REPRESENTED,
    // 行政案件 of a police report are penalty cases; only courts and lawsuits make them litigation.
    context: /法院|诉讼|应诉|被诉|审判|一审|二审|被告|起诉|中院/,
    caseVerbs: true,
  },
  {
    id: 'cases.litigation.lost',
    metric: 'cases.litigation.lost',
    keys: ['败诉'],
    kinds: COUNT,
    units: CASE_UNITS,
    before:
      /(?:行政机关|被告)?(?:行政诉讼|行政应诉)?(?:案件)?败诉(?:案件)?(?:数|数量)?(?:共计|共|为|有|:)*\s*$/,
    reject: /复议/,
  },
  {
    id: 'cases.litigation.lost',
    metric: 'cases.litigation.lost',
    keys: ['败诉'],
    kinds: COUNT,
    units: CASE_UNITS,
    after: /^(?:被)?(?:判决)?败诉(?![率比])/,
    prefix: /诉讼|应诉/,
    reject: /复议/,
  },
  {
    id: 'cases.petition_review',
    metric: 'cases.petition_review',
    keys: ['复查'],
    kinds: COUNT,
    units: CASE_UNITS,
    before:
      /(?:(?:办理|受理|收到|承办)[^,;。()]{0,10}?)?信访(?:事项)?复查(?:复核)?(?:案件|事项|申请)?(?:共计|共|为|有|:)*\s*$/,
  },
  {
    id: 'cases.penalty.cases',
    metric: 'cases.penalty',
    keys: ['处罚案件'],
    kinds: COUNT,
    units: /^(?:件|起|宗|个|例|份)$/,
    before: new RegExp(
      String.raw`(?:(?:共|全年|依法)?(?:办理|查处|办结|作出|实施|立案|查办|审结)[^,;。()]{0,10}?)?(?:一般|普通程序|简易程序)?(?:行政)?处罚案件(?:数|数量|总数)?${CONN}$`,
    ),
    reject: /移送|复议|诉讼|听证|案卷|评查|免予|免于|不予|从轻|减轻|首违|轻微/,
  },
  {
    id: 'cases.penalty.decisions',
    metric: 'cases.penalty',
    keys: ['处罚决定'],
    kinds: COUNT,
    units: /^(?:件|起|宗|个|份)$/,
    before:
      /(?:(?:共|全年|依法)?(?:下达|作出|出具|制发|送达)[^,;。()]{0,10}?)?(?:行政)?处罚决定(?:书)?(?:共计|共|为|达|:)*\s*$/,
    reject: /移送|复议|诉讼|听证|撤销|变更|免予|免于|不予|从轻|减轻|首违|轻微/,
    priority: 1,
  },
  {
    id: 'cases.penalty.imposed',
    metric: 'cases.penalty',
    keys: ['处罚'],
    kinds: COUNT,
    units: /^(?:件|起|宗)$/,
    before: /(?:共|全年|依法)?(?:实施|作出|给予)(?:行政)?处罚(?:共计|共|:)*\s*$/,
    reject: /免予|免于|不予|从轻|减轻|首违|轻微/,
  },
  {
    id: 'cases.penalty.investigated',
    metric: 'cases.penalty',
    keys: ['查处', '查办'],
    kinds: COUNT,
    units: /^(?:件|起|宗)$/,
    before: new RegExp(
      String.raw`(?:共|全年|依法)?(?:立案)?查(?:处|办)[^,;。()]{0,10}?(?:违法)?(?:案件|行为)${CONN}$`,
    ),
    reject: /移送|复议|诉讼|免予|免于|不予|从轻|减轻|首违|轻微/,
    priority: 2,
  },
  {
    id: 'cases.penalty_amount',
    metric: 'cases.penalty_amount',
    kinds: ['money', 'bare'],
    keys: ['罚'],
    before:
      /(?:罚没款|罚没金额|罚没收入|罚没总额|罚款|罚没|处罚金额)(?:金额|数额|总额|总计|收入)?(?:共计|共|总计|合计|为|达到|达|约|是|:|人民币)*\s*$/,
    // 案件中涉及罚没款…: the money at stake in lawsuits, not fines imposed.
    reject: /平均|人均|单笔|最高|最低|补偿|赔偿|交易|减免|免罚|免除|退还|退回|涉及|涉案/,
  },
  {
    id: 'cases.penalty_amount',
    metric: 'cases.penalty_amount',
    kinds: ['money'],
    keys: ['处罚'],
    before: /处罚(?:共计|共|:)?\s*$/,
    reject: /平均|人均|单笔|最高|最低|减免|免罚|免除|退还|退回/,
    priority: 1,
  },
];

const UPHELD_AFTER = /^(?:的)?(?:被|予以|决定|作出)?(?:维持|驳回)[^,;。、()]{0,12}/;
const UPHELD_BEFORE = /(?:维持|驳回)[^,;。、()]{0,10}?(?:的|案件)?(?:共|为|:)?\s*$/;
const OVERTURNED_AFTER =
  /^(?:的)?(?:被|予以|决定|作出)?(?:撤销|变更|确认(?:违法|无效)|纠错|纠正|责令履行)[^,;。、()]{0,12}/;
const OVERTURNED_BEFORE =
  /(?:撤销|变更|确认(?:违法|无效)|纠错|纠正|责令(?:限期)?履行)[^,;。、()]{0,10}?(?:的|案件)?(?:共|为|:)?\s*$/;
const OUTCOME_WORD = /维持|驳回|撤销|变更|确认|纠错|纠正|责令/;
const SUBJECT_WORD = /复议|诉讼|应诉|法院|判决|裁定|一审|二审/g;

/** The last case-type word before `at` is 复议: the outcome is a reconsideration outcome, not a court one. */
function inReconsideration(text: string): boolean {
  let last = '';
  SUBJECT_WORD.lastIndex = 0;
  for (let m = SUBJECT_WORD.exec(text); m; m = SUBJECT_WORD.exec(text)) last = m[0];
  return last === '复议';
}

/** 其中3件驳回申请人复议请求 / 1件被撤销 / 维持原行政行为5件: outcomes of reconsideration cases. */
export const RECONSIDERATION_OUTCOMES: CustomRule = {
  id: 'cases.reconsideration.outcome',
  metrics: ['cases.reconsideration.upheld', 'cases.reconsideration.overturned'],
  apply(ctx) {
    const { q } = ctx;
    if (q.kind !== 'count' || !CASE_UNITS.test(q.unit) || !OUTCOME_WORD.test(ctx.left + ctx.right)) return [];
    const window = ctx.norm.slice(Math.max(0, ctx.sentence.start - 120), q.start);
    if (!inReconsideration(window)) return [];
    const out: HitDraft[] = [];
    const add = (metric: MetricId, rule: string, after: RegExp, before: RegExp) => {
      const a = after.exec(ctx.right);
      const b = a ? null : before.exec(ctx.left);
      if (!a && !b) return;
      out.push({
        metric,
        value: q.value,
        qualifier: q.qualifier,
        start: b ? ctx.leftStart + b.index : q.start,
        end: a ? q.end + a[0].length : q.end,
        rule,
      });
    };
    add('cases.reconsideration.upheld', 'cases.reconsideration.upheld', UPHELD_AFTER, UPHELD_BEFORE);
    add(
      'cases.reconsideration.overturned',
      'cases.reconsideration.overturned',
      OVERTURNED_AFTER,
      OVERTURNED_BEFORE,
    );
    return out.length === 1 ? out : [];
  },
};
