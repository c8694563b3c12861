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
  const verdictsBySubject = new Map<string, Map<string, string[]>>();
  for (const g of reviewerGroups) {
    const verdicts = verdictsBySubject.get(g.subjectId) ?? new Map<string, string[]>();
    verdicts.set(g.reviewer, [...(verdicts.get(g.reviewer) ?? []), g.verdict]);
    verdictsBySubject.set(g.subjectId, verdicts);
  }
  const issuesBySubject = new Map<string, { issues: number; open: number }>();
  for (const g of issueGroups) {
    const entry = issuesBySubject.get(g.subjectId) ?? { issues: 0, open: 0 };
    entry.issues += g._count._all;
    if (g.status === "open") entry.open += g._count._all;
    issuesBySubject.set(g.subjectId, entry);
  }
  return subjects.map((s) => ({
    id: s.id,
    name: s.name,
    createdAt: s.createdAt.toISOString(),
    reports: s._count.reports,
    findings: s._count.findings,
    reviewers: [...(verdictsBySubject.get(s.id) ?? new Map<string, string[]>()).entries()].map(([name, vs]) => ({
      name,
      noIssues: vs.every((v) => v === "no-issues"),
    })),
    issues: issuesBySubject.get(s.id)?.issues ?? 0,
    openIssues: issuesBySubject.get(s.id)?.open ?? 0,
  }));
}

/** Subject names for pickers. */
export async function subjectNames(db: Db): Promise<{ id: string; name: string }[]> {
  return db.subject.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
