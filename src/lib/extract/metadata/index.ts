import type { DocumentMeta } from '../../schema/records.ts';

export interface MetadataInput {
  /** Decoded original text. */
  text: string;
  /** normalizeText(text): same length, simplified script, half-width ASCII. */
  norm: string;
  /** Basename of the report file. */
  file: string;
}

/** Placeholder until the metadata work lands: title-line agency and year only. */
export function extractDocumentMeta({ norm }: MetadataInput): DocumentMeta {
  const title = norm.split('\n').find((l) => l.trim().length > 0)?.trim() ?? null;
  const isPlan = title !== null && /实施方案|规划|计划/.test(title) && !/报告/.test(title);
  const agencyMatch = title?.match(/^(.{2,30}?(?:局|厅|委员会|部|办公室|政府))(?:关于)?\s*\d{4}年/);
  const yearMatch = title?.match(/(\d{4})年度?/);
  return {
    agency: agencyMatch ? agencyMatch[1] : null,
    level: null,
    province: null,
    city: null,
    sector: null,
    report_year: yearMatch && !isPlan ? Number(yearMatch[1]) : null,
    doc_type: isPlan ? 'implementation_plan' : /法治政府建设.*报告/.test(title ?? '') ? 'annual_report' : 'other',
    title,
    report_date: null,
    report_date_source: null,
  };
}
