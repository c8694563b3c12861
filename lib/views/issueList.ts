import type { Db, Prisma } from "../db/client";
import { databaseConfig } from "../db/config";
import type { IssueListQuery } from "./issueQuery";
import { parseDisagreements, parseStringArray, type Disagreement } from "./jsonColumns";
import { rankedIssuePage } from "./rankedIssuePage";
import { CONSENSUS_LEVELS, ISSUE_STATUSES, parseIssueKey, SEVERITY_ORDER } from "./vocabulary";

export interface IssueListRow {
  id: string;
  number: number;
  title: string;
  subject: { id: string; name: string };
  severity: string | null;
  severityMin: string | null;
  severityMax: string | null;
  cwe: string[];
  consensus: { reviewers: number; of: number; level: string };
  /** Reviewers with a finding in this issue, and the subject's other reviewers. */
  flaggedBy: string[];
  notFlaggedBy: string[];
  disagreements: Disagreement[];
  status: string;
  version: number;
  /** 0-based position in the whole filtered, sorted list (for stepping through it on the issue page). */
  position: number;
}

export interface IssueListFacets {
  subjects: { id: string; name: string }[];
  reviewers: string[];
  cwes: string[];
  /** More subjects or reviewers exist than are listed: the form then offers typing a name. */
  subjectsTruncated: boolean;
  reviewersTruncated: boolean;
}

/** A select longer than this is no use, and would bloat every list page. */
const MAX_FACET_OPTIONS = 200;

export interface IssueListResult {
  rows: IssueListRow[];
  total: number;
  page: number;
  pageCount: number;
  facets: IssueListFacets;
}

/**
 * The filtered condition for a list query, or null when it names a subject that does not exist
 * (so the list is empty rather than silently unfiltered).
 */
export async function issueWhere(db: Db, query: IssueListQuery): Promise<Prisma.IssueWhereInput | null> {
  // An issue whose findings all moved away stays for its history but is not a problem to triage.
  const and: Prisma.IssueWhereInput[] = [{ findings: { some: {} } }];
  if (query.subject) {
    const subject = await db.subject.findFirst({ where: { OR: [{ name: query.subject }, { id: query.subject }] }, select: { id: true } });
    if (!subject) return null;
    and.push({ subjectId: subject.id });
  }
  if (query.status) and.push({ status: query.status });
  if (query.severity) and.push({ severity: query.severity === "none" ? null : query.severity });
  if (query.consensus) and.push({ consensusLevel: query.consensus });
  // The column is a JSON array of ids; quoting the id keeps CWE-7 from matching CWE-79.
  if (query.cwe) and.push({ cwe: { contains: JSON.stringify(query.cwe) } });
  if (query.reviewer) and.push({ findings: { some: { report: { reviewer: query.reviewer } } } });
  if (query.disagreements) and.push({ NOT: { disagreements: "[]" } });
  if (query.q) {
    const number = parseIssueKey(query.q);
    const title = { title: { contains: query.q, ...caseInsensitive() } } as Prisma.IssueWhereInput;
    and.push(number !== null ? { OR: [title, { number }] } : title);
  }
  return { AND: and };
}

/** SQLite's LIKE already ignores ASCII case; PostgreSQL needs to be told (and SQLite's client rejects the flag). */
function caseInsensitive(): Record<string, string> {
  return databaseConfig().provider === "postgres" ? { mode: "insensitive" } : {};
}

const BY_NUMBER: Prisma.IssueOrderByWithRelationInput = { number: "asc" };

/** The ids of one page of the list, in order, with the total count. */
export async function issueIdsPage(
  db: Db,
  where: Prisma.IssueWhereInput,
  query: Pick<IssueListQuery, "sort" | "dir">,
  skip: number,
  take: number,
): Promise<{ ids: string[]; total: number }> {
  const { sort, dir } = query;
  const reverse = <T,>(values: readonly T[]): T[] => (dir === "desc" ? [...values] : [...values].reverse());
  switch (sort) {
    case "severity":
      return rankedIssuePage(db, {
        where,
        column: "severity",
        ranks: [...reverse(SEVERITY_ORDER), null],
        within: [{ consensusReviewers: "desc" }, BY_NUMBER],
        skip,
        take,
      });
    case "consensus":
      return rankedIssuePage(db, {
        where,
        column: "consensusLevel",
        ranks: reverse(CONSENSUS_LEVELS),
        within: [{ consensusReviewers: dir }, BY_NUMBER],
        skip,
        take,
      });
    case "status":
      return rankedIssuePage(db, {
        where,
        column: "status",
        ranks: dir === "asc" ? ISSUE_STATUSES : [...ISSUE_STATUSES].reverse(),
        within: [BY_NUMBER],
        skip,
        take,
      });
    default: {
      const orderBy: Prisma.IssueOrderByWithRelationInput[] =
        sort === "number"
          ? [{ number: dir }]
          : sort === "title"
            ? [{ title: dir }, BY_NUMBER]
            : sort === "subject"
              ? [{ subject: { name: dir } }, BY_NUMBER]
              : [{ updatedAt: dir }, BY_NUMBER];
      const [total, rows] = await Promise.all([
        db.issue.count({ where }),
        db.issue.findMany({ where, orderBy, skip, take, select: { id: true } }),
      ]);
      return { ids: rows.map((r) => r.id), total };
    }
  }
}

/** One page of the issues list: filtered, sorted and counted in the database. */
export async function listIssues(db: Db, query: IssueListQuery): Promise<IssueListResult> {
  const [where, facets] = await Promise.all([issueWhere(db, query), listFacets(db)]);
  if (!where) return { rows: [], total: 0, page: 1, pageCount: 1, facets };

  let page = query.page;
  let result = await issueIdsPage(db, where, query, (page - 1) * query.pageSize, query.pageSize);
  const pageCount = Math.max(1, Math.ceil(result.total / query.pageSize));
  if (page > pageCount) {
    // A shared link to a page that no longer exists shows the last one instead of nothing.
    page = pageCount;
    result = await issueIdsPage(db, where, query, (page - 1) * query.pageSize, query.pageSize);
  }
  const rows = await hydrateRows(db, result.ids, (page - 1) * query.pageSize);
  return { rows, total: result.total, page, pageCount, facets };
}

async function hydrateRows(db: Db, ids: string[], firstPosition: number): Promise<IssueListRow[]> {
  if (ids.length === 0) return [];
  const issues = await db.issue.findMany({
    where: { id: { in: ids } },
    include: { subject: { select: { id: true, name: true } } },
  });
  const subjectIds = [...new Set(issues.map((i) => i.subjectId))];
  const [memberships, subjectReviewers] = await Promise.all([
    db.finding.findMany({
      where: { issueId: { in: ids } },
      select: { issueId: true, report: { select: { reviewer: true } } },
    }),
    db.report.groupBy({ by: ["subjectId", "reviewer"], where: { subjectId: { in: subjectIds } }, orderBy: { reviewer: "asc" } }),
  ]);
  const flagged = new Map<string, Set<string>>();
  for (const m of memberships) {
    if (!m.issueId) continue;
    const set = flagged.get(m.issueId) ?? new Set<string>();
    set.add(m.report.reviewer);
    flagged.set(m.issueId, set);
  }
  const reviewersOf = new Map<string, string[]>();
  for (const r of subjectReviewers) reviewersOf.set(r.subjectId, [...(reviewersOf.get(r.subjectId) ?? []), r.reviewer]);

  const byId = new Map(issues.map((i) => [i.id, i]));
  return ids.flatMap((id, index) => {
    const issue = byId.get(id);
    if (!issue) return [];
    const by = [...(flagged.get(id) ?? [])].sort((a, b) => a.localeCompare(b));
    return [
      {
        id: issue.id,
        number: issue.number,
        title: issue.title,
        subject: issue.subject,
        severity: issue.severity,
        severityMin: issue.severityMin,
        severityMax: issue.severityMax,
        cwe: parseStringArray(issue.cwe),
        consensus: { reviewers: issue.consensusReviewers, of: issue.consensusOf, level: issue.consensusLevel },
        flaggedBy: by,
        notFlaggedBy: (reviewersOf.get(issue.subjectId) ?? []).filter((r) => !by.includes(r)),
        disagreements: parseDisagreements(issue.disagreements),
        status: issue.status,
        version: issue.version,
        position: firstPosition + index,
      },
    ];
  });
}

/** The choices the filter form offers; each is one grouped query, not a scan into memory. */
export async function listFacets(db: Db): Promise<IssueListFacets> {
  const [subjects, reviewers, cweGroups] = await Promise.all([
    db.subject.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true }, take: MAX_FACET_OPTIONS + 1 }),
    db.report.groupBy({ by: ["reviewer"], orderBy: { reviewer: "asc" }, take: MAX_FACET_OPTIONS + 1 }),
    db.issue.groupBy({ by: ["cwe"], where: { NOT: { cwe: "[]" } } }),
  ]);
  const cwes = new Set<string>();
  for (const g of cweGroups) for (const c of parseStringArray(g.cwe)) cwes.add(c);
  return {
    subjects: subjects.slice(0, MAX_FACET_OPTIONS),
    reviewers: reviewers.slice(0, MAX_FACET_OPTIONS).map((r) => r.reviewer),
    cwes: [...cwes].sort((a, b) => Number(a.replace(/\D/g, "")) - Number(b.replace(/\D/g, "")) || a.localeCompare(b)),
    subjectsTruncated: subjects.length > MAX_FACET_OPTIONS,
    reviewersTruncated: reviewers.length > MAX_FACET_OPTIONS,
  };
}
