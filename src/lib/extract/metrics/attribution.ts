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
  /** Bodies above the reporting entity (国务院部门, 省司法厅): their figures are someone else's. */
  superior: RegExp | null;
  /** The agency's name and the report's title: 查处环境违法案件 in a 生态环境局 report is its whole caseload. */
  own: string;
  /** The agency's full name, which may begin with a higher body's (国家税务总局湖北省税务局). */
  agency: string;
  /** Names (without suffix) of the regions above the reporting entity: 赣州 and 江西 for a county of 赣州. */
  above: string[];
  /** A department, whose own figures rank above its whole sector's (全省生态环境部门); not a government. */
  department: boolean;
}

const HIGHER: Record<string, RegExp> = {
  provincial: /^全国/,
  municipal: /^全(?:国|省)/,
  county: /^全(?:国|省)/,
};

// A county or district (not a county-level city, whose 全市 is itself) and a town or sub-district: 全市/全县 above.
const COUNTY_PROPER = /(?:县|旗|区)(?:人民政府|政府|[\u4e00-\u9fa5]{1,12}?(?:局|委|办|中心|队))$/;
const COUNTY_HIGHER = /^全(?:国|省|市)/;
const TOWN = /(?:镇|乡|街道)(?:人民政府|政府|办事处)$/;
const TOWN_HIGHER = /^全(?:国|省|市|县|区)/;

// Governments, justice bodies and courts report their jurisdiction's figures as their own.
const JURISDICTION_BODY = /(?:人民政府|政府|司法局|司法厅|法院|检察院)$/;

const CENTRAL = String.raw`国务院|中央|国家[\u4e00-\u9fa5]{0,10}?(?:部|委|局|署)|最高人民(?:法院|检察院)`;
const PROVINCIAL = String.raw`省(?:委|政府|人民政府|[\u4e00-\u9fa5]{1,8}?(?:厅|局|委员会|办公室))`;
const SUPERIOR: Record<string, RegExp> = {
  provincial: new RegExp(`^(?:${CENTRAL})`),
  municipal: new RegExp(`^(?:${CENTRAL}|${PROVINCIAL})`),
  county: new RegExp(`^(?:${CENTRAL}|${PROVINCIAL})`),
};

export function buildHome(document: DocumentMeta): Home {
  const strings = [document.agency, document.city, document.province, document.title].filter(
    (s): s is string => typeof s === 'string' && s.length > 0,
  );
  const national = document.level === 'national';
  const known =
    national || Boolean(document.city || document.province) || leadingPlace(document.agency ?? '') !== null;
  const level = document.level ?? '';
  const agency = document.agency ?? '';
  const above =
    level === 'county'
      ? [document.city, document.province]
      : level === 'municipal'
        ? [document.province]
        : [];
  return {
    strings,
    known,
    national,
    higher: TOWN.test(agency)
      ? TOWN_HIGHER
      : level === 'county' && COUNTY_PROPER.test(agency)
        ? COUNTY_HIGHER
        : (HIGHER[level] ?? null),
    superior: SUPERIOR[level] ?? null,
    own: `${document.agency ?? ''}|${document.title ?? ''}`,
    agency,
    department: agency.length > 0 && !JURISDICTION_BODY.test(agency),
    // The document's city and province are stored without suffix already (赣州, 江西).
    above: above.filter((s): s is string => Boolean(s)),
  };
}

const LEAD = new RegExp(
  String.raw`^\s*(?:(?:\d{4}年度?|\d{1,2}(?:[-—~]\d{1,2})?月份?|今年|去年|全年|当年|上半年|下半年|近年来|近年|目前|截至目前|` +
    String.raw`截至\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末)?|同时|此外|另外|据统计|据介绍|经统计|其中)[,、\s]*)*(?:由|经|据|在)?`,
);
// Every non-empty LEAD match starts with one of these, so other clauses skip the LEAD pattern.
const LEAD_START = /^[\s\d今去全当上下近目截同此另据经由在其]/;
const SELF_SUBJECT =
  /^(?:(?:我|本)(?:局|厅|委|办|院|部|署|市|县|区|省|州|旗|单位|部门|机关|系统|中心|队|大队|支队|街道?|镇|乡)|全(?:国|省|市|县|区|州|盟|旗|局|厅|委|系统|街|镇)|(?:市|县|区)?本级)/;
const GENERIC_OTHER = /^(?:某|另一)(?:县|市|区|省|局|单位|部门|公司|企业|街道|镇|乡)/;
// The first characters SELF_SUBJECT and GENERIC_OTHER can start with; other subjects skip both patterns.
const PRONOUN_START = /^[我本全市县区某另]/;
// 《…的通知》(某政办发〔2019〕55号)涉及…116项: the contents of another document, in the figure's own clause.
const CITED_DOCUMENT =
  /》(?:\([^)]{0,30}\))?(?:中|等文件)?(?:共)?(?:涉及|明确|规定|列出|列入|收录|纳入|包括|包含)[^,;:》]*$/;

function isClauseBreak(c: number): boolean {
  return c === 0x2c || c === 0x3a || c === 0x28; // , : (
}

/**
 * Attributes a figure from the words before it in its sentence: the subject of the last comma clause that names one
 * (我局/全市 are the reporting entity; a place name is compared with the document's own names).
 */
export function attribute(prefix: string, home: Home): Attribution {
  if (CITED_DOCUMENT.test(prefix)) return { kind: 'other', reason: 'a figure from a cited document' };
  // The comma clauses of the prefix (split at , : and opening brackets), last first.
  let end = prefix.length;
  for (let i = prefix.length - 1; i >= -1; i--) {
    if (i >= 0 && !isClauseBreak(prefix.charCodeAt(i))) continue;
    const clause = prefix.slice(i + 1, end);
    end = i;
    const lead = LEAD_START.test(clause) ? LEAD.exec(clause) : null;
    const subject = clause.slice(lead ? lead[0].length : 0);
    if (PRONOUN_START.test(subject)) {
      if (GENERIC_OTHER.test(subject))
        return { kind: 'other', reason: `another entity: ${subject.slice(0, 2)}` };
      if (SELF_SUBJECT.test(subject)) {
        const higher = home.higher?.exec(subject);
        return higher ? { kind: 'other', reason: `a higher level: ${higher[0]}` } : { kind: 'self' };
      }
    }
    if (home.agency.length > 0 && subject.startsWith(home.agency)) return { kind: 'self' };
    const superior = home.superior?.exec(subject);
    if (superior) return { kind: 'other', reason: `a higher body: ${superior[0]}` };
    const place = deepestLeadingPlace(subject);
    if (place) return placeAttribution(place, home);
    const unit = otherUnit(subject, home);
    if (unit) return { kind: 'other', reason: `another department or unit: ${unit}` };
  }
  return { kind: 'self' };
}

// 县市场监管局… / 市行政审批服务局…: a department named by its level word; 但家庙镇综合执法队… / 洋湖街道城管执法中队…:
// a township's or sub-district's unit. Justice and legal-affairs offices report the jurisdiction's cases, so they count
// as the jurisdiction.
const LEVEL_DEPARTMENT =
  /^(?:市|县|区|省|州|旗)([\u4e00-\u9fa5]{2,10}?)(?:局|委员会|委|办公室|中心|大队|支队|中队)/;
const TOWN_UNIT =
  /^[\u4e00-\u9fa5]{2,4}(?:(?<!乡)镇|(?<![城镇])乡|街道)(?=人民政府|政府|办事处|综合执法|城管|执法|中队|便民|服务中心|全年|共|办理|查处)/;
const LEVEL_FIRST = new Set('市县区省州旗');
// 区政务服务中心: the region's own service hall, whoever reports its figures.
const SERVICE_HALL = /政务服务|行政服务/;
// 各乡镇（街道）便民服务中心…: the sum of sub-units, not the reporting entity.
const EACH_SUBUNIT = /^各(?:乡镇|镇街|镇|乡|街道|村|社区)/;
const JURISDICTION_OFFICE =
  /司法|法制|复议|信访|政府办|人民政府|政务服务|行政服务|行政审批|便民服务|服务中心/;

function otherUnit(subject: string, home: Home): string | null {
  if (home.agency.length === 0) return null;
  const each = EACH_SUBUNIT.exec(subject);
  if (each) return each[0];
  const head = subject.slice(0, 8);
  const town = /镇|乡|街道/.test(head) ? TOWN_UNIT.exec(subject) : null;
  if (town) return home.agency.includes(town[0]) ? null : town[0];
  const dept = LEVEL_FIRST.has(subject[0]) ? LEVEL_DEPARTMENT.exec(subject) : null;
  if (!dept || SERVICE_HALL.test(dept[0]) || (!home.department && JURISDICTION_OFFICE.test(dept[0])))
    return null;
  // 市场监管局 in a 市场监督管理局 report: every character of the short name is in the agency's name.
  const own = [...dept[1]].every((c) => home.agency.includes(c));
  return own ? null : dept[0];
}

/** 赣州市信丰县… -> 信丰县: the last of a chain of place names at the start. */
function deepestLeadingPlace(subject: string): string | null {
  let place = leadingPlace(subject);
  let at = place?.length ?? 0;
  for (let next = place && leadingPlace(subject.slice(at)); next; next = leadingPlace(subject.slice(at))) {
    place = next;
    at += next.length;
  }
  return place;
}

function placeAttribution(name: string, home: Home): Attribution {
  const core = placeCore(name);
  if (home.above.includes(core)) return { kind: 'other', reason: `a higher level: ${name}` };
  if (!home.national && home.strings.some((s) => s.includes(core))) return { kind: 'self' };
  if (home.known) return { kind: 'other', reason: `another entity: ${name}` };
  return { kind: 'named', name };
}
