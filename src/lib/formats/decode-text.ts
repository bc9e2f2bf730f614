import { DecodeError } from './decode-error.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const SAMPLE = 8192;

/**
 * Decodes plain-text bytes without assuming an encoding: BOMs first, then UTF-16 without BOM, then UTF-8
 * (tolerating a few broken sequences, e.g. a cut-off last character), then GB18030 (a superset of GBK/GB2312).
 */
export function decodeTextBytes(bytes: Uint8Array, file: string): DecodedText {
  // A UTF-8 BOM is kept as U+FEFF so offsets match tools that read the file as plain UTF-8.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeWith('utf-8', bytes, { ignoreBOM: true }), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeWith('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeWith('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };

  if (hasNul(bytes)) {
    const utf16 = guessUtf16(bytes);
    if (utf16) return { text: decodeWith(utf16, bytes), encoding: utf16 };
    throw new DecodeError(file, 'binary content (NUL bytes), not a text report');
  }
  const strict = tryDecode('utf-8', bytes);
  // Bytes below 0x20 decode to themselves, so valid UTF-8 without control characters needs no byte count.
  if ((strict === null || CONTROL_CHAR.test(strict)) && controlRatio(bytes) > 0.01)
    throw new DecodeError(file, 'binary content (control bytes), not a text report');
  if (strict !== null) return { text: strict, encoding: 'utf-8' };
  const gb = tryDecode('gb18030', bytes);
  const loose = decodeWith('utf-8', bytes, { ignoreBOM: true });
  // UTF-8 with a handful of bad sequences (truncation, a stray byte) is still UTF-8; GBK bytes read as UTF-8
  // produce a replacement character every few characters.
  if (countReplacements(loose) <= Math.max(3, loose.length / 2000)) return { text: loose, encoding: 'utf-8' };
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  const looseGb = decodeWith('gb18030', bytes);
  if (countReplacements(looseGb) <= Math.max(3, looseGb.length / 2000))
    return { text: looseGb, encoding: 'gb18030' };
  throw new DecodeError(file, 'not valid UTF-8, UTF-16 or GB18030 text');
}

/** Decodes bytes whose encoding is declared (e.g. by an HTML meta tag); unknown labels fall back to sniffing. */
export function decodeDeclared(bytes: Uint8Array, label: string, file: string): DecodedText {
  const encoding = canonicalEncoding(label);
  // Pages often declare gb2312 but are served as UTF-8; bytes that are valid UTF-8 win over the label.
  if (encoding === null || encoding === 'utf-8') return decodeTextBytes(bytes, file);
  if (encoding === 'gb18030') {
    const utf8 = tryDecode('utf-8', bytes);
    if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  }
  const declared = tryDecode(encoding, bytes);
  return declared !== null ? { text: declared, encoding } : decodeTextBytes(bytes, file);
}

export function canonicalEncoding(label: string): TextEncoding | null {
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (l === 'utf-8' || l === 'utf8') return 'utf-8';
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn|hz-gb-2312)$/.test(l)) return 'gb18030';
  if (l === 'utf-16le' || l === 'utf-16') return 'utf-16le';
  if (l === 'utf-16be') return 'utf-16be';
  return null;
}

function decodeWith(encoding: TextEncoding, bytes: Uint8Array, opts: { ignoreBOM?: boolean } = {}): string {
  return new TextDecoder(encoding, opts).decode(bytes);
}

function tryDecode(encoding: TextEncoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SAMPLE).indexOf(0) >= 0;
}

// eslint-disable-next-line no-control-regex -- the control characters controlRatio() counts
const CONTROL_CHAR = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/;

function controlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) bad++;
  }
  return bad / Math.max(1, n);
}

/** UTF-16 without a BOM: the decoded sample must be mostly CJK, ASCII and CJK punctuation. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0) return null;
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE) & ~1);
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = tryDecode(
      encoding,
      sample.length === bytes.length ? sample : trimSurrogate(sample, encoding),
    );
    if (text !== null && plausibleRatio(text) > 0.95) return encoding;
  }
  return null;
}

function trimSurrogate(sample: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Uint8Array {
  const hi = encoding === 'utf-16le' ? sample[sample.length - 1] : sample[sample.length - 2];
  return hi >= 0xd8 && hi <= 0xdb ? sample.subarray(0, sample.length - 2) : sample;
}

function plausibleRatio(text: string): number {
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x2027)
    ) {
      ok++;
    }
  }
  return ok / Math.max(1, text.length);
}
