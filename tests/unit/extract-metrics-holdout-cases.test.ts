import { describe, it } from 'vitest';
import { expectMetrics, type Expected } from './extract-metrics-holdout-helpers.ts';

// Written for this suite in 公文 style, not taken from the dev set: received over accepted figures, follow-on
// clauses, outcomes, stated zeros, and changes, rates, goals, other bodies and paperwork that must yield nothing ({}).
const SENTENCES: [string, Expected][] = [
  ['全年共收到行政复议申请35件，受理34件，审结30件。', { 'cases.reconsideration': 35 }],
  ['全年审结行政复议案件30件，新收35件。', { 'cases.reconsideration': 35 }],
  [
    '2023年，我局作为被申请人的行政复议案件共6件，其中维持4件，撤销1件，申请人撤回1件。',
    { 'cases.reconsideration': 6, 'cases.reconsideration.upheld': 4, 'cases.reconsideration.overturned': 1 },
  ],
  [
    '全年共办理行政复议案件12件，经审理，维持原行政行为8件，确认违法2件，驳回复议申请2件。',
    {
      'cases.reconsideration': 12,
      'cases.reconsideration.upheld': [10, 'derived'],
      'cases.reconsideration.overturned': 2,
    },
  ],
  ['本年度未发生行政复议案件。', { 'cases.reconsideration': [0, 'zero_stated'] }],
  ['我局全年无行政诉讼案件。', { 'cases.litigation': [0, 'zero_stated'] }],
  [
    '2023年度，我局行政复议、行政诉讼案件均为零。',
    { 'cases.litigation': [0, 'zero_stated'], 'cases.reconsideration': [0, 'zero_stated'] },
  ],
  ['全年行政应诉案件3件，其中败诉1件。', { 'cases.litigation': 3, 'cases.litigation.lost': 1 }],
  [
    '全年共发生行政诉讼案件8件，已审结5件，无败诉案件。',
    { 'cases.litigation': 8, 'cases.litigation.lost': [0, 'zero_stated'] },
  ],
  ['市政府本级共收到行政复议申请1268件，依法受理1103件。', { 'cases.reconsideration': 1268 }],
  ['全年新收行政诉讼案件42件，审结39件，行政机关负责人出庭应诉率达100%。', { 'cases.litigation': 42 }],
  ['办理行政复议案件数较上年增加15件。', {}],
  ['行政复议案件同比下降18.5%。', {}],
  ['行政复议纠错率为12.3%。', {}],
  ['全年办理信访复查案件3件。', { 'cases.petition_review': 3 }],
  ['办理群众来信来访126件次。', {}],
  ['接听12345政务服务热线来电2.3万件。', {}],
  ['行政复议决定书、意见书、建议书共制发58份。', {}],
  ['开展行政复议案卷评查，评查案卷120卷。', {}],
  ['组织旁听庭审活动4次，参加人员200余人。', {}],
  ['近三年来，我局共办理行政复议案件47件。', {}],
  ['力争行政复议案件办结率达到100%。', {}],
  ['某县行政复议案件12件全部维持。', {}],
  ['2022年共办理行政复议案件20件，2023年办理26件。', { 'cases.reconsideration': 26 }],
  [
    '全年办理行政复议案件二十六件，行政诉讼案件九件。',
    { 'cases.reconsideration': 26, 'cases.litigation': 9 },
  ],
  ['今年以来共收到行政复议申请19件(其中不予受理2件)。', { 'cases.reconsideration': 19 }],
  ['共代理行政诉讼案件15件，胜诉13件，败诉2件。', { 'cases.litigation': 15, 'cases.litigation.lost': 2 }],
  ['全年复议后被起诉案件3件。', {}],
  ['依法办理行政复议案件51件，按期办结率100%。', { 'cases.reconsideration': 51 }],
  ['受理行政复议申请46件，不予受理3件。', { 'cases.reconsideration': 46 }],
  ['行政诉讼一审判决败诉案件2件。', { 'cases.litigation.lost': 2 }],
  ['收到并办理以本机关为被申请人的行政复议案件0件。', { 'cases.reconsideration': [0, 'zero_stated'] }],
  [
    '本年度行政复议和行政应诉案件数量为零。',
    { 'cases.litigation': [0, 'zero_stated'], 'cases.reconsideration': [0, 'zero_stated'] },
  ],
  ['没有发生以我局为被告的行政诉讼。', { 'cases.litigation': [0, 'zero_stated'] }],
  ['全年涉及我局的行政诉讼案件共2起，均以原告撤诉结案。', { 'cases.litigation': 2 }],
  ['行政机关负责人出庭应诉案件38件。', {}],
  ['全年共接待群众来访312人次，受理信访事项89件。', {}],
  ['行政复议申请人数同比增加25人。', {}],
  [
    '2023年，我委未发生行政复议、行政诉讼案件。',
    { 'cases.litigation': [0, 'zero_stated'], 'cases.reconsideration': [0, 'zero_stated'] },
  ],
  ['收到行政复议申请3件，均已审结并维持原具体行政行为。', { 'cases.reconsideration': 3 }],
  [
    '2023年，全市各级行政复议机关共收到行政复议申请5326件，其中我局作为复议机关收到1021件。',
    { 'cases.reconsideration': 5326 },
  ],
  ['全省行政复议机关共办理案件4.3万件。', {}],
  ['济南市、青岛市分别办理行政复议案件1560件、1320件。', {}],
  ['省司法厅共办理行政复议案件980件。', {}],
  ['全年行政复议案件〔2023〕第12号决定已送达。', {}],
  ['行政复议案件平均审理周期为42天。', {}],
  ['全年审结行政复议案件58件，其中调解和解结案11件。', {}],
  ['全年行政诉讼案件一审败诉率为5.2%。', {}],
  ['到2025年，行政复议案件纠错率控制在15%以内。', {}],
  ['本年度共收到行政复议申请二十二件，全部依法受理。', { 'cases.reconsideration': 22 }],
  ['2023年全年共新收行政诉讼案件136件，同比增长8.8%。', { 'cases.litigation': 136 }],
  ['一审行政案件收案数为1826件，结案1790件。', { 'cases.litigation': 1826 }],
  ['本院共受理行政诉讼案件326件。', { 'cases.litigation': 326 }],
  ['办理行政复议案件17件(2022年为23件)。', { 'cases.reconsideration': 17 }],
  ['行政复议案件从2022年的18件下降到2023年的12件。', {}],
  ['新收行政复议案件较2022年的244件增长了12%。', {}],
];

describe('hold-out sentences: reconsideration and litigation', () => {
  it.each(SENTENCES)('%s', (text, expected) => expectMetrics(text, expected));
});
