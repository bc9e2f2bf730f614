import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DecodeError } from './decode-error.ts';
import { BundledBinaryData, isNode, nodeAssetDefaults, type PdfAssetOptions } from './pdf-assets.ts';
import { layoutPdfText, type PdfPage, type PdfTextItem } from './pdf-layout.ts';

type PdfjsLib = typeof Pdfjs;

let pdfjsPromise: Promise<PdfjsLib> | null = null;

// The legacy build runs on Node 20 and on the older Chromium cores common on government intranets. In the
// browser its worker is a Vite-emitted asset of this origin (never a CDN); Node uses pdfjs' in-process worker.
function loadPdfjs(): Promise<PdfjsLib> {
  pdfjsPromise ??= (async () => {
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    if (!isNode && !lib.GlobalWorkerOptions.workerSrc) {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url');
      lib.GlobalWorkerOptions.workerSrc = worker.default;
    }
    return lib;
  })();
  return pdfjsPromise;
}

/** A PDF's text layer via pdfjs (loaded on first use), laid out as report lines. */
export async function decodePdf(
  bytes: Uint8Array,
  file: string,
  assets: PdfAssetOptions = {},
): Promise<string> {
  const pdfjs = await loadPdfjs();
  const { cMapUrl, standardFontDataUrl } = { ...nodeAssetDefaults(), ...assets };
  // pdfjs transfers (detaches) the buffer it is given; hand it a copy so the caller's bytes stay usable.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    verbosity: 0,
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    BinaryDataFactory: isNode || cMapUrl ? undefined : BundledBinaryData,
    isEvalSupported: false,
    stopAtErrors: false,
  });
  try {
    const doc = await task.promise;
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.length === 0) continue;
        const [a, b, , , x, y] = item.transform as number[];
        items.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height || 10 });
      }
      pages.push({ items });
      page.cleanup();
    }
    const text = layoutPdfText(pages);
    if (text.replace(/\s/g, '').length === 0) {
      throw new DecodeError(file, `no text layer in ${doc.numPages}-page pdf (scanned images need OCR)`);
    }
    return text;
  } catch (err) {
    if (err instanceof DecodeError) throw err;
    throw new DecodeError(file, pdfReason(err));
  } finally {
    await task.destroy();
  }
}

function pdfReason(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') return 'encrypted pdf (password required)';
  if (name === 'InvalidPDFException') return `corrupt or truncated pdf (${message})`;
  if (/unexpected end|truncat|xref|startxref|invalid pdf/i.test(message))
    return `corrupt or truncated pdf (${message})`;
  return `unreadable pdf (${message.slice(0, 120)})`;
}
