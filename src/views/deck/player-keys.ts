/** The slide index after a key press in the player, 'exit' for Escape, or null when the key is not ours. */
export function nextIndex(key: string, index: number, count: number): number | 'exit' | null {
  const last = Math.max(0, count - 1);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return Math.min(last, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}
