/** Loads an SVG document as an image; resolves once it has loaded (embedded fonts included, see below). */
export async function loadSvgImage(svg: string): Promise<{ image: HTMLImageElement; release: () => void }> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  const image = new Image();
  try {
    // Wait for `load`, not `decode()`: Chromium resolves decode() before the SVG's data: fonts are ready and
    // the text comes out blank; after `load` (and one more task) the glyphs are there.
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the browser could not load the exported SVG'));
      image.src = url;
    });
    await new Promise((r) => setTimeout(r, 0));
  } catch (e) {
    URL.revokeObjectURL(url);
    throw e;
  }
  return { image, release: () => URL.revokeObjectURL(url) };
}

/** Renders an SVG document to PNG at `scale` × its size (the SVG is drawn as vectors at that resolution). */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const { image, release } = await loadSvgImage(svg);
  try {
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('canvas 2D context unavailable');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    release();
  }
}
