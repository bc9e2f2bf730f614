import { DecodeError } from './decode-error.ts';
import { decodeTextBytes } from './decode-text.ts';

export { DecodeError } from './decode-error.ts';

export type ReportFormat = 'txt';

export interface DecodedReport {
  text: string;
  format: ReportFormat;
  encoding: string;
}

/** bytes -> text for every supported report format; shared by Node scripts and the browser drop zone. */
export async function decodeReport(bytes: Uint8Array, file: string): Promise<DecodedReport> {
  if (bytes.length === 0) throw new DecodeError(file, 'empty file');
  const decoded = decodeTextBytes(bytes, file);
  const text = decoded.text;
  if (text.trim().length === 0) throw new DecodeError(file, 'no text content');
  return { text, format: 'txt', encoding: decoded.encoding };
}
