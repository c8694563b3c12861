import { SEVERITIES, type Severity } from "../findings/types";

/** 0 = critical … 4 = info: SEVERITIES is ordered most severe first. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function severityAt(rank: number): Severity {
  return SEVERITIES[rank];
}

/** Each reviewer's most severe rating of the issue (a reviewer may have split it over several findings). */
export function severityByReviewer(findings: readonly { reviewer: string; severity: Severity | null }[]): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const f of findings) {
    if (f.severity === null) continue;
    const current = out.get(f.reviewer);
    if (current === undefined || severityRank(f.severity) < severityRank(current)) out.set(f.reviewer, f.severity);
  }
  return out;
}
