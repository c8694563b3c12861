/**
 * "Label: value" lines are how reviewers structure a finding ("**Severity:** High",
 * "* Security Concern: ...", "- Vulnerability name: ..."). Knowing the common labels tells a
 * list of separate findings apart from a list of one finding's fields.
 */

export interface Field {
  label: string;
  value: string;
}

/** Labels of the parts of one finding. */
const FIELD_LABELS = new Set([
  "description", "details", "detail", "explanation", "analysis", "impact", "security impact", "severity", "risk",
  "risk level", "rank", "vulnerability rank", "priority", "likelihood", "confidence", "location", "locations",
  "line", "lines", "line number", "line numbers", "affected lines", "affected code", "code", "file", "files",
  "function", "method", "component", "recommendation", "recommendations", "fix", "suggested fix", "solution",
  "remediation", "mitigation", "mitigations", "currently implemented mitigations", "missing mitigations",
  "preconditions", "source code analysis", "security test case", "test case", "proof of concept", "poc", "exploit",
  "exploitation", "attack vector", "attack scenario", "scenario", "example", "cwe", "cwe id", "potential cwe",
  "owasp", "cvss", "security concern", "concern", "issue", "problem", "reason", "reasoning", "evidence", "why",
  "note", "notes", "status", "category", "type", "references", "consequence", "consequences", "root cause",
  "vulnerable code", "context", "threat", "verdict", "vulnerability", "vulnerability name", "name", "title",
  "finding", "finding name", "issue name", "summary", "where", "what", "fix it", "how to fix", "bug",
  // A bug-bounty report's parts.
  "steps to reproduce", "reproduction", "reproduction steps", "affected versions", "patched versions", "workarounds",
]);

/** Labels that open a finding written as a run of field paragraphs ("ISSUE: ... / WHERE: ... / RISK: ..."). */
const OPENING_LABELS = new Set(["issue", "finding", "vulnerability", "vulnerability name", "title", "name", "problem", "bug", "issue name", "finding name"]);

export function isOpeningField(field: Field | null): boolean {
  return field !== null && OPENING_LABELS.has(field.label);
}

/** Labels that name a finding, so in a flat list of fields each one starts the next finding. */
const NAME_LABELS = new Set(["vulnerability name", "vulnerability", "name", "title", "finding", "finding name", "issue name"]);

/** Only the first line is examined, and only its first 120 characters: no unbounded matching. */
const FIELD_PATTERN = /^\s*(?:\*\*|__)?\s*([A-Za-z][A-Za-z0-9 /()'&-]{0,48}?)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.*)$/;

/** The field a block of text opens with, if its first line reads "Label: value". */
export function fieldAt(text: string): Field | null {
  // A CRLF line keeps its "\r", which "." does not match.
  const firstLine = text.slice(0, 120).split("\n", 1)[0].replace(/\r$/, "");
  const match = FIELD_PATTERN.exec(firstLine);
  if (!match) return boldLabelWithPeriod(firstLine);
  const label = normalizeLabel(match[1]);
  if (label.split(" ").length > 5) return null;
  return { label, value: match[2].replace(/\*\*/g, "").trim() };
}

/**
 * "**Description.** The winner index is ...", "**Recommendation.** Require ...": an audit report's
 * field, its known label in bold and closed by a period. (Not any bold sentence: "**Fixed.**" is none.)
 */
const BOLD_PERIOD_LABEL = /^\s*(\*\*|__)\s*([A-Za-z][A-Za-z0-9 /()'&-]{0,48}?)\.\s*\1\s*(.*)$/;

function boldLabelWithPeriod(line: string): Field | null {
  const match = BOLD_PERIOD_LABEL.exec(line);
  if (!match) return null;
  const field = { label: normalizeLabel(match[2]), value: match[3].replace(/\*\*/g, "").trim() };
  return FIELD_LABELS.has(field.label) ? field : null;
}

export function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, " ").trim();
}

export function isKnownField(field: Field | null): boolean {
  return field !== null && FIELD_LABELS.has(field.label);
}

export function isNameField(field: Field | null): boolean {
  return field !== null && NAME_LABELS.has(field.label);
}
