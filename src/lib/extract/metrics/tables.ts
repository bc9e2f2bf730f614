import { parseNumeral } from '../numbers/parse-number.ts';
import { attribute, type Home } from './attribution.ts';
import { completeHit, type Hit } from './hit.ts';
import type { MetricId } from './metric-ids.ts';
import { leadingPlace } from './places.ts';
import { lineTablePairs, pipeTablePairs, type TablePair } from './table-layout.ts';

// Tables that rank or list other entities (provinces, departments) do not hold the reporting entity's figures.
const RANKING =
  /排名|排序|降序|升序|排列|前十|前五|各省|省区市|省份|各地|各市|各县|地市|各部门|国务院部门|分布/;

const NUMBER_LINE = /\n[ \t]*\d[\d,.]*[ \t]*\r?\n/;

interface LabelRule {
  metric: MetricId;
  label: RegExp;
  /** The table's title and headers must match. */
  context?: RegExp;
  /** The figure is money: its header or table must say 元 or 万元. */
  money?: boolean;
  rule: string;
}

const LABELS: LabelRule[] = [
  {
    metric: 'cases.penalty',
    label: /^(?:合计|总计)(?:\((?:宗|件|起|个)\))?$/,
    context: /处罚/,
    rule: 'table.penalty.total',
  },
  {
    metric: 'cases.penalty',
    label: /^(?:行政)?处罚(?:案件)?(?:合计|总计)(?:\((?:宗|件|起|个)\))?$/,
    rule: 'table.penalty.total',
  },
  {
    metric: 'cases.penalty',
    label: /^(?:行政)?处罚(?:案件|决定)?(?:数量|数|总数|件数)?(?:\((?:宗|件|起)\))?$/,
    rule: 'table.penalty.cases',
  },
  {
    metric: 'cases.penalty_amount',
    label:
      /^(?:行政处罚)?(?:罚没(?:款)?(?:金额|数额|总额)?|罚款(?:金额|数额|总额)?)(?:\((?:万元|亿元|元)\))?$/,
    money: true,
    rule: 'table.penalty.amount',
  },
  {
    metric: 'licenses.accepted',
    label: /^(?:行政许可)?受理(?:申请)?(?:数量|数|件数|量)?(?:\((?:件|宗|个)\))?$/,
    context: /许可|审批/,
    rule: 'table.licensing.accepted',
  },
  {
    metric: 'licenses.issued',
    label: /^(?:准予|予以)?(?:行政)?许可(?:数量|数|件数|决定数量?)(?:\((?:件|宗|个)\))?$|^准予(?:行政)?许可$/,
    context: /许可/,
    rule: 'table.licensing.issued',
  },
  {
    metric: 'cases.reconsideration',
    label: /^(?:行政)?复议(?:案件|申请)?(?:数量|数|件数)?(?:\((?:件|宗|个)\))?$/,
    rule: 'table.reconsideration',
  },
  {
    metric: 'cases.litigation',
    label: /^(?:行政诉讼|行政应诉)(?:案件)?(?:数量|数|件数)?(?:\((?:件|宗|个)\))?$/,
    rule: 'table.litigation',
  },
  {
    metric: 'docs.normative_issued',
    label: /^(?:行政)?规范性文件本年(?:新)?制发(?:件数|数量|数)?$/,
    rule: 'table.normative.issued',
  },
  {
    metric: 'docs.normative_abolished',
    label: /^(?:行政)?规范性文件本年废止(?:件数|数量|数)?$/,
    rule: 'table.normative.abolished',
  },
  {
    metric: 'cases.litigation.lost',
    label: /^(?:行政诉讼)?败诉(?:案件)?(?:数量|数|件数)?(?:\((?:件|宗|个)\))?$/,
    rule: 'table.litigation.lost',
  },
  {
    metric: 'staff.enforcement_certified',
    label: /^(?:执法人员)?持证(?:行政)?执法人员(?:数|数量|人数)?(?:\((?:人|名)\))?$/,
    rule: 'table.staff.certified',
  },
];

// A table of the power list (权力类型 | 事项数(项)): its 行政处罚 row counts listed powers, not penalty cases.
const POWER_TABLE = /权责|权力|职权|清单|事项数|\(项\)/;
const POWER_TYPES: [MetricId, string][] = [
  ['powers.licensing', '行政许可'],
  ['powers.penalty', '行政处罚'],
  ['powers.coercion', '行政强制'],
  ['powers.levy', '行政征收'],
  ['powers.adjudication', '行政裁决'],
  ['powers.confirmation', '行政确认'],
  ['powers.reward', '行政奖励'],
  ['powers.inspection', '行政检查'],
];
const POWER_LABELS: LabelRule[] = [
  ...POWER_TYPES.map(([metric, word]) => ({
    metric,
    label: new RegExp(`^${word}(?:事项|类)?(?:\\(项\\))?$`),
    rule: `table.${metric}`,
  })),
  {
    metric: 'powers.other',
    label: /^其他(?:行政)?(?:权力|职权|事项)(?:事项)?(?:\(项\))?$/,
    rule: 'table.powers.other',
  },
  { metric: 'powers.total', label: /^(?:合计|总计)(?:\(项\))?$/, rule: 'table.powers.total' },
];

function moneyScale(label: string, context: string): number | null {
  const unit =
    /\((万元|亿元|元)\)/.exec(label)?.[1] ?? /(?:单位|金额)[::]?\s*(万元|亿元|元)/.exec(context)?.[1];
  if (unit === '万元') return 1e4;
  if (unit === '亿元') return 1e8;
  if (unit === '元') return 1;
  return null;
}

function isRanking(pair: TablePair): boolean {
  return RANKING.test(pair.context) || leadingPlace(pair.label.text) !== null;
}

function toHit(pair: TablePair, norm: string, home: Home): Hit | null {
  if (isRanking(pair)) return null;
  const rule = (POWER_TABLE.test(pair.context) ? POWER_LABELS : LABELS).find(
    (r) =>
      r.label.test(pair.label.text) &&
      (!r.context || r.context.test(pair.context) || r.context.test(pair.label.text)),
  );
  if (!rule) return null;
  const raw = parseNumeral(pair.value.text);
  if (raw === null) return null;
  let value = raw;
  if (rule.money) {
    const scale = moneyScale(pair.label.text, pair.context);
    if (scale === null) return null;
    value = Math.round(raw * scale * 100) / 100;
  } else if (!Number.isInteger(raw)) {
    return null;
  }
  const sameLine =
    pair.label.end <= pair.value.start && !norm.slice(pair.label.end, pair.value.start).includes('\n');
  const hit = completeHit({
    metric: rule.metric,
    value,
    qualifier: 'exact',
    start: sameLine ? pair.label.start : pair.value.start,
    end: pair.value.end,
    rule: rule.rule,
    total: true,
  });
  const who = attribute(pair.context.split(' ')[0] ?? '', home);
  if (who.kind === 'other') hit.blocked = who.reason;
  else if (who.kind === 'named') hit.namedEntity = who.name;
  return hit;
}

/** Figures from statistical tables: totals of penalty tables, licensing counts, and key | value rows. */
export function extractTableHits(
  norm: string,
  home: Home,
  skip: [number, number][],
  reportYear: number | null = null,
): Hit[] {
  const pairs = [
    ...(norm.includes('|') ? pipeTablePairs(norm) : []),
    ...(NUMBER_LINE.test(norm) ? lineTablePairs(norm) : []),
  ];
  const out: Hit[] = [];
  for (const pair of pairs) {
    if (skip.some(([a, b]) => pair.value.start >= a && pair.value.start < b)) continue;
    if (pair.year !== undefined && pair.year !== reportYear) continue;
    const hit = toHit(pair, norm, home);
    if (hit) out.push(hit);
  }
  return out;
}
