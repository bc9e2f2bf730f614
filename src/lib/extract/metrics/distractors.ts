// Contexts in which a number next to a metric cue is still not the metric: changes, comparison bases, goals,
// averages, earlier values, lists of other entities.

/** 同比增加40% / 增加17起 / 减少6人: a change, not a level. Tested on the text just before the number. */
export const CHANGE_BEFORE =
  /(?:(?:同比|环比|较上年|比上年|较去年|比去年|(?:与|和)(?:上年|去年)(?:同期)?相比)(?:同期)?(?:增加|减少|增长|下降|上升|提高|降低|提升|增多|增|减|多|少)|增加|减少|增长|下降|上升|提高|降低|提升|新增|增多|压减|压缩|缩短|缩减)了?\s*$/;

/** (2019年6593件) / 较2024年的244件 / 比去年同期: a comparison base. */
export const BASE_BEFORE =
  /(?:[(]|较|比|与|同比)\s*(?:\d{4}年度?|上年度?|去年|上一年度?|上期|同期)(?:同期)?(?:的|为)?\s*$|^\s*\d{4}年度?\s*$/;

/** 由78项精简到66项: the 78 is the earlier value. */
export const FROM_BEFORE = /(?:由|从)\s*$/;

/** Goals and plans: 力争/确保/将/计划/目标 ... in the same comma clause. */
export const GOAL_IN_CLAUSE =
  /力争|确保|争取|目标|计划(?!生育)|预计|预期|(?<![草起])拟|将(?![近来])|(?<![主需重只概纪必摘提首紧简扼])要(?![求点素件案害闻])|努力|务必|保持|(?<![高升长低缩少加])到20\d\d年|20\d\d年(?:底|末)?前/;

/** 平均/人均/单笔: not a total. */
export const AVERAGE_IN_CLAUSE = /平均|人均|均值|单笔|户均|件均/;

/** 累计/截至目前/以来: a cumulative figure rather than the year's. */
export const CUMULATIVE_IN_SENTENCE = /累计|截至目前|截止目前|截至当前|至今|以来|历年|成立后|上线后/;

/** Words that make a figure a stated total. */
export const TOTAL_IN_CLAUSE = /共|合计|总计|总数|总额|总量|全年|全部|整体|共计/;

/** Staff and list counts: these verbs describe a change in the stock, not the stock. */
export const STOCK_CHANGE =
  /新增|新领|新取得|首次取得|换领|更换|换发|注销|调离|调出|调入|退休|离职|减少|增加|参加|参训|考试|培训|申领|吊销|暂扣|收回|补充|招录|新招/;

const LIST_GAP = /^[、,和及与\s]*$/;
const LIST_REST = /^(?:为|是|达到?|有|占|约)?[、,和及与\s]*$/;

interface Span {
  start: number;
  end: number;
  unit: string;
}

/**
 * True when quantities[index] is one of the figures in a 分别 list of several entities: between 分别 and it there
 * are only other numbers and separators (济南、临沂...分别为3595件、3125件), or a cue and then a run of figures
 * (济南市、青岛市分别办理行政复议案件1560件、1320件). Offsets are into norm; the sentence starts at `start`.
 */
export function inRespectivelyList(
  norm: string,
  start: number,
  quantities: readonly Span[],
  index: number,
): boolean {
  const q = quantities[index];
  const prefix = norm.slice(start, q.start);
  const at = prefix.lastIndexOf('分别');
  if (at < 0) return false;
  const rest = withoutQuantities(prefix, quantities, start, start + at + 2);
  if (LIST_REST.test(rest)) return true;
  if (/[,;:。]/.test(rest)) return false;
  const prev = quantities[index - 1];
  const next = quantities[index + 1];
  const listed = (a: Span | undefined, b: Span | undefined) =>
    a !== undefined && b !== undefined && a.unit === b.unit && LIST_GAP.test(norm.slice(a.end, b.start));
  return (prev !== undefined && prev.start >= start + at + 2 && listed(prev, q)) || listed(q, next);
}

/** The text of prefix[from - prefixStart...] with the quantities in it cut out. */
function withoutQuantities(
  prefix: string,
  quantities: readonly Span[],
  prefixStart: number,
  from: number,
): string {
  let rest = '';
  let cursor = from;
  const end = prefixStart + prefix.length;
  for (const { start: s, end: e } of quantities) {
    if (e <= cursor || s >= end) continue;
    rest += prefix.slice(cursor - prefixStart, s - prefixStart);
    cursor = e;
  }
  rest += prefix.slice(cursor - prefixStart);
  return rest;
}

const MULTI_YEAR =
  /近[两二三四五六七八九十\d]+年|[两二三四五六七八九十\d]+年(?:来|间|以来|合计|累计)|\d{4}\s*年?\s*[-—~至到]\s*\d{4}\s*年/g;
// A necessary condition for MULTI_YEAR (近…, …年来/间/以来/合计/累计, or a year range), tested first because
// MULTI_YEAR backtracks over every digit run.
const MAY_SPAN_YEARS = /近|年(?:来|间|以来|合计|累计)|[-—~至到]/;
const SINGLE_YEAR = /\d{4}\s*年(?!\s*(?:来|间|以来|[-—~至到]))/g;

// The scans below use exec loops on module-level /g regexes (lastIndex reset first) rather than matchAll, which
// clones the regex on every call; they run for every candidate figure.

/** 近三年 / 三年来 / 2020年-2022年 before the figure, with no single year named after it: a multi-year figure. */
// 1,203件（2018-2022年） / 56件(2019年以来): a period written right after the figure.
const PERIOD_AFTER = /^[^,;。()]{0,6}?\(\s*(?:\d{4}\s*年?\s*[-—~至到]\s*\d{4}\s*年?|\d{4}\s*年(?:以来|至今))/;

export function periodAfter(right: string): boolean {
  return PERIOD_AFTER.test(right);
}

export function isMultiYear(text: string): boolean {
  if (!text.includes('年') || !MAY_SPAN_YEARS.test(text)) return false;
  const prefix = text.includes('以来') || text.includes('至今') ? text.replace(DOCUMENT_AGE, '') : text;
  let end = -1;
  MULTI_YEAR.lastIndex = 0;
  for (let m = MULTI_YEAR.exec(prefix); m; m = MULTI_YEAR.exec(prefix)) end = m.index + m[0].length;
  if (end < 0) return false;
  SINGLE_YEAR.lastIndex = 0;
  for (let m = SINGLE_YEAR.exec(prefix); m; m = SINGLE_YEAR.exec(prefix)) if (m.index >= end) return false;
  return true;
}

// A year after 较/比/与 or 由/从 is a comparison base or an earlier value (较2022年增长, 由2022年的45%提升至…),
// not the year the figure is for.
const YEAR = /(?<![较比与和由从])(\d{4})\s*年(?!\d{1,2}\s*月\s*\d{1,2}\s*日前)/g;

/** The last year named in a sentence prefix (outside 《》, not a comparison base), e.g. 2020 in "2020年共办理…". */
// 对2015年以来制发的规范性文件开展清理: the age of the documents cleaned up, not the period of the figure.
const DOCUMENT_AGE = /\d{4}\s*年(?:以来|至今)[^,;。]{0,16}?(?:制发|出台|印发|制定|发布|施行)的/g;

export function lastYear(prefix: string): number | null {
  if (!prefix.includes('年')) return null;
  let plain = prefix.includes('《') ? prefix.replace(/《[^》]*》/g, '') : prefix;
  if (plain.includes('以来') || plain.includes('至今')) plain = plain.replace(DOCUMENT_AGE, '');
  let year: number | null = null;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(plain); m; m = YEAR.exec(plain)) {
    const y = Number(m[1]);
    if (y >= 1990 && y <= 2100) year = y;
  }
  return year;
}

/** 全市人社系统 / 全省生态环境部门: a figure of the whole sector, below a department's own. */
const SYSTEM_WIDE = /全(?:国|省|市|县|区|州)(?:各级)?[\u4e00-\u9fa5]{0,8}?(?:系统|部门|机关)/;

export function isSystemWide(prefix: string): boolean {
  return prefix.includes('全') && SYSTEM_WIDE.test(prefix);
}
