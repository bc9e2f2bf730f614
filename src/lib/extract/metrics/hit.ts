import type { Qualifier } from '../../schema/records.ts';
import type { MetricId } from './metric-ids.ts';

/** A figure a rule found, before selection. Offsets are into norm (and so into text). */
export interface Hit {
  metric: MetricId;
  value: number;
  qualifier: Qualifier;
  start: number;
  end: number;
  rule: string;
  /** Lower wins among figures of the same metric: 0 收到/新收, 1 办理/发生, 2 受理, 3 审理/代理. */
  verbRank: number;
  /** The verb that set verbRank, for the loser's reason. */
  verb?: string;
  /** Lower wins among rules of the same metric (a stronger cue). */
  priority: number;
  /** Stated as a total (共/合计/总计/全年/总额). */
  total: boolean;
  /** Cumulative since launch or 截至目前, rather than the year's figure. */
  cumulative: boolean;
  /** A named entity whose identity with the reporting entity is unknown. */
  namedEntity?: string;
  /** Counted over the agency's whole sector (全市市场监管系统, 全省生态环境部门), in a department's report. */
  systemWide?: boolean;
  /** The department's own level only (厅本级, 市局本级), in a department's report. */
  ownLevel?: boolean;
  /** Why the hit may never be chosen (another entity, part of a total, cases concluded...). */
  blocked?: string;
  /** Start of the sentence the figure was found in. */
  sentence?: number;
  /** The sentence dates the figure to a year other than the report's (such figures are blocked). */
  otherYear?: number;
  /** Counts one kind of case only (查处食品案件): the amounts after it in the sentence are parts too. */
  oneKind?: boolean;
  /** Mapped by position from a 分别 list (A率、B率分别达到99%和95%). */
  positional?: boolean;
}

export type HitDraft = Pick<Hit, 'metric' | 'value' | 'qualifier' | 'start' | 'end' | 'rule'> & Partial<Hit>;

export function completeHit(d: HitDraft): Hit {
  // Written out rather than spread: this runs for every candidate figure.
  return {
    metric: d.metric,
    value: d.value,
    qualifier: d.value === 0 ? 'zero_stated' : d.qualifier,
    start: d.start,
    end: d.end,
    rule: d.rule,
    verbRank: d.verbRank ?? 1,
    verb: d.verb,
    priority: d.priority ?? 0,
    total: d.total ?? false,
    cumulative: d.cumulative ?? false,
    namedEntity: d.namedEntity,
    systemWide: d.systemWide,
    ownLevel: d.ownLevel,
    blocked: d.blocked,
    sentence: d.sentence,
    otherYear: d.otherYear,
    oneKind: d.oneKind,
    positional: d.positional,
  };
}

/**
 * Figures of the agency itself (as a respondent in reconsideration and litigation, its certified staff): a
 * department's own, never its sector's. Its enforcement and service output is reported for the whole sector
 * (全省市场监管系统共查办…), as labellers take it.
 */
export const RESPONDENT_METRICS: ReadonlySet<string> = new Set([
  'staff.enforcement_certified',
  'cases.reconsideration',
  'cases.reconsideration.upheld',
  'cases.reconsideration.overturned',
  'cases.litigation',
  'cases.litigation.lost',
]);
