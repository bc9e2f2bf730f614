// HTML -> article text without a DOM (runs in Node and in workers): a tag tokenizer with an element stack that
// drops scripts, styles, navigation, headers and footers, and turns block elements into line breaks.
import { decodeEntities } from './html-entities.ts';
import { cleanWebLines } from './web-junk.ts';

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>|<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

const RAW_TEXT = new Set('script style textarea title xmp noscript template iframe noframes'.split(' '));
const VOID = new Set('br hr img input meta link area base col embed param source track wbr'.split(' '));
const BLOCK = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table ' +
    'tbody tfoot thead tr ul br'
  ).split(' '),
);
const JUNK_TAGS = new Set(
  'nav footer aside head select button svg canvas object map audio video menu'.split(' '),
);
const CONTENT_TAGS = new Set(['article', 'main', 'section']);
// Elements a start tag implicitly closes when still open (sloppy pages rarely close <p> or <li>).
const AUTO_CLOSE: Record<string, string[]> = {
  p: ['p'],
  li: ['li'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
};

const JUNK_TOKEN =
  /^(nav|navbar|navs|menu|menus|breadcrumbs?|crumbs?|bread|position|location|weizhi|dqwz|footer|foot|bottom|copyright|sidebar|share|bdshare|toolbar|topbar|header|head|top|banner|login|search|friendlinks?|flinks?|related|pagination|pager|print|qrcode|ewm|tools?|fenxiang|dayin)$/i;
const CONTENT_TOKEN =
  /^(article|content|detail|main|text|title|zoom|news|body|con|wenzhang|xl|tit|info|article_con|pages?_content)$/i;

interface Frame {
  name: string;
  skip: boolean;
}

const SOFT_BREAK = '\u0000';

/** Article text of an HTML page: scripts, styles, navigation and footers dropped, one block per line. */
export function htmlToText(html: string): string {
  const strict = render(html, true);
  const loose = render(html, false);
  // A mis-nested page can leave a "footer" open over the article; fall back to keeping every element.
  return proseLength(strict) < 0.5 * proseLength(loose) ? loose : strict;
}

function render(html: string, dropJunk: boolean): string {
  const out: string[] = [];
  const stack: Frame[] = [];
  let skipDepth = 0;
  let title = '';
  let inPre = 0;
  let rowHasCell = false;
  let last = 0;
  const emitText = (raw: string) => {
    if (skipDepth > 0 || raw.length === 0) return;
    const collapsed =
      inPre > 0 ? raw : raw.replace(/[ \t\r\n\f]+/g, (ws) => (/[\r\n]/.test(ws) ? SOFT_BREAK : ' '));
    out.push(decodeEntities(collapsed));
  };
  const newline = () => {
    if (skipDepth === 0 && out.length > 0 && out[out.length - 1] !== '\n') out.push('\n');
  };
  const pop = (name: string) => {
    let i = stack.length - 1;
    while (i >= 0 && stack[i].name !== name) i--;
    if (i < 0) return false;
    while (stack.length > i) if (stack.pop()?.skip) skipDepth--;
    return true;
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m !== null; m = TOKEN.exec(html)) {
    emitText(html.slice(last, m.index));
    last = TOKEN.lastIndex;
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue;
    if (m[1] === '/') {
      if (name === 'pre') inPre = Math.max(0, inPre - 1);
      const wasBlock = BLOCK.has(name);
      pop(name);
      if (wasBlock) newline();
      if (name === 'tr') rowHasCell = false;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}\\s*>`, 'ig');
      close.lastIndex = last;
      const end = close.exec(html);
      const inner = html.slice(last, end ? end.index : html.length);
      if (name === 'title' && !title) title = decodeEntities(inner.replace(/\s+/g, ' ').trim());
      last = end ? close.lastIndex : html.length;
      TOKEN.lastIndex = last;
      continue;
    }
    for (const closes of AUTO_CLOSE[name] ?? [])
      if (stack.length && stack[stack.length - 1].name === closes) pop(closes);
    if (name === 'td' || name === 'th') {
      if (rowHasCell && skipDepth === 0 && out[out.length - 1] !== '\n') out.push(' | ');
      rowHasCell = true;
    }
    if (name === 'tr') rowHasCell = false;
    if (BLOCK.has(name)) newline();
    if (VOID.has(name) || m[3].trimEnd().endsWith('/')) continue;
    const skip = dropJunk ? isJunk(name, m[3], stack) : name === 'head' || isHidden(m[3]);
    if (name === 'pre') inPre++;
    stack.push({ name, skip });
    if (skip) skipDepth++;
  }
  emitText(html.slice(last));
  const lines = finishLines(out.join(''));
  return withTitle(lines, title).join('\n');
}

function isJunk(name: string, attrs: string, stack: Frame[]): boolean {
  if (JUNK_TAGS.has(name)) return true;
  if (name === 'header' && !stack.some((f) => CONTENT_TAGS.has(f.name))) return true;
  if (isHidden(attrs)) return true;
  const tokens = attrValues(attrs, /^(class|id)$/i)
    .flatMap((v) => v.split(/[\s_-]+/))
    .filter(Boolean);
  return tokens.some((t) => JUNK_TOKEN.test(t)) && !tokens.some((t) => CONTENT_TOKEN.test(t));
}

function isHidden(attrs: string): boolean {
  if (/(^|\s)hidden(\s|=|$)/i.test(attrs)) return true;
  return attrValues(attrs, /^style$/i).some((v) => /display\s*:\s*none|visibility\s*:\s*hidden/i.test(v));
}

function attrValues(attrs: string, name: RegExp): string[] {
  const values: string[] = [];
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(attrs); m !== null; m = ATTR.exec(attrs)) {
    if (name.test(m[1])) values.push(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return values;
}

const CJK = '\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef';
const SOFT_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])${SOFT_BREAK}+(?=[${CJK}])`, 'g');

function finishLines(raw: string): string[] {
  const joined = raw.replace(SOFT_BETWEEN_CJK, '').replaceAll(SOFT_BREAK, ' ');
  const lines = joined
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]{2,}/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
  return cleanWebLines(lines.filter((l) => l.length > 0 && !/^(\s*\|\s*)+$/.test(l)));
}

/** Pages whose article title lives only in <title> ("标题_网站名") get it back as the first line. */
function withTitle(lines: string[], title: string): string[] {
  const head = title.split(/\s*[_|｜]\s*|\s+-\s+/)[0]?.trim() ?? '';
  if ((head.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 6) return lines;
  const compact = head.replace(/\s+/g, '');
  if (lines.some((l) => l.replace(/\s+/g, '').includes(compact))) return lines;
  return [head, ...lines];
}

function proseLength(text: string): number {
  return text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
}
