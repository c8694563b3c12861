/**
 * One report rarely raises the same issue twice, so two findings of one report start out as
 * probably different. Not a ban: a reviewer sometimes splits one issue in two ("path traversal
 * via .." and "absolute paths" for the same join), and then the other signals outweigh this.
 */
export function fromSameReport(a: { reportId: string }, b: { reportId: string }): boolean {
  return a.reportId === b.reportId;
}
