// Which jurisdiction a report belongs to: place mentions are weighted (title and opening count more, short forms
// less), ambiguous names (朝阳区 in 北京 and 长春) take the reading that agrees with the other mentions, and the
// level comes from the agency's prefix or from scope words (全市, 我县, 全区…).
import type { Level } from '../../schema/records.ts';
import { cityOf, provinceOf, type Place, type PlaceMention } from './gazetteer.ts';

export interface PlaceScores {
  byCode: Map<string, number>;
  resolved: Map<PlaceMention, Place>;
}

export interface Zone {
  start: number;
  end: number;
  weight: number;
}

function baseWeight(m: PlaceMention, place: Place): number {
  if (m.full) return place.kind === 'county' && m.end - m.start <= 2 ? 0.5 : 1;
  return place.kind === 'province' ? 0.8 : place.kind === 'city' ? 0.6 : 0.3;
}

function zoneWeight(pos: number, zones: Zone[]): number {
  let w = 1;
  for (const z of zones) if (pos >= z.start && pos < z.end) w = Math.max(w, z.weight);
  return w;
}

function credit(scores: Map<string, number>, place: Place, w: number): void {
  addScore(scores, place, w);
  if (place.kind !== 'province') addScore(scores, provinceOf(place), w);
  if (place.kind === 'county' && !place.municipality) addScore(scores, cityOf(place), w);
}

function addScore(scores: Map<string, number>, place: Place | null, w: number): void {
  if (place) scores.set(place.code, (scores.get(place.code) ?? 0) + w);
}

/** Scores every place (a mention also credits its city and province); ambiguous names resolved by context. */
export function scorePlaces(mentions: PlaceMention[], zones: Zone[]): PlaceScores {
  const byCode = new Map<string, number>();
  const resolved = new Map<PlaceMention, Place>();
  // Short county names are often plain words (公安, 资源, 平和): they count only beside their city or province.
  const needsContext = (m: PlaceMention) =>
    m.places.length !== 1 || (!m.full && m.places[0].kind === 'county');
  for (const m of mentions) {
    if (needsContext(m)) continue;
    credit(byCode, m.places[0], baseWeight(m, m.places[0]) * zoneWeight(m.start, zones));
    resolved.set(m, m.places[0]);
  }
  const context = new Map(byCode);
  const rank = { province: 0, city: 1, county: 2 };
  for (const m of mentions) {
    if (!needsContext(m)) continue;
    const support = (p: Place) =>
      (context.get(provinceOf(p).code) ?? 0) +
      (context.get(cityOf(p)?.code ?? '') ?? 0) +
      (context.get(p.code) ?? 0);
    const best = [...m.places].sort((a, b) => support(b) - support(a) || rank[a.kind] - rank[b.kind])[0];
    const factor = support(best) > 0 ? 1 : best.kind === 'county' && !m.full ? 0 : 0.5;
    if (factor === 0) continue;
    credit(byCode, best, baseWeight(m, best) * zoneWeight(m.start, zones) * factor);
    resolved.set(m, best);
  }
  return { byCode, resolved };
}

/** The best-scored place among those a filter accepts; ties go to the higher administrative level. */
export function bestPlace(scores: PlaceScores, accept: (p: Place) => boolean, minScore = 0.25): Place | null {
  let best: Place | null = null;
  let bestScore = minScore - 1e-9;
  const rank = { province: 0, city: 1, county: 2 };
  for (const place of new Set(scores.resolved.values())) {
    for (const p of [place, provinceOf(place), cityOf(place)]) {
      if (p === null || !accept(p)) continue;
      const s = scores.byCode.get(p.code) ?? 0;
      if (s > bestScore || (s === bestScore && best !== null && rank[p.kind] < rank[best.kind])) {
        best = p;
        bestScore = s;
      }
    }
  }
  return best;
}

/** Places a bare level word can stand for: 市 is a prefecture, a county-level city or a municipality. */
export function levelWordFilter(word: string): (p: Place) => boolean {
  switch (word) {
    case '省':
      return (p) => p.kind === 'province' && p.name.endsWith('省');
    case '自治区':
      return (p) => p.kind === 'province' && p.name.endsWith('自治区');
    case '市':
      return (p) => p.name.endsWith('市') && (p.kind !== 'province' || p.municipality);
    case '州':
    case '自治州':
      return (p) => p.kind === 'city' && p.name.endsWith('州');
    case '盟':
      return (p) => p.kind === 'city' && p.name.endsWith('盟');
    case '县':
      return (p) => p.kind === 'county' && p.name.endsWith('县');
    case '旗':
      return (p) => p.kind === 'county' && p.name.endsWith('旗');
    case '区':
      return (p) =>
        (p.kind === 'county' && p.name.endsWith('区')) ||
        (p.kind === 'province' && p.name.endsWith('自治区'));
    default:
      return () => false;
  }
}

export function levelOfPlace(place: Place): Level {
  return place.kind === 'province' ? 'provincial' : place.kind === 'city' ? 'municipal' : 'county';
}

export function levelOfWord(word: string): Level {
  if (word === '省' || word === '自治区') return 'provincial';
  if (word === '市' || word === '州' || word === '自治州' || word === '盟') return 'municipal';
  return 'county';
}

const SCOPE = /(全|我|本)(自治区|省|市|州|县|区|旗|盟)|全国/g;

/** Scope words outside 《》 titles, most frequent first: 全市 -> 市, 我省 -> 省, 全国 -> 国. */
export function scopeWords(norm: string): string[] {
  const counts = new Map<string, number>();
  const plain = norm.replace(/《[^》\n]{0,80}》/g, '');
  for (const m of plain.matchAll(SCOPE)) {
    const word = m[2] ?? '国';
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
}

export interface Jurisdiction {
  level: Level | null;
  place: Place | null;
}

/** Jurisdiction without a named agency: the deepest scope word that a mentioned place can fill. */
export function jurisdictionFromScope(scores: PlaceScores, scopes: string[]): Jurisdiction {
  const order = ['县', '旗', '区', '市', '州', '盟', '自治区', '省'];
  const local = scopes.filter((w) => w !== '国').sort((a, b) => order.indexOf(a) - order.indexOf(b));
  for (const word of local) {
    const place = bestPlace(scores, levelWordFilter(word), 0.5);
    if (place) return { level: levelOfPlace(place), place };
  }
  if (local.length > 0) {
    const province = bestPlace(scores, (p) => p.kind === 'province', 0.5);
    const top = scopes.find((w) => w !== '国') ?? local[0];
    return {
      level: province?.municipality && top === '市' ? 'provincial' : levelOfWord(top),
      place: province,
    };
  }
  const deepest =
    bestPlace(scores, (p) => p.kind === 'county', 1) ??
    bestPlace(scores, (p) => p.kind === 'city', 1) ??
    bestPlace(scores, (p) => p.kind === 'province', 0.8);
  if (deepest) return { level: levelOfPlace(deepest), place: deepest };
  return { level: scopes.includes('国') ? 'national' : null, place: null };
}
