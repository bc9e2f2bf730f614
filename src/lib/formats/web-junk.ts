// Page furniture that survives element-level cleaning: footers written as plain paragraphs, share and print
// widgets, breadcrumbs. Only short lines without sentence punctuation are candidates, so body text is never
// dropped; 发布时间 / 来源 lines stay because the metadata extractor reads them.

const JUNK_LINE =
  /ICP备|ICP证|公网安备|网站标识码|网站标志码|版权所有|copyright|©|主办单位|承办单位|技术支持|网站地图|联系我们|免责声明|设为首页|加入收藏|无障碍|适老化|关怀版|繁體|繁体版|简体版|扫一扫|手机版|移动版|电脑端|打印本页|关闭窗口|返回顶部|分享到|当前位置|您所在的位置|用户登录|还没有账号|立即注册|相关链接|相关文章|相关新闻|上一篇|下一篇|责任编辑|网友评论/i;
const CONTACT = /(电话|热线|传真|邮编|邮政编码|邮箱|e-?mail|地址)\s*[:：]/i;
const BREADCRUMB = /^(首页|网站首页|主页)\s*(>|›|»|＞|\/|→)/;
const SENTENCE = /[。！？；]/;

const INLINE_JUNK: RegExp[] = [
  /(浏览次数|访问次数|阅读次数|访问量|点击数|点击量|阅读量|浏览量)\s*[:：]?\s*\d*/g,
  /【?\s*(字体|字号)\s*[:：]?\s*[[【(（]?\s*(大|中|小|\s)*\s*[\]】)）]?\s*】?/g,
  /(打印本页|关闭窗口|【打印】|【关闭】|\[打印\]|\[关闭\])/g,
  /分享到\s*[:：]?.*$/g,
];

/** Drops furniture lines and strips counters / widgets from meta lines; keeps everything else verbatim. */
export function cleanWebLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.length <= 80 && !SENTENCE.test(line) && isFurniture(line)) continue;
    let cleaned = line;
    if (line.length <= 120 && !SENTENCE.test(line)) {
      for (const re of INLINE_JUNK) cleaned = cleaned.replace(re, ' ');
      cleaned = cleaned.replace(/\s{2,}/g, ' ').trim();
      if (cleaned.length === 0) continue;
    }
    out.push(cleaned);
  }
  return out;
}

function isFurniture(line: string): boolean {
  return JUNK_LINE.test(line) || CONTACT.test(line) || BREADCRUMB.test(line);
}

/** Artefacts of office-to-text conversion that are not part of the report. */
export function removeConversionArtefacts(text: string): string {
  return text.replace(/\[bookmark: [^\]\n]*\]/g, '');
}
