import { clauseStart, type QuantityContext } from './clauses.ts';
import {
  AVERAGE_IN_CLAUSE,
  BASE_BEFORE,
  CHANGE_BEFORE,
  CUMULATIVE_IN_SENTENCE,
  FROM_BEFORE,
  GOAL_IN_CLAUSE,
  inRespectivelyList,
  lastYear,
  isMultiYear,
  periodAfter,
  STOCK_CHANGE,
  isSystemWide,
  TOTAL_IN_CLAUSE,
} from './distractors.ts';
import { attribute, type Home } from './attribution.ts';
import { completeHit, RESPONDENT_METRICS, type Hit, type HitDraft } from './hit.ts';
import type { QuantityRule } from './rules/rule.ts';

// Verb classes of case figures: rank (lower wins) and the name used in rule ids and reasons.
const CASE_VERBS: [RegExp, number, string, string][] = [
  [/审结|办结|结案|审查终结/, 9, '审结', 'concluded'],
  [/收到|新收|收案|接收|被申请/, 0, '收到', 'received'],
  [/发生/, 0, '发生', 'received'],
  [/办理|承办|应诉|提起/, 1, '办理', 'handled'],
  [/受理/, 2, '受理', 'accepted'],
  [/审理|代理|参与/, 3, '审理', 'tried'],
  [/审议|研究|讨论|会商|评查/, 10, '审议', 'discussed'],
];
const CONCLUDED_RANK = 9;
// 查处食品安全违法案件 / 办理野外违规用火行政处罚案件: the words between the verb and the case noun name a kind.
const DOMAIN_CASE = /(?:(?:立案)?查(?:处|办)|办理|立案)([^,;。()]{1,10}?)(?:违法)?(?:行政处罚)?(?:案件|行为)/;
const PENALTY_METRICS = new Set(['cases.penalty', 'cases.penalty_amount']);
const GENERIC_CASE_QUALIFIER =
  /^(?:各类|各种|违法|违法违规|行政违法|行政处罚|一般程序|普通程序|简易程序|行政|立案|查处|的|了|共)+$/;
// The fields a kind of department covers whole, by a word of its name: 安全生产 is all of an 应急管理局's cases.
const OWN_FIELDS: [RegExp, RegExp][] = [
  [/应急管理|安全生产监督/, /^(?:安全生产|应急|消防|危险化学品|危化品?|矿山|烟花爆竹)/],
  [/交通运输/, /^(?:交通运输|交通|道路运输|运输|公路|水路|超限超载)/],
  [/生态环境|环境保护/, /^(?:生态环境|环境|环保|污染)/],
  [/自然资源|国土/, /^(?:自然资源|国土资源|国土|土地|矿产|规划)/],
  [/市场监督|市场监管/, /^(?:市场监管|市场)/],
  [/城市管理|城管|综合行政执法/, /^(?:城市管理|城管|市容)/],
  [/水利|水务/, /^(?:水利|水务|水事|河道)/],
  [/林业/, /^(?:林业|森林|野生动物)/],
  [/医疗保障|医保/, /^(?:医疗保障|医保)/],
  [/文化和旅游|文化广电|文旅/, /^(?:文化|旅游|文化市场)/],
  [/税务/, /^(?:税务|税收|涉税)/],
  [/人力资源/, /^(?:劳动保障|劳动)/],
  [/住房和城乡建设|住建/, /^(?:建筑|住建|房地产)/],
];
// 5000元以上的案件 / 5万元以上罚款: a threshold, not a figure.
const THRESHOLD = /(?:以上|以下|以内)(?:的|[\u4e00-\u9fff])/;
const PROCEDURE = /(?<!含)(?:简易程序|简易处罚|普通程序|一般程序|听证程序)/;
const SHARE_AFTER = /^\s*,?\s*占(?:总|全|比|同期)/;
const FIELD = /领域/;
// 涉企行政处罚案件: the cases of one group of parties.
const ONE_KIND = /涉企|涉农|涉外|涉疫/;
// 198项，2023年调整为176项: the first figure is the stock before the change.
const LATER_VALUE_AFTER = /^,?[^,;。]{0,12}?(?:调整|精简|压减|缩减|压缩)(?:后)?(?:为|至|到)\s*$/;
const RIGHT_CLAUSE = /^[^,;。]{0,4}/;
const OWN_LEVEL = /本级/;
// 罚款1.5万元至3万元不等: one end of a range.
const RANGE_AFTER = /^\s*(?:至|到|-|—|~)\s*[\d一二三四五六七八九十]/;
// 累计办理…120余件，本年度办理23件: the sentence gives the year's figure after the cumulative one.
const YEAR_FIGURE_AFTER = /^[^。]*?(?:本年度|本年|今年|当年)/;
// “十三五”期间累计取消…: a plan period.
const PLAN_PERIOD = /十[一二三四五六七八九]五["”]?(?:期间|以来|时期|期)|[三四五]年来|[三四五]年间/;
// 协助市生态环境局办理…: work done for another body.
const FOR_ANOTHER = /(?:协助|配合|协同)[^,;。]{0,12}?(?:局|委|厅|办|院|部门|单位|政府)/;
// 上年度全县收到… / 上年同期办理…: the previous year's figure, named in the figure's own clause.
const EARLIER_PERIOD = /(?:上|去)年同期|上一?年度/;
// 截至目前，累计清理…废止45件: a flow counted up to now, over an unstated number of years.
// 截至目前 alone often means "so far this year" (截至目前,事项总数14.2万), so only with 累计.
const UP_TO_NOW = /(?:截至|截止)(?:目前|当前)[^。]*累计|至今|历年|(?:成立|上线|运行|开通)以来/;
const THIS_YEAR = /今年|全年|本年|年内|当年/;
const STOCK_METRICS = /^(?:powers\.(?!removed)|services\.listed|staff\.|online\.)/;
const TOTAL_METRICS = new Set([
  'cases.penalty',
  'cases.penalty_amount',
  'cases.reconsideration',
  'cases.litigation',
  'services.transactions',
]);

/**
 * Runs one declarative rule on a quantity whose kind, unit and cue words the caller has already checked
 * (extract-prose indexes the rules by unit and cue word); the draft still has to pass `assessHit`.
 */
export function applyQuantityRule(
  rule: QuantityRule,
  ctx: QuantityContext,
  context: string,
): HitDraft | null {
  const { q } = ctx;
  let start = q.start;
  let end = q.end;
  if (rule.before) {
    const m = rule.before.exec(ctx.left);
    if (!m) return null;
    start = ctx.leftStart + m.index;
  }
  if (rule.after) {
    const m = rule.after.exec(ctx.right);
    if (!m) return null;
    end = q.end + m[0].length;
  }
  if (rule.reject?.test(ctx.norm.slice(clauseStart(ctx.norm, ctx.sentence.start, start), end))) return null;
  if (rule.context && !rule.context.test(context)) return null;
  if (rule.prefix && !rule.prefix.test(ctx.prefix)) return null;
  if (rule.notPrefix?.test(ctx.prefix)) return null;
  const draft: HitDraft = {
    metric: rule.metric,
    value: q.value,
    qualifier: q.qualifier,
    start,
    end,
    rule: rule.id,
    priority: rule.priority ?? 0,
  };
  if (rule.caseVerbs)
    classifyVerb(draft, ctx.norm.slice(clauseStart(ctx.norm, ctx.sentence.start, start), end));
  return draft;
}

/** Ranks a case figure by the last 收到/办理/受理/审结 verb of its clause; 审结 figures are blocked. */
export function classifyVerb(draft: HitDraft, clause: string): void {
  let best: { at: number; rank: number; verb: string; name: string } | null = null;
  for (const [re, rank, verb, name] of CASE_VERBS) {
    const m = re.exec(clause);
    if (m && (best === null || m.index > best.at)) best = { at: m.index, rank, verb, name };
  }
  if (!best) return;
  draft.verbRank = best.rank;
  draft.verb = best.verb;
  draft.rule = `${draft.rule}.${best.name}`;
  if (best.rank === CONCLUDED_RANK)
    draft.blocked = `${best.verb} figure (cases concluded), not a received count`;
  else if (best.rank > CONCLUDED_RANK)
    draft.blocked = `${best.verb} figure (cases discussed or reviewed), not a case count`;
}

/** Why a figure the sentence dates to another year (an earlier value, a target) is never the report's value. */
export function yearReason(year: number, reportYear: number): string {
  return year > reportYear
    ? `figure for ${year}, after the report year (a target or a later period)`
    : `figure for ${year}, not the report year`;
}

export interface AssessOptions {
  stock?: boolean;
  change?: boolean;
  reportYear?: number | null;
}

/**
 * Applies the checks every prose figure must pass: not a change, a comparison base, an earlier value, a goal or an
 * average (null: not a candidate at all); then flags totals, cumulative figures, lists, parts and attribution.
 */
export function assessHit(
  ctx: QuantityContext,
  draft: HitDraft,
  home: Home,
  opts: AssessOptions = {},
): Hit | null {
  const { norm, q, sentence } = ctx;
  const before = ctx.left;
  if (!opts.change && CHANGE_BEFORE.test(before)) return null;
  if (BASE_BEFORE.test(before) || FROM_BEFORE.test(before)) return null;
  if (
    THRESHOLD.test(norm.slice(q.numEnd, q.end + 2)) ||
    isAttribute(ctx) ||
    RANGE_AFTER.test(norm.slice(q.end, q.end + 4))
  )
    return null;
  const cStart = clauseStart(norm, sentence.start, Math.min(draft.start, q.start));
  const clause = norm.slice(cStart, q.start);
  if (GOAL_IN_CLAUSE.test(clause) || AVERAGE_IN_CLAUSE.test(clause)) return null;
  if (opts.stock && (STOCK_CHANGE.test(clause) || STOCK_CHANGE.test(RIGHT_CLAUSE.exec(ctx.right)?.[0] ?? '')))
    return null;
  if (opts.stock && LATER_VALUE_AFTER.test(ctx.right)) return null;

  const hit = completeHit(draft);
  hit.sentence = sentence.start;
  hit.total = TOTAL_IN_CLAUSE.test(norm.slice(cStart, draft.end));
  hit.cumulative = CUMULATIVE_IN_SENTENCE.test(ctx.prefix);
  hit.systemWide = home.department && isSystemWide(ctx.prefix);
  hit.ownLevel = home.department && OWN_LEVEL.test(ctx.prefix);
  const year = lastYear(ctx.prefix);
  if (year !== null && opts.reportYear && year !== opts.reportYear) {
    hit.otherYear = year;
    hit.blocked ??= yearReason(year, opts.reportYear);
  }
  hit.blocked ??= notThisYearsOwn(ctx, hit, clause, year);
  if (hit.blocked) return hit;
  if (isMultiYear(ctx.prefix) || PLAN_PERIOD.test(ctx.prefix) || periodAfter(norm.slice(q.end, q.end + 30))) {
    hit.blocked = 'a figure over several years';
    return hit;
  }
  if (!draft.positional && inRespectivelyList(norm, sentence.start, sentence.quantities, ctx.index)) {
    hit.blocked = 'one of a 分别 list of several entities';
    return hit;
  }
  const who = attribute(ctx.prefix, home);
  if (who.kind === 'other') hit.blocked = who.reason;
  else if (who.kind === 'named') hit.namedEntity = who.name;
  if (!hit.blocked) hit.blocked = partReason(ctx, hit, home);
  return hit;
}

/** Why a figure is not the reporting entity's own count for the report year, from the words around it. */
function notThisYearsOwn(
  ctx: QuantityContext,
  hit: Hit,
  clause: string,
  year: number | null,
): string | undefined {
  if (hit.cumulative && YEAR_FIGURE_AFTER.test(ctx.right))
    return 'a cumulative figure; the sentence states the year’s after it';
  if (FOR_ANOTHER.test(clause)) return 'work done for another body (协助/配合)';
  if (EARLIER_PERIOD.test(clause)) return "the previous year's figure (上年度/上年同期)";
  const flow = !STOCK_METRICS.test(hit.metric);
  if (flow && year === null && UP_TO_NOW.test(ctx.prefix) && !THIS_YEAR.test(ctx.prefix))
    return 'a count up to now (截至目前/至今), not the year’s';
  return undefined;
}

/** 罚款5万元的案件 / 不超过5万元的案件: an amount (or a bound) describing a noun, not a figure. */
function isAttribute({ norm, q }: QuantityContext): boolean {
  if (norm.charCodeAt(q.end) !== 0x7684 /* 的 */ || !/[\u4e00-\u9fff]/.test(norm[q.end + 1] ?? ''))
    return false;
  return q.kind === 'money' || q.start < q.numStart;
}

function partReason(ctx: QuantityContext, hit: Hit, home: Home): string | undefined {
  if (!TOTAL_METRICS.has(hit.metric)) return undefined;
  if (SHARE_AFTER.test(ctx.right)) return 'a share of a larger total (占…%)';
  if (FIELD.test(ctx.prefix)) return 'a figure for one field (领域) of the total';
  const kind = ONE_KIND.exec(ctx.norm.slice(hit.start, hit.end));
  if (kind) {
    hit.oneKind = true;
    return `a figure for one kind of case (${kind[0]})`;
  }
  const procedure = PROCEDURE.exec(
    ctx.norm.slice(clauseStart(ctx.norm, ctx.sentence.start, hit.start), hit.end),
  );
  if (procedure) return `a figure for one procedure (${procedure[0]})`;
  const m = PENALTY_METRICS.has(hit.metric) ? DOMAIN_CASE.exec(ctx.norm.slice(hit.start, hit.end)) : null;
  if (m && !GENERIC_CASE_QUALIFIER.test(m[1]) && !isOwnField(m[1], home)) {
    hit.oneKind = true;
    return `a figure for one kind of case (${m[1]})`;
  }
  return undefined;
}

/** 环境 in a 生态环境局 report, 交通运输 in a 交通运输局 one: the agency's own field, so all its cases. */
function isOwnField(kind: string, home: Home): boolean {
  const core = kind.replace(/^(?:各类|各种)/, '').replace(/(?:违法|违规|领域|行业|方面|类|的)+$/, '');
  if (core.length < 2) return false;
  return (
    home.own.includes(core) ||
    OWN_FIELDS.some(([name, fields]) => name.test(home.agency) && fields.test(core))
  );
}

// 全市共有持证执法人员5600人，其中我局128人 / 其中市局本级办理86件: a department's own share of a larger total.
const OWN_PART = /^其中(?:涉及)?(?:我|本)(?:局|委|厅|办|院|单位|部门)|^其中[^,;。]{0,6}?本级/;
const OWN_PART_AFTER = /其中(?:涉及)?(?:我|本)(?:局|委|厅|办|院|单位|部门)|其中[^,;。]{0,6}?本级/;

function restOfSentence(norm: string, from: number): string {
  const end = norm.indexOf('。', from);
  return norm.slice(from, end < 0 ? from + 200 : Math.min(end, from + 200));
}

/**
 * Marks 其中 breakdown figures whose total of the same metric comes before them (in the sentence, or in the sentence
 * before when 其中 opens the sentence), and penalty amounts that follow a one-kind-of-case count.
 */
export function markParts(
  hits: Hit[],
  sentenceBounds: (at: number) => { start: number; prevStart: number },
  norm: string,
  department = false,
): void {
  for (const h of hits) {
    if (h.blocked) continue;
    const sectorOutput = h.systemWide && !RESPONDENT_METRICS.has(h.metric);
    if (department && !sectorOutput && OWN_PART_AFTER.test(restOfSentence(norm, h.end))) {
      h.blocked = "the jurisdiction's total; the agency's own part follows (其中我局)";
      continue;
    }
    const { start: s, prevStart } = sentenceBounds(h.start);
    const local = norm.slice(s, h.start).lastIndexOf('其中');
    if (local >= 0 && !(department && OWN_PART.test(norm.slice(s + local, h.start)))) {
      const at = s + local;
      const from = local <= 1 ? prevStart : s;
      if (hits.some((o) => o !== h && o.metric === h.metric && o.start >= from && o.end <= at)) {
        h.blocked = 'part of a larger total (其中)';
      }
    }
    if (!h.blocked && h.metric === 'cases.penalty_amount') {
      const partCount = hits.find((o) => o.oneKind && o.start >= s && o.end <= h.start);
      if (partCount) {
        h.oneKind = true;
        h.blocked = partCount.blocked;
      }
    }
  }
}
