import { describe, expect, it } from 'vitest';
import { groupRows, toBars, toReferences, type CompareRow } from '../../src/views/compare/compare-rows.ts';
import {
  complianceMatrix,
  missingParts,
  toComplianceReports,
} from '../../src/views/compliance/compliance-model.ts';
import { coverageMatrix, outlineAreas, outlineForYear } from '../../src/views/coverage/coverage-model.ts';
import {
  reportScores,
  rowKeys,
  scoreChange,
  type DisclosureCell,
} from '../../src/views/disclosure/disclosure-model.ts';
import { anySeriesSpans, toYoyRows, trendsMode, type TrendRow } from '../../src/views/trends/trends-model.ts';

const row = (agency: string, value: number | null, extra: Partial<CompareRow> = {}): CompareRow =>
  ({
    file: `${agency}.txt`,
    agency,
    value,
    qualifier: 'exact',
    rank: 1,
    percentile: 100,
    disclosed_count: 3,
    peer_median: 2,
    peer_mean: 3,
    missing_reason: null,
    ...extra,
  }) as CompareRow;

describe('compare rows', () => {
  it('separates disclosed, not computable and undisclosed; zero is a bar', () => {
    const g = groupRows([
      row('A', 4),
      row('B', 0, { qualifier: 'zero_stated' }),
      row('C', null, { missing_reason: 'denominator_zero' }),
      row('D', null),
    ]);
    expect(g.disclosed.map((r) => r.agency)).toEqual(['A', 'B']);
    expect(g.notComputable.map((r) => r.agency)).toEqual(['C']);
    expect(g.undisclosed.map((r) => r.agency)).toEqual(['D']);
    const bars = toBars(g.disclosed, 'case', 'zh');
    expect(bars[1]).toMatchObject({ zero: true, valueText: '0件' });
    expect(toReferences(g.disclosed, 'zh')).toEqual([]);
    expect(toReferences([...g.disclosed, row('E', 1)], 'zh').map((r) => r.value)).toEqual([2, 3]);
  });
});

describe('trends model', () => {
  const t = (agency: string, year: number, value: number | null, extra: Partial<TrendRow> = {}): TrendRow =>
    ({
      file: `${agency}${year}`,
      agency,
      year,
      value,
      qualifier: 'exact',
      prev_value: null,
      prev_year: null,
      change: null,
      change_pct: null,
      change_approximate: false,
      ...extra,
    }) as TrendRow;
  it('chooses lines, slope or small multiples', () => {
    expect(trendsMode(3, 2, true)).toBe('slope');
    expect(trendsMode(3, 2, false)).toBe('lines');
    expect(trendsMode(7, 2, true)).toBe('multiples');
    expect(anySeriesSpans([t('A', 2020, 1), t('B', 2021, 2)])).toBe(false);
    expect(anySeriesSpans([t('A', 2020, 1), t('A', 2021, 2)])).toBe(true);
  });
  it('explains changes that cannot be computed', () => {
    const rows = toYoyRows(
      [
        t('A', 2021, 4, { prev_year: 2020, prev_value: 0, change: 4, change_pct: null }),
        t('B', 2021, null, { prev_year: 2020, prev_value: 3 }),
        t('C', 2021, 120, {
          prev_year: 2020,
          prev_value: 100,
          prev_qualifier: 'approx_lower',
          change: 20,
          change_pct: 20,
          change_approximate: true,
        }),
      ],
      'case',
      'zh',
    );
    expect(rows.map((r) => [r.change, r.changePct])).toEqual([
      ['+4件', '上期为0，无增幅'],
      ['本期未披露', '—'],
      ['≈+20件', '≈+20%'],
    ]);
  });
});

describe('disclosure, coverage and compliance models', () => {
  it('sorts reports by completeness and shows the change in points', () => {
    const cell = (file: string, agency: string, score: number, prev: number | null) =>
      ({
        file,
        agency,
        metric_id: 'm',
        score,
        prev_score: prev,
        disclosed_n: 1,
        catalog_n: 2,
      }) as DisclosureCell;
    const scores = reportScores([cell('a', '乙', 0.5, 0.25), cell('b', '甲', 0.75, null)], 'score');
    expect(scores.map((s) => s.agency)).toEqual(['甲', '乙']);
    expect(scores.map(scoreChange)).toEqual(['', '+25']);
    expect(
      reportScores([cell('a', '乙', 0.5, null), cell('b', '甲', 0.75, null)], 'score_asc')[0].agency,
    ).toBe('乙');
    expect([
      ...rowKeys([
        { file: 'a', agency: 'X' },
        { file: 'b', agency: 'X' },
      ]).values(),
    ]).toEqual(['X', 'X · b']);
  });

  it('picks the Outline by year and marks unaddressed areas', () => {
    expect(outlineForYear(2020)).toBe('2015-2020');
    expect(outlineForYear(2021)).toBe('2021-2025');
    const areas = outlineAreas('2021-2025');
    expect(areas.map((a) => a.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const m = coverageMatrix(
      [{ file: 'a', agency: 'A', report_chars: 100, has_sections: true }],
      [],
      areas,
      'zh',
    );
    expect(m.cells.every((c) => c.text === '—')).toBe(true);
  });

  it('pivots parts per report and lists missing required parts (not "other")', () => {
    const reports = toComplianceReports([
      {
        file: 'a',
        agency: 'A',
        part: 'measures',
        present: 'section',
        heading: '一、',
        heading_start: 0,
        report_date: null,
        days_late: null,
        deadline: '2022-03-01',
        is_government: false,
      },
      {
        file: 'a',
        agency: 'A',
        part: 'other',
        present: 'absent',
        heading: null,
        heading_start: null,
        report_date: null,
        days_late: null,
        deadline: '2022-03-01',
        is_government: false,
      },
    ]);
    expect(missingParts(reports[0])).toEqual(['shortcomings', 'first_responsible', 'next_year']);
    expect(complianceMatrix(reports, 'zh').cells).toHaveLength(6);
  });
});
