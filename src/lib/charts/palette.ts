// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies and in greyscale print.

/** Categorical series colours, in the order they are assigned (yellow left out: too light on white). */
export const SERIES_COLORS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#7F4F24',
  '#000000',
] as const;

export function seriesColor(index: number): string {
  return SERIES_COLORS[((index % SERIES_COLORS.length) + SERIES_COLORS.length) % SERIES_COLORS.length];
}

/** Cell colours for disclosure and compliance states, shared by the heatmaps and their legends. */
export const STATUS_COLORS = {
  disclosed: '#0072B2',
  approx: '#56B4E9',
  zero: '#ffffff',
  missing: '#eceef1',
  present: '#0072B2',
  partial: '#56B4E9',
  absent: '#D55E00',
  na: '#eceef1',
  late: '#D55E00',
  onTime: '#009E73',
  unknown: '#eceef1',
} as const;

/** Blues for magnitudes: light for little, dark for much; 0 stays the "missing" grey. */
export function sequentialBlue(t: number): string {
  const clamped = Math.max(0, Math.min(1, t));
  const from = [222, 235, 247];
  const to = [8, 69, 148];
  const c = from.map((f, i) => Math.round(f + (to[i] - f) * clamped));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

/** Black or white text, whichever reads better on `fill` (hex or rgb()). */
export function textOn(fill: string): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(fill);
  const rgb = /^rgb\((\d+),(\d+),(\d+)\)$/.exec(fill.replace(/\s/g, ''));
  const [r, g, b] = hex
    ? [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16))
    : rgb
      ? [1, 2, 3].map((i) => Number(rgb[i]))
      : [255, 255, 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#111827' : '#ffffff';
}
