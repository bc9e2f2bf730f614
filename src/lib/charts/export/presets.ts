/** Named output sizes for exported charts; the chart is re-laid out at these sizes, not scaled from the screen. */
export type PresetId = 'slide-16x9' | 'slide-4x3' | 'a4-portrait' | 'square' | 'custom';

export interface ExportPreset {
  id: PresetId;
  width: number;
  height: number;
  /** Base font size (px at 1×) for chart labels; titles and footers are derived from it. */
  fontSize: number;
}

export const PRESETS: readonly ExportPreset[] = [
  { id: 'slide-16x9', width: 1920, height: 1080, fontSize: 26 },
  { id: 'slide-4x3', width: 1600, height: 1200, fontSize: 26 },
  // 150 dpi: 210 × 297 mm ≈ 1240 × 1754 px; 22 px at 150 dpi is about 10.5 pt in print.
  { id: 'a4-portrait', width: 1240, height: 1754, fontSize: 22 },
  { id: 'square', width: 1080, height: 1080, fontSize: 24 },
];

export const SCALES = [1, 2, 3] as const;
export type Scale = (typeof SCALES)[number];

export const CUSTOM_MIN = 320;
export const CUSTOM_MAX = 4096;

/** A base font size that reads the same on any canvas: proportional to the geometric mean of the sides. */
export function fontSizeFor(width: number, height: number): number {
  return Math.round(Math.min(40, Math.max(12, Math.sqrt(width * height) / 55)));
}

/** The preset for an id; `custom` takes the (normalised) width and height given. */
export function resolvePreset(id: PresetId, custom?: { width: unknown; height: unknown }): ExportPreset {
  const preset = PRESETS.find((p) => p.id === id);
  if (preset) return preset;
  const size = normalizeCustomSize(custom?.width, custom?.height);
  return { id: 'custom', ...size, fontSize: fontSizeFor(size.width, size.height) };
}

/** Whole pixels within [CUSTOM_MIN, CUSTOM_MAX]; anything unreadable falls back to 1920 × 1080. */
export function normalizeCustomSize(width: unknown, height: unknown): { width: number; height: number } {
  const side = (v: unknown, fallback: number) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
    if (!Number.isFinite(n) || n <= 0) return fallback;
    return Math.min(CUSTOM_MAX, Math.max(CUSTOM_MIN, Math.round(n)));
  };
  return { width: side(width, 1920), height: side(height, 1080) };
}

/** `法治对标-<title>-1920x1080@2x.png`, without characters that file systems reject. */
export function exportFileName(
  title: string,
  width: number,
  height: number,
  scale: number,
  ext: string,
): string {
  const safe =
    [...title]
      .map((ch) => ((ch.codePointAt(0) ?? 0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60) || 'chart';
  const suffix = ext === 'png' && scale !== 1 ? `@${scale}x` : '';
  return `法治对标-${safe}-${width}x${height}${suffix}.${ext}`;
}
