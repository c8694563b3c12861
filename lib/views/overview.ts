import type { Db } from "../db/client";
import { agreementMatrix, type AgreementMatrix } from "./agreementMatrix";
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

/** The overview's numbers, all from grouped counts: cheap however many issues there are. */
export async function getOverview(db: Db): Promise<OverviewData> {
  const [subjects, reports, findings, reviewerGroups, levelSeverity, statuses, cweGroups, findingsByReport, byStatus, agreement] =
    await Promise.all([
      db.subject.count(),
      db.report.findMany({ select: { id: true, reviewer: true } }),
      db.finding.count(),
      db.report.groupBy({ by: ["reviewer"] }),
      db.issue.groupBy({ by: ["consensusLevel", "severity"], where: ACTIVE_ISSUE, _count: { _all: true } }),
      db.issue.groupBy({ by: ["status"], where: ACTIVE_ISSUE, _count: { _all: true } }),
      db.issue.groupBy({ by: ["cwe"], where: { ...ACTIVE_ISSUE, NOT: { cwe: "[]" } }, _count: { _all: true } }),
      db.finding.groupBy({ by: ["reportId"], _count: { _all: true } }),
      Promise.all(
        (["accepted", "false-positive", "open"] as const).map((status) =>
          db.finding.groupBy({ by: ["reportId"], where: { issue: { status } }, _count: { _all: true } }),
        ),
      ),
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

  const reviewerOf = new Map(reports.map((r) => [r.id, r.reviewer]));
  const perReviewer = new Map<string, { reviewer: string; findings: number; accepted: number; falsePositive: number; open: number }>();
  const tally = (rows: { reportId: string; _count: { _all: number } }[], field: "findings" | "accepted" | "falsePositive" | "open") => {
    for (const row of rows) {
      const reviewer = reviewerOf.get(row.reportId);
      if (!reviewer) continue;
      const entry = perReviewer.get(reviewer) ?? { reviewer, findings: 0, accepted: 0, falsePositive: 0, open: 0 };
      entry[field] += row._count._all;
      perReviewer.set(reviewer, entry);
    }
  };
  tally(findingsByReport, "findings");
  tally(byStatus[0], "accepted");
  tally(byStatus[1], "falsePositive");
  tally(byStatus[2], "open");

  return {
    totals: {
      subjects,
      reports: reports.length,
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
