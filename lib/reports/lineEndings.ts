/**
 * Reports written on Windows, and text pasted into a browser form (which submits CRLF), end lines
 * with "\r\n". The parsers read lines as "\n"-terminated, so they work on a copy with "\n" endings,
 * and the spans they give are mapped back onto the text as stored.
 */

export interface UnixText {
  text: string;
  /** An offset into `text` → the same place in the original. */
  toOriginal(offset: number): number;
}

export function withUnixLineEndings(original: string): UnixText {
  if (!original.includes("\r")) return { text: original, toOriginal: (offset) => offset };
  // Where each dropped "\r" stood, as an offset into the normalized text (the "\n" after it).
  const dropped: number[] = [];
  let text = "";
  let from = 0;
  for (let i = original.indexOf("\r"); i !== -1; i = original.indexOf("\r", i + 1)) {
    text += original.slice(from, i);
    if (original[i + 1] === "\n") dropped.push(text.length);
    else text += "\n"; // a lone "\r" (classic Mac) ends a line too
    from = i + 1;
  }
  text += original.slice(from);
  return { text, toOriginal: (offset) => offset + countBelow(dropped, offset) };
}

/** How many sorted values are below `n` (binary search). */
function countBelow(sorted: readonly number[], n: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < n) low = mid + 1;
    else high = mid;
  }
  return low;
}
