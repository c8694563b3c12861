import type { Db } from "../db/client";

export interface SubjectRow {
  id: string;
  name: string;
  createdAt: string;
  reports: number;
  reviewers: { name: string; noIssues: boolean }[];
  findings: number;
  issues: number;
  openIssues: number;
}

/** Every subject with its counts, from grouped queries (no issue or report rows are loaded). */
export async function listSubjects(db: Db): Promise<SubjectRow[]> {
  const [subjects, reviewerGroups, issueGroups] = await Promise.all([
    db.subject.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, createdAt: true, _count: { select: { reports: true, findings: true } } },
    }),
    db.report.groupBy({ by: ["subjectId", "reviewer", "verdict"], orderBy: [{ reviewer: "asc" }] }),
    db.issue.groupBy({ by: ["subjectId", "status"], where: { findings: { some: {} } }, _count: { _all: true } }),
  ]);
  return subjects.map((s) => {
    const verdicts = new Map<string, string[]>();
    for (const g of reviewerGroups) if (g.subjectId === s.id) verdicts.set(g.reviewer, [...(verdicts.get(g.reviewer) ?? []), g.verdict]);
    const issues = issueGroups.filter((g) => g.subjectId === s.id);
    return {
      id: s.id,
      name: s.name,
      createdAt: s.createdAt.toISOString(),
      reports: s._count.reports,
      findings: s._count.findings,
      reviewers: [...verdicts.entries()].map(([name, vs]) => ({ name, noIssues: vs.every((v) => v === "no-issues") })),
      issues: issues.reduce((n, g) => n + g._count._all, 0),
      openIssues: issues.filter((g) => g.status === "open").reduce((n, g) => n + g._count._all, 0),
    };
  });
}

/** Subject names for pickers. */
export async function subjectNames(db: Db): Promise<{ id: string; name: string }[]> {
  return db.subject.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
