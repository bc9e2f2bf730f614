import { PRESETS, SCALES, normalizeCustomSize, type PresetId, type Scale } from './presets.ts';
import { THEMES, type ThemeId } from './themes.ts';

/** The export choices a presenter makes once and expects to find again next time. */
export interface ExportSettings {
  presetId: PresetId;
  customWidth: number;
  customHeight: number;
  themeId: ThemeId;
  scale: Scale;
  timestamp: boolean;
  embedSvgFonts: boolean;
}

export const DEFAULT_SETTINGS: ExportSettings = {
  presetId: 'slide-16x9',
  customWidth: 1920,
  customHeight: 1080,
  themeId: 'light',
  scale: 2,
  timestamp: false,
  embedSvgFonts: true,
};

const KEY = 'fazhi:export-settings';

/** Settings from untrusted storage: unknown or invalid fields fall back to the defaults. */
export function normalizeSettings(raw: unknown): ExportSettings {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const presetIds: readonly string[] = [...PRESETS.map((p) => p.id), 'custom'];
  const custom = normalizeCustomSize(o.customWidth, o.customHeight);
  return {
    presetId: presetIds.includes(o.presetId as string) ? (o.presetId as PresetId) : DEFAULT_SETTINGS.presetId,
    customWidth: custom.width,
    customHeight: custom.height,
    themeId: THEMES.some((t) => t.id === o.themeId) ? (o.themeId as ThemeId) : DEFAULT_SETTINGS.themeId,
    scale: (SCALES as readonly unknown[]).includes(o.scale) ? (o.scale as Scale) : DEFAULT_SETTINGS.scale,
    timestamp: typeof o.timestamp === 'boolean' ? o.timestamp : DEFAULT_SETTINGS.timestamp,
    embedSvgFonts: typeof o.embedSvgFonts === 'boolean' ? o.embedSvgFonts : DEFAULT_SETTINGS.embedSvgFonts,
  };
}

export function loadSettings(): ExportSettings {
  try {
    return normalizeSettings(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function saveSettings(settings: ExportSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Private mode or a full quota: the settings just are not remembered.
  }
}
