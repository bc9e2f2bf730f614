// The reporting agency: body names are gathered from the title, web meta lines (发布机构, 来源), a "X文件" header,
// the signature and the body, weighted by where they stand, merged by name without region prefix (市工业和信息化局
// and 河源市工业和信息化局 are one candidate), and given back their full region prefix.
import type { Level } from '../../schema/records.ts';
import type { DocumentLines, Line } from './document-lines.ts';
import { type Place, type PlaceMention } from './gazetteer.ts';
import { findOrgMentions, parseOrgLine, type OrgMention } from './org-names.ts';
import { bestPlace, levelOfPlace, levelOfWord, levelWordFilter, type PlaceScores } from './region.ts';

export interface AgencyResult {
  agency: string;
  level: Level | null;
  place: Place | null;
}

interface Candidate {
  key: string;
  score: number;
  mentions: { org: OrgMention; weight: number }[];
}

const PRONOUN = /[我本](局|厅|委|办|院|部|中心|署|队)/g;
const SOURCE_LABEL = /^(发布机构|发布单位|发文机关|信息来源|来源)$/;

function family(key: string): string {
  const m = key.match(/(局|厅|委员会|委|办公室|办|法院|检察院|部|中心|署|大队|支队|政府)$/);
  if (!m) return '';
  return { 委员会: '委', 办公室: '办', 法院: '院', 检察院: '院', 大队: '队', 支队: '队' }[m[1]] ?? m[1];
}

/** "在区委、区政府的坚强领导下": the superior named in a leadership phrase is not the author. */
function underLeadership(norm: string, org: OrgMention): boolean {
  const after = norm.slice(org.end, org.end + 16);
  return /^[^。，,；]{0,10}(领导下|指导下|关心指导|关心支持)/.test(after) && /在[^。，,；]{0,20}$/.test(norm.slice(org.start - 20, org.start));
}

function inLine(org: OrgMention, line: Line | null): boolean {
  return line !== null && org.start >= line.start && org.end <= line.end;
}

/** Weighted agency candidates of a document, best first. */
export function rankAgencies(norm: string, doc: DocumentLines, places: PlaceMention[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  const add = (org: OrgMention, weight: number) => {
    if (weight <= 0) return;
    const c = byKey.get(org.key) ?? { key: org.key, score: 0, mentions: [] };
    c.score += weight;
    c.mentions.push({ org, weight });
    byKey.set(org.key, c);
  };
  const salutations = doc.lines.slice(0, 6).filter((l) => /[:：]$/.test(l.text) && l.start >= doc.bodyStart - 1);
  const inTitleBrackets = (org: OrgMention) => /《[^》]*$/.test(norm.slice(doc.title?.start ?? 0, org.start));
  const firstLine = doc.lines.find((l) => l.start >= doc.bodyStart);
  const openingEnd = firstLine ? Math.min(firstLine.end, firstLine.start + 200) : doc.bodyStart;
  for (const org of findOrgMentions(norm, places)) {
    if (salutations.some((l) => inLine(org, l)) || underLeadership(norm, org)) continue;
    const generic = /^(人民)?法院$/.test(org.key) ? 0.3 : 1;
    const headerLine = doc.lines.find((l) => l.start === org.start && l.end === org.end && l.end <= doc.bodyStart);
    if (inLine(org, doc.title)) add(org, org.start === doc.title?.start ? 10 : 6);
    else if (headerLine) add(org, 6);
    else if (/《[^》\n]{0,60}$/.test(norm.slice(Math.max(0, org.start - 60), org.start))) add(org, inTitleBrackets(org) ? 0 : 0.5);
    else if (org.start >= doc.bodyStart && org.start < openingEnd) add(org, 4 * generic);
    else add(org, generic);
  }
  for (const field of doc.meta) {
    if (!SOURCE_LABEL.test(field.label) || (doc.isNews && field.label !== '发布机构')) continue;
    const value = field.value.replace(/(官网|官方网站|门户网站|网站|微信公众号)$/, '').split(/\s/)[0];
    const org = value ? parseOrgLine(norm, places, field.start, field.start + value.length) : null;
    if (org) add(org, field.label === '来源' || field.label === '信息来源' ? 4 : 6);
  }
  for (const line of doc.lines.slice(0, 10)) {
    const m = line.text.match(/^(.{2,30})文件$/);
    const org = m ? parseOrgLine(norm, places, line.start, line.start + m[1].length) : null;
    if (org) add(org, 10);
  }
  for (const line of doc.signature?.orgs ?? []) {
    const inner = line.text.match(/^[(（]?(.+?)[)）]?$/)?.[1] ?? line.text;
    const offset = line.start + line.text.indexOf(inner);
    const org = parseOrgLine(norm, places, offset, offset + inner.length);
    if (org) add(org, 8);
  }
  const pronouns = new Map<string, number>();
  for (const m of norm.matchAll(PRONOUN)) pronouns.set(m[1], (pronouns.get(m[1]) ?? 0) + 1);
  for (const c of byKey.values()) if ((pronouns.get(family(c.key)) ?? 0) > 0) c.score *= 1.5;
  return [...byKey.values()].sort((a, b) => b.score - a.score);
}

/** Full name with region prefix, and the jurisdiction it implies. */
export function resolveAgency(best: Candidate, scores: PlaceScores): AgencyResult {
  const national = best.mentions.find((m) => m.org.prefix.kind === 'national');
  const withPlace = best.mentions
    .filter((m) => m.org.prefix.kind === 'place')
    .sort((a, b) => b.weight - a.weight || b.org.end - b.org.start - (a.org.end - a.org.start));
  const key = best.key;
  if (withPlace.length > 0) {
    const prefix = withPlace[0].org.prefix;
    if (prefix.kind === 'place') {
      const chain = prefix.places.map((candidates) => pickPlace(candidates, scores));
      const deepest = chain.reduce((a, b) => (rankOf(b) > rankOf(a) ? b : a));
      return { agency: chain.map((p) => p.name).join('') + key, level: courtLevel(key) ?? levelOfPlace(deepest), place: deepest };
    }
  }
  const words = best.mentions.flatMap((m) => (m.org.prefix.kind === 'level' ? [m.org.prefix.word] : []));
  if (words.length > 0) {
    const word = mostCommon(words);
    const place = bestPlace(scores, levelWordFilter(word), 0.5);
    if (place) return { agency: place.name + key, level: courtLevel(key) ?? levelOfPlace(place), place };
    return { agency: word + key, level: courtLevel(key) ?? levelOfWord(word), place: null };
  }
  if (national) return { agency: key, level: 'national', place: null };
  return { agency: key, level: null, place: null };
}

function pickPlace(candidates: Place[], scores: PlaceScores): Place {
  if (candidates.length === 1) return candidates[0];
  return [...candidates].sort((a, b) => (scores.byCode.get(b.code) ?? 0) - (scores.byCode.get(a.code) ?? 0))[0];
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
