/** One unicode-range slice of a font (a woff2 file per weight), as published by @fontsource. */
export interface FontChunk {
  /** "119", "latin", … as in the file names noto-sans-sc-<id>-<weight>-normal.woff2. */
  id: string;
  unicodeRange: string;
  ranges: readonly (readonly [number, number])[];
}

/** Parses a CSS unicode-range ("U+0000-00FF,U+0131,U+4E??") into inclusive [from, to] pairs. */
export function parseUnicodeRange(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const raw of text.split(',')) {
    const part = raw.trim().replace(/^U\+/i, '');
    if (part === '') continue;
    let from: number;
    let to: number;
    if (part.includes('?')) {
      from = parseInt(part.replace(/\?/g, '0'), 16);
      to = parseInt(part.replace(/\?/g, 'F'), 16);
    } else {
      const [a, b] = part.split('-');
      from = parseInt(a, 16);
      to = parseInt(b ?? a, 16);
    }
    if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) {
      throw new Error(`invalid unicode-range part "${raw.trim()}"`);
    }
    out.push([from, to]);
  }
  return out;
}

/** Chunks from @fontsource's unicode.json ({"[119]": "U+…", "latin": "U+…"}). */
export function chunksFromUnicodeMap(map: Readonly<Record<string, string>>): FontChunk[] {
  return Object.entries(map).map(([key, unicodeRange]) => ({
    id: key.replace(/^\[|\]$/g, ''),
    unicodeRange,
    ranges: parseUnicodeRange(unicodeRange),
  }));
}

function covers(chunk: FontChunk, cp: number): boolean {
  return chunk.ranges.some(([a, b]) => cp >= a && cp <= b);
}

/** Code points of the visible characters in some texts (whitespace and controls need no glyph). */
export function codePointsOf(texts: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const text of texts) {
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp > 0x20 && !(cp >= 0x7f && cp <= 0xa0)) out.add(cp);
    }
  }
  return out;
}

/**
 * The fewest chunks (greedy set cover) that hold glyphs for the given code points; code points no chunk covers
 * are returned separately and left to the system fonts.
 */
export function selectChunks(
  codePoints: Iterable<number>,
  chunks: readonly FontChunk[],
): { chunks: FontChunk[]; uncovered: number[] } {
  const candidates = new Map<number, FontChunk[]>();
  const uncovered: number[] = [];
  for (const cp of new Set(codePoints)) {
    const c = chunks.filter((chunk) => covers(chunk, cp));
    if (c.length === 0) uncovered.push(cp);
    else candidates.set(cp, c);
  }
  const chosen: FontChunk[] = [];
  let remaining = [...candidates.keys()];
  while (remaining.length > 0) {
    const score = new Map<FontChunk, number>();
    for (const cp of remaining)
      for (const c of candidates.get(cp) ?? []) score.set(c, (score.get(c) ?? 0) + 1);
    let best: FontChunk | null = null;
    for (const [c, n] of score) if (best === null || n > (score.get(best) ?? 0)) best = c;
    if (best === null) break;
    chosen.push(best);
    const picked = best;
    remaining = remaining.filter((cp) => !covers(picked, cp));
  }
  return { chunks: chosen, uncovered: uncovered.sort((a, b) => a - b) };
}
