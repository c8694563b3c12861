import type { EvidenceView } from "@/lib/views/issueDetail";

const KIND_LABELS: Record<string, string> = {
  symbols: "Symbols",
  weakness: "Weakness",
  text: "Wording",
  lines: "Lines",
  counterpart: "Counterpart",
  manual: "Manual",
};

/** The signals a person finds most telling come first; scores are only comparable within a kind. */
const KIND_ORDER = ["manual", "symbols", "weakness", "lines", "counterpart", "text"];
function rank(kind: string): number {
  const i = KIND_ORDER.indexOf(kind);
  return i < 0 ? KIND_ORDER.length : i;
}

/** Evidence comes one entry per linked pair; a big issue has dozens, so the rest fold away. */
const SHOWN = 6;

function EvidenceItems({ items }: { items: EvidenceView[] }) {
  return (
    <ul className="evidence-list">
      {items.map((e, i) => (
        <li key={`${e.kind}-${i}`}>
          <span className="evidence-kind">{KIND_LABELS[e.kind] ?? e.kind}</span>
          <span>
            {e.detail}
            {e.reviewers.length > 0 && <span className="faint"> — {e.reviewers.join(" & ")}</span>}
          </span>
          {e.score !== null && (
            <span className="evidence-score" title="The signal's score for this pair (0–1)">
              {e.score.toFixed(2)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Why the grouping put these findings together, in its own sentences, most telling first. */
export function EvidenceList({ evidence }: { evidence: EvidenceView[] }) {
  const ordered = [...evidence].sort((a, b) => rank(a.kind) - rank(b.kind) || (b.score ?? 0) - (a.score ?? 0));
  if (ordered.length <= SHOWN + 1) return <EvidenceItems items={ordered} />;
  return (
    <>
      <EvidenceItems items={ordered.slice(0, SHOWN)} />
      <details className="disclosure evidence-more">
        <summary>{ordered.length - SHOWN} more signals</summary>
        <EvidenceItems items={ordered.slice(SHOWN)} />
      </details>
    </>
  );
}
