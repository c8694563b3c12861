import { compareFindings } from "./canonicalOrder";
import { averageLinkage, type Cluster, type ClusterSeed } from "./cluster";
import { COUNTERPART_BONUS, counterpartPairs } from "./counterparts";
import { combinedScore, findingFeatures, GROUPING_THRESHOLD, pairEvidence, signalScores, type FindingFeatures } from "./pairScore";
import type { Evidence, FindingGroup, GroupableFinding, GroupingOptions } from "./types";

/**
 * Groups the findings of one subject into issues: findings that describe the same underlying
 * defect, across reviewers. Deterministic and independent of input order.
 */
export function groupFindings(findings: readonly GroupableFinding[], options: GroupingOptions = {}): FindingGroup[] {
  const sorted = [...findings].sort(compareFindings);
  const features = findingFeatures(sorted);
  const { scores, counterparts } = scoreMatrix(features);
  const clusters = averageLinkage(scores, seeds(sorted, options.pinned ?? {}), options.threshold ?? GROUPING_THRESHOLD);
  return clusters
    .map((c) => toGroup(c, features, scores, counterparts, options.pinned ?? {}))
    .sort((a, b) => b.findingIds.length - a.findingIds.length || a.order - b.order)
    .map(({ order: _order, ...group }) => group);
}

/** Pairs of findings by index, as "i:j" with i < j. */
type PairSet = ReadonlySet<string>;
const pairKey = (i: number, j: number) => (i < j ? `${i}:${j}` : `${j}:${i}`);

/** Every pair's combined score, then the counterparts' bonus (counterparts.ts) on top. */
function scoreMatrix(features: readonly FindingFeatures[]): { scores: number[][]; counterparts: PairSet } {
  const n = features.length;
  const scores = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const conflicting = new Set<string>();
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const signals = signalScores(features[i], features[j]);
      const s = combinedScore(signals);
      scores[i][j] = s;
      scores[j][i] = s;
      if (signals.conflict > 0) conflicting.add(pairKey(i, j));
    }
  // Classes that conflict are told apart by what the findings say, whatever their ranks.
  const pairs = counterpartPairs(
    features.map((f) => f.finding.reportId),
    scores,
    (i, j) => !conflicting.has(pairKey(i, j)),
  );
  for (const [i, j] of pairs) {
    scores[i][j] += COUNTERPART_BONUS;
    scores[j][i] += COUNTERPART_BONUS;
  }
  return { scores, counterparts: new Set(pairs.map(([i, j]) => pairKey(i, j))) };
}

/** Pinned findings start out together per key; every other finding starts alone. */
function seeds(sorted: readonly GroupableFinding[], pinned: Readonly<Record<string, string>>): ClusterSeed[] {
  const byKey = new Map<string, number[]>();
  const result: ClusterSeed[] = [];
  sorted.forEach((f, i) => {
    const key = Object.hasOwn(pinned, f.id) ? pinned[f.id] : undefined;
    if (key === undefined) result.push({ members: [i], key: null });
    else byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  for (const [key, members] of byKey) result.push({ members, key });
  return result.sort((a, b) => a.members[0] - b.members[0]);
}

function toGroup(
  cluster: Cluster,
  features: readonly FindingFeatures[],
  scores: readonly (readonly number[])[],
  counterparts: PairSet,
  pinned: Readonly<Record<string, string>>,
): FindingGroup & { order: number } {
  const evidence: Evidence[] = [...manualEvidence(cluster, features, pinned)];
  for (const merge of cluster.merges) {
    const [i, j] = strongestLink(merge.left, merge.right, scores);
    evidence.push(...pairEvidence(features[i], features[j]));
    if (counterparts.has(pairKey(i, j))) evidence.push(counterpartEvidence(features[i], features[j]));
  }
  return { findingIds: cluster.members.map((i) => features[i].finding.id), evidence, order: cluster.members[0] };
}

function manualEvidence(cluster: Cluster, features: readonly FindingFeatures[], pinned: Readonly<Record<string, string>>): Evidence[] {
  const pinnedMembers = cluster.members.filter((i) => Object.hasOwn(pinned, features[i].finding.id));
  const [first, ...rest] = pinnedMembers;
  return rest.map((i) => ({
    kind: "manual",
    findingIds: [features[first].finding.id, features[i].finding.id],
    score: 1,
    detail: "placed together by hand",
    labels: [],
  }));
}

function counterpartEvidence(a: FindingFeatures, b: FindingFeatures): Evidence {
  return {
    kind: "counterpart",
    findingIds: [a.finding.id, b.finding.id],
    score: COUNTERPART_BONUS,
    detail: `each is the closest match to the other in ${a.finding.reviewer}'s and ${b.finding.reviewer}'s reports`,
    labels: [],
  };
}

/** The pair across two merged clusters with the highest score: the link that best explains the merge. */
function strongestLink(left: readonly number[], right: readonly number[], scores: readonly (readonly number[])[]): [number, number] {
  let best: [number, number] = [left[0], right[0]];
  for (const i of left) for (const j of right) if (scores[i][j] > scores[best[0]][best[1]]) best = [i, j];
  return best[0] < best[1] ? best : [best[1], best[0]];
}
