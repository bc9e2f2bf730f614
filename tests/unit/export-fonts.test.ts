import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chunksFromUnicodeMap,
  codePointsOf,
  parseUnicodeRange,
  selectChunks,
} from '../../src/lib/charts/export/font-chunks.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAP = JSON.parse(
  readFileSync(path.join(ROOT, 'node_modules/@fontsource/noto-sans-sc/unicode.json'), 'utf8'),
);
const CHUNKS = chunksFromUnicodeMap(MAP);

describe('unicode ranges', () => {
  it('parses single code points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,u+4e??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x4e00, 0x4eff],
    ]);
    expect(() => parseUnicodeRange('U+00FF-0000')).toThrow(/invalid unicode-range part "U\+00FF-0000"/);
  });

  it('reads the @fontsource map: numbered slices and named subsets', () => {
    expect(CHUNKS.length).toBeGreaterThan(90);
    expect(CHUNKS.map((c) => c.id)).toContain('119');
    expect(CHUNKS.map((c) => c.id)).toContain('latin');
  });

  it('collects visible code points only', () => {
    expect([...codePointsOf(['法 治\n', 'A\u00a0'])].sort()).toEqual([0x41, 0x6cd5, 0x6cbb].sort());
  });
});

describe('selectChunks', () => {
  const text = '数据来源：各单位法治政府建设年度报告（2021—2023年）≥100件 97.63% Online';

  it('covers every character of a typical export with a handful of slices', () => {
    const cps = codePointsOf([text]);
    const { chunks, uncovered } = selectChunks(cps, CHUNKS);
    expect(uncovered).toEqual([]);
    for (const cp of cps)
      expect(chunks.some((c) => c.ranges.some(([a, b]) => cp >= a && cp <= b))).toBe(true);
    expect(chunks.length).toBeLessThanOrEqual(12);
  });

  it('prefers a slice already chosen over adding another (ASCII rides along with common CJK)', () => {
    const cjk = selectChunks(codePointsOf(['法治，']), CHUNKS).chunks;
    const withAscii = selectChunks(codePointsOf(['法治，2023 ABC']), CHUNKS).chunks;
    expect(withAscii.map((c) => c.id).sort()).toEqual(cjk.map((c) => c.id).sort());
  });

  it('reports characters that no slice holds', () => {
    expect(selectChunks([0x10ffff], CHUNKS)).toEqual({ chunks: [], uncovered: [0x10ffff] });
  });

  it('every selectable slice has a woff2 file per weight in the package', () => {
    const files = new Set(readdirSync(path.join(ROOT, 'node_modules/@fontsource/noto-sans-sc/files')));
    for (const c of CHUNKS.filter((c) => !['cyrillic', 'vietnamese'].includes(c.id))) {
      expect(files.has(`noto-sans-sc-${c.id}-400-normal.woff2`), c.id).toBe(true);
      expect(files.has(`noto-sans-sc-${c.id}-700-normal.woff2`), c.id).toBe(true);
    }
  });
});
