import { codeExcerpts, type CodeExcerpt } from "../code/codeExcerpts";
import { readReviewedCode } from "../code/reviewedCode";
import type { Db } from "../db/client";
import type { IssueEvent } from "../db/generated/sqlite/client";
import {
  formatLines,
  parseData,
  parseDisagreements,
  parseEvidence,
  parseLineSpans,
  parseStringArray,
  type Disagreement,
  type LineSpan,
} from "./jsonColumns";
import { issueKey, parseIssueKey } from "./vocabulary";

/** Longer excerpts are cut: the report page always has the full text. */
const MAX_EXCERPT_CHARS = 12_000;
/** The move and merge pickers list at most this many sibling issues. */
const MAX_SIBLINGS = 500;

export interface FindingView {
  id: string;
  reportId: string;
  reviewer: string;
  ordinal: number;
  title: string;
  severity: string | null;
  severityText: string | null;
  cwe: string | null;
  stance: string;
  lines: LineSpan[];
  linesText: string;
  symbols: string[];
  path: string | null;
  /** The finding's exact text in its report; plain text, never markup. */
  excerpt: string;
  excerptTruncated: boolean;
  pinned: boolean;
}

export interface ReviewerCard {
  reviewer: string;
  findings: FindingView[];
}

export interface ReviewerRef {
  reviewer: string;
  reportId: string;
}

export interface EvidenceView {
  kind: string;
  score: number | null;
  detail: string;
  reviewers: string[];
}

export interface IssueEventView {
  id: string;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  author: string;
  createdAt: string;
  /** What a regrouping event did, in words ("moved in Dynamic code execution (reviewer-001) from Q-4"). */
  summary: string | null;
}

export interface SiblingIssue {
  id: string;
  number: number;
  title: string;
}

export interface IssueDetail {
  id: string;
  number: number;
  key: string;
  title: string;
  status: string;
  version: number;
  severity: string | null;
  severityMin: string | null;
  severityMax: string | null;
  cwe: string[];
  consensus: { reviewers: number; of: number; level: string };
  disagreements: Disagreement[];
  evidence: EvidenceView[];
  subject: { id: string; name: string };
  /** The reviewed code at the issue's cited lines, when the subject has code; null when it has none. */
  code: { name: string | null; excerpts: CodeExcerpt[] } | null;
  cards: ReviewerCard[];
  /** Reviewers of the subject who raised findings, just not this one. */
  notFlagged: ReviewerRef[];
  /** Reviewers whose whole report said there was nothing to find. */
  saidNoIssues: ReviewerRef[];
  events: IssueEventView[];
  siblings: SiblingIssue[];
  siblingsTruncated: boolean;
  createdAt: string;
  updatedAt: string;
}

function codeView(subject: { code: string | null; codeName: string | null }, cards: readonly ReviewerCard[]): IssueDetail["code"] {
  if (subject.code === null) return null;
  const citations = cards.flatMap((card) => card.findings.map((f) => ({ reviewer: card.reviewer, lines: f.lines, path: f.path })));
  return { name: subject.codeName, excerpts: codeExcerpts(readReviewedCode(subject.code, subject.codeName), citations) };
}

/** Finds an issue by its id or by its human number ("12", "Q-12"). */
export async function findIssueRef(db: Db, idOrNumber: string): Promise<{ id: string; number: number; subjectId: string } | null> {
  const number = parseIssueKey(idOrNumber);
  const select = { id: true, number: true, subjectId: true } as const;
  if (number !== null) {
    const byNumber = await db.issue.findUnique({ where: { number }, select });
    if (byNumber) return byNumber;
  }
  return db.issue.findUnique({ where: { id: idOrNumber }, select });
}

export async function getIssueDetail(db: Db, idOrNumber: string): Promise<IssueDetail | null> {
  const ref = await findIssueRef(db, idOrNumber);
  if (!ref) return null;
  const issue = await db.issue.findUnique({
    where: { id: ref.id },
    include: {
      subject: { select: { id: true, name: true, code: true, codeName: true } },
      findings: { orderBy: [{ reportId: "asc" }, { ordinal: "asc" }] },
      events: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
    },
  });
  if (!issue) return null;

  const reportIds = [...new Set(issue.findings.map((f) => f.reportId))];
  const [reportsWithText, subjectReports, siblings] = await Promise.all([
    db.report.findMany({ where: { id: { in: reportIds } }, select: { id: true, reviewer: true, content: true } }),
    db.report.findMany({
      where: { subjectId: issue.subjectId },
      select: { id: true, reviewer: true, verdict: true },
      orderBy: [{ reviewer: "asc" }, { ingestedAt: "asc" }],
    }),
    db.issue.findMany({
      where: { subjectId: issue.subjectId, id: { not: issue.id }, findings: { some: {} } },
      select: { id: true, number: true, title: true },
      orderBy: { number: "asc" },
      take: MAX_SIBLINGS + 1,
    }),
  ]);
  const reportById = new Map(reportsWithText.map((r) => [r.id, r]));

  const cardsByReviewer = new Map<string, FindingView[]>();
  for (const f of issue.findings) {
    const report = reportById.get(f.reportId);
    if (!report) continue;
    const full = report.content.slice(f.spanStart, f.spanEnd);
    const lines = parseLineSpans(f.lines);
    const view: FindingView = {
      id: f.id,
      reportId: f.reportId,
      reviewer: report.reviewer,
      ordinal: f.ordinal,
      title: f.title,
      severity: f.severity,
      severityText: f.severityText,
      cwe: f.cwe,
      stance: f.stance,
      lines,
      linesText: formatLines(lines),
      symbols: parseStringArray(f.symbols),
      path: f.path,
      excerpt: full.length > MAX_EXCERPT_CHARS ? full.slice(0, MAX_EXCERPT_CHARS) : full,
      excerptTruncated: full.length > MAX_EXCERPT_CHARS,
      pinned: f.pinned,
    };
    cardsByReviewer.set(report.reviewer, [...(cardsByReviewer.get(report.reviewer) ?? []), view]);
  }
  const cards = [...cardsByReviewer.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([reviewer, findings]) => ({ reviewer, findings }));

  const { notFlagged, saidNoIssues } = absentReviewers(subjectReports, new Set(cardsByReviewer.keys()));
  const reviewerOfFinding = new Map(issue.findings.map((f) => [f.id, reportById.get(f.reportId)?.reviewer ?? "?"]));

  return {
    id: issue.id,
    number: issue.number,
    key: issueKey(issue.number),
    title: issue.title,
    status: issue.status,
    version: issue.version,
    severity: issue.severity,
    severityMin: issue.severityMin,
    severityMax: issue.severityMax,
    cwe: parseStringArray(issue.cwe),
    consensus: { reviewers: issue.consensusReviewers, of: issue.consensusOf, level: issue.consensusLevel },
    disagreements: parseDisagreements(issue.disagreements),
    evidence: evidenceViews(issue.evidence, reviewerOfFinding),
    subject: { id: issue.subject.id, name: issue.subject.name },
    code: codeView(issue.subject, cards),
    cards,
    notFlagged,
    saidNoIssues,
    events: await eventViews(db, issue.events),
    siblings: siblings.slice(0, MAX_SIBLINGS),
    siblingsTruncated: siblings.length > MAX_SIBLINGS,
    createdAt: issue.createdAt.toISOString(),
    updatedAt: issue.updatedAt.toISOString(),
  };
}

function absentReviewers(
  reports: { id: string; reviewer: string; verdict: string }[],
  flagged: Set<string>,
): { notFlagged: ReviewerRef[]; saidNoIssues: ReviewerRef[] } {
  const byReviewer = new Map<string, { id: string; verdict: string }[]>();
  for (const r of reports) byReviewer.set(r.reviewer, [...(byReviewer.get(r.reviewer) ?? []), r]);
  const notFlagged: ReviewerRef[] = [];
  const saidNoIssues: ReviewerRef[] = [];
  for (const [reviewer, own] of byReviewer) {
    if (flagged.has(reviewer)) continue;
    const latest = own[own.length - 1];
    // A reviewer who ever reported findings on this subject counts as having looked and passed on this one.
    if (own.every((r) => r.verdict === "no-issues")) saidNoIssues.push({ reviewer, reportId: latest.id });
    else notFlagged.push({ reviewer, reportId: own.find((r) => r.verdict !== "no-issues")?.id ?? latest.id });
  }
  return { notFlagged, saidNoIssues };
}

/** Evidence arrives one entry per linked pair; people want each distinct reason once. */
function evidenceViews(text: string, reviewerOf: Map<string, string>): EvidenceView[] {
  const seen = new Map<string, EvidenceView>();
  for (const e of parseEvidence(text)) {
    if (!e.detail) continue;
    const key = `${e.kind}\u0000${e.detail}`;
    const reviewers = e.findingIds.map((id) => reviewerOf.get(id)).filter((r): r is string => Boolean(r));
    const existing = seen.get(key);
    if (existing) {
      for (const r of reviewers) if (!existing.reviewers.includes(r)) existing.reviewers.push(r);
      if (e.score !== null && (existing.score === null || e.score > existing.score)) existing.score = e.score;
    } else {
      seen.set(key, { kind: e.kind, score: e.score, detail: e.detail, reviewers: [...new Set(reviewers)] });
    }
  }
  return [...seen.values()];
}

type EventRow = Pick<IssueEvent, "id" | "kind" | "fromStatus" | "toStatus" | "note" | "author" | "data" | "createdAt">;

async function eventViews(db: Db, events: EventRow[]): Promise<IssueEventView[]> {
  const datas = events.map((e) => parseData(e.data));
  const issueIds = new Set<string>();
  const findingIds = new Set<string>();
  for (const d of datas) {
    for (const key of ["from", "to"]) {
      const v = d[key];
      if (typeof v === "string") issueIds.add(v);
      if (Array.isArray(v)) for (const x of v) if (typeof x === "string") issueIds.add(x);
    }
    if (typeof d.findingId === "string") findingIds.add(d.findingId);
    if (Array.isArray(d.findingIds)) for (const x of d.findingIds) if (typeof x === "string") findingIds.add(x);
  }
  const [issues, findings] = await Promise.all([
    issueIds.size ? db.issue.findMany({ where: { id: { in: [...issueIds] } }, select: { id: true, number: true } }) : [],
    findingIds.size
      ? db.finding.findMany({ where: { id: { in: [...findingIds] } }, select: { id: true, title: true, report: { select: { reviewer: true } } } })
      : [],
  ]);
  const numberOf = new Map(issues.map((i) => [i.id, issueKey(i.number)]));
  const findingName = new Map(findings.map((f) => [f.id, `“${f.title}” (${f.report.reviewer})`]));
  const issueName = (id: unknown) => (typeof id === "string" ? (numberOf.get(id) ?? "a removed issue") : null);
  const findingList = (ids: unknown) =>
    (Array.isArray(ids) ? ids : [ids]).filter((x): x is string => typeof x === "string").map((id) => findingName.get(id) ?? "a removed finding");

  return events.map((e, i) => {
    const d = datas[i];
    let summary: string | null = null;
    if (e.kind === "merge") {
      const numbers = Array.isArray(d.numbers) ? d.numbers.filter((n): n is number => typeof n === "number").map(issueKey) : [];
      summary = numbers.length ? `merged ${numbers.join(", ")} into this issue` : "merged other issues into this one";
    } else if (e.kind === "move-in") {
      const from = issueName(d.from);
      summary = `moved in ${findingList(d.findingId).join(", ")}${from ? ` from ${from}` : ""}`;
    } else if (e.kind === "move-out") {
      const to = issueName(d.to);
      summary = `moved out ${findingList(d.findingId).join(", ")}${to ? ` to ${to}` : ""}`;
    } else if (e.kind === "split-in") {
      summary = `split ${findingList(d.findingIds).join(", ")} into this new issue`;
    } else if (e.kind === "split-out") {
      summary = `split out ${findingList(d.findingIds).join(", ")} into a new issue`;
    }
    return {
      id: e.id,
      kind: e.kind,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      author: e.author,
      createdAt: e.createdAt.toISOString(),
      summary,
    };
  });
}
