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

export interface SubjectPage {
  rows: SubjectRow[];
  total: number;
  page: number;
  pageCount: number;
}

export const SUBJECTS_PER_PAGE = 100;

/** One page of subjects with their counts, from grouped queries over that page's subjects only. */
export async function listSubjects(db: Db, requestedPage = 1): Promise<SubjectPage> {
  const total = await db.subject.count();
  const pageCount = Math.max(1, Math.ceil(total / SUBJECTS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);
  const subjects = await db.subject.findMany({
    orderBy: { name: "asc" },
    skip: (page - 1) * SUBJECTS_PER_PAGE,
    take: SUBJECTS_PER_PAGE,
    select: { id: true, name: true, createdAt: true, _count: { select: { reports: true, findings: true } } },
  });
  const ids = subjects.map((s) => s.id);
  const [reviewerGroups, issueGroups] = await Promise.all([
    db.report.groupBy({ by: ["subjectId", "reviewer", "verdict"], where: { subjectId: { in: ids } }, orderBy: [{ reviewer: "asc" }] }),
    db.issue.groupBy({ by: ["subjectId", "status"], where: { subjectId: { in: ids }, findings: { some: {} } }, _count: { _all: true } }),
  ]);
  return { rows: subjectRows(subjects, reviewerGroups, issueGroups), total, page, pageCount };
}

function subjectRows(
  subjects: { id: string; name: string; createdAt: Date; _count: { reports: number; findings: number } }[],
  reviewerGroups: { subjectId: string; reviewer: string; verdict: string }[],
  issueGroups: { subjectId: string; status: string; _count: { _all: number } }[],
): SubjectRow[] {
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

const MAX_PICKER_SUBJECTS = 200;

/** Subject names for pickers: at most a select's worth, and whether there are more. */
export async function subjectNames(db: Db): Promise<{ names: string[]; truncated: boolean }> {
  const rows = await db.subject.findMany({ orderBy: { name: "asc" }, select: { name: true }, take: MAX_PICKER_SUBJECTS + 1 });
  return { names: rows.slice(0, MAX_PICKER_SUBJECTS).map((r) => r.name), truncated: rows.length > MAX_PICKER_SUBJECTS };
}
