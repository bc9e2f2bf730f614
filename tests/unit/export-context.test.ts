import { describe, expect, it } from 'vitest';
import type { ChartContext } from '../../src/lib/charts/chart-types.ts';
import { exportBlockReason } from '../../src/lib/charts/export/availability.ts';
import {
  abbreviateAgencies,
  buildFooterLines,
  buildSourceLine,
  formatTimestamp,
  formatYears,
} from '../../src/lib/charts/export/source-line.ts';

const ctx = (over: Partial<ChartContext> = {}): ChartContext => ({
  years: [2023],
  agencies: ['北京市司法局', '上海市司法局'],
  filters: [],
  notes: [],
  hasData: true,
  ...over,
});

describe('source line', () => {
  it('formats years: runs of three or more as a range, otherwise a list', () => {
    expect(formatYears([2023], 'zh')).toBe('2023年');
    expect(formatYears([2023, 2021, 2022, 2022], 'zh')).toBe('2021—2023年');
    expect(formatYears([2020, 2022], 'zh')).toBe('2020、2022年');
    expect(formatYears([2021, 2022], 'en')).toBe('2021, 2022');
    expect(formatYears([], 'zh')).toBe('');
  });

  it('names a few agencies and counts the rest', () => {
    expect(abbreviateAgencies(['甲局', '乙局'], 'zh')).toBe('甲局、乙局');
    const many = Array.from({ length: 12 }, (_, i) => `第${i + 1}市司法局`);
    expect(abbreviateAgencies(many, 'zh')).toBe('第1市司法局、第2市司法局、第3市司法局等 12 家单位');
    expect(abbreviateAgencies(many, 'en')).toBe(
      '第1市司法局, 第2市司法局, 第3市司法局 and 9 more (12 agencies)',
    );
    const long = [
      '某某省某某市农业农村和乡村振兴及海洋渔业综合执法监督管理局',
      '某某省某某市人力资源和社会保障局',
      '丙局',
      '丁局',
      '戊局',
    ];
    expect(abbreviateAgencies(long, 'zh')).toBe(
      '某某省某某市农业农村和乡村振兴及海洋渔业综合执法监督管理局等 5 家单位',
    );
  });

  it('builds 数据来源 with the years and agencies shown', () => {
    expect(buildSourceLine(ctx(), 'zh')).toBe(
      '数据来源：各单位法治政府建设年度报告（2023年；北京市司法局、上海市司法局）',
    );
    expect(buildSourceLine(undefined, 'zh')).toBe('数据来源：各单位法治政府建设年度报告');
    expect(buildSourceLine(ctx({ agencies: [] }), 'en')).toBe(
      "Source: the agencies' annual reports on building law-based government (2023)",
    );
  });

  it('adds filters, caveats and the optional export time under the source', () => {
    const lines = buildFooterLines(
      ctx({
        filters: ['层级：市级', '省份：广东省'],
        notes: ['≥ 表示原文为约数', '未披露：甲局、乙局', ' '],
      }),
      { lang: 'zh', timestamp: new Date(2024, 4, 6, 9, 5) },
    );
    expect(lines).toEqual([
      '数据来源：各单位法治政府建设年度报告（2023年；北京市司法局、上海市司法局）',
      '筛选条件：层级：市级；省份：广东省',
      '≥ 表示原文为约数',
      '未披露：甲局、乙局',
      '导出时间：2024-05-06 09:05（法治对标）',
    ]);
    expect(buildFooterLines(ctx(), { lang: 'zh', timestamp: null })).toHaveLength(1);
    expect(formatTimestamp(new Date(2024, 0, 2, 13, 4), 'en')).toBe(
      'Exported 2024-01-02 13:04 (Fazhi Benchmark)',
    );
  });
});

describe('exportBlockReason', () => {
  it('is null for a chart with data', () => {
    expect(exportBlockReason(ctx(), true, 'zh')).toBeNull();
    expect(exportBlockReason(undefined, true, 'zh')).toBeNull();
  });

  it("gives the view's reason when the context has no data, ending in 无法导出", () => {
    expect(exportBlockReason(ctx({ hasData: false, emptyReason: '所选条件下没有数据。' }), true, 'zh')).toBe(
      '所选条件下没有数据，无法导出。',
    );
    expect(exportBlockReason(ctx({ hasData: false }), true, 'zh')).toBe('所选条件下没有数据，无法导出。');
    expect(exportBlockReason(ctx({ hasData: false, emptyReason: 'No rows' }), true, 'en')).toBe(
      'No rows; nothing to export.',
    );
  });

  it('blocks a frame that drew no chart even without a context', () => {
    expect(exportBlockReason(undefined, false, 'en')).toBe('No data for this selection, nothing to export.');
  });
});
