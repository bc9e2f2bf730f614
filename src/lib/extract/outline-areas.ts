// Task areas of the national Outlines for building a law-based government: the seven main tasks of the
// 2015-2020 Outline (中发〔2015〕36号) and the eight systems of the 2021-2025 Outline. Sections are tagged with
// the areas they serve, by heading first and by the density of body cues otherwise.

const words = (s: string): string[] => s.split(' ');

export type OutlineId = '2015-2020' | '2021-2025';

export interface OutlineArea {
  /** Stable id, e.g. 'o2015.enforcement'. */
  id: string;
  outline: OutlineId;
  /** Position of the task in its Outline (1-based). */
  order: number;
  zh: string;
  en: string;
  /** Cues that make a heading about this area. */
  heading: RegExp;
  /** Body cue words; a section without heading cues is tagged when they are dense. */
  body: string[];
}

const FUNCTIONS_BODY = words(
  '政府职能 放管服 简政放权 审批制度改革 权责清单 权力清单 责任清单 营商环境 事中事后监管 证照分离 告知承诺 负面清单',
);
const INSTITUTIONS_BODY = words('立法 规章 规范性文件 备案审查 合法性审核 文件清理 制度体系');
const DECISIONS_BODY = words(
  '行政决策 重大决策 决策程序 公众参与 专家论证 风险评估 集体讨论 法律顾问 公职律师',
);
const ENFORCEMENT_BODY = words(
  '行政执法 执法人员 三项制度 全过程记录 执法公示 法制审核 执法证 持证 裁量 综合执法 双随机 行政处罚 行政检查',
);
const OVERSIGHT_BODY = words('制约 监督 政务公开 信息公开 人大代表 政协委员 问责 审计 纠错 政务诚信');
const DISPUTES_BODY = words('矛盾纠纷 化解 行政复议 行政应诉 出庭应诉 信访 调解 行政裁决 诉求');

export const OUTLINE_AREAS: OutlineArea[] = [
  {
    id: 'o2015.functions',
    outline: '2015-2020',
    order: 1,
    zh: '依法全面履行政府职能',
    en: 'Perform government functions fully according to law',
    heading: /政府职能|职能转变|放管服|简政放权|审批制度改革/,
    body: FUNCTIONS_BODY,
  },
  {
    id: 'o2015.institutions',
    outline: '2015-2020',
    order: 2,
    zh: '完善依法行政制度体系',
    en: 'Improve the institutional system for law-based administration',
    heading: /依法行政制度|立法|规范性文件|规章/,
    body: INSTITUTIONS_BODY,
  },
  {
    id: 'o2015.decisions',
    outline: '2015-2020',
    order: 3,
    zh: '推进行政决策科学化、民主化、法治化',
    en: 'Make administrative decision-making scientific, democratic and law-based',
    heading: /决策/,
    body: DECISIONS_BODY,
  },
  {
    id: 'o2015.enforcement',
    outline: '2015-2020',
    order: 4,
    zh: '坚持严格规范公正文明执法',
    en: 'Enforce the law strictly, impartially and in a civil manner',
    heading: /执法/,
    body: ENFORCEMENT_BODY,
  },
  {
    id: 'o2015.oversight',
    outline: '2015-2020',
    order: 5,
    zh: '强化对行政权力的制约和监督',
    en: 'Strengthen checks on and oversight of administrative power',
    heading: /制约|监督|政务公开|信息公开/,
    body: OVERSIGHT_BODY,
  },
  {
    id: 'o2015.disputes',
    outline: '2015-2020',
    order: 6,
    zh: '依法有效化解社会矛盾纠纷',
    en: 'Resolve social conflicts and disputes effectively according to law',
    heading: /矛盾|纠纷|行政复议|应诉|信访|调解/,
    body: DISPUTES_BODY,
  },
  {
    id: 'o2015.capacity',
    outline: '2015-2020',
    order: 7,
    zh: '全面提高政府工作人员法治思维和依法行政能力',
    en: "Raise officials' rule-of-law thinking and capacity for law-based administration",
    heading: /法治思维|依法行政能力|学法|普法|法治宣传|法治培训|法治意识|法治素养/,
    body: words('法治思维 学法 普法 法治宣传 培训 领导干部 述法 宪法宣誓 法治意识 考试'),
  },
  {
    id: 'o2021.functions',
    outline: '2021-2025',
    order: 1,
    zh: '健全政府机构职能体系',
    en: 'Improve the system of government institutions and functions',
    heading: /职能|放管服|简政放权|审批制度改革|营商环境|政务服务/,
    body: words(
      '政府职能 放管服 简政放权 审批 权责清单 营商环境 政务服务 一网通办 证照分离 告知承诺 事中事后监管',
    ),
  },
  {
    id: 'o2021.institutions',
    outline: '2021-2025',
    order: 2,
    zh: '健全依法行政制度体系',
    en: 'Improve the institutional system for law-based administration',
    heading: /依法行政制度|立法|规范性文件|规章/,
    body: INSTITUTIONS_BODY,
  },
  {
    id: 'o2021.decisions',
    outline: '2021-2025',
    order: 3,
    zh: '健全行政决策制度体系',
    en: 'Improve the system of administrative decision-making',
    heading: /决策/,
    body: DECISIONS_BODY,
  },
  {
    id: 'o2021.enforcement',
    outline: '2021-2025',
    order: 4,
    zh: '健全行政执法工作体系',
    en: 'Improve the administrative law-enforcement system',
    heading: /执法/,
    body: ENFORCEMENT_BODY,
  },
  {
    id: 'o2021.emergencies',
    outline: '2021-2025',
    order: 5,
    zh: '健全突发事件应对体系',
    en: 'Improve the system for responding to emergencies',
    heading: /突发事件|应急/,
    body: words('突发事件 应急 疫情防控 预案 防灾 安全生产'),
  },
  {
    id: 'o2021.disputes',
    outline: '2021-2025',
    order: 6,
    zh: '健全社会矛盾纠纷行政预防调处化解体系',
    en: 'Improve administrative prevention, mediation and resolution of social disputes',
    heading: /矛盾|纠纷|行政复议|应诉|信访|调解|行政裁决/,
    body: DISPUTES_BODY,
  },
  {
    id: 'o2021.oversight',
    outline: '2021-2025',
    order: 7,
    zh: '健全行政权力制约和监督体系',
    en: 'Improve checks on and oversight of administrative power',
    heading: /制约|监督|政务公开|信息公开/,
    body: OVERSIGHT_BODY,
  },
  {
    id: 'o2021.technology',
    outline: '2021-2025',
    order: 8,
    zh: '健全法治政府建设科技保障体系',
    en: 'Improve technological support for building a law-based government',
    heading: /科技保障|(?<!工业和|经济和)信息化|数字政府|数字化|智慧|互联网\+/,
    body: words('信息化 数字政府 数字化 互联网+ 大数据 智慧 电子证照 数据共享 一体化平台 信息系统'),
  },
];

const MIN_HITS = 3;
const MIN_PER_KCHAR = 2;
// A cue that is part of a longer, unrelated word: 工业和信息化 is a ministry, not informatisation.
const NOT_AFTER: Record<string, string[]> = { 信息化: words('工业和 经济和') };

/** Body cue hits of a whole document, found in one pass, so nested sections are counted without rescanning. */
export interface AreaHits {
  positions: number[];
  areas: number[][];
}

interface Cue {
  text: string;
  /** Every area whose cue this one contains (审批制度改革 also counts as 审批). */
  areas: number[];
  notAfter: string[];
}

// Cues by their first two characters, longest first, behind a 64K-bit filter on the low bytes of that pair.
const CUES_BY_PAIR = new Map<number, Cue[]>();
const PAIR_BITS = new Uint32Array(0x800);
const pairBit = (a: number, b: number) => ((a & 0xff) << 8) | (b & 0xff);
for (const text of [...new Set(OUTLINE_AREAS.flatMap((a) => a.body))].sort((a, b) => b.length - a.length)) {
  const areas = OUTLINE_AREAS.flatMap((a, i) => (a.body.some((c) => text.includes(c)) ? [i] : []));
  const pair = text.charCodeAt(0) * 0x10000 + text.charCodeAt(1);
  const list = CUES_BY_PAIR.get(pair) ?? [];
  list.push({ text, areas, notAfter: NOT_AFTER[text] ?? [] });
  CUES_BY_PAIR.set(pair, list);
  const bit = pairBit(text.charCodeAt(0), text.charCodeAt(1));
  PAIR_BITS[bit >>> 5] |= 1 << (bit & 31);
}

export function indexAreaCues(norm: string): AreaHits {
  const hits: AreaHits = { positions: [], areas: [] };
  const last = norm.length - 1;
  let next = norm.charCodeAt(0);
  for (let i = 0; i < last; i++) {
    const here = next;
    next = norm.charCodeAt(i + 1);
    const bit = pairBit(here, next);
    if ((PAIR_BITS[bit >>> 5] & (1 << (bit & 31))) === 0) continue;
    const cue = cueAt(norm, i, here * 0x10000 + next);
    if (cue === null) continue;
    hits.positions.push(i);
    hits.areas.push(cue.areas);
    i += cue.text.length - 1;
    next = norm.charCodeAt(i + 1);
  }
  return hits;
}

function cueAt(norm: string, i: number, pair: number): Cue | null {
  for (const cue of CUES_BY_PAIR.get(pair) ?? []) {
    if (!norm.startsWith(cue.text, i)) continue;
    if (cue.notAfter.length === 0 || !cue.notAfter.some((w) => norm.endsWith(w, i))) return cue;
  }
  return null;
}

function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The union of the areas' heading cues: one test rejects the many headings that name no area.
const ANY_AREA_HEADING = new RegExp(OUTLINE_AREAS.map((a) => `(?:${a.heading.source})`).join('|'));

function headingAreas(heading: string): string[] {
  const title = heading.replace(
    /^\s*([(（]?[一二三四五六七八九十\d]+[)）、.．]|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+部分)\s*/,
    '',
  );
  if (!ANY_AREA_HEADING.test(title)) return [];
  return OUTLINE_AREAS.filter((a) => a.heading.test(title)).map((a) => a.id);
}

/** Areas of the section norm[start, end): those its heading names, else those its body dwells on. */
export function areasOfSection(heading: string, hits: AreaHits, start: number, end: number): string[] {
  const byHeading = headingAreas(heading);
  if (byHeading.length > 0) return byHeading;
  const counts = new Array<number>(OUTLINE_AREAS.length).fill(0);
  for (let k = lowerBound(hits.positions, start); k < hits.positions.length && hits.positions[k] < end; k++) {
    for (const a of hits.areas[k]) counts[a]++;
  }
  const max = Math.max(...counts);
  if (max < MIN_HITS || (max * 1000) / Math.max(1, end - start) < MIN_PER_KCHAR) return [];
  return OUTLINE_AREAS.filter((_, i) => counts[i] >= MIN_HITS && counts[i] >= 0.6 * max).map((a) => a.id);
}

/** Areas of one heading and its body text. */
export function tagAreas(heading: string, body: string): string[] {
  return areasOfSection(heading, indexAreaCues(body), 0, body.length);
}
