import Link from "next/link";
import { CircleAlert, CircleCheck } from "lucide-react";
import type { BulkTriageState } from "@/app/_actions/bulkTriage";
import { STATUS_LABELS, isIssueStatus } from "@/lib/views/vocabulary";

/** What a bulk decision did, issue by issue; conflicts are listed with what they ran into. */
export function BulkTriageResults({ state }: { state: BulkTriageState }) {
  if (state.kind === "idle") return null;
  if (state.kind === "error") {
    return (
      <div className="alert alert-error" role="alert">
        <CircleAlert size={16} aria-hidden="true" />
        <span>{state.message}</span>
      </div>
    );
  }
  const done = state.outcomes.filter((o) => o.ok);
  const failed = state.outcomes.filter((o) => !o.ok);
  const label = isIssueStatus(state.status) ? STATUS_LABELS[state.status].toLowerCase() : state.status;
  return (
    <div className="stack-sm" role="status">
      {done.length > 0 && (
        <div className="alert alert-success">
          <CircleCheck size={16} aria-hidden="true" />
          <span>
            {done.length === 1 ? "1 issue" : `${done.length} issues`} marked {label}: {done.map((o) => o.key).join(", ")}.
          </span>
        </div>
      )}
      {failed.length > 0 && (
        <div className="alert alert-error">
          <CircleAlert size={16} aria-hidden="true" />
          <div className="alert-body">
            <strong>
              {failed.length === 1 ? "1 issue was" : `${failed.length} issues were`} not changed:
            </strong>
            <ul className="result-list">
              {failed.map((o) => (
                <li key={o.issueId}>
                  <Link href={`/issues/${o.issueId}`}>{o.key}</Link>: {o.message}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </div>
  );
}
