import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 't', to: 'cn' });

// Characters that are common in traditional-script government prose and differ from simplified; a text
// without any of them is treated as simplified and skips the (slower) OpenCC pass.
const TRADITIONAL_HINT = new Uint8Array(0x10000);
for (const ch of '處罰復議萬億數據與為於們這個來時會對發經關後實現說當進報國區縣機構審規範書證檢網訴訟辦統計劃員廳務單總應級並買賣顯點類')
  TRADITIONAL_HINT[ch.charCodeAt(0)] = 1;

function hasTraditionalHint(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (TRADITIONAL_HINT[text.charCodeAt(i)]) return true;
  return false;
}

function foldWidth(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000 || code === 0x00a0) return 0x20;
  if (code === 0xfe6a) return 0x25; // ﹪ small percent sign
  if (code === 0xfe50) return 0x2c; // ﹐ small comma
  return code;
}

const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0\ufe6a\ufe50]/g;

// A regex replace leaves a flat string, which later per-character scans read faster than a concatenation.
function foldWidths(text: string): string {
  return text.replace(FOLDABLE, (ch) => String.fromCharCode(foldWidth(ch.charCodeAt(0))));
}

/**
 * Folds full-width ASCII to half-width and traditional characters to simplified, one character for one, so
 * every offset into the result is also an offset into the original text.
 */
export function normalizeText(text: string): string {
  let script = text;
  if (hasTraditionalHint(text)) {
    const converted = toSimplified(text);
    script = converted.length === text.length ? converted : convertCharwise(text);
  }
  return foldWidths(script);
}

function convertCharwise(text: string): string {
  let out = '';
  for (const ch of text) {
    const converted = toSimplified(ch);
    out += converted.length === ch.length ? converted : ch;
  }
  return out;
}
