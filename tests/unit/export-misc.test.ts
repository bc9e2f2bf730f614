import { describe, expect, it } from 'vitest';
import { paint } from '../../src/lib/charts/export/clone-chart.ts';
import { moveItem } from '../../src/lib/charts/export/deck-store.ts';
import { slideFileName } from '../../src/lib/charts/export/deck-zip.ts';
import { readPngSize } from '../../src/lib/charts/export/png-info.ts';
import {
  exportFileName,
  fontSizeFor,
  normalizeCustomSize,
  PRESETS,
  resolvePreset,
} from '../../src/lib/charts/export/presets.ts';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../src/lib/charts/export/settings.ts';
import { themeById, themeStyle, THEMES } from '../../src/lib/charts/export/themes.ts';
import { nextIndex } from '../../src/views/deck/player-keys.ts';

describe('presets', () => {
  it('has the slide, print and social sizes', () => {
    expect(PRESETS.map((p) => [p.id, p.width, p.height])).toEqual([
      ['slide-16x9', 1920, 1080],
      ['slide-4x3', 1600, 1200],
      ['a4-portrait', 1240, 1754],
      ['square', 1080, 1080],
    ]);
  });

  it('normalises custom sizes and derives a font size from the area', () => {
    expect(normalizeCustomSize('800', 450.4)).toEqual({ width: 800, height: 450 });
    expect(normalizeCustomSize(10, 99999)).toEqual({ width: 320, height: 4096 });
    expect(normalizeCustomSize('abc', -1)).toEqual({ width: 1920, height: 1080 });
    expect(resolvePreset('custom', { width: 800, height: 450 })).toEqual({
      id: 'custom',
      width: 800,
      height: 450,
      fontSize: 11 + 1,
    });
    expect(resolvePreset('square')).toBe(PRESETS[3]);
    expect(fontSizeFor(1920, 1080)).toBe(26);
    expect(fontSizeFor(4096, 4096)).toBe(40);
  });

  it('names files after the title, size and scale, without characters file systems reject', () => {
    expect(exportFileName('行政复议/案件数: 2023?', 1920, 1080, 2, 'png')).toBe(
      '法治对标-行政复议 案件数 2023-1920x1080@2x.png',
    );
    expect(exportFileName('', 1080, 1080, 1, 'svg')).toBe('法治对标-chart-1080x1080.svg');
    expect(slideFileName(0, 'a/b', 'png')).toBe('01-a b.png');
  });

  it('reads remembered settings defensively', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(
      normalizeSettings({
        presetId: 'a4-portrait',
        themeId: 'nope',
        scale: 3,
        timestamp: true,
        customWidth: '9999',
      }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      presetId: 'a4-portrait',
      scale: 3,
      timestamp: true,
      customWidth: 4096,
    });
  });
});

describe('themes', () => {
  it('set the chart CSS variables; print is greyscale with a hatch for approximate values', () => {
    expect(THEMES.map((t) => t.id)).toEqual(['light', 'print', 'cvd']);
    const print = themeById('print');
    expect(print.greyscale).toBe(true);
    expect(print.vars['--bar-approx']).toBe('url(#fz-hatch)');
    expect(themeStyle(themeById('cvd'))).toContain(
      '--bar: #0072b2; --bar-approx: #56b4e9; --bar-selected: #d55e00',
    );
    expect(themeById('unknown').id).toBe('light');
  });

  it('writes paints SVG 1.1 tools understand, in grey for print', () => {
    expect(paint('fill', 'rgb(37, 99, 235)')).toEqual(['fill:rgb(37, 99, 235)']);
    expect(paint('fill', 'rgba(0, 0, 0, 0)')).toEqual(['fill:none']);
    expect(paint('stroke', 'rgba(255, 0, 0, 0.5)', { opacity: '0.5' })).toEqual([
      'stroke:rgb(255, 0, 0)',
      'stroke-opacity:0.25',
    ]);
    expect(paint('fill', 'rgb(0, 114, 178)', { greyscale: true })).toEqual(['fill:rgb(87, 87, 87)']);
    expect(paint('fill', 'url("#h")', { greyscale: true })).toEqual(['fill:url("#h")']);
  });
});

describe('PNG header', () => {
  it('reads width and height from IHDR', () => {
    const bytes = new Uint8Array(24);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(bytes.buffer).setUint32(16, 3840);
    new DataView(bytes.buffer).setUint32(20, 2160);
    expect(readPngSize(bytes)).toEqual({ width: 3840, height: 2160 });
    expect(() => readPngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toThrow(
      'not a PNG file',
    );
  });
});

describe('deck', () => {
  it('moves slides within bounds', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -5)).toEqual(['c', 'a', 'b']);
  });

  it('maps player keys to slides', () => {
    expect(nextIndex('ArrowRight', 0, 3)).toBe(1);
    expect(nextIndex('ArrowRight', 2, 3)).toBe(2);
    expect(nextIndex('ArrowLeft', 0, 3)).toBe(0);
    expect(nextIndex('End', 0, 3)).toBe(2);
    expect(nextIndex('Home', 2, 3)).toBe(0);
    expect(nextIndex('Escape', 1, 3)).toBe('exit');
    expect(nextIndex('a', 1, 3)).toBeNull();
  });
});
