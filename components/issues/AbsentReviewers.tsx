import { ReviewerChip } from "@/components/ui/ReviewerChip";
import type { ReviewerRef } from "@/lib/views/issueDetail";

/** The subject's reviewers who are not behind this issue, and why that may be. */
export function AbsentReviewers({ notFlagged, saidNoIssues }: { notFlagged: ReviewerRef[]; saidNoIssues: ReviewerRef[] }) {
  if (notFlagged.length === 0 && saidNoIssues.length === 0) {
    return <p className="muted small">Every reviewer of this subject flagged it.</p>;
  }
  return (
    <dl className="stack-sm" style={{ margin: 0 }}>
      {notFlagged.length > 0 && (
        <div className="row">
          <dt className="small muted" style={{ minWidth: 170 }}>
            Reviewed, did not flag it
          </dt>
          <dd className="chips" style={{ margin: 0 }}>
            {notFlagged.map((r) => (
              <ReviewerChip key={r.reviewer} name={r.reviewer} variant="missing" href={`/reports/${r.reportId}`} />
            ))}
          </dd>
        </div>
      )}
      {saidNoIssues.length > 0 && (
        <div className="row">
          <dt className="small muted" style={{ minWidth: 170 }}>
            Reported no defects at all
          </dt>
          <dd className="chips" style={{ margin: 0 }}>
            {saidNoIssues.map((r) => (
              <ReviewerChip key={r.reviewer} name={r.reviewer} variant="no-issues" href={`/reports/${r.reportId}`} />
            ))}
          </dd>
        </div>
      )}
    </dl>
  );
}
