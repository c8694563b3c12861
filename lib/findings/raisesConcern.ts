import { squeezeWhitespace } from "./squeezeWhitespace";

/**
 * Decides whether a stretch of review text raises a concern at all. Reviews mix findings with
 * praise ("proper logging is used"), restated context and conclusions; a list item or a section
 * is a finding unless its own words say it is fine, and a free prose paragraph is a finding only
 * when its words clearly describe a problem.
 */

export type UnitKind = "heading" | "item" | "row" | "prose";

/** Words of trouble. Stems, matched at a word start. */
const CONCERN_TERMS = [
  "vulnerab", "attack", "inject", "exploit", "leak", "expos", "bypass", "overflow", "traversal", "denial of service",
  "dos", "crash", "exhaust", "unauthori", "unauthenti", "arbitrary", "malicious", "untrusted", "unsaniti", "unvalidat",
  "unchecked", "missing", "lack", "insecure", "hard-coded", "hardcoded", "forge", "tamper", "hijack", "escalat",
  "disclos", "steal", "xss", "csrf", "ssrf", "sql", "race condition", "toctou", "undefined behavior", "panic",
  "problem", "flaw", "weak", "risk", "danger", "unsafe", "susceptib", "abuse", "compromis", "spoof", "impersonat",
  "brute", "plaintext", "cleartext", "predictable", "without any check", "without validation", "no validation",
  "not validated", "not checked", "not sanitized", "can be used to", "lets a", "allows an", "allow an", "allows attackers",
  "anyone", "anonymous", "privilege", "deadlock", "resource consumption", "infinite loop", "memory", "out-of-bounds",
  "out of bounds", "use-after-free", "null pointer", "integer overflow", "format string", "deserializ", "redirect",
  "click", "sensitive", "secret", "password", "credential", "token", "terminat", "abrupt", "without", "never",
  "crafted", "integrity", "unbounded", "uncontrolled", "unrestricted", "improper", "incorrect", "insufficient",
  "fail", "error-prone", "misconfigur", "debug", "forgot", "not enforced", "no check", "no limit", "escape",
  "outside the", "overwrit", "symlink", "race", "leak",
];
/** Words of approval. */
const PRAISE_TERMS = [
  "is fine", "are fine", "fine as", "looks good", "look good", "good practice", "best practice", "well-written",
  "well written", "properly", "correctly", "is safe", "are safe", "safe as", "is correct", "are correct", "no issue",
  "no issues", "no problem", "is consistent", "consistent throughout", "is handled", "are handled", "handled well",
  "protects", "is validated", "are validated", "is secure", "are secure", "no change needed", "no change required",
  "no changes needed", "no action", "not vulnerable", "no vulnerability", "no vulnerabilities", "no security",
  "nothing to", "mitigated", "already", "good job", "well done", "robust", "appropriate", "as expected",
  ": fine", "fine.", "fine,", "is enabled", "are enabled", "good", "safe.", "correct.", "is used correctly",
];
/** A field that says outright there is nothing here: "Security Concern: None", "Risk: none". */
const NOTHING_FIELD =
  /\b(?:security concern|concern|risk|severity|impact|vulnerable|vulnerability|issue|status)\s*\**\s*:\s*\**\s*(?:none|n\/a|no|not applicable|not vulnerable|safe|ok)\b\s*[.,;)]?/i;
/** The reviewer's own statement that there is nothing wrong. */
const NO_DEFECTS = new RegExp(
  [
    String.raw`\bno (?:\w+ ){0,3}(?:security )?(?:defects?|vulnerabilit(?:y|ies)|issues?|problems?|concerns?|weaknesses)\b (?:\w+ ){0,3}(?:were |was |are |is )?(?:detected|found|identified|present|spotted|observed)`,
    String.raw`\bi (?:did not|didn't|could not|couldn't) find any\b`,
    String.raw`\bnothing (?:of concern|to report|stands out)\b`,
    String.raw`\b(?:does not|doesn't|do not|don't) (?:appear to |seem to )?(?:contain|have|exhibit|introduce) (?:any\b|instances? of|(?:a |an )?(?:security )?(?:vulnerabilit|weakness|defect))`,
    String.raw`\bthere (?:is|are) no (?:\w+[ -]){0,4}(?:vulnerabilit|issues?\b|defects?\b|weakness)`,
    String.raw`\b(?:is|are) not (?:\w+ )?(?:vulnerable|susceptible)\b`,
    String.raw`\bno (?:instances?|evidence|signs?) of\b`,
  ].join("|"),
  "i",
);
/** After a "no defects" statement, these bring a concern back in. */
const CONTRAST = /\b(?:however|but|although|though|except|nevertheless|that said)\b/i;
/** A finding template's own fields: whoever filled in "Security Concern:" or "Solution:" raised something. */
const FINDING_FIELD =
  /(?:^|\n)[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:security concern|concern|issue|impact|risk|recommendation|solution|suggested fix|fix|mitigation|remediation|attack scenario|exploit(?:ation)?|severity|vulnerability rank)(?:\*\*|__)?[ \t]*:/i;
/** Openers of a review's frame rather than its content. */
const FRAME_OPENER =
  /^(?:overall|in summary|to summari[sz]e|to conclude|in conclusion|conclusion|summary|happy to|let me know|i hope|hope this|thanks|thank you|feel free|here is|here's|below is|i (?:have |'ve )?(?:reviewed|read|looked|went|analy[sz]ed|examined)|the (?:provided |following )?code (?:snippet )?(?:provided )?(?:is|appears|seems|looks|involves|implements)|given the context|upon (?:careful )?(?:inspection|review))\b/i;

export function raisesConcern(rawText: string, kind: UnitKind): boolean {
  const text = squeezeWhitespace(rawText);
  const lower = text.toLowerCase();
  if (NOTHING_FIELD.test(lower)) return false;
  const concern = countTerms(lower, CONCERN_TERMS);
  const praise = countTerms(lower, PRAISE_TERMS);
  if (kind === "prose") {
    if (FRAME_OPENER.test(lower.trimStart()) && concern < 4) return false;
    const noDefects = NO_DEFECTS.exec(lower);
    if (noDefects && !CONTRAST.test(lower.slice(noDefects.index))) return false;
    return concern >= 2 && concern > praise;
  }
  if (FINDING_FIELD.test(text)) return true;
  // Without a word of trouble, only something laid out like a finding counts: a heading, a bold
  // title, or an item with details under it. A bare descriptive bullet ("`init()` sets up the
  // socket") is an explanation of the code.
  if (concern === 0) return praise === 0 && (kind === "heading" || kind === "row" || looksLikeFindingLayout(text));
  // A tie means a list item that weighs a worry against its mitigation; a whole section that does so still raises it.
  return concern > praise || concern >= 3 || (concern === praise && kind === "heading");
}

function looksLikeFindingLayout(text: string): boolean {
  const content = text.replace(/^\s*(?:\d{1,3}[.)]|[-*+])\s+/, "");
  return /^(?:\*\*|__)|^\[[A-Za-z]+\]/.test(content) || /\n[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]/.test(content) || /\n[ \t]*\n/.test(content.trim());
}

/** How many distinct words of trouble a text uses: a title like "Insecure key handling" has some. */
export function concernTermCount(text: string): number {
  return countTerms(text.toLowerCase(), CONCERN_TERMS);
}

function countTerms(lower: string, terms: string[]): number {
  let n = 0;
  for (const term of terms) if (containsAtWordStart(lower, term)) n++;
  return n;
}

function containsAtWordStart(lower: string, term: string): boolean {
  let at = lower.indexOf(term);
  while (at >= 0) {
    if (at === 0 || !/[a-z0-9]/.test(lower[at - 1])) return true;
    at = lower.indexOf(term, at + 1);
  }
  return false;
}
