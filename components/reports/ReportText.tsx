import Link from "next/link";
import type { ReportFindingView, ReportPiece } from "@/lib/views/reportView";

/**
 * The report's full text with each finding's span marked and tagged with its issue. The text is
 * untrusted: every piece is a plain React text child, so markup, scripts and links in it stay
 * inert characters. The only links here are the issue tags Quorum adds.
 */
export function ReportText({ pieces, findings }: { pieces: ReportPiece[]; findings: ReportFindingView[] }) {
  const byId = new Map(findings.map((f) => [f.id, f]));
  return (
    <pre className="report-text" aria-label="Report text">
      {pieces.map((piece, i) => {
        if (!piece.findingId) return piece.text;
        const finding = byId.get(piece.findingId);
        return (
          <mark key={i} id={`finding-${piece.findingId}`} title={finding ? `Finding ${finding.ordinal}: ${finding.title}` : undefined}>
            {finding?.issue ? (
              <Link className="span-tag" href={`/issues/${finding.issue.number}`} aria-label={`Finding ${finding.ordinal}, ${finding.issue.key}: ${finding.issue.title}`}>
                {finding.issue.key}
              </Link>
            ) : (
              <span className="span-tag" aria-hidden="true">#{finding?.ordinal}</span>
            )}
            {piece.text}
          </mark>
        );
      })}
    </pre>
  );
}
