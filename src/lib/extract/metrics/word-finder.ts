/**
 * Finds which words of a fixed vocabulary occur wholly inside spans of a text, in one pass over each span
 * (a first-character table, then startsWith), instead of one `includes` call per word.
 */
export class WordFinder {
  readonly size: number;
  private readonly firstChar = new Uint8Array(0x10000);
  private readonly byFirst = new Map<number, { word: string; id: number }[]>();
  private readonly ids = new Map<string, number>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word.length === 0 || this.ids.has(word)) continue;
      const id = this.ids.size;
      this.ids.set(word, id);
      const c = word.charCodeAt(0);
      this.firstChar[c] = 1;
      const list = this.byFirst.get(c) ?? [];
      list.push({ word, id });
      this.byFirst.set(c, list);
    }
    this.size = this.ids.size;
  }

  /** The id of a word of the vocabulary. */
  idOf(word: string): number {
    const id = this.ids.get(word);
    if (id === undefined) throw new Error(`not in the vocabulary: ${word}`);
    return id;
  }

  /** Sets `found[id] = stamp` for every word that occurs inside text[from, to). */
  mark(text: string, from: number, to: number, found: Uint32Array, stamp: number): void {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (this.firstChar[c] === 0) continue;
      for (const { word, id } of this.byFirst.get(c) ?? []) {
        if (i + word.length <= to && text.startsWith(word, i)) found[id] = stamp;
      }
    }
  }
}
