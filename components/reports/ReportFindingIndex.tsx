import Link from "next/link";
import { SeverityBadge } from "@/components/ui/SeverityBadge";
import { StatusBadge } from "@/components/ui/StatusBadge";
import type { ReportFindingView } from "@/lib/views/reportView";

/** The report's findings in order, each linking to its place in the text and to its issue. */
export function ReportFindingIndex({ findings }: { findings: ReportFindingView[] }) {
  if (findings.length === 0) return <p className="card-body muted small">No findings were read from this report.</p>;
  return (
    <ol>
      {findings.map((f) => (
        <li key={f.id}>
          <div className="row" style={{ flexWrap: "nowrap", alignItems: "baseline" }}>
            <span className="faint mono small">{f.ordinal}.</span>
            {f.highlighted ? <a href={`#finding-${f.id}`}>{f.title}</a> : <span title="Its text lies inside another finding's">{f.title}</span>}
          </div>
          <div className="row" style={{ marginTop: 4, paddingLeft: 18 }}>
            <SeverityBadge severity={f.severity} />
            {f.issue ? (
              <>
                <Link className="tag" href={`/issues/${f.issue.number}`} title={f.issue.title}>
                  {f.issue.key}
                </Link>
                <StatusBadge status={f.issue.status} />
              </>
            ) : (
              <span className="small faint">not grouped</span>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
