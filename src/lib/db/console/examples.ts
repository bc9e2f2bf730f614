/** A ready-made query over the data model that answers a benchmarking question; proven in tests/sql. */
export interface ExampleQuery {
  id: string;
  title_zh: string;
  title_en: string;
  sql: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    id: 'reconsideration_per_power_2021',
    title_zh: '2021 年各层级行政复议案件数与权责清单事项数之比',
    title_en: 'Reconsideration cases per listed power, by level, 2021 only',
    sql: `-- 2021 年：各层级行政复议案件数 ÷ 权责清单事项数（只计两项都披露的报告）
WITH per_report AS (
  SELECT level, file,
    max(value) FILTER (WHERE metric_id = 'cases.reconsideration') AS reconsideration_cases,
    max(value) FILTER (WHERE metric_id = 'powers.total') AS listed_powers
  FROM metric_values
  WHERE report_year = 2021
  GROUP BY level, file
)
SELECT level,
  count(*) AS reports,
  count(*) FILTER (WHERE reconsideration_cases IS NOT NULL AND listed_powers > 0) AS reports_with_both,
  sum(reconsideration_cases) FILTER (WHERE listed_powers > 0) AS reconsideration_cases,
  sum(listed_powers) FILTER (WHERE reconsideration_cases IS NOT NULL) AS listed_powers,
  round(sum(reconsideration_cases) FILTER (WHERE listed_powers > 0)
    / nullif(sum(listed_powers) FILTER (WHERE reconsideration_cases IS NOT NULL), 0), 4) AS cases_per_power
FROM per_report
GROUP BY level
ORDER BY level;`,
  },
  {
    id: 'disclosure_per_agency',
    title_zh: '各单位年度报告披露了多少项目录指标',
    title_en: 'Catalog metrics disclosed per agency report',
    sql: `-- 每份年度报告披露的目录指标数
SELECT d.agency, d.level, d.report_year,
  count(m.metric_id) AS disclosed,
  (SELECT count(*) FROM catalog) AS in_catalog,
  round(100.0 * count(m.metric_id) / (SELECT count(*) FROM catalog), 1) AS disclosed_pct
FROM documents d
LEFT JOIN metrics m USING (file)
WHERE d.doc_type = 'annual_report'
GROUP BY ALL
ORDER BY disclosed DESC, d.agency;`,
  },
  {
    id: 'derived_indicators',
    title_zh: '纠错率、败诉率、精简比例（派生指标）',
    title_en: 'Overturn, loss and reduction rates (derived indicators)',
    sql: `-- 由同一报告的多项指标计算的比率；缺项时 value 为空并说明原因
SELECT agency, report_year, label_zh AS indicator, round(value, 2) AS value_pct,
  numerator, denominator, missing_reason
FROM derived_indicators
ORDER BY indicator_id, value DESC NULLS LAST, agency;`,
  },
  {
    id: 'top_online_available',
    title_zh: '网上可办率最高的单位',
    title_en: 'Agencies with the highest online availability rate',
    sql: `-- 政务服务事项网上可办率（%），由高到低
SELECT agency, level, report_year, value AS rate_pct, qualifier, evidence
FROM metric_values
WHERE metric_id = 'online.available_rate'
ORDER BY value DESC, agency
LIMIT 10;`,
  },
  {
    id: 'mandated_parts',
    title_zh: '年度报告缺少哪些规定部分（厅字〔2019〕28号）',
    title_en: 'Mandated report parts present and missing',
    sql: `-- 五个规定部分中，每份年度报告有几个、缺哪些
SELECT d.agency, d.report_year,
  count(*) FILTER (WHERE p.present IN ('section', 'subsection')) AS parts_present,
  string_agg(p.part, ', ' ORDER BY p.part) FILTER (WHERE p.present = 'absent') AS parts_missing
FROM report_parts p
JOIN documents d USING (file)
WHERE d.doc_type = 'annual_report'
GROUP BY ALL
ORDER BY parts_present, d.agency;`,
  },
  {
    id: 'evidence_in_context',
    title_zh: '指标值在原文中的上下文',
    title_en: 'Each value with its evidence in context',
    sql: `-- 原文上下文（首次查询 texts 时加载全文）
SELECT d.agency, m.metric_id, m.value,
  substr(t.text, greatest(1, m.evidence_start + 1 - 30), m.evidence_end - m.evidence_start + 60) AS context
FROM metrics m
JOIN documents d USING (file)
JOIN texts t USING (file)
WHERE m.evidence_start IS NOT NULL
ORDER BY d.agency, m.metric_id
LIMIT 50;`,
  },
  {
    id: 'outline_areas',
    title_zh: '报告覆盖了纲要的哪些任务领域',
    title_en: 'Outline task areas covered by the reports',
    sql: `-- 按纲要任务领域统计覆盖的报告数与篇幅
SELECT area, count(DISTINCT file) AS reports, count(*) AS sections, sum(chars) AS chars
FROM (SELECT file, chars, unnest(areas) AS area FROM sections)
GROUP BY area
ORDER BY reports DESC, chars DESC;`,
  },
];
