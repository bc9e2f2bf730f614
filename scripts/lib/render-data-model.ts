import { DERIVED_INDICATORS, DERIVED_VIEWS } from '../../src/lib/db/views.ts';
import { TABLE_NAMES, tableSpec } from '../../src/lib/schema/tables.ts';

/** docs/data-model.md, rendered from the schema and view definitions so it cannot drift from them. */
export function renderDataModel(): string {
  const out: string[] = [
    '# Data model',
    '',
    'Generated from `src/lib/schema/tables.ts` and `src/lib/db/views.ts` by `npx tsx scripts/gen-data-model.ts`; do not edit by hand.',
    '',
    '`npm run ingest` writes one Parquet file per table into `public/data/` (ZSTD, rows in a fixed order, so the same',
    "input gives byte-identical files) and, last, `manifest.json` with each table's files, row counts and the skipped",
    'reports. With `--partition-by-year`, `documents` and `metrics` are written as one file per report year',
    '(`metrics/report_year=2021/data_0.parquet`; the year is in the path only for metrics). The dashboard reads the',
    'manifest and loads the files into DuckDB-WASM under the table names below; the SQL console sees the same names.',
    '',
  ];
  for (const name of TABLE_NAMES) {
    const spec = tableSpec(name);
    out.push(
      `## \`${name}\` (\`${spec.file}\`)`,
      '',
      spec.doc,
      '',
      '| column | type | null | meaning |',
      '|---|---|---|---|',
    );
    for (const c of spec.columns)
      out.push(`| \`${c.name}\` | ${c.type} | ${c.nullable ? 'yes' : 'no'} | ${c.doc} |`);
    out.push('', `Rows are ordered by ${spec.orderBy.map((c) => `\`${c}\``).join(', ')}.`, '');
  }
  out.push(
    '## `catalog`',
    '',
    'The metric catalog, `data/metric-catalog.csv` (metric_id, family, label_zh, label_en, unit, definition, typical_cues), bundled with the app.',
    '',
  );
  for (const view of DERIVED_VIEWS) out.push(`## view \`${view.name}\``, '', view.doc, '');
  out.push('### Derived indicators', '', '| indicator_id | label | formula |', '|---|---|---|');
  for (const d of DERIVED_INDICATORS)
    out.push(`| \`${d.id}\` | ${d.label_zh} / ${d.label_en} | ${d.formula} |`);
  out.push('');
  return out.join('\n');
}
