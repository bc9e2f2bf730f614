import type { TableNeed } from './browser-tables.ts';

/** A rate computed from two or more catalog metrics of the same report, defined once here in SQL. */
export interface DerivedIndicator {
  id: string;
  label_zh: string;
  label_en: string;
  /** Always percent (0-100). */
  unit: 'percent';
  /** Human-readable formula shown next to the value. */
  formula: string;
  formula_en: string;
  numerator: readonly string[];
  /** Metrics summed to form the denominator. */
  denominator: readonly string[];
}

export const DERIVED_INDICATORS: readonly DerivedIndicator[] = [
  {
    id: 'reconsideration_overturn_rate',
    label_zh: '行政复议纠错率',
    label_en: 'Reconsideration overturn rate',
    unit: 'percent',
    formula: '复议被纠错 ÷ 行政复议案件数 × 100%',
    formula_en: 'overturned ÷ reconsideration cases × 100%',
    numerator: ['cases.reconsideration.overturned'],
    denominator: ['cases.reconsideration'],
  },
  {
    id: 'litigation_loss_rate',
    label_zh: '行政诉讼败诉率',
    label_en: 'Litigation loss rate',
    unit: 'percent',
    formula: '行政诉讼败诉 ÷ 行政诉讼案件数 × 100%',
    formula_en: 'cases lost ÷ litigation cases × 100%',
    numerator: ['cases.litigation.lost'],
    denominator: ['cases.litigation'],
  },
  {
    id: 'powers_removed_share',
    label_zh: '权责事项精简比例',
    label_en: 'Powers removed as a share of the previous list',
    unit: 'percent',
    formula: '取消/精简权责事项 ÷ (权责清单事项总数 + 取消/精简权责事项) × 100%',
    formula_en: 'powers removed ÷ (powers listed after the adjustment + powers removed) × 100%',
    numerator: ['powers.removed'],
    denominator: ['powers.total', 'powers.removed'],
  },
];

/** Why a derived indicator has no value. */
export const MISSING_REASONS = [
  'not_disclosed',
  'denominator_missing',
  'denominator_zero',
  'numerator_missing',
] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;
const sqlList = (ids: readonly string[]) => ids.map(sqlString).join(', ');

// Indicator definitions are constants of this module, never user input, so they are inlined as literals.
function indicatorInputs(ind: DerivedIndicator): string {
  const inputs = [...new Set([...ind.numerator, ...ind.denominator])];
  const inNum = `m.metric_id IN (${sqlList(ind.numerator)})`;
  const inDen = `m.metric_id IN (${sqlList(ind.denominator)})`;
  return `SELECT d.file, d.agency, d.report_year, ${sqlString(ind.id)} AS indicator_id,
      ${sqlString(ind.label_zh)} AS label_zh, ${sqlString(ind.label_en)} AS label_en,
      ${sqlString(ind.formula)} AS formula,
      CAST(sum(m.value) FILTER (WHERE ${inNum}) AS DOUBLE) AS numerator,
      CAST(sum(m.value) FILTER (WHERE ${inDen}) AS DOUBLE) AS denominator,
      count(DISTINCT m.metric_id) FILTER (WHERE ${inNum}) AS numerator_inputs,
      count(DISTINCT m.metric_id) FILTER (WHERE ${inDen}) AS denominator_inputs,
      ${ind.numerator.length} AS numerator_needed, ${ind.denominator.length} AS denominator_needed,
      coalesce(bool_or(m.qualifier IN ('approx_lower', 'approx_upper')), false) AS approximate_inputs
    FROM documents d
    LEFT JOIN metrics m ON m.file = d.file AND m.metric_id IN (${sqlList(inputs)})
    GROUP BY d.file, d.agency, d.report_year`;
}

const DERIVED_INDICATORS_SQL = `
  SELECT file, agency, report_year, indicator_id, label_zh, label_en, formula, numerator, denominator,
    CASE WHEN numerator_inputs = numerator_needed AND denominator_inputs = denominator_needed AND denominator > 0
      THEN 100.0 * numerator / denominator END AS value,
    CASE WHEN numerator_inputs = numerator_needed AND denominator_inputs = denominator_needed AND denominator > 0
      THEN CASE WHEN approximate_inputs THEN 'approx' ELSE 'derived' END END AS qualifier,
    CASE
      WHEN numerator_inputs = 0 AND denominator_inputs = 0 THEN 'not_disclosed'
      WHEN denominator_inputs < denominator_needed THEN 'denominator_missing'
      WHEN denominator = 0 THEN 'denominator_zero'
      WHEN numerator_inputs < numerator_needed THEN 'numerator_missing'
    END AS missing_reason
  FROM (${DERIVED_INDICATORS.map(indicatorInputs).join('\n  UNION ALL\n  ')})`;

const METRIC_VALUES_SQL = `
  SELECT m.file, d.agency, d.level, d.province, d.city, d.sector, d.report_year, d.doc_type,
    m.metric_id, c.family, c.label_zh, c.label_en, m.unit, m.value, m.qualifier, m.evidence, m.source
  FROM metrics m
  JOIN documents d USING (file)
  LEFT JOIN catalog c USING (metric_id)`;

// One long table of every comparable figure: catalog metrics as extracted, and derived rates (which have a row
// for every report, with value NULL and a missing_reason when they cannot be computed).
const INDICATOR_VALUES_SQL = `
  SELECT file, metric_id, value, unit, qualifier, evidence, evidence_start, evidence_end, source,
    CAST(NULL AS VARCHAR) AS missing_reason, CAST(NULL AS DOUBLE) AS numerator, CAST(NULL AS DOUBLE) AS denominator
  FROM metrics
  UNION ALL
  SELECT file, indicator_id, value, 'percent', qualifier, NULL, NULL, NULL, 'derived', missing_reason,
    numerator, denominator
  FROM (${DERIVED_INDICATORS_SQL})`;

export interface DerivedViewSpec {
  name: string;
  doc: string;
  sql: string;
  /** Tables and columns the view reads; `catalog` is always present. */
  needs: readonly TableNeed[];
}

const METRIC_COLUMNS = [
  'file',
  'metric_id',
  'value',
  'unit',
  'qualifier',
  'evidence',
  'evidence_start',
  'evidence_end',
  'source',
] as const;

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
    doc: 'Rates computed from catalog metrics of one report (纠错率, 败诉率, 精简比例), in percent, one row per report and indicator; value is NULL with missing_reason (not_disclosed, denominator_missing, denominator_zero, numerator_missing) when an input is missing or the denominator is zero; qualifier is approx when an input is approximate.',
    sql: DERIVED_INDICATORS_SQL,
    needs: [
      { table: 'metrics', columns: ['file', 'metric_id', 'value', 'qualifier'] },
      { table: 'documents', columns: ['file', 'agency', 'report_year'] },
    ],
  },
  {
    name: 'indicator_values',
    doc: 'Catalog metrics and derived indicators in one long table (file, metric_id, value, unit, qualifier, evidence, offsets, source, missing_reason, numerator, denominator); join documents for the agency and year.',
    sql: INDICATOR_VALUES_SQL,
    needs: [
      { table: 'metrics', columns: METRIC_COLUMNS },
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

export function derivedIndicator(id: string): DerivedIndicator | undefined {
  return DERIVED_INDICATORS.find((d) => d.id === id);
}
