import type { Db } from "../db/client";
import { agreementMatrix, type AgreementMatrix } from "./agreementMatrix";
import { memoizedByData } from "./fingerprintMemo";
import { parseStringArray } from "./jsonColumns";
import { CONSENSUS_LEVELS, ISSUE_STATUSES, SEVERITY_ORDER, type ConsensusLevel, type IssueStatus } from "./vocabulary";

export type SeverityCounts = Record<(typeof SEVERITY_ORDER)[number] | "none", number>;

export interface OverviewData {
  totals: { subjects: number; reports: number; reviewers: number; findings: number; issues: number };
  consensusBySeverity: ({ level: ConsensusLevel } & SeverityCounts)[];
  triage: { status: IssueStatus; count: number }[];
  topCwes: { cwe: string; count: number }[];
  reviewers: { reviewer: string; findings: number; accepted: number; falsePositive: number; open: number }[];
  agreement: AgreementMatrix;
}

const TOP_CWES = 10;
const ACTIVE_ISSUE = { findings: { some: {} } };

function emptySeverityCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0, none: 0 };
}

/** The overview's numbers, all from grouped counts, recomputed only when the data changed. */
export function getOverview(db: Db): Promise<OverviewData> {
  return memoizedByData(db, "overview", () => computeOverview(db));
}

async function computeOverview(db: Db): Promise<OverviewData> {
  const [subjects, reports, findings, reviewerGroups, levelSeverity, statuses, cweGroups, byReviewerStatus, agreement] = await Promise.all([
    db.subject.count(),
    db.report.count(),
    db.finding.count(),
    db.report.groupBy({ by: ["reviewer"] }),
    db.issue.groupBy({ by: ["consensusLevel", "severity"], where: ACTIVE_ISSUE, _count: { _all: true } }),
    db.issue.groupBy({ by: ["status"], where: ACTIVE_ISSUE, _count: { _all: true } }),
    db.issue.groupBy({ by: ["cwe"], where: { ...ACTIVE_ISSUE, NOT: { cwe: "[]" } }, _count: { _all: true } }),
    // Grouping by a relation's column (the report's reviewer, the issue's status) needs a join,
    // which Prisma's groupBy cannot do; the SQL is plain enough for SQLite and PostgreSQL alike.
    db.$queryRaw<{ reviewer: string; status: string | null; n: number | bigint }[]>`
      SELECT r."reviewer" AS reviewer, i."status" AS status, COUNT(*) AS n
      FROM "Finding" f
      JOIN "Report" r ON r."id" = f."reportId"
      LEFT JOIN "Issue" i ON i."id" = f."issueId"
      GROUP BY r."reviewer", i."status"`,
    agreementMatrix(db),
  ]);

  const consensusBySeverity = CONSENSUS_LEVELS.map((level) => {
    const counts = emptySeverityCounts();
    for (const g of levelSeverity) {
      if (g.consensusLevel !== level) continue;
      const key = g.severity && g.severity in counts ? (g.severity as keyof SeverityCounts) : "none";
      counts[key] += g._count._all;
    }
    return { level, ...counts };
  });

  const cweCounts = new Map<string, number>();
  for (const g of cweGroups) for (const cwe of parseStringArray(g.cwe)) cweCounts.set(cwe, (cweCounts.get(cwe) ?? 0) + g._count._all);

  const perReviewer = new Map<string, OverviewData["reviewers"][number]>();
  for (const row of byReviewerStatus) {
    const entry = perReviewer.get(row.reviewer) ?? { reviewer: row.reviewer, findings: 0, accepted: 0, falsePositive: 0, open: 0 };
    const n = Number(row.n);
    entry.findings += n;
    if (row.status === "accepted") entry.accepted += n;
    else if (row.status === "false-positive") entry.falsePositive += n;
    else if (row.status === "open") entry.open += n;
    perReviewer.set(row.reviewer, entry);
  }

  return {
    totals: {
      subjects,
      reports,
      reviewers: reviewerGroups.length,
      findings,
      issues: statuses.reduce((n, g) => n + g._count._all, 0),
    },
    consensusBySeverity,
    triage: ISSUE_STATUSES.map((status) => ({ status, count: statuses.find((g) => g.status === status)?._count._all ?? 0 })),
    topCwes: [...cweCounts.entries()]
      .map(([cwe, count]) => ({ cwe, count }))
      .sort((a, b) => b.count - a.count || a.cwe.localeCompare(b.cwe))
      .slice(0, TOP_CWES),
    reviewers: [...perReviewer.values()].sort((a, b) => b.findings - a.findings || a.reviewer.localeCompare(b.reviewer)),
    agreement,
  };
}
