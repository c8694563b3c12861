import Link from "next/link";
import { ReviewerChip } from "@/components/ui/ReviewerChip";
import type { SubjectRow } from "@/lib/views/subjectList";

export function SubjectTable({ subjects }: { subjects: SubjectRow[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Subjects</caption>
        <thead>
          <tr>
            <th scope="col">Subject</th>
            <th scope="col">Reviewers</th>
            <th scope="col" className="num">Reports</th>
            <th scope="col" className="num">Findings</th>
            <th scope="col" className="num">Issues</th>
            <th scope="col" className="num">Open</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {subjects.map((s) => {
            const issuesHref = `/issues?${new URLSearchParams({ subject: s.name }).toString()}`;
            return (
              <tr key={s.id}>
                <th scope="row">
                  <Link className="issue-title-link" href={issuesHref}>
                    {s.name}
                  </Link>
                </th>
                <td>
                  {s.reviewers.length ? (
                    <span className="chips">
                      {s.reviewers.map((r) => (
                        <ReviewerChip key={r.name} name={r.name} variant={r.noIssues ? "no-issues" : "flagged"} />
                      ))}
                    </span>
                  ) : (
                    <span className="faint">No reports yet</span>
                  )}
                </td>
                <td className="num">{s.reports}</td>
                <td className="num">{s.findings}</td>
                <td className="num">
                  <Link href={issuesHref}>{s.issues}</Link>
                </td>
                <td className="num">
                  {s.openIssues > 0 ? (
                    <Link href={`/issues?${new URLSearchParams({ subject: s.name, status: "open" }).toString()}`}>{s.openIssues}</Link>
                  ) : (
                    <span className="faint">0</span>
                  )}
                </td>
                <td className="nowrap">
                  <Link className="btn btn-sm" href={`/upload?${new URLSearchParams({ subject: s.name }).toString()}`}>
                    Add reports
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
