import type { Lang } from '../charts/format-number.ts';

export const VIEWS = [
  'compare',
  'trends',
  'disclosure',
  'agency',
  'coverage',
  'compliance',
  'extract',
  'console',
  'deck',
] as const;
export type ViewName = (typeof VIEWS)[number];

export const DISCLOSURE_SORTS = ['score', 'score_asc', 'name'] as const;
export type DisclosureSort = (typeof DISCLOSURE_SORTS)[number];

export const OUTLINES = ['2015-2020', '2021-2025'] as const;
export type OutlineChoice = (typeof OUTLINES)[number];

/** Reporting deadlines (month-day of report_year + 1) per 《法治政府建设与责任落实督察工作规定》. */
export const DEFAULT_DEADLINES = { dept: '03-01', gov: '04-01' } as const;

/** Everything that defines what the user is looking at; lives in the URL so links reproduce the view. */
export interface UrlState {
  view: ViewName;
  metric: string;
  year: number | null;
  level: string | null;
  province: string | null;
  sector: string | null;
  /** The selected agency (linked selection), or the subject of the agency profile. */
  agency: string | null;
  /** Agencies drawn in the trends view, in the order chosen. */
  agencies: string[];
  /** Report open in the agency profile's text panel, and the highlighted range of its text. */
  doc: string | null;
  span: [number, number] | null;
  /** Deadlines as MM-DD of the year after the report year, for departments and for governments. */
  dueDept: string;
  dueGov: string;
  sort: DisclosureSort;
  /** Outline whose task areas the coverage view shows; null picks it from the year. */
  outline: OutlineChoice | null;
  lang: Lang;
  /** SQL console text carried by a shared link. */
  sql: string | null;
}

export interface UrlStateContext {
  metricIds: ReadonlySet<string>;
  defaultMetric: string;
}

export interface ParsedUrlState {
  state: UrlState;
  /** Human-readable notices about values that were not understood and fell back to defaults. */
  notices: string[];
}

const LEVELS = new Set(['national', 'provincial', 'municipal', 'county']);
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A valid MM-DD (02-29 allowed; it falls back to 03-01 in non-leap years in SQL's make_date arithmetic). */
export function isMonthDay(value: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
}

function parseSpan(value: string | null): [number, number] | null {
  const m = value ? /^(\d+)-(\d+)$/.exec(value) : null;
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end >= start ? [start, end] : null;
}

/** Normalises untrusted URL parameters into a valid state, with a notice for each value it had to drop. */
export function parseUrlState(search: string, ctx: UrlStateContext): ParsedUrlState {
  const q = new URLSearchParams(search);
  const notices: string[] = [];
  const text = (key: string) => q.get(key)?.trim() || null;

  const viewParam = text('view');
  let view: ViewName = 'compare';
  if (viewParam && (VIEWS as readonly string[]).includes(viewParam)) view = viewParam as ViewName;
  else if (viewParam) notices.push(`未知视图 “${viewParam}”，已显示对标视图 (unknown view)`);

  const metricParam = text('metric');
  let metric = ctx.defaultMetric;
  if (metricParam && ctx.metricIds.has(metricParam)) metric = metricParam;
  else if (metricParam) notices.push(`未知指标 “${metricParam}”，已改为默认指标 (unknown metric)`);

  const yearParam = text('year');
  let year: number | null = null;
  if (yearParam && /^\d{4}$/.test(yearParam)) year = Number(yearParam);
  else if (yearParam) notices.push(`年度 “${yearParam}” 无效，已改为最新年度 (invalid year)`);

  const levelParam = text('level');
  const level = levelParam && LEVELS.has(levelParam) ? levelParam : null;
  if (levelParam && !level) notices.push(`层级 “${levelParam}” 无效，已忽略 (invalid level)`);

  const spanParam = text('span');
  const span = parseSpan(spanParam);
  if (spanParam && !span) notices.push(`原文位置 “${spanParam}” 无效，已忽略 (invalid span)`);

  const deadline = (key: string, fallback: string) => {
    const value = text(key);
    if (value && isMonthDay(value)) return value;
    if (value) notices.push(`截止日期 “${value}” 无效，已改为 ${fallback} (invalid deadline)`);
    return fallback;
  };

  const sortParam = text('sort');
  const sort = (DISCLOSURE_SORTS as readonly string[]).includes(sortParam ?? '')
    ? (sortParam as DisclosureSort)
    : 'score';
  const outlineParam = text('outline');
  const outline = (OUTLINES as readonly string[]).includes(outlineParam ?? '')
    ? (outlineParam as OutlineChoice)
    : null;

  const agencies = [...new Set(q.getAll('agencies').map((a) => a.trim()))].filter(Boolean);
  return {
    state: {
      view,
      metric,
      year,
      level,
      province: text('province'),
      sector: text('sector'),
      agency: text('agency'),
      agencies,
      doc: text('doc'),
      span,
      dueDept: deadline('due_dept', DEFAULT_DEADLINES.dept),
      dueGov: deadline('due_gov', DEFAULT_DEADLINES.gov),
      sort,
      outline,
      lang: text('lang') === 'en' ? 'en' : 'zh',
      sql: q.get('sql') || null,
    },
    notices,
  };
}

/** The query string for a state, omitting defaults so links stay short. */
export function serializeUrlState(state: UrlState, defaults: Pick<UrlState, 'metric'>): string {
  const q = new URLSearchParams();
  if (state.view !== 'compare') q.set('view', state.view);
  if (state.metric !== defaults.metric) q.set('metric', state.metric);
  if (state.year !== null) q.set('year', String(state.year));
  for (const key of ['level', 'province', 'sector', 'agency'] as const) {
    const value = state[key];
    if (value) q.set(key, value);
  }
  for (const a of state.agencies) q.append('agencies', a);
  if (state.doc) q.set('doc', state.doc);
  if (state.span) q.set('span', `${state.span[0]}-${state.span[1]}`);
  if (state.dueDept !== DEFAULT_DEADLINES.dept) q.set('due_dept', state.dueDept);
  if (state.dueGov !== DEFAULT_DEADLINES.gov) q.set('due_gov', state.dueGov);
  if (state.sort !== 'score') q.set('sort', state.sort);
  if (state.outline) q.set('outline', state.outline);
  if (state.sql) q.set('sql', state.sql);
  if (state.lang !== 'zh') q.set('lang', state.lang);
  const s = q.toString();
  return s ? `?${s}` : '';
}
