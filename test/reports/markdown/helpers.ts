import { expect } from "vitest";
import { normalizeFinding } from "../../../lib/findings/normalizeFinding";
import type { Finding, ParsedReport } from "../../../lib/findings/types";
import { ReportError } from "../../../lib/reports/errors";
import { parseReport } from "../../../lib/reports/parseReport";

export interface Reviewed {
  report: ParsedReport;
  findings: Finding[];
}

/** What ingestion does with one report: parse it, then normalize every finding (ordinals from 1). */
export function review(text: string, fileName = "x.md"): Reviewed {
  const report = parseReport(text, fileName);
  return { report, findings: report.findings.map((raw, i) => normalizeFinding(raw, i + 1)) };
}

/** The text a finding's span cuts out of the report. */
export function spanText(text: string, finding: { span: { start: number; end: number } }): string {
  return text.slice(finding.span.start, finding.span.end);
}

/**
 * The span must start at the finding's title line (its indentation may be included) and cover every given piece of its text, and
 * must not run into any of `notIncluded` (the next finding, a praise section...).
 */
export function expectSpan(
  text: string,
  finding: Finding,
  startsWith: string,
  covers: string[] = [],
  notIncluded: string[] = [],
): void {
  expect(finding.span.start).toBeGreaterThanOrEqual(0);
  expect(finding.span.end).toBeLessThanOrEqual(text.length);
  expect(finding.span.end).toBeGreaterThan(finding.span.start);
  const cut = spanText(text, finding);
  // The span starts on the title line: at the title itself or at that line's indentation.
  const lead = /^[ \t]*/.exec(cut)![0];
  const lineStart = finding.span.start === 0 || text[finding.span.start - 1] === "\n";
  expect(lead === "" || lineStart, `span starts inside the indentation of a line`).toBe(true);
  expect(cut.slice(lead.length).startsWith(startsWith), `span ${JSON.stringify(cut.slice(0, 80))} should start with ${JSON.stringify(startsWith)}`).toBe(true);
  for (const piece of covers) expect(cut).toContain(piece);
  for (const piece of notIncluded) expect(cut).not.toContain(piece);
}

/** Runs `run`; it must either return or throw a ReportError (anything else is a Quorum bug). */
export function returnsOrReportError<T>(run: () => T): T | ReportError {
  try {
    return run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReportError);
    return error as ReportError;
  }
}
