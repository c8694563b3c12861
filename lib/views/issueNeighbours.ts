import type { Db } from "../db/client";
import { issueIdsPage, issueWhere } from "./issueList";
import { issueListHref, parseIssueListQuery, type IssueListQuery } from "./issueQuery";
import { issueKey } from "./vocabulary";

export interface NeighbourLink {
  href: string;
  key: string;
  title: string;
}

export interface IssueNeighbours {
  prev: NeighbourLink | null;
  next: NeighbourLink | null;
  /** Where "back to the list" goes: the list the person came from, else the subject's issues. */
  listHref: string;
  /** Whether prev/next follow the list the person came from or just the subject's numbering. */
  scope: "list" | "subject";
}

/**
 * The issues before and after this one. Coming from the list (its query and the row's position
 * ride along in the URL), that is the list's own order; otherwise the subject's issues by number.
 */
export async function issueNeighbours(
  db: Db,
  issue: { id: string; number: number; subjectId: string; subjectName: string },
  from: { list: string | null; at: string | null },
): Promise<IssueNeighbours> {
  if (from.list !== null && from.at !== null && /^\d+$/.test(from.at)) {
    const query = parseIssueListQuery(new URLSearchParams(from.list));
    const inList = await neighboursInList(db, issue.id, query, Number(from.at), from.list);
    if (inList) return inList;
  }
  return neighboursInSubject(db, issue);
}

async function neighboursInList(db: Db, issueId: string, query: IssueListQuery, at: number, list: string): Promise<IssueNeighbours | null> {
  const where = await issueWhere(db, query);
  if (!where) return null;
  // A window of five around the remembered position still finds the issue if a decision made
  // meanwhile shifted the list by a row.
  const start = Math.max(0, at - 2);
  const { ids } = await issueIdsPage(db, where, query, start, 5);
  const index = ids.indexOf(issueId);
  // The list changed since the link was made (a triage moved rows): fall back to subject order.
  if (index < 0) return null;
  const wanted = [ids[index - 1], ids[index + 1]].filter((id): id is string => Boolean(id));
  const rows = await db.issue.findMany({ where: { id: { in: wanted } }, select: { id: true, number: true, title: true } });
  const link = (id: string | undefined, position: number): NeighbourLink | null => {
    const row = rows.find((r) => r.id === id);
    if (!row) return null;
    const params = new URLSearchParams({ list, at: String(position) });
    return { href: `/issues/${row.number}?${params.toString()}`, key: issueKey(row.number), title: row.title };
  };
  const position = start + index;
  return {
    prev: link(ids[index - 1], position - 1),
    next: link(ids[index + 1], position + 1),
    listHref: issueListHref(query, { page: Math.floor(position / query.pageSize) + 1 }),
    scope: "list",
  };
}

async function neighboursInSubject(
  db: Db,
  issue: { number: number; subjectId: string; subjectName: string },
): Promise<IssueNeighbours> {
  const base = { subjectId: issue.subjectId, findings: { some: {} } };
  const select = { number: true, title: true } as const;
  const [prev, next] = await Promise.all([
    db.issue.findFirst({ where: { ...base, number: { lt: issue.number } }, orderBy: { number: "desc" }, select }),
    db.issue.findFirst({ where: { ...base, number: { gt: issue.number } }, orderBy: { number: "asc" }, select }),
  ]);
  const link = (row: { number: number; title: string } | null): NeighbourLink | null =>
    row ? { href: `/issues/${row.number}`, key: issueKey(row.number), title: row.title } : null;
  return {
    prev: link(prev),
    next: link(next),
    listHref: `/issues?${new URLSearchParams({ subject: issue.subjectName }).toString()}`,
    scope: "subject",
  };
}
