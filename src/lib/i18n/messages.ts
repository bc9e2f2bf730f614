import type { Lang } from '../charts/format-number.ts';
import { VIEW_MESSAGES } from './view-messages.ts';

const COMMON_MESSAGES = {
  appTitle: { zh: '法治对标', en: 'Fazhi Benchmark' },
  appSubtitle: { zh: '法治政府建设年度报告指标对比', en: 'Comparing rule-of-law government annual reports' },
  'nav.compare': { zh: '对标', en: 'Compare' },
  'nav.trends': { zh: '趋势', en: 'Trends' },
  'nav.disclosure': { zh: '披露矩阵', en: 'Disclosure' },
  'nav.agency': { zh: '单位档案', en: 'Agency' },
  'nav.coverage': { zh: '任务覆盖', en: 'Coverage' },
  'nav.compliance': { zh: '报告合规', en: 'Compliance' },
  'nav.extract': { zh: '提取报告', en: 'Extract' },
  'nav.console': { zh: 'SQL 查询', en: 'SQL console' },
  'nav.deck': { zh: '演示', en: 'Deck' },
  metric: { zh: '指标', en: 'Metric' },
  year: { zh: '年度', en: 'Year' },
  level: { zh: '层级', en: 'Level' },
  province: { zh: '省份', en: 'Province' },
  sector: { zh: '领域', en: 'Sector' },
  all: { zh: '全部', en: 'All' },
  'level.national': { zh: '国家级', en: 'National' },
  'level.provincial': { zh: '省级', en: 'Provincial' },
  'level.municipal': { zh: '市级', en: 'Municipal' },
  'level.county': { zh: '县级', en: 'County' },
  loading: { zh: '正在加载数据…', en: 'Loading data…' },
  notDisclosed: { zh: '未披露', en: 'Not disclosed' },
  zeroStated: { zh: '明确为0', en: 'stated as zero' },
  median: { zh: '中位数', en: 'Median' },
  mean: { zh: '平均值', en: 'Mean' },
  rank: { zh: '排名', en: 'Rank' },
  percentile: { zh: '百分位', en: 'Percentile' },
  agency: { zh: '单位', en: 'Agency' },
  value: { zh: '数值', en: 'Value' },
  evidence: { zh: '原文依据', en: 'Evidence' },
  showTable: { zh: '以表格显示', en: 'Show as table' },
  showChart: { zh: '以图表显示', en: 'Show as chart' },
  noData: { zh: '所选条件下没有数据。', en: 'No data for this selection.' },
  noDataHint: {
    zh: '请尝试更换年度、放宽层级/省份/领域筛选，或选择其他指标。',
    en: 'Try another year, loosen the level/province/sector filters, or pick another metric.',
  },
  queryFailed: { zh: '查询失败', en: 'Query failed' },
  dataFileFailed: { zh: '数据文件无法读取', en: 'A data file could not be read' },
  dataFileHint: {
    zh: '请重新运行 npm run ingest 生成数据文件，或联系管理员。',
    en: 'Re-run npm run ingest to regenerate the data files, or contact the administrator.',
  },
  details: { zh: '详情', en: 'Details' },
  approxNote: {
    zh: '≥ 表示原文为约数（如“100余”），≤ 表示上限（如“不到100”），≈ 表示由约数计算；约数以斜线填充显示',
    en: '≥ marks an approximate lower bound (e.g. "100余"), ≤ an upper bound, ≈ a value computed from approximate inputs; approximate bars are hatched',
  },
  language: { zh: 'English', en: '中文' },
  copyLink: { zh: '复制链接', en: 'Copy link' },
  linkCopied: { zh: '链接已复制', en: 'Link copied' },
  copyManually: { zh: '无法访问剪贴板，请手动复制：', en: 'Clipboard unavailable; copy this link:' },
  clearSelection: { zh: '取消选择', en: 'Clear selection' },
  selectionHint: {
    zh: '悬停或用方向键查看详情，点击或按 Enter 选中单位，Esc 取消选择',
    en: 'Hover or use the arrow keys for details; click or press Enter to select an agency; Esc clears',
  },
  openInProfile: { zh: '在单位档案中查看原文', en: 'Open in the agency profile' },
  dismiss: { zh: '关闭提示', en: 'Dismiss' },
  unitLabel: { zh: '单位：', en: 'Unit: ' },
  matrixTruncated: {
    zh: '图中显示前 {n} 家（共 {m} 家），完整列表见表格。',
    en: 'The chart shows the first {n} of {m}; the table has them all.',
  },
  source: {
    zh: '数据来源：法治政府建设年度报告（自动提取）',
    en: 'Source: annual rule-of-law reports (extracted)',
  },
} as const satisfies Record<string, Record<Lang, string>>;

const MESSAGES = { ...COMMON_MESSAGES, ...VIEW_MESSAGES };

export type MessageKey = keyof typeof MESSAGES;

export function hasMessage(key: string): key is MessageKey {
  return key in MESSAGES;
}

export function t(key: MessageKey, lang: Lang): string {
  return MESSAGES[key][lang];
}

/** A message with `{name}` placeholders filled in. */
export function tf(key: MessageKey, lang: Lang, vars: Record<string, string | number>): string {
  return t(key, lang).replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
