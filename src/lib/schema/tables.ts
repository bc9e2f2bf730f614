// The single source of table and column names and types: ingest writes these Parquet files, the browser
// loads them into DuckDB-WASM, docs/data-model.md and the console's schema browser describe them from here.

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE' | 'VARCHAR[]';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable: boolean;
  doc: string;
}

export interface TableSpec {
  name: string;
  /** Parquet file under public/data/. */
  file: string;
  doc: string;
  columns: ColumnSpec[];
  /** Rows are written in this order so the same input always gives the same file. */
  orderBy: string[];
}

const col = (name: string, type: ColumnType, doc: string, nullable = false): ColumnSpec => ({
  name,
  type,
  nullable,
  doc,
});

const METRIC_COLUMNS: ColumnSpec[] = [
  col('file', 'VARCHAR', 'Report file name (documents.file)'),
  col('metric_id', 'VARCHAR', 'Metric id from data/metric-catalog.csv'),
  col('value', 'DOUBLE', 'Normalised value: 万/亿 expanded, money in yuan, percent 0-100'),
  col('unit', 'VARCHAR', 'Catalog unit: item, case, document, person, yuan, percent'),
  col(
    'qualifier',
    'VARCHAR',
    'exact, approx_lower (≥, 余/多/以上), approx_upper (≤, 不到/近), derived, zero_stated',
  ),
  col(
    'evidence',
    'VARCHAR',
    'Exact source substring the value was read from; null for a reviewer override',
    true,
  ),
  col('evidence_start', 'INTEGER', 'Offset of the evidence in texts.text (UTF-16 code units)', true),
  col('evidence_end', 'INTEGER', 'End offset (exclusive) of the evidence in texts.text', true),
  col('rule', 'VARCHAR', 'Extraction rule that produced the value, or "override"'),
];

export const TABLES = {
  documents: {
    name: 'documents',
    file: 'documents.parquet',
    doc: 'One row per ingested report: who published it, for which year, and what kind of document it is.',
    orderBy: ['file'],
    columns: [
      col('file', 'VARCHAR', 'Report file name under data/raw (unique key)'),
      col('agency', 'VARCHAR', 'Official agency name with region prefix', true),
      col('level', 'VARCHAR', 'national, provincial, municipal or county', true),
      col('province', 'VARCHAR', 'Province short name, e.g. 湖南; empty for national bodies', true),
      col('city', 'VARCHAR', 'Prefecture-level city, e.g. 河源', true),
      col('sector', 'VARCHAR', 'Policy sector, e.g. 工业和信息化', true),
      col('report_year', 'INTEGER', 'Year the figures describe', true),
      col('doc_type', 'VARCHAR', 'annual_report, implementation_plan or other'),
      col('title', 'VARCHAR', 'Title line', true),
      col('report_date', 'DATE', 'Date of the report (signature or 发布时间)', true),
      col('report_date_source', 'VARCHAR', 'signature or published', true),
      col('format', 'VARCHAR', 'Source format: txt, html, docx, pdf'),
      col('encoding', 'VARCHAR', 'Detected text encoding of the source'),
      col('chars', 'INTEGER', 'Length of the decoded text'),
      col('sha256', 'VARCHAR', 'SHA-256 of the source bytes'),
    ],
  },
  metrics: {
    name: 'metrics',
    file: 'metrics.parquet',
    doc: 'The chosen value per report and metric (at most one), with its evidence. Overrides from data/overrides.csv replace or add values.',
    orderBy: ['file', 'metric_id'],
    columns: [
      ...METRIC_COLUMNS,
      col('source', 'VARCHAR', 'extracted or override'),
      col('note', 'VARCHAR', 'Reviewer note for an override', true),
      col('reviewer', 'VARCHAR', 'Who made the override', true),
    ],
  },
  candidates: {
    name: 'candidates',
    file: 'candidates.parquet',
    doc: 'Values that lost to the chosen one, with the reason, so a reviewer can check and override.',
    orderBy: ['file', 'metric_id', 'evidence_start', 'value'],
    columns: [...METRIC_COLUMNS, col('reason', 'VARCHAR', 'Why this value was not chosen')],
  },
  sections: {
    name: 'sections',
    file: 'sections.parquet',
    doc: 'Report sections split by their headings, tagged with the national Outline task areas they serve.',
    orderBy: ['file', 'ordinal'],
    columns: [
      col('file', 'VARCHAR', 'Report file name'),
      col('ordinal', 'INTEGER', '0-based order of the heading in the report'),
      col('heading', 'VARCHAR', 'Heading text'),
      col('heading_path', 'VARCHAR', 'Headings from the top down, joined with " › "'),
      col('level', 'INTEGER', '1 for 一、, 2 for （一）, 3 for 1., 4 for 一是 / (1)'),
      col('section_start', 'INTEGER', 'Offset of the section in texts.text'),
      col('section_end', 'INTEGER', 'End offset (exclusive) of the section'),
      col('chars', 'INTEGER', 'Length of the section in characters'),
      col('areas', 'VARCHAR[]', 'Outline task-area ids (outline_areas.area_id) the section serves'),
    ],
  },
  report_parts: {
    name: 'report_parts',
    file: 'report_parts.parquet',
    doc: 'For each report, which of the five parts mandated by 厅字〔2019〕28号 it contains and where.',
    orderBy: ['file', 'part'],
    columns: [
      col('file', 'VARCHAR', 'Report file name'),
      col('part', 'VARCHAR', 'measures, shortcomings, first_responsible, next_year, other'),
      col(
        'present',
        'VARCHAR',
        'section, subsection, absent, or n/a for documents that are not annual reports',
      ),
      col('heading', 'VARCHAR', 'The heading that carries the part', true),
      col('heading_start', 'INTEGER', 'Offset of that heading in texts.text', true),
    ],
  },
  texts: {
    name: 'texts',
    file: 'texts.parquet',
    doc: 'Decoded full text of each report; evidence offsets point into it. Loaded only when a view needs it.',
    orderBy: ['file'],
    columns: [col('file', 'VARCHAR', 'Report file name'), col('text', 'VARCHAR', 'Decoded report text')],
  },
} as const satisfies Record<string, Omit<TableSpec, 'name'> & { name: string }>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export function tableSpec(name: TableName): TableSpec {
  return TABLES[name] as TableSpec;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
