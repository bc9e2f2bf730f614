// DuckDB-WASM 1.32 (DuckDB 1.4) reports where an error is as a context block under the message:
//   Parser Error: syntax error at or near "x"
//
//   LINE 2: SELECT * FORM x
//                         ^
// The caret column counts terminal cells: East Asian wide characters take two, tabs and other control
// characters none; a long line is cut to a window around the position, with "..." at the cut ends.

const CONTEXT = /\n?LINE (\d+): (.*)\n( *)\^/;

/** Terminal cells of one code point, as DuckDB's renderer counts them. */
export function cellWidth(codePoint: number): number {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
  if (codePoint >= 0x300 && codePoint <= 0x36f) return 0;
  if (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0x303e) ||
    (codePoint >= 0x3041 && codePoint <= 0x33ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0xa000 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1f64f) ||
    (codePoint >= 0x1f900 && codePoint <= 0x1f9ff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** UTF-16 index in `text` of the character at terminal column `column` (clamped to the end). */
export function indexAtColumn(text: string, column: number): number {
  let cells = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const w = cellWidth(cp);
    if (cells + w > column || (w > 0 && cells === column)) return i;
    cells += w;
    i += cp > 0xffff ? 2 : 1;
  }
  return text.length;
}

export interface ErrorLocation {
  /** Offset in the statement (UTF-16 code units) the error points at. */
  offset: number;
  /** 1-based line in the statement. */
  line: number;
}

/** DuckDB's structured error, which the streaming (pending query) path returns as JSON text. */
interface StructuredError {
  exception_type?: string;
  exception_message?: string;
  /** Byte offset (UTF-8) of the error in the statement. */
  position?: string;
}

function structured(message: string): StructuredError | null {
  if (!message.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(message);
    return typeof parsed === 'object' && parsed !== null && 'exception_message' in parsed
      ? (parsed as StructuredError)
      : null;
  } catch {
    return null;
  }
}

/** The message as DuckDB prints it ("Parser Error: …"), whether it came as text or as JSON. */
export function errorText(message: string): string {
  const s = structured(message);
  if (!s) return message;
  const type = s.exception_type && s.exception_type !== 'Invalid' ? `${s.exception_type} Error: ` : '';
  return `${type}${s.exception_message ?? ''}`;
}

/** UTF-16 index in `text` of UTF-8 byte offset `byte`. */
export function indexAtByte(text: string, byte: number): number {
  let bytes = 0;
  let i = 0;
  while (i < text.length && bytes < byte) {
    const cp = text.codePointAt(i) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Where in `statement` a DuckDB error message points, or null when the message has no position. */
export function parseErrorLocation(rawMessage: string, statement: string): ErrorLocation | null {
  const s = structured(rawMessage);
  if (s?.position !== undefined && /^\d+$/.test(s.position)) {
    const offset = Math.min(statement.length, indexAtByte(statement, Number(s.position)));
    return { offset, line: statement.slice(0, offset).split('\n').length };
  }
  const message = errorText(rawMessage);
  const lines = statement.split('\n');
  const lineStart = (n: number) => lines.slice(0, n - 1).reduce((sum, l) => sum + l.length + 1, 0);
  const m = CONTEXT.exec(message);
  if (m) {
    const line = Math.min(Math.max(1, Number(m[1])), lines.length);
    const shown = m[2];
    const column = m[3].length - `LINE ${m[1]}: `.length;
    const actual = lines[line - 1];
    let inShown = indexAtColumn(shown, Math.max(0, column));
    let start = 0;
    if (shown.startsWith('...')) {
      // The shown text is a window of the line; find where that window starts.
      const body = shown.slice(3).replace(/\.\.\.$/, '');
      const found = actual.indexOf(body.slice(0, Math.max(1, Math.min(body.length, 40))));
      start = found >= 0 ? found : 0;
      inShown = Math.max(0, inShown - 3);
    }
    return { line, offset: lineStart(line) + Math.min(actual.length, start + inShown) };
  }
  if (/at end of input/.test(message)) {
    const end = statement.trimEnd().length;
    const line = statement.slice(0, end).split('\n').length;
    return { line, offset: end };
  }
  return null;
}

/** The message without DuckDB's position block (shown separately, as a mark in the editor). */
export function errorSummary(rawMessage: string): string {
  const message = errorText(rawMessage);
  const cut = message.search(/\n\s*\nLINE \d+:|\nLINE \d+:/);
  return (cut >= 0 ? message.slice(0, cut) : message).trim();
}

/** Range to underline: the word (or quoted token) starting at `offset`, at least one character. */
export function errorRange(statement: string, offset: number): { from: number; to: number } {
  const rest = statement.slice(offset);
  const m = /^("(?:[^"]|"")*"|'(?:[^']|'')*'|[\p{L}\p{N}_$.]+|\S)/u.exec(rest);
  const length = m ? Math.min(m[0].length, 80) : 0;
  if (length === 0) {
    // End of input: mark the last character before the position instead.
    const from = Math.max(0, offset - 1);
    return { from, to: Math.max(from + 1, offset) };
  }
  return { from: offset, to: offset + length };
}

/** A hint for errors caused by the console's offline sandbox rather than by the SQL itself. */
export function sandboxHint(message: string): 'noFileAccess' | 'noExtension' | 'blocked' | null {
  if (/file system operations are disabled|Cannot access (file|directory)/i.test(message))
    return 'noFileAccess';
  if (/Loading external extensions is disabled|extension.*disabled/i.test(message)) return 'blocked';
  if (/exists in the \w+ extension|extension "?\w+"? (is )?not (loaded|found)/i.test(message))
    return 'noExtension';
  return null;
}
