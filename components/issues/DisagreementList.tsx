import type { Disagreement } from "@/lib/views/jsonColumns";
import { disagreementIcon } from "./DisagreementMarkers";

/** Where the reviewers of this issue differ, one sentence each. */
export function DisagreementList({ disagreements }: { disagreements: Disagreement[] }) {
  return (
    <ul className="disagreement-list">
      {disagreements.map((d, i) => {
        const Icon = disagreementIcon(d.kind);
        return (
          <li key={`${d.kind}-${i}`}>
            <span className="marker" aria-hidden="true">
              <Icon size={13} strokeWidth={2.25} />
            </span>
            <span className="disagreement-kind">{d.kind}</span>
            <span>{d.detail}</span>
          </li>
        );
      })}
    </ul>
  );
}
