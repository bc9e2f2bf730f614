import type { ChartContext } from '../chart-types.ts';
import type { Lang } from '../format-number.ts';
import { addSlide } from './deck-store.ts';
import { copyPng, downloadBlob } from './deliver.ts';
import { m } from './export-messages.ts';
import { buildExport, NothingToExportError, type ExportResult } from './export-pipeline.ts';
import type { StageRenderer } from './stage.ts';
import { exportFileName, resolvePreset, type ExportPreset } from './presets.ts';
import { svgToPng } from './rasterize.ts';
import { loadSettings, saveSettings, type ExportSettings } from './settings.ts';
import { themeById } from './themes.ts';

export interface ExportSource {
  title: string;
  subtitle: string;
  description: string;
  context: ChartContext | undefined;
  lang: Lang;
  renderStage: StageRenderer;
  clearStage: () => void;
}

class StalePreview extends Error {}

export type ExportStatus = { kind: 'info' | 'error'; text: string; deckLink?: boolean } | null;

/** The export dialog's state and actions; jobs run one at a time because they share one offscreen stage. */
export class ExportController {
  settings: ExportSettings = $state(loadSettings());
  title = $state('');
  subtitle = $state('');
  busy = $state(false);
  status: ExportStatus = $state(null);
  previewUrl: string | null = $state(null);
  readonly #source: ExportSource;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(source: ExportSource) {
    this.#source = source;
    this.title = source.title;
    this.subtitle = source.subtitle;
  }

  get preset(): ExportPreset {
    const s = this.settings;
    return resolvePreset(s.presetId, { width: s.customWidth, height: s.customHeight });
  }

  #build(embedFonts: boolean, preset = this.preset, stale?: () => boolean): Promise<ExportResult> {
    // What was on screen when asked, even if the fields change while the job waits in the queue.
    const s = { ...this.settings };
    const title = this.title.trim() || this.#source.title;
    const subtitle = this.subtitle.trim();
    saveSettings(s);
    const job = this.#queue.then(async () => {
      if (stale?.()) throw new StalePreview();
      try {
        return await buildExport(
          {
            preset,
            theme: themeById(s.themeId),
            title,
            subtitle,
            description: this.#source.description,
            context: this.#source.context,
            lang: this.#source.lang,
            timestamp: s.timestamp ? Date.now() : null,
            embedFonts,
          },
          this.#source.renderStage,
        );
      } finally {
        this.#source.clearStage();
      }
    });
    this.#queue = job.catch(() => {});
    return job;
  }

  async #act(action: () => Promise<ExportStatus>): Promise<void> {
    const lang = this.#source.lang;
    this.busy = true;
    this.status = { kind: 'info', text: m('working', lang) };
    try {
      this.status = await action();
    } catch (e) {
      const text = e instanceof NothingToExportError ? m('noChart', lang) : m('failed', lang) + String(e);
      this.status = { kind: 'error', text };
    } finally {
      this.busy = false;
    }
  }

  #fontWarning(result: ExportResult): ExportStatus | null {
    return result.fontError ? { kind: 'error', text: m('fontFailed', this.#source.lang) } : null;
  }

  #fileName(ext: string): string {
    const p = this.preset;
    return exportFileName(this.title || this.#source.title, p.width, p.height, this.settings.scale, ext);
  }

  downloadSvg(): Promise<void> {
    return this.#act(async () => {
      const result = await this.#build(this.settings.embedSvgFonts);
      downloadBlob(new Blob([result.svg], { type: 'image/svg+xml;charset=utf-8' }), this.#fileName('svg'));
      return this.#fontWarning(result) ?? { kind: 'info', text: m('downloaded', this.#source.lang) };
    });
  }

  async #png(): Promise<{ png: Blob; result: ExportResult }> {
    performance.mark('fazhi:export-start');
    const result = await this.#build(true);
    const p = this.preset;
    const png = await svgToPng(result.svg, p.width, p.height, this.settings.scale);
    performance.measure('fazhi:export-png', 'fazhi:export-start');
    return { png, result };
  }

  downloadPng(): Promise<void> {
    return this.#act(async () => {
      const { png, result } = await this.#png();
      downloadBlob(png, this.#fileName('png'));
      return this.#fontWarning(result) ?? { kind: 'info', text: m('downloaded', this.#source.lang) };
    });
  }

  copyPng(): Promise<void> {
    return this.#act(async () => {
      const lang = this.#source.lang;
      const rendered = this.#png();
      const outcome = await copyPng(rendered.then((r) => r.png));
      if (!outcome.ok) {
        const key = outcome.reason === 'unsupported' ? 'clipboardUnsupported' : 'clipboardDenied';
        return { kind: 'error', text: `${m(key, lang)}（${outcome.detail}）` };
      }
      return this.#fontWarning((await rendered).result) ?? { kind: 'info', text: m('copied', lang) };
    });
  }

  /** Pins the chart as a 16:9 slide (large fonts, fonts embedded) with its title and the view's URL. */
  pin(): Promise<void> {
    return this.#act(async () => {
      const result = await this.#build(true, resolvePreset('slide-16x9'));
      const count = await addSlide({
        id: crypto.randomUUID(),
        title: this.title.trim() || this.#source.title,
        subtitle: this.subtitle.trim(),
        viewUrl: location.href,
        createdAt: Date.now(),
        width: result.layout.width,
        height: result.layout.height,
        svg: result.svg,
      });
      return { kind: 'info', text: m('pinned', this.#source.lang, { n: count }), deckLink: true };
    });
  }

  /** Renders the export as configured into an object URL for the preview image; returns its cleanup. */
  refreshPreview(): () => void {
    let cancelled = false;
    const timer = setTimeout(() => {
      // A preview superseded while it waited in the queue is not rendered at all.
      this.#build(true, this.preset, () => cancelled)
        .then((result) => {
          if (cancelled) return;
          this.setPreview(URL.createObjectURL(new Blob([result.svg], { type: 'image/svg+xml' })));
        })
        .catch(() => {
          if (!cancelled) this.setPreview(null);
        });
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }

  setPreview(url: string | null): void {
    if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
    this.previewUrl = url;
  }
}
