import { squeezeWhitespace } from "./squeezeWhitespace";
import type { Severity } from "./types";

/** Words reviewers and tools use for severity, mapped onto our five levels. */
const SEVERITY_WORDS: Record<string, Severity | null> = {
  critical: "critical", blocker: "critical", severe: "critical",
  high: "high", error: "high", major: "high", important: "high",
  medium: "medium", moderate: "medium", warning: "medium", med: "medium",
  low: "low", minor: "low", note: "low",
  info: "info", informational: "info", information: "info", none: null, trivial: "info",
  // Jira's priorities, as a tracker's export gives them.
  highest: "critical", lowest: "info",
};

/** "High", "[CRITICAL]", "medium (CVSS 5.3)", "8.8" → a normalized severity; null when none. */
export function normalizeSeverity(written: string | undefined | null): Severity | null {
  if (!written) return null;
  const priority = /^\W*P([0-4])\b/i.exec(written);
  if (priority) return PRIORITIES[Number(priority[1])];
  // "Sev: 1", "SEV-2": an incident's severity, 1 the worst.
  const sev = /^\W*sev(?:erity)?[\s:-]*([1-5])\b/i.exec(written);
  if (sev) return PRIORITIES[Number(sev[1]) - 1];
  const word = /[a-z]+/i.exec(written.replace(/[*_`[\]]/g, " "));
  if (word && word[0].toLowerCase() in SEVERITY_WORDS) return SEVERITY_WORDS[word[0].toLowerCase()];
  const score = /\b(10(?:\.0)?|\d(?:\.\d)?)\b/.exec(written);
  return score ? severityOfScore(Number(score[1])) : null;
}

/** A ticket's priority, P0 (drop everything) to P4. */
const PRIORITIES: readonly Severity[] = ["critical", "high", "medium", "low", "info"];

/** "P1", "Sev: 2", "SEV-3": a priority or an incident's severity, as normalizeSeverity reads them. */
export const PRIORITY_WORD = String.raw`P[0-4]|[Ss]ev(?:erity)?[:\s-]*[1-5]`;

/** "[P1] check_origin() returns True", "P2: no rate limit", "(P1)": a priority on the title line. */
const PRIORITY_TAG = new RegExp(String.raw`^[\s#>*_\x60\-+]*\[?(${PRIORITY_WORD})\]?(?=\s*[:—–-]|\s)|\((P[0-4])\)`, "i");

function priorityOf(text: string): RegExpExecArray | null {
  return PRIORITY_TAG.exec(text.trimStart().slice(0, 300).split("\n", 1)[0]);
}

/** CVSS-style 0-10 score, as SARIF's security-severity uses it. */
export function severityOfScore(score: number): Severity | null {
  if (!Number.isFinite(score) || score < 0) return null;
  if (score >= 9) return "critical";
  if (score >= 7) return "high";
  if (score >= 4) return "medium";
  if (score > 0) return "low";
  return "info";
}

const SEVERITY_FIELD =
  /\b(?:severity|risk(?: level| rating)?|vulnerability rank|rank|priority|impact)\s*\**\s*[:=]\s*\**\s*(critical|high|medium|moderate|low|informational|info|none)\b/i;
/** "[HIGH]", "(medium)", "(high severity)", "(CWE-79, high)". */
const SEVERITY_TAG =
  /\[(critical|high|medium|moderate|low|info|informational)\]|\((?:[^()\n]{1,40},\s*)?(critical|high|medium|moderate|low)(?: severity| risk)?(?:\s*[,;][^()\n]{1,40})?\)/i;
const SEVERITY_PHRASE = /\b(critical|high|medium|moderate|low)[- ](?:severity|risk)\b/i;

/**
 * A title that opens with its rating: "High: Command injection", "🔴 Critical — ...",
 * "<summary><b>Medium: ...". Only the first line, after markup and status symbols.
 */
const SEVERITY_LEAD = /^(critical|high|medium|moderate|low)(?:[- ](?:severity|risk|priority))?\s*(?::|\|\s|\s[—–-]\s)/i;

function leadingSeverity(text: string): RegExpExecArray | null {
  const firstLine = text.trimStart().slice(0, 300).split("\n", 1)[0];
  const bare = firstLine
    .replace(/<[^>]{0,100}>/g, "")
    .replace(/^[\s#>*_`\-+|\p{Extended_Pictographic}\p{So}\uFE0F\u200D]+/u, "")
    .replace(/^\d{1,3}[.)]\s*/, "")
    .replace(/[*_`]/g, "");
  return SEVERITY_LEAD.exec(bare);
}

/** A title line that ends with its rating: "[1] Command injection in printLabel (line 123) - CRITICAL". */
const SEVERITY_TRAIL = /\s[—–-]\s*\**(critical|high|medium|moderate|low)\**\s*$/i;

function trailingSeverity(text: string): RegExpExecArray | null {
  return SEVERITY_TRAIL.exec(text.trimStart().slice(0, 300).split("\n", 1)[0]);
}

/** The severity as the reviewer wrote it in free text, if anywhere. */
export function writtenSeverity(text: string): string | null {
  const head = squeezeWhitespace(text.slice(0, 4000));
  const match = SEVERITY_FIELD.exec(head) ?? leadingSeverity(text) ?? trailingSeverity(text) ?? SEVERITY_TAG.exec(head) ?? SEVERITY_PHRASE.exec(head) ?? priorityOf(text);
  if (!match) return null;
  return (match[1] ?? match[2]).trim();
}
