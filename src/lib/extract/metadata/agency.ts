// The reporting agency: body names are gathered from the title, web meta lines (发布机构, 来源), a "X文件" header,
// the signature and the body, weighted by where they stand, merged by name without region prefix (市工业和信息化局
// and 河源市工业和信息化局 are one candidate), and given back their full region prefix.
import type { Level } from '../../schema/records.ts';
import type { DocumentLines, Line } from './document-lines.ts';
import { lookupPlace, type Place, type PlaceMention } from './gazetteer.ts';
import { findOrgMentions, parseOrgLine, within, type OrgMention, type OrgPrefix } from './org-names.ts';
import { bestPlace, levelOfPlace, levelOfWord, levelWordFilter, type PlaceScores } from './region.ts';

export interface AgencyResult {
  agency: string;
  level: Level | null;
  place: Place | null;
  /** The name was not written in the text but stands for a region's government. */
  inferred: boolean;
}

interface Candidate {
  key: string;
  score: number;
  mentions: { org: OrgMention; weight: number }[];
}

const PRONOUN_BODIES = ['局', '厅', '委', '办', '院', '部', '中心', '署', '队'];
const PRONOUN_FIRST = new Set(PRONOUN_BODIES.map((b) => b.charCodeAt(0)));
const SOURCE_LABEL = /^(发布机构|发布单位|发文机关|信息来源|来源)$/;

function family(key: string): string {
  const m = key.match(/(局|厅|委员会|委|办公室|办|法院|检察院|部|中心|署|大队|支队|政府)$/);
  if (!m) return '';
  return { 委员会: '委', 办公室: '办', 法院: '院', 检察院: '院', 大队: '队', 支队: '队' }[m[1]] ?? m[1];
}

/** 我局 / 本厅 / 我委…: the kind of body the author is, counted in the head of the text. */
function countPronouns(norm: string, end: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const self of ['我', '本']) {
    for (let i = norm.indexOf(self); i >= 0 && i < end; i = norm.indexOf(self, i + 1)) {
      if (!PRONOUN_FIRST.has(norm.charCodeAt(i + 1))) continue;
      const body = PRONOUN_BODIES.find((b) => norm.startsWith(b, i + 1));
      if (body) counts.set(body, (counts.get(body) ?? 0) + 1);
    }
  }
  return counts;
}

/** "在区委、区政府的坚强领导下", "按照国务院办公厅…要求": a superior named as such is not the author. */
function underLeadership(norm: string, org: OrgMention): boolean {
  const after = norm.slice(org.end, org.end + 16);
  const before = norm.slice(Math.max(0, org.start - 20), org.start);
  if (
    /^[^。，,；;]{0,10}(领导下|指导下|关心指导|关心支持)/.test(after) &&
    /在[^。，,；;]{0,20}$/.test(before)
  )
    return true;
  return (
    /(按照|根据|落实|贯彻|依据|遵照)[^。，,；;]{0,12}$/.test(before) ||
    /^[^。，,；;]{0,12}(部署要求|的要求|的部署|统一部署|决策部署)/.test(after)
  );
}

function inLine(org: OrgMention, line: Line | null): boolean {
  return line !== null && org.start >= line.start && org.end <= line.end;
}

/** Weighted agency candidates of a document, best first. */
export function rankAgencies(
  norm: string,
  doc: DocumentLines,
  places: PlaceMention[],
  ranges: [number, number][] = [[0, norm.length]],
): Candidate[] {
  const byKey = new Map<string, Candidate>();
  const add = (org: OrgMention, weight: number) => {
    if (weight <= 0) return;
    const id = org.key + placeId(org);
    const c = byKey.get(id) ?? { key: org.key, score: 0, mentions: [] };
    c.score += weight;
    c.mentions.push({ org, weight });
    byKey.set(id, c);
  };
  const salutations = doc.lines
    .slice(0, 6)
    .filter((l) => /[:：]$/.test(l.text) && l.start >= doc.bodyStart - 1);
  const inTitleBrackets = (org: OrgMention) =>
    doc.title !== null &&
    org.start < doc.title.end &&
    /《[^》]*$/.test(norm.slice(doc.title.start, org.start));
  const firstLine = doc.lines.find(
    (l) => l.start >= doc.bodyStart && l.text.length >= 20 && !/^[一二三四五六七八九十]+、/.test(l.text),
  );
  const openingEnd = firstLine ? Math.min(firstLine.end, firstLine.start + 200) : doc.bodyStart;
  for (const org of ranges.flatMap(([from, to]) => findOrgMentions(norm, places, from, to))) {
    if (salutations.some((l) => inLine(org, l)) || underLeadership(norm, org)) continue;
    const headerLine =
      org.end <= doc.bodyStart && doc.lines.some((l) => l.start === org.start && l.end === org.end);
    if (inLine(org, doc.title)) add(org, org.start === doc.title?.start ? 10 : 6);
    else if (headerLine) add(org, 6);
    else if (/《[^》\n]{0,60}$/.test(norm.slice(Math.max(0, org.start - 60), org.start)))
      add(org, inTitleBrackets(org) ? 0 : 0.5);
    else if (org.start >= doc.bodyStart && org.start < openingEnd) add(org, 4);
    else add(org, 1);
  }
  const subject = titleSubject(norm, doc, places);
  if (subject) add(subject, 5);
  for (const field of doc.meta) {
    if (!SOURCE_LABEL.test(field.label) || (doc.isNews && field.label !== '发布机构')) continue;
    const value = field.value.split(/\s/)[0].replace(/(官网|官方网站)$/, '');
    const org = value ? parseOrgLine(norm, places, field.start, field.start + value.length) : null;
    // A 来源 that is a web portal (…人民政府网) names the publisher more than the author.
    const portal = /(网|网站|客户端|公众号|频道|报)$/.test(value);
    if (org) add(org, portal ? 2 : field.label === '来源' || field.label === '信息来源' ? 4 : 6);
  }
  for (const line of doc.lines.slice(0, 10)) {
    const m = line.text.endsWith('文件') ? line.text.match(/^(.{2,30})文件$/) : null;
    const org = m ? parseOrgLine(norm, places, line.start, line.start + m[1].length) : null;
    if (org) add(org, 10);
  }
  for (const line of doc.signature?.orgs ?? []) {
    const inner = line.text.match(/^[(（]?(.+?)[)）]?$/)?.[1] ?? line.text;
    const offset = line.start + line.text.indexOf(inner);
    const org = parseOrgLine(norm, places, offset, offset + inner.length);
    if (org) add(org, 8);
  }
  const pronouns = countPronouns(norm, ranges[0][1]);
  const candidates = mergeUnplaced([...byKey.values()]);
  for (const c of candidates) if ((pronouns.get(family(c.key)) ?? 0) > 0) c.score *= 1.5;
  return candidates.sort((a, b) => b.score - a.score);
}

/** "珠海市2021年法治政府建设年度报告", "平江县召开…": a title led by a region names its government. */
function titleSubject(norm: string, doc: DocumentLines, places: PlaceMention[]): OrgMention | null {
  const title = doc.title;
  const first = title ? places.find((m) => m.start === title.start) : undefined;
  if (!title || !first) return null;
  // 常州市武进区2022年…: the deepest place of a chain is the subject.
  const chain = [first];
  for (let next = places.find((m) => m.start === first.end); next && within(next, chain[chain.length - 1]);) {
    chain.push(next);
    const end = next.end;
    next = places.find((m) => m.start === end);
  }
  const lead = chain[chain.length - 1];
  if (lead.end >= title.end || !/[\d\u4e00-\u9fa5]/.test(norm[lead.end])) return null;
  if (findOrgMentions(norm, places, title.start, title.end).some((o) => o.start === title.start)) return null;
  const prefix: OrgPrefix = {
    kind: 'place',
    places: chain.map((c) => c.places),
    full: chain.some((c) => c.full),
  };
  return { start: first.start, end: lead.end, key: '人民政府', prefix, inferred: true };
}

/** Different places make different bodies (蜀山区法院, 庐阳区法院); the same place, one body. */
function placeId(org: OrgMention): string {
  if (org.prefix.kind !== 'place') return '';
  const last = org.prefix.places[org.prefix.places.length - 1];
  return '@' + last.map((p) => p.code).join(',');
}

/** 市工业和信息化局 and a 来源 line's bare 司法局 join the best placed candidate with the same name. */
function mergeUnplaced(candidates: Candidate[]): Candidate[] {
  const placed = candidates.filter((c) => c.mentions.some((m) => m.org.prefix.kind === 'place'));
  const out: Candidate[] = [...placed];
  for (const c of candidates) {
    if (placed.includes(c)) continue;
    const target = placed.filter((p) => p.key === c.key).sort((a, b) => b.score - a.score)[0];
    if (target) {
      target.score += c.score;
      target.mentions.push(...c.mentions);
    } else {
      out.push(c);
    }
  }
  return out;
}

/** Full name with region prefix, and the jurisdiction it implies. */
export function resolveAgency(best: Candidate, scores: PlaceScores, norm = ''): AgencyResult {
  const inferred = best.mentions.every((m) => m.org.inferred === true);
  const national = best.mentions.find((m) => m.org.prefix.kind === 'national');
  const withPlace = best.mentions
    .filter((m) => m.org.prefix.kind === 'place')
    .sort((a, b) => b.weight - a.weight || b.org.end - b.org.start - (a.org.end - a.org.start));
  const key = best.key;
  if (withPlace.length > 0) {
    const prefix = withPlace[0].org.prefix;
    if (prefix.kind === 'place') {
      const chain = prefix.places.map((candidates) => pickPlace(candidates, scores));
      const top = chain.reduce((a, b) => (rankOf(b) > rankOf(a) ? b : a));
      const deepest = districtOfBranch(key, top) ?? top;
      return {
        agency:
          parentOf(withPlace) +
          (literalPrefix(withPlace[0].org, norm) ?? chain.map((p) => p.name).join('')) +
          key,
        level: courtLevel(key) ?? levelOfPlace(deepest),
        place: deepest,
        inferred,
      };
    }
  }
  const words = best.mentions.flatMap((m) => (m.org.prefix.kind === 'level' ? [m.org.prefix.word] : []));
  if (words.length > 0) {
    const word = mostCommon(words);
    const place = bestPlace(scores, levelWordFilter(word), 0.5);
    if (place)
      return { agency: place.name + key, level: courtLevel(key) ?? levelOfPlace(place), place, inferred };
    return { agency: word + key, level: courtLevel(key) ?? levelOfWord(word), place: null, inferred };
  }
  if (national) return { agency: key, level: 'national', place: null, inferred };
  return { agency: key, level: null, place: null, inferred };
}

/**
 * 西安经济技术开发区管理委员会: a place written without its suffix is kept as written (the official name), not
 * completed to 西安市…; names written with suffixes keep the gazetteer's form.
 */
function literalPrefix(org: OrgMention, norm: string): string | null {
  if (org.prefix.kind !== 'place' || org.prefix.full || !norm) return null;
  if (norm.slice(org.end - org.key.length, org.end) !== org.key) return null;
  const literal = norm.slice(org.start, org.end - org.key.length);
  return /^[\u4e00-\u9fa5]{2,12}$/.test(literal) ? literal : null;
}

/** 公安局朝阳分局 of 北京市, 公安局萧山区分局 of 杭州市: a branch named after a district of the place. */
function districtOfBranch(key: string, place: Place): Place | null {
  const name = /局(.{2,6}?)(?:区|县|市)?分局$/.exec(key)?.[1];
  if (!name || place.kind === 'county') return null;
  const inPlace = (p: Place) =>
    p.kind === 'county' &&
    (place.kind === 'city'
      ? p.cityCode === place.cityCode
      : place.municipality && p.provinceCode === place.provinceCode);
  for (const alias of [`${name}区`, `${name}县`, `${name}市`, name]) {
    const found = lookupPlace(alias).find(({ place: p }) => inPlace(p));
    if (found) return found.place;
  }
  return null;
}

function parentOf(mentions: { org: OrgMention }[]): string {
  for (const { org } of mentions)
    if (org.prefix.kind === 'place' && org.prefix.parent) return org.prefix.parent;
  return '';
}

function pickPlace(candidates: readonly Place[], scores: PlaceScores): Place {
  if (candidates.length === 1) return candidates[0];
  return [...candidates].sort(
    (a, b) => (scores.byCode.get(b.code) ?? 0) - (scores.byCode.get(a.code) ?? 0),
  )[0];
}

function rankOf(p: Place): number {
  return p.kind === 'province' ? 0 : p.kind === 'city' ? 1 : 2;
}

function courtLevel(key: string): Level | null {
  if (key.includes('高级人民法院')) return 'provincial';
  if (key.includes('中级人民法院')) return 'municipal';
  return null;
}

function mostCommon(words: string[]): string {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}
