import { DecodeError } from './decode-error.ts';
import { decodeHtml } from './decode-html.ts';
import type { PdfAssetOptions } from './pdf-assets.ts';
import { decodeTextBytes } from './decode-text.ts';
import { detectFormat, type ReportFormat } from './detect-format.ts';
import { removeConversionArtefacts } from './web-junk.ts';

export { DecodeError } from './decode-error.ts';
export type { ReportFormat } from './detect-format.ts';
export type { PdfAssetOptions } from './pdf-assets.ts';

export interface DecodedReport {
  /** Report text. For .txt exactly the decoded file (BOM and \r\n kept), so offsets match the file. */
  text: string;
  format: ReportFormat;
  /** Character encoding of txt/html input; 'binary' for docx and pdf. */
  encoding: string;
}

export interface DecodeOptions {
  /** Overrides where pdfjs' cmaps / standard fonts are fetched from (defaults: node_modules, bundled assets). */
  pdf?: PdfAssetOptions;
}

/**
 * bytes -> text for every supported report format; shared by Node scripts and the browser drop zone.
 * mammoth and pdfjs are imported only when a .docx or .pdf arrives. Throws DecodeError(file, reason).
 */
export async function decodeReport(
  bytes: Uint8Array,
  file: string,
  options: DecodeOptions = {},
): Promise<DecodedReport> {
  if (bytes.length === 0) throw new DecodeError(file, 'empty file');
  const format = detectFormat(bytes, file);
  if (typeof format !== 'string') throw new DecodeError(file, `unsupported format: ${format.unsupported}`);
  let decoded: DecodedReport;
  if (format === 'txt') {
    const { text, encoding } = decodeTextBytes(bytes, file);
    decoded = { text, format, encoding };
  } else if (format === 'html') {
    const { text, encoding } = decodeHtml(bytes, file);
    decoded = { text: removeConversionArtefacts(text), format, encoding };
  } else if (format === 'docx') {
    const { decodeDocx } = await import('./decode-docx.ts');
    decoded = { text: removeConversionArtefacts(await decodeDocx(bytes, file)), format, encoding: 'binary' };
  } else {
    const { decodePdf } = await import('./decode-pdf.ts');
    decoded = {
      text: removeConversionArtefacts(await decodePdf(bytes, file, options.pdf)),
      format,
      encoding: 'binary',
    };
  }
  if (!/\S/.test(decoded.text)) throw new DecodeError(file, `no text content in ${format} file`);
  return decoded;
}
