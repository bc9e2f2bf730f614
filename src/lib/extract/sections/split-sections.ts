import type { SectionRecord } from '../../schema/records.ts';

const TOP_HEADING = /^[一二三四五六七八九十]+、.{1,60}$/gm;

/** Placeholder until the sections work lands: top-level 一、 headings only. */
export function splitSections(norm: string): SectionRecord[] {
  const heads = [...norm.matchAll(TOP_HEADING)];
  return heads.map((m, i) => ({
    ordinal: i,
    heading: m[0].trim(),
    path: [m[0].trim()],
    level: 1,
    start: m.index,
    end: i + 1 < heads.length ? heads[i + 1].index : norm.length,
    areas: [],
  }));
}
