import type { Lang } from '../../lib/charts/format-number.ts';

const LABELS = {
  heading: { zh: '提取新报告', en: 'Extract a report' },
  intro: {
    zh: '把报告文件（txt、html、docx、pdf，支持 GB18030/UTF-16 编码）拖到这里，浏览器内即时提取指标，不经过服务器。',
    en: 'Drop report files (txt, html, docx, pdf; GB18030/UTF-16 too) here: metrics are extracted in the browser, no server involved.',
  },
  pick: { zh: '选择文件', en: 'Choose files' },
  dropHere: { zh: '拖放报告文件到此处', en: 'Drop report files here' },
  reading: { zh: '正在读取和提取…', en: 'Reading and extracting…' },
  failed: { zh: '无法读取', en: 'Could not read' },
  metrics: { zh: '提取的指标', en: 'Extracted metrics' },
  noMetrics: { zh: '未提取到目录指标。', en: 'No catalog metric was found.' },
  candidates: { zh: '未采用的候选值', en: 'Candidates not chosen' },
  document: { zh: '报告信息', en: 'Report' },
  parts: { zh: '法定组成部分', en: 'Mandated parts' },
  addToSession: { zh: '加入本次会话的数据表', en: "Add to this session's tables" },
  adding: { zh: '正在加入…', en: 'Adding…' },
  added: {
    zh: '已加入：可在各视图与 SQL 查询中使用（刷新页面后失效）。',
    en: 'Added: available in every view and the SQL console until the page is reloaded.',
  },
  replaced: { zh: '已替换同名报告。', en: 'Replaced the report with the same file name.' },
  openProfile: { zh: '打开单位档案', en: 'Open agency profile' },
  text: { zh: '报告原文', en: 'Report text' },
  clickMetric: { zh: '点击指标查看原文依据。', en: 'Click a metric to see its evidence in the text.' },
  unknown: { zh: '未识别', en: 'unknown' },
  annual_report: { zh: '年度报告', en: 'annual report' },
  implementation_plan: { zh: '实施方案', en: 'implementation plan' },
  other: { zh: '其他文件', en: 'other document' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ExtractLabel = keyof typeof LABELS;

export function label(key: ExtractLabel, lang: Lang): string {
  return LABELS[key][lang];
}
