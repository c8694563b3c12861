import type { Evidence, EvidenceKind, FindingGroup } from "./types";

/**
 * One sentence saying why a group's findings were put together, from its evidence, e.g.
 * "Grouped because they name `eventlet.sleep` and describe resource exhaustion (CWE-400); text similarity 0.41."
 */

const MAX_LABELS = 3;

function byKind(evidence: readonly Evidence[], kind: EvidenceKind): Evidence[] {
  return evidence.filter((e) => e.kind === kind);
}

/** Labels ordered by how many links cite them, then by first appearance. */
function commonLabels(evidence: readonly Evidence[]): string[] {
  const counts = new Map<string, number>();
  for (const e of evidence) for (const l of e.labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l);
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function explainGroup(group: FindingGroup): string {
  const n = group.findingIds.length;
  if (n === 1) return "A single finding: no other reviewer described this issue.";
  const subject = n === 2 ? "both" : "they";
  const reasons: string[] = [];

  if (byKind(group.evidence, "manual").length > 0) reasons.push("a person placed them together");
  const symbols = commonLabels(byKind(group.evidence, "symbols")).slice(0, MAX_LABELS);
  if (symbols.length > 0) reasons.push(`${subject} name ${listing(symbols.map((s) => `\`${s}\``))}`);
  const weaknesses = commonLabels(byKind(group.evidence, "weakness")).slice(0, 2);
  if (weaknesses.length > 0) reasons.push(`${reasons.length > 0 ? "" : `${subject} `}describe ${listing(weaknesses)}`.trim());
  const lines = byKind(group.evidence, "lines");
  if (lines.length > 0 && reasons.length < 2) reasons.push(`point at ${lines[0].detail}`);

  const text = byKind(group.evidence, "text");
  const similarity = text.length > 0 ? `; text similarity ${mean(text.map((e) => e.score)).toFixed(2)}` : "";
  if (reasons.length === 0) return `Grouped on wording alone${similarity}.`;
  return `Grouped because ${listing(reasons)}${similarity}.`;
}
