import type { FindingHints, ParsedReport, RawFinding } from "../findings/types";

/**
 * A tool's console report whose findings each open with a line of their own and run on over the
 * lines below (kube-score's bullets, Trivy's misconfigurations): `open` recognizes a finding's
 * first line (given the lines around it: Trivy's title and rustc's header are known by the line
 * under them); the finding runs to the next such line or to a line `ends` recognizes (a section
 * header), without its trailing blank lines.
 */
export function consoleBlocks(
  text: string,
  open: (line: string, previous: string | undefined, next: string | undefined) => { title: string; hints: FindingHints } | null,
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
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    const start = at;
    at += line.length + 1;
    const opened = open(line, lines[i - 1], lines[i + 1]);
    if (opened) {
      close();
      const from = start + line.length - line.trimStart().length;
      current = { ...opened, from, to: start + line.trimEnd().length };
    } else if (current && ends(line)) close();
    else if (current && line.trim() !== "") current.to = start + line.trimEnd().length;
  });
  close();
  return { format: "text", verdict: findings.length > 0 ? "findings" : "no-issues", findings, warnings: [] };
}
