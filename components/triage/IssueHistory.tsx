import { RelativeTime } from "@/components/ui/RelativeTime";
import type { IssueEventView } from "@/lib/views/issueDetail";
import { isIssueStatus, STATUS_LABELS } from "@/lib/views/vocabulary";

function statusLabel(status: string | null): string {
  return status && isIssueStatus(status) ? STATUS_LABELS[status].toLowerCase() : (status ?? "?");
}

function describe(event: IssueEventView): string {
  if (event.kind === "triage") {
    if (event.toStatus === "accepted") return `accepted it${event.fromStatus && event.fromStatus !== "open" ? ` (was ${statusLabel(event.fromStatus)})` : ""}`;
    if (event.toStatus === "false-positive") return "marked it false positive";
    if (event.toStatus === "open") return "reopened it";
    return `set it to ${statusLabel(event.toStatus)}`;
  }
  return event.summary ?? event.kind;
}

/** The issue's append-only history, newest first. */
export function IssueHistory({ events }: { events: IssueEventView[] }) {
  if (events.length === 0) return <p className="small muted">No decisions yet.</p>;
  return (
    <ol className="history-list" aria-label="History, newest first">
      {events.map((e) => (
        <li key={e.id} data-event-kind={e.kind}>
          <div>
            <strong>{e.author}</strong> {describe(e)}
          </div>
          <div className="when">
            <RelativeTime iso={e.createdAt} />
          </div>
          {e.note && <div className="history-note">{e.note}</div>}
        </li>
      ))}
    </ol>
  );
}
