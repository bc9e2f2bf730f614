// Where pdfjs finds its character maps (needed for PDFs whose CJK fonts are not embedded). Node reads them from
// node_modules; the browser gets the Chinese ones as Vite-emitted assets of this origin, fetched on demand.

export interface PdfAssetOptions {
  /** Base URL (trailing slash) of pdfjs-dist/cmaps/; overrides the bundled maps in the browser. */
  cMapUrl?: string;
  /** Base URL (trailing slash) of pdfjs-dist/standard_fonts/. */
  standardFontDataUrl?: string;
}

export const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

/** Filesystem paths into node_modules/pdfjs-dist (pdfjs reads them with fs, which wants paths, not URLs). */
export function nodeAssetDefaults(): PdfAssetOptions {
  if (!isNode || typeof import.meta.resolve !== 'function') return {};
  try {
    const root = new URL('../../', import.meta.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
    const dir = (sub: string) =>
      decodeURIComponent(new URL(sub, root).pathname).replace(/^\/([A-Za-z]:)/, '$1');
    return { cMapUrl: dir('cmaps/'), standardFontDataUrl: dir('standard_fonts/') };
  } catch {
    return {};
  }
}

type AssetUrls = Record<string, () => Promise<string>>;
let bundled: AssetUrls | null = null;

// Simplified (GB) and traditional (CNS1, Big5, HK) maps only: about 60 of pdfjs' 169 files.
function bundledCMaps(): AssetUrls {
  bundled ??= import.meta.glob(
    [
      '../../../node_modules/pdfjs-dist/cmaps/*GB*.bcmap',
      '../../../node_modules/pdfjs-dist/cmaps/*CNS*.bcmap',
      '../../../node_modules/pdfjs-dist/cmaps/B5*.bcmap',
      '../../../node_modules/pdfjs-dist/cmaps/ETen*.bcmap',
      '../../../node_modules/pdfjs-dist/cmaps/HK*.bcmap',
    ],
    { query: '?url', import: 'default' },
  ) as AssetUrls;
  return bundled;
}

/** pdfjs `BinaryDataFactory` for the browser: serves the bundled character maps by file name. */
export class BundledBinaryData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const entry = Object.entries(bundledCMaps()).find(([path]) => path.endsWith(`/${filename}`));
    if (kind !== 'cMapUrl' || entry === undefined)
      throw new Error(`no bundled pdf asset ${kind} ${filename}`);
    const url = await entry[1]();
    // Vite inlines small maps as data: URLs; decoding them here keeps working under a connect-src 'self' CSP.
    const inline = url.match(/^data:[^,]*;base64,(.*)$/);
    if (inline) return Uint8Array.from(atob(inline[1]), (c) => c.charCodeAt(0));
    const response = await fetch(url);
    if (!response.ok) throw new Error(`pdf asset ${filename}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}
