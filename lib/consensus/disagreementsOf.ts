import type { LineRange, Stance } from "../findings/types";
import { formatRanges, linesDisjoint, samePath } from "../grouping/lines";
import type { GroupableFinding } from "../grouping/types";
import { cweId } from "../weakness/cweId";
import { severityByReviewer, severityRank } from "./severityScale";
import { listing, reviewersByValue, says } from "./wording";

/**
 * Where the reviewers of one issue disagree, in words a person can act on. Each kind is reported
 * at most once per issue.
 */

export const DISAGREEMENT_KINDS = ["severity", "stance", "cwe", "location", "verdict"] as const;
export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number];

export interface Disagreement {
  kind: DisagreementKind;
  detail: string;
}

/** Adjacent ratings (high vs medium) are ordinary calibration noise; two levels apart is a real dispute. */
const SEVERITY_GAP = 2;

export function disagreementsOf(findings: readonly GroupableFinding[], noIssueReviewers: readonly string[]): Disagreement[] {
  return [severity(findings), stance(findings), cwe(findings), location(findings), verdict(findings, noIssueReviewers)].filter(
    (d): d is Disagreement => d !== null,
  );
}

function severity(findings: readonly GroupableFinding[]): Disagreement | null {
  const byValue = reviewersByValue(severityByReviewer(findings));
  const ranked = [...byValue.keys()].sort((a, b) => severityRank(a) - severityRank(b));
  if (ranked.length < 2) return null;
  const high = ranked[0];
  const low = ranked[ranked.length - 1];
  if (severityRank(low) - severityRank(high) < SEVERITY_GAP) return null;
  return { kind: "severity", detail: `${says(byValue.get(high)!)} ${high}, ${says(byValue.get(low)!)} ${low}` };
}

const STANCE_STRENGTH: Record<Stance, number> = { vulnerability: 2, concern: 1, "not-security": 0 };

function stance(findings: readonly GroupableFinding[]): Disagreement | null {
  const strongest = new Map<string, Stance>();
  for (const f of findings) {
    const current = strongest.get(f.reviewer);
    if (current === undefined || STANCE_STRENGTH[f.stance] > STANCE_STRENGTH[current]) strongest.set(f.reviewer, f.stance);
  }
  const byValue = reviewersByValue(strongest);
  const dismissers = byValue.get("not-security");
  if (!dismissers || dismissers.length === strongest.size) return null;
  const callers = (["vulnerability", "concern"] as const)
    .filter((s) => byValue.has(s))
    .map((s) => `${listing(byValue.get(s)!)} ${byValue.get(s)!.length === 1 ? "calls" : "call"} it a ${s}`);
  return { kind: "stance", detail: `${says(dismissers)} it is not a security issue, while ${listing(callers)}` };
}

function cwe(findings: readonly GroupableFinding[]): Disagreement | null {
  const byCwe = new Map<string, Set<string>>();
  for (const f of findings) {
    const id = cweId(f.cwe);
    if (id) byCwe.set(id, (byCwe.get(id) ?? new Set()).add(f.reviewer));
  }
  if (byCwe.size < 2) return null;
  const parts = [...byCwe]
    .sort((a, b) => cweNumber(a[0]) - cweNumber(b[0]))
    .map(([id, reviewers]) => `${says([...reviewers].sort())} ${id}`);
  return { kind: "cwe", detail: parts.join(", ") };
}

function cweNumber(id: string): number {
  return Number(id.slice(4));
}

interface Location {
  lines: LineRange[];
  paths: Set<string>;
}

function locationsByReviewer(findings: readonly GroupableFinding[]): Map<string, Location> {
  const out = new Map<string, Location>();
  for (const f of findings) {
    const loc = out.get(f.reviewer) ?? { lines: [], paths: new Set<string>() };
    loc.lines.push(...f.lines);
    if (f.path) loc.paths.add(f.path);
    out.set(f.reviewer, loc);
  }
  return out;
}

/** Reviewers point at places that do not meet: other files, or line ranges that do not overlap. */
function location(findings: readonly GroupableFinding[]): Disagreement | null {
  const byReviewer = locationsByReviewer(findings);
  const reviewers = [...byReviewer.keys()].sort();
  const pathOf = (r: string) => [...byReviewer.get(r)!.paths].sort();
  const withPaths = reviewers.filter((r) => pathOf(r).length > 0);
  const otherFile = withPaths.some((a) => withPaths.some((b) => pathOf(a).every((pa) => pathOf(b).every((pb) => !samePath(pa, pb)))));
  if (otherFile) return { kind: "location", detail: describe(withPaths, (r) => pathOf(r).join(", ")) };

  const linesOf = (r: string) => sortedRanges(byReviewer.get(r)!.lines);
  const withLines = reviewers
    .filter((r) => byReviewer.get(r)!.lines.length > 0)
    .sort((a, b) => linesOf(a)[0].start - linesOf(b)[0].start || (a < b ? -1 : 1));
  const apart = withLines.some((a) => withLines.some((b) => a < b && linesDisjoint(linesOf(a), linesOf(b))));
  if (!apart) return null;
  return { kind: "location", detail: `lines ${describe(withLines, (r) => formatRanges(linesOf(r)))}` };
}

function sortedRanges(ranges: readonly LineRange[]): LineRange[] {
  const seen = new Set<string>();
  return [...ranges]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((r) => !seen.has(`${r.start}-${r.end}`) && seen.add(`${r.start}-${r.end}`));
}

/** "70 (reviewer-000, reviewer-001) vs 83-90 (reviewer-002)", places in the order their first reviewer is given. */
function describe(reviewers: readonly string[], place: (reviewer: string) => string): string {
  const byPlace = new Map<string, string[]>();
  for (const r of reviewers) byPlace.set(place(r), [...(byPlace.get(place(r)) ?? []), r]);
  return [...byPlace].map(([where, who]) => `${where} (${who.join(", ")})`).join(" vs ");
}

function verdict(findings: readonly GroupableFinding[], noIssueReviewers: readonly string[]): Disagreement | null {
  const flaggers = [...new Set(findings.map((f) => f.reviewer))].sort();
  const silent = [...new Set(noIssueReviewers)].filter((r) => !flaggers.includes(r)).sort();
  if (silent.length === 0 || flaggers.length === 0) return null;
  return {
    kind: "verdict",
    detail: `${listing(silent)} reported no defects at all, while ${listing(flaggers)} flagged this`,
  };
}
