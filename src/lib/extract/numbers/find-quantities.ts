import {
  approxQualifier,
  isDigitRunLiteral,
  parseNumeral,
  scaleValue,
  type ApproxQualifier,
} from './parse-number.ts';

/** What a quantity counts: things (件/项/份...), people, money (元), a percentage, a bare 万/亿 figure, or other. */
export type QuantityKind = 'count' | 'person' | 'money' | 'percent' | 'bare' | 'other';

/** A number with its unit, as written in the normalised text. Offsets are into norm (and so into text). */
export interface Quantity {
  /** 万/亿 expanded; money in yuan; percent 0-100. */
  value: number;
  qualifier: ApproxQualifier;
  /** Span of the whole mention, approximation words and unit included. */
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  unit: string;
  kind: QuantityKind;
  /** Written in Chinese numerals (一百零五) rather than digits. */
  chinese: boolean;
}

const COUNT_UNITS = [
  '件次',
  '件',
  '起',
  '宗',
  '项',
  '份',
  '张',
  '条',
  '笔',
  '部(?!门|署|委)',
  '例',
  '个(?!人)',
];
const PERSON_UNITS = ['人(?!次)', '名(?!单|称|义|录|列|次)'];
const OTHER_UNITS = [
  '个百分点',
  '个工作日',
  '个月',
  '个小时',
  '个人',
  '人次',
  '家次',
  '户次',
  '次',
  '家',
  '户',
  '类',
  '批',
  '期',
  '场',
  '篇',
  '位',
  '天',
  '小时',
  '分钟',
  '倍',
  '吨',
  '亩',
  '平方公里',
  '公里',
  '米',
  '辆',
  '台',
  '套',
  '处',
  '座',
  '所',
  '栋',
  '间',
  '岁',
];
const UNIT_SOURCE = [
  ...OTHER_UNITS.slice(0, 8),
  ...COUNT_UNITS,
  ...PERSON_UNITS,
  '元',
  '%',
  ...OTHER_UNITS.slice(8),
].join('|');

// Numbers are only matched when a unit or a 万/亿 magnitude follows (Chinese numerals: a unit), so the scan does
// not stop at every year or at the 一 of 进一步. The scan finds runs of numeral characters; the full pattern is then
// tried (sticky) at the start of each run only.
const CN_DIGITS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟';
const IS_NUMERAL = new Uint8Array(0x10000);
for (const ch of `0123456789${CN_DIGITS}`) IS_NUMERAL[ch.charCodeAt(0)] = 1;
const MAGNITUDE_OR_UNIT = String.raw`(?=[ \t]*(?:余|多)?(?:千万|百万|万|亿|[ \t]*(?:${UNIT_SOURCE})))`;
const UNIT_AHEAD = String.raw`(?=[ \t]*(?:余|多)?(?:千万|百万|万|亿)?(?:余|多)?[ \t]*(?:${UNIT_SOURCE}))`;
const QUANTITY_AT = new RegExp(
  String.raw`(百分之[零〇一二三四五六七八九十百点]+|(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?:\.\d+)?${MAGNITUDE_OR_UNIT}|` +
    String.raw`[${CN_DIGITS}]+(?:点[零〇一二三四五六七八九]+)?${UNIT_AHEAD})` +
    String.raw`[ \t]*(余|多)?(千万|百万|万|亿)?(余|多)?[ \t]*(${UNIT_SOURCE})?(以上|以下|以内|左右)?`,
  'y',
);
// A quick necessary condition for QUANTITY_AT: after the number's characters (digits, separators, spaces), the
// next character must start a unit, a magnitude, 余/多, or the 分 of 百分之.
const IS_NUMBER_BODY = new Uint8Array(0x10000);
for (const ch of `0123456789${CN_DIGITS}点,. \t`) IS_NUMBER_BODY[ch.charCodeAt(0)] = 1;
const MAY_FOLLOW_NUMBER = new Uint8Array(0x10000);
for (const unit of [...OTHER_UNITS, ...COUNT_UNITS, ...PERSON_UNITS, '元', '%', '万', '亿', '余', '多', '分'])
  MAY_FOLLOW_NUMBER[unit.charCodeAt(0)] = 1;

function mayStartQuantity(norm: string, at: number): boolean {
  let j = at;
  while (j < norm.length && IS_NUMBER_BODY[norm.charCodeAt(j)]) j++;
  return MAY_FOLLOW_NUMBER[norm.charCodeAt(j)] === 1;
}

const APPROX_PREFIX = /(将近|接近|不到|不足|不超过|少于|低于|超过|已超|超|逾|多于|突破|近)[ \t]*$/;

const ARABIC_START = /\d/;
const BEFORE_ARABIC_REJECT = /[第0-9A-Za-z._#\-—~～]/;
const BEFORE_CHINESE_REJECT = /[第每前各这那某逐其唯统之初周星届]/;
const VAGUE_BEFORE = /[数几上]/;
const VAGUE_START = /^[十百千万]/;
const PHRASE_END = /^(?:$|[,、。;:)\]\s"”'’!?…(，；：）！？（]|余|多|以上|左右)/;

function unitKind(unit: string): QuantityKind {
  if (unit === '%') return 'percent';
  if (unit === '元') return 'money';
  if (unit === '人' || unit === '名') return 'person';
  if (/^(?:件次|件|起|宗|项|份|张|条|笔|部|例|个)$/.test(unit)) return 'count';
  return 'other';
}

/**
 * Finds every number that carries a unit (件/项/人/元/%...) or a 万/亿 magnitude. Numbers with neither (years,
 * document numbers, section numbers, stray OCR digits) are not quantities. Single-character Chinese numerals count
 * only when the unit ends the phrase, so 三项制度 and 两个维护 are not quantities.
 */
export function findQuantities(norm: string, from = 0, to = norm.length): Quantity[] {
  const out: Quantity[] = [];
  for (let i = from; i < to; i++) {
    if (!IS_NUMERAL[norm.charCodeAt(i)]) continue;
    QUANTITY_AT.lastIndex = i;
    const m = mayStartQuantity(norm, i) ? QUANTITY_AT.exec(norm) : null;
    const q = m ? toQuantity(norm, m) : null;
    if (q) {
      out.push(q);
      i = q.end - 1;
    } else {
      while (i + 1 < to && IS_NUMERAL[norm.charCodeAt(i + 1)]) i++;
    }
  }
  return out;
}

function toQuantity(norm: string, m: RegExpExecArray): Quantity | null {
  const [whole, literal, sfx1, multiplier, sfx2, unitRaw, sfx3] = m;
  const numStart = m.index;
  const numEnd = numStart + literal.length;
  const isPercentWord = literal.startsWith('百分之');
  const chinese = !ARABIC_START.test(literal[0]) && !isPercentWord;
  const prev = numStart > 0 ? norm[numStart - 1] : '';
  const unit = isPercentWord ? '%' : (unitRaw ?? '');
  let end = numStart + whole.length;
  if (!acceptable(norm, { prev, literal, chinese, unit, multiplier, end })) return null;
  const parsed = parseNumeral(literal);
  if (parsed === null) return null;
  while (end > numEnd && (norm[end - 1] === ' ' || norm[end - 1] === '\t')) end--;
  const prefix = APPROX_PREFIX.exec(norm.slice(Math.max(0, numStart - 5), numStart));
  const kind: QuantityKind = unit ? unitKind(unit) : 'bare';
  return {
    value: kind === 'percent' ? parsed : scaleValue(parsed, multiplier),
    qualifier: approxQualifier(prefix?.[1], [sfx1, sfx2, sfx3]),
    start: prefix ? numStart - prefix[0].length : numStart,
    end,
    numStart,
    numEnd,
    unit,
    kind,
    chinese,
  };
}

interface Shape {
  prev: string;
  literal: string;
  chinese: boolean;
  unit: string;
  multiplier: string | undefined;
  end: number;
}

function acceptable(norm: string, s: Shape): boolean {
  if (!s.unit && !s.multiplier) return false;
  if (!s.chinese) return !BEFORE_ARABIC_REJECT.test(s.prev);
  if (!s.unit || BEFORE_CHINESE_REJECT.test(s.prev) || isDigitRunLiteral(s.literal)) return false;
  // 数十件 / 几百人 / 上百件: a vague amount, not a number.
  if (VAGUE_BEFORE.test(s.prev) && VAGUE_START.test(s.literal)) return false;
  if (s.literal.length > 1 || s.literal === '十') return true;
  return unitKind(s.unit) !== 'other' && PHRASE_END.test(norm.slice(s.end, s.end + 2));
}
