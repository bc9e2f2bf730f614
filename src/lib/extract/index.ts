import type { Extraction } from '../schema/records.ts';
import { extractDocumentMeta } from './metadata/index.ts';
import { extractMetrics } from './metrics/index.ts';
import { normalizeText } from './normalize-text.ts';
import { detectMandatedParts } from './sections/mandated-parts.ts';
import { splitSections } from './sections/split-sections.ts';

/** Everything the product knows about one decoded report. Pure: no IO, deterministic. */
export function extractReport(text: string, file: string): Extraction {
  const norm = normalizeText(text);
  const document = extractDocumentMeta({ text, norm, file });
  const sections = splitSections(norm);
  const parts = detectMandatedParts({ norm, sections, docType: document.doc_type });
  const { metrics, candidates } = extractMetrics({ text, norm, document, sections });
  return { document, metrics, candidates, sections, parts };
}
