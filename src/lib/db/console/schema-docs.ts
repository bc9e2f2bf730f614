import { TABLE_NAMES, tableSpec } from '../../schema/tables.ts';
import { DERIVED_VIEWS } from '../views.ts';

/** Documentation of one table or view of the data model, shown on hover in the console. */
export interface ObjectDoc {
  doc: string;
  columns: Record<string, string>;
}

const CATALOG_DOC: ObjectDoc = {
  doc: 'The metric catalog (data/metric-catalog.csv): one row per metric id with its labels and unit.',
  columns: {
    metric_id: 'Metric id, e.g. cases.reconsideration (metrics.metric_id)',
    family: 'Metric family, e.g. cases, powers, online',
    label_zh: 'Chinese label, e.g. 行政复议案件数',
    label_en: 'English label',
    unit: 'item, case, document, person, yuan or percent',
    definition: 'What the metric counts',
    typical_cues: 'Phrases in reports that announce the metric',
  },
};

function buildDocs(): Map<string, ObjectDoc> {
  const docs = new Map<string, ObjectDoc>();
  const columnDocs = new Map<string, string>();
  for (const name of TABLE_NAMES) {
    const spec = tableSpec(name);
    const columns = Object.fromEntries(spec.columns.map((c) => [c.name, c.doc]));
    docs.set(name, { doc: spec.doc, columns });
    for (const c of spec.columns) if (!columnDocs.has(c.name)) columnDocs.set(c.name, `${c.doc} (${name})`);
  }
  docs.set('catalog', CATALOG_DOC);
  for (const [c, d] of Object.entries(CATALOG_DOC.columns)) if (!columnDocs.has(c)) columnDocs.set(c, d);
  for (const view of DERIVED_VIEWS) {
    // A view's columns come from the tables it joins; documented by the first table that has the name.
    docs.set(view.name, {
      doc: `View: ${view.doc}`,
      columns: Object.fromEntries(columnDocs),
    });
  }
  return docs;
}

/** Docs of the data model's tables (documents, metrics, …), the catalog and the derived views. */
export const SCHEMA_DOCS: ReadonlyMap<string, ObjectDoc> = buildDocs();

export function objectDoc(name: string): string | undefined {
  return SCHEMA_DOCS.get(name)?.doc;
}

export function columnDoc(table: string, column: string): string | undefined {
  return SCHEMA_DOCS.get(table)?.columns[column];
}
