const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that may appear in a Chinese numeral (digits, 十/百/千/万/亿, 点 for decimals). */
export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿点';

/** True for a run of bare digits such as 二〇二一 (a year or code), as opposed to a counted numeral. */
export function isChineseDigitString(s: string): boolean {
  if (s.length < 2) return false;
  for (const ch of s) if (!(ch in DIGITS)) return false;
  return true;
}

/**
 * Parses a Chinese numeral (一百零五, 十二, 三十, 两, 一千二百万, 三点五, 二〇二一) to a number; null when the
 * string is not a well-formed numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  const dot = s.indexOf('点');
  if (dot >= 0) {
    const whole = parseChineseNumeral(s.slice(0, dot));
    const frac = s.slice(dot + 1);
    if (whole === null || frac.length === 0 || !isAllDigits(frac)) return null;
    let digits = '';
    for (const ch of frac) digits += String(DIGITS[ch]);
    return Number(`${whole}.${digits}`);
  }
  if (isChineseDigitString(s)) {
    let digits = '';
    for (const ch of s) digits += String(DIGITS[ch]);
    return Number(digits);
  }
  let hundredMillions = 0;
  let tenThousands = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  let sawValue = false;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return null;
      digit = DIGITS[ch];
      sawValue = true;
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch];
      if (unit >= lastSmall) return null;
      lastSmall = unit;
      section += (digit ?? 1) * unit;
      digit = null;
      sawValue = true;
    } else if (ch in BIG_UNITS) {
      const unit = BIG_UNITS[ch];
      if (!sawValue || unit >= lastBig) return null;
      lastBig = unit;
      const part = section + (digit ?? 0);
      if (unit === 1e8) {
        hundredMillions = (hundredMillions + tenThousands + part) * unit;
        tenThousands = 0;
      } else {
        tenThousands = part * unit;
      }
      section = 0;
      digit = null;
      lastSmall = Infinity;
      sawValue = false;
    } else {
      return null;
    }
  }
  return hundredMillions + tenThousands + section + (digit ?? 0);
}

function isAllDigits(s: string): boolean {
  for (const ch of s) if (!(ch in DIGITS)) return false;
  return true;
}
