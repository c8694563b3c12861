import type { LineRange } from "../findings/types";
import { samePath } from "../grouping/lines";
import { codeUnits, unitsHolding } from "./codeUnits";
import type { CodeFile, ReviewedCode } from "./reviewedCode";

/**
 * The reviewed code at an issue's lines, as code-scanning views show it: each place the reviewers
 * cite, with a few lines around it, the cited lines marked, the function it is in, and who cited it.
 * Reviewers who cite nearby lines (70 and 71-72) share one excerpt.
 */

export interface Citation {
  reviewer: string;
  lines: readonly LineRange[];
  path: string | null;
}

export interface CodeExcerptLine {
  number: number;
  text: string;
  cited: boolean;
}

export interface CodeExcerpt {
  path: string | null;
  /** The innermost function, method or resource holding the cited lines, if one does. */
  unit: string | null;
  /** Reviewers whose cited lines fall in this excerpt, sorted. */
  citedBy: string[];
  lines: CodeExcerptLine[];
  /** True when the excerpt was cut at MAX_EXCERPT_LINES. */
  truncated: boolean;
}

/** Lines shown before and after the cited ones. */
const CONTEXT = 3;
/** A citation wider than this ("lines 1-120") points at the file, not at a place in it. */
const MAX_CITED_SPAN = 40;
const MAX_EXCERPT_LINES = 40;
const MAX_EXCERPTS = 4;

interface Place {
  file: CodeFile;
  start: number;
  end: number;
  reviewers: Set<string>;
}

export function codeExcerpts(code: ReviewedCode, citations: readonly Citation[]): CodeExcerpt[] {
  const places: Place[] = [];
  for (const citation of citations)
    for (const range of citation.lines) {
      if (range.end - range.start >= MAX_CITED_SPAN) continue;
      const file = fileFor(code, citation.path, range);
      if (file) places.push({ file, start: range.start, end: range.end, reviewers: new Set([citation.reviewer]) });
    }
  // The place most reviewers cite first: that is where the issue is; a stray citation comes after.
  return mergeNearby(places)
    .sort((a, b) => b.reviewers.size - a.reviewers.size || code.files.indexOf(a.file) - code.files.indexOf(b.file) || a.start - b.start)
    .slice(0, MAX_EXCERPTS)
    .map(toExcerpt);
}

/** The file a cited range is in: the one its path names, else the only file, else the only file that has the line. */
function fileFor(code: ReviewedCode, path: string | null, range: LineRange): CodeFile | null {
  const holding = code.files.filter((f) => f.lines.has(range.start));
  if (path !== null) {
    const named = holding.filter((f) => f.path !== null && samePath(f.path, path));
    if (named.length > 0) return named[0];
  }
  return holding.length === 1 ? holding[0] : null;
}

/** Places in one file whose context windows touch become one place. */
function mergeNearby(places: readonly Place[]): Place[] {
  const sorted = [...places].sort((a, b) => a.start - b.start);
  const merged: Place[] = [];
  for (const p of sorted) {
    const near = merged.find((m) => m.file === p.file && p.start - CONTEXT <= m.end + CONTEXT + 1 && m.start - CONTEXT <= p.end + CONTEXT + 1);
    if (!near) {
      merged.push({ ...p, reviewers: new Set(p.reviewers) });
      continue;
    }
    near.start = Math.min(near.start, p.start);
    near.end = Math.max(near.end, p.end);
    for (const r of p.reviewers) near.reviewers.add(r);
  }
  return merged;
}

function toExcerpt(place: Place): CodeExcerpt {
  const numbers = [...place.file.lines.keys()].filter((n) => n >= place.start - CONTEXT && n <= place.end + CONTEXT).sort((a, b) => a - b);
  const shown = numbers.slice(0, MAX_EXCERPT_LINES);
  const [unit] = unitsHolding(codeUnits(place.file), place.start, place.end);
  return {
    path: place.file.path,
    unit: unit?.name ?? null,
    citedBy: [...place.reviewers].sort(),
    lines: shown.map((n) => ({ number: n, text: place.file.lines.get(n)!, cited: n >= place.start && n <= place.end })),
    truncated: shown.length < numbers.length,
  };
}
