// Page text items -> report lines: rows by baseline, running headers and page numbers dropped, lines broken by
// the page width joined back into paragraphs. Pure, so it is tested without pdfjs.

export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size in user-space units. */
  size: number;
}

export interface PdfPage {
  items: PdfTextItem[];
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

const TERMINAL = /[。；：！？!?;:」』”"…）)]$/;
// Kept in step with the heading markers in src/lib/extract/sections/heading-patterns.ts.
const HEADING_START =
  /^([一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+[部分章节条]|[一二三四五六七八九十]是|[①-⑳])/;
const PAGE_NUMBER =
  /^[-—–\s]*(第\s*)?[0-9]{1,4}\s*(页)?\s*([/／]\s*[0-9]{1,4}|[,，]?\s*共\s*[0-9]{1,4}\s*页)?[-—–\s]*$|^[-—–]\s*[ivxlc]+\s*[-—–]$/i;

/** Joins the pages of a PDF into report text, one paragraph or heading per line. */
export function layoutPdfText(pages: PdfPage[]): string {
  const pageLines = pages.map((p) => buildLines(p.items));
  dropRunningLines(pageLines);
  const out: string[] = [];
  let pending: { line: Line; margin: number } | null = null;
  for (const lines of pageLines) {
    const margin = rightMargin(lines);
    for (const line of lines) {
      if (pending && continues(pending.line, pending.margin, line)) {
        out[out.length - 1] = joinText(out[out.length - 1], line.text);
      } else {
        out.push(line.text);
      }
      pending = { line, margin };
    }
  }
  return foldRadicals(out.join('\n'));
}

function buildLines(items: PdfTextItem[]): Line[] {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - item.y) <= Math.max(1, 0.4 * Math.max(row[0].size, item.size)))
      row.push(item);
    else rows.push([item]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = row[0].x;
    for (const item of row) {
      const gap = item.x - end;
      if (text && gap > 1.5 * item.size) text += ' ';
      else if (text && gap > 0.25 * item.size && (isLatin(text[text.length - 1]) || isLatin(item.str[0])))
        text += ' ';
      text += item.str;
      end = Math.max(end, item.x + item.width);
    }
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (trimmed) lines.push({ text: trimmed, x0: row[0].x, x1: end, y: row[0].y, size: row[0].size });
  }
  return lines;
}

function isLatin(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/.test(ch);
}

/** Page numbers at a page's top or bottom, and lines repeated at the same place on most pages. */
function dropRunningLines(pageLines: Line[][]): void {
  const edgeKeys = new Map<string, number>();
  const edges = (lines: Line[]) => [...lines.slice(0, 2), ...lines.slice(-2)];
  for (const lines of pageLines) {
    for (const key of new Set(edges(lines).map(runningKey))) edgeKeys.set(key, (edgeKeys.get(key) ?? 0) + 1);
  }
  const minRepeats = Math.max(2, Math.ceil(pageLines.length / 2));
  for (let p = 0; p < pageLines.length; p++) {
    const lines = pageLines[p];
    const edge = new Set(edges(lines));
    pageLines[p] = lines.filter((l) => {
      if (!edge.has(l)) return true;
      if (PAGE_NUMBER.test(l.text)) return false;
      return pageLines.length < 2 || (edgeKeys.get(runningKey(l)) ?? 0) < minRepeats;
    });
  }
}

function runningKey(line: Line): string {
  return `${Math.round(line.y / 4)}|${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
}

function rightMargin(lines: Line[]): number {
  const ends = lines
    .filter((l) => l.text.length >= 8)
    .map((l) => l.x1)
    .sort((a, b) => a - b);
  return ends.length ? ends[Math.floor(0.9 * (ends.length - 1))] : Infinity;
}

/**
 * A line that runs to the right margin without closing punctuation continues on the next line. Line-breaking
 * rules (no 。 or ） at a line start) leave full lines up to two characters short of the margin.
 */
function continues(prev: Line, margin: number, next: Line): boolean {
  if (prev.x1 < margin - 2.5 * prev.size) return false;
  if (TERMINAL.test(prev.text)) return false;
  return !HEADING_START.test(next.text);
}

function joinText(a: string, b: string): string {
  return isLatin(a[a.length - 1]) && /^[A-Za-z]/.test(b) && /[A-Za-z]$/.test(a) ? `${a} ${b}` : a + b;
}

// CJK fonts that share glyphs make pdf text layers report Kangxi / supplement radicals (⾏ ⻅) instead of
// the ideographs (行 见); NFKC covers the Kangxi block, the table the simplified supplement radicals.
const SUPPLEMENT = new Map(
  [
    ...'⺁厂⺟母⺠民⺩王⺬示⻁虎⻄西⻅见⻆角⻉贝⻋车⻑長⻓长⻔门⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻱龜⻳龟'.matchAll(
      /(.)(.)/gu,
    ),
  ].map((m) => [m[1], m[2]]),
);

export function foldRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2fdf\uf900-\ufaff]/g, (ch) => SUPPLEMENT.get(ch) ?? ch.normalize('NFKC'));
}
