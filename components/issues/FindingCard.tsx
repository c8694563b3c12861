import Link from "next/link";
import { FileText, Pin } from "lucide-react";
import { CweTag } from "@/components/ui/CweTag";
import { ReviewerAvatar } from "@/components/ui/ReviewerChip";
import { SeverityBadge } from "@/components/ui/SeverityBadge";
import type { ReviewerCard, SiblingIssue } from "@/lib/views/issueDetail";
import { FindingExcerpt } from "./FindingExcerpt";
import { MoveFindingForm } from "./MoveFindingForm";
import { StanceTag } from "./StanceTag";

interface FindingCardProps {
  card: ReviewerCard;
  siblings: SiblingIssue[];
  defaultAuthor: string;
}

/** One reviewer's finding(s) in this issue, with the words they used. */
export function FindingCard({ card, siblings, defaultAuthor }: FindingCardProps) {
  return (
    <article className="card finding-card" aria-labelledby={`reviewer-${card.findings[0].id}`}>
      <header className="finding-card-head">
        <h3 id={`reviewer-${card.findings[0].id}`}>
          <ReviewerAvatar name={card.reviewer} />
          {card.reviewer}
        </h3>
        <Link className="small" href={`/reports/${card.findings[0].reportId}`}>
          <FileText size={13} aria-hidden="true" style={{ verticalAlign: -2, marginRight: 3 }} />
          Report
        </Link>
      </header>
      {card.findings.map((f) => {
        const reportHref = `/reports/${f.reportId}#finding-${f.id}`;
        return (
          <section key={f.id} className="finding" aria-label={`${card.reviewer}: ${f.title}`}>
            <h4 className="finding-title">{f.title}</h4>
            <div className="finding-facts">
              <SeverityBadge severity={f.severity} asWritten={f.severityText} />
              <StanceTag stance={f.stance} />
              {f.cwe && <CweTag cwe={f.cwe} />}
              {f.linesText && <span className="tag">{f.linesText}</span>}
              {f.path && <span className="tag" title="File">{f.path}</span>}
              {f.pinned && (
                <span className="faint" title="Placed here by a person; regrouping leaves it here">
                  <Pin size={12} aria-hidden="true" style={{ verticalAlign: -1 }} /> pinned
                </span>
              )}
            </div>
            {f.severityText && f.severityText.toLowerCase() !== (f.severity ?? "") && (
              <p className="small muted">Severity as written: {f.severityText}</p>
            )}
            <FindingExcerpt text={f.excerpt} truncated={f.excerptTruncated} reportHref={reportHref} />
            <details className="disclosure">
              <summary>Not the same problem? Move this finding…</summary>
              <MoveFindingForm findingId={f.id} siblings={siblings} defaultAuthor={defaultAuthor} />
            </details>
          </section>
        );
      })}
    </article>
  );
}
