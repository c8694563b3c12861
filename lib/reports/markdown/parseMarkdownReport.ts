import type { ParsedReport, RawFinding, ReportFormat } from "../../findings/types";
import { raisesConcern } from "../../findings/raisesConcern";
import { blocksOf } from "./blocks";
import { parseMarkdownTree } from "./parseMarkdownTree";
import { cleanTitle, segmentReport, type Unit } from "./segment";
import { fieldAt, isNameField } from "./fields";

/**
 * Markdown and plain-text reviews. Plain text goes through the same parser: hard-wrapped numbered
 * items with indented bullets are lists to CommonMark too, and a review without any structure is
 * a run of paragraphs.
 */
export function parseMarkdownReport(text: string, format: ReportFormat = "markdown"): ParsedReport {
  const units = segmentReport(text, blocksOf(parseMarkdownTree(text)));
  const findings = units
    .filter((unit) => raisesConcern(text.slice(unit.from, unit.to), unit.kind))
    .map((unit) => toRawFinding(text, unit));
  return { format, verdict: findings.length > 0 ? "findings" : "no-issues", findings, warnings: [] };
}

function toRawFinding(text: string, unit: Unit): RawFinding {
  return {
    title: titleOf(text.slice(unit.titleFrom, unit.titleTo), unit.kind),
    body: text.slice(unit.from, unit.to),
    span: { start: unit.from, end: unit.to },
    hints: unit.hints,
  };
}

/** Where a title line stops: a bold lead, else the end of its first clause. */
export function titleOf(line: string, kind: Unit["kind"]): string {
  const trimmed = line
    .trim()
    .replace(/^\|\s*|\s*\|$/g, "")
    .replace(/^(?:finding|issue|vulnerability|vuln|bug|problem|concern|defect|weakness)\s*#?\s*\d{1,3}\s*[:.—–-]*\s*/i, "");
  const field = fieldAt(trimmed);
  if (isNameField(field) && field!.value.length > 2) return titleOf(field!.value, kind);
  const bold = /^(?:\d{1,3}[.)]\s*)?(?:\[[A-Za-z]+\]\s*)?(?:\*\*(.{2,200}?)\*\*|__(?![_\s])(.{2,200}?)(?<![_\s])__(?!\w))/.exec(trimmed);
  // "Yes, the code is vulnerable to ...": the answer to the prompt's question is not part of the title.
  let title = bold ? (bold[1] ?? bold[2]) : firstClause(trimmed.replace(/^(?:yes|no)[,.:!]\s+/i, ""), kind);
  title = cleanTitle(title)
    .replace(/\s*\((?:[^()]*\b(?:lines?|l\d)[^()]*)\)\s*:?$/i, "")
    .replace(/\s*[([](?:critical|high|medium|moderate|low|info|informational)(?:\s+(?:severity|risk))?[)\]]\s*:?$/i, "")
    .replace(/[\s:.—–-]+$/, "");
  return title.length > 160 ? `${title.slice(0, 157).replace(/\s+\S*$/, "")}…` : title;
}

function firstClause(line: string, kind: Unit["kind"]): string {
  const limit = kind === "prose" ? 100 : 140;
  const stops = [/\.\s/, /\)[:,;]\s/, /\s[—–]\s/, /:\s/, /;\s/].map((p) => {
    const m = p.exec(line.slice(8));
    return m ? m.index + 8 + (m[0].startsWith(")") ? 1 : 0) : -1;
  });
  const stop = Math.min(...stops.filter((s) => s > 0), line.length);
  const clause = line.slice(0, stop);
  return clause.length > limit ? clause.slice(0, limit).replace(/\s+\S*$/, "") : clause;
}
