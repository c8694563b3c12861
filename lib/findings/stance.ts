import { squeezeWhitespace } from "./squeezeWhitespace";
import type { Severity, Stance } from "./types";

/** The reviewer's own words that this is not a security matter. */
const NOT_SECURITY =
  /\b(?:(?:is|isn't|is not|not|this is not|it's not|it is not)\s+(?:directly |really |strictly |necessarily |primarily |actually )?(?:a |an )?(?:direct |real |actual )?(?:security (?:issue|vulnerability|concern|problem|risk|defect|bug|flaw)|vulnerability)\b|not security[- ]relevant|no (?:direct )?security (?:impact|implications?)|not a security issue by itself|\bnot (?:a )?(?:sec|security)(?: (?:thing|issue|bug|problem|matter))?(?=\s*(?:[.,;:!)]|$|but\b))|(?:reliability|robustness|performance|maintainability|code quality|style|observability|operational|availability) (?:issue|concern|problem|matter) rather than (?:a )?security|\b(?:bug|defect|issue|problem) rather than (?:a |an )?(?:security|vulnerability)\b)/i;
/** Hedged language: a possible, conditional or unconfirmed risk. */
const HEDGED =
  /\b(?:potential(?:ly)?|possibl[ey]|might|may|could|if (?:an? |the )?(?:attacker|user|input|value|this|there)|assuming|depending on|unless|hardening|defen[cs]e in depth|best practice|consider|verify that|loosely|not immediately|hypothetical|in theory|theoretically|flagging it only)\b/gi;
/** Assertive language: the reviewer says the defect is there. */
const ASSERTIVE =
  /\b(?:allows?|lets|enables?|is vulnerable|are vulnerable|can (?:be )?(?:exploit|inject|read|write|bypass|execute|download|forge|access)|an attacker can|attackers can|anyone can|leads? to|results? in|exposes?|bypass(?:es)?|is (?:executed|written|passed|interpolated|concatenated|joined)|vulnerability)\b/gi;

/** Review comments labelled as matters of style: "nit: ...", "typo: ...". */
const STYLE_LABEL = /^\s*(?:[-*+]\s+)?(?:nit(?:pick)?|typo|style|naming)\s*(?:\([^)\n]{0,40}\))?\s*:/i;

export function classifyStance(text: string, severity: Severity | null): Stance {
  const head = squeezeWhitespace(text.slice(0, 6000));
  if (NOT_SECURITY.test(head) || STYLE_LABEL.test(head)) return "not-security";
  const hedges = count(head, HEDGED);
  const asserts = count(head, ASSERTIVE);
  if (severity === "critical" || severity === "high") return hedges > asserts + 2 ? "concern" : "vulnerability";
  return asserts > hedges ? "vulnerability" : "concern";
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}
