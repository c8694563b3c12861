import type { FindingHints, ParsedReport, RawFinding } from "../findings/types";

/**
 * A tool's console report with one finding per line (Perl::Critic's, linters' diagnostics): each
 * line `read` recognizes is a finding, spanning the line without its indentation and trailing
 * space; every other line (headers, tallies) is left out.
 */
export function oneFindingPerLine(text: string, read: (line: string) => { title: string; hints: FindingHints } | null): ParsedReport {
  const findings: RawFinding[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    const start = at;
    at += line.length + 1;
    const finding = read(line);
    if (!finding) continue;
    const from = start + line.length - line.trimStart().length;
    findings.push({ ...finding, body: line.trim(), span: { start: from, end: start + line.trimEnd().length } });
  }
  return { format: "text", verdict: findings.length > 0 ? "findings" : "no-issues", findings, warnings: [] };
}
