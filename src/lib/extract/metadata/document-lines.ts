// The parts of a report page around the body: web meta lines (发布时间, 来源, 发布机构…), the title line, the
// salutation, and the signature block (落款) with its date at the end.

export interface Line {
  text: string;
  start: number;
  end: number;
}

export interface MetaField {
  label: string;
  value: string;
  start: number;
}

export interface DocumentLines {
  lines: Line[];
  meta: MetaField[];
  title: Line | null;
  /** Offset where the report body starts (after meta lines and the title). */
  bodyStart: number;
  /** Lines of the signature block above its date (may be empty) and the date itself. */
  signature: { orgs: Line[]; date: string | null } | null;
  /** 发布时间 / 发布日期 / a bare date-time under the title. */
  published: string | null;
  isNotice: boolean;
  isNews: boolean;
}

const META_LABEL =
  /(索引号|组配分类|发布机构|发布单位|发文机关|信息来源|来源|主题分类|名称|文号|生成日期|发布日期|发布时间|公开日期|成文日期|时间|日期|作者|浏览次数|访问次数|字体大小|字体|字号|关键词|公开方式|有效性|编辑|责任编辑)\s*[:：]\s*/g;
const META_START = new RegExp(`^\\s*\\|?\\s*${META_LABEL.source.replace('\\s*[:：]\\s*', '')}\\s*[:：]`);
const DATE_TIME =
  /^\s*(\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}日?|\d{2}\.\d{2}\.\d{4})\s*(\d{1,2}\s*:\s*\d{2}(\s*:\s*\d{2})?)?\s*(来源|作者|\||$)/;
const TITLE_WORD =
  /报告|方案|规划|通知|意见|总结|情况|数据|统计|年报|月报|季报|公告|通报|白皮书|要点|办法|决定|说明|纲要|计划|清单/;
const FURNITURE =
  /用户登录|还没有账号|立即注册|返回顶部|电脑端|手机端|移动端|打印|关闭窗口|分享|ICP|公网安备|网站标识码|网站标志码|联系方式|技术支持|主办|承办|版权|copyright|扫一扫|上一篇|下一篇|相关(新闻|文章|链接|阅读)|编辑\s*[:：]|附件|此件主动公开|网友评论|^[*•·]/i;
const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SIGN_DATE =
  /^(\d{4}|[〇零一二三四五六七八九]{4})\s*年?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日?$/;

const HEAD = 6000;
const TAIL = 1500;

/**
 * The parts of a document metadata reads: the head (title, meta lines, opening, most mentions) and the tail
 * (signature). Keeps the cost per document bounded for very long reports.
 */
export function metadataRanges(length: number): [number, number][] {
  const head: [number, number] = [0, Math.min(length, HEAD)];
  const tailStart = Math.max(HEAD, length - TAIL);
  return tailStart < length ? [head, [tailStart, length]] : [head];
}

export function splitLines(norm: string, from = 0, to = norm.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < to) {
    let end = norm.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const raw = norm.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text.length > 0) lines.push({ text, start: start + lead, end: start + lead + text.length });
    start = end + 1;
  }
  return lines;
}

function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4) return Number([...s].map((c) => CN_DIGIT[c] ?? 0).join(''));
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  return (s.includes('十') ? (tens ? CN_DIGIT[tens] : 1) * 10 : 0) + (ones ? (CN_DIGIT[ones] ?? 0) : 0);
}

export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1980 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date written as 2021-11-22, 2021.11.22, 2021年11月22日 or 09.10.2016 (month first). */
export function parseNumericDate(s: string): string | null {
  const ymd = s.match(/(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})/);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const mdy = s.match(/(\d{2})\.(\d{2})\.(\d{4})/);
  return mdy ? isoDate(Number(mdy[3]), Number(mdy[1]), Number(mdy[2])) : null;
}

/** A signature date line, tolerating a dropped 年 / 日 ("20211月14" reads as 2021-01-14). */
export function parseSignatureDate(s: string): string | null {
  const m = s.replace(/\s+/g, '').match(SIGN_DATE);
  return m ? isoDate(cnNumber(m[1]), cnNumber(m[2]), cnNumber(m[3])) : null;
}

function parseMeta(line: Line): MetaField[] {
  const fields: MetaField[] = [];
  const labels = [...line.text.matchAll(META_LABEL)];
  labels.forEach((m, k) => {
    const valueStart = m.index + m[0].length;
    const valueEnd = k + 1 < labels.length ? labels[k + 1].index : line.text.length;
    fields.push({
      label: m[1],
      value: line.text.slice(valueStart, valueEnd).trim(),
      start: line.start + valueStart,
    });
  });
  return fields;
}

function isTitleCandidate(text: string): boolean {
  const t = text.replace(/^\|+|\|+$/g, '').trim();
  if (t.length < 4 || t.length > 80 || /[。!?]/.test(t) || /[:：]$/.test(t)) return false;
  if (
    /^([一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、](?!\d)|第[一二三四五六七八九十]+部分|目\s*录)/.test(
      t,
    )
  ) {
    return false;
  }
  return !/^[\d\s.:/-]+$/.test(t);
}

// …2023年度法治政府建设工作 / 报告: a title wrapped before its last word.
const TITLE_TAIL = /^(?:情况|工作|年度|的)?(?:报告|总结|方案|要点|计划)$/;
const TITLE_END = /(?:报告|总结|方案|要点|计划|通知|意见)$/;

export function readDocumentLines(norm: string): DocumentLines {
  // A tail range starting mid-line begins at its next line.
  const lines = metadataRanges(norm.length).flatMap(([from, to], k) =>
    splitLines(norm, k === 0 ? from : norm.indexOf('\n', from) + 1 || to, to),
  );
  const meta: MetaField[] = [];
  let published: string | null = null;
  let title: Line | null = null;
  let fallbackTitle: Line | null = null;
  let bodyIndex = 0;
  for (let i = 0; i < Math.min(lines.length, 24); i++) {
    const line = lines[i];
    if (META_START.test(line.text) || DATE_TIME.test(line.text)) {
      const fields = parseMeta(line);
      meta.push(...fields);
      const dateField = fields.find(
        (f) => /发布|公开|^时间|^日期/.test(f.label) && parseNumericDate(f.value),
      );
      published ??= dateField
        ? parseNumericDate(dateField.value)
        : DATE_TIME.test(line.text)
          ? parseNumericDate(line.text)
          : null;
      bodyIndex = i + 1;
      continue;
    }
    if (/^(字号|目\s*录|政府信息公开|\(此件主动公开\))\s*[:：]?$/.test(line.text)) continue;
    if (!isTitleCandidate(line.text)) {
      if (line.text.length > 40 || /[。]/.test(line.text) || i >= 8) break;
      continue;
    }
    if (title === null && (TITLE_WORD.test(line.text) || /\d{4}年/.test(line.text))) {
      title = line;
      bodyIndex = i + 1;
      const next = lines[i + 1];
      if (next && TITLE_TAIL.test(next.text) && !TITLE_END.test(line.text)) {
        title = { start: line.start, end: next.end, text: line.text + next.text };
        bodyIndex = i + 2;
        i++;
      }
    }
    if (fallbackTitle === null && !/文件$/.test(line.text)) fallbackTitle = line;
    if (i >= 8) break;
  }
  title ??= fallbackTitle;
  if (title !== null) bodyIndex = Math.max(bodyIndex, lines.indexOf(title) + 1);
  const head = norm.slice(0, 400);
  return {
    lines,
    meta,
    title,
    bodyStart: bodyIndex < lines.length ? lines[bodyIndex].start : norm.length,
    signature: findSignature(lines),
    published,
    isNotice:
      /(通知|决定|公告|通告|意见|批复|函)\s*\|?$/.test(title?.text ?? '') ||
      /各[^。\n:：]{1,60}[:：]\s*(\n|根据|为|按照|现将|经|近日|\d{4}年)/.test(head),
    isNews:
      /记者|报讯|本报|新华社|新華社|通讯员|编辑\s*[:：]/.test(norm.slice(0, 600)) ||
      /编辑\s*[:：]/.test(norm.slice(-800)),
  };
}

function findSignature(lines: Line[]): DocumentLines['signature'] {
  let i = lines.length - 1;
  let skipped = 0;
  while (
    i >= 0 &&
    skipped < 12 &&
    ((lines[i].text.length <= 60 && FURNITURE.test(lines[i].text)) || lines[i].text.length <= 1)
  ) {
    i--;
    skipped++;
  }
  if (i < 0) return null;
  const date = parseSignatureDate(lines[i].text);
  const orgs: Line[] = [];
  let j = date !== null ? i - 1 : i;
  while (j >= 0 && orgs.length < 3 && lines[j].text.length <= 30 && !/[。,，;；:：]/.test(lines[j].text)) {
    orgs.unshift(lines[j]);
    j--;
  }
  if (date === null && orgs.length === 0) return null;
  return { orgs, date };
}
