/**
 * Moves label positions (sorted by their wanted value) apart so neighbours are at least `gap` apart, staying
 * within [min, max] when there is room; returns positions in the input order.
 */
export function dodge(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  const order = wanted.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v || a.i - b.i);
  const placed = order.map((o) => o.v);
  for (let k = 0; k < placed.length; k++) {
    placed[k] = Math.max(placed[k], min, k > 0 ? placed[k - 1] + gap : min);
  }
  const overflow = placed.length > 0 ? placed[placed.length - 1] - max : 0;
  if (overflow > 0) {
    placed[placed.length - 1] -= overflow;
    for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k], placed[k + 1] - gap);
    const underflow = min - placed[0];
    if (underflow > 0) for (let k = 0; k < placed.length; k++) placed[k] += underflow;
  }
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = placed[k]));
  return out;
}
