import type { DocumentMeta, Level } from '../../schema/records.ts';
import { rankAgencies, resolveAgency } from './agency.ts';
import { classifyDocType, reportYear } from './doc-type.ts';
import { metadataRanges, readDocumentLines } from './document-lines.ts';
import { cityOf, findPlaceMentions, provinceOf, type Place } from './gazetteer.ts';
import { jurisdictionFromScope, scopeWords, scorePlaces, type Zone } from './region.ts';
import { sectorOfAgency, sectorOfTopic } from './sector.ts';

export interface MetadataInput {
  /** Decoded original text. */
  text: string;
  /** normalizeText(text): same length, simplified script, half-width ASCII. */
  norm: string;
  /** Basename of the report file. */
  file: string;
}

const MIN_AGENCY_SCORE = 2;

/** Agency, jurisdiction, sector, year, type, title and date of a report. Pure and deterministic. */
export function extractDocumentMeta({ text, norm }: MetadataInput): DocumentMeta {
  const doc = readDocumentLines(norm);
  const ranges = metadataRanges(norm.length);
  const places = ranges.flatMap(([from, to]) => findPlaceMentions(norm, from, to));
  const zones: Zone[] = [{ start: doc.bodyStart, end: doc.bodyStart + 300, weight: 2 }];
  if (doc.title) zones.push({ start: doc.title.start, end: doc.title.end, weight: 3 });
  const scores = scorePlaces(places, zones);

  const best = rankAgencies(norm, doc, places, ranges)[0];
  const resolved = best && best.score >= MIN_AGENCY_SCORE ? resolveAgency(best, scores, norm) : null;
  let level: Level | null = resolved?.level ?? null;
  let place: Place | null = resolved?.place ?? null;
  if (level === null || (place === null && level !== 'national')) {
    const scoped = jurisdictionFromScope(scores, scopeWords(norm.slice(0, ranges[0][1])));
    level ??= scoped.level;
    if (level !== 'national') place ??= scoped.place;
  }
  const subjectAgency = resolved ? null : subjectRegionAgency(norm, doc.bodyStart, place);
  const agency = resolved?.agency ?? subjectAgency;
  // A region standing in for its government says little about the subject matter; the topic says more.
  const inferred = resolved?.inferred ?? subjectAgency !== null;
  const docType = classifyDocType(norm, doc, agency);
  const signed = doc.signature?.date ?? null;
  const useSignature = signed !== null && (doc.published === null || signed <= doc.published);
  return {
    agency,
    level,
    province: place && level !== 'national' ? provinceOf(place).short : null,
    city: place && (level === 'municipal' || level === 'county') ? (cityOf(place)?.short ?? null) : null,
    sector: inferred
      ? (sectorOfTopic(norm) ?? (agency ? sectorOfAgency(agency) : null))
      : ((agency ? sectorOfAgency(agency) : null) ?? sectorOfTopic(norm)),
    report_year: reportYear(norm, doc, docType),
    doc_type: docType,
    title: doc.title
      ? text
          .slice(doc.title.start, doc.title.end)
          .replace(/^\|+|\|+$/g, '')
          .replace(/\s*\n\s*/g, '')
          .trim()
      : null,
    report_date: useSignature ? signed : doc.published,
    report_date_source: useSignature ? 'signature' : doc.published ? 'published' : null,
  };
}

/** "2023年,静海区围绕…": a report whose subject is a region itself is that region's government. */
function subjectRegionAgency(norm: string, bodyStart: number, place: Place | null): string | null {
  if (place === null || place.kind === 'province') return null;
  const opening = norm.slice(bodyStart, bodyStart + 40);
  const at = opening.indexOf(place.name);
  const lead = at >= 0 ? opening.slice(0, at) : '';
  if (at < 0 || !/^((\d{4}年(度)?|近年来|今年以来)[,，]?)?$/.test(lead)) return null;
  return /^[\u4e00-\u9fa5]/.test(opening.slice(at + place.name.length)) ? `${place.name}人民政府` : null;
}
