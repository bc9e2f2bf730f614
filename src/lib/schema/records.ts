// Record shapes produced by the extractor (src/lib/extract) and consumed by ingest, the CLI and the browser.
// Parquet column names and types live in tables.ts; this file is the in-memory contract.

export const LEVELS = ['national', 'provincial', 'municipal', 'county'] as const;
export type Level = (typeof LEVELS)[number];

export const DOC_TYPES = ['annual_report', 'implementation_plan', 'other'] as const;
export type DocType = (typeof DOC_TYPES)[number];

export const QUALIFIERS = ['exact', 'approx_lower', 'approx_upper', 'derived', 'zero_stated'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const MANDATED_PARTS = [
  'measures',
  'shortcomings',
  'first_responsible',
  'next_year',
  'other',
] as const;
export type MandatedPart = (typeof MANDATED_PARTS)[number];

export const PART_PRESENCE = ['section', 'subsection', 'absent', 'n/a'] as const;
export type PartPresence = (typeof PART_PRESENCE)[number];

export interface DocumentMeta {
  agency: string | null;
  level: Level | null;
  province: string | null;
  city: string | null;
  sector: string | null;
  report_year: number | null;
  doc_type: DocType;
  title: string | null;
  /** ISO yyyy-mm-dd of the report's own date (signature, 发布时间), when the text gives one. */
  report_date: string | null;
  /** Where report_date came from, e.g. 'signature' or 'published'. */
  report_date_source: string | null;
}

/** One extracted figure. `evidence === text.slice(start, end)` of the decoded text. */
export interface MetricValue {
  metric_id: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  evidence: string;
  start: number;
  end: number;
  rule: string;
}

/** A value that lost to the chosen one for the same metric, kept for review. */
export interface MetricCandidate extends MetricValue {
  reason: string;
}

export interface SectionRecord {
  /** 0-based order of the heading in the document. */
  ordinal: number;
  heading: string;
  /** Headings from the top level down to this one. */
  path: string[];
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for 一是 / (1). */
  level: number;
  /** Offsets of the section (heading included) in the decoded text. */
  start: number;
  end: number;
  /** Outline task-area ids this section serves (see src/lib/extract/outline-areas.ts). */
  areas: string[];
}

export interface ReportPartRecord {
  part: MandatedPart;
  present: PartPresence;
  heading: string | null;
  start: number | null;
}

export interface Extraction {
  document: DocumentMeta;
  metrics: MetricValue[];
  candidates: MetricCandidate[];
  sections: SectionRecord[];
  parts: ReportPartRecord[];
}
