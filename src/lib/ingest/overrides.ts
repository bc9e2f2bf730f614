import Papa from 'papaparse';
import { QUALIFIERS, type Qualifier } from '../schema/records.ts';

/** A reviewer's correction from data/overrides.csv. `value === null` rejects the extracted value. */
export interface Override {
  line: number;
  file: string;
  metric_id: string;
  value: number | null;
  qualifier: Qualifier;
  note: string | null;
  reviewer: string | null;
}

export const OVERRIDE_COLUMNS = ['file', 'metric_id', 'value', 'qualifier', 'note', 'reviewer'] as const;

export class OverrideError extends Error {
  override name = 'OverrideError';
}

/**
 * Parses and validates the overrides CSV against the reports being ingested and the catalog; any problem
 * throws naming the line, because a silently ignored correction is worse than a failed ingest.
 */
export function parseOverrides(
  csvText: string,
  source: string,
  knownFiles: ReadonlySet<string>,
  knownMetrics: ReadonlySet<string>,
): Override[] {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0];
    throw new OverrideError(`${source}: line ${(e.row ?? 0) + 2}: ${e.message}`);
  }
  const missing = OVERRIDE_COLUMNS.filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length > 0) throw new OverrideError(`${source}: missing column(s) ${missing.join(', ')}`);
  const seen = new Set<string>();
  return parsed.data.map((row, i) => {
    const line = i + 2;
    const fail = (reason: string): never => {
      throw new OverrideError(`${source}: line ${line}: ${reason}`);
    };
    const file = row.file.trim();
    const metricId = row.metric_id.trim();
    if (!knownFiles.has(file)) fail(`unknown file "${file}" (not among the reports being ingested)`);
    if (!knownMetrics.has(metricId)) fail(`unknown metric_id "${metricId}" (not in the catalog)`);
    const key = `${file}\u0000${metricId}`;
    if (seen.has(key)) fail(`a second override for ${file} ${metricId}`);
    seen.add(key);
    const rawValue = row.value.trim();
    const value = rawValue === '' ? null : Number(rawValue);
    if (value !== null && !Number.isFinite(value)) fail(`value "${rawValue}" is not a number`);
    const qualifier = (row.qualifier.trim() || 'exact') as Qualifier;
    if (!QUALIFIERS.includes(qualifier))
      fail(`qualifier "${qualifier}" must be one of ${QUALIFIERS.join(', ')}`);
    return {
      line,
      file,
      metric_id: metricId,
      value,
      qualifier,
      note: row.note.trim() || null,
      reviewer: row.reviewer.trim() || null,
    };
  });
}
