import { isFileName, quotedNames } from "../findings/symbols";
import { samePath } from "./lines";

/**
 * One report rarely raises the same issue twice, so two findings of one report start out as
 * probably different. Not a ban: a reviewer sometimes splits one issue in two ("path traversal
 * via .." and "absolute paths" for the same join), and then the other signals outweigh this.
 */
export function fromSameReport(a: { reportId: string }, b: { reportId: string }): boolean {
  return a.reportId === b.reportId;
}

/**
 * Two results of one rule in one tool's report are two alerts by construction: a scanner reports
 * each place a rule fires once (two SQL queries built from tainted input are two queries). They
 * never share an issue, however alike their templated messages read.
 */
export function sameRuleOfOneTool(a: RuleResult, b: RuleResult): boolean {
  if (a.ruleId === null || a.ruleId !== b.ruleId) return false;
  // One alert reported twice (MSBuild repeats every warning in its closing summary): one place, one
  // message. (One place alone is not enough: tfsec places every statement of a policy on its block.)
  if (a.title === b.title && samePlace(a, b)) return false;
  // Unless both name the same code: "accessing undefined variable 'claims'" at five lines is one
  // global variable, found wherever it is used.
  if (nameTheSameCode(a, b)) return false;
  // Tools that share rules (hadolint runs ShellCheck's on RUN lines) report one place each: in
  // two files, one rule's results are two places too.
  return a.reportId === b.reportId || (a.path !== null && b.path !== null && !samePath(a.path, b.path));
}

function samePlace(a: RuleResult, b: RuleResult): boolean {
  if (a.lines.length === 0 || a.lines.length !== b.lines.length) return false;
  if (a.path !== b.path && (a.path === null || b.path === null || !samePath(a.path, b.path))) return false;
  return a.lines.every((r, i) => r.start === b.lines[i].start && r.end === b.lines[i].end);
}

function nameTheSameCode(a: RuleResult, b: RuleResult): boolean {
  const names = new Set(quotedNames(a.title).filter((n) => !isFileName(n)));
  return quotedNames(b.title).some((n) => names.has(n));
}

interface RuleResult {
  reportId: string;
  ruleId: string | null;
  path: string | null;
  lines: readonly { start: number; end: number }[];
  title: string;
}
