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

/**
 * Keyboard handling shared by the chart marks: Enter/Space selects mark `index`; arrows, Home and End move focus
 * to another mark (`[data-index]` inside `root`). Returns the newly focused index, or null when focus stayed.
 */
export function handleMarkKey(
  event: KeyboardEvent,
  index: number,
  count: number,
  root: Element | undefined,
  select: (index: number) => void,
  columns = 1,
): number | null {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    select(index);
    return null;
  }
  const next = nextIndex(event.key, index, count, columns);
  if (next === null) return null;
  event.preventDefault();
  root?.querySelector<SVGElement>(`[data-index="${next}"]`)?.focus();
  return next;
}
