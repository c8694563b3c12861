export interface HighlightSpan {
  id: string;
  start: number;
  end: number;
}

export type Segment = { kind: "text"; start: number; end: number } | { kind: "mark"; start: number; end: number; spanId: string };

/**
 * Cuts a text into plain and highlighted runs. Spans rarely nest or overlap (a parser's section and
 * a finding inside it); a highlight cannot be half inside another, so spans are taken in order of
 * their start (the longer first on a tie) and any span that begins inside one already taken is
 * left out of the text and reported as skipped.
 */
export function highlightSegments(length: number, spans: HighlightSpan[]): { segments: Segment[]; skipped: string[] } {
  const ordered = spans
    .map((s) => ({ id: s.id, start: clamp(s.start, length), end: clamp(s.end, length) }))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const segments: Segment[] = [];
  const skipped: string[] = [];
  let cursor = 0;
  for (const span of ordered) {
    if (span.end <= span.start || span.start < cursor) {
      skipped.push(span.id);
      continue;
    }
    if (span.start > cursor) segments.push({ kind: "text", start: cursor, end: span.start });
    segments.push({ kind: "mark", start: span.start, end: span.end, spanId: span.id });
    cursor = span.end;
  }
  if (cursor < length) segments.push({ kind: "text", start: cursor, end: length });
  return { segments, skipped };
}

function clamp(n: number, length: number): number {
  return Math.min(Math.max(0, Math.trunc(Number.isFinite(n) ? n : 0)), length);
}
