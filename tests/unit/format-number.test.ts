import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatNumber,
  formatPercentChange,
  formatValue,
  isApproximate,
  qualifierMark,
} from '../../src/lib/charts/format-number.ts';

describe('number formatting', () => {
  it('uses 万/亿 for Chinese readers and separators for English', () => {
    expect(formatNumber(142000, 'zh')).toBe('14.2万');
    expect(formatNumber(3.5e8, 'zh')).toBe('3.5亿');
    expect(formatNumber(5126, 'en')).toBe('5,126');
    expect(formatNumber(Number.NaN, 'zh')).toBe('—');
  });

  it('marks approximate values', () => {
    expect(formatValue(100, 'document', 'zh', 'approx_lower')).toBe('≥100份');
    expect(formatValue(25, 'percent', 'zh', 'approx')).toBe('≈25%');
    expect(formatValue(28.97, 'percent', 'zh')).toBe('28.97%');
    expect(formatValue(100 / 6.5, 'percent', 'en', 'derived')).toBe('15.38%');
    expect(qualifierMark('zero_stated')).toBe('');
    expect(isApproximate('approx_upper')).toBe(true);
    expect(isApproximate('derived')).toBe(false);
  });

  it('formats changes, with percentage points for rates and ≈ when approximate', () => {
    expect(formatChange(2, 'case', 'zh')).toBe('+2件');
    expect(formatChange(-25, 'percent', 'zh')).toBe('−25个百分点');
    expect(formatChange(20, 'document', 'en', true)).toBe('≈+20 docs');
    expect(formatPercentChange(100, 'zh')).toBe('+100%');
    expect(formatPercentChange(null, 'zh')).toBe('—');
    expect(formatPercentChange(Number.POSITIVE_INFINITY, 'zh')).toBe('—');
  });
});
