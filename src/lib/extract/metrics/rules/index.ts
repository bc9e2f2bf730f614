import type { MetricId } from '../metric-ids.ts';
import { CASE_RULES, RECONSIDERATION_OUTCOMES } from './cases.ts';
import { ADVISER_FEE, CAPACITY_RULES } from './capacity.ts';
import { NORMATIVE_DOC_RULES } from './normative-docs.ts';
import { ONLINE_RATES } from './online.ts';
import { POWER_RULES, POWERS_FROM_TO } from './powers.ts';
import { PROPOSALS } from './proposals.ts';
import type { CustomRule, QuantityRule, SentenceRule } from './rule.ts';
import { LICENSE_RULES, SERVICE_RULES } from './services-licenses.ts';
import { ZERO_CASES, ZERO_OUTCOMES } from './zero-statements.ts';

export const QUANTITY_RULES: readonly QuantityRule[] = [
  ...POWER_RULES,
  ...SERVICE_RULES,
  ...LICENSE_RULES,
  ...CASE_RULES,
  ...CAPACITY_RULES,
  ...NORMATIVE_DOC_RULES,
];

export const CUSTOM_RULES: readonly CustomRule[] = [
  RECONSIDERATION_OUTCOMES,
  PROPOSALS,
  ONLINE_RATES,
  ADVISER_FEE,
];

export const SENTENCE_RULES: readonly SentenceRule[] = [ZERO_CASES, ZERO_OUTCOMES, POWERS_FROM_TO];

/** Every metric a prose rule can emit. */
export const PROSE_RULE_METRICS: ReadonlySet<MetricId> = new Set<MetricId>([
  ...QUANTITY_RULES.map((r) => r.metric),
  ...CUSTOM_RULES.flatMap((r) => r.metrics),
  ...SENTENCE_RULES.flatMap((r) => r.metrics),
]);
