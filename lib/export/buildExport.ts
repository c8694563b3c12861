import type { Db } from "../db/client";
import { hullOf } from "../findings/lines";
import type { LineRange } from "../findings/types";
import type { ExportIssue, QuorumExport } from "./schema";

/** Reads the database into the JSON export (format version 1), optionally for one subject. */
export async function buildExport(db: Db, options: { subject?: string } = {}): Promise<QuorumExport> {
  const subjects = await db.subject.findMany({
    where: options.subject ? { name: options.subject } : undefined,
    orderBy: { name: "asc" },
    include: {
      reports: { orderBy: [{ reviewer: "asc" }, { ingestedAt: "asc" }] },
      issues: {
        orderBy: { number: "asc" },
        include: { findings: { orderBy: [{ reportId: "asc" }, { ordinal: "asc" }], include: { report: { select: { reviewer: true } } } } },
      },
    },
  });
  return {
    format: "quorum-export",
    version: 1,
    exportedAt: new Date().toISOString(),
    subjects: subjects.map((subject) => ({
      id: subject.id,
      name: subject.name,
      reports: subject.reports.map((r) => ({
        id: r.id,
        reviewer: r.reviewer,
        source: r.source,
        format: r.format as QuorumExport["subjects"][number]["reports"][number]["format"],
        verdict: r.verdict as "findings" | "no-issues",
        sha256: r.sha256,
        ingestedAt: r.ingestedAt.toISOString(),
      })),
      issues: subject.issues.filter((issue) => issue.findings.length > 0).map(exportIssue),
    })),
  };
}

type IssueRow = Awaited<ReturnType<Db["issue"]["findFirstOrThrow"]>> & {
  findings: (Awaited<ReturnType<Db["finding"]["findFirstOrThrow"]>> & { report: { reviewer: string } })[];
};

function exportIssue(issue: IssueRow): ExportIssue {
  return {
    id: issue.id,
    number: issue.number,
    title: issue.title,
    status: issue.status as ExportIssue["status"],
    severity: issue.severity as ExportIssue["severity"],
    severityRange: issue.severityMin || issue.severityMax ? { min: issue.severityMin, max: issue.severityMax } as ExportIssue["severityRange"] : null,
    cwe: JSON.parse(issue.cwe) as string[],
    consensus: { reviewers: issue.consensusReviewers, of: issue.consensusOf, level: issue.consensusLevel as ExportIssue["consensus"]["level"] },
    disagreements: JSON.parse(issue.disagreements) as ExportIssue["disagreements"],
    evidence: JSON.parse(issue.evidence) as unknown[],
    findings: issue.findings.map((f) => ({
      id: f.id,
      reportId: f.reportId,
      reviewer: f.report.reviewer,
      title: f.title,
      body: f.body,
      severity: f.severity as ExportIssue["severity"],
      cwe: f.cwe,
      stance: f.stance as ExportIssue["findings"][number]["stance"],
      lines: hullOf(JSON.parse(f.lines) as LineRange[]),
      symbols: JSON.parse(f.symbols) as string[],
      span: { start: f.spanStart, end: f.spanEnd },
    })),
  };
}
