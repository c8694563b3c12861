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
export function sameRuleOfOneTool(a: { reportId: string; ruleId: string | null }, b: { reportId: string; ruleId: string | null }): boolean {
  return a.reportId === b.reportId && a.ruleId !== null && a.ruleId === b.ruleId;
}
