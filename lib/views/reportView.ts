import type { Db } from "../db/client";
import { formatLines, parseLineSpans } from "./jsonColumns";
import { highlightSegments } from "./highlightSegments";
import { issueKey } from "./vocabulary";

export interface ReportFindingView {
  id: string;
  ordinal: number;
  title: string;
  severity: string | null;
  stance: string;
  cwe: string | null;
  linesText: string;
  issue: { number: number; key: string; title: string; status: string } | null;
  /** False when its span lies inside another finding's, so it has no highlight of its own. */
  highlighted: boolean;
}

/** A run of the report's text; `findingId` is set on highlighted runs. Text only, never markup. */
export interface ReportPiece {
  text: string;
  findingId: string | null;
}

export interface ReportView {
  id: string;
  reviewer: string;
  source: string;
  format: string;
  verdict: string;
  sha256: string;
  ingestedAt: string;
  length: number;
  subject: { id: string; name: string };
  findings: ReportFindingView[];
  pieces: ReportPiece[];
}

export async function getReportView(db: Db, id: string): Promise<ReportView | null> {
  const report = await db.report.findUnique({
    where: { id },
    include: {
      subject: { select: { id: true, name: true } },
      findings: {
        orderBy: { ordinal: "asc" },
        include: { issue: { select: { number: true, title: true, status: true } } },
      },
    },
  });
  if (!report) return null;
  const { segments, skipped } = highlightSegments(
    report.content.length,
    report.findings.map((f) => ({ id: f.id, start: f.spanStart, end: f.spanEnd })),
  );
  const skippedSet = new Set(skipped);
  return {
    id: report.id,
    reviewer: report.reviewer,
    source: report.source,
    format: report.format,
    verdict: report.verdict,
    sha256: report.sha256,
    ingestedAt: report.ingestedAt.toISOString(),
    length: report.content.length,
    subject: report.subject,
    findings: report.findings.map((f) => ({
      id: f.id,
      ordinal: f.ordinal,
      title: f.title,
      severity: f.severity,
      stance: f.stance,
      cwe: f.cwe,
      linesText: formatLines(parseLineSpans(f.lines)),
      issue: f.issue ? { number: f.issue.number, key: issueKey(f.issue.number), title: f.issue.title, status: f.issue.status } : null,
      highlighted: !skippedSet.has(f.id),
    })),
    pieces: segments.map((s) => ({ text: report.content.slice(s.start, s.end), findingId: s.kind === "mark" ? s.spanId : null })),
  };
}
