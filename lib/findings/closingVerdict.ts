import { CAVEAT, concernTermCount, saysNothingIsWrong, takesBack } from "./raisesConcern";
import { squeezeWhitespace } from "./squeezeWhitespace";

/**
 * A review's own last word on whether the code is vulnerable. Answers to "is this code vulnerable
 * to X?" often walk through candidate functions ("S1: `l2cap_sock_release` — check whether memory
 * is used after it is freed") and then decide: "Decision: the code is safe from use-after-free."
 * The walk-through is analysis, not findings; the decision is the verdict. A closing line that
 * clears the code while pointing back at the concerns it listed ("no CWE-level defects; the issues
 * above are about robustness") or taking something back ("however, `foo` could still ...") leaves
 * those concerns standing.
 */

/** A label that opens the review's decision: "Decision:", "### Conclusion", "**Final Answer**:". */
const CLOSING_LABEL =
  /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?(?:\d{1,2}[.)][ \t]*)?(?:step \d{1,2}[:.][ \t]*)?(?:final |overall )?(?:decision|conclusion|verdict|answer|assessment|summary|result)s?\b(?:[^\n:.]{0,80}:[^\n]*|[ \t*_]*)$/gim;
/** The question a step-by-step answer ends on: "Is the out-of-bounds write vulnerability present in the given code?" */
const CLOSING_QUESTION = /^[^\n]{0,80}\b(?:is|are|does|do)\b[^\n?]{0,120}\b(?:present|vulnerable|contain|exist)[^\n?]{0,80}\?[^\n]*$/gim;
/** A closing sentence that clears the code of what it was asked about. */
const CLEARS_CODE = new RegExp(
  [
    String.raw`\b(?:vulnerabilit(?:y|ies)|weakness|defect|flaw)s? (?:\w+ ){0,3}(?:is|are) not (?:\w+ ){0,2}(?:present|found|detected|exploitable)\b`,
    String.raw`\b(?:does not|doesn't|do not|don't) (?:appear to |seem to )?(?:have|contain|exhibit|include) (?:an? |any )?(?:[\w-]+ ){0,5}(?:vulnerabilit(?:y|ies)|weakness(?:es)?|defects?)\b`,
    String.raw`\b(?:is|are|appears to be|seems to be|looks) (?:safe|secure|free) from\b`,
    // "there doesn't appear to be an out-of-bounds write vulnerability", "it does not appear that the code contains ..."
    String.raw`\b(?:does not|doesn't|do not|don't) (?:appear|seem) to be (?:an? |any )?(?:[\w-]+ ){0,5}(?:vulnerabilit(?:y|ies)|weakness(?:es)?|defects?|instances?)\b`,
    String.raw`\b(?:does not|doesn't|do not|don't) (?:appear|seem) that (?:[\w-]+ ){0,4}(?:contains?|has|have|is vulnerable|suffers?)\b`,
    String.raw`\b(?:is|are) not (?:\w+ )?(?:vulnerable|susceptible)\b`,
    String.raw`^no\b[,.:;!]\s`,
    // A review asked to filter a list of vulnerabilities and answering with none left.
    String.raw`\bempty (?:list|array|result|vulnerability list)\b|\b(?:the|my) (?:updated |final |filtered )?list is empty\b`,
  ].join("|"),
  "i",
);
/** Fix advice describes the code as it should become ("to ensure that it does not contain any vulnerabilities"). */
const ADVICE = /\b(?:ensur\w*|should|fix\w*|make sure|recommend\w*|mitigat\w*|avoid\w*|safer|instead|prevent\w*)\b/;
/** A later sentence of the closing that refers to the concerns listed ("The issues mentioned above are about robustness"). */
const ACKNOWLEDGES = /\b(?:the|these|those|such|all|both) (?:\w+ )?(?:issues|concerns|points|findings|risks|recommendations|improvements|observations|weaknesses)\b/;
/** A closing that clears the code "apart from the above" keeps what the review listed. */
const POINTS_BACK =
  /\b(?:above|aforementioned|mentioned|listed|outlined|highlighted|noted|discussed|other|further|additional|apart from|aside from|besides|except|beyond)\b|\b(?:these|those|the) (?:\w+ )?(?:issues|concerns|points|findings|risks|areas|recommendations|improvements)\b/i;

/**
 * A clean bill for one part of the code, not the whole: "\`Transfer\` uses placeholders ...; no
 * issues found there", "the login handler itself is fine", "No issues found with \`saveDraft\`".
 */
const SCOPED =
  /^\W*\x60[^\x60]{1,80}\x60|\b(?:found|issues?|problems?|concerns?) (?:there|here)\b|\bin (?:that|this) (?:function|method|handler|route|file|part|block)\b|\b(?:with|in|for) (?:the )?\x60[^\x60]{1,80}\x60/i;

/** Where the review's closing statement starts, and whether it says the code is clean. */
export interface ClosingVerdict {
  from: number;
  clean: boolean;
}

/** The review's closing statement, if it has one, and whether it clears the code of the defect it was about. */
export function closingVerdict(text: string): ClosingVerdict | null {
  const closing = closingStatement(text);
  return closing && { from: closing.from, clean: clearsCode(closing.text) };
}

function clearsCode(closing: string): boolean {
  const lower = squeezeWhitespace(closing).toLowerCase();
  const sentences = lower.split(/(?<=[.!?])\s+/);
  const at = sentences.findIndex((s) => !ADVICE.test(s) && (CLEARS_CODE.test(s) || saysNothingIsWrong(s)));
  if (at < 0) return false;
  // "Yes, ..." earlier in the decision, or "no other issues": the verdict is not a clean bill.
  if (sentences.slice(0, at).some((s) => /^yes\b/.test(s))) return false;
  if (POINTS_BACK.test(sentences[at]) || SCOPED.test(sentences[at])) return false;
  const after = sentences.slice(at);
  if (after.slice(1).some((s) => ACKNOWLEDGES.test(s))) return false;
  return !takesBack(after.join(" ")) && !after.slice(1).some(raisesConditionalConcern);
}

/** "If this assumption is violated, there could be a potential vulnerability": a concern, if hedged. */
function raisesConditionalConcern(sentence: string): boolean {
  return /\b(?:could|might|may|would|can)\b/.test(sentence) && !CAVEAT.test(sentence) && concernTermCount(sentence) > 0;
}

/**
 * The review's last decision: what follows its last closing label or question, when that is near
 * the end, else its last paragraph.
 */
function closingStatement(text: string): { from: number; text: string } | null {
  const tail = Math.max(0, text.length - CLOSING_REACH);
  let start = -1;
  for (const pattern of [CLOSING_LABEL, CLOSING_QUESTION])
    for (const m of text.matchAll(pattern)) if (m.index >= tail && m.index > start) start = m.index;
  // The label's own line may carry the decision ("Decision: the code is safe from ...").
  if (start >= 0) return { from: start, text: text.slice(start, start + DECISION_LENGTH) };
  const end = text.trimEnd().length;
  let from = paragraphStart(text, end);
  // "As a general recommendation, keep the libraries up to date." after the verdict: the verdict is the closing.
  const lastParagraph = text.slice(from, end);
  if (from > 0 && isGenericAdvice(lastParagraph) && !clearsCode(lastParagraph)) from = paragraphStart(text, text.slice(0, from).trimEnd().length);
  const last = text.slice(from, end);
  return last.split(/\s+/).length >= 5 ? { from, text: last.slice(0, DECISION_LENGTH) } : null;
}

function paragraphStart(text: string, end: number): number {
  let from = Math.max(text.lastIndexOf("\n\n", end - 1) + 1, 0);
  while (from < end && /\s/.test(text[from])) from++;
  return from;
}

/** A short closing word of advice that raises nothing. */
function isGenericAdvice(paragraph: string): boolean {
  return paragraph.length <= 400 && ADVICE.test(paragraph.toLowerCase()) && concernTermCount(paragraph) === 0;
}

/** How far from the end a closing label may be. */
const CLOSING_REACH = 4000;
/** A decision is a few sentences; what follows it is something else. */
const DECISION_LENGTH = 800;
