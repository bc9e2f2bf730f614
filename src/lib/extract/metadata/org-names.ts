// Names of government bodies in running text: a region prefix (place names from the gazetteer, or a bare level
// word such as 市 / 自治区), a short body and an organisational suffix; or a central body of the State Council.
import { lookupPlace, type Place, type PlaceMention } from './gazetteer.ts';

export type OrgPrefix =
  | { kind: 'place'; places: Place[][]; full: boolean }
  | { kind: 'level'; word: string }
  | { kind: 'national' }
  | { kind: 'none' };

export interface OrgMention {
  start: number;
  end: number;
  /** Canonical name without the region prefix (工业和信息化局, 人民政府, 中级人民法院). */
  key: string;
  prefix: OrgPrefix;
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
const NATIONAL = new RegExp(`^(?:中华人民共和国)?(${NATIONAL_NAMES.join('|')}|国家[\\u4e00-\\u9fa5]{2,12}?(?:总局|局|委员会))(?![门分署长机])`);
const NATIONAL_FIRST = new Set([...NATIONAL_NAMES.map((n) => n[0]), '中', '国']);

const LEVEL_WORD = /^(自治区|自治州|省|市|州|县|区|旗|盟)/;
const NOT_LEVEL =
  /^(市场|市民|市值|市区|市内|市外|市级|市长|市政设施|市政公用|市县|省级|省内|省外|省长|省市|县级|县域|县城|县长|县乡|区级|区域|区内|区外|区长|区块|区间|州级|州长)/;
// Characters after which a bare level word starts a name ("，市工业和信息化局…", "2021年市政府…", "我市…").
const LEVEL_BEFORE = /[\s\d,.;:!?()\[\]"'、。，；：！？（）《》“”‘’【】|年月日在由经对向与和及同以据为从将把被让给至了是着等该我本]/;

const SUFFIX =
  /人民政府办公厅|人民政府办公室|人民政府|政府办公厅|政府办公室|政府|管理委员会|委员会|管委会|办公厅|办公室|高级人民法院|中级人民法院|人民法院|法院|中院|人民检察院|检察院|总局|分局|局(?!面|势|限|部)|厅(?!局)|总署|署(?!名)|部(?![门分署长])|服务中心|中心|大队|支队|司法所|派出所/y;
const EXTENSION = /^[\u4e00-\u9fa5]{1,10}?(分局|支队|大队|中队|派出所|分中心|司法所)|^(办公室|办公厅)/;
const BODY_STOP = /[^\u4e00-\u9fa5]|[的了在是对将把从向按据于以及等着与、]/;
const EMPTY_BODY_OK = /^(人民政府|政府|中院|高级人民法院|中级人民法院|人民法院|法院|人民检察院|检察院)/;
// Bodies that are not one agency ("乡镇人民政府", "各部门") or that swallowed a verb ("石嘴山市发挥政府…").
const NOT_BODY =
  /^(乡镇|街道|各|有关|相关|所属|下属|直属|两级|三级|基层)|发挥|推进|开展|加强|深入|全面|坚持|围绕|扎实|认真|积极|召开|举办|印发|出台|实施|组织|建立|完成|持续|不断|进一步|充分|严格|切实|落实|做好|提升|推动|按照|根据|结合|通过|联合|配合|会同|要求|研究|发布|公布|通报|强化|领导|成立|设立/;

/** Canonical suffix forms: 县政府 -> 县人民政府, 合肥中院 -> 合肥…中级人民法院. */
export function canonicalOrg(name: string): string {
  return name.replace(/^政府/, '人民政府').replace(/([^民])政府/, '$1人民政府').replace(/中院$/, '中级人民法院');
}

/** Parses "body + suffix" at `pos`; returns the end offset, or -1 when no name starts there. */
export function parseOrgBody(norm: string, pos: number, maxBody = 16): number {
  for (let j = pos; j <= pos + maxBody && j < norm.length; j++) {
    SUFFIX.lastIndex = j;
    const m = SUFFIX.exec(norm);
    if (m !== null && (j > pos || EMPTY_BODY_OK.test(m[0])) && !NOT_BODY.test(norm.slice(pos, j))) {
      let end = j + m[0].length;
      const ext = norm.slice(end, end + 14).match(EXTENSION);
      if (ext) end += ext[0].length;
      return end;
    }
    if (BODY_STOP.test(norm[j]) || (j === pos && norm[j] === '和')) return -1;
  }
  return -1;
}

/** Every government-body name in norm[from, to), with its region prefix resolved to gazetteer places. */
export function findOrgMentions(norm: string, mentions: PlaceMention[], from = 0, to = norm.length): OrgMention[] {
  const orgs: OrgMention[] = [];
  const at = new Map(mentions.filter((m) => m.start >= from && m.start < to).map((m) => [m.start, m]));
  for (let i = from; i < to; i++) {
    const place = at.get(i);
    if (place !== undefined) {
      const chain: PlaceMention[] = [place];
      let next = at.get(place.end);
      while (next !== undefined && chain.length < 3 && within(next, chain[chain.length - 1])) {
        chain.push(next);
        next = at.get(next.end);
      }
      const bodyStart = chain[chain.length - 1].end;
      const end = parseOrgBody(norm, bodyStart);
      if (end > 0 && end <= to) {
        const prefix: OrgPrefix = { kind: 'place', places: chain.map((c) => c.places), full: chain.some((c) => c.full) };
        orgs.push({ start: i, end, key: canonicalOrg(norm.slice(bodyStart, end)), prefix });
        i = end - 1;
      } else {
        i = bodyStart - 1;
      }
      continue;
    }
    const c = norm[i];
    if ('自省市州县区旗盟'.includes(c) && (i === 0 || LEVEL_BEFORE.test(norm[i - 1]))) {
      const rest = norm.slice(i, i + 24);
      const word = rest.match(LEVEL_WORD)?.[1];
      if (word !== undefined && !NOT_LEVEL.test(rest)) {
        const end = parseOrgBody(norm, i + word.length);
        if (end > 0 && end <= to) {
          orgs.push({ start: i, end, key: canonicalOrg(norm.slice(i + word.length, end)), prefix: { kind: 'level', word } });
          i = end - 1;
          continue;
        }
      }
    }
    if (NATIONAL_FIRST.has(c)) {
      const m = norm.slice(i, i + 24).match(NATIONAL);
      if (m !== null && i + m[0].length <= to) {
        orgs.push({ start: i, end: i + m[0].length, key: m[1], prefix: { kind: 'national' } });
        i += m[0].length - 1;
      }
    }
  }
  return orgs;
}

/** A whole line that is one body name (signatures, 来源 values); bare bodies without prefix included. */
export function parseOrgLine(norm: string, mentions: PlaceMention[], start: number, end: number): OrgMention | null {
  const found = findOrgMentions(norm, mentions, start, end);
  if (found.length === 1 && found[0].start === start && found[0].end === end) return found[0];
  const bare = parseOrgBody(norm, start, 20);
  if (found.length === 0 && bare === end) return { start, end, key: canonicalOrg(norm.slice(start, end)), prefix: { kind: 'none' } };
  return found.length > 0 && found[0].start === start ? found[0] : null;
}

/** A place name directly after another narrows it (天津市西青区), never jumps elsewhere (杭州市公安局). */
function within(inner: PlaceMention, outer: PlaceMention): boolean {
  return inner.places.some((p) =>
    outer.places.some((o) => o !== p && (o.kind === 'province' ? p.provinceCode === o.provinceCode : p.cityCode === o.cityCode)),
  );
}

/** Full place names of a prefix chain as written, e.g. 天津市西青区 (short forms expanded). */
export function placePrefixText(chain: Place[]): string {
  return chain.map((p) => p.name).join('');
}

export function isKnownPlaceAlias(alias: string): boolean {
  return lookupPlace(alias).length > 0;
}
