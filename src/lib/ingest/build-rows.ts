import type { Extraction, MetricValue } from '../schema/records.ts';
import type { TableName } from '../schema/tables.ts';
import type { Override } from './overrides.ts';

export type Cell = string | number | null | readonly string[];
export type Row = Record<string, Cell>;

/** One report after decoding and extraction. */
export interface IngestedReport {
  file: string;
  sha256: string;
  format: string;
  encoding: string;
  text: string;
  extraction: Extraction;
}

function metricCells(file: string, m: MetricValue): Row {
  return {
    file,
    metric_id: m.metric_id,
    value: m.value,
    unit: m.unit,
    qualifier: m.qualifier,
    evidence: m.evidence,
    evidence_start: m.start,
    evidence_end: m.end,
    rule: m.rule,
  };
}

/**
 * Turns extraction results into the rows of every table, applying reviewer overrides: an overridden value
 * keeps the extraction as a candidate ("replaced by override"), so nothing the extractor found is lost.
 */
export function buildTableRows(
  reports: readonly IngestedReport[],
  overrides: readonly Override[],
  unitOf: (metricId: string) => string,
): Record<TableName, Row[]> {
  const rows: Record<TableName, Row[]> = {
    documents: [],
    metrics: [],
    candidates: [],
    sections: [],
    report_parts: [],
    texts: [],
  };
  const overrideByKey = new Map(overrides.map((o) => [`${o.file}\u0000${o.metric_id}`, o]));
  for (const r of reports) {
    const d = r.extraction.document;
    rows.documents.push({
      file: r.file,
      agency: d.agency,
      level: d.level,
      province: d.province,
      city: d.city,
      sector: d.sector,
      report_year: d.report_year,
      doc_type: d.doc_type,
      title: d.title,
      report_date: d.report_date,
      report_date_source: d.report_date_source,
      format: r.format,
      encoding: r.encoding,
      chars: r.text.length,
      sha256: r.sha256,
    });
    rows.texts.push({ file: r.file, text: r.text });
    for (const m of r.extraction.metrics) {
      const o = overrideByKey.get(`${r.file}\u0000${m.metric_id}`);
      if (o) {
        const action = o.value === null ? 'rejected' : 'replaced';
        rows.candidates.push({
          ...metricCells(r.file, m),
          reason: `${action} by override (overrides.csv line ${o.line})`,
        });
      } else {
        rows.metrics.push({ ...metricCells(r.file, m), source: 'extracted', note: null, reviewer: null });
      }
    }
    for (const c of r.extraction.candidates)
      rows.candidates.push({ ...metricCells(r.file, c), reason: c.reason });
    for (const s of r.extraction.sections) {
      rows.sections.push({
        file: r.file,
        ordinal: s.ordinal,
        heading: s.heading,
        heading_path: s.path.join(' › '),
        level: s.level,
        section_start: s.start,
        section_end: s.end,
        chars: s.end - s.start,
        areas: s.areas,
      });
    }
    for (const p of r.extraction.parts) {
      rows.report_parts.push({
        file: r.file,
        part: p.part,
        present: p.present,
        heading: p.heading,
        heading_start: p.start,
      });
    }
  }
  for (const o of overrides) {
    if (o.value === null) continue;
    rows.metrics.push({
      file: o.file,
      metric_id: o.metric_id,
      value: o.value,
      unit: unitOf(o.metric_id),
      qualifier: o.qualifier,
      evidence: null,
      evidence_start: null,
      evidence_end: null,
      rule: 'override',
      source: 'override',
      note: o.note,
      reviewer: o.reviewer,
    });
  }
  return rows;
}
