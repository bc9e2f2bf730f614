import type { SectionRecord } from '../../schema/records.ts';
import { areasOfSection, indexAreaCues } from '../outline-areas.ts';
import { headingLength, matchHeadingMarker, STYLE_LEVEL, type HeadingStyle } from './heading-patterns.ts';

interface Heading {
  start: number;
  heading: string;
  style: HeadingStyle;
  level: number;
  number: number;
}

// The lookahead rejects most positions before the lookbehind is tried.
const INLINE_SHI =
  /(?=[一二三四五六七八九十])(?<=[。；;！？!?]\s*)([一二三四五六七八九十]{1,3})是(?![否非])/g;

/**
 * Sections by heading, in document order. Headings are marker lines (一、 （一） 1. (1) ① 第一部分) and 一是/二是
 * sentences, also inside a paragraph; a heading numbered 1 in one style whose 2 comes in another style takes the
 * latter's level ("(1)…" then "（二）…"). Offsets are into the text (norm has the same length).
 */
export function splitSections(norm: string): SectionRecord[] {
  const heads = repairNumbering(findHeadings(norm));
  const sections: SectionRecord[] = [];
  const stack: SectionRecord[] = [];
  heads.forEach((h, i) => {
    while (stack.length > 0 && stack[stack.length - 1].level >= h.level) stack.pop();
    let end = norm.length;
    for (let j = i + 1; j < heads.length; j++) {
      if (heads[j].level <= h.level) {
        end = heads[j].start;
        break;
      }
    }
    const section: SectionRecord = {
      ordinal: i,
      heading: h.heading,
      path: [...stack.map((s) => s.heading), h.heading],
      level: h.level,
      start: h.start,
      end,
      areas: [],
    };
    stack.push(section);
    sections.push(section);
  });
  const hits = indexAreaCues(norm);
  for (const s of sections) s.areas = areasOfSection(s.heading, hits, s.start, s.end);
  return sections;
}

function findHeadings(norm: string): Heading[] {
  const heads: Heading[] = [];
  let lineStart = 0;
  while (lineStart < norm.length) {
    let lineEnd = norm.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = norm.length;
    const raw = norm.slice(lineStart, lineEnd);
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    const start = lineStart + lead;
    const marker = line.length > 0 ? matchHeadingMarker(line) : null;
    let shiNext = 1;
    if (marker !== null && isHeadingLine(line, marker.length)) {
      heads.push({
        start,
        heading: line.slice(0, headingLength(line, marker.length)).trim(),
        style: marker.style,
        level: marker.level,
        number: marker.number,
      });
      if (marker.style === 'cn-shi') shiNext = marker.number + 1;
    }
    if (shiNext > 1 || line.includes('一是')) collectInlineShi(line, start, shiNext, heads);
    lineStart = lineEnd + 1;
  }
  return heads;
}

/** Table rows, bare numbers and one-character items are not headings. */
function isHeadingLine(line: string, markerLength: number): boolean {
  const rest = line.slice(markerLength).trim();
  if (rest.length < 2 || line.includes(' | ')) return false;
  return /[\u4e00-\u9fff]/.test(rest.slice(0, 6));
}

/** 一是…。二是…。 inside a paragraph: each numbered sentence after a full stop, in sequence. */
function collectInlineShi(line: string, lineStart: number, first: number, heads: Heading[]): void {
  let expected = first;
  INLINE_SHI.lastIndex = 0;
  for (let m = INLINE_SHI.exec(line); m; m = INLINE_SHI.exec(line)) {
    const marker = matchHeadingMarker(line.slice(m.index));
    if (marker === null || marker.number !== expected) continue;
    const text = line.slice(m.index);
    heads.push({
      start: lineStart + m.index,
      heading: text.slice(0, headingLength(text, marker.length)).trim(),
      style: 'cn-shi',
      level: STYLE_LEVEL['cn-shi'],
      number: marker.number,
    });
    expected++;
  }
}

/**
 * "(1) 强化…" followed by "（二）…": the first item was numbered in the wrong style, unless a "（一）" already
 * opened that sequence (then the "（二）" belongs to the parent's level).
 */
function repairNumbering(heads: Heading[]): Heading[] {
  for (let i = 0; i < heads.length; i++) {
    const h = heads[i];
    if (h.number !== 1) continue;
    const j = heads.findIndex((x, k) => k > i && (x.number === 2 || x.level < h.level));
    const next = j > 0 ? heads[j] : undefined;
    if (next === undefined || next.number !== 2 || next.style === h.style || next.level >= h.level) continue;
    if (heads.slice(i + 1, j).some((x) => x.level <= next.level)) continue;
    const before = heads
      .slice(0, i)
      .reverse()
      .find((x) => x.level <= next.level);
    if (before?.style === next.style) continue;
    h.level = next.level;
    h.style = next.style;
  }
  return heads;
}
