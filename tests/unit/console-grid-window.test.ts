import { describe, expect, it } from 'vitest';
import { columnWidths, gridWindow, scrollTopForRow } from '../../src/components/data-grid-window.ts';

const base = { viewportHeight: 260, rowHeight: 26, overscan: 2, maxScrollHeight: 1_000_000 };

describe('gridWindow', () => {
  it('renders only the visible rows plus overscan', () => {
    const w = gridWindow({ ...base, scrollTop: 0, rowCount: 1_000 });
    expect(w).toEqual({ first: 0, last: 12, offsetY: 0, scrollHeight: 26_000 });
    const mid = gridWindow({ ...base, scrollTop: 26 * 500 + 13, rowCount: 1_000 });
    expect(mid.first).toBe(498);
    expect(mid.last).toBe(513);
    expect(mid.offsetY).toBe(498 * 26);
  });

  it('handles few rows and an empty result', () => {
    expect(gridWindow({ ...base, scrollTop: 0, rowCount: 3 })).toMatchObject({ first: 0, last: 3 });
    expect(gridWindow({ ...base, scrollTop: 50, rowCount: 0 })).toMatchObject({
      first: 0,
      last: 0,
      scrollHeight: 0,
    });
  });

  it('maps a million rows onto a capped scroll height, first and last rows reachable', () => {
    const input = { ...base, rowCount: 1_000_000, maxScrollHeight: 15_000_000 };
    const top = gridWindow({ ...input, scrollTop: 0 });
    expect(top.scrollHeight).toBe(15_000_000);
    expect(top.first).toBe(0);
    const bottom = gridWindow({ ...input, scrollTop: 15_000_000 - 260 });
    expect(bottom.last).toBe(1_000_000);
    // The last row ends exactly at the bottom of the viewport.
    const lastRowBottom = bottom.offsetY + (1_000_000 - bottom.first) * 26;
    expect(lastRowBottom).toBeCloseTo(15_000_000, 6);
    const middle = gridWindow({ ...input, scrollTop: 7_500_000 });
    expect(middle.first).toBeGreaterThan(490_000);
    expect(middle.last - middle.first).toBeLessThanOrEqual(16);
    // The row at the top of the viewport sits exactly at scrollTop.
    const rowAtTop = Math.floor((7_500_000 * ((26_000_000 - 260) / (15_000_000 - 260))) / 26);
    expect(middle.offsetY + (rowAtTop - middle.first) * 26).toBeLessThanOrEqual(7_500_000);
    expect(middle.offsetY + (rowAtTop + 1 - middle.first) * 26).toBeGreaterThan(7_500_000);
  });

  it('scrollTopForRow inverts the mapping', () => {
    const geometry = { viewportHeight: 260, rowHeight: 26, rowCount: 1_000_000, maxScrollHeight: 15_000_000 };
    const scrollTop = scrollTopForRow(600_000, geometry);
    const w = gridWindow({ ...geometry, overscan: 0, scrollTop });
    expect(w.first).toBe(600_000);
  });
});

describe('columnWidths', () => {
  it('fits header and sampled text within bounds', () => {
    const widths = columnWidths(
      [
        { name: 'id', typeLabel: 'INTEGER' },
        { name: 'agency', typeLabel: 'VARCHAR' },
        { name: 'text', typeLabel: 'VARCHAR' },
      ],
      (c) => (c === 0 ? ['1', '2'] : c === 1 ? ['常德市行政审批服务局', null] : ['x'.repeat(5000)]),
      13,
    );
    expect(widths[0]).toBe(64);
    expect(widths[1]).toBeGreaterThan(13 * 10);
    expect(widths[2]).toBe(360);
  });
});
