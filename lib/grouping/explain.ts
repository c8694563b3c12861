import type { Evidence, EvidenceKind, FindingGroup } from "./types";

/**
 * One sentence saying why a group's findings were put together, from its evidence, e.g.
 * "Grouped because they name `eventlet.sleep` and `time_to_wait` and describe resource exhaustion
 * (CWE-400); text similarity 0.22."
 */

const MAX_SYMBOLS = 3;
const MAX_WEAKNESSES = 2;

function byKind(evidence: readonly Evidence[], kind: EvidenceKind): Evidence[] {
  return evidence.filter((e) => e.kind === kind);
}

/**
 * Labels ranked by support across the group's links: each link lists its labels best first, and
 * a label earns 1/(rank+1) from each link. Ties keep first appearance.
 */
function rankedLabels(evidence: readonly Evidence[]): { label: string; links: number }[] {
  const score = new Map<string, { support: number; links: number }>();
  for (const e of evidence)
    e.labels.forEach((label, rank) => {
      const s = score.get(label) ?? { support: 0, links: 0 };
      score.set(label, { support: s.support + 1 / (rank + 1), links: s.links + 1 });
    });
  return [...score.entries()].sort((a, b) => b[1].support - a[1].support).map(([label, s]) => ({ label, links: s.links }));
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The detail of symbol evidence from a partial match (pairScore.ts): related names, not the same name. */
export const RELATED_NAMES_DETAIL = "related names";

/** Names both findings give; failing those, the related names each gave ("name related code (`a` and `b`)"). */
function symbolReason(evidence: readonly Evidence[]): string | null {
  const links = byKind(evidence, "symbols");
  const related = links.filter((e) => e.detail.startsWith(RELATED_NAMES_DETAIL));
  const exact = links.filter((e) => !related.includes(e));
  const names = (es: readonly Evidence[]) =>
    rankedLabels(es)
      .slice(0, MAX_SYMBOLS)
      .map((l) => `\`${l.label}\``);
  if (exact.length > 0) return `name ${listing(names(exact))}`;
  return related.length > 0 ? `name related code (${listing(names(related))})` : null;
}

/** Weakness classes cited by at least half of the group's weakness links. */
function weaknessReason(evidence: readonly Evidence[]): string | null {
  const links = byKind(evidence, "weakness");
  const labels = rankedLabels(links)
    .filter((l) => l.links * 2 >= links.length)
    .slice(0, MAX_WEAKNESSES)
    .map((l) => l.label);
  return labels.length > 0 ? `describe ${listing(labels)}` : null;
}

export function explainGroup(group: FindingGroup): string {
  if (group.findingIds.length === 1) return "A single finding: no other reviewer described this issue.";
  const who = group.findingIds.length === 2 ? "both" : "they";
  const reasons: string[] = [];
  if (byKind(group.evidence, "manual").length > 0) reasons.push("a person placed them together");
  const shared = [symbolReason(group.evidence), weaknessReason(group.evidence)].filter((r): r is string => r !== null);
  if (shared.length > 0) reasons.push(`${who} ${listing(shared)}`);
  const lines = byKind(group.evidence, "lines");
  if (lines.length > 0 && shared.length < 2) reasons.push(`they point at ${lines[0].detail}`);
  if (byKind(group.evidence, "counterpart").length > 0) reasons.push(who === "both" ? "each is the other's closest match across their two reports" : "they are each other's closest matches across their reports");

  const text = byKind(group.evidence, "text");
  const similarity = text.length > 0 ? `text similarity ${mean(text.map((e) => e.score)).toFixed(2)}` : "";
  if (reasons.length === 0) return similarity ? `Grouped on wording alone; ${similarity}.` : "Grouped with no recorded evidence.";
  return `Grouped because ${listing(reasons)}${similarity ? `; ${similarity}` : ""}.`;
}
