import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../src/lib/charts/text-width.ts';
import { layoutFrame, pullFooterUp } from '../../src/lib/charts/export/frame-layout.ts';
import { breakUnits, wrapText } from '../../src/lib/charts/export/wrap-text.ts';
import { composeSvg, escapeXml, fitChart } from '../../src/lib/charts/export/compose-svg.ts';
import { themeById } from '../../src/lib/charts/export/themes.ts';

const LONG =
  '关于全面推进依法行政、加快建设法治政府，深化行政执法体制改革，完善行政复议与行政应诉工作机制，' +
  '提升各级行政机关依法决策、依法管理和依法服务能力的年度报告主要指标对比分析（2020—2021年度）';

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('行政复议案件数（件）· 2021', 1000, 20)).toEqual(['行政复议案件数（件）· 2021']);
  });

  it('breaks Chinese between characters, every line within the width, nothing lost', () => {
    const lines = wrapText(LONG, 400, 20);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('')).toBe(LONG);
    for (const line of lines) expect(estimateTextWidth(line, 20)).toBeLessThanOrEqual(400);
  });

  it('does not start a line with closing punctuation nor end one with an opening bracket', () => {
    // 20 px per character, 10 characters per line: the comma would land at the start of line 2.
    const lines = wrapText('一二三四五六七八九十，一二三（四五六七八九）十', 200, 20);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、；：）》」]/);
    for (const line of lines) expect(line).not.toMatch(/[（《「]$/);
    expect(lines.join('')).toBe('一二三四五六七八九十，一二三（四五六七八九）十');
  });

  it('keeps Latin words and numbers whole and breaks at spaces', () => {
    const lines = wrapText('Online processing rate 97.63% in 2023 for agencies', 150, 20);
    expect(lines.join(' ')).toBe('Online processing rate 97.63% in 2023 for agencies');
    for (const line of lines) expect(line).not.toMatch(/^\s|\s$/);
    expect(lines.some((l) => l.includes('97.63%'))).toBe(true);
  });

  it('hard-breaks a single word wider than the line', () => {
    const lines = wrapText('x'.repeat(50), 120, 20);
    expect(lines.join('')).toBe('x'.repeat(50));
    for (const line of lines) expect(estimateTextWidth(line, 20)).toBeLessThanOrEqual(120);
  });

  it('splits into break units', () => {
    expect(breakUnits('办结率97.63%，共 12 件')).toEqual([
      '办',
      '结',
      '率',
      '97.63%',
      '，',
      '共',
      ' ',
      '12',
      ' ',
      '件',
    ]);
  });
});

describe('layoutFrame', () => {
  const size = { width: 1920, height: 1080, fontSize: 26 };
  const footer = ['数据来源：各单位法治政府建设年度报告（2023年）'];

  it('places title, subtitle, chart and footer top to bottom without overlap', () => {
    const l = layoutFrame(size, { title: '行政复议案件数', subtitle: '副标题', footerLines: footer });
    expect(l.title.lines).toEqual(['行政复议案件数']);
    expect(l.subtitle.top).toBeGreaterThanOrEqual(l.title.top + l.title.height);
    expect(l.chart.y).toBeGreaterThanOrEqual(l.subtitle.top + l.subtitle.height);
    expect(l.footer.top).toBeGreaterThanOrEqual(l.chart.y + l.chart.height);
    expect(l.footer.top + l.footer.height).toBeLessThanOrEqual(1080);
    expect(l.chart.width).toBe(1920 - 2 * l.padding);
    expect(l.chart.fontSize).toBe(26);
  });

  it('wraps a very long title instead of clipping it, and shrinks text rather than the chart', () => {
    const l = layoutFrame(
      { width: 1080, height: 1080, fontSize: 24 },
      { title: LONG.repeat(2), subtitle: LONG, footerLines: footer },
    );
    expect(l.title.lines.join('')).toBe(LONG.repeat(2));
    for (const line of l.title.lines)
      expect(estimateTextWidth(line, l.title.fontSize)).toBeLessThanOrEqual(1080 - 2 * l.padding);
    expect(l.chart.height).toBeGreaterThanOrEqual(1080 * 0.35 - 1);
    expect(l.title.fontSize).toBeLessThan(Math.round(24 * 1.55));
    expect(l.title.baselines).toHaveLength(l.title.lines.length);
  });
});

describe('composeSvg', () => {
  it('writes a namespaced root with size and viewBox, escaped text and one tspan per line', () => {
    const layout = layoutFrame(
      { width: 800, height: 600, fontSize: 16 },
      { title: 'A & B <对标>', subtitle: '', footerLines: ['数据来源：各单位法治政府建设年度报告'] },
    );
    const svg = composeSvg({
      layout,
      theme: themeById('print'),
      chartMarkup: '<svg x="0" y="0" width="10" height="10"></svg>',
      fontCss: '',
      lang: 'zh',
      description: 'd',
    });
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" version="1.1" width="800" height="600" viewBox="0 0 800 600"/,
    );
    expect(svg).toContain('<tspan x="24" y="');
    expect(svg).toContain('A &amp; B &lt;对标&gt;');
    expect(svg).toContain('<pattern id="fz-hatch"');
    expect(svg).toContain(`font-family="${escapeXml("'Fazhi Export Sans'")}`);
  });

  it('fits a chart into its box: centred, scaled down only when too big', () => {
    expect(fitChart({ width: 100, height: 50 }, { x: 10, y: 20, width: 200, height: 100 })).toEqual({
      x: 60,
      y: 45,
      width: 100,
      height: 50,
    });
    expect(fitChart({ width: 400, height: 100 }, { x: 0, y: 0, width: 200, height: 100 })).toEqual({
      x: 0,
      y: 25,
      width: 200,
      height: 50,
    });
  });
});

describe('pullFooterUp', () => {
  it('moves the footer and its rule under a top-aligned chart, never down', () => {
    const l = layoutFrame(
      { width: 1240, height: 1754, fontSize: 22 },
      { title: 't', subtitle: '', footerLines: ['数据来源'] },
    );
    const pulled = pullFooterUp(l, l.chart.y + 300);
    expect(pulled.footer.top).toBeLessThan(l.footer.top);
    expect(pulled.ruleY).toBeGreaterThan(l.chart.y + 300);
    expect(pulled.footer.top).toBeGreaterThan(pulled.ruleY);
    expect(pulled.footer.baselines[0] - pulled.footer.top).toBe(l.footer.baselines[0] - l.footer.top);
    expect(pullFooterUp(l, l.chart.y + l.chart.height)).toEqual(l);
  });
});
