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
}

/** Tokenized once per finding and shared by the text and weakness signals. */
export function findingTokens(finding: { title: string; body: string }): FindingTokens {
  const texts = findingTexts(finding);
  return { title: tokenize(texts.title), details: tokenize(texts.details), advice: tokenize(texts.advice) };
}
