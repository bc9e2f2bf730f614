import type { TableNeed } from './browser-tables.ts';

/** A rate computed from two or more catalog metrics of the same report, defined once here in SQL. */
export interface DerivedIndicator {
  id: string;
  label_zh: string;
  label_en: string;
  /** Human-readable formula shown next to the value. */
  formula: string;
  numerator: readonly string[];
  /** Metrics summed to form the denominator. */
  denominator: readonly string[];
}

export const DERIVED_INDICATORS: readonly DerivedIndicator[] = [
  {
    id: 'reconsideration_overturn_rate',
    label_zh: '行政复议纠错率',
    label_en: 'Reconsideration overturn rate',
    formula: '复议被纠错 ÷ 行政复议案件数 × 100%',
    numerator: ['cases.reconsideration.overturned'],
    denominator: ['cases.reconsideration'],
  },
  {
    id: 'litigation_loss_rate',
    label_zh: '行政诉讼败诉率',
    label_en: 'Litigation loss rate',
    formula: '行政诉讼败诉 ÷ 行政诉讼案件数 × 100%',
    numerator: ['cases.litigation.lost'],
    denominator: ['cases.litigation'],
  },
  {
    id: 'powers_removed_share',
    label_zh: '权责事项精简比例',
    label_en: 'Powers removed as a share of the previous list',
    formula: '取消/精简权责事项 ÷ (权责清单事项总数 + 取消/精简权责事项) × 100%',
    numerator: ['powers.removed'],
    denominator: ['powers.total', 'powers.removed'],
  },
];

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;
const sqlList = (ids: readonly string[]) => ids.map(sqlString).join(', ');

// Indicator definitions are constants of this module, never user input, so they are inlined as literals.
function indicatorSelect(ind: DerivedIndicator): string {
  const num = `(SELECT sum(value) FROM metrics x WHERE x.file = d.file AND x.metric_id IN (${sqlList(ind.numerator)}))`;
  const numCount = `(SELECT count(*) FROM metrics x WHERE x.file = d.file AND x.metric_id IN (${sqlList(ind.numerator)}))`;
  const den = `(SELECT sum(value) FROM metrics x WHERE x.file = d.file AND x.metric_id IN (${sqlList(ind.denominator)}))`;
  const denCount = `(SELECT count(*) FROM metrics x WHERE x.file = d.file AND x.metric_id IN (${sqlList(ind.denominator)}))`;
  return `SELECT d.file, d.agency, d.report_year, ${sqlString(ind.id)} AS indicator_id,
      ${sqlString(ind.label_zh)} AS label_zh, ${sqlString(ind.label_en)} AS label_en,
      ${sqlString(ind.formula)} AS formula,
      CAST(${num} AS DOUBLE) AS numerator, CAST(${den} AS DOUBLE) AS denominator,
      ${numCount} = ${ind.numerator.length} AS numerator_disclosed,
      ${denCount} = ${ind.denominator.length} AS denominator_disclosed
    FROM documents d`;
}

const DERIVED_INDICATORS_SQL = `
  SELECT file, agency, report_year, indicator_id, label_zh, label_en, formula, numerator, denominator,
    CASE WHEN numerator_disclosed AND denominator_disclosed AND denominator > 0
      THEN 100.0 * numerator / denominator END AS value,
    CASE
      WHEN NOT denominator_disclosed THEN 'denominator_missing'
      WHEN denominator = 0 THEN 'denominator_zero'
      WHEN NOT numerator_disclosed THEN 'numerator_missing'
    END AS missing_reason
  FROM (${DERIVED_INDICATORS.map(indicatorSelect).join('\n  UNION ALL\n  ')})`;

const METRIC_VALUES_SQL = `
  SELECT m.file, d.agency, d.level, d.province, d.city, d.sector, d.report_year, d.doc_type,
    m.metric_id, c.family, c.label_zh, c.label_en, m.unit, m.value, m.qualifier, m.evidence, m.source
  FROM metrics m
  JOIN documents d USING (file)
  LEFT JOIN catalog c USING (metric_id)`;

export interface DerivedViewSpec {
  name: string;
  doc: string;
  sql: string;
  /** Tables and columns the view reads; `catalog` is always present. */
  needs: readonly TableNeed[];
}

export const DERIVED_VIEWS = [
  {
    name: 'metric_values',
    doc: 'metrics joined with their report (agency, level, region, year) and catalog labels: the easiest table to query.',
    sql: METRIC_VALUES_SQL,
    needs: [
      {
        table: 'metrics',
        columns: ['file', 'metric_id', 'value', 'unit', 'qualifier', 'evidence', 'source'],
      },
      {
        table: 'documents',
        columns: ['file', 'agency', 'level', 'province', 'city', 'sector', 'report_year', 'doc_type'],
      },
    ],
  },
  {
    name: 'derived_indicators',
    doc: 'Rates computed from catalog metrics of one report (纠错率, 败诉率, 精简比例), in percent; value is NULL with missing_reason when an input is missing or the denominator is zero.',
    sql: DERIVED_INDICATORS_SQL,
    needs: [
      { table: 'metrics', columns: ['file', 'metric_id', 'value'] },
      { table: 'documents', columns: ['file', 'agency', 'report_year'] },
    ],
  },
] as const satisfies readonly DerivedViewSpec[];

export type DerivedViewName = (typeof DERIVED_VIEWS)[number]['name'];

export function derivedView(name: DerivedViewName): DerivedViewSpec {
  const view = DERIVED_VIEWS.find((v) => v.name === name);
  if (!view) throw new Error(`unknown view ${name}`);
  return view;
}
