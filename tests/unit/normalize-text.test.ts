import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/lib/extract/normalize-text.ts';

describe('normalizeText', () => {
  it('folds traditional script and full-width forms one character for one', () => {
    const text = '行政復議案件１２件，罰沒款５萬元，占比９５％';
    const norm = normalizeText(text);
    expect(norm).toBe('行政复议案件12件,罚没款5万元,占比95%');
    expect(norm.length).toBe(text.length);
  });

  it('leaves simplified half-width text untouched', () => {
    const text = '2021年,我局办理行政复议案件4件。';
    expect(normalizeText(text)).toBe(text);
  });

  it('keeps a leading byte-order mark and CRLF line ends in place', () => {
    const text = '\uFEFF一、工作情况\r\n全年辦理行政處罰案件３６件。\r\n';
    const norm = normalizeText(text);
    expect(norm.length).toBe(text.length);
    expect(norm.startsWith('\uFEFF一、')).toBe(true);
    expect(norm.indexOf('\r\n')).toBe(text.indexOf('\r\n'));
    expect(norm.slice(norm.indexOf('全年'))).toBe('全年办理行政处罚案件36件。\r\n');
  });

  it('maps ideographic and no-break spaces, small percent and small comma signs to ASCII', () => {
    const text = '占比\u00a0９８．５﹪\u3000共﹐计';
    expect(normalizeText(text)).toBe('占比 98.5% 共,计');
  });

  it('converts the numerals 萬, 億 and 兩 used in amounts', () => {
    const text = '罰沒金額５８５０３０.７８萬元，總額１.２億元，受理兩件';
    const norm = normalizeText(text);
    expect(norm).toBe('罚没金额585030.78万元,总额1.2亿元,受理两件');
  });

  it('keeps every offset aligned on mixed traditional text', () => {
    const text = '國務院各部門牽頭辦理全國人大代表建議6319件，全國政協委員提案3863件。';
    const norm = normalizeText(text);
    expect(norm.length).toBe(text.length);
    const at = norm.indexOf('6319件');
    expect(text.slice(at, at + 5)).toBe('6319件');
  });
});
