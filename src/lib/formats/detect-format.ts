export type ReportFormat = 'txt' | 'html' | 'docx' | 'pdf';

/** A format the layer recognises but cannot read; the message tells the user what to do instead. */
export interface UnsupportedFormat {
  unsupported: string;
}

const EXTENSIONS: Record<string, ReportFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'txt',
  csv: 'txt',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

const UNSUPPORTED_EXTENSIONS: Record<string, string> = {
  doc: 'legacy Word .doc; save it as .docx',
  wps: 'WPS .wps; save it as .docx',
  rtf: 'RTF; save it as .docx or .txt',
  xls: 'spreadsheet',
  xlsx: 'spreadsheet',
  ofd: 'OFD; export it as PDF',
  zip: 'archive; unpack the report first',
};

/** Magic bytes first (zip, %PDF, OLE, images, markup), then the file extension, then plain text. */
export function detectFormat(bytes: Uint8Array, file: string): ReportFormat | UnsupportedFormat {
  const magic = sniffMagic(bytes);
  if (magic !== null) return magic;
  const ext = file.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  // Web sites often serve HTML saved as .doc; the content decides.
  if (looksLikeHtml(bytes)) return 'html';
  if (ext in UNSUPPORTED_EXTENSIONS) return { unsupported: UNSUPPORTED_EXTENSIONS[ext] };
  return EXTENSIONS[ext] ?? 'txt';
}

function sniffMagic(bytes: Uint8Array): ReportFormat | UnsupportedFormat | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'docx';
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { unsupported: 'legacy or password-protected Office file (.doc/.wps/.xls); save it as .docx' };
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66]))
    return { unsupported: 'RTF; save it as .docx or .txt' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return { unsupported: 'binary image file (PNG/JPEG); a scanned report needs OCR first' };
  }
  if (
    startsWith(bytes, [0x1f, 0x8b]) ||
    startsWith(bytes, [0x52, 0x61, 0x72, 0x21]) ||
    startsWith(bytes, [0x37, 0x7a, 0xbc])
  ) {
    return { unsupported: 'binary archive; unpack the report first' };
  }
  return null;
}

/** Markup at the start of the file (after a BOM and whitespace), in UTF-8/GBK or UTF-16. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  if (!startsWithMarkup(bytes)) return false;
  const head = asciiHead(bytes, 1024).toLowerCase().trimStart();
  return /^(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--[\s\S]*?-->\s*<(!doctype|html))/.test(
    head,
  );
}

// asciiHead() reads NUL as nothing and non-ASCII bytes as spaces, so its trimmed text starts with '<' only when
// the first other byte is '<'; checking that first avoids building the string for every plain-text file.
function startsWithMarkup(bytes: Uint8Array): boolean {
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) {
    const b = bytes[i];
    if (b === 0 || b >= 0x80 || b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    return b === 0x3c;
  }
  return false;
}

function asciiHead(bytes: Uint8Array, n: number): string {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  let s = '';
  for (let i = utf16 ? 2 : start; i < Math.min(bytes.length, n); i++) {
    const b = bytes[i];
    if (b === 0) continue;
    s += b < 0x80 ? String.fromCharCode(b) : ' ';
  }
  return s;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function indexOfAscii(bytes: Uint8Array, needle: string, limit: number): number {
  const head = bytes.subarray(0, limit);
  const end = head.length - needle.length;
  const first = needle.charCodeAt(0);
  outer: for (let i = head.indexOf(first); i >= 0 && i <= end; i = head.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}
