import type { Lang } from '../../lib/charts/format-number.ts';

const MESSAGES = {
  heading: { zh: '演示', en: 'Presentation deck' },
  intro: {
    zh: '在任一图表上点击“固定到演示”，图表会以 16:9 幻灯片保存在本浏览器中（刷新后仍在）。',
    en: 'Use “Pin to deck” on any chart; it is kept here as a 16:9 slide in this browser, across reloads.',
  },
  empty: { zh: '演示中还没有幻灯片。', en: 'The deck has no slides yet.' },
  play: { zh: '全屏播放', en: 'Play full screen' },
  playFrom: { zh: '从此页播放', en: 'Play from here' },
  zipPng: { zh: '导出全部（PNG 压缩包）', en: 'Export all (ZIP of PNGs)' },
  zipSvg: { zh: '导出全部（SVG 压缩包）', en: 'Export all (ZIP of SVGs)' },
  clear: { zh: '清空演示', en: 'Clear deck' },
  confirmClear: { zh: '确定删除全部幻灯片？', en: 'Delete all slides?' },
  up: { zh: '上移', en: 'Move up' },
  down: { zh: '下移', en: 'Move down' },
  remove: { zh: '删除', en: 'Remove' },
  source: { zh: '打开原视图', en: 'Open the view' },
  zipping: { zh: '正在生成第 {n} / {total} 页…', en: 'Rendering slide {n} of {total}…' },
  zipDone: { zh: '已下载 {n} 页。', en: 'Downloaded {n} slides.' },
  failed: { zh: '操作失败：', en: 'Failed: ' },
  exit: { zh: '退出（Esc）', en: 'Exit (Esc)' },
  keys: {
    zh: '← → 翻页 · Home/End 首页/末页 · Esc 退出',
    en: '← → change slide · Home/End first/last · Esc exit',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export function dm(
  key: keyof typeof MESSAGES,
  lang: Lang,
  vars: Record<string, string | number> = {},
): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
