import { describe, it } from 'vitest';
import { expectMetrics, type Expected } from './extract-metrics-holdout-helpers.ts';

// Written for this suite in 公文 style, not taken from the dev set: NPC/CPPCC counts and derived sums, certified
// staff, adviser fees and opinions, normative documents issued, kept and abolished, and rates, trainings, new
// certificates, other budgets and other kinds of rules that must yield nothing ({}).
const SENTENCES: [string, Expected][] = [
  [
    '全年共承办人大代表建议28件、政协委员提案35件，办复率100%。',
    {
      'proposals.handled': [63, 'derived'],
      'proposals.npc_suggestions': 28,
      'proposals.cppcc_proposals': 35,
    },
  ],
  ['办理省人大代表建议和省政协委员提案共计63件，其中主办41件、协办22件。', { 'proposals.handled': 63 }],
  ['共收到市人大代表议案建议15件。', { 'proposals.npc_suggestions': 15 }],
  ['答复政协提案21件，满意率100%。', { 'proposals.cppcc_proposals': 21 }],
  ['全年承办市人大代表建议和政协委员提案共42件，按时办结率100%。', { 'proposals.handled': 42 }],
  ['办理全国人大代表建议3件。', { 'proposals.npc_suggestions': 3 }],
  ['人大代表建议和政协委员提案办复率均为100%。', {}],
  ['全局现有执法人员86人，其中持有行政执法证件82人。', { 'staff.enforcement_certified': 82 }],
  ['全局在编在岗执法人员均持证上岗。', {}],
  ['组织执法人员参加执法资格考试，新增持证人员12名。', {}],
  ['全市共有持证行政执法人员3.2万人。', { 'staff.enforcement_certified': 32000 }],
  ['全县取得行政执法资格证件的人员共1563名。', { 'staff.enforcement_certified': 1563 }],
  ['全局共有在岗执法人员120人，持证率98.3%。', {}],
  ['全年新招录公务员12名，均已申领执法证。', {}],
  ['全年共有12名执法人员取得执法资格证。', {}],
  ['经考试合格新申领执法证46人。', {}],
  ['一是持证上岗，全局执法人员100%持证。', {}],
  ['组织开展法治培训12期，培训干部1500余人次。', {}],
  ['我局聘请常年法律顾问2名，全年支付法律顾问费用8万元。', { 'advisor.fee': 80000 }],
  ['聘请法律顾问3名，法律顾问经费预算10万元。', { 'advisor.fee': 100000 }],
  ['法律顾问全年出具法律意见书46份，审查合同32份。', { 'advisor.opinions': 46 }],
  ['法律顾问列席重大决策会议15次，提出法律意见建议60余条。', { 'advisor.opinions': [60, 'approx_lower'] }],
  ['法律顾问全年审核合同46份，出具法律意见32条，参与诉讼案件8件。', { 'advisor.opinions': 32 }],
  ['公职律师参与处理涉法事务80余件。', {}],
  ['聘请法律顾问的单位占比100%。', {}],
  ['全年法治工作经费预算50万元，聘请律师事务所提供法律服务。', {}],
  ['全年制发行政规范性文件7件，均按规定报送备案。', { 'docs.normative_issued': 7 }],
  [
    '对现行有效的规范性文件进行全面清理，共清理规范性文件126件，继续保留98件，废止21件，宣布失效7件。',
    { 'docs.normative_retained': 98, 'docs.normative_abolished': [28, 'derived'] },
  ],
  ['审查规范性文件合法性23件，提出修改意见41条。', {}],
  ['起草地方性法规草案2件，政府规章3件。', {}],
  ['审议通过规范性文件5件。', { 'docs.normative_issued': 5 }],
  ['向市人大常委会报送备案规范性文件12件，备案率100%。', {}],
  ['清理涉及不平等对待企业的政策措施文件36件，废止2件。', {}],
  [
    '对规范性文件进行清理，保留有效文件42件，宣布失效8件，废止3件。',
    { 'docs.normative_retained': 42, 'docs.normative_abolished': [11, 'derived'] },
  ],
  ['共起草、审核规范性文件和重大行政决策事项28件。', {}],
  ['出台规范性文件2件。', { 'docs.normative_issued': 2 }],
  ['规范性文件备案审查率达到100%。', {}],
  ['县政府常务会议审议规范性文件4次。', {}],
  ['计划2024年制定规范性文件3件。', {}],
  ['开展规章和规范性文件清理，废止政府规章2部。', {}],
];

describe('hold-out sentences: proposals, certified staff, legal advisers and normative documents', () => {
  it.each(SENTENCES)('%s', (text, expected) => expectMetrics(text, expected));
});
