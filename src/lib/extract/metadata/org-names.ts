// Names of government bodies in running text: a region prefix (place names from the gazetteer, or a bare level
// word such as 市 / 自治区), a short body and an organisational suffix; or a central body of the State Council.
import type { Place, PlaceMention } from './gazetteer.ts';
import { PairFilter } from './pair-filter.ts';

export type OrgPrefix =
  | {
      kind: 'place';
      places: (readonly Place[])[];
      full: boolean;
      /** The central body of a vertically managed branch: 国家税务总局 in 国家税务总局湖北省税务局. */
      parent?: string;
    }
  | { kind: 'level'; word: string }
  | { kind: 'national' }
  | { kind: 'none' };

export interface OrgMention {
  start: number;
  end: number;
  /** Canonical name without the region prefix (工业和信息化局, 人民政府, 中级人民法院). */
  key: string;
  prefix: OrgPrefix;
  /** Not written as a name: a region that is the subject of the title stands for its government. */
  inferred?: boolean;
}

// Current and recent central bodies; a few short forms used in news (国务院法制办, 工信部).
const NATIONAL_NAMES = (
  '国务院办公厅 国务院法制办公室 国务院法制办 国务院新闻办公室 国务院国有资产监督管理委员会 国务院国资委 国务院 ' +
  '外交部 国防部 国家发展和改革委员会 国家发展改革委 教育部 科学技术部 科技部 工业和信息化部 工信部 ' +
  '国家民族事务委员会 国家民委 公安部 国家安全部 民政部 司法部 财政部 人力资源和社会保障部 人力资源社会保障部 ' +
  '人社部 自然资源部 生态环境部 住房和城乡建设部 住房城乡建设部 交通运输部 水利部 农业农村部 商务部 文化和旅游部 ' +
  '国家卫生健康委员会 国家卫生健康委 退役军人事务部 应急管理部 中国人民银行 审计署 海关总署 国家税务总局 ' +
  '国家市场监督管理总局 市场监管总局 国家金融监督管理总局 中国证券监督管理委员会 国家广播电视总局 国家体育总局 ' +
  '国家统计局 国家医疗保障局 国家信访局 国家能源局 国家烟草专卖局 国家移民管理局 国家林业和草原局 国家铁路局 ' +
  '中国民用航空局 国家邮政局 国家文物局 国家中医药管理局 国家药品监督管理局 国家知识产权局 国家数据局 中国气象局 ' +
  '国家互联网信息办公室 国家档案局 环境保护部 国土资源部 农业部 文化部 卫生部 监察部 国家卫生和计划生育委员会 ' +
  '国家工商行政管理总局 国家质量监督检验检疫总局 国家食品药品监督管理总局 国家安全生产监督管理总局 ' +
  '国家新闻出版广电总局 中国银行保险监督管理委员会 最高人民法院 最高人民检察院 全国人大常委会'
).split(' ');
const NATIONAL_BY_START = new Map<string, string[]>();
const NATIONAL_PAIRS = new PairFilter();
for (const name of NATIONAL_NAMES) {
  const list = NATIONAL_BY_START.get(name.slice(0, 2)) ?? [];
  list.push(name);
  list.sort((a, b) => b.length - a.length);
  NATIONAL_BY_START.set(name.slice(0, 2), list);
  NATIONAL_PAIRS.add(name);
}
NATIONAL_PAIRS.add('中华');
NATIONAL_PAIRS.add('国家');
const NATIONAL_GENERIC = /^国家[\u4e00-\u9fa5]{2,12}?(?:总局|局|委员会)/;
const NOT_NATIONAL_AFTER = /[门分署长机]/;

/** A central body at `i` (中华人民共和国 prefix allowed): its end and canonical name. */
function matchNational(norm: string, i: number): { end: number; key: string } | null {
  const at = norm.startsWith('中华人民共和国', i) ? i + 7 : i;
  const start = norm.slice(at, at + 2);
  let key: string | null = null;
  for (const name of NATIONAL_BY_START.get(start) ?? []) {
    if (norm.startsWith(name, at)) {
      key = name;
      break;
    }
  }
  if (key === null && start === '国家') key = norm.slice(at, at + 16).match(NATIONAL_GENERIC)?.[0] ?? null;
  if (key === null || NOT_NATIONAL_AFTER.test(norm[at + key.length] ?? '')) return null;
  return { end: at + key.length, key };
}

// What follows a bare level word when it is not one (市场, 区域, 县级, 省内…).
const NOT_LEVEL_NEXT: Record<string, string> = {
  市: '场民值区内外级长县',
  省: '级内外长市',
  县: '级域城长乡',
  区: '级域内外长块间',
  州: '级长',
};
// Characters after which a bare level word starts a name ("，市工业和信息化局…", "2021年市政府…", "我市…").
const LEVEL_BEFORE =
  '\t\n\r 0123456789,.;:!?()[]"\'、。，；：！？（）《》“”‘’【】|年月日在由经对向与和及同以据为从将把被让给至了是着等该我本';

function levelWordAt(norm: string, i: number): string | null {
  const c = norm[i];
  if (c === '自')
    return norm.startsWith('自治区', i) ? '自治区' : norm.startsWith('自治州', i) ? '自治州' : null;
  const next = norm[i + 1] ?? '';
  if (NOT_LEVEL_NEXT[c]?.includes(next) || (c === '市' && /^政(设施|公用)/.test(norm.slice(i + 1, i + 5))))
    return null;
  return c;
}

// Organisational suffixes, longest first per first character, with characters that must not follow them
// (局面, 部门, 署名).
const SUFFIXES: [string, string][] = (
  '人民政府办公厅 人民政府办公室 人民政府 人民法院 人民检察院 政府办公厅 政府办公室 政府 管理委员会 管委会 委员会 ' +
  '常委会 海关 办事处 办公厅 办公室 高级人民法院 中级人民法院 中院 中心 法院 检察院 总局 总署 分局 局:面势限部 厅:局 署:名 ' +
  '部:门分署长 服务中心 大队 支队 司法所 派出所'
)
  .split(' ')
  .map((s): [string, string] => [s.split(':')[0], s.split(':')[1] ?? '']);
const SUFFIX_BY_FIRST = new Map<number, [string, string][]>();
for (const entry of SUFFIXES) {
  const first = entry[0].charCodeAt(0);
  SUFFIX_BY_FIRST.set(first, [...(SUFFIX_BY_FIRST.get(first) ?? []), entry]);
}

function suffixAt(norm: string, j: number): string | null {
  for (const [suffix, notNext] of SUFFIX_BY_FIRST.get(norm.charCodeAt(j)) ?? []) {
    if (norm.startsWith(suffix, j) && !(notNext && notNext.includes(norm[j + suffix.length] ?? '\u0000')))
      return suffix;
  }
  return null;
}

const EXTENSION = /^[\u4e00-\u9fa5]{1,10}?(分局|支队|大队|中队|派出所|分中心|司法所)|^(办公室|办公厅)/;
// Per-character flags, so the scans below test a byte instead of running a regex at every position.
const FLAGS = new Uint8Array(0x10000);
const STOP = 1;
const SUFFIX_FIRST = 2;
const LEVEL_FIRST = 4;
const NATIONAL_START = 8;
const BOUNDARY = 16;
for (let c = 0; c < 0x10000; c++) if (c < 0x4e00 || c > 0x9fa5) FLAGS[c] |= STOP;
for (const c of '的了在是对将把从向按据于以及等着与、') FLAGS[c.charCodeAt(0)] |= STOP;
for (const [suffix] of SUFFIXES) FLAGS[suffix.charCodeAt(0)] |= SUFFIX_FIRST;
for (const c of '自省市州县区旗盟') FLAGS[c.charCodeAt(0)] |= LEVEL_FIRST;
for (const c of LEVEL_BEFORE) FLAGS[c.charCodeAt(0)] |= BOUNDARY;
for (const name of [...NATIONAL_NAMES, '中华']) FLAGS[name.charCodeAt(0)] |= NATIONAL_START;
const EMPTY_BODY_OK = /^(海关|人民政府|政府|中院|高级人民法院|中级人民法院|人民法院|法院|人民检察院|检察院)/;
// Bodies that are not one agency ("乡镇人民政府", "各部门") or that swallowed a verb ("石嘴山市发挥政府…").
const NOT_BODY_START = /^(乡镇|街道|各|有关|相关|所属|下属|直属|两级|三级|基层)/;
// Two-character verbs, each kept as its pair of character codes (no substring per position).
const VERBS = new Set(
  (
    '发挥 推进 开展 加强 深入 全面 坚持 围绕 扎实 认真 积极 召开 举办 印发 出台 实施 组织 建立 完成 持续 不断 进一 ' +
    '充分 严格 切实 落实 做好 提升 推动 按照 根据 结合 通过 联合 配合 会同 要求 研究 发布 公布 通报 强化 领导 成立 设立'
  )
    .split(' ')
    .map((w) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1)),
);

function notBody(norm: string, pos: number, end: number): boolean {
  if (NOT_BODY_START.test(norm.slice(pos, pos + 2))) return true;
  for (let k = pos; k < end - 1; k++) {
    if (VERBS.has(norm.charCodeAt(k) * 0x10000 + norm.charCodeAt(k + 1))) return true;
  }
  return false;
}

/** Canonical suffix forms: 县政府 -> 县人民政府, 合肥中院 -> 合肥…中级人民法院. */
export function canonicalOrg(name: string): string {
  if (name.endsWith('中院')) return name.slice(0, -2) + '中级人民法院';
  const at = name.indexOf('政府');
  return at < 0 || name[at - 1] === '民' ? name : name.slice(0, at) + '人民' + name.slice(at);
}

/** Parses "body + suffix" at `pos`; returns the end offset, or -1 when no name starts there. */
export function parseOrgBody(norm: string, pos: number, maxBody = 16): number {
  if (norm[pos] === '和') return -1;
  const limit = Math.min(norm.length, pos + maxBody + 1);
  for (let j = pos; j < limit; j++) {
    const flags = FLAGS[norm.charCodeAt(j)];
    if (flags & SUFFIX_FIRST) {
      const suffix = suffixAt(norm, j);
      if (suffix !== null && (j > pos || EMPTY_BODY_OK.test(suffix)) && !notBody(norm, pos, j)) {
        let end = j + suffix.length;
        const ext = norm.slice(end, end + 14).match(EXTENSION);
        if (ext) end += ext[0].length;
        return end;
      }
    }
    if (flags & STOP) return -1;
  }
  return -1;
}

/** Every government-body name in norm[from, to), with its region prefix resolved to gazetteer places. */
export function findOrgMentions(
  norm: string,
  mentions: PlaceMention[],
  from = 0,
  to = norm.length,
): OrgMention[] {
  const orgs: OrgMention[] = [];
  const at = new Map(mentions.filter((m) => m.start >= from && m.start < to).map((m) => [m.start, m]));
  const starts = [...at.keys()];
  let nextPlace = 0;
  let placeStart = starts.length > 0 ? starts[0] : to;
  // The loop only reads a flag per character; names are parsed out of line (keeps the hot loop small).
  for (let i = from; i < to; i++) {
    if ((FLAGS[norm.charCodeAt(i)] & (LEVEL_FIRST | NATIONAL_START)) === 0 && i < placeStart) continue;
    while (placeStart < i) placeStart = ++nextPlace < starts.length ? starts[nextPlace] : to;
    const end = placeStart === i ? orgAfterPlace(norm, at, i, to, orgs) : orgAfterWord(norm, at, i, to, orgs);
    if (end > i) i = end - 1;
  }
  return orgs;
}

/** A name led by place names (天津市西青区…); returns where scanning resumes. */
function orgAfterPlace(
  norm: string,
  at: Map<number, PlaceMention>,
  i: number,
  to: number,
  orgs: OrgMention[],
): number {
  const first = at.get(i);
  if (first === undefined) return i;
  const chain: PlaceMention[] = [first];
  let next = at.get(first.end);
  while (next !== undefined && chain.length < 3 && within(next, chain[chain.length - 1])) {
    chain.push(next);
    next = at.get(next.end);
  }
  const bodyStart = chain[chain.length - 1].end;
  const end = parseOrgBody(norm, bodyStart);
  // 山东法院 / 合肥法院 are a region's courts collectively; a county's 法院 is its basic court.
  const collective =
    norm.slice(bodyStart, end) === '法院' && chain[chain.length - 1].places[0].kind !== 'county';
  if (end < 0 || end > to || collective) return bodyStart;
  const prefix: OrgPrefix = {
    kind: 'place',
    places: chain.map((c) => c.places),
    full: chain.some((c) => c.full),
  };
  orgs.push({ start: i, end, key: canonicalOrg(norm.slice(bodyStart, end)), prefix });
  return end;
}

/** A name led by a bare level word (市工业和信息化局) or a central body (司法部); returns where scanning resumes. */
function orgAfterWord(
  norm: string,
  at: Map<number, PlaceMention>,
  i: number,
  to: number,
  orgs: OrgMention[],
): number {
  const flags = FLAGS[norm.charCodeAt(i)];
  if (flags & LEVEL_FIRST && (i === 0 || FLAGS[norm.charCodeAt(i - 1)] & BOUNDARY)) {
    const word = levelWordAt(norm, i);
    const end = word === null ? -1 : parseOrgBody(norm, i + word.length);
    if (word !== null && end > 0 && end <= to) {
      const key = canonicalOrg(norm.slice(i + word.length, end));
      orgs.push({ start: i, end, key, prefix: { kind: 'level', word } });
      return end;
    }
  }
  if (flags & NATIONAL_START && NATIONAL_PAIRS.has(norm.charCodeAt(i), norm.charCodeAt(i + 1))) {
    const national = matchNational(norm, i);
    if (national !== null && national.end <= to) {
      const branch = at.has(national.end) ? branchOf(norm, at, national, to) : null;
      if (branch) {
        orgs.push({ ...branch, start: i });
        return branch.end;
      }
      orgs.push({ start: i, end: national.end, key: national.key, prefix: { kind: 'national' } });
      return national.end;
    }
  }
  return i;
}

/** 国家税务总局 + 湖北省税务局: a central body's branch in a region, named by the region's body. */
function branchOf(
  norm: string,
  at: Map<number, PlaceMention>,
  national: { end: number; key: string },
  to: number,
): OrgMention | null {
  const found: OrgMention[] = [];
  orgAfterPlace(norm, at, national.end, to, found);
  const org = found[0];
  if (org === undefined || org.prefix.kind !== 'place') return null;
  return { ...org, prefix: { ...org.prefix, parent: national.key } };
}

/** A whole line that is one body name (signatures, 来源 values); bare bodies without prefix included. */
export function parseOrgLine(
  norm: string,
  mentions: PlaceMention[],
  start: number,
  end: number,
): OrgMention | null {
  const found = findOrgMentions(norm, mentions, start, end);
  if (found.length === 1 && found[0].start === start && found[0].end === end) return found[0];
  const bare = parseOrgBody(norm, start, 20);
  if (found.length === 0 && bare === end)
    return { start, end, key: canonicalOrg(norm.slice(start, end)), prefix: { kind: 'none' } };
  return found.length > 0 && found[0].start === start ? found[0] : null;
}

/** A place name directly after another narrows it (天津市西青区), never jumps elsewhere (杭州市公安局). */
export function within(inner: PlaceMention, outer: PlaceMention): boolean {
  return inner.places.some((p) =>
    outer.places.some(
      (o) =>
        o !== p && (o.kind === 'province' ? p.provinceCode === o.provinceCode : p.cityCode === o.cityCode),
    ),
  );
}
