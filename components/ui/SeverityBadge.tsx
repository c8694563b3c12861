import { isSeverity } from "@/lib/views/vocabulary";

interface SeverityBadgeProps {
  severity: string | null;
  /** The lowest and highest severity the reviewers gave; shown when they differ. */
  min?: string | null;
  max?: string | null;
  /** The reviewer's own words ("High (CVSS 7.5)"), offered as a tooltip. */
  asWritten?: string | null;
}

export function SeverityBadge({ severity, min, max, asWritten }: SeverityBadgeProps) {
  const level = isSeverity(severity) ? severity : "none";
  const hasRange = Boolean(min && max && min !== max);
  const label = severity ?? "unrated";
  const title = [
    hasRange ? `Severity ${label}; reviewers said ${min} to ${max}` : `Severity ${label}`,
    asWritten ? `as written: “${asWritten}”` : null,
  ]
    .filter(Boolean)
    .join(" — ");
  return (
    <span className={`badge sev-${level}`} title={title}>
      <span className="badge-dot" aria-hidden="true" />
      {label}
      {hasRange && (
        <span className="badge-range">
          <span className="visually-hidden">, range </span>
          {min}–{max}
        </span>
      )}
    </span>
  );
}
