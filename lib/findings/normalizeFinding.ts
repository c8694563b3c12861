import { extractCwe, normalizeCwe } from "./cwe";
import { cweOfRule } from "./ruleCwe";
import { extractLines, parseLineValue } from "./lines";
import { normalizeSeverity, severityOfScore, writtenSeverity } from "./severity";
import { classifyStance } from "./stance";
import { extractSymbols, quotedNames } from "./symbols";
import type { Finding, LineRange, RawFinding } from "./types";

const MAX_TITLE = 200;

/** Structured hints win over what free text suggests; free text fills the rest. */
export function normalizeFinding(raw: RawFinding, ordinal: number): Finding {
  const hints = raw.hints ?? {};
  const severityText = hints.severity?.trim() || writtenSeverity(raw.body) || null;
  const severity =
    normalizeSeverity(severityText) ?? (hints.severityScore !== undefined ? severityOfScore(hints.severityScore) : null);
  const titleAndBody = `${raw.title}\n${raw.body}`;
  return {
    ordinal,
    title: raw.title.slice(0, MAX_TITLE) || "(untitled finding)",
    body: raw.body,
    severity,
    severityText: severityText ?? (hints.severityScore !== undefined ? String(hints.severityScore) : null),
    cwe: normalizeCwe(hints.cwe) ?? extractCwe(titleAndBody) ?? cweOfRule(hints.ruleId, raw.title),
    stance: hints.stance ?? classifyStance(raw.body, severity),
    lines: linesOf(hints.lines, titleAndBody),
    symbols: dedupe([...(hints.symbols ?? []), ...(hints.ruleId ? quotedNames(raw.title) : []), ...extractSymbols(titleAndBody)]),
    path: hints.path ?? null,
    ruleId: hints.ruleId ?? null,
    span: raw.span,
  };
}

function linesOf(hint: string | LineRange[] | undefined, text: string): LineRange[] {
  if (Array.isArray(hint)) return hint;
  if (typeof hint === "string") {
    const parsed = parseLineValue(hint);
    if (parsed.length > 0) return parsed;
  }
  return extractLines(text);
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)];
}
