import type { LineRange } from "../findings/types";

/**
 * Location proximity. Weak evidence both ways: reviewers number lines differently (one counts
 * 83-90 for a loop another puts at 70), and different issues often sit on the same lines (an
 * error handler that both leaks details and exits the process). Different files, on the other
 * hand, rarely hold the same issue.
 */

export interface LocationInput {
  lines: readonly LineRange[];
  path: string | null;
}

export interface LineMatch {
  /** −1 (different files) .. 1 (small overlapping ranges); 0 when either side has no location. */
  score: number;
  detail: string;
  labels: string[];
}

/** Ranges up to this many lines are "specific"; overlap involving a longer range counts proportionally less. */
const SPECIFIC_SPAN = 10;
const NEAR_GAP = 3;
const CLOSE_GAP = 10;
const SCORE = { near: 0.5, close: 0.2, far: -0.3, otherFile: -1 } as const;

export function formatRange(r: LineRange): string {
  return r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`;
}

export function formatRanges(ranges: readonly LineRange[]): string {
  return ranges.map(formatRange).join(", ");
}

function gap(a: LineRange, b: LineRange): number {
  return Math.max(a.start, b.start) - Math.min(a.end, b.end);
}

function span(r: LineRange): number {
  return r.end - r.start + 1;
}

function rangePairScore(a: LineRange, b: LineRange): number {
  const g = gap(a, b);
  if (g <= 0) return Math.min(1, SPECIFIC_SPAN / Math.max(span(a), span(b)));
  if (g <= NEAR_GAP) return SCORE.near;
  if (g <= CLOSE_GAP) return SCORE.close;
  return SCORE.far;
}

/** Paths name the same file when one ends with the other ("views.py" vs "invoices/views.py"). */
export function samePath(a: string, b: string): boolean {
  const na = a.replace(/\\/g, "/").replace(/^\.\//, "").toLowerCase();
  const nb = b.replace(/\\/g, "/").replace(/^\.\//, "").toLowerCase();
  return na === nb || na.endsWith(`/${nb}`) || nb.endsWith(`/${na}`);
}

export function lineProximity(a: LocationInput, b: LocationInput): LineMatch {
  if (a.path && b.path && !samePath(a.path, b.path))
    return { score: SCORE.otherFile, detail: `different files: ${a.path} vs ${b.path}`, labels: [a.path, b.path] };
  if (a.lines.length === 0 || b.lines.length === 0) return { score: 0, detail: "", labels: [] };
  let best = -Infinity;
  let closest = Infinity;
  for (const ra of a.lines)
    for (const rb of b.lines) {
      best = Math.max(best, rangePairScore(ra, rb));
      closest = Math.min(closest, gap(ra, rb));
    }
  const labels = [formatRanges(a.lines), formatRanges(b.lines)];
  const relation = closest <= 0 ? "overlapping" : closest <= CLOSE_GAP ? "nearby" : "distant";
  return { score: best, detail: `${relation} lines ${labels[0]} and ${labels[1]}`, labels };
}

/** True when no range of one finding overlaps a range of the other. */
export function linesDisjoint(a: readonly LineRange[], b: readonly LineRange[]): boolean {
  return a.every((ra) => b.every((rb) => gap(ra, rb) > 0));
}
