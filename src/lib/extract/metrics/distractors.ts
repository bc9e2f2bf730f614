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
  /力争|确保|争取|目标|计划(?!生育)|预计|预期|(?<![草起])拟|将(?![近来])|(?<![主需重只概纪必摘提首紧简扼])要(?![求点素件案害闻])|努力|务必|保持|到20\d\d年|20\d\d年(?:底|末)?前/;

/** 平均/人均/单笔: not a total. */
export const AVERAGE_IN_CLAUSE = /平均|人均|均值|单笔|户均|件均/;

/** 累计/截至目前/以来: a cumulative figure rather than the year's. */
export const CUMULATIVE_IN_SENTENCE = /累计|截至目前|截止目前|截至当前|至今|以来|历年|成立后|上线后/;

/** Words that make a figure a stated total. */
export const TOTAL_IN_CLAUSE = /共|合计|总计|总数|总额|总量|全年|全部|整体|共计/;

/** Staff and list counts: these verbs describe a change in the stock, not the stock. */
export const STOCK_CHANGE =
  /新增|新领|换领|更换|换发|注销|调离|调出|调入|退休|离职|减少|增加|参加|参训|考试|培训|申领|吊销|暂扣|收回|补充|招录|新招/;

const LIST_REST = /^(?:为|是|达到?|有|占|约)?[、,和及与\s]*$/;

/**
 * True when q is one of the figures in a 分别 list (济南、临沂...分别为3595件、3125件): between 分别 and q there are
 * only other numbers and separators.
 */
export function inRespectivelyList(
  prefix: string,
  quantitySpans: [number, number][],
  prefixStart: number,
): boolean {
  const at = prefix.lastIndexOf('分别');
  if (at < 0) return false;
  let rest = '';
  let cursor = prefixStart + at + 2;
  const end = prefixStart + prefix.length;
  for (const [s, e] of quantitySpans) {
    if (e <= cursor || s >= end) continue;
    rest += prefix.slice(cursor - prefixStart, s - prefixStart);
    cursor = e;
  }
  rest += prefix.slice(cursor - prefixStart);
  return LIST_REST.test(rest);
}

const MULTI_YEAR =
  /近[两二三四五六七八九十\d]+年|[两二三四五六七八九十\d]+年(?:来|间|以来|合计|累计)|\d{4}\s*年?\s*[-—~至到]\s*\d{4}\s*年/g;
const SINGLE_YEAR = /\d{4}\s*年(?!\s*(?:来|间|以来|[-—~至到]))/g;

/** 近三年 / 三年来 / 2020年-2022年 before the figure, with no single year named after it: a multi-year figure. */
export function isMultiYear(prefix: string): boolean {
  if (!prefix.includes('年')) return false;
  let end = -1;
  for (const m of prefix.matchAll(MULTI_YEAR)) end = m.index + m[0].length;
  if (end < 0) return false;
  for (const m of prefix.matchAll(SINGLE_YEAR)) if (m.index >= end) return false;
  return true;
}

const YEAR = /(\d{4})\s*年(?!\d{1,2}\s*月\s*\d{1,2}\s*日前)/g;

/** The last year named in a sentence prefix (outside 《》), e.g. 2020 in "2020年共办理…", or null. */
export function lastYear(prefix: string): number | null {
  if (!prefix.includes('年')) return null;
  const plain = prefix.replace(/《[^》]*》/g, '');
  let year: number | null = null;
  for (const m of plain.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (y >= 1990 && y <= 2100) year = y;
  }
  return year;
}
