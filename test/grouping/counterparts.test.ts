import { describe, expect, it } from "vitest";
import { COUNTERPART_FLOOR, COUNTERPART_MARGIN, counterpartPairs } from "../../lib/grouping/counterparts";

/** A symmetric matrix from the pairs' scores; unlisted pairs score 0. */
function matrix(n: number, pairs: Record<string, number>): number[][] {
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const [key, s] of Object.entries(pairs)) {
    const [i, j] = key.split("-").map(Number);
    m[i][j] = s;
    m[j][i] = s;
  }
  return m;
}

describe("counterpartPairs", () => {
  // Findings 0 and 1 from report A, 2 and 3 from report B.
  const reports = ["A", "A", "B", "B"];

  it("pairs two findings of two reports that are each other's clear best match", () => {
    expect(counterpartPairs(reports, matrix(4, { "0-2": 0.2, "0-3": 0.05, "1-3": 0.18, "1-2": 0.02 }))).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it("does not pair findings that are barely alike, however they rank", () => {
    expect(counterpartPairs(reports, matrix(4, { "0-2": COUNTERPART_FLOOR - 0.01 }))).toEqual([]);
  });

  it("does not pair a finding whose best match prefers another finding of its report", () => {
    // 2's best in A is 1, not 0: a report that missed an issue still has a closest finding for it.
    expect(counterpartPairs(reports, matrix(4, { "0-2": 0.2, "1-2": 0.3 }))).toEqual([[1, 2]]);
  });

  it("does not pair on a near tie with the runner-up", () => {
    expect(counterpartPairs(reports, matrix(4, { "0-2": 0.2, "0-3": 0.2 - COUNTERPART_MARGIN / 2 }))).toEqual([]);
  });

  it("never pairs two findings of one report", () => {
    expect(counterpartPairs(["A", "A"], matrix(2, { "0-1": 0.9 }))).toEqual([]);
  });

  it("leaves out pairs the caller vetoes", () => {
    expect(counterpartPairs(reports, matrix(4, { "0-2": 0.2 }), (i, j) => !(i === 0 && j === 2))).toEqual([]);
  });

  it("finds the same pairs whatever the order of the findings", () => {
    const scores = { "0-2": 0.2, "0-3": 0.05, "1-3": 0.18, "1-2": 0.12, "0-4": 0.3, "2-4": 0.15 };
    const found = counterpartPairs([...reports, "C"], matrix(5, scores));
    // Reverse the indices: i → 4 - i.
    const reversed = Object.fromEntries(Object.entries(scores).map(([k, s]) => [k.split("-").map((x) => 4 - Number(x)).join("-"), s]));
    const foundReversed = counterpartPairs(["C", "B", "B", "A", "A"], matrix(5, reversed));
    const back = foundReversed.map(([i, j]) => [4 - j, 4 - i]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    expect(back).toEqual(found);
    expect(found.length).toBeGreaterThan(0);
  });
});
