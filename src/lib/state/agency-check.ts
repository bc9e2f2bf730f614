import type { UrlState } from './url-state.ts';

export interface AgencyCheck {
  /** The state change that drops what the data does not know; empty when everything is known. */
  change: Partial<UrlState>;
  notices: string[];
}

const KNOWN = new WeakMap<object, { agencies: Set<string>; files: Set<string> }>();

// The index is loaded once per page, so its name sets are built once, not on every check.
function knownNames(index: readonly { agency: string; file: string }[]) {
  let known = KNOWN.get(index);
  if (!known) {
    known = { agencies: new Set(index.map((r) => r.agency)), files: new Set(index.map((r) => r.file)) };
    KNOWN.set(index, known);
  }
  return known;
}

/**
 * Checks agency names and the report file from the URL against the reports in the data, once they are
 * loaded: unknown ones are dropped with a notice instead of drawing an empty view.
 */
export function checkUrlAgencies(
  state: Pick<UrlState, 'agency' | 'agencies' | 'doc'>,
  index: readonly { agency: string; file: string }[],
): AgencyCheck {
  const known = knownNames(index);
  const change: Partial<UrlState> = {};
  const notices: string[] = [];
  if (state.agency && !known.agencies.has(state.agency)) {
    change.agency = null;
    notices.push(`未找到单位 “${state.agency}”，已取消选择 (unknown agency)`);
  }
  const unknown = state.agencies.filter((a) => !known.agencies.has(a));
  if (unknown.length > 0) {
    change.agencies = state.agencies.filter((a) => known.agencies.has(a));
    notices.push(`未找到单位 “${unknown.join('”、“')}”，已从趋势图中移除 (unknown agency)`);
  }
  if (state.doc && !known.files.has(state.doc)) {
    change.doc = null;
    change.span = null;
    notices.push(`未找到报告 “${state.doc}” (unknown report)`);
  }
  return { change, notices };
}
