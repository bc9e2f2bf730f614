import type { QuantityRule } from './rule.ts';

const COUNT = ['count'] as const;
const COUNT_OR_BARE = ['count', 'bare'] as const;
const TRANSACTION_UNITS = /^(?:件|件次|笔|)$/;
// Hotline tickets, enquiries and ratings are not service transactions; neither are the parts of a total.
const NOT_TRANSACTIONS =
  /热线|工单|转办|交办|督办|主办|协办|会办|建议|提案|诉求|12345|咨询|投诉|举报|评价|来电|来访|跑一次|即办|不见面|网上|掌上|自助|邮寄|秒批|审批受理|差评/;

export const SERVICE_RULES: QuantityRule[] = [
  {
    id: 'services.listed',
    metric: 'services.listed',
    kinds: COUNT,
    keys: ['政务服务事项'],
    units: /^(?:项|个|条)$/,
    before:
      /(?:(?:梳理|编制|公布|录入|纳入|接入|确定|发布|认领|保留|共有|有)[^,;。()]{0,12}?)?政务服务事项(?:清单|目录)?(?:共计|共|总数|数量|数|为|达|有|:)*\s*$/,
    reject: /新增|取消|下放|调整|网上可办|全程网办|即办|跑一次|不见面|下沉|一件事|高频|跨省|通办|进驻/,
    stock: true,
  },
  {
    id: 'services.listed',
    metric: 'services.listed',
    kinds: COUNT,
    keys: ['政务服务事项'],
    units: /^(?:项|个)$/,
    before: /(?:梳理|编制|公布|录入|纳入|接入|确定|发布|认领)(?:了)?(?:共)?\s*$/,
    after: /^(?:各类)?政务服务事项/,
    reject: /新增|取消|下放|调整|网上可办|全程网办|即办|跑一次|不见面|下沉|一件事|高频|跨省|通办/,
    stock: true,
  },
  {
    id: 'services.transactions.volume',
    metric: 'services.transactions',
    kinds: COUNT_OR_BARE,
    keys: ['办件', '事项总数'],
    units: TRANSACTION_UNITS,
    before:
      /(?:(?:共|累计|全年|年)?(?:受理|办理|办结)?(?:各类)?)?(?:政务服务)?(?:(?<![主协会承转交督])办件|事项总数)(?:量|数|总量|总数)?(?:共计|共|累计|为|达到|达|约|已|:)*\s*$/,
    reject: NOT_TRANSACTIONS,
  },
  {
    id: 'services.transactions.handled',
    metric: 'services.transactions',
    kinds: COUNT_OR_BARE,
    keys: ['服务', '审批'],
    units: TRANSACTION_UNITS,
    before:
      /(?:共|全年|累计)?(?:办理|受理|办结)(?:各类|各项)?(?:(?:行政)?审批和公共服务|政务服务|审批服务|公共服务|便民服务|(?<=办理(?:各类)?)行政审批)(?:事项|业务)?(?:共计|共|为|达|:)*\s*$/,
    reject: NOT_TRANSACTIONS,
    priority: 1,
  },
  {
    id: 'services.transactions.items',
    metric: 'services.transactions',
    kinds: COUNT_OR_BARE,
    keys: ['各类', '各项'],
    units: /^(?:件|件次|笔)$/,
    before: /(?:共|全年|累计)?(?:受理|办理)(?:各类|各项)(?:事项|业务)(?:共计|共|为|达|:)*\s*$/,
    reject: NOT_TRANSACTIONS,
    context: /政务服务|政务中心|服务中心|服务大厅|政务大厅|便民服务|审批服务/,
    priority: 2,
  },
  {
    id: 'services.transactions.business',
    metric: 'services.transactions',
    kinds: COUNT_OR_BARE,
    keys: ['业务'],
    units: TRANSACTION_UNITS,
    before: /(?:共|全年|累计)?受理(?:各类)?业务(?:共计|共|为|达|:)*\s*$/,
    reject: NOT_TRANSACTIONS,
    priority: 2,
  },
];

const NOT_LICENSING = /复议|诉讼|投诉|举报|信访|政务服务(?!窗口|中心|大厅)|公共服务|便民服务|热线/;

export const LICENSE_RULES: QuantityRule[] = [
  {
    id: 'licenses.accepted',
    metric: 'licenses.accepted',
    kinds: COUNT,
    keys: ['受理'],
    units: /^(?:件|笔|宗)$/,
    before: /(?:共|全年)?受理[^,;。()]{0,12}?(?:审批|许可)(?:业务|申请|事项|案件)?(?:共计|共|为|达|:)*\s*$/,
    reject: NOT_LICENSING,
  },
  {
    id: 'licenses.accepted',
    metric: 'licenses.accepted',
    kinds: COUNT,
    keys: ['受理'],
    units: /^(?:件|笔|宗)$/,
    before: /(?:审批|许可)(?:申请|业务)?:?受理(?:量|数)?(?:共计|共|为|达|:)*\s*$/,
    reject: NOT_LICENSING,
    priority: 1,
  },
  {
    id: 'licenses.issued',
    metric: 'licenses.issued',
    kinds: COUNT,
    keys: ['证', '执照', '牌照'],
    units: /^(?:份|张|件|个|本)$/,
    before:
      /(?:办理|核发|发放|颁发|换发|发出|制发|印制)[^,;。()]{0,24}?(?:执照|许可证|通行证|证照|证书|牌照|许可文书)》?(?:共计|共|为|达|:)*\s*$/,
    reject: /执法证|执法资格|工作证|电子证照|证明/,
  },
  {
    id: 'licenses.issued.granted',
    metric: 'licenses.issued',
    kinds: COUNT,
    keys: ['许可'],
    units: /^(?:件|份|个|宗)$/,
    before: /(?:作出)?(?:准予|予以|同意)(?:行政)?许可(?:决定)?(?:共计|共|为|:)*\s*$/,
    reject: /不予|撤销|变更|延续|注销/,
    priority: 1,
  },
  {
    id: 'licenses.issued',
    metric: 'licenses.issued',
    kinds: COUNT,
    keys: ['证', '执照', '牌照'],
    units: /^(?:份|张|件|个|本)$/,
    before: /(?:办理|核发|发放|颁发|换发|发出)(?:了)?(?:各类)?\s*$/,
    after: /^(?:各类)?[^,;。()]{0,8}?(?:执照|许可证|证照|证书|牌照)/,
    reject: /执法证|执法资格|工作证|电子证照|证明/,
  },
];
