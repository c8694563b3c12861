import type { Severity } from "../findings/types";
import { compareFindings } from "../grouping/canonicalOrder";
import { cweId } from "../weakness/cweId";
import { findingTokens } from "../text/findingText";
import { termFrequencies, textSimilarity, textVectors } from "../grouping/text";
import type { GroupableFinding } from "../grouping/types";
import { severityAt, severityByReviewer, severityRank } from "./severityScale";

/** The headline of an issue: a title, a severity and the CWEs its reviewers cited. */

/** Each reviewer counts once, with its most severe rating of the issue; unrated findings are ignored. */
export interface IssueSeverity {
  /** Median of the reviewers' ratings; with an even count, the more severe middle value. */
  median: Severity | null;
  /** The least severe rating any reviewer gave. */
  min: Severity | null;
  /** The most severe rating any reviewer gave. */
  max: Severity | null;
}

export interface IssueSummary {
  title: string;
  /** The finding the title was taken from. */
  titleFindingId: string | null;
  severity: IssueSeverity;
  /** Distinct explicit CWEs ("CWE-89"), most cited first, then by number. */
  cwe: string[];
}

/** Titles shorter than this are labels ("Exception Handling"); longer ones are paragraphs. */
const READABLE_TITLE = { min: 12, max: 90 } as const;

export function issueSummary(findings: readonly GroupableFinding[]): IssueSummary {
  const representative = mostRepresentative(findings);
  return {
    title: representative?.title ?? "",
    titleFindingId: representative?.id ?? null,
    severity: severitySummary(findings),
    cwe: citedCwes(findings),
  };
}

/**
 * The most central finding: highest mean text similarity to the others. Ties (always the case
 * with two findings) go to a readable-length title, then the one naming more (distinct content
 * words: "Error handling in load_interface_driver" over "Exception handling"), then one with an
 * explicit CWE, then the more severe rating, then the canonical finding order.
 */
function mostRepresentative(findings: readonly GroupableFinding[]): GroupableFinding | null {
  const sorted = [...findings].sort(compareFindings);
  if (sorted.length <= 1) return sorted[0] ?? null;
  const vectors = textVectors(sorted);
  const centrality = vectors.map((v, i) => {
    let sum = 0;
    vectors.forEach((w, j) => (sum += i === j ? 0 : textSimilarity(v, w)));
    return Math.round((sum / (sorted.length - 1)) * 1e6);
  });
  const readable = (f: GroupableFinding) => f.title.length >= READABLE_TITLE.min && f.title.length <= READABLE_TITLE.max;
  const content = sorted.map((f) => new Set([...termFrequencies(findingTokens({ title: f.title, body: "" })).keys()]).size);
  const rank = (f: GroupableFinding) => (f.severity === null ? Infinity : severityRank(f.severity));
  const order = sorted.map((_, i) => i);
  order.sort(
    (a, b) =>
      centrality[b] - centrality[a] ||
      Number(readable(sorted[b])) - Number(readable(sorted[a])) ||
      content[b] - content[a] ||
      Number(cweId(sorted[b].cwe) !== null) - Number(cweId(sorted[a].cwe) !== null) ||
      rank(sorted[a]) - rank(sorted[b]) ||
      a - b,
  );
  return sorted[order[0]];
}

function severitySummary(findings: readonly GroupableFinding[]): IssueSeverity {
  const ranks = [...severityByReviewer(findings).values()].map(severityRank).sort((a, b) => a - b);
  if (ranks.length === 0) return { median: null, min: null, max: null };
  // Ranks run from critical (0) down; the lower middle index is the more severe of two middles.
  const median = ranks[Math.floor((ranks.length - 1) / 2)];
  return { median: severityAt(median), min: severityAt(ranks[ranks.length - 1]), max: severityAt(ranks[0]) };
}

function citedCwes(findings: readonly GroupableFinding[]): string[] {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const id = cweId(f.cwe);
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || Number(a[0].slice(4)) - Number(b[0].slice(4))).map(([id]) => id);
}
