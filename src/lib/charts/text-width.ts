/** Approximate rendered width of a label: CJK and full-width characters take 1em, others about 0.6em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += code >= 0x2e80 || (code >= 0xff00 && code <= 0xffef) ? 1 : 0.6;
  }
  return em * fontSize;
}

/** Cuts a label to fit `maxWidth`, ending in … when cut. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && estimateTextWidth(chars.join('') + '…', fontSize) > maxWidth) chars.pop();
  return chars.join('') + '…';
}
