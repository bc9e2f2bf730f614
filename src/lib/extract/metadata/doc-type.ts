// Document type and the year a report describes.
import type { DocType } from '../../schema/records.ts';
import type { DocumentLines } from './document-lines.ts';

const RULE_OF_LAW = /法治政府建设|法治建设|依法行政/;
const REPORT = /报告|情况|总结/;
const NOT_ANNUAL = /统计|年报|行政执法|信息公开|审判|司法审查|白皮书|月报|季报|通报|数据|提案|建议/;
const PLAN = /实施方案|工作方案|行动方案|实施意见|规划(?![局院处科和])|工作要点|行动计划|工作计划|任务分工/;
// A title that already names another kind of document (news headline, notice, bulletin).
const TITLE_IS_TYPED = /通知|通报|公告|决定|批复|数据|统计|年报|月报|白皮书|说明/;
// Top-level headings of the mandated parts (厅字〔2019〕28号): achievements, then shortcomings or next steps.
const MEASURES_HEADING = /^\s*[一二三四五六七八九十]+[、.][^\n]{0,40}(举措|做法|成效|主要工作|工作情况)/m;
const LATER_HEADING =
  /^\s*[一二三四五六七八九十]+[、.][^\n]{0,40}(不足|问题|短板|下一年度|下一步|今后|打算|安排)/m;

function withoutBookTitles(s: string): string {
  return s.replace(/《[^》\n]{0,80}》/g, '');
}

export function classifyDocType(norm: string, doc: DocumentLines, agency: string | null): DocType {
  const title = withoutBookTitles(doc.title?.text ?? '').replace(agency ?? '\u0000', '');
  if (title) {
    if (PLAN.test(title) && !REPORT.test(title)) return 'implementation_plan';
    if (RULE_OF_LAW.test(title) && REPORT.test(title) && !NOT_ANNUAL.test(title)) return 'annual_report';
    if (TITLE_IS_TYPED.test(title)) return 'other';
  }
  const opening = withoutBookTitles(norm.slice(doc.bodyStart, doc.bodyStart + 400));
  if (/现将[^。\n]{0,40}(法治政府建设|依法行政)[^。\n]{0,20}报告如下/.test(opening)) return 'annual_report';
  if (NOT_ANNUAL.test(title) || /行政执法工作/.test(opening.slice(0, 200))) return 'other';
  const structured = MEASURES_HEADING.test(norm) && LATER_HEADING.test(norm);
  const headings = norm.match(/^\s*[一二三四五六七八九十]+[、.][^\n]{0,40}/gm)?.join('\n') ?? '';
  if (structured && RULE_OF_LAW.test(withoutBookTitles(opening + headings))) return 'annual_report';
  return 'other';
}

const YEAR = /(?<![\d〔[(（])((?:19|20)\d{2})\s*年(?!\s*[-—–至~]\s*(?:19|20)\d{2})(?!以来|以前|之前|起)/g;
const PREVIOUS_YEAR_REPORT = /现将[^。\n]{0,12}?(?:上一年度|上年度|上一年|去年)[^。\n]{0,30}报告如下/;
const RANGE = /(?:19|20)\d{2}\s*年?\s*[-—–至~]\s*(?:19|20)\d{2}\s*年/;

function firstYear(s: string, maxYear: number): number | null {
  for (const m of withoutBookTitles(s).matchAll(YEAR)) {
    const before = s.slice(Math.max(0, (m.index ?? 0) - 1), m.index);
    if (/[-—–至~]/.test(before)) continue;
    const y = Number(m[1]);
    if (y <= maxYear) return y;
  }
  return null;
}

/** The year the figures describe: title, then the opening (reports, not notices), then the document's own dates. */
export function reportYear(norm: string, doc: DocumentLines, docType: DocType): number | null {
  const dates = [doc.signature?.date, doc.published]
    .filter((d): d is string => !!d)
    .map((d) => Number(d.slice(0, 4)));
  const maxYear = dates.length ? Math.max(...dates) : 2100;
  const title = doc.title?.text ?? '';
  const name = doc.meta.find((f) => f.label === '名称')?.value ?? '';
  for (const t of [title, name]) {
    if (RANGE.test(withoutBookTitles(t)) && docType !== 'implementation_plan') return null;
    const y = (docType === 'implementation_plan' ? firstYear : firstYearAnywhere)(t, maxYear);
    if (y !== null) return y;
  }
  if (docType === 'implementation_plan') return null;
  if (!doc.isNotice) {
    const opening = norm.slice(doc.bodyStart, doc.bodyStart + 400);
    // 现将我局上一年度…情况报告如下, published in 2024: the year before the document's date.
    if (dates.length && PREVIOUS_YEAR_REPORT.test(opening)) return dates[0] - 1;
    const firstRange = opening.search(RANGE);
    const y = firstYear(opening, maxYear);
    if (y !== null && (firstRange < 0 || opening.search(YEAR) < firstRange)) return y;
    if (firstRange >= 0) return null;
  }
  const docNumber = norm.slice(0, 600).match(/[〔[(（]((?:19|20)\d{2})[〕\])）]\s*\d+\s*号/);
  if (docNumber && doc.isNotice) return Number(docNumber[1]);
  return dates.length ? dates[0] : null;
}

function firstYearAnywhere(s: string, maxYear: number): number | null {
  for (const m of s.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (y <= maxYear) return y;
  }
  return null;
}
