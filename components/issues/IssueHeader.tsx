import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { ConsensusBadge } from "@/components/ui/ConsensusBadge";
import { CweTag } from "@/components/ui/CweTag";
import { SeverityBadge } from "@/components/ui/SeverityBadge";
import { StatusBadge } from "@/components/ui/StatusBadge";
import type { IssueDetail } from "@/lib/views/issueDetail";
import type { IssueNeighbours } from "@/lib/views/issueNeighbours";

/** Title, the facts that matter at a glance, and the way to the neighbouring issues. */
export function IssueHeader({ issue, neighbours }: { issue: IssueDetail; neighbours: IssueNeighbours }) {
  return (
    <header className="issue-head">
      <nav aria-label="Breadcrumb">
        <ol className="breadcrumbs">
          <li>
            <Link href={neighbours.listHref}>Issues</Link>
          </li>
          <li>
            <Link href={`/issues?${new URLSearchParams({ subject: issue.subject.name }).toString()}`}>{issue.subject.name}</Link>
          </li>
          <li aria-current="page">{issue.key}</li>
        </ol>
      </nav>
      <div className="row" style={{ justifyContent: "space-between", alignItems: "flex-start", flexWrap: "nowrap" }}>
        <h1>
          {issue.title}
          <span className="issue-key">{issue.key}</span>
        </h1>
        <nav className="issue-nav" aria-label={neighbours.scope === "list" ? "Issues in your list" : "Issues of this subject"}>
          {neighbours.prev ? (
            <Link className="btn btn-sm" href={neighbours.prev.href} title={`${neighbours.prev.key}: ${neighbours.prev.title} (k)`} rel="prev">
              <ChevronLeft size={14} aria-hidden="true" /> {neighbours.prev.key}
            </Link>
          ) : (
            <span className="btn btn-sm" aria-disabled="true" style={{ opacity: 0.45 }}>
              <ChevronLeft size={14} aria-hidden="true" /> Prev
            </span>
          )}
          {neighbours.next ? (
            <Link className="btn btn-sm" href={neighbours.next.href} title={`${neighbours.next.key}: ${neighbours.next.title} (j)`} rel="next">
              {neighbours.next.key} <ChevronRight size={14} aria-hidden="true" />
            </Link>
          ) : (
            <span className="btn btn-sm" aria-disabled="true" style={{ opacity: 0.45 }}>
              Next <ChevronRight size={14} aria-hidden="true" />
            </span>
          )}
        </nav>
      </div>
      <div className="issue-meta">
        <StatusBadge status={issue.status} />
        <SeverityBadge severity={issue.severity} min={issue.severityMin} max={issue.severityMax} />
        <ConsensusBadge {...issue.consensus} withLabel />
        {issue.cwe.map((c) => (
          <CweTag key={c} cwe={c} />
        ))}
        <span className="sep" aria-hidden="true">·</span>
        <span>
          {issue.cards.length} of {issue.consensus.of || issue.cards.length} reviewers ·{" "}
          {issue.cards.reduce((n, c) => n + c.findings.length, 0)} findings
        </span>
      </div>
    </header>
  );
}
