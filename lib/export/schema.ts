import { z } from "zod";
import { REPORT_FORMATS, SEVERITIES, STANCES, VERDICTS } from "../findings/types";

/**
 * Quorum's JSON export, format version 1: the contract other tools (and the evaluation scorer)
 * read. This schema is the single source of the export's TypeScript types and of its validation.
 */
const severity = z.enum(SEVERITIES).nullable();
const range = z.object({ start: z.number().int(), end: z.number().int() });

export const exportFindingSchema = z.object({
  id: z.string(),
  reportId: z.string(),
  reviewer: z.string(),
  title: z.string(),
  body: z.string(),
  severity,
  cwe: z.string().nullable(),
  stance: z.enum(STANCES),
  lines: range.nullable(),
  symbols: z.array(z.string()),
  span: range,
});

export const exportIssueSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  title: z.string(),
  status: z.enum(["open", "accepted", "false-positive"]),
  severity,
  severityRange: z.object({ min: severity, max: severity }).nullable(),
  cwe: z.array(z.string()),
  consensus: z.object({
    reviewers: z.number().int(),
    of: z.number().int(),
    level: z.enum(["unanimous", "majority", "minority", "single"]),
  }),
  disagreements: z.array(z.object({ kind: z.string(), detail: z.string() })),
  evidence: z.array(z.unknown()),
  findings: z.array(exportFindingSchema),
});

export const exportReportSchema = z.object({
  id: z.string(),
  reviewer: z.string(),
  source: z.string(),
  format: z.enum(REPORT_FORMATS),
  verdict: z.enum(VERDICTS),
  sha256: z.string(),
  ingestedAt: z.string(),
});

export const exportSchema = z.object({
  format: z.literal("quorum-export"),
  version: z.literal(1),
  exportedAt: z.string(),
  subjects: z.array(
    z.object({ id: z.string(), name: z.string(), reports: z.array(exportReportSchema), issues: z.array(exportIssueSchema) }),
  ),
});

export type QuorumExport = z.infer<typeof exportSchema>;
export type ExportIssue = z.infer<typeof exportIssueSchema>;
export type ExportFinding = z.infer<typeof exportFindingSchema>;
