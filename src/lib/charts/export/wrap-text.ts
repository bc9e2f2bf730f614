import { estimateTextWidth } from '../text-width.ts';

export type MeasureText = (text: string, fontSize: number) => number;

// Chinese line-breaking rules (禁则): these may not start a line, and these may not end one.
const NO_START = new Set([...'，。、；：！？）》」』】〕”’%‰·…—～,.;:!?)]}']);
const NO_END = new Set([...'（《「『【〔“‘([{']);

/** Break units: one CJK character each, or a run of Latin letters/digits; spaces are kept as their own units. */
export function breakUnits(text: string): string[] {
  return text.match(/\s+|[A-Za-z0-9@#&_+\-./≥≤%]+|./gsu) ?? [];
}

function hardBreak(unit: string, maxWidth: number, fontSize: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of unit) {
    if (line && measure(line + ch, fontSize) > maxWidth) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Greedy line wrapping for mixed Chinese/Latin text: breaks between CJK characters and at spaces, keeps Latin
 * words and numbers whole (unless one alone is wider than the line), and respects the basic 禁则 rules.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText = estimateTextWidth,
): string[] {
  const lines: string[][] = [];
  let line: string[] = [];
  const width = (units: string[]) => measure(units.join(''), fontSize);
  for (const unit of breakUnits(text.replace(/\s*\n\s*/g, ' ').trim())) {
    if (/^\s+$/.test(unit)) {
      if (line.length > 0) line.push(' ');
      continue;
    }
    if (width([...line, unit]) <= maxWidth || line.length === 0) {
      if (line.length === 0 && measure(unit, fontSize) > maxWidth) {
        const pieces = hardBreak(unit, maxWidth, fontSize, measure);
        lines.push(...pieces.slice(0, -1).map((p) => [p]));
        line = [pieces[pieces.length - 1]];
      } else line.push(unit);
      continue;
    }
    const carry: string[] = [];
    // Move units to the next line so that it does not start with closing punctuation, nor this one end with
    // an opening bracket, as long as something stays behind.
    if (NO_START.has(unit[0]) && line.length > 1) carry.unshift(line.pop() as string);
    while (line.length > 1 && NO_END.has(line[line.length - 1])) carry.unshift(line.pop() as string);
    while (line.length > 0 && line[line.length - 1] === ' ') line.pop();
    lines.push(line);
    line = [...carry, unit];
    if (measure(unit, fontSize) > maxWidth && carry.length === 0) {
      const pieces = hardBreak(unit, maxWidth, fontSize, measure);
      lines.push(...pieces.slice(0, -1).map((p) => [p]));
      line = [pieces[pieces.length - 1]];
    }
  }
  while (line.length > 0 && line[line.length - 1] === ' ') line.pop();
  if (line.length > 0) lines.push(line);
  return lines.map((l) => l.join(''));
}
