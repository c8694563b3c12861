import type { ParsedReport, RawFinding } from "../findings/types";
import { ReportError } from "./errors";
import { MAX_MARKDOWN_CHARS } from "./markdown/parseMarkdownTree";

/**
 * Semgrep's console output ("semgrep scan" without --json), the one tool text format whose
 * indentation makes markdown read it all as a code block:
 *
 *     app/db.py
 *     ❯❯❱ python.lang.security.audit.formatted-sql-query.formatted-sql-query
 *           Detected possible formatted SQL query. Use parameterized queries instead.
 *
 *            18┆ cur.execute(...)
 *
 * One finding per rule line, through the lines under it; the marker gives the severity
 * (❯❯❱ error, ❯❱ warning, ❱ info) and the file header above it the path.
 */
const RULE_LINE = /^[ \t]*(❯❯❱|❯❱|❱)[ \t]+([\w.:/-]{3,300})[ \t]*\r?$/;
const FILE_HEADER = /^ {0,4}([^\s❯❱┆│┌└][^\s]{0,500}\.[A-Za-z0-9]{1,10})\s*$/;
const SEVERITY: Record<string, string> = { "❯❯❱": "high", "❯❱": "medium", "❱": "low" };

export function looksLikeSemgrepText(text: string): boolean {
  return /^[ \t]*(?:❯❯❱|❯❱|❱)[ \t]+[\w.:/-]{3,300}[ \t]*\r?$/m.test(text.slice(0, 200_000));
}

interface Open {
  start: number;
  end: number;
  marker: string;
  ruleId: string;
  path?: string;
  lines: string[];
}

export function parseSemgrepText(text: string): ParsedReport {
  if (text.length > MAX_MARKDOWN_CHARS) {
    throw new ReportError(`a plain-text report of ${(text.length / 1024 / 1024).toFixed(1)} MB is too large to parse (limit ${MAX_MARKDOWN_CHARS / 1024 / 1024} MB)`);
  }
  const findings: RawFinding[] = [];
  let path: string | undefined;
  let open: Open | null = null;
  const close = () => {
    if (open) findings.push(toFinding(text, open));
    open = null;
  };
  let at = 0;
  for (const line of text.split("\n")) {
    const lineStart = at;
    at += line.length + 1;
    const rule = RULE_LINE.exec(line);
    if (rule) {
      close();
      open = { start: lineStart + line.indexOf(rule[1]), end: lineStart + line.trimEnd().length, marker: rule[1], ruleId: rule[2], path, lines: [] };
      continue;
    }
    const header = FILE_HEADER.exec(line);
    if (header || (open && /^ {0,4}\S/.test(line) && !line.includes("┆"))) {
      close();
      if (header) path = header[1];
      continue;
    }
    if (open && line.trim()) {
      open.lines.push(line.trim());
      open.end = lineStart + line.trimEnd().length;
    }
  }
  close();
  return { format: "text", verdict: findings.length > 0 ? "findings" : "no-issues", findings, warnings: [] };
}

function toFinding(text: string, finding: Open): RawFinding {
  const message = finding.lines.filter((l) => !/^Details:|┆/.test(l)).join(" ");
  const sentence = message.slice(0, 300).split(/(?<=\.)\s/, 1)[0].replace(/\.$/, "");
  const line = finding.lines.map((l) => /^(\d{1,6})┆/.exec(l)).find(Boolean);
  return {
    title: sentence || finding.ruleId,
    body: text.slice(finding.start, finding.end),
    span: { start: finding.start, end: finding.end },
    hints: {
      severity: SEVERITY[finding.marker],
      ruleId: finding.ruleId,
      ...(line && { lines: line[1] }),
      ...(finding.path && { path: finding.path }),
    },
  };
}
