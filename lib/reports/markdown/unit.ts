import type { FindingHints } from "../../findings/types";

/**
 * A stretch of the report that may be one finding, before anyone has decided whether it is:
 * segmentation is about structure only; raisesConcern (lib/findings) decides about content.
 */
export interface Unit {
  from: number;
  to: number;
  /** Where the title text is, inside [from, to). */
  titleFrom: number;
  titleTo: number;
  /** Values read from structure (table columns), not from prose. */
  hints: FindingHints;
  /** Free prose paragraphs need a stronger signal to count as findings than list items do. */
  kind: "heading" | "item" | "row" | "prose";
  /** A paragraph that opens with a detail field ("Explanation: ..."): it belongs to the finding just before it, if any. */
  continues?: boolean;
  /**
   * A row or item of a summary that recaps findings told in detail elsewhere: never a finding
   * itself, it lends its structured fields (severity, lines, CWE) to the finding it summarizes.
   */
  recap?: boolean;
  /** A recap written under a summary's heading (not a list a lead-in called advice or praise). */
  summary?: boolean;
  /**
   * A one-line item of a closing decision ("Confirmed: - SQL injection in `revenue_report`"): a
   * recap when the report told its findings in detail before it, else the findings themselves.
   */
  decision?: boolean;
  /** The table or list the unit is a row or item of (its offset), to tell recaps apart from finding lists. */
  group?: number;
  /** A severity named by an enclosing section ("## Critical Issues"), for findings that state none of their own. */
  groupSeverity?: string;
  /** An item of a list that a lead-in announced as problems: judged like a finding's own section. */
  announced?: boolean;
  /** Details told elsewhere under the unit's id ("**T-1.** ..." after a table row "| T-1 | ..."): read as part of its body. */
  details?: { from: number; to: number }[];
  /** A line of a block of terse review comments: judged as a comment pinned to a line, whatever its opening words. */
  comment?: boolean;
  /** The place a review note was pinned to on a line of its own ("session_handler.cpp:131-133"), for a second note there. */
  place?: string;
  /** Statements the unit is made of: it raises a concern when one of them does (a walkthrough of one function). */
  parts?: { from: number; to: number }[];
}

export function firstLineRange(text: string, from: number, to: number): { from: number; to: number } {
  const start = skipSpace(text, from, to);
  const newline = text.indexOf("\n", start);
  return { from: start, to: newline < 0 || newline > to ? to : newline };
}

export function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i])) i++;
  return i;
}

export function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && /\s/.test(text[i - 1])) i--;
  return i;
}

/** The unit's title is the value of the label its first line opens with ("ISSUE: Command Injection" → "Command Injection"). */
export function titledByFieldValue(text: string, unit: Unit): Unit {
  const colon = text.indexOf(":", unit.titleFrom);
  if (colon < 0 || colon >= unit.titleTo) return unit;
  let from = colon + 1;
  while (from < unit.titleTo && /[\s*_]/.test(text[from])) from++;
  return from < unit.titleTo ? { ...unit, titleFrom: from } : unit;
}

/**
 * "[1] Command injection in handlePrintLabel (line 123) - CRITICAL", "1.2 *Possible out-of-range
 * palette access* (L108)": numbered like a list item, though markdown reads it as a paragraph (only
 * "1." and "1)" open lists).
 */
const NUMBERED_PARAGRAPH = /^[ \t]*(?:\[\d{1,3}\]|\(\d{1,3}\)|#\d{1,3}[.:)]?|\d{1,2}\.\d{1,2}\.?)[ \t]+\S/;

/** Whether a block opens like a numbered point (NUMBERED_PARAGRAPH); only its first characters are read. */
export function opensNumbered(text: string, block: { from: number; to: number }): boolean {
  return NUMBERED_PARAGRAPH.test(text.slice(block.from, Math.min(block.to, block.from + 20)));
}

/**
 * "40: name printed raw", "27-28/63: ...", "111-112      access token in UserDefaults": notes on
 * the one file reviewed, each labelled with its line at the start of the line. Indented,
 * "57: args := ..." is a tool quoting code with its numbers.
 */
export const BARE_LINE_LABEL = /^(\d{1,5}(?:[ \t]*[-–][ \t]*\d{1,5})?(?:[ \t]*[/,][ \t]*\d{1,5}(?:[ \t]*[-–][ \t]*\d{1,5})?)*)(?::[ \t]+|[ \t]{3,}|\t)(?=\S)/;
