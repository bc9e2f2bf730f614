import {
  clearDeck,
  loadSlides,
  moveItem,
  removeSlide,
  saveOrder,
  type Slide,
} from '../../lib/charts/export/deck-store.ts';

/** The pinned slides, with an object URL per slide for thumbnails and the player; call `dispose()` when done. */
export class DeckState {
  slides: Slide[] = $state([]);
  loaded = $state(false);
  error: string | null = $state(null);
  urls: Record<string, string> = $state({});

  async load(): Promise<void> {
    try {
      this.#setSlides(await loadSlides());
      this.error = null;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.loaded = true;
    }
  }

  #setSlides(slides: Slide[]): void {
    const next: Record<string, string> = {};
    for (const s of slides) {
      next[s.id] = this.urls[s.id] ?? URL.createObjectURL(new Blob([s.svg], { type: 'image/svg+xml' }));
    }
    for (const [id, url] of Object.entries(this.urls)) if (!(id in next)) URL.revokeObjectURL(url);
    this.urls = next;
    this.slides = slides;
  }

  async move(index: number, delta: number): Promise<void> {
    const next = moveItem(this.slides, index, delta);
    this.#setSlides(next);
    await saveOrder(next.map((s) => s.id));
  }

  async remove(id: string): Promise<void> {
    this.#setSlides(this.slides.filter((s) => s.id !== id));
    await removeSlide(id);
  }

  async clear(): Promise<void> {
    this.#setSlides([]);
    await clearDeck();
  }

  dispose(): void {
    for (const url of Object.values(this.urls)) URL.revokeObjectURL(url);
    this.urls = {};
  }
}
