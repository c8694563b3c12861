import {
  isConsensusLevel,
  isIssueStatus,
  isSeverity,
  normalizeCweInput,
  type ConsensusLevel,
  type IssueStatus,
  type SeverityLevel,
} from "./vocabulary";

// The issues list's whole state lives in the URL, so a view can be shared, bookmarked and used
// without JavaScript. This module is the one place that reads and writes that URL; it has no
// database imports so the client table can build the same links the server does.

export const SORT_KEYS = ["severity", "consensus", "number", "title", "subject", "status", "updated"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "asc" | "desc";

export const PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 50;
const DEFAULT_SORT: SortKey = "severity";

/** The direction a column sorts in when first clicked: "worst first" for the ranked columns. */
export const DEFAULT_DIRECTION: Record<SortKey, SortDir> = {
  severity: "desc",
  consensus: "desc",
  number: "asc",
  title: "asc",
  subject: "asc",
  status: "asc",
  updated: "desc",
};

export interface IssueListQuery {
  subject: string | null;
  status: IssueStatus | null;
  /** "none" selects issues nobody gave a severity. */
  severity: SeverityLevel | "none" | null;
  consensus: ConsensusLevel | null;
  cwe: string | null;
  reviewer: string | null;
  /** Only issues whose reviewers disagree on something. */
  disagreements: boolean;
  q: string;
  sort: SortKey;
  dir: SortDir;
  page: number;
  pageSize: number;
}

export type SearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: SearchParamsInput, key: string): string {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  const one = Array.isArray(value) ? value[0] : value;
  return (one ?? "").trim();
}

function positiveInt(value: string, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Unknown or malformed values fall back to "no filter" rather than failing the page. */
export function parseIssueListQuery(params: SearchParamsInput): IssueListQuery {
  const sortRaw = first(params, "sort");
  const sort = (SORT_KEYS as readonly string[]).includes(sortRaw) ? (sortRaw as SortKey) : DEFAULT_SORT;
  const dirRaw = first(params, "dir");
  const severity = first(params, "severity");
  const cwe = first(params, "cwe");
  const pageSize = positiveInt(first(params, "pageSize"), DEFAULT_PAGE_SIZE);
  return {
    subject: first(params, "subject") || null,
    status: isIssueStatus(first(params, "status")) ? (first(params, "status") as IssueStatus) : null,
    severity: severity === "none" ? "none" : isSeverity(severity) ? severity : null,
    consensus: isConsensusLevel(first(params, "consensus")) ? (first(params, "consensus") as ConsensusLevel) : null,
    cwe: cwe ? (normalizeCweInput(cwe) ?? cwe.toUpperCase()) : null,
    reviewer: first(params, "reviewer") || null,
    disagreements: ["1", "true", "on", "yes"].includes(first(params, "disagreements")),
    q: first(params, "q").slice(0, 200),
    sort,
    dir: dirRaw === "asc" || dirRaw === "desc" ? dirRaw : DEFAULT_DIRECTION[sort],
    page: positiveInt(first(params, "page"), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** The query as search params, leaving out defaults so shared URLs stay short. */
export function issueListSearch(query: IssueListQuery, patch: Partial<IssueListQuery> = {}): string {
  const q = { ...query, ...patch };
  const out = new URLSearchParams();
  if (q.subject) out.set("subject", q.subject);
  if (q.status) out.set("status", q.status);
  if (q.severity) out.set("severity", q.severity);
  if (q.consensus) out.set("consensus", q.consensus);
  if (q.cwe) out.set("cwe", q.cwe);
  if (q.reviewer) out.set("reviewer", q.reviewer);
  if (q.disagreements) out.set("disagreements", "1");
  if (q.q) out.set("q", q.q);
  if (!isDefaultSort(q)) {
    out.set("sort", q.sort);
    out.set("dir", q.dir);
  }
  if (!isDefaultPageSize(q.pageSize)) out.set("pageSize", String(q.pageSize));
  if (q.page > 1) out.set("page", String(q.page));
  return out.toString();
}

export function issueListHref(query: IssueListQuery, patch: Partial<IssueListQuery> = {}): string {
  const search = issueListSearch(query, patch);
  return search ? `/issues?${search}` : "/issues";
}

/** A sort header's link: the same column flips direction, another column starts at its default. */
export function sortHref(query: IssueListQuery, key: SortKey): string {
  const dir: SortDir = query.sort === key ? (query.dir === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[key];
  return issueListHref(query, { sort: key, dir, page: 1 });
}

export function isDefaultSort(query: Pick<IssueListQuery, "sort" | "dir">): boolean {
  return query.sort === DEFAULT_SORT && query.dir === DEFAULT_DIRECTION[DEFAULT_SORT];
}

export function isDefaultPageSize(pageSize: number): boolean {
  return pageSize === DEFAULT_PAGE_SIZE;
}

/** True when any filter narrows the list (sorting and paging do not count). */
export function hasFilters(query: IssueListQuery): boolean {
  return Boolean(query.subject || query.status || query.severity || query.consensus || query.cwe || query.reviewer || query.disagreements || query.q);
}

/**
 * The link from a list row to an issue carries the list it came from and the row's position, so
 * the issue page can step to the previous and next issue in the same order (j/k).
 */
export function issueHrefInList(issueNumber: number, query: IssueListQuery, position: number): string {
  const params = new URLSearchParams({ list: issueListSearch(query, { page: 1 }), at: String(position) });
  return `/issues/${issueNumber}?${params.toString()}`;
}
