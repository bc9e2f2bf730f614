import { estimateTextWidth, truncateToWidth } from './text-width.ts';

export interface HeatmapRow {
  key: string;
  label: string;
  /** Optional per-row figure drawn as a small bar right of the grid (e.g. disclosure completeness 0-1). */
  score?: { value: number; text: string } | null;
}

export interface HeatmapColumn {
  key: string;
  label: string;
  /** Columns with the same group get a shared band label above them. */
  group?: string;
}

export interface HeatmapCell {
  row: string;
  col: string;
  fill: string;
  /** Text drawn inside the cell when it fits. */
  text?: string;
  textFill?: string;
  /** Hatched fill, for approximate values. */
  hatch?: boolean;
  /** Accessible name and tooltip fallback, e.g. "湖南省通信管理局 · 行政复议案件数：4件". */
  label: string;
}

export interface LegendItem {
  label: string;
  fill: string;
  hatch?: boolean;
  /** A sample text drawn in the swatch, e.g. "0". */
  text?: string;
}

export interface HeatmapLayoutOptions {
  width: number;
  height?: number;
  fontSize: number;
  /** Widest a column gets, in em; keeps a few columns from turning into wide slabs. */
  maxColumnEm?: number;
}

export type ColumnLabelMode = 'wrap' | 'stack' | 'rotate';

export interface CellMark extends HeatmapCell {
  x: number;
  y: number;
  w: number;
  h: number;
  showText: boolean;
  rowIndex: number;
  colIndex: number;
}

export interface HeatmapLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  gridWidth: number;
  gridHeight: number;
  cells: CellMark[];
  rowLabels: { key: string; y: number; text: string; visible: boolean }[];
  colLabels: { key: string; x: number; lines: string[]; mode: ColumnLabelMode }[];
  /** Font size of the column labels. */
  labelFont: number;
  groups: { text: string; x: number; width: number }[];
  scores: { key: string; y: number; barWidth: number; maxWidth: number; text: string }[];
  columnWidth: number;
  rowHeight: number;
  labelMode: ColumnLabelMode;
}

const isMostlyCjk = (s: string) =>
  [...s].filter((c) => (c.codePointAt(0) ?? 0) >= 0x2e80).length * 2 >= [...s].length;

/** Splits a label into at most `maxLines` lines that fit `width`, the last one cut with … when needed. */
export function wrapLabel(text: string, width: number, fontSize: number, maxLines = 3): string[] {
  const tokens = isMostlyCjk(text) ? [...text] : text.split(/(?<=\s)/);
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (current && estimateTextWidth(current + token, fontSize) > width) {
      lines.push(current.trimEnd());
      current = token.trimStart();
    } else current += token;
  }
  if (current) lines.push(current.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncateToWidth(lines.slice(maxLines - 1).join(''), width, fontSize);
  return kept;
}

/** Pure layout of a row × column matrix of coloured cells, with wrapped or vertical column labels. */
export function layoutHeatmap(
  rows: readonly HeatmapRow[],
  columns: readonly HeatmapColumn[],
  cells: readonly HeatmapCell[],
  options: HeatmapLayoutOptions,
): HeatmapLayout {
  const { width, fontSize } = options;
  const hasScores = rows.some((r) => r.score);
  const rowLabelWidth = Math.max(fontSize * 3, ...rows.map((r) => estimateTextWidth(r.label, fontSize)));
  const left = Math.min(rowLabelWidth + fontSize * 0.8, width * 0.3);
  const right = hasScores ? fontSize * 7 : fontSize * 0.5;
  const available = Math.max(columns.length * 2, width - left - right);
  // Below 9px a column cannot carry a label; the grid then grows wider than `width` (the chart scrolls).
  const columnWidth = Math.max(
    9,
    Math.min(available / Math.max(1, columns.length), fontSize * (options.maxColumnEm ?? 8)),
  );
  const gridWidth = columnWidth * columns.length;

  const labelMode: ColumnLabelMode =
    columnWidth >= fontSize * 3.6 ? 'wrap' : columns.every((c) => isMostlyCjk(c.label)) ? 'stack' : 'rotate';
  // Vertical labels shrink with narrow columns (down to 8px) so they never overlap their neighbours.
  const labelFont =
    labelMode === 'wrap' ? fontSize * 0.85 : Math.max(8, Math.min(fontSize * 0.85, columnWidth * 0.92));
  const maxStack = 9;
  const colLines = columns.map((c) =>
    labelMode === 'wrap'
      ? wrapLabel(c.label, columnWidth - 6, labelFont)
      : labelMode === 'stack'
        ? [...(c.label.length > maxStack ? `${[...c.label].slice(0, maxStack - 1).join('')}…` : c.label)]
        : [truncateToWidth(c.label, fontSize * 9, labelFont)],
  );
  const labelHeight =
    labelMode === 'wrap'
      ? Math.max(1, ...colLines.map((l) => l.length)) * labelFont * 1.2 + fontSize * 0.4
      : labelMode === 'stack'
        ? Math.max(1, ...colLines.map((l) => l.length)) * labelFont * 1.05 + fontSize * 0.4
        : Math.max(...colLines.map((l) => estimateTextWidth(l[0], labelFont))) + fontSize * 0.6;
  const hasGroups = columns.some((c) => c.group);
  const groupHeight = hasGroups ? fontSize * 1.6 : 0;
  const margin = { top: groupHeight + labelHeight, right, bottom: fontSize * 0.5, left };

  // A fixed height (export) fits the rows into it, but rows never grow past 2.4em: few rows stay compact.
  const rowHeight = options.height
    ? Math.max(
        2,
        Math.min(fontSize * 2.4, (options.height - margin.top - margin.bottom) / Math.max(1, rows.length)),
      )
    : fontSize * 1.9;
  const gridHeight = rowHeight * rows.length;
  const height = options.height ?? Math.ceil(margin.top + gridHeight + margin.bottom);
  const gap = Math.min(2, columnWidth * 0.1, rowHeight * 0.1);

  const rowIndex = new Map(rows.map((r, i) => [r.key, i]));
  const colIndex = new Map(columns.map((c, i) => [c.key, i]));
  const byKey = new Map(cells.map((c) => [`${c.row}\u0000${c.col}`, c]));
  const marks: CellMark[] = [];
  for (const r of rows) {
    for (const c of columns) {
      const cell = byKey.get(`${r.key}\u0000${c.key}`) ?? { row: r.key, col: c.key, fill: 'none', label: '' };
      const ri = rowIndex.get(r.key)!;
      const ci = colIndex.get(c.key)!;
      const w = columnWidth - gap;
      const h = rowHeight - gap;
      const textWidth = cell.text ? estimateTextWidth(cell.text, fontSize * 0.8) : 0;
      marks.push({
        ...cell,
        x: ci * columnWidth,
        y: ri * rowHeight,
        w,
        h,
        showText: Boolean(cell.text) && textWidth <= w - 3 && h >= fontSize * 0.95,
        rowIndex: ri,
        colIndex: ci,
      });
    }
  }
  const labelEvery = Math.max(1, Math.ceil((fontSize * 0.95) / rowHeight));
  const rowLabels = rows.map((r, i) => ({
    key: r.key,
    y: i * rowHeight + rowHeight / 2,
    text: truncateToWidth(r.label, left - fontSize * 0.6, fontSize),
    visible: i % labelEvery === 0,
  }));
  const colLabels = columns.map((c, i) => ({
    key: c.key,
    x: i * columnWidth + columnWidth / 2,
    lines: colLines[i],
    mode: labelMode,
  }));
  const groups: HeatmapLayout['groups'] = [];
  columns.forEach((c, i) => {
    const last = groups[groups.length - 1];
    if (c.group && last && columns[i - 1]?.group === c.group) last.width += columnWidth;
    else if (c.group) groups.push({ text: c.group, x: i * columnWidth, width: columnWidth });
  });
  for (const g of groups) g.text = truncateToWidth(g.text, g.width - 4, fontSize * 0.8);
  const barMax = fontSize * 3;
  const scores = rows.flatMap((r, i) =>
    r.score
      ? [
          {
            key: r.key,
            y: i * rowHeight + rowHeight / 2,
            barWidth: Math.max(0, Math.min(1, r.score.value)) * barMax,
            maxWidth: barMax,
            text: r.score.text,
          },
        ]
      : [],
  );
  return {
    width: Math.max(width, left + gridWidth + right),
    height,
    margin,
    gridWidth,
    gridHeight,
    cells: marks,
    rowLabels,
    colLabels,
    groups,
    scores,
    columnWidth,
    rowHeight,
    labelMode,
    labelFont,
  };
}
