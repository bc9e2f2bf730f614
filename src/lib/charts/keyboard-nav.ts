/** Index of the mark that arrow/Home/End keys move focus to in a list or a grid of `columns` columns. */
export function nextIndex(key: string, index: number, count: number, columns = 1): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, index + columns);
    case 'ArrowUp':
      return Math.max(0, index - columns);
    case 'ArrowRight':
      return Math.min(last, index + 1);
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'Home':
      return columns > 1 ? index - (index % columns) : 0;
    case 'End':
      return columns > 1 ? Math.min(last, index - (index % columns) + columns - 1) : last;
    default:
      return null;
  }
}
