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
});
