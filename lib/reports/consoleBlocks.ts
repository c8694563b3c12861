import type { FindingHints, ParsedReport, RawFinding } from "../findings/types";

/**
 * A tool's console report whose findings each open with a line of their own and run on over the
 * lines below (kube-score's bullets, Trivy's misconfigurations): `open` recognizes a finding's
 * first line; the finding runs to the next such line or to a line `ends` recognizes (a section
 * header), without its trailing blank lines.
 */
export function consoleBlocks(
  text: string,
  open: (line: string, previous: string | undefined) => { title: string; hints: FindingHints } | null,
  ends: (line: string) => boolean,
  extra: (body: string, hints: FindingHints) => FindingHints = (_, hints) => hints,
): ParsedReport {
  const findings: RawFinding[] = [];
  let current: { title: string; hints: FindingHints; from: number; to: number } | null = null;
  const close = () => {
    if (!current) return;
    const body = text.slice(current.from, current.to);
    findings.push({ title: current.title, body, span: { start: current.from, end: current.to }, hints: extra(body, current.hints) });
    current = null;
  };
  let at = 0;
  let previous: string | undefined;
  for (const line of text.split("\n")) {
    const start = at;
    at += line.length + 1;
    const opened = open(line, previous);
    previous = line;
    if (opened) {
      close();
      const from = start + line.length - line.trimStart().length;
      current = { ...opened, from, to: start + line.trimEnd().length };
    } else if (current && ends(line)) close();
    else if (current && line.trim() !== "") current.to = start + line.trimEnd().length;
  }
  close();
  return { format: "text", verdict: findings.length > 0 ? "findings" : "no-issues", findings, warnings: [] };
}
