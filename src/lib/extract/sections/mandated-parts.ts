import {
  MANDATED_PARTS,
  type DocType,
  type MandatedPart,
  type ReportPartRecord,
  type SectionRecord,
} from '../../schema/records.ts';

export interface MandatedPartsInput {
  norm: string;
  sections: SectionRecord[];
  docType: DocType;
}

// Heading cues of the five parts 厅字〔2019〕28号 asks an annual report for. Subsections need the stronger cue so
// that "（三）解决群众急难愁盼问题" is not taken for the shortcomings part.
const SECTION_CUES: Record<MandatedPart, RegExp> = {
  next_year:
    /下一年度|下一步|下阶段|明年|今后|来年|努力方向|工作(打算|计划|思路|安排)|主要(安排|打算|思路)|(安排|打算|展望)$/,
  shortcomings: /不足|问题|短板|差距|薄弱/,
  first_responsible: /第一责任人|主要负责(同志|人)?履行/,
  other: /其他需要报告|其他(事项|情况)/,
  measures: /举措|做法|成效|成绩|主要工作|工作情况|基本情况|开展情况|进展情况|总体情况|主要措施|工作开展/,
};
const SUBSECTION_CUES: Record<MandatedPart, RegExp> = {
  ...SECTION_CUES,
  shortcomings: /存在的?(主要)?(问题|不足)|不足(之处|和|与|及)|问题(和|与|及)不足|短板|差距/,
};
// Where a run-on heading line (no punctuation after the heading) is cut: after the cue phrase.
const CUE_END: Partial<Record<MandatedPart, RegExp>> = {
  first_responsible: /第一责任人(职责|责任)?(规定|情况|工作)?/,
};
const ORDER: MandatedPart[] = ['other', 'first_responsible', 'next_year', 'shortcomings', 'measures'];

function classify(
  heading: string,
  cues: Record<MandatedPart, RegExp>,
  measuresYear: number | null,
): MandatedPart | null {
  const text = heading.replace(
    /^\s*([(（]?[一二三四五六七八九十\d]+[)）、.．]|第[一二三四五六七八九十]+部分)\s*/,
    '',
  );
  const year = Number(text.match(/((?:19|20)\d{2})年/)?.[1] ?? NaN);
  if (measuresYear !== null && year > measuresYear) return 'next_year';
  return ORDER.find((part) => cues[part].test(text)) ?? null;
}

/** How an annual report covers the five mandated parts: as a top-level section, a subsection, or not at all. */
export function detectMandatedParts({ norm, sections, docType }: MandatedPartsInput): ReportPartRecord[] {
  if (docType !== 'annual_report')
    return MANDATED_PARTS.map((part) => ({ part, present: 'n/a', heading: null, start: null }));
  const found = new Map<MandatedPart, { section: SectionRecord; present: 'section' | 'subsection' }>();
  const top = sections.filter((s) => s.level === 1);
  let measuresYear: number | null = null;
  for (const s of top) {
    const part = classify(s.heading, SECTION_CUES, measuresYear);
    if (part === null || found.has(part)) continue;
    found.set(part, { section: s, present: 'section' });
    if (part === 'measures') measuresYear = Number(s.heading.match(/((?:19|20)\d{2})年/)?.[1] ?? NaN) || null;
  }
  for (const s of sections) {
    if (s.level === 1) continue;
    const part = classify(s.heading, SUBSECTION_CUES, null);
    if (part !== null && part !== 'measures' && !found.has(part))
      found.set(part, { section: s, present: 'subsection' });
  }
  if (!found.has('measures') && top.length > 0) {
    // Reports that list their measures as several thematic top-level sections before 存在的问题.
    const firstOther = Math.min(
      ...[...found.values()].filter((f) => f.present === 'section').map((f) => f.section.start),
    );
    if (top[0].start < firstOther) found.set('measures', { section: top[0], present: 'section' });
  }
  return MANDATED_PARTS.map((part) => {
    const hit = found.get(part);
    if (!hit) return { part, present: 'absent', heading: null, start: null };
    return {
      part,
      present: hit.present,
      heading: partHeading(norm, hit.section, part),
      start: hit.section.start,
    };
  });
}

function partHeading(norm: string, section: SectionRecord, part: MandatedPart): string {
  const heading = section.heading;
  const next = norm[section.start + heading.length];
  const runOn = next !== undefined && !/[\r\n。；;！？!?]/.test(next);
  const cue = CUE_END[part]?.exec(heading);
  return runOn && cue ? heading.slice(0, cue.index + cue[0].length) : heading;
}
