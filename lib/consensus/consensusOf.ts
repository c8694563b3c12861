/**
 * How many of a subject's reviewers raised an issue.
 *
 * Levels, with n = reviewers who raised it and of = reviewers who reviewed the subject (including
 * those that found nothing):
 * - unanimous: n = of, with of ≥ 2;
 * - single: n = 1 (also when of = 1: a lone reviewer is one voice, not an agreement);
 * - majority: more than half (n > of / 2);
 * - minority: otherwise, at least two but at most half.
 */

export const CONSENSUS_LEVELS = ["unanimous", "majority", "minority", "single"] as const;
export type ConsensusLevel = (typeof CONSENSUS_LEVELS)[number];

export interface Consensus {
  reviewers: number;
  of: number;
  level: ConsensusLevel;
}

export function consensusOf(findingReviewers: readonly string[], subjectReviewers: readonly string[]): Consensus {
  const raised = new Set(findingReviewers);
  // A reviewer with a finding has a report, even if the caller's list forgot it.
  const of = new Set([...subjectReviewers, ...raised]).size;
  const reviewers = raised.size;
  return { reviewers, of, level: levelOf(reviewers, of) };
}

function levelOf(reviewers: number, of: number): ConsensusLevel {
  if (reviewers <= 1) return reviewers === 1 ? "single" : "minority";
  if (reviewers === of) return "unanimous";
  if (reviewers * 2 > of) return "majority";
  return "minority";
}
