import { CircleCheck, CircleDot, CircleSlash } from "lucide-react";
import { isIssueStatus, STATUS_LABELS } from "@/lib/views/vocabulary";

const ICONS = { open: CircleDot, accepted: CircleCheck, "false-positive": CircleSlash } as const;

export function StatusBadge({ status }: { status: string }) {
  if (!isIssueStatus(status)) return <span className="badge sev-none">{status}</span>;
  const Icon = ICONS[status];
  return (
    <span className={`badge status-${status}`}>
      <Icon size={12} strokeWidth={2.5} aria-hidden="true" />
      {STATUS_LABELS[status]}
    </span>
  );
}
