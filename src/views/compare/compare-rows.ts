import type { PlainRow } from '../../lib/db/arrow-rows.ts';

/** One report's figure in the compare view, typed from the compare query's row. */
export interface CompareRow {
  file: string;
  agency: string;
  level: string | null;
  province: string | null;
  city: string | null;
  sector: string | null;
  value: number | null;
  qualifier: string | null;
  unit: string | null;
  evidence: string | null;
  rank: number | null;
  percentile: number | null;
  disclosed_count: number;
  peer_median: number | null;
  peer_mean: number | null;
}

export function toCompareRows(rows: readonly PlainRow[]): CompareRow[] {
  return rows as unknown as CompareRow[];
}
