import type { QuantityRule } from './rule.ts';

const COUNT = ['count'] as const;
const DOC_UNITS = /^(?:件|份|个|部|篇)$/;
// A clean-up of normative documents is being reported (in this sentence or the one before).
const CLEANUP = /清理|审查|评估|梳理/;
const NORMATIVE = /规范性文件/;
const NOT_NORMATIVE = /规章|法规|地方性|党内/;

export const NORMATIVE_DOC_RULES: QuantityRule[] = [
  {
    id: 'docs.normative_issued',
    metric: 'docs.normative_issued',
    kinds: COUNT,
    units: DOC_UNITS,
    keys: ['规范性文件'],
    before:
      /(?:共|全年|累计)?(?:制定|制发|印发|发布|出台|起草并印发|审议通过)(?:并)?[^,;。()]{0,25}?(?:行政)?规范性文件(?:共计|共|为|有|:)*\s*$/,
    reject: /审查|审核|备案|清理|废止|修改|修订|保留|评估|报送|公开|计划|征求/,
  },
  {
    id: 'docs.normative_issued',
    metric: 'docs.normative_issued',
    kinds: COUNT,
    units: DOC_UNITS,
    keys: ['规范性文件'],
    before: /(?:制定|制发|印发|发布|出台)(?:了)?(?:共)?\s*$/,
    after: /^(?:行政)?规范性文件/,
    reject: /审查|审核|备案|清理|废止|修改|修订|保留|评估|计划/,
  },
  {
    id: 'docs.normative_retained',
    metric: 'docs.normative_retained',
    kinds: COUNT,
    units: DOC_UNITS,
    keys: ['保留', '继续'],
    before:
      /(?:(?:继续|予以|决定|拟|确定)?保留(?:有效)?|继续(?:有效|执行|施行))(?:的)?(?:行政)?(?:规范性)?(?:文件)?(?:共计|共|为|:)*\s*$/,
    reject: NOT_NORMATIVE,
    context: new RegExp(String.raw`(?=[\s\S]*(?:${CLEANUP.source}))(?=[\s\S]*(?:${NORMATIVE.source}))`),
  },
  {
    id: 'docs.normative_abolished',
    metric: 'docs.normative_abolished',
    kinds: COUNT,
    units: DOC_UNITS,
    keys: ['废止', '失效'],
    before:
      /(?:宣布|予以|决定|拟|确定)?(?:废止|失效|宣布失效|废止和失效|失效和废止|废止或失效|废止、失效|失效、废止)(?:的)?(?:行政)?(?:规范性)?(?:文件)?(?:共计|共|为|:)*\s*$/,
    reject: NOT_NORMATIVE,
    context: new RegExp(String.raw`(?=[\s\S]*(?:${CLEANUP.source}))(?=[\s\S]*(?:${NORMATIVE.source}))`),
  },
  {
    // 废止规范性文件4件: the noun is named, so no clean-up context is needed.
    id: 'docs.normative_abolished',
    metric: 'docs.normative_abolished',
    kinds: COUNT,
    units: DOC_UNITS,
    keys: ['废止', '失效'],
    before: /(?:宣布|予以|决定)?(?:废止|宣布失效)(?:了)?(?:行政)?规范性文件(?:共计|共|为|:)*\s*$/,
    reject: NOT_NORMATIVE,
  },
];
