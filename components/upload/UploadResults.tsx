import Link from "next/link";
import { CircleAlert, CircleCheck, CircleMinus } from "lucide-react";
import type { UploadState } from "@/app/_actions/upload";

/** Per file: which reviewer, which format, how many findings, or why it failed. */
export function UploadResults({ state, pending }: { state: UploadState; pending: boolean }) {
  if (pending) return <p className="card-body muted">Parsing and grouping…</p>;
  if (state.kind === "idle") return <p className="card-body muted small">Results of each file appear here.</p>;
  if (state.kind === "error") {
    return (
      <div className="card-body">
        <div className="alert alert-error" role="alert">
          <CircleAlert size={16} aria-hidden="true" />
          <span>{state.message}</span>
        </div>
      </div>
    );
  }
  const issuesHref = `/issues?${new URLSearchParams({ subject: state.subject }).toString()}`;
  const failed = state.results.filter((r) => r.status === "error").length;
  return (
    <div>
      <ul className="plain-list" data-testid="upload-results">
        {state.code && (
          <li className="result-row" data-status={state.code.status}>
            {state.code.status === "attached" ? (
              <CircleCheck size={16} className="result-icon-ok" aria-hidden="true" />
            ) : (
              <CircleAlert size={16} className="result-icon-error" aria-hidden="true" />
            )}
            <div className="stack-sm" style={{ gap: 2, minWidth: 0 }}>
              <div>
                <strong>reviewed code</strong> <span className="faint">· {state.code.source}</span>
              </div>
              {state.code.status === "attached" ? (
                <div className="muted">
                  {state.code.files} {state.code.files === 1 ? "file" : "files"}, {state.code.lines} lines
                </div>
              ) : (
                <div style={{ color: "var(--danger)" }}>Not attached: {state.code.error}</div>
              )}
            </div>
          </li>
        )}
        {state.results.map((r, i) => (
          <li key={`${r.source}-${i}`} className="result-row" data-status={r.status}>
            {r.status === "ingested" ? (
              <CircleCheck size={16} className="result-icon-ok" aria-hidden="true" />
            ) : r.status === "unchanged" ? (
              <CircleMinus size={16} className="result-icon-same" aria-hidden="true" />
            ) : (
              <CircleAlert size={16} className="result-icon-error" aria-hidden="true" />
            )}
            <div className="stack-sm" style={{ gap: 2, minWidth: 0 }}>
              <div>
                <strong>{r.reviewer}</strong> <span className="faint">· {r.source}</span>
              </div>
              {r.status === "error" ? (
                <div style={{ color: "var(--danger)" }}>Not ingested: {r.error}</div>
              ) : (
                <div className="muted">
                  {r.status === "unchanged" ? "Already ingested (same text); " : ""}
                  <span className="tag">{r.format}</span> {r.findings} {r.findings === 1 ? "finding" : "findings"}
                  {r.status === "ingested" && r.verdict === "no-issues" ? " · says there is nothing to report" : ""}
                  {" · "}
                  <Link href={`/reports/${r.reportId}`}>view report</Link>
                </div>
              )}
              {r.status === "ingested" && r.warnings.length > 0 && (
                <ul className="small" style={{ color: "var(--warning)", margin: 0, paddingLeft: 16 }}>
                  {r.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ul>
      <div className="card-body" style={{ borderTop: "1px solid var(--border)" }}>
        <p className="small muted" style={{ marginBottom: 8 }}>
          {state.results.length - failed} of {state.results.length} reports in “{state.subject}”{state.code?.status === "attached" ? ", with its code" : ""}.
        </p>
        <Link className="btn btn-primary" href={issuesHref}>
          See {state.subject}’s issues
        </Link>
      </div>
    </div>
  );
}
