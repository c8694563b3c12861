/**
 * Constrained average-linkage agglomerative clustering over a symmetric score matrix.
 * Average linkage (rather than single) keeps a chain of pairwise resemblances from gluing
 * distinct issues together through one ambiguous finding; rather than complete linkage, it
 * tolerates one member that another reviewer phrased very differently.
 */

export interface ClusterSeed {
  members: number[];
  /** Seeds with different keys never merge (findings a person pinned apart). */
  key: string | null;
}

export interface Merge {
  left: number[];
  right: number[];
}

export interface Cluster {
  members: number[];
  key: string | null;
  /** The merges that built this cluster from its seeds, in order. */
  merges: Merge[];
}

/**
 * Merges the two clusters with the highest average pairwise score while that average exceeds
 * the threshold. Ties go to the pair whose smallest member indices come first, so the result
 * depends only on the matrix (callers sort their items canonically first).
 */
export function averageLinkage(scores: readonly (readonly number[])[], seeds: readonly ClusterSeed[], threshold: number): Cluster[] {
  const clusters: (Cluster | null)[] = seeds.map((s) => ({ members: [...s.members].sort((x, y) => x - y), key: s.key, merges: [] }));
  const k = clusters.length;
  // sums[i][j]: total score between the members of clusters i and j.
  const sums: number[][] = clusters.map((ci) => clusters.map((cj) => totalScore(scores, ci!.members, cj!.members)));

  for (;;) {
    let best: { i: number; j: number; avg: number } | null = null;
    for (let i = 0; i < k; i++) {
      const ci = clusters[i];
      if (!ci) continue;
      for (let j = i + 1; j < k; j++) {
        const cj = clusters[j];
        if (!cj || (ci.key !== null && cj.key !== null && ci.key !== cj.key)) continue;
        const avg = sums[i][j] / (ci.members.length * cj.members.length);
        if (avg > threshold && (best === null || avg > best.avg || (avg === best.avg && before(ci, cj, clusters[best.i]!, clusters[best.j]!))))
          best = { i, j, avg };
      }
    }
    if (best === null) break;
    const a = clusters[best.i]!;
    const b = clusters[best.j]!;
    clusters[best.i] = {
      members: [...a.members, ...b.members].sort((x, y) => x - y),
      key: a.key ?? b.key,
      merges: [...a.merges, ...b.merges, { left: a.members, right: b.members }],
    };
    clusters[best.j] = null;
    for (let m = 0; m < k; m++) {
      sums[best.i][m] += sums[best.j][m];
      sums[m][best.i] = sums[best.i][m];
    }
  }
  return clusters.filter((c): c is Cluster => c !== null);
}

function totalScore(scores: readonly (readonly number[])[], a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (const i of a) for (const j of b) sum += i === j ? 0 : scores[i][j];
  return sum;
}

function before(a1: Cluster, b1: Cluster, a2: Cluster, b2: Cluster): boolean {
  const x = [Math.min(a1.members[0], b1.members[0]), Math.max(a1.members[0], b1.members[0])];
  const y = [Math.min(a2.members[0], b2.members[0]), Math.max(a2.members[0], b2.members[0])];
  return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
}
