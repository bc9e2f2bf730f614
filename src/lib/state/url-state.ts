import type { Lang } from '../charts/format-number.ts';

export const VIEWS = [
  'compare',
  'trends',
  'disclosure',
  'agency',
  'coverage',
  'compliance',
  'console',
  'deck',
] as const;
export type ViewName = (typeof VIEWS)[number];

/** Everything that defines what the user is looking at; lives in the URL so links reproduce the view. */
export interface UrlState {
  view: ViewName;
  metric: string;
  year: number | null;
  level: string | null;
  province: string | null;
  sector: string | null;
  agency: string | null;
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

  const lang: Lang = text('lang') === 'en' ? 'en' : 'zh';
  return {
    state: {
      view,
      metric,
      year,
      level,
      province: text('province'),
      sector: text('sector'),
      agency: text('agency'),
      lang,
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
  for (const key of ['level', 'province', 'sector', 'agency', 'sql'] as const) {
    const value = state[key];
    if (value) q.set(key, value);
  }
  if (state.lang !== 'zh') q.set('lang', state.lang);
  const s = q.toString();
  return s ? `?${s}` : '';
}
