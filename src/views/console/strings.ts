import type { Lang } from '../../lib/charts/format-number.ts';
import type { ImportProblem } from '../../lib/db/console/csv-shape.ts';
import type { NameProblem } from '../../lib/db/console/identifiers.ts';

// UI text of the SQL console, kept beside it (the app-wide messages live in src/lib/i18n).
const STRINGS = {
  heading: { zh: 'SQL 查询', en: 'SQL console' },
  editorLabel: { zh: 'SQL 编辑器', en: 'SQL editor' },
  placeholder: {
    zh: '输入 SQL，Ctrl+Enter 运行光标所在语句（或选中部分）……',
    en: 'Type SQL; Ctrl+Enter runs the statement at the cursor (or the selection)…',
  },
  run: { zh: '运行', en: 'Run' },
  runHint: {
    zh: '运行光标所在语句或选中部分（Ctrl/⌘+Enter）',
    en: 'Run the statement at the cursor or the selection (Ctrl/⌘+Enter)',
  },
  runAll: { zh: '全部运行', en: 'Run all' },
  runAllHint: {
    zh: '依次运行全部语句（Shift+Ctrl/⌘+Enter）',
    en: 'Run every statement in order (Shift+Ctrl/⌘+Enter)',
  },
  stop: { zh: '停止', en: 'Stop' },
  share: { zh: '分享链接', en: 'Share link' },
  copied: { zh: '链接已复制', en: 'Link copied' },
  save: { zh: '收藏', en: 'Save' },
  saveName: { zh: '收藏名称', en: 'Name for the saved query' },
  reset: { zh: '重置数据', en: 'Reset data' },
  resetConfirm: {
    zh: '重置后恢复原始数据表，删除用 SQL 创建的表与视图；已上传的文件会重新载入。继续？',
    en: 'Reset restores the original tables and removes tables and views created with SQL; uploaded files are loaded again. Continue?',
  },
  resetDone: { zh: '已恢复原始数据。', en: 'Original data restored.' },
  starting: { zh: '正在启动查询引擎……', en: 'Starting the query engine…' },
  startFailed: { zh: '查询引擎未能启动', en: 'The query engine could not start' },
  loadingTexts: { zh: '正在载入报告全文（texts）……', en: 'Loading report texts (texts)…' },
  running: { zh: '运行中', en: 'Running' },
  restarted: {
    zh: '该查询无法中断，查询引擎已重启：原始数据、上传文件与此前的修改已恢复。',
    en: 'The query could not be interrupted, so the engine was restarted; base data, uploads and earlier changes were restored.',
  },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  stoppedEarly: { zh: '已停止，保留已取回的行', en: 'Stopped; rows fetched so far are kept' },
  truncated: {
    zh: '结果过大，仅保留前 {n} 行；请加 LIMIT 或缩小查询',
    en: 'Result too large: only the first {n} rows are kept; add LIMIT or narrow the query',
  },
  rows: { zh: '{n} 行', en: '{n} rows' },
  fetching: { zh: '已取回 {n} 行……', en: '{n} rows fetched…' },
  ms: { zh: '{n} 毫秒', en: '{n} ms' },
  statementOk: { zh: '成功', en: 'OK' },
  statementError: { zh: '出错', en: 'Error' },
  statementSkipped: { zh: '未运行', en: 'Skipped' },
  blocked: {
    zh: '控制台离线运行，不能安装或加载扩展；Parquet/JSON/CSV 文件请用左侧“导入文件”载入。',
    en: 'The console runs offline and cannot install or load extensions; load Parquet/JSON/CSV files with “Import files”.',
  },
  noFileAccess: {
    zh: '控制台不能直接读取文件或网址（离线且仅限本站）；请用“导入文件”载入数据。',
    en: 'The console cannot read files or URLs directly (offline, own site only); load data with “Import files”.',
  },
  noExtension: {
    zh: '该功能属于未内置的 DuckDB 扩展，离线环境无法下载。',
    en: 'This needs a DuckDB extension that is not built in and cannot be downloaded offline.',
  },
  error: { zh: '查询出错', en: 'Query failed' },
  errorAt: { zh: '第 {line} 行', en: 'line {line}' },
  details: { zh: '详情', en: 'Details' },
  results: { zh: '查询结果', en: 'Result' },
  noResult: { zh: '运行查询后，结果显示在这里。', en: 'Run a query to see its result here.' },
  emptyResult: { zh: '（无结果行）', en: '(no rows)' },
  emptyString: { zh: '空字符串', en: 'empty string' },
  sortHint: {
    zh: '点击排序（在 DuckDB 中重新运行并排序）',
    en: 'Click to sort (re-runs the query with ORDER BY in DuckDB)',
  },
  table: { zh: '表格', en: 'Table' },
  chart: { zh: '图表', en: 'Chart' },
  exportLabel: { zh: '导出', en: 'Export' },
  cellAt: { zh: '第 {n} 行', en: 'Row {n}' },
  tabSchema: { zh: '数据表', en: 'Tables' },
  tabHistory: { zh: '历史', en: 'History' },
  tabSaved: { zh: '收藏', en: 'Saved' },
  tabExamples: { zh: '示例', en: 'Examples' },
  searchHistory: { zh: '搜索历史', en: 'Search history' },
  clearHistory: { zh: '清空历史', en: 'Clear history' },
  noHistory: { zh: '暂无历史记录', en: 'No history yet' },
  noSaved: {
    zh: '暂无收藏；点击“收藏”保存当前查询',
    en: 'Nothing saved yet; use “Save” to keep the current query',
  },
  open: { zh: '打开', en: 'Open' },
  delete: { zh: '删除', en: 'Delete' },
  insertHint: { zh: '点击插入到光标处', en: 'Click to insert at the cursor' },
  view: { zh: '视图', en: 'view' },
  lazy: { zh: '首次查询时载入', en: 'loads on first use' },
  uploads: { zh: '导入文件', en: 'Import files' },
  dropHint: {
    zh: '拖入 CSV、Parquet 或 JSON 文件，或',
    en: 'Drop CSV, Parquet or JSON files here, or',
  },
  pick: { zh: '选择文件', en: 'choose files' },
  uploading: { zh: '导入中……', en: 'Importing…' },
  rename: { zh: '表名', en: 'Table name' },
  importFailed: { zh: '无法导入 {file}', en: 'Could not import {file}' },
  unknownFormat: {
    zh: '不支持的文件类型（仅 CSV、Parquet、JSON）',
    en: 'Unsupported file type (CSV, Parquet or JSON only)',
  },
  chartType: { zh: '图表类型', en: 'Chart type' },
  bar: { zh: '条形图', en: 'Bar' },
  line: { zh: '折线图', en: 'Line' },
  scatter: { zh: '散点图', en: 'Scatter' },
  xColumn: { zh: 'X（类别）', en: 'X (category)' },
  yColumn: { zh: 'Y（数值）', en: 'Y (value)' },
  colorColumn: { zh: '颜色', en: 'Colour' },
  none: { zh: '无', en: 'None' },
  chartNeedsNumber: {
    zh: '没有可画的数据：请选择数值列（折线图、散点图的 X 轴也须为数值或日期）。',
    en: 'Nothing to draw: choose numeric columns (line and scatter charts need a number or date on X too).',
  },
  chartFirstRows: { zh: '仅显示前 {n} 行', en: 'First {n} rows only' },
  chartUnavailable: { zh: '该图表类型暂不可用。', en: 'This chart type is not available yet.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ConsoleString = keyof typeof STRINGS;

/** Console text in `lang`, with `{name}` placeholders filled from `vars`. */
export function s(key: ConsoleString, lang: Lang, vars: Record<string, string | number> = {}): string {
  if (key === 'rows' && lang === 'en' && vars.n === 1) return '1 row';
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) =>
    typeof vars[k] === 'number'
      ? (vars[k] as number).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')
      : String(vars[k] ?? ''),
  );
}

/** An import failure in words. */
export function importProblemText(problem: ImportProblem, lang: Lang): string {
  const zh = lang === 'zh';
  switch (problem.code) {
    case 'csv_fields':
      return zh
        ? `第 ${problem.row} 行有 ${problem.found} 个字段，表头有 ${problem.expected} 个`
        : `row ${problem.row} has ${problem.found} fields, the header has ${problem.expected}`;
    case 'csv_quotes':
      return zh
        ? `第 ${problem.row} 行引号未闭合或位置不对`
        : `row ${problem.row}: unclosed or misplaced quote`;
    case 'empty':
      return zh ? '文件为空' : 'the file is empty';
    case 'unsupported':
      return s('unknownFormat', lang);
    case 'detail':
      return problem.detail;
  }
}

export function nameProblemText(problem: NameProblem | 'taken', lang: Lang): string {
  const zh = lang === 'zh';
  return {
    empty: zh ? '表名不能为空' : 'the name is empty',
    too_long: zh ? '表名过长（最多 63 个字符）' : 'the name is too long (63 characters at most)',
    control: zh ? '表名含控制字符' : 'the name contains control characters',
    reserved: zh ? '以 __ 开头的表名保留给系统' : 'names starting with __ are reserved',
    taken: zh ? '已有同名的表或视图' : 'a table or view has that name',
  }[problem];
}
