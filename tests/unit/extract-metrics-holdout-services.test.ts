import { describe, it } from 'vitest';
import { expectMetrics, type Expected } from './extract-metrics-holdout-helpers.ts';

// Written for this suite in 公文 style, not taken from the dev set: service lists and transactions, licences
// issued, online rates (also 由A%提升至B% and 100%网上可办), and hotlines, ratings, goals, higher levels and
// other lists that must yield nothing ({}).
const SENTENCES: [string, Expected][] = [
  [
    '全年政务服务中心共受理各类事项18.6万件，办结18.5万件，按时办结率100%。',
    { 'services.transactions': 186000 },
  ],
  ['梳理政务服务事项清单，共确定依申请政务服务事项1356项。', { 'services.listed': 1356 }],
  [
    '政务服务事项网上可办率达到98.6%，全程网办率达到85.2%。',
    { 'online.available_rate': 98.6, 'online.full_rate': 85.2 },
  ],
  [
    '全年办件量达26.3万件，其中即办件12.1万件，占比46%。',
    { 'services.transactions': 263000, 'online.immediate_rate': 46 },
  ],
  ['“最多跑一次”事项占比达99.5%。', { 'online.one_visit_rate': 99.5 }],
  ['网上办理率由2022年的45%提升至68.3%。', { 'online.processed_rate': 68.3 }],
  ['全年受理行政许可申请2318件，办结2316件。', { 'licenses.accepted': 2318 }],
  ['核发食品经营许可证1268张。', { 'licenses.issued': 1268 }],
  ['全年共发放营业执照5623份。', { 'licenses.issued': 5623 }],
  ['共办理建筑工程施工许可证86件。', { 'licenses.issued': 86 }],
  ['作出准予行政许可决定1520件。', { 'licenses.issued': 1520 }],
  ['12345热线共受理群众诉求8.6万件，办结率99.2%。', {}],
  ['“好差评”系统收到评价12.6万条，好评率99.99%。', {}],
  ['力争2024年底政务服务事项网上可办率达到100%。', {}],
  ['政务服务满意度达98.5%。', {}],
  ['进驻政务服务大厅事项896项，进驻率95%。', {}],
  ['全市一体化政务服务平台注册用户达到120万人。', {}],
  ['新增“跨省通办”事项58项。', {}],
  ['推动高频事项“一件事一次办”，共梳理一件事主题32个。', {}],
  ['行政审批事项承诺时限压缩至法定时限的30%以内。', {}],
  ['全年办理各类审批服务事项6.8万件，同比增长12%。', { 'services.transactions': 68000 }],
  ['全省网上可办率平均为92.3%。', {}],
  ['即办件为4.1万件，占比28.97%。', { 'online.immediate_rate': 28.97 }],
  ['电子证照共享应用12.6万次。', {}],
  ['办理行政审批和公共服务事项23568件。', { 'services.transactions': 23568 }],
  ['行政许可事项实现100%网上可办。', { 'online.available_rate': 100 }],
  ['全年共受理审批业务1423件，其中网上受理1286件。', { 'licenses.accepted': 1423 }],
  [
    '全县政务服务事项网上可办率、全程网办率分别达到99.2%和86.5%。',
    { 'online.available_rate': 99.2, 'online.full_rate': 86.5 },
  ],
  ['政务服务中心全年共办理各类业务15.3万件，群众满意率99.8%。', { 'services.transactions': 153000 }],
  [
    '全市依申请政务服务事项实现100%网上可办，全程网办率达到92.1%。',
    { 'online.available_rate': 100, 'online.full_rate': 92.1 },
  ],
  ['2023年，全市政务服务事项即办件占比提升至52.6%。', { 'online.immediate_rate': 52.6 }],
  ['“一网通办”平台全年办件量1286万件，同比增长18%。', { 'services.transactions': 12860000 }],
  ['我局共认领政务服务事项86项，全部录入省一体化平台。', { 'services.listed': 86 }],
  [
    '受理建设工程规划许可申请312件，核发建设工程规划许可证298件。',
    { 'licenses.accepted': 312, 'licenses.issued': 298 },
  ],
  ['全年办理药品经营许可证换证126张。', {}],
  ['发放道路运输经营许可证明68份。', {}],
  ['全年新登记市场主体1.2万户。', {}],
  ['核发排污许可证42张，其中重点管理16张。', { 'licenses.issued': 42 }],
  ['不予行政许可决定12件。', {}],
  ['全年共受理企业开办申请3200余件，平均办结时间压缩至1个工作日。', {}],
  ['网上办理率达到了29.84%。', { 'online.processed_rate': 29.84 }],
  ['“最多跑一次”办件量为1377万件，占总量的55.3%。', { 'online.one_visit_rate': 55.3 }],
  ['实现“一网通办”事项占比90%以上。', {}],
  ['力争2024年网上可办率达到100%，全程网办率达到80%。', {}],
  ['全省政务服务事项网上可办率为95.6%，我市为98.3%。', {}],
  ['窗口平均等候时间缩短至8分钟。', {}],
  ['大厅日均接待办事群众1200人次。', {}],
  ['政务服务“好差评”差评整改率100%。', {}],
  ['全年政务服务大厅接待群众28万人次。', {}],
  ['计划2024年办理政务服务事项网上可办率达100%。', {}],
  ['到2025年，行政许可事项全程网办率达到90%以上。', {}],
  ['梳理公布政务服务事项目录1024项，其中行政许可事项215项。', { 'services.listed': 1024 }],
  ['网上可办率较上年提高5.6个百分点。', {}],
];

describe('hold-out sentences: government services, licences and online rates', () => {
  it.each(SENTENCES)('%s', (text, expected) => expectMetrics(text, expected));
});
