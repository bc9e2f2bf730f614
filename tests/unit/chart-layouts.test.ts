import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../src/lib/charts/bar-layout.ts';
import { layoutHeatmap, wrapLabel } from '../../src/lib/charts/heatmap-layout.ts';
import { nextIndex } from '../../src/lib/charts/keyboard-nav.ts';
import { dodge } from '../../src/lib/charts/label-dodge.ts';
import { layoutLines, type LineSeries } from '../../src/lib/charts/line-layout.ts';
import { textOn } from '../../src/lib/charts/palette.ts';
import { layoutScatter } from '../../src/lib/charts/scatter-layout.ts';

const fmt = (v: number) => String(v);
const SIZES = [
  { width: 320, fontSize: 12 },
  { width: 960, fontSize: 13 },
  { width: 1920, height: 1080, fontSize: 28 },
  { width: 794, height: 1123, fontSize: 16 },
];

const series: LineSeries[] = [
  {
    key: 'a',
    label: '湖南省通信管理局',
    points: [
      { x: 2019, y: 2 },
      { x: 2020, y: 4 },
      { x: 2021, y: null },
      { x: 2022, y: 3 },
    ],
  },
  {
    key: 'b',
    label: '西藏自治区经济和信息化厅',
    points: [
      { x: 2020, y: 100, approximate: true },
      { x: 2021, y: 120 },
    ],
  },
];

describe('layoutLines', () => {
  it('stays inside its box at every preset size, with a gap for the missing year', () => {
    for (const size of SIZES) {
      const l = layoutLines(series, { ...size, formatY: fmt });
      if (size.height) expect(l.height).toBe(size.height);
      expect(l.margin.left + l.plotWidth + l.margin.right).toBeCloseTo(size.width, 5);
      for (const s of l.series)
        for (const p of s.points) {
          expect(p.px).toBeGreaterThanOrEqual(0);
          expect(p.px).toBeLessThanOrEqual(l.plotWidth);
          expect(p.py).toBeGreaterThanOrEqual(0);
          expect(p.py).toBeLessThanOrEqual(l.plotHeight);
        }
      expect(l.series[0].path.match(/M/g)).toHaveLength(2);
    }
  });

  it('draws a slope chart only for exactly two x values, labels on both sides', () => {
    const two = series.map((s) => ({ ...s, points: s.points.filter((p) => p.x === 2020 || p.x === 2021) }));
    const slope = layoutLines(two, { width: 800, fontSize: 13, formatY: fmt, slope: true });
    expect(slope.slope).toBe(true);
    expect(slope.xTicks.map((t) => t.text)).toEqual(['2020', '2021']);
    expect(slope.series[1].labels.map((l) => l.anchor)).toEqual(['end', 'start']);
    expect(layoutLines(series, { width: 800, fontSize: 13, formatY: fmt, slope: true }).slope).toBe(false);
  });

  it('keeps end labels apart and uses shared domains when given', () => {
    const close: LineSeries[] = [
      { key: 'a', label: 'A', points: [{ x: 1, y: 10 }] },
      { key: 'b', label: 'B', points: [{ x: 1, y: 10.1 }] },
    ];
    const l = layoutLines(close, {
      width: 400,
      fontSize: 13,
      formatY: fmt,
      xDomain: [0, 2],
      yDomain: [0, 100],
    });
    const [a, b] = l.series.map((s) => s.labels[0].y);
    expect(Math.abs(a - b)).toBeGreaterThanOrEqual(13);
    expect(l.yTicks.at(-1)?.text).toBe('100');
  });
});

describe('layoutScatter', () => {
  it('places points inside the plot, colours by category and labels few points', () => {
    const points = [
      { key: 'a', label: 'A', x: 1, y: 2, category: '省级' },
      { key: 'b', label: 'B', x: 3, y: 5, category: '市级' },
      { key: 'c', label: 'C', x: 0, y: 0, category: '省级' },
    ];
    for (const size of SIZES) {
      const l = layoutScatter(points, { ...size, formatX: fmt, formatY: fmt, xLabel: 'x', yLabel: 'y' });
      for (const p of l.points) {
        expect(p.px).toBeGreaterThanOrEqual(0);
        expect(p.px).toBeLessThanOrEqual(l.plotWidth);
        expect(p.py).toBeLessThanOrEqual(l.plotHeight);
      }
      expect(l.legend.map((g) => g.category)).toEqual(['省级', '市级']);
      expect(l.points[0].color).toBe(l.points[2].color);
      expect(l.points[0].color).not.toBe(l.points[1].color);
      expect(l.labels).toHaveLength(3);
    }
  });
});

describe('layoutHeatmap', () => {
  const rows = [
    { key: 'r1', label: '湖南省通信管理局', score: { value: 0.3, text: '30%' } },
    { key: 'r2', label: '河源市工业和信息化局', score: { value: 0.5, text: '50%' } },
  ];
  const columns = Array.from({ length: 37 }, (_, i) => ({
    key: `c${i}`,
    label: `行政复议案件数${i}`,
    group: i < 10 ? '权责清单' : '案件',
  }));
  const cells = [{ row: 'r1', col: 'c0', fill: '#0072B2', text: '4', label: 'x' }];

  it('fills every row × column (missing cells blank) and fits the width', () => {
    for (const size of SIZES) {
      const l = layoutHeatmap(rows, columns, cells, size);
      expect(l.cells).toHaveLength(rows.length * columns.length);
      expect(l.margin.left + l.gridWidth + l.margin.right).toBeLessThanOrEqual(
        Math.max(size.width, 37 * 9 + 400),
      );
      if (size.width >= 794) expect(l.width).toBe(size.width);
      expect(l.columnWidth).toBeGreaterThanOrEqual(9);
      if (size.height) expect(l.height).toBe(size.height);
      expect(l.groups.map((g) => g.text.replace('…', ''))).toHaveLength(2);
      expect(l.scores).toHaveLength(2);
    }
  });

  it('stacks CJK column labels in narrow columns and wraps them in wide ones', () => {
    expect(layoutHeatmap(rows, columns, cells, { width: 1000, fontSize: 13 }).labelMode).toBe('stack');
    const few = columns.slice(0, 5);
    const wide = layoutHeatmap(rows, few, cells, { width: 1000, fontSize: 13 });
    expect(wide.labelMode).toBe('wrap');
    expect(wrapLabel('健全社会矛盾纠纷行政预防调处化解体系', 80, 13).length).toBeGreaterThan(1);
  });
});

describe('layoutBars', () => {
  it('draws only whole-number ticks for counts and keeps a stated zero at 0', () => {
    const data = [
      { key: 'a', label: 'A', value: 4, valueText: '4件' },
      { key: 'b', label: 'B', value: 0, valueText: '0件', zero: true },
    ];
    const l = layoutBars(data, { width: 600, fontSize: 13, integerTicks: true }, fmt);
    expect(l.ticks.every((t) => Number.isInteger(Number(t.text)))).toBe(true);
    expect(l.bars[1].width).toBe(0);
    expect(l.bars[1].valueText).toBe('0件');
  });
});

describe('small helpers', () => {
  it('dodge keeps order, gap and bounds', () => {
    expect(dodge([10, 10, 10], 5, 0, 100)).toEqual([10, 15, 20]);
    expect(dodge([100, 100], 10, 0, 100)).toEqual([90, 100]);
  });
  it('nextIndex moves in lists and grids', () => {
    expect(nextIndex('ArrowDown', 0, 3)).toBe(1);
    expect(nextIndex('ArrowDown', 2, 3)).toBe(2);
    expect(nextIndex('ArrowDown', 1, 12, 4)).toBe(5);
    expect(nextIndex('End', 5, 12, 4)).toBe(7);
    expect(nextIndex('x', 0, 3)).toBeNull();
  });
  it('picks readable text colours', () => {
    expect(textOn('#0072B2')).toBe('#ffffff');
    expect(textOn('#eceef1')).toBe('#111827');
  });
});
