// Finds statistical tables in plain text and pairs each header cell with its value cell. Two layouts occur in
// real reports: pipe-separated rows (项目 | 数量 |), and one cell per line (header cells, then value cells in the
// same order, blank lines for empty cells).

/** A cell with its offsets in the text; `text` is trimmed. */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** A header (label) cell paired with the value cell under or beside it. */
export interface TablePair {
  label: Cell;
  value: Cell;
  /** The table's title line and all header cells, for context (处罚/许可, 万元). */
  context: string;
  /** The year of the value's column, when the table has one column per year (指标 | 2021年 | 2022年). */
  year?: number;
}

interface Line {
  text: string;
  start: number;
}

const NUMERIC = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const EMPTY_CELL = /^(?:|-|—|--|\/|无)$/;
const LABEL = /^[^。;!?]{1,30}$/;
const TITLE_LINES = 3;
// | --- | :---: |: a Markdown header separator, not a row.
const SEPARATOR_CELL = /^:?-{3,}:?$/;

export function isNumericCell(text: string): boolean {
  return NUMERIC.test(text);
}

function lines(norm: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const text of norm.split('\n')) {
    out.push({ text: text.replace(/\r$/, ''), start });
    start += text.length + 1;
  }
  return out;
}

function cellsOf(line: Line): Cell[] {
  const out: Cell[] = [];
  let from = 0;
  const parts = line.text.split('|');
  parts.forEach((raw, i) => {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const start = line.start + from + lead;
    from += raw.length + 1;
    if ((i === 0 || i === parts.length - 1) && text === '') return;
    out.push({ text, start, end: start + text.length });
  });
  return out;
}

function titleAbove(all: Line[], index: number): string {
  for (let i = index - 1; i >= Math.max(0, index - TITLE_LINES); i--) {
    const t = all[i].text.trim();
    if (t && !t.includes('|')) return t;
  }
  return '';
}

/** Pairs from pipe tables: a header row over one value row, key | value rows, and a 合计 row under a header. */
export function pipeTablePairs(norm: string): TablePair[] {
  const all = lines(norm);
  const out: TablePair[] = [];
  for (let i = 0; i < all.length; i++) {
    if (!all[i].text.includes('|')) continue;
    let j = i;
    while (j < all.length && all[j].text.includes('|')) j++;
    const rows = all.slice(i, j).map(cellsOf);
    const title = titleAbove(all, i);
    out.push(...rowPairs(rows, title));
    i = j;
  }
  return out;
}

function isLabelRow(row: Cell[]): boolean {
  return row.length > 1 && row.every((c) => !NUMERIC.test(c.text) && !EMPTY_CELL.test(c.text));
}

function rowPairs(rows: Cell[][], title: string): TablePair[] {
  const out: TablePair[] = [];
  let header: Cell[] | null = null;
  let body: Cell[][] = [];
  const flush = () => {
    if (header) out.push(...bodyPairs(header, body, title));
    body = [];
  };
  for (const row of rows) {
    if (row.every((c) => SEPARATOR_CELL.test(c.text))) continue;
    if (isLabelRow(row)) {
      flush();
      header = row;
      continue;
    }
    const first = row[0]?.text ?? '';
    if (row.length === 2 && !NUMERIC.test(first) && NUMERIC.test(row[1].text)) {
      const context = `${title} ${(header ?? []).map((c) => c.text).join(' ')}`;
      out.push({
        label: row[0],
        value: row[1],
        context,
      });
      continue;
    }
    body.push(row);
  }
  flush();
  return out;
}

const YEAR_HEADER = /^(\d{4})年度?$/;

/** 指标 | 2021年 | 2022年 | 增减: each row's label with its value in each year's column. */
function yearColumnPairs(header: Cell[], rows: Cell[][], title: string): TablePair[] {
  const context = `${title} ${header.map((c) => c.text).join(' ')}`;
  const out: TablePair[] = [];
  for (const row of rows) {
    if (NUMERIC.test(row[0].text)) continue;
    header.forEach((h, k) => {
      const year = YEAR_HEADER.exec(h.text)?.[1];
      if (k > 0 && year && NUMERIC.test(row[k].text))
        out.push({ label: row[0], value: row[k], context, year: Number(year) });
    });
  }
  return out;
}

/**
 * 信息内容 | 本年制发件数 | 本年废止件数 over 行政规范性文件 | 3 | 2: each cell under a row label and a column header,
 * labelled by both (行政规范性文件本年制发件数); the label rules are anchored, so other combinations match nothing.
 */
function crossPairs(header: Cell[], rows: Cell[][], title: string): TablePair[] {
  const context = `${title} ${header.map((c) => c.text).join(' ')}`;
  const out: TablePair[] = [];
  for (const row of rows) {
    if (NUMERIC.test(row[0].text) || EMPTY_CELL.test(row[0].text)) continue;
    // 行政处罚 | 合计（件） | 1,408: a category and an item label the value, not the column header (数量).
    const labels = row.findIndex((c) => NUMERIC.test(c.text) || EMPTY_CELL.test(c.text));
    if (labels === 2) {
      if (NUMERIC.test(row[2].text))
        out.push({ label: { ...row[0], text: row[0].text + row[1].text }, value: row[2], context });
      continue;
    }
    for (let k = 1; k < row.length; k++) {
      if (NUMERIC.test(row[k].text))
        out.push({ label: { ...row[0], text: row[0].text + header[k].text }, value: row[k], context });
    }
  }
  return out;
}

/** Header over body rows: one value row maps cell by cell; with several rows only a 合计/总计 row does. */
function bodyPairs(header: Cell[], body: Cell[][], title: string): TablePair[] {
  const rows = body.filter((r) => r.length === header.length);
  if (header.some((c) => YEAR_HEADER.test(c.text))) return yearColumnPairs(header, rows, title);
  const totals = rows.filter((r) => /^(?:合计|总计)/.test(r[0].text));
  const valueRows = rows.filter((r) => r.every((c) => NUMERIC.test(c.text) || EMPTY_CELL.test(c.text)));
  const chosen =
    totals.length === 1 ? totals[0] : valueRows.length === 1 && rows.length === 1 ? valueRows[0] : null;
  if (!chosen) return crossPairs(header, rows, title);
  const context = `${title} ${header.map((c) => c.text).join(' ')}`;
  const out: TablePair[] = [];
  header.forEach((label, k) => {
    if (NUMERIC.test(chosen[k].text)) {
      out.push({ label, value: chosen[k], context });
    }
  });
  return out;
}

type Kind = 'empty' | 'blank' | 'num' | 'label' | 'prose';

function kindOf(text: string): Kind {
  if (text === '') return 'empty';
  const t = text.trim();
  if (t === '' || EMPTY_CELL.test(t)) return 'blank';
  if (NUMERIC.test(t)) return 'num';
  return LABEL.test(t) && !t.includes('|') ? 'label' : 'prose';
}

/** Pairs from one-cell-per-line tables, aligned from the right (headers may wrap over several lines). */
export function lineTablePairs(norm: string): TablePair[] {
  const all = lines(norm);
  const kinds = all.map((l) => kindOf(l.text));
  const out: TablePair[] = [];
  let i = 0;
  while (i < all.length) {
    if (kinds[i] !== 'label') {
      i++;
      continue;
    }
    let j = i;
    while (j < all.length && kinds[j] !== 'prose') j++;
    out.push(...blockPairs(all.slice(i, j), kinds.slice(i, j), titleAbove(all, i)));
    i = j + 1;
  }
  return out;
}

/** Cells separated by one empty line (so an empty cell is a whitespace-only line), judged by most gaps. */
function isDoubleSpaced(kinds: Kind[]): boolean {
  let single = 0;
  let none = 0;
  let run = -1;
  for (const k of kinds) {
    if (k === 'empty') {
      if (run >= 0) run++;
      continue;
    }
    if (run === 0) none++;
    else if (run === 1) single++;
    run = 0;
  }
  return single > none;
}

function blockPairs(block: Line[], kinds: Kind[], title: string): TablePair[] {
  const doubleSpaced = isDoubleSpaced(kinds);
  const cells: { line: Line; kind: Kind }[] = [];
  block.forEach((line, k) => {
    if (kinds[k] === 'empty' && doubleSpaced) return;
    cells.push({ line, kind: kinds[k] === 'empty' ? 'blank' : kinds[k] });
  });
  const out: TablePair[] = [];
  let k = 0;
  while (k < cells.length) {
    const labels: Line[] = [];
    while (k < cells.length && cells[k].kind !== 'num') {
      if (cells[k].kind === 'label') labels.push(cells[k].line);
      k++;
    }
    const values: { line: Line; kind: Kind }[] = [];
    while (k < cells.length && cells[k].kind !== 'label') values.push(cells[k++]);
    while (values.length && values[values.length - 1].kind === 'blank') values.pop();
    out.push(...alignFromRight(labels, values, title));
  }
  return out;
}

function toCell(l: Line): Cell {
  const lead = l.text.length - l.text.trimStart().length;
  const text = l.text.trim();
  return { text, start: l.start + lead, end: l.start + lead + text.length };
}

function alignFromRight(labels: Line[], values: { line: Line; kind: Kind }[], title: string): TablePair[] {
  const tableAt = labels.findLastIndex((l) => /表/.test(l.text));
  const headers = labels.slice(tableAt + 1).map((l) => l.text.trim());
  const tableTitle = tableAt >= 0 ? labels[tableAt].text.trim() : title;
  if (headers.length < 2 || values.filter((c) => c.kind === 'num').length < 2) return [];
  const context = `${tableTitle} ${headers.join(' ')}`;
  const totalAt = headers.findIndex((h) => /^(?:合计|总计)/.test(h));
  const offset = values.length - headers.length;
  let sumChecked = false;
  if (totalAt >= 0) {
    const v = totalAt + offset;
    if (v > 1 && values[v].kind === 'num') {
      const sum = values
        .slice(0, v)
        .reduce((acc, c) => acc + (c.kind === 'num' ? Number(c.line.text.trim()) : 0), 0);
      sumChecked = Math.abs(sum - Number(values[v].line.text.trim())) < 1e-6;
    }
  }
  if (offset !== 0 && !sumChecked) return [];
  const out: TablePair[] = [];
  const firstHeader = labels.length - headers.length;
  headers.forEach((_, h) => {
    const v = h + offset;
    if (v < 0 || values[v].kind !== 'num' || (offset !== 0 && h < totalAt)) return;
    out.push({
      label: toCell(labels[firstHeader + h]),
      value: toCell(values[v].line),
      context,
    });
  });
  return out;
}
