import { isChineseDigitString, parseChineseNumeral } from './chinese-numeral.ts';

export type ApproxQualifier = 'exact' | 'approx_lower' | 'approx_upper';

const ARABIC = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8, 千万: 1e7, 百万: 1e6 };

/** Parses an Arabic (2,143,249 / 14.2), Chinese (一百零五) or 百分之 numeral literal; null when malformed. */
export function parseNumeral(raw: string): number | null {
  if (raw.startsWith('百分之')) {
    const rest = raw.slice(3);
    return rest === '百' ? 100 : parseChineseNumeral(rest);
  }
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (!ARABIC.test(raw)) return null;
    return Number(raw.includes(',') ? raw.replace(/,/g, '') : raw);
  }
  return parseChineseNumeral(raw);
}

/** True when a Chinese literal is a digit run such as 二〇二一, which names a year or code, not a count. */
export function isDigitRunLiteral(raw: string): boolean {
  return isChineseDigitString(raw);
}

/** Multiplies by 万/亿 and removes floating-point noise (14.2万 -> 142000, 585030.78万 -> 5850307800). */
export function scaleValue(value: number, multiplier: string | undefined): number {
  const factor = multiplier ? (MULTIPLIERS[multiplier] ?? 1) : 1;
  return Math.round(value * factor * 1e6) / 1e6;
}

/** Qualifier implied by the words around a number: 余/多/以上/超过 -> lower bound; 不到/不超过/近 -> upper. */
export function approxQualifier(
  prefix: string | undefined,
  suffixes: (string | undefined)[],
): ApproxQualifier {
  if (prefix && /^(?:将近|接近|不到|不足|不超过|少于|低于|近)$/.test(prefix)) return 'approx_upper';
  if (prefix && /^(?:超过|已超|超|逾|多于|突破)$/.test(prefix)) return 'approx_lower';
  for (const s of suffixes) {
    if (s === '余' || s === '多' || s === '以上') return 'approx_lower';
    if (s === '以下' || s === '以内') return 'approx_upper';
  }
  return 'exact';
}
