import { tokenize, type Tokens } from "./tokens";

/**
 * The parts of a finding's text that the signals weigh differently: the title (names the issue),
 * the details, and the fix advice after a "Solution:"/"Recommendation:" marker (similar across
 * unrelated issues: "validate input", "use parameterized APIs").
 */

const ADVICE_MARKER = /\b(?:solutions?|recommendations?|recommended fix|fix|mitigations?|remediation|suggested fix)\b\s*(?:\*\*)?\s*[:：]/i;

/**
 * A finding's body without its title. Bodies usually start with the title ("title through
 * details"); reading it there again would count title words twice where the title is already
 * given its own weight.
 */
export function bodyWithoutTitle(title: string, body: string): string {
  const at = title.length > 0 ? body.indexOf(title) : -1;
  return at < 0 ? body : body.slice(0, at) + body.slice(at + title.length);
}

export interface FindingTexts {
  title: string;
  details: string;
  advice: string;
}

export function findingTexts(finding: { title: string; body: string }): FindingTexts {
  const body = bodyWithoutTitle(finding.title, finding.body);
  const marker = ADVICE_MARKER.exec(body);
  return marker
    ? { title: finding.title, details: body.slice(0, marker.index), advice: body.slice(marker.index) }
    : { title: finding.title, details: body, advice: "" };
}

export interface FindingTokens {
  title: Tokens;
  details: Tokens;
  advice: Tokens;
  /** The details split by role (detailRoles): what the finding asserts, and what it only describes. */
  claims: Tokens;
  context: Tokens;
  /** The claims as written, for notations that tokenizing drops ("0.0.0.0/0"). */
  claimsText: string;
}

/** Tokenized once per finding and shared by the text and weakness signals. */
export function findingTokens(finding: { title: string; body: string }): FindingTokens {
  const texts = findingTexts(finding);
  const roles = detailRoles(texts.details);
  return {
    title: tokenize(texts.title),
    details: tokenize(texts.details),
    advice: tokenize(texts.advice),
    claims: tokenize(roles.claims),
    context: tokenize(roles.context),
    claimsText: roles.claims,
  };
}

/**
 * What a finding is ABOUT versus what it merely MENTIONS. Reviews set the scene before they make
 * their point ("Line 87: The function load_driver loads a class by its alias. Security Concern:
 * exiting on ImportError can take the agent down"): the scene names whatever the code does, the
 * point names the defect. Details are split into
 * - claims: sentences that assert a risk (an attacker, could/might, leads to, allows, ...), and
 *   fields a reviewer labels as the point (Issue, Concern, Impact, Risk, ...) when no sentence of
 *   theirs passes that test;
 * - context: sentences that only describe what the code does ("Line 43: execute = utils.execute",
 *   "The function X loads a class based on..."), when the finding makes its point elsewhere.
 * A location label ("Lines 83-90:") says nothing either way: reviewers open their main point with it.
 * A finding whose details assert nothing anywhere keeps them all as claims: there is no point to
 * tell apart from the scene.
 */
export interface DetailRoles {
  claims: string;
  context: string;
}

/** A field label at the start of a line: "- **Issue**:", "Security Concern:", "* Line 43:". */
const FIELD = /^[ \t]*(?:[-*•+]\s+|\d+[.)]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z ()/-]{0,28}?)(?:\s+\d+(?:\s*[-–]\s*\d+)?)?(?:\*\*|__)?\s*[:：](?:\*\*|__)?(?=\s|$)/gm;
const CLAIM_LABEL =
  /^(?:(?:security |potential |main |the )?(?:issues?|problems?|concerns?|risks?|impact|vulnerability|weakness|threat|attack(?: scenario| vector)?|exploit(?:ation| scenario)?|consequences?|effect|danger|why it matters)|potential cwe|cwe|category|type)$/i;
/** Sentences that assert a risk rather than describe code. */
const ASSERTS_RISK =
  /\b(?:attack(?:er|ers|s)?|malicious|exploit\w*|vulnerab\w*|risk\w*|danger\w*|unsafe|insecure|untrusted|arbitrary|compromis\w*|bypass\w*|forg(?:e|ed|ing|ery|eries)|travers(?:al|als)|break(?:s|ing)? out|freez(?:e|es|ing)|hang(?:s|ing)?|stall(?:s|ing)?|race conditions?|use[- ]after[- ]free|double[- ]free|steal\w*|leak\w*|expos\w*|disclos\w*|crash\w*|denial|inject\w*|overflow\w*|hijack\w*|escalat\w*|tamper\w*|abus\w*|unauthori[sz]ed|unauthenticated|anyone|could|might|may|allows?|allowing|lets|enables?|lead(?:s|ing)? to|result(?:s|ing)? in)\b/i;
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z`*"'(])|\n\s*\n/;

export function detailRoles(details: string): DetailRoles {
  // Fields: each runs from its label to the next label.
  const fields: { label: string | null; text: string }[] = [];
  let last = 0;
  let label: string | null = null;
  for (const m of details.matchAll(FIELD)) {
    fields.push({ label, text: details.slice(last, m.index) });
    label = m[1].trim();
    last = m.index + m[0].length;
  }
  fields.push({ label, text: details.slice(last) });

  const claims: string[] = [];
  const context: string[] = [];
  for (const field of fields) {
    if (field.text.trim() === "") continue;
    const sentences = field.text.split(SENTENCE_END);
    const asserting = sentences.filter((s) => ASSERTS_RISK.test(s));
    // A field the reviewer labeled as the point is the point, even in words the test misses.
    if (asserting.length === 0 && field.label !== null && CLAIM_LABEL.test(field.label)) claims.push(field.text);
    else for (const sentence of sentences) (asserting.includes(sentence) ? claims : context).push(sentence);
  }
  if (claims.length === 0) return { claims: details, context: "" };
  return { claims: claims.join("\n"), context: context.join("\n") };
}

/** Only the sentences of a text that assert a risk (empty when none does). */
export function riskSentences(text: string): string {
  return text
    .split(SENTENCE_END)
    .filter((s) => ASSERTS_RISK.test(s))
    .join(" ");
}
