// Sector of an agency from its name, in the vocabulary of the gold files; more specific patterns come first
// (人民政府行政复议办公室 is 司法行政, 人民政府办公厅 is 人民政府).
const BY_NAME: [RegExp, string][] = [
  [/通信管理/, '通信管理'],
  [/工业和信息化|工信/, '工业和信息化'],
  [/经济和信息化|经信/, '经济和信息化'],
  [/行政审批/, '行政审批'],
  [/司法|法制办|法制局|行政复议|依法治/, '司法行政'],
  [/公安/, '公安'],
  [/生态环境|环境保护|环保/, '生态环境'],
  [/法院|中院/, '法院'],
  [/检察/, '检察'],
  [/政务服务|政务局|政务中心|政务管理|数据局|大数据/, '政务服务'],
  [/交通运输|交通局/, '交通运输'],
  [/自然资源|国土资源|规划和自然资源/, '自然资源'],
  [/商务/, '商务'],
  [/市场监督管理|市场监管|工商行政|质量技术监督|食品药品监督/, '市场监管'],
  [/城市管理|城管|综合行政执法|综合执法/, '城市管理'],
  [/税务/, '税务'],
  [/海关/, '海关'],
  [/教育/, '教育'],
  [/卫生健康|卫生和计划生育|卫健/, '卫生健康'],
  [/人力资源和社会保障|人力资源社会保障|人社/, '人力资源社会保障'],
  [/住房和城乡建设|住房城乡建设|住建/, '住房城乡建设'],
  [/农业农村|农业/, '农业农村'],
  [/水利|水务/, '水利'],
  [/应急管理|安全生产监督/, '应急管理'],
  [/文化和旅游|文化广电|文旅/, '文化和旅游'],
  [/财政/, '财政'],
  [/发展和改革|发展改革|发改/, '发展改革'],
  [/(?<!人)民政/, '民政'],
  [/退役军人/, '退役军人事务'],
  [/医疗保障|医保/, '医疗保障'],
  [/林业|草原/, '林业和草原'],
  [/统计/, '统计'],
  [/审计/, '审计'],
  [/科学技术|科技/, '科技'],
  [/人民政府|政府办公|国务院$|国务院办公厅|管委会|管理委员会$/, '人民政府'],
];

// Without a named agency, the subject matter decides (court statistics, 政务服务 bulletins, 城管 monthly reports).
const BY_TOPIC: [RegExp, string][] = [
  [/法院|审结|一审|行政审判/g, '法院'],
  [/政务服务|一网通办|好差评|办件|政务大厅/g, '政务服务'],
  [/城市管理|户外广告|市政设施|园林|环卫|城管/g, '城市管理'],
  [/行政复议|行政应诉|司法局/g, '司法行政'],
  [/市场监管|市场监督管理/g, '市场监管'],
];

export function sectorOfAgency(agency: string): string | null {
  for (const [re, sector] of BY_NAME) if (re.test(agency)) return sector;
  return null;
}

export function sectorOfTopic(norm: string): string | null {
  const head = norm.slice(0, 3000);
  let best: string | null = null;
  let bestCount = 2;
  for (const [re, sector] of BY_TOPIC) {
    const count = head.match(re)?.length ?? 0;
    if (count > bestCount) {
      best = sector;
      bestCount = count;
    }
  }
  return best;
}
