import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 't', to: 'cn' });

// Characters that are common in traditional-script government prose and differ from simplified; a text
// without any of them is treated as simplified and skips the (slower) OpenCC pass.
const TRADITIONAL_HINT =
  /[處罰復議萬億數據與為於們這個來時會對發經關後實現說當進報國區縣機構審規範書證檢網訴訟辦統計劃員廳務單總與應級並買賣顯點類]/;

function foldWidth(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000 || code === 0x00a0) return 0x20;
  if (code === 0xfe6a) return 0x25; // ﹪ small percent sign
  if (code === 0xfe50) return 0x2c; // ﹐ small comma
  return code;
}

/**
 * Folds full-width ASCII to half-width and traditional characters to simplified, one character for one, so
 * every offset into the result is also an offset into the original text.
 */
export function normalizeText(text: string): string {
  let script = text;
  if (TRADITIONAL_HINT.test(text)) {
    const converted = toSimplified(text);
    script = converted.length === text.length ? converted : convertCharwise(text);
  }
  let out = '';
  let changed = false;
  const codes: number[] = new Array(script.length);
  for (let i = 0; i < script.length; i++) {
    const code = script.charCodeAt(i);
    const folded = foldWidth(code);
    if (folded !== code) changed = true;
    codes[i] = folded;
  }
  if (!changed) return script;
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

function convertCharwise(text: string): string {
  let out = '';
  for (const ch of text) {
    const converted = toSimplified(ch);
    out += converted.length === ch.length ? converted : ch;
  }
  return out;
}
