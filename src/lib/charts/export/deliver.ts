/** Saves a blob under a file name through a temporary link (works offline, no server round trip). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type ClipboardOutcome = { ok: true } | { ok: false; reason: 'unsupported' | 'denied'; detail: string };

/**
 * Puts a PNG on the clipboard. The blob is passed as a promise so the call happens within the click's user
 * activation even when rendering takes a while.
 */
export async function copyPng(png: Promise<Blob>): Promise<ClipboardOutcome> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    png.catch(() => {});
    return { ok: false, reason: 'unsupported', detail: 'navigator.clipboard.write / ClipboardItem missing' };
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return { ok: true };
  } catch (e) {
    // A render failure is the caller's error, not the clipboard's.
    await png;
    return {
      ok: false,
      reason: 'denied',
      detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
    };
  }
}
