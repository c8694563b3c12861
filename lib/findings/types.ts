// The vocabulary every stage of the pipeline shares. Parsers produce RawFindings; normalizeFinding
// turns each into a Finding; grouping and consensus work on Findings only.

export const SEVERITIES = ["critical", "high", "medium", "low", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How strongly a reviewer asserts a finding. */
export const STANCES = ["vulnerability", "concern", "not-security"] as const;
export type Stance = (typeof STANCES)[number];

export const VERDICTS = ["findings", "no-issues"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const REPORT_FORMATS = ["markdown", "text", "json", "sarif", "xml", "yaml"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Character offsets (JavaScript string indices) into the report text; end is exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Inclusive 1-based line range in the reviewed code. */
export interface LineRange {
  start: number;
  end: number;
}

/**
 * What a parser knows about one finding before normalization. Structured formats (SARIF, JSON,
 * table columns, "Severity:" fields) fill `hints`; free text leaves them empty and normalization
 * reads the title and body instead.
 */
export interface RawFinding {
  title: string;
  /** The finding's full text as it stands in the report, title through details. */
  body: string;
  span: Span;
  hints?: FindingHints;
}

export interface FindingHints {
  severity?: string;
  /** A number from a SARIF security-severity or a CVSS score, 0-10. */
  severityScore?: number;
  cwe?: string;
  /** Lines as written ("48-50", "L71", "Line 43"), or already structured ranges. */
  lines?: string | LineRange[];
  path?: string;
  ruleId?: string;
  stance?: Stance;
  symbols?: string[];
}

export interface ParsedReport {
  format: ReportFormat;
  verdict: Verdict;
  findings: RawFinding[];
  /** Things a user should know that did not stop parsing (a skipped SARIF run, a time limit hit). */
  warnings: string[];
}

/** A normalized finding, ready to store and group. */
export interface Finding {
  ordinal: number;
  title: string;
  body: string;
  severity: Severity | null;
  severityText: string | null;
  cwe: string | null;
  stance: Stance;
  lines: LineRange[];
  symbols: string[];
  path: string | null;
  ruleId: string | null;
  span: Span;
}
