import { TABLE_NAMES, tableSpec, type TableName } from './tables.ts';

/** public/data/manifest.json: where each table's Parquet files are, written last by ingest. */
export interface DataManifest {
  tables: Partial<Record<TableName, ManifestTable>>;
  reports: number;
  skipped: { file: string; reason: string }[];
}

export interface ManifestTable {
  /** Paths relative to the data directory: one file, or one per year partition (`metrics/report_year=2021/…`). */
  files: string[];
  rows: number;
  bytes: number;
  /** The column the files are partitioned by, when they are. */
  partitionedBy?: string;
}

/** The table's files: from the manifest when it lists them, else the single `<table>.parquet` of older data. */
export function tableFiles(manifest: DataManifest | null, table: TableName): string[] {
  return manifest?.tables[table]?.files ?? [tableSpec(table).file];
}

/** Validates untrusted manifest JSON; anything unexpected falls back to single-file tables (returns null). */
export function parseManifest(json: unknown): DataManifest | null {
  if (typeof json !== 'object' || json === null || !('tables' in json)) return null;
  const tables = (json as { tables: unknown }).tables;
  if (typeof tables !== 'object' || tables === null) return null;
  const out: DataManifest['tables'] = {};
  for (const name of TABLE_NAMES) {
    const t = (tables as Record<string, unknown>)[name] as Partial<ManifestTable> | undefined;
    if (!t || !Array.isArray(t.files) || !t.files.every((f) => typeof f === 'string' && !f.includes('..')))
      continue;
    out[name] = {
      files: t.files,
      rows: Number(t.rows) || 0,
      bytes: Number(t.bytes) || 0,
      partitionedBy: t.partitionedBy,
    };
  }
  const m = json as Partial<DataManifest>;
  return { tables: out, reports: Number(m.reports) || 0, skipped: Array.isArray(m.skipped) ? m.skipped : [] };
}
