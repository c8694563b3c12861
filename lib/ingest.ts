import { createHash, randomUUID } from "node:crypto";
import { writeTransaction, type Db } from "./db/client";
import { normalizeFinding } from "./findings/normalizeFinding";
import type { Finding, ParsedReport, ReportFormat } from "./findings/types";
import { regroupSubject } from "./issues/regroupSubject";
import { decodeReport, DEFAULT_MAX_REPORT_BYTES } from "./reports/decodeReport";
import { ReportError } from "./reports/errors";
import { parseReport } from "./reports/parseReport";

export interface IngestInput {
  subject: string;
  reviewer: string;
  /** The file name as given, kept as the report's source. */
  source: string;
  bytes: Uint8Array;
}

export type IngestResult =
  | { status: "ingested"; reviewer: string; source: string; reportId: string; format: ReportFormat; findings: number; verdict: ParsedReport["verdict"]; warnings: string[] }
  | { status: "unchanged"; reviewer: string; source: string; reportId: string; format: ReportFormat; findings: number }
  | { status: "error"; reviewer: string; source: string; error: string };

export interface IngestOptions {
  maxBytes?: number;
}

/**
 * The one ingest flow that the CLI, the API and the upload page share: decode, parse and normalize
 * (pure, outside any transaction), then store the report with its findings and regroup the subject
 * in one transaction, so a failure leaves nothing half-written.
 */
export async function ingestReport(db: Db, input: IngestInput, options: IngestOptions = {}): Promise<IngestResult> {
  const base = { reviewer: input.reviewer, source: input.source };
  let text: string;
  let parsed: ParsedReport;
  try {
    validateNames(input);
    text = decodeReport(input.bytes, options.maxBytes ?? DEFAULT_MAX_REPORT_BYTES);
    parsed = parseReport(text, input.source);
  } catch (error) {
    if (error instanceof ReportError) return { ...base, status: "error", error: error.message };
    throw error;
  }
  const findings = parsed.findings.map((raw, i) => normalizeFinding(raw, i + 1));
  const sha256 = createHash("sha256").update(text).digest("hex");

  return writeTransaction(db, async (tx) => {
    const subject = await tx.subject.upsert({
      where: { name: input.subject },
      create: { id: randomUUID(), name: input.subject },
      update: {},
    });
    const existing = await tx.report.findUnique({
      where: { subjectId_reviewer_sha256: { subjectId: subject.id, reviewer: input.reviewer, sha256 } },
      include: { _count: { select: { findings: true } } },
    });
    if (existing) {
      return { ...base, status: "unchanged" as const, reportId: existing.id, format: existing.format as ReportFormat, findings: existing._count.findings };
    }
    const reportId = randomUUID();
    await tx.report.create({
      data: { id: reportId, subjectId: subject.id, reviewer: input.reviewer, source: input.source, format: parsed.format, sha256, content: text, verdict: parsed.verdict },
    });
    if (findings.length > 0) await tx.finding.createMany({ data: findings.map((f) => findingRow(f, reportId, subject.id)) });
    await regroupSubject(tx, subject.id);
    return { ...base, status: "ingested" as const, reportId, format: parsed.format, findings: findings.length, verdict: parsed.verdict, warnings: parsed.warnings };
  });
}

function validateNames(input: IngestInput): void {
  if (!input.subject.trim()) throw new ReportError("subject name is empty");
  if (!input.reviewer.trim()) throw new ReportError("reviewer name is empty");
  if (input.subject.length > 200 || input.reviewer.length > 200) throw new ReportError("subject or reviewer name is over 200 characters");
}

function findingRow(f: Finding, reportId: string, subjectId: string) {
  return {
    id: randomUUID(),
    reportId,
    subjectId,
    ordinal: f.ordinal,
    title: f.title,
    body: f.body,
    severity: f.severity,
    severityText: f.severityText,
    cwe: f.cwe,
    stance: f.stance,
    lines: JSON.stringify(f.lines),
    symbols: JSON.stringify(f.symbols),
    path: f.path,
    ruleId: f.ruleId,
    spanStart: f.span.start,
    spanEnd: f.span.end,
  };
}
