/**
 * A bit set over hashed character pairs: "may a name start with these two characters?" in two array reads,
 * so dictionary scans skip most positions of a text without touching a Map.
 */
export class PairFilter {
  private readonly bits = new Uint32Array(1 << 15);

  add(word: string): void {
    const h = ((word.charCodeAt(0) << 7) ^ word.charCodeAt(1)) & 0xfffff;
    this.bits[h >>> 5] |= 1 << (h & 31);
  }

  has(a: number, b: number): boolean {
    const h = ((a << 7) ^ b) & 0xfffff;
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0;
  }
}
