import { findQuantities } from '../../numbers/find-quantities.ts';
import type { HitDraft } from '../hit.ts';
import type { MetricId } from '../metric-ids.ts';
import type { QuantityRule, SentenceRule } from './rule.ts';

const ITEM = ['count'] as const;
const XIANG = /^项$/;

const CATEGORIES: [string, string, MetricId][] = [
  ['行政许可', '许可', 'powers.licensing'],
  ['行政处罚', '处罚', 'powers.penalty'],
  ['行政强制', '强制', 'powers.coercion'],
  ['行政检查', '检查', 'powers.inspection'],
  ['行政征收', '征收', 'powers.levy'],
  ['行政裁决', '裁决', 'powers.adjudication'],
  ['行政确认', '确认', 'powers.confirmation'],
  ['行政奖励', '奖励', 'powers.reward'],
  ['其他(?:行政)?(?:职权|权力|权责)|其他类', '其他', 'powers.other'],
];

// A power list is being described: 梳理/清单/权责/职权 in the sentence, or two categories with counts.
const LIST_CONTEXT =
  /清单|权责|权力|职权|梳理|目录|行政(?:许可|处罚|强制|检查|征收|裁决|确认|奖励)(?:事项|类)?\s*\d+\s*项[^。]*?(?:行政(?:许可|处罚|强制|检查|征收|裁决|确认|奖励)|其他)/;
// 政务服务事项目录1024项，其中行政许可事项215项: a service list, unless the power list is named too.
const SERVICE_LIST = /^(?![\s\S]*(?:权责|权力|职权))[\s\S]*服务事项/;
// Changes to the list, not the list: 取消/下放/调整为 ...
const LIST_CHANGE =
  /取消|下放|调整|合并|承接|精简|削减|新增|增加|减少|委托|赋权|划转|暂停|变更|改为|涉及|履行|实施|免予|不予|减轻|从轻|首违/;

function categoryRules(): QuantityRule[] {
  return CATEGORIES.flatMap(([cue, key, metric]): QuantityRule[] => [
    {
      id: 'powers.category',
      metric,
      kinds: ITEM,
      units: XIANG,
      keys: [key],
      before: new RegExp(
        String.raw`(?:(?:共|共计)?(?:梳理|确定|公布|编制|保留|明确|列入|纳入|有)(?:了|出)?)?(?:${cue})(?:类)?(?:事项|职权|权力|权)?(?:共|共计|有|为|:)?\s*$`,
      ),
      reject: LIST_CHANGE,
      notPrefix: SERVICE_LIST,
      context: LIST_CONTEXT,
      stock: true,
    },
    {
      id: 'powers.category',
      metric,
      kinds: ITEM,
      units: XIANG,
      keys: [key],
      before: /(?:梳理|确定|公布|编制|保留|明确|列入|纳入|共有|有)(?:了|出)?(?:共)?\s*$/,
      after: new RegExp(String.raw`^(?:的)?(?:${cue})(?:类)?(?:事项|职权)`),
      reject: LIST_CHANGE,
      notPrefix: SERVICE_LIST,
      stock: true,
    },
  ]);
}

// 权责清单共计保留事项412项: a listing verb between the list and its count.
const LISTED = String.raw`(?:保留|梳理|确定|公布|编制|明确|列入|纳入)(?:了|出)?`;
// The list, named in the sentence before a follow-on figure (…，取消35项 / …，2023年调整为176项).
const LIST_NAMED = /权责清单|权力清单|权责事项|权力事项|行政职权|职权事项/;
const TOTAL_NOUN = String.raw`(?<!其他(?:行政)?)(?:权责清单|权力清单|权力和责任清单|权责)(?:事项)?(?:总数)?|权责总数|(?<!其他(?:行政)?)(?:权力事项|权责事项|行政职权事项|行政职权)`;

export const POWER_RULES: QuantityRule[] = [
  ...categoryRules(),
  {
    id: 'powers.total',
    metric: 'powers.total',
    kinds: ITEM,
    units: XIANG,
    keys: ['权'],
    before: new RegExp(
      String.raw`(?:(?:共|共计)?(?:梳理|清理|公布|编制|确定|保留|形成|明确)(?:了|出)?[^,;。()]{0,8}?)?(?:${TOTAL_NOUN})(?:共计|共有|共|合计|总计|总数|为|有|达到|达|含|:)*` +
        String.raw`(?:${LISTED})?(?:各类)?(?:事项|权力事项|职权事项)?(?:共计|共|为|:)*\s*$`,
    ),
    reject:
      /取消|下放|调整(?!后)|合并(?!后)|承接|精简(?!后)|削减|新增|增加|减少|委托|赋权|划转|履行|涉及|认领|实施/,
    stock: true,
  },
  {
    id: 'powers.removed',
    metric: 'powers.removed',
    kinds: ITEM,
    units: XIANG,
    keys: ['取消', '精简', '削减'],
    before:
      /(?:取消|精简|削减|清理取消|取消和调整|取消下放调整|取消和下放)(?:了)?[^,;。()]{0,10}?(?:权责事项|权力事项|权责清单事项|职权事项|行政职权|审批事项|审批项目|行政(?:许可|处罚|强制|检查|征收|裁决|确认|奖励)事项|许可事项|审批)(?:共|共计)?\s*$/,
    change: true,
  },
  {
    id: 'powers.removed.follow_on',
    metric: 'powers.removed',
    kinds: ITEM,
    units: XIANG,
    keys: ['取消', '精简', '削减'],
    // Only separators (or 其中) since the figure before it: a follow-on clause of that sentence.
    before: /(?<=^[,、;\s]*(?:其中)?)(?:取消|精简|削减)(?:了)?\s*$/,
    prefix: LIST_NAMED,
    change: true,
    priority: 1,
  },
  {
    // 权责清单事项为198项，2023年调整为176项: the list's new size (the old one is dropped in assessHit).
    id: 'powers.total.adjusted',
    metric: 'powers.total',
    kinds: ITEM,
    units: XIANG,
    keys: ['调整', '精简', '压减', '缩减', '压缩'],
    before: /(?:调整|精简|压减|缩减|压缩)(?:后)?(?:为|至|到)\s*$/,
    prefix: LIST_NAMED,
    // 由A项调整为B项 is read by POWERS_FROM_TO; a category or another list is not the power list.
    reject: /由|从|许可|处罚|强制|检查|征收|裁决|确认|奖励|审批|证明|材料|中介|服务/,
  },
];

const FROM_TO =
  /(权责(?:清单)?事项|权力(?:清单)?事项|权责清单|权力清单|行政职权(?:事项)?)(?:已)?(?:由|从)\s*(?:原来的|原有的|原|\d{4}年(?:底|末)?的)?\s*(\d+)\s*项(?:精简|减少|压减|调整|缩减|削减|压缩)?(?:到|至|为)\s*(?:\d{4}年(?:底|末)?的)?(\d+)\s*项/g;

const ADDED = /新增|增加|承接|划入|调入|增设/;

/** 权责事项由78项精简到66项: the list now has 66 items; 12 were removed (derived, unless stated elsewhere). */
export const POWERS_FROM_TO: SentenceRule = {
  id: 'powers.total.from_to',
  metrics: ['powers.total', 'powers.removed'],
  words: ['由', '从'],
  apply(norm, start, end) {
    const out: HitDraft[] = [];
    const sentence = norm.slice(start, end);
    for (const m of sentence.matchAll(FROM_TO)) {
      const [from, to] = findQuantities(norm, start + m.index, start + m.index + m[0].length).filter(
        (q) => q.unit === '项',
      );
      if (!from || !to || to.value > from.value) continue;
      const s = start + m.index;
      out.push({
        metric: 'powers.total',
        value: to.value,
        qualifier: 'exact',
        start: s,
        end: to.end,
        rule: this.id,
      });
      // With additions in the sentence the difference is a net change, not the removals.
      if (from.value > to.value && !ADDED.test(sentence)) {
        out.push({
          metric: 'powers.removed',
          value: from.value - to.value,
          qualifier: 'derived',
          start: s,
          end: to.end,
          rule: 'powers.removed.from_to',
          priority: 5,
        });
      }
    }
    return out;
  },
};
