import type { Lang } from '../format-number.ts';

export type ThemeId = 'light' | 'print' | 'cvd';

/** An export theme: values for the CSS variables the charts already read, plus the frame's own colours. */
export interface ExportTheme {
  id: ThemeId;
  label: Record<Lang, string>;
  background: string;
  title: string;
  text: string;
  muted: string;
  rule: string;
  /** CSS custom properties applied to the offscreen chart render. */
  vars: Readonly<Record<string, string>>;
  /** SVG <defs> content the variables may reference (patterns). */
  defs: string;
  /** Every paint in the chart is turned into its grey (luma), whatever palette the chart hard-codes. */
  greyscale: boolean;
}

export const HATCH_ID = 'fz-hatch';

// Approximate bars in print: a diagonal hatch, so they differ from exact bars without colour.
const HATCH_DEFS =
  `<pattern id="${HATCH_ID}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
  `<rect width="8" height="8" fill="#5f5f5f"/><rect width="3" height="8" fill="#d9d9d9"/></pattern>`;

// The screen's own palette (what the presenter saw), on white.
const LIGHT: ExportTheme = {
  id: 'light',
  label: { zh: '浅色（幻灯片）', en: 'Light (slides)' },
  background: '#ffffff',
  title: '#111827',
  text: '#111827',
  muted: '#4b5563',
  rule: '#d1d5db',
  greyscale: false,
  vars: { '--text': '#111827', '--muted': '#4b5563' },
  defs: '',
};

const PRINT: ExportTheme = {
  id: 'print',
  label: { zh: '打印（高对比、灰度）', en: 'Print (high contrast, greyscale)' },
  background: '#ffffff',
  title: '#000000',
  text: '#000000',
  muted: '#262626',
  rule: '#000000',
  vars: {
    '--text': '#000000',
    '--muted': '#262626',
    '--grid': '#bfbfbf',
    '--axis': '#000000',
    '--bar': '#262626',
    '--bar-approx': `url(#${HATCH_ID})`,
    '--bar-selected': '#000000',
    '--selected': '#000000',
    '--reference': '#000000',
    '--reference-2': '#595959',
    '--series-1': '#000000',
    '--series-2': '#595959',
    '--series-3': '#8c8c8c',
    '--series-4': '#262626',
    '--series-5': '#737373',
    '--series-6': '#404040',
    '--series-7': '#a6a6a6',
    '--series-8': '#1a1a1a',
  },
  defs: HATCH_DEFS,
  greyscale: true,
};

// Okabe & Ito (2008), distinguishable with the common forms of colour-vision deficiency.
const CVD: ExportTheme = {
  id: 'cvd',
  label: { zh: '色盲友好（Okabe–Ito）', en: 'Colour-blind safe (Okabe–Ito)' },
  background: '#ffffff',
  title: '#000000',
  text: '#1a1a1a',
  muted: '#404040',
  rule: '#bfbfbf',
  vars: {
    '--text': '#1a1a1a',
    '--muted': '#404040',
    '--grid': '#e0e0e0',
    '--axis': '#7f7f7f',
    '--bar': '#0072b2',
    '--bar-approx': '#56b4e9',
    '--bar-selected': '#d55e00',
    '--selected': '#d55e00',
    '--reference': '#000000',
    '--reference-2': '#cc79a7',
    '--series-1': '#0072b2',
    '--series-2': '#d55e00',
    '--series-3': '#009e73',
    '--series-4': '#cc79a7',
    '--series-5': '#e69f00',
    '--series-6': '#56b4e9',
    '--series-7': '#f0e442',
    '--series-8': '#000000',
  },
  defs: '',
  greyscale: false,
};

export const THEMES: readonly ExportTheme[] = [LIGHT, PRINT, CVD];

export function themeById(id: string): ExportTheme {
  return THEMES.find((t) => t.id === id) ?? LIGHT;
}

/** `--bar: #2563eb; …` for a style attribute. */
export function themeStyle(theme: ExportTheme): string {
  return Object.entries(theme.vars)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
}
