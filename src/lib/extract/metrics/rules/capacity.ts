import type { HitDraft } from '../hit.ts';
import type { CustomRule, QuantityRule } from './rule.ts';

const PERSON = ['person'] as const;
const CERT = String.raw`(?:行政)?执法(?:资格)?证(?:件|书)?`;
// 持有重庆市行政执法证 / 持有福建省行政执法证件: the issuing region before the certificate.
const REGION = String.raw`[\u4e00-\u9fa5]{2,4}[省市]`;

export const CAPACITY_RULES: QuantityRule[] = [
  {
    id: 'staff.enforcement_certified',
    metric: 'staff.enforcement_certified',
    kinds: PERSON,
    keys: ['证', '资格'],
    before: new RegExp(
      String.raw`(?:共有|现有|共|有)?(?:在岗|在编)?(?:持有?(?:有效)?(?:${REGION})?${CERT}(?:的)?(?:(?:在岗|在编)?(?:行政)?(?:执法)?(?:工作)?人员)?|` +
        String.raw`(?:取得|具有|具备)(?:有效)?(?:${REGION})?(?:${CERT}|执法资格)(?:的)?(?:(?:行政)?(?:执法)?人员)?|持证(?:在岗)?(?:行政)?执法人员|(?:行政)?执法(?:人员)?持证人员|` +
        String.raw`${CERT}持有(?:人员|人数|者)|(?<=有)${CERT}(?:的)?(?:行政)?(?:执法)?人员)(?:数|数量|人数)?(?:共计|共|合计|为|达|有|是|:)*\s*$`,
    ),
    stock: true,
  },
  {
    id: 'staff.enforcement_certified',
    metric: 'staff.enforcement_certified',
    kinds: PERSON,
    keys: ['持证'],
    before: /(?:共有|现有|共|有)?持证人员(?:数|人数)?(?:共计|共|合计|为|达|有|:)*\s*$/,
    context: /执法/,
    stock: true,
    priority: 1,
  },
  {
    id: 'staff.enforcement_certified',
    metric: 'staff.enforcement_certified',
    kinds: PERSON,
    keys: ['证'],
    after: new RegExp(String.raw`^(?:持有?|取得)(?:有效)?(?:的)?${CERT}`),
    stock: true,
  },
  {
    id: 'staff.enforcement_certified.all',
    metric: 'staff.enforcement_certified',
    kinds: PERSON,
    keys: ['执法人员'],
    before: /(?:共有|现有|共计|共|有)?(?:在岗|在编)?(?:行政)?执法人员(?:共计|共|合计|为|有|:)*\s*$/,
    after: new RegExp(
      String.raw`^\s*,?\s*(?:均|全部|全员|都)(?:已)?(?:持有?(?:有效)?${CERT}|取得(?:有效)?${CERT}|持证上岗)`,
    ),
    stock: true,
    priority: 1,
  },
  {
    id: 'advisor.opinions',
    metric: 'advisor.opinions',
    kinds: ['count'],
    units: /^(?:份|条|件|篇|个)$/,
    keys: ['法律'],
    before:
      /(?:(?:共|累计|全年)?(?:出具|提出|提供|出示|形成|撰写|发表)(?:了)?(?:各类|书面)?)?法律(?:审查|咨询)?(?:意见书|意见建议|意见和建议|建议书|意见|建议)(?:共计|共|为|达|:)*\s*$/,
    reject: /征求|采纳|听取/,
  },
  {
    id: 'advisor.opinions',
    metric: 'advisor.opinions',
    kinds: ['count'],
    units: /^(?:份|条|件|篇)$/,
    keys: ['法律'],
    before: /(?:出具|提出|提供|形成|撰写)(?:了)?(?:共)?\s*$/,
    after: /^(?:各类|书面)?法律(?:意见书|意见建议|意见和建议|建议书|意见|建议)/,
  },
];

const FEE_AFTER = /^(?:的)?(?:法律)?顾问(?:费|费用|经费|服务费)/;
const FEE_BEFORE =
  /(?:法律)?顾问(?:费|费用|经费|服务费)(?:用)?(?:共计|共|为|支出|支付|计|约|达|:|预算|人民币)*\s*$/;
const BUDGET_WORD = /预算|经费|费用|资金/;
const OTHER_BUDGET = /法治工作经费|普法|办案|培训|宣传|工作经费/;
const HIRES_ADVISER = /聘请|聘用|选聘|购买|委托/;
const ADVISER = /法律顾问|律师/;

/** 法律顾问(5万顾问费) / 申请财政预算(6万元)经费,聘请律师团队担任法律顾问: money paid for legal advisers. */
export const ADVISER_FEE: CustomRule = {
  id: 'advisor.fee',
  metrics: ['advisor.fee'],
  apply(ctx) {
    const { q, norm, sentence } = ctx;
    if (q.kind !== 'money' && q.kind !== 'bare') return [];
    const draft = (start: number, end: number): HitDraft[] => [
      { metric: 'advisor.fee', value: q.value, qualifier: q.qualifier, start, end, rule: this.id },
    ];
    const after = FEE_AFTER.exec(ctx.right);
    if (after) return draft(q.start, q.end + after[0].length);
    const before = FEE_BEFORE.exec(ctx.left);
    if (before) return draft(ctx.leftStart + before.index, q.end);
    let cStart = sentence.start;
    for (let i = q.start - 1; i >= sentence.start; i--) {
      if (norm[i] === ',') {
        cStart = i + 1;
        break;
      }
    }
    const closing = /^\)?(?:经费|费用|资金)?/.exec(ctx.right)?.[0] ?? '';
    const clause = norm.slice(cStart, q.end + closing.length);
    const rest = norm.slice(q.end, sentence.end);
    if (!BUDGET_WORD.test(clause) || OTHER_BUDGET.test(clause)) return [];
    if (!HIRES_ADVISER.test(rest) || !ADVISER.test(rest)) return [];
    return draft(cStart, q.end + closing.length);
  },
};
