import { describe, it } from 'vitest';
import { expectMetrics, type Expected } from './extract-metrics-holdout-helpers.ts';

// Written for this suite in 公文 style, not taken from the dev set: case counts and fines (万元, 亿元, Chinese
// numerals, 余/逾), and single kinds or procedures, thresholds, waived fines, changes, ranks and other years that
// must yield nothing ({}).
const SENTENCES: [string, Expected][] = [
  [
    '全年共办理行政处罚案件326件，罚没款186.5万元。',
    { 'cases.penalty': 326, 'cases.penalty_amount': 1865000 },
  ],
  [
    '全年查处各类违法案件512起，罚没金额合计1,236.8万元。',
    { 'cases.penalty': 512, 'cases.penalty_amount': 12368000 },
  ],
  ['作出行政处罚决定418件，罚款金额共计95.6万元。', { 'cases.penalty': 418, 'cases.penalty_amount': 956000 }],
  [
    '全年立案查处违法行为137件，结案129件，罚没收入42万元。',
    { 'cases.penalty': 137, 'cases.penalty_amount': 420000 },
  ],
  ['查处食品安全违法案件46件，罚没款23万元。', {}],
  ['全年罚没款较上年减少15.2%。', {}],
  ['单笔罚款最高达到50万元。', {}],
  ['对5000元以上罚款的案件实行集体讨论。', {}],
  ['共出动执法人员3200人次，检查企业1560家。', {}],
  ['开展“双随机、一公开”抽查126次。', {}],
  ['全年行政处罚案件数同比增加40%。', {}],
  ['罚没款总额达到1.2亿元。', { 'cases.penalty_amount': 120000000 }],
  [
    '立案查处违法案件1000余件，罚没款逾3000万元。',
    { 'cases.penalty': [1000, 'approx_lower'], 'cases.penalty_amount': [30000000, 'approx_lower'] },
  ],
  ['行政处罚案件移送公安机关12件。', {}],
  ['依法作出行政处罚决定书56份。', { 'cases.penalty': 56 }],
  ['全年实施行政处罚126起，罚款36.8万元。', { 'cases.penalty': 126, 'cases.penalty_amount': 368000 }],
  ['适用首违不罚、轻微免罚清单免于处罚23件。', {}],
  ['开展行政处罚案卷评查，评查案卷80件。', {}],
  ['听证案件2件。', {}],
  ['查办案件数量较2022年的244件增长了12%。', {}],
  ['累计查处违法建设案件890件。', {}],
  ['全年共办理一般程序行政处罚案件89件，简易程序案件312件。', {}],
  ['环境违法案件罚款2163.5万元。', { 'cases.penalty_amount': 21635000 }],
  ['责令停产整治企业15家。', {}],
  [
    '全年作出行政处罚决定一百零五件，罚没款三十二万元。',
    { 'cases.penalty': 105, 'cases.penalty_amount': 320000 },
  ],
  ['没收违法所得8.6万元。', {}],
  ['处罚金额不超过5万元的案件占比90%。', {}],
  ['行政处罚决定公示率100%。', {}],
  ['受理投诉举报案件320件，立案88件。', {}],
  [
    '2023年，全局共立案查处各类违法案件2156件，结案2098件，罚没款1256.3万元。',
    { 'cases.penalty': 2156, 'cases.penalty_amount': 12563000 },
  ],
  [
    '全年查处违法违规行为89起，罚款金额合计12.6万元。',
    { 'cases.penalty': 89, 'cases.penalty_amount': 126000 },
  ],
  ['对3家企业作出罚款共计15万元的行政处罚。', {}],
  ['全年办理涉企行政处罚案件136件，减免罚款金额32万元。', {}],
  ['市场监管领域查处案件3200件。', {}],
  ['查处案件数排名全省第3位。', {}],
  ['罚没款收入占非税收入的12%。', {}],
  ['全年行政处罚案件数量较2022年下降8.6%，罚没款下降15%。', {}],
  ['行政处罚自由裁量基准细化至1860条。', {}],
  [
    '办理行政处罚案件一百五十六件，罚没款十六点八万元。',
    { 'cases.penalty': 156, 'cases.penalty_amount': 168000 },
  ],
  ['全年共办理行政处罚案件0件。', { 'cases.penalty': [0, 'zero_stated'] }],
  ['对罚款金额在5万元以上的案件进行法制审核。', {}],
  ['罚没款入库时间不超过15日。', {}],
  ['编号为2023-012的行政处罚决定书已公示。', {}],
  ['全省市场监管系统共查处案件9.6万件，罚没款8.2亿元。', {}],
  ['2022年共办理行政处罚案件301件，罚没款98万元。', {}],
  ['力争2024年行政处罚案件办结率达到100%。', {}],
  ['全年共作出罚款决定1426件，罚款金额1068万元，没收违法所得56万元。', { 'cases.penalty_amount': 10680000 }],
  ['查处无证经营行为36起。', {}],
  ['全年办理行政处罚案件426件，其中简易程序案件120件，普通程序案件306件。', { 'cases.penalty': 426 }],
  ['全年办理行政处罚案件，罚没款共计58.3万元。', { 'cases.penalty_amount': 583000 }],
];

describe('hold-out sentences: penalty cases and amounts', () => {
  it.each(SENTENCES)('%s', (text, expected) => expectMetrics(text, expected));
});
