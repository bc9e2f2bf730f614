import type { Lang } from '../format-number.ts';

const MESSAGES = {
  export: { zh: '导出', en: 'Export' },
  exportTitle: { zh: '导出图表', en: 'Export chart' },
  pin: { zh: '固定到演示', en: 'Pin to deck' },
  close: { zh: '关闭', en: 'Close' },
  title: { zh: '标题', en: 'Title' },
  subtitle: { zh: '副标题', en: 'Subtitle' },
  size: { zh: '尺寸', en: 'Size' },
  'preset.slide-16x9': { zh: '16:9 幻灯片（1920×1080）', en: '16:9 slide (1920×1080)' },
  'preset.slide-4x3': { zh: '4:3 幻灯片（1600×1200）', en: '4:3 slide (1600×1200)' },
  'preset.a4-portrait': {
    zh: 'A4 纵向打印（1240×1754，150 dpi）',
    en: 'A4 portrait print (1240×1754, 150 dpi)',
  },
  'preset.square': { zh: '正方形（1080×1080）', en: 'Square (1080×1080)' },
  'preset.custom': { zh: '自定义', en: 'Custom' },
  width: { zh: '宽', en: 'Width' },
  height: { zh: '高', en: 'Height' },
  theme: { zh: '配色', en: 'Theme' },
  scale: { zh: 'PNG 清晰度', en: 'PNG resolution' },
  timestamp: { zh: '注明导出时间', en: 'Add export time' },
  embedSvgFonts: { zh: 'SVG 内嵌字体（无中文字体的电脑也能显示）', en: 'Embed fonts in SVG' },
  downloadSvg: { zh: '下载 SVG', en: 'Download SVG' },
  downloadPng: { zh: '下载 PNG', en: 'Download PNG' },
  copyPng: { zh: '复制为图片', en: 'Copy as image' },
  preview: { zh: '预览', en: 'Preview' },
  working: { zh: '正在生成…', en: 'Rendering…' },
  downloaded: { zh: '已下载', en: 'Downloaded' },
  copied: { zh: '已复制到剪贴板，可直接粘贴到 PPT/WPS。', en: 'Copied; paste it into your slides.' },
  clipboardDenied: {
    zh: '浏览器拒绝了剪贴板访问，请改用“下载 PNG”。',
    en: 'The browser refused clipboard access; use “Download PNG” instead.',
  },
  clipboardUnsupported: {
    zh: '此浏览器不支持复制图片，请改用“下载 PNG”。',
    en: 'This browser cannot copy images; use “Download PNG” instead.',
  },
  fontFailed: {
    zh: '中文字体加载失败，导出的图片在没有中文字体的电脑上可能显示为方框。',
    en: 'The CJK font could not be loaded; the export may show boxes on computers without Chinese fonts.',
  },
  pinned: { zh: '已固定到演示，共 {n} 页。', en: 'Pinned to the deck ({n} slides).' },
  openDeck: { zh: '打开演示', en: 'Open deck' },
  failed: { zh: '导出失败：', en: 'Export failed: ' },
  noChart: { zh: '没有可导出的图表。', en: 'There is no chart to export.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ExportMessageKey = keyof typeof MESSAGES;

export function m(key: ExportMessageKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
