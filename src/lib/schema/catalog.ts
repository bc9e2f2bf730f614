import Papa from 'papaparse';

/** One row of data/metric-catalog.csv, the single source of metric ids, labels and units. */
export interface MetricDef {
  metric_id: string;
  family: string;
  label_zh: string;
  label_en: string;
  unit: string;
  definition: string;
  typical_cues: string;
}

const CATALOG_COLUMNS = ['metric_id', 'family', 'label_zh', 'label_en', 'unit', 'definition', 'typical_cues'];

/** Parses the catalog CSV text; throws naming the line when a row is malformed or an id repeats. */
export function parseCatalog(csvText: string, source = 'metric-catalog.csv'): MetricDef[] {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0];
    throw new Error(`${source}: line ${(e.row ?? 0) + 2}: ${e.message}`);
  }
  const missing = CATALOG_COLUMNS.filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length > 0) throw new Error(`${source}: missing column(s) ${missing.join(', ')}`);
  const seen = new Set<string>();
  return parsed.data.map((row, i) => {
    const id = row.metric_id?.trim();
    if (!id) throw new Error(`${source}: line ${i + 2}: empty metric_id`);
    if (seen.has(id)) throw new Error(`${source}: line ${i + 2}: duplicate metric_id ${id}`);
    seen.add(id);
    return {
      metric_id: id,
      family: row.family.trim(),
      label_zh: row.label_zh.trim(),
      label_en: row.label_en.trim(),
      unit: row.unit.trim(),
      definition: row.definition ?? '',
      typical_cues: row.typical_cues ?? '',
    };
  });
}
