import type { ChartContext } from '../chart-types.ts';
import type { Lang } from '../format-number.ts';

const EMPTY: Record<Lang, string> = {
  zh: '所选条件下没有数据，无法导出。',
  en: 'No data for this selection, nothing to export.',
};

/**
 * Why a chart cannot be exported, or null when it can: its context says there is no data (with the view's
 * reason), or nothing was drawn. Kept apart from the export code so ChartFrame can show it without loading that.
 */
export function exportBlockReason(
  context: ChartContext | undefined,
  hasChart: boolean,
  lang: Lang,
): string | null {
  if (context && !context.hasData) {
    const reason = context.emptyReason?.trim().replace(/[。.]$/, '');
    if (!reason) return EMPTY[lang];
    if (/无法导出|nothing to export/i.test(reason)) return reason;
    return lang === 'zh' ? `${reason}，无法导出。` : `${reason}; nothing to export.`;
  }
  return hasChart ? null : EMPTY[lang];
}
