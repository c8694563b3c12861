import { describe, expect, it } from "vitest";
import { averageLinkage } from "../../lib/grouping/cluster";

const alone = (n: number) => Array.from({ length: n }, (_, i) => ({ members: [i], key: null }));

describe("averageLinkage", () => {
  // 0-1 close, 2 close to 1 but far from 0, 3 unrelated.
  const scores = [
    [0, 0.9, 0.1, 0],
    [0.9, 0, 0.6, 0],
    [0.1, 0.6, 0, 0],
    [0, 0, 0, 0],
  ];

  it("merges while the average link exceeds the threshold", () => {
    // {0,1} forms first (0.9); 2 then averages (0.1 + 0.6) / 2 = 0.35.
    expect(averageLinkage(scores, alone(4), 0.3).map((c) => c.members)).toEqual([[0, 1, 2], [3]]);
    expect(averageLinkage(scores, alone(4), 0.4).map((c) => c.members)).toEqual([[0, 1], [2], [3]]);
  });

  it("does not chain through one strong link the way single linkage would", () => {
    expect(averageLinkage(scores, alone(4), 0.5).map((c) => c.members)).toEqual([[0, 1], [2], [3]]);
  });

  it("never merges seeds with different keys", () => {
    const seeds = [
      { members: [0], key: "a" },
      { members: [1], key: "b" },
      { members: [2], key: null },
      { members: [3], key: null },
    ];
    const clusters = averageLinkage(scores, seeds, 0.05);
    expect(clusters.map((c) => c.members)).toEqual([[0], [1, 2], [3]]);
    expect(clusters[1].key).toBe("b");
  });

  it("records merges in order", () => {
    const [first] = averageLinkage(scores, alone(4), 0.3);
    expect(first.merges).toEqual([
      { left: [0], right: [1] },
      { left: [0, 1], right: [2] },
    ]);
  });

  it("breaks exact ties by the lowest member indices", () => {
    const tie = [
      [0, 0.5, 0.5],
      [0.5, 0, 0.5],
      [0.5, 0.5, 0],
    ];
    const [c] = averageLinkage(tie, alone(3), 0.9 - 0.5);
    expect(c.merges[0]).toEqual({ left: [0], right: [1] });
  });
});
