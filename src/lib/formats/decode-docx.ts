import { DecodeError } from './decode-error.ts';
import { htmlToText } from './html-to-text.ts';

interface MammothResult {
  value: string;
  messages: { type: string; message: string }[];
}

interface MammothModule {
  convertToHtml(
    input: { arrayBuffer: ArrayBuffer; buffer: Uint8Array },
    options?: { convertImage?: unknown; ignoreEmptyParagraphs?: boolean },
  ): Promise<MammothResult>;
  images: { imgElement(f: () => Promise<{ src: string }>): unknown };
}

let mammothPromise: Promise<MammothModule> | null = null;

// mammoth is CommonJS: Node exposes it as the default export, Vite's interop as the namespace itself.
function loadMammoth(): Promise<MammothModule> {
  mammothPromise ??= import('mammoth').then((mod) => {
    const ns = mod as unknown as MammothModule & { default?: MammothModule };
    return ns.default ?? ns;
  });
  return mammothPromise;
}

/** A Word .docx file via mammoth (loaded on first use): paragraphs, headings and tables become lines. */
export async function decodeDocx(bytes: Uint8Array, file: string): Promise<string> {
  const mammoth = await loadMammoth();
  const arrayBuffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  let result: MammothResult;
  try {
    // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`; giving both serves either.
    result = await mammoth.convertToHtml(
      { arrayBuffer, buffer: bytes },
      {
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        ignoreEmptyParagraphs: true,
      },
    );
  } catch (err) {
    throw new DecodeError(file, docxReason(err));
  }
  return htmlToText(result.value);
}

function docxReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/main document part|word\/document\.xml/i.test(message))
    return 'zip archive without word/document.xml (not a Word .docx)';
  if (/central directory|zip|corrupt|end of data|invalid|signature/i.test(message))
    return 'corrupt .docx (broken zip archive)';
  return `unreadable .docx (${message.slice(0, 120)})`;
}
