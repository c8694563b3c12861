/**
 * Counterparts: two findings from two reports, each the other's closest match in the other's
 * report. Reviewers list each issue once, so the findings of two reports about one subject
 * correspond roughly one to one; when a finding's best match in another report is clearly better
 * than its second best, and that match returns the favour, the pair is likelier one issue than its
 * score alone says. Two reviewers who found the same hard-coded key word it differently ("AWS keys
 * in the variables block" and "Hardcoded AWS Access Key ID"), and nothing else in either report is
 * as close.
 *
 * Only evidence for, never a ban, and only between findings already somewhat alike (the floor):
 * a report that missed an issue still has a "closest" finding for it, which must not be pulled in
 * on rank alone.
 */

/** Added to a counterpart pair's score: enough to join a pair just below the threshold, not a dissimilar one. */
export const COUNTERPART_BONUS = 0.1;
/**
 * The pair's own score must reach this: with the bonus, a pair from 0.15 up can join (threshold
 * 0.25). Chosen on the labeled corpora together, from a plateau: floors 0.05-0.1 and bonuses
 * 0.1-0.2 give mean pairwise F1 within 0.003 of each other.
 */
export const COUNTERPART_FLOOR = 0.1;
/** How much better than the runner-up in the same report the match must be: a near tie is no match. */
export const COUNTERPART_MARGIN = 0.05;

interface Best {
  index: number;
  score: number;
  second: number;
}

/** For finding i, its best and second-best scores in each other report. */
function bestPerReport(i: number, reportOf: readonly string[], scores: readonly (readonly number[])[]): Map<string, Best> {
  const best = new Map<string, Best>();
  for (let j = 0; j < reportOf.length; j++) {
    if (reportOf[j] === reportOf[i]) continue;
    const s = scores[i][j];
    const b = best.get(reportOf[j]);
    if (b === undefined) best.set(reportOf[j], { index: j, score: s, second: -Infinity });
    else if (s > b.score) best.set(reportOf[j], { index: j, score: s, second: b.score });
    else if (s > b.second) b.second = s;
  }
  return best;
}

function isClearBest(b: Best | undefined, j: number): boolean {
  return b !== undefined && b.index === j && b.score - b.second >= COUNTERPART_MARGIN;
}

/**
 * The counterpart pairs [i, j] (i < j) of a score matrix, given each finding's report. `eligible`
 * vetoes pairs that must not be favoured whatever their rank (conflicting weakness classes).
 * Depends only on the matrix, not on the order of reports.
 */
export function counterpartPairs(
  reportOf: readonly string[],
  scores: readonly (readonly number[])[],
  eligible: (i: number, j: number) => boolean = () => true,
): [number, number][] {
  const best = reportOf.map((_, i) => bestPerReport(i, reportOf, scores));
  const pairs: [number, number][] = [];
  for (let i = 0; i < reportOf.length; i++)
    for (const b of best[i].values()) {
      const j = b.index;
      if (j <= i || scores[i][j] < COUNTERPART_FLOOR) continue;
      if (isClearBest(b, j) && isClearBest(best[j].get(reportOf[i]), i) && eligible(i, j)) pairs.push([i, j]);
    }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
