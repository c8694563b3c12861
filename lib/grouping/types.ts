import type { Finding } from "../findings/types";

/** A finding as grouping sees it: normalized, plus who raised it and where it came from. */
export type GroupableFinding = Finding & {
  id: string;
  reportId: string;
  reviewer: string;
};

export const EVIDENCE_KINDS = ["symbols", "weakness", "text", "lines", "counterpart", "manual"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Why two findings were put in one group: one signal, the pair it joined, and how strongly. */
export interface Evidence {
  kind: EvidenceKind;
  findingIds: [string, string];
  /** The signal's own score for the pair, before weighting (0..1 for positive evidence). */
  score: number;
  /** A short human-readable statement, e.g. "both name `eventlet.sleep`". */
  detail: string;
  /** The things the signal matched on (symbol names, weakness labels, line ranges), for explanations. */
  labels: string[];
}

export interface FindingGroup {
  /** Members, in the grouping's canonical (content-derived) order. */
  findingIds: string[];
  evidence: Evidence[];
}

export interface GroupingOptions {
  /** findingId → group key: findings a person moved by hand. */
  pinned?: Record<string, string>;
  /** Overrides the average-linkage threshold (for evaluation sweeps; the default is GROUPING_THRESHOLD). */
  threshold?: number;
}
