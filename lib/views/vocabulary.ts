// The UI's fixed vocabularies, in display order. Kept free of database imports so client
// components can share them.

export const SEVERITY_ORDER = ["critical", "high", "medium", "low", "info"] as const;
export type SeverityLevel = (typeof SEVERITY_ORDER)[number];

export const CONSENSUS_LEVELS = ["unanimous", "majority", "minority", "single"] as const;
export type ConsensusLevel = (typeof CONSENSUS_LEVELS)[number];

export const ISSUE_STATUSES = ["open", "accepted", "false-positive"] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

export const STATUS_LABELS: Record<IssueStatus, string> = {
  open: "Open",
  accepted: "Accepted",
  "false-positive": "False positive",
};

export const CONSENSUS_LABELS: Record<ConsensusLevel, string> = {
  unanimous: "Unanimous",
  majority: "Majority",
  minority: "Minority",
  single: "Single",
};

export function isSeverity(value: unknown): value is SeverityLevel {
  return typeof value === "string" && (SEVERITY_ORDER as readonly string[]).includes(value);
}

export function isConsensusLevel(value: unknown): value is ConsensusLevel {
  return typeof value === "string" && (CONSENSUS_LEVELS as readonly string[]).includes(value);
}

export function isIssueStatus(value: unknown): value is IssueStatus {
  return typeof value === "string" && (ISSUE_STATUSES as readonly string[]).includes(value);
}

/** The human id people say and type: Q-12. */
export function issueKey(number: number): string {
  return `Q-${number}`;
}

/** "Q-12", "q12", "12" → 12; anything else (a uuid) → null. */
export function parseIssueKey(value: string): number | null {
  const match = /^\s*(?:q-?)?(\d{1,9})\s*$/i.exec(value);
  return match ? Number(match[1]) : null;
}

/** "79", "cwe79", "CWE-079" → "CWE-79". */
export function normalizeCweInput(value: string): string | null {
  const match = /^\s*(?:cwe[-_ :]*)?0*(\d{1,5})\s*$/i.exec(value);
  return match && Number(match[1]) > 0 ? `CWE-${Number(match[1])}` : null;
}
