import { decodeDeclared, decodeTextBytes, type TextEncoding } from './decode-text.ts';
import { htmlToText } from './html-to-text.ts';

export interface DecodedHtml {
  text: string;
  encoding: TextEncoding;
}

/** An HTML page: charset from BOM / <meta charset> / http-equiv, else sniffed; then article text. */
export function decodeHtml(bytes: Uint8Array, file: string): DecodedHtml {
  const label = sniffMetaCharset(bytes);
  const decoded = label === null ? decodeTextBytes(bytes, file) : decodeDeclared(bytes, label, file);
  return { text: htmlToText(decoded.text.replace(/^\ufeff/, '')), encoding: decoded.encoding };
}

/** The charset a page declares in its first 4 KB, per the HTML prescan (meta charset or http-equiv). */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 4096); i++)
    head += String.fromCharCode(bytes[i] < 0x80 ? bytes[i] : 0x20);
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = meta[0];
    const direct = tag.match(/\bcharset\s*=\s*["']?\s*([\w.:-]+)/i);
    if (direct) return direct[1];
  }
  const xml = head.match(/<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i);
  return xml ? xml[1] : null;
}
