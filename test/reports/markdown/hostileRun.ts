// Runs inside a worker thread (see hostileWorker.mjs): parse + normalize one report, the way
// ingestion does, and describe the outcome in plain data the test thread can check.
import { normalizeFinding } from "../../../lib/findings/normalizeFinding";
import type { LineRange, Span } from "../../../lib/findings/types";
import { ReportError } from "../../../lib/reports/errors";
import { defuse } from "../../../lib/reports/markdown/parseMarkdownTree";
import { parseReport } from "../../../lib/reports/parseReport";

export type Outcome =
  | { kind: "parsed"; defusedLength: number; format: string; verdict: string; findings: { title: string; span: Span; lines: LineRange[] }[] }
  | { kind: "thrown"; defusedLength: number; reportError: boolean; name: string; message: string };

export function run(text: string, fileName: string): Outcome {
  const defusedLength = defuse(text).length;
  try {
    const report = parseReport(text, fileName);
    const findings = report.findings.map((raw, i) => normalizeFinding(raw, i + 1));
    return {
      kind: "parsed",
      defusedLength,
      format: report.format,
      verdict: report.verdict,
      findings: findings.map((f) => ({ title: f.title, span: f.span, lines: f.lines })),
    };
  } catch (error) {
    const e = error as Error;
    return { kind: "thrown", defusedLength, reportError: error instanceof ReportError, name: e?.name ?? String(error), message: e?.message ?? "" };
  }
}
