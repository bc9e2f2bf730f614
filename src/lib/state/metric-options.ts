import type { Lang } from '../charts/format-number.ts';
import { DERIVED_INDICATORS, type DerivedIndicator } from '../db/views.ts';
import { hasMessage, t } from '../i18n/messages.ts';
import type { MetricDef } from '../schema/catalog.ts';

/** A metric the user can pick: a catalog metric, or a derived indicator (family "derived"). */
export interface MetricOption {
  id: string;
  family: string;
  label_zh: string;
  label_en: string;
  unit: string;
  derived?: DerivedIndicator;
}

/** Catalog metrics in catalog order, then the derived indicators. */
export function metricOptions(catalog: readonly MetricDef[]): MetricOption[] {
  return [
    ...catalog.map((m) => ({
      id: m.metric_id,
      family: m.family,
      label_zh: m.label_zh,
      label_en: m.label_en,
      unit: m.unit,
    })),
    ...DERIVED_INDICATORS.map((d) => ({
      id: d.id,
      family: 'derived',
      label_zh: d.label_zh,
      label_en: d.label_en,
      unit: d.unit,
      derived: d,
    })),
  ];
}

export function metricLabel(m: Pick<MetricOption, 'label_zh' | 'label_en'>, lang: Lang): string {
  return lang === 'zh' ? m.label_zh : m.label_en;
}

export function familyLabel(family: string, lang: Lang): string {
  const key = `family.${family}`;
  return hasMessage(key) ? t(key, lang) : family;
}

/** Options grouped by family, families in first-appearance order. */
export function groupByFamily(
  options: readonly MetricOption[],
): { family: string; metrics: MetricOption[] }[] {
  const families = [...new Set(options.map((m) => m.family))];
  return families.map((family) => ({ family, metrics: options.filter((m) => m.family === family) }));
}
