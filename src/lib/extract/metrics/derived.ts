import { completeHit, type Hit } from './hit.ts';

const CATEGORY_METRICS = new Set([
  'powers.licensing',
  'powers.penalty',
  'powers.coercion',
  'powers.inspection',
  'powers.levy',
  'powers.adjudication',
  'powers.confirmation',
  'powers.reward',
  'powers.other',
]);
const ENUMERATION_GAP = 12;
const PROPOSALS_DISTANCE = 300;

// …其他类7项，合计123项: the total stated right after the enumeration.
const STATED_SUM = /^([,、;\s]*(?:以上|上述)?)((?:合计|总计|共计)(?:为|:)?\s*(\d+)\s*项)/;

// 收到行政复议申请6件，均维持原行政行为: every case upheld (no other figure or outcome in between).
const ALL_UPHELD = /^[^。;\d撤销变更纠错确认终止]{0,20}?均(?:被|已|予以|依法|经审查)*(?:维持|驳回)/;

/**
 * Sums the text implies but does not state: a complete power list (its categories listed together, 其他 included)
 * when no total is given, and NPC suggestions plus CPPCC proposals when no combined figure is given. A total
 * stated right after the list (合计123项) that equals the sum is read as stated.
 */
export function derivedHits(chosen: Hit[], norm: string): Hit[] {
  const out: Hit[] = [];
  const has = (metric: string) => chosen.some((h) => h.metric === metric);
  if (!has('powers.total')) {
    const list = enumeration(chosen.filter((h) => CATEGORY_METRICS.has(h.metric)));
    if (list && !totalStatedBefore(list, norm))
      out.push(statedSum(list, norm) ?? sum('powers.total', list, 'powers.total.derived_sum'));
  }
  const reconsideration = chosen.find((h) => h.metric === 'cases.reconsideration');
  if (reconsideration && reconsideration.value > 0 && !has('cases.reconsideration.upheld')) {
    const all = ALL_UPHELD.exec(norm.slice(reconsideration.end, reconsideration.end + 40));
    if (all)
      out.push(
        completeHit({
          metric: 'cases.reconsideration.upheld',
          value: reconsideration.value,
          qualifier: 'exact',
          start: reconsideration.start,
          end: reconsideration.end + all[0].length,
          rule: 'cases.reconsideration.upheld.all',
        }),
      );
  }
  if (!has('proposals.handled')) {
    const npc = chosen.find((h) => h.metric === 'proposals.npc_suggestions');
    const cppcc = chosen.find((h) => h.metric === 'proposals.cppcc_proposals');
    if (npc && cppcc && Math.abs(npc.start - cppcc.start) <= PROPOSALS_DISTANCE) {
      out.push(
        sum(
          'proposals.handled',
          [npc, cppcc].sort((a, b) => a.start - b.start),
          'proposals.handled.derived_sum',
        ),
      );
    }
  }
  return out;
}

// 权责事项共计468项，其中…: a total stated ahead of the breakdown, which the rules did not take (承接); the parts
// may not add up to it, so their sum is not the total either.
const TOTAL_BEFORE_BREAKDOWN = /(\d[\d,]*)\s*项[^。;\d]{0,4}其中[,:\s]*$/;

function totalStatedBefore(parts: Hit[], norm: string): boolean {
  const first = parts[0];
  return TOTAL_BEFORE_BREAKDOWN.test(norm.slice(Math.max(0, first.start - 40), first.start));
}

function statedSum(parts: Hit[], norm: string): Hit | null {
  const last = parts[parts.length - 1];
  const m = STATED_SUM.exec(norm.slice(last.end, last.end + 24));
  const total = parts.reduce((acc, h) => acc + h.value, 0);
  if (!m || Number(m[3]) !== total) return null;
  const start = last.end + m[1].length;
  return completeHit({
    metric: 'powers.total',
    value: total,
    qualifier: 'exact',
    start,
    end: start + m[2].length,
    rule: 'powers.total.stated_sum',
    total: true,
  });
}

function enumeration(categories: Hit[]): Hit[] | null {
  const sorted = [...categories].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i].start - sorted[i - 1].end > ENUMERATION_GAP) return null;
  if (sorted.length < 3 || !sorted.some((h) => h.metric === 'powers.other')) return null;
  return sorted;
}

function sum(metric: Hit['metric'], parts: Hit[], rule: string): Hit {
  return completeHit({
    metric,
    value: parts.reduce((acc, h) => acc + h.value, 0),
    qualifier: 'derived',
    start: parts[0].start,
    end: parts[parts.length - 1].end,
    rule,
  });
}

// Breakdowns whose parts add up to one catalog figure: 维持32件,驳回8件 -> upheld 40; 废止15件,宣布失效7件 -> 22.
const SUMMED_IN_SENTENCE = new Set([
  'cases.reconsideration.upheld',
  'cases.reconsideration.overturned',
  'docs.normative_abolished',
  'docs.normative_issued',
]);

/** Adds a derived sum when one sentence gives several parts of the same figure; the parts stay as candidates. */
const TOTAL_WORD = /纠错|共|合计|总计|总数/;

/**
 * 纠错250件（撤销143件、变更12件…）/ 撤销3件、变更1件，共纠错4件: one figure is the total of the others, when it
 * equals their sum or opens a bracket that holds them.
 */
function statedTotal(parts: Hit[], norm: string): Hit | null {
  const all = parts.reduce((acc, h) => acc + h.value, 0);
  for (const h of parts) {
    if (!TOTAL_WORD.test(norm.slice(h.start, h.end))) continue;
    if (h.value * 2 === all) return h;
    const close = norm.indexOf(')', h.end);
    const inside = parts.filter((p) => p !== h && p.start > h.end && close > 0 && p.end <= close);
    if (/^\s*\(/.test(norm.slice(h.end, h.end + 3)) && inside.length === parts.length - 1) return h;
  }
  return null;
}

// 取消行政许可事项2项、取消行政检查事项4项: removals named by category add up.
const REMOVAL_CATEGORY = /行政(?:许可|处罚|强制|检查|征收|裁决|确认|奖励)|其他(?:行政)?(?:职权|权力)/;

function summable(h: Hit, norm: string): boolean {
  if (SUMMED_IN_SENTENCE.has(h.metric)) return true;
  return (
    h.metric === 'powers.removed' &&
    h.qualifier !== 'derived' &&
    REMOVAL_CATEGORY.test(norm.slice(h.start, h.end))
  );
}

export function sumSentenceParts(hits: Hit[], norm = ''): Hit[] {
  const groups = new Map<string, Hit[]>();
  for (const h of hits) {
    if (h.blocked || h.sentence === undefined || !summable(h, norm)) continue;
    const key = `${h.metric}|${h.sentence}`;
    groups.set(key, [...(groups.get(key) ?? []), h]);
  }
  const out: Hit[] = [];
  for (const parts of groups.values()) {
    if (parts.length < 2) continue;
    parts.sort((a, b) => a.start - b.start);
    const stated = statedTotal(parts, norm);
    if (stated) {
      for (const p of parts) if (p !== stated) p.blocked = 'one part of a stated total';
      continue;
    }
    const total = sum(parts[0].metric, parts, `${parts[0].metric}.derived_sum`);
    total.sentence = parts[0].sentence;
    out.push(total);
    for (const p of parts) p.blocked = 'one part of a breakdown; the parts were summed';
  }
  return out;
}
