import type { GroupableFinding } from "./types";

/**
 * A content-derived total order on findings. Grouping sorts its input by it before doing
 * anything, so that the result never depends on the order findings arrive in (database row
 * order, parser order), and re-importing the same reports gives the same groups.
 */
export function compareFindings(a: GroupableFinding, b: GroupableFinding): number {
  return (
    compareStrings(a.reviewer, b.reviewer) ||
    a.ordinal - b.ordinal ||
    compareStrings(a.title, b.title) ||
    compareStrings(a.body, b.body) ||
    compareStrings(a.reportId, b.reportId) ||
    compareStrings(a.id, b.id)
  );
}

/** Code-unit order, not locale order: the same on every machine. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
