import type { IngestedReport } from '../../lib/ingest/build-rows.ts';

export interface DroppedReport {
  id: number;
  name: string;
  status: 'reading' | 'done' | 'error' | 'adding' | 'added';
  error: string | null;
  report: IngestedReport | null;
  replaced: boolean;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // crypto.subtle exists only in secure contexts (https, localhost); an intranet http page may not have it.
  if (!globalThis.crypto?.subtle) return '';
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reports dropped on the page: decoded and extracted in the browser, optionally added to the session's tables. */
export class ExtractSession {
  items: DroppedReport[] = $state([]);
  selectedId: number | null = $state(null);
  #nextId = 0;

  get selected(): DroppedReport | null {
    return this.items.find((i) => i.id === this.selectedId) ?? null;
  }

  async addFiles(files: readonly File[]): Promise<void> {
    // The extractor, the format decoders and the gazetteer load only when a file is dropped.
    const [{ decodeReport }, { extractReport }] = await Promise.all([
      import('../../lib/formats/index.ts'),
      import('../../lib/extract/index.ts'),
    ]);
    await Promise.all(
      files.map(async (file) => {
        const id = this.#nextId++;
        this.items.push({
          id,
          name: file.name,
          status: 'reading',
          error: null,
          report: null,
          replaced: false,
        });
        this.selectedId ??= id;
        try {
          const bytes = new Uint8Array(await file.arrayBuffer());
          const decoded = await decodeReport(bytes, file.name);
          const report: IngestedReport = {
            file: file.name,
            sha256: await sha256Hex(bytes),
            format: decoded.format,
            encoding: decoded.encoding,
            text: decoded.text,
            extraction: extractReport(decoded.text, file.name),
          };
          this.#patch(id, { status: 'done', report });
        } catch (err) {
          this.#patch(id, { status: 'error', error: err instanceof Error ? err.message : String(err) });
        }
      }),
    );
  }

  async addToSession(id: number): Promise<void> {
    const item = this.items.find((i) => i.id === id);
    if (!item?.report) return;
    this.#patch(id, { status: 'adding', error: null });
    try {
      const [{ addReportToSession }, { invalidateReportsIndex }] = await Promise.all([
        import('../../lib/db/session-reports.ts'),
        import('../../lib/state/reports-index.ts'),
      ]);
      const { replaced } = await addReportToSession(item.report);
      invalidateReportsIndex();
      this.#patch(id, { status: 'added', replaced });
    } catch (err) {
      this.#patch(id, { status: 'done', error: err instanceof Error ? err.message : String(err) });
    }
  }

  #patch(id: number, change: Partial<DroppedReport>): void {
    const i = this.items.findIndex((x) => x.id === id);
    if (i >= 0) this.items[i] = { ...this.items[i], ...change };
  }
}
