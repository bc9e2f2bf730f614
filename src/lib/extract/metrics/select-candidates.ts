import { RESPONDENT_METRICS, type Hit } from './hit.ts';

export interface Selection {
  chosen: Hit[];
  losers: { hit: Hit; reason: string }[];
}

// Order of preference among the selectable figures of one metric, each with the reason a loser gets when that is
// the first criterion on which it falls behind the winner.
const CRITERIA: { key: (h: Hit) => number; reason: (loser: Hit, winner: Hit) => string }[] = [
  {
    key: (h) => (h.namedEntity ? 1 : 0),
    reason: (l) => `figure of ${l.namedEntity}; the reporting entity's own figure was preferred`,
  },
  {
    key: (h) => (RESPONDENT_METRICS.has(h.metric) ? (h.systemWide ? 1 : 0) : h.ownLevel ? 1 : 0),
    reason: (l) =>
      l.systemWide
        ? "a system-wide figure (全市…系统); the agency's own figure was preferred"
        : "the department's own level (本级); its sector's total was preferred",
  },
  {
    key: (h) => (h.cumulative ? 1 : 0),
    reason: () => "cumulative figure (累计/截至目前/以来); the year's figure was preferred",
  },
  {
    key: (h) => h.verbRank,
    reason: (l, w) =>
      `${l.verb ?? 'unmarked'} figure; a ${w.verb ?? 'differently worded'} figure was preferred`,
  },
  { key: (h) => h.priority, reason: () => "weaker cue than the chosen figure's" },
  { key: (h) => (h.total ? 0 : 1), reason: () => 'not stated as a total; a total (共/合计) was preferred' },
];

/**
 * Chooses at most one figure per metric. Blocked figures (other entities, parts, concluded cases) never win; among
 * the rest: the reporting entity's own over a named entity's, the year's over a cumulative one, 收到 over 办理 over
 * 受理, a stronger cue, a total over an unmarked figure, then the first mention.
 */
export function selectCandidates(hits: Hit[]): Selection {
  const byMetric = new Map<string, Hit[]>();
  for (const h of hits) {
    const list = byMetric.get(h.metric);
    if (list) list.push(h);
    else byMetric.set(h.metric, [h]);
  }
  const chosen: Hit[] = [];
  const losers: Selection['losers'] = [];
  for (const list of byMetric.values()) {
    const open = list.filter((h) => !h.blocked).sort(compare);
    const winner = open[0];
    if (winner) chosen.push(winner);
    for (const h of list) {
      if (h === winner) continue;
      losers.push({ hit: h, reason: h.blocked ?? lossReason(h, winner) });
    }
  }
  return { chosen, losers };
}

function compare(a: Hit, b: Hit): number {
  for (const c of CRITERIA) {
    const d = c.key(a) - c.key(b);
    if (d !== 0) return d;
  }
  return a.start - b.start;
}

function lossReason(loser: Hit, winner: Hit): string {
  for (const c of CRITERIA) {
    if (c.key(loser) > c.key(winner)) return c.reason(loser, winner);
  }
  if (loser.value === winner.value) return 'same value stated again';
  return 'a later mention; the first figure was kept';
}
