import type { DocumentMeta } from '../../schema/records.ts';
import { leadingPlace, placeCore } from './places.ts';

/** Who a figure belongs to: the reporting entity, a named entity of unknown relation, or someone else. */
export type Attribution =
  { kind: 'self' } | { kind: 'named'; name: string } | { kind: 'other'; reason: string };

/** The reporting entity's own names (agency, places, title), used to recognise it when the text names it. */
export interface Home {
  strings: string[];
  /** True when the document says where it is from, so a different place name is another entity. */
  known: boolean;
  national: boolean;
  /** Jurisdiction-wide words (全国, 全省) that name a level above the reporting entity. */
  higher: RegExp | null;
}

const HIGHER: Record<string, RegExp> = {
  provincial: /^全国/,
  municipal: /^全(?:国|省)/,
  county: /^全(?:国|省)/,
};

export function buildHome(document: DocumentMeta): Home {
  const strings = [document.agency, document.city, document.province, document.title].filter(
    (s): s is string => typeof s === 'string' && s.length > 0,
  );
  const national = document.level === 'national';
  const known =
    national || Boolean(document.city || document.province) || leadingPlace(document.agency ?? '') !== null;
  return { strings, known, national, higher: document.level ? (HIGHER[document.level] ?? null) : null };
}

const LEAD = new RegExp(
  String.raw`^\s*(?:(?:\d{4}年度?|\d{1,2}(?:[-—~]\d{1,2})?月份?|今年|去年|全年|当年|上半年|下半年|近年来|近年|目前|截至目前|` +
    String.raw`截至\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末)?|同时|此外|另外|据统计|据介绍|经统计)[,、\s]*)*(?:由|经|据|在)?`,
);
const SELF_SUBJECT =
  /^(?:(?:我|本)(?:局|厅|委|办|院|部|署|市|县|区|省|州|旗|单位|部门|机关|系统|中心|队|大队|支队|街道?|镇|乡)|全(?:国|省|市|县|区|州|盟|旗|局|厅|委|系统|街|镇)|(?:市|县|区)?本级)/;
const GENERIC_OTHER = /^(?:某|另一)(?:县|市|区|省|局|单位|部门|公司|企业|街道|镇|乡)/;
// 《…的通知》(某政办发〔2019〕55号)涉及…116项: the contents of another document, in the figure's own clause.
const CITED_DOCUMENT =
  /》(?:\([^)]{0,30}\))?(?:中|等文件)?(?:共)?(?:涉及|明确|规定|列出|包括|包含)[^,;:》]*$/;

/**
 * Attributes a figure from the words before it in its sentence: the subject of the last comma clause that names one
 * (我局/全市 are the reporting entity; a place name is compared with the document's own names).
 */
export function attribute(prefix: string, home: Home): Attribution {
  if (CITED_DOCUMENT.test(prefix)) return { kind: 'other', reason: 'a figure from a cited document' };
  const clauses = prefix.split(/[,:(]/);
  for (let i = clauses.length - 1; i >= 0; i--) {
    const lead = LEAD.exec(clauses[i]);
    const subject = clauses[i].slice(lead ? lead[0].length : 0);
    if (GENERIC_OTHER.test(subject))
      return { kind: 'other', reason: `another entity: ${subject.slice(0, 2)}` };
    if (SELF_SUBJECT.test(subject)) {
      const higher = home.higher?.exec(subject);
      return higher ? { kind: 'named', name: higher[0] } : { kind: 'self' };
    }
    const place = leadingPlace(subject);
    if (place) return placeAttribution(place, home);
  }
  return { kind: 'self' };
}

function placeAttribution(name: string, home: Home): Attribution {
  const core = placeCore(name);
  if (!home.national && home.strings.some((s) => s.includes(core))) return { kind: 'self' };
  if (home.known) return { kind: 'other', reason: `another entity: ${name}` };
  return { kind: 'named', name };
}
