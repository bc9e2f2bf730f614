const HEADING =
  /^[ \t\u3000\uFEFF]*(?:([一二三四五六七八九十]+)[、.]|第[一二三四五六七八九十]+部分|\(([一二三四五六七八九十]+)\))(.*)/;
const HEAD_START = /^[ \t\u3000\uFEFF]*[一二三四五六七八九十第(]/;
const STRONG = /下一年|下一步|下步|下阶段|明年|来年|新的一年|今后/;
const PLAN_WORDS = /安排|打算|计划|努力方向|工作重点|工作思路|主要思路|展望|谋划/;
const YEAR = /(20\d\d)年/g;
const PAST_WORDS = /举措|成效|情况|做法|完成|开展|总结|成绩|亮点|回顾/;

/** [start, end) ranges of sections about next year's plans (三、2021年…主要安排 / 下一步工作打算), whose figures are goals. */
export function nextYearRanges(norm: string, reportYear: number | null): [number, number][] {
  const heads: { at: number; level: number; next: boolean }[] = [];
  for (let at = 0; at < norm.length;) {
    let eol = norm.indexOf('\n', at);
    if (eol < 0) eol = norm.length;
    const m = HEAD_START.test(norm.slice(at, at + 4))
      ? HEADING.exec(norm.slice(at, Math.min(eol, at + 60)))
      : null;
    if (m) {
      const level = m[2] ? 2 : 1;
      const title = m[3].split(/[。:]/)[0].slice(0, 40);
      heads.push({ at, level, next: isNextYear(title, level, reportYear) });
    }
    at = eol + 1;
  }
  const out: [number, number][] = [];
  heads.forEach((h, i) => {
    if (!h.next) return;
    const end = heads.slice(i + 1).find((o) => o.level <= h.level)?.at ?? norm.length;
    out.push([h.at, end]);
  });
  return out;
}

function isNextYear(title: string, level: number, reportYear: number | null): boolean {
  if (STRONG.test(title)) return true;
  if (reportYear !== null && title.includes('年')) {
    const plain = title.replace(/《[^》]*》|\d{4}\s*[-—~至]\s*\d{4}/g, '');
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(plain); m; m = YEAR.exec(plain)) if (Number(m[1]) > reportYear) return true;
  }
  return level === 1 && PLAN_WORDS.test(title) && !PAST_WORDS.test(title);
}
