import type { Qualifier } from '../schema/records.ts';

export type Lang = 'zh' | 'en';

const UNIT_LABELS: Record<string, Record<Lang, string>> = {
  item: { zh: '项', en: 'items' },
  case: { zh: '件', en: 'cases' },
  document: { zh: '份', en: 'docs' },
  person: { zh: '人', en: 'people' },
  yuan: { zh: '元', en: 'yuan' },
  percent: { zh: '%', en: '%' },
};

export function unitLabel(unit: string, lang: Lang): string {
  return UNIT_LABELS[unit]?.[lang] ?? unit;
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * Formats a number the way its readers expect: 万/亿 for Chinese (12.5万), thousands separators and k/M for
 * English; at most `digits` decimals, trailing zeros dropped.
 */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (lang === 'zh') {
    if (abs >= 1e8) return `${trimZeros((value / 1e8).toFixed(digits))}亿`;
    if (abs >= 1e4) return `${trimZeros((value / 1e4).toFixed(digits))}万`;
    return trimZeros(value.toFixed(abs < 10 ? digits : Math.min(digits, 1)));
  }
  if (abs >= 1e9) return `${trimZeros((value / 1e9).toFixed(digits))}B`;
  if (abs >= 1e6) return `${trimZeros((value / 1e6).toFixed(digits))}M`;
  return Number(trimZeros(value.toFixed(abs < 10 ? digits : Math.min(digits, 1)))).toLocaleString('en-US');
}

/** A label with its unit: "行政复议案件数（件）", "Cases (cases)". */
export function withUnit(label: string, unit: string, lang: Lang): string {
  return lang === 'zh' ? `${label}（${unitLabel(unit, lang)}）` : `${label} (${unitLabel(unit, lang)})`;
}

/** ≥ for lower bounds (100余), ≤ for upper bounds (不到100), ≈ for values computed from approximate inputs. */
export function qualifierMark(qualifier: Qualifier | string | null | undefined): string {
  if (qualifier === 'approx_lower') return '≥';
  if (qualifier === 'approx_upper') return '≤';
  if (qualifier === 'approx') return '≈';
  return '';
}

export function isApproximate(qualifier: string | null | undefined): boolean {
  return qualifier === 'approx_lower' || qualifier === 'approx_upper' || qualifier === 'approx';
}

const sign = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '±');

/**
 * A change between two values: "+2件", "−1.5个百分点" for rates (percentage points, not percent), with ≈ when
 * either value is approximate.
 */
export function formatChange(delta: number, unit: string, lang: Lang, approximate = false): string {
  if (!Number.isFinite(delta)) return '—';
  const mark = approximate ? '≈' : '';
  const magnitude = formatNumber(Math.abs(delta), lang);
  if (unit === 'percent') return `${mark}${sign(delta)}${magnitude}${lang === 'zh' ? '个百分点' : ' pp'}`;
  const sep = lang === 'en' ? ' ' : '';
  return `${mark}${sign(delta)}${magnitude}${sep}${unitLabel(unit, lang)}`;
}

/** A relative change in percent, e.g. "+100%", "−25%"; "—" when there is no base to compare with. */
export function formatPercentChange(pct: number | null, lang: Lang, approximate = false): string {
  if (pct === null || !Number.isFinite(pct)) return '—';
  return `${approximate ? '≈' : ''}${sign(pct)}${formatNumber(Math.abs(pct), lang, 1)}%`;
}

/** The value as shown on a chart label: mark, number and unit, e.g. "≥100份", "97.63%", "5万元". */
export function formatValue(
  value: number,
  unit: string,
  lang: Lang,
  qualifier?: Qualifier | string | null,
): string {
  const u = unitLabel(unit, lang);
  const sep = lang === 'en' && unit !== 'percent' ? ' ' : '';
  // Rates keep the two decimals reports state them with (28.97%, not 29%).
  const number =
    unit === 'percent' && Math.abs(value) < 1000 ? trimZeros(value.toFixed(2)) : formatNumber(value, lang);
  return `${qualifierMark(qualifier)}${number}${sep}${u}`;
}
