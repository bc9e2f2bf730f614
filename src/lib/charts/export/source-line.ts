import type { Lang } from '../format-number.ts';
import type { ChartContext } from '../chart-types.ts';

/** "2021—2023" for a run of three or more consecutive years, otherwise "2020、2022" ("2020, 2022"). */
export function formatYears(years: readonly number[], lang: Lang): string {
  const sorted = [...new Set(years.filter((y) => Number.isInteger(y)))].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  const consecutive = sorted.every((y, i) => i === 0 || y === sorted[i - 1] + 1);
  const text =
    consecutive && sorted.length >= 3
      ? `${sorted[0]}${lang === 'zh' ? '—' : '–'}${sorted[sorted.length - 1]}`
      : sorted.join(lang === 'zh' ? '、' : ', ');
  return lang === 'zh' ? `${text}年` : text;
}

/**
 * Names a few agencies and counts the rest: all of them when at most `maxNames` fit in about `maxChars`
 * characters, otherwise the first ones and "等 N 家单位" ("and N more").
 */
export function abbreviateAgencies(
  agencies: readonly string[],
  lang: Lang,
  maxNames = 4,
  maxChars = 40,
): string {
  const unique = [...new Set(agencies.filter((a) => a.trim() !== ''))];
  if (unique.length === 0) return '';
  const sep = lang === 'zh' ? '、' : ', ';
  const fitsAll = unique.length <= maxNames && unique.join(sep).length <= maxChars;
  if (fitsAll) return unique.join(sep);
  const shown: string[] = [];
  for (const a of unique.slice(0, Math.max(1, maxNames - 1))) {
    if (shown.length > 0 && [...shown, a].join(sep).length > maxChars) break;
    shown.push(a);
  }
  return lang === 'zh'
    ? `${shown.join(sep)}等 ${unique.length} 家单位`
    : `${shown.join(sep)} and ${unique.length - shown.length} more (${unique.length} agencies)`;
}

/** 数据来源：各单位法治政府建设年度报告（2023年；A、B等 12 家单位） */
export function buildSourceLine(context: ChartContext | undefined, lang: Lang): string {
  const base =
    lang === 'zh'
      ? '数据来源：各单位法治政府建设年度报告'
      : "Source: the agencies' annual reports on building law-based government";
  const parts = [
    formatYears(context?.years ?? [], lang),
    abbreviateAgencies(context?.agencies ?? [], lang),
  ].filter((p) => p !== '');
  if (parts.length === 0) return base;
  return lang === 'zh' ? `${base}（${parts.join('；')}）` : `${base} (${parts.join('; ')})`;
}

export interface FooterOptions {
  lang: Lang;
  /** Export time to print, or null to leave it out. */
  timestamp: Date | null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatTimestamp(date: Date, lang: Lang): string {
  const text = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return lang === 'zh' ? `导出时间：${text}（法治对标）` : `Exported ${text} (Fazhi Benchmark)`;
}

/** The lines printed under an exported chart: source, filters, caveats and, optionally, the export time. */
export function buildFooterLines(context: ChartContext | undefined, options: FooterOptions): string[] {
  const { lang } = options;
  const lines = [buildSourceLine(context, lang)];
  const filters = (context?.filters ?? []).filter((f) => f.trim() !== '');
  if (filters.length > 0)
    lines.push(`${lang === 'zh' ? '筛选条件：' : 'Filters: '}${filters.join(lang === 'zh' ? '；' : '; ')}`);
  for (const note of context?.notes ?? []) if (note.trim() !== '') lines.push(note.trim());
  if (options.timestamp) lines.push(formatTimestamp(options.timestamp, lang));
  return lines;
}
