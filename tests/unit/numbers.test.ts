import { describe, expect, it } from 'vitest';
import { isChineseDigitString, parseChineseNumeral } from '../../src/lib/extract/numbers/chinese-numeral.ts';
import { findQuantities, type Quantity } from '../../src/lib/extract/numbers/find-quantities.ts';
import { approxQualifier, parseNumeral, scaleValue } from '../../src/lib/extract/numbers/parse-number.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['三十', 30],
    ['二十七', 27],
    ['一百零五', 105],
    ['一百一十', 110],
    ['三百', 300],
    ['一千二百', 1200],
    ['一千零八', 1008],
    ['三万五千', 35000],
    ['十二万', 120000],
    ['一亿二千万', 120000000],
    ['三点五', 3.5],
    ['壹佰贰拾', 120],
  ])('%s -> %d', (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it('reads a digit run such as 二〇二一 digit by digit, and knows it is one', () => {
    expect(parseChineseNumeral('二〇二一')).toBe(2021);
    expect(isChineseDigitString('二〇二一')).toBe(true);
    expect(isChineseDigitString('二十一')).toBe(false);
  });

  it('rejects malformed numerals', () => {
    expect(parseChineseNumeral('十四五')).toBeNull();
    expect(parseChineseNumeral('万')).toBeNull();
    expect(parseChineseNumeral('百百')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});

describe('parseNumeral and scaleValue', () => {
  it('reads Arabic numbers with thousands separators and decimals', () => {
    expect(parseNumeral('2,143,249')).toBe(2143249);
    expect(parseNumeral('48852.4')).toBe(48852.4);
    expect(parseNumeral('0')).toBe(0);
  });

  it('reads 百分之 forms', () => {
    expect(parseNumeral('百分之九十五')).toBe(95);
    expect(parseNumeral('百分之百')).toBe(100);
  });

  it('expands 万 and 亿 without floating-point noise', () => {
    expect(scaleValue(14.2, '万')).toBe(142000);
    expect(scaleValue(585030.78, '万')).toBe(5850307800);
    expect(scaleValue(116.87, '亿')).toBe(11687000000);
    expect(scaleValue(4.1, '万')).toBe(41000);
    expect(scaleValue(7, undefined)).toBe(7);
  });

  it('derives approximation qualifiers from the surrounding words', () => {
    expect(approxQualifier(undefined, ['余'])).toBe('approx_lower');
    expect(approxQualifier(undefined, [undefined, undefined, '以上'])).toBe('approx_lower');
    expect(approxQualifier('超过', [])).toBe('approx_lower');
    expect(approxQualifier('近', [])).toBe('approx_upper');
    expect(approxQualifier('不超过', [])).toBe('approx_upper');
    expect(approxQualifier(undefined, [undefined, undefined, '左右'])).toBe('exact');
  });
});

function quantities(
  text: string,
): (Pick<Quantity, 'value' | 'kind' | 'unit' | 'qualifier'> & { text: string })[] {
  return findQuantities(text).map((q) => ({
    text: text.slice(q.start, q.end),
    value: q.value,
    kind: q.kind,
    unit: q.unit,
    qualifier: q.qualifier,
  }));
}

describe('findQuantities', () => {
  it('finds counts, people, money and percentages with their spans', () => {
    expect(quantities('受理申请24件，持证人员22人，罚没款35.6万元，占比97.63%')).toEqual([
      { text: '24件', value: 24, kind: 'count', unit: '件', qualifier: 'exact' },
      { text: '22人', value: 22, kind: 'person', unit: '人', qualifier: 'exact' },
      { text: '35.6万元', value: 356000, kind: 'money', unit: '元', qualifier: 'exact' },
      { text: '97.63%', value: 97.63, kind: 'percent', unit: '%', qualifier: 'exact' },
    ]);
  });

  it('reads mixed forms: 1.2万, 4.1万件, 20.9万余件, 150余万元, 三十余件, 两件', () => {
    const found = quantities(
      '总量1.2万，即办件4.1万件，办理20.9万余件，罚款150余万元，约三十余件，受理两件。',
    );
    expect(found.map((q) => [q.text, q.value, q.qualifier])).toEqual([
      ['1.2万', 12000, 'exact'],
      ['4.1万件', 41000, 'exact'],
      ['20.9万余件', 209000, 'approx_lower'],
      ['150余万元', 1500000, 'approx_lower'],
      ['三十余件', 30, 'approx_lower'],
      ['两件', 2, 'exact'],
    ]);
  });

  it('reads approximation prefixes into the span', () => {
    const found = quantities('采纳意见近3200条，办件量已超2489万件，不足500件，超过95%');
    expect(found.map((q) => [q.text, q.qualifier])).toEqual([
      ['近3200条', 'approx_upper'],
      ['已超2489万件', 'approx_lower'],
      ['不足500件', 'approx_upper'],
      ['超过95%', 'approx_lower'],
    ]);
  });

  it('allows spaces between number and unit, and thousands separators', () => {
    expect(quantities('办理案件 42 起，罚款总额19000 元，受理业务2,143,249笔')).toEqual([
      { text: '42 起', value: 42, kind: 'count', unit: '起', qualifier: 'exact' },
      { text: '19000 元', value: 19000, kind: 'money', unit: '元', qualifier: 'exact' },
      { text: '2,143,249笔', value: 2143249, kind: 'count', unit: '笔', qualifier: 'exact' },
    ]);
  });

  it('reads 百分之 percentages and keeps 个百分点 apart from counts', () => {
    const found = quantities('满意率百分之九十五，同比下降7.01个百分点');
    expect(found.map((q) => [q.text, q.value, q.kind])).toEqual([
      ['百分之九十五', 95, 'percent'],
      ['7.01个百分点', 7.01, 'other'],
    ]);
  });

  it('ignores years, dates, document numbers, ordinals and section numbers', () => {
    const text =
      '根据〔2021〕6号文件，2020年4月16日召开第18次会议；二〇二一年；1.落实制度；(一)加强领导；2015-2020年';
    expect(quantities(text)).toEqual([]);
  });

  it('ignores hotlines, phone numbers and holiday dates', () => {
    expect(quantities('拨打12345热线或12315，电话0731-84567890，开展“3·15”“12·4”和“5.17”宣传')).toEqual([]);
  });

  it('ignores stray digits inside words', () => {
    expect(quantities('缩35短审批时限，总门户35,注册用户')).toEqual([]);
  });

  it('does not read slogans as counts', () => {
    const text = '落实三项制度，增强“四个意识”，做到“两个维护”，推行“一件事一次办”和一张网';
    expect(quantities(text)).toEqual([]);
  });

  it('accepts a single Chinese numeral when its unit ends the phrase', () => {
    expect(quantities('共受理三件，办结两件。').map((q) => q.value)).toEqual([3, 2]);
  });

  it('ignores counts introduced by 第/每', () => {
    expect(quantities('第三项，每一件')).toEqual([]);
  });

  it('scans only the requested range', () => {
    const text = '前文5件，本段8件，后文9件';
    const from = text.indexOf('本段');
    expect(findQuantities(text, from, from + 5).map((q) => q.value)).toEqual([8]);
  });
});
