// Heading markers of Chinese official documents and the level each style usually has: 一、 (1), （一） (2),
// 1. / 1、 (3), (1) / ① / 一是 (4). 第一部分 counts as level 1.

export type HeadingStyle =
  'part' | 'cn-dun' | 'cn-paren' | 'arabic-dot' | 'arabic-paren' | 'circled' | 'cn-shi';

export interface HeadingMarker {
  style: HeadingStyle;
  level: number;
  number: number;
  /** Length of the marker text (一、 is 2, （一） is 3, 一是 is 2). */
  length: number;
}

export const STYLE_LEVEL: Record<HeadingStyle, number> = {
  part: 1,
  'cn-dun': 1,
  'cn-paren': 2,
  'arabic-dot': 3,
  'arabic-paren': 4,
  circled: 4,
  'cn-shi': 4,
};

const CN = '[一二三四五六七八九十]{1,3}';
const MARKERS: [HeadingStyle, RegExp][] = [
  ['part', new RegExp(`^第(${CN})(?:部分|章)`)],
  ['cn-dun', new RegExp(`^(${CN})(?:、|\\.(?!\\d))`)],
  ['cn-paren', new RegExp(`^[(（](${CN})[)）]`)],
  ['arabic-dot', /^(\d{1,2})(?:[.．](?![\d.．])|、)/],
  ['arabic-paren', /^[(（](\d{1,2})[)）]/],
  ['circled', /^([①-⑳])/],
  ['cn-shi', new RegExp(`^(${CN})是(?![否非])`)],
];

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function chineseNumber(s: string): number {
  if (s.length === 1) return s === '十' ? 10 : (CN_DIGITS[s] ?? 0);
  const [tens, ones] = s.split('十');
  if (ones === undefined) return CN_DIGITS[s[0]] ?? 0;
  return (tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
}

// Every marker starts with one of these characters; other lines are rejected without trying the patterns.
const MARKER_START = /^[第一二三四五六七八九十(（0-9①-⑳]/;

/** The heading marker at the start of `s` (already trimmed), if any. */
export function matchHeadingMarker(s: string): HeadingMarker | null {
  if (!MARKER_START.test(s)) return null;
  for (const [style, re] of MARKERS) {
    const m = s.match(re);
    if (m === null) continue;
    const raw = m[1];
    const number =
      style === 'circled'
        ? raw.charCodeAt(0) - 0x2460 + 1
        : /^\d+$/.test(raw)
          ? Number(raw)
          : chineseNumber(raw);
    if (number === 0) continue;
    return { style, level: STYLE_LEVEL[style], number, length: m[0].length };
  }
  return null;
}

const TERMINATOR = /[。；;！？!?]/;
const SOFT_BREAK = /[，,、：:]/;

/**
 * The heading text of a line that starts with a marker: a short line whole, otherwise its leading sentence
 * (一是强化理论武装。…), otherwise its leading clause. Returns the length of the heading within `line`.
 */
export function headingLength(line: string, markerLength: number): number {
  const body = line.slice(markerLength);
  const stop = body.search(TERMINATOR);
  if (line.length <= 40 && (stop < 0 || stop === body.length - 1))
    return stop < 0 ? line.length : markerLength + stop;
  if (stop >= 0 && stop <= 60) return markerLength + stop;
  const soft = body.slice(0, 60).search(SOFT_BREAK);
  if (soft > 0) return markerLength + soft;
  return Math.min(line.length, markerLength + 40);
}
