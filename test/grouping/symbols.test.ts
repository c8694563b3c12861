import { describe, expect, it } from "vitest";
import { DISJOINT_SYMBOLS_SCORE, symbolKeys, symbolScore, symbolSimilarity, symbolVectors } from "../../lib/grouping/symbols";

describe("symbolKeys", () => {
  it("drops call parentheses and lowercases, keeping the whole path and its segments", () => {
    expect(symbolKeys("eventlet.sleep(time_to_wait)")).toEqual([
      { key: "eventlet.sleep", segment: false, written: "eventlet.sleep" },
      { key: "eventlet", segment: true, written: "eventlet" },
      { key: "sleep", segment: true, written: "sleep" },
      { key: "time_to_wait", segment: false, written: "time_to_wait" },
    ]);
    expect(symbolKeys("get_user()")).toEqual([{ key: "get_user", segment: false, written: "get_user" }]);
  });

  it("treats :: and -> like dots", () => {
    expect(symbolKeys("fs::read").map((k) => k.key)).toEqual(["fs.read", "read"]);
    expect(symbolKeys("$conn->query").map((k) => k.key)).toContain("conn.query");
  });

  it("reads the names out of a code snippet and skips keywords", () => {
    const keys = symbolKeys("let dest = out_dir.join(&e.name);").map((k) => k.key);
    expect(keys).toContain("dest");
    expect(keys).toContain("out_dir.join");
    expect(keys).toContain("out_dir");
    expect(keys).not.toContain("let");
  });
});

describe("symbol similarity", () => {
  it("matches the same call written with and without arguments", () => {
    const [a, b] = symbolVectors([["eventlet.sleep(time_to_wait)"], ["`eventlet.sleep`"]]).vectors;
    expect(symbolScore(a, b)).toBeGreaterThan(0.5);
    expect(symbolSimilarity(a, b).shared).toEqual(["eventlet.sleep"]);
  });

  it("matches a bare name against the last segment of a dotted path, more weakly than the full path", () => {
    const { vectors } = symbolVectors([["neutron_utils.load_class"], ["load_class"], ["neutron_utils.load_class"], ["other_fn"]]);
    const segmentOnly = symbolScore(vectors[0], vectors[1]);
    const fullPath = symbolScore(vectors[0], vectors[2]);
    expect(segmentOnly).toBeGreaterThan(0);
    expect(fullPath).toBeGreaterThan(segmentOnly);
  });

  it("weights a symbol few findings name above one most findings name", () => {
    const { vectors } = symbolVectors([
      ["request.GET", "mark_safe"],
      ["request.GET", "mark_safe"],
      ["request.GET", "cursor.execute"],
      ["request.GET", "cursor.execute"],
      ["request.GET"],
    ]);
    // Sharing only the ubiquitous request.GET counts less than sharing the rare mark_safe too.
    expect(symbolScore(vectors[0], vectors[1])).toBeGreaterThan(symbolScore(vectors[0], vectors[4]) + 0.2);
  });

  it("is mildly negative when both name code but none in common, and neutral when one names none", () => {
    const { vectors } = symbolVectors([["mark_safe"], ["cursor.execute"], []]);
    expect(symbolScore(vectors[0], vectors[1])).toBe(DISJOINT_SYMBOLS_SCORE);
    expect(symbolScore(vectors[0], vectors[2])).toBe(0);
  });

  it("spells shared keys the way the first finding wrote them", () => {
    const { vectors, written } = symbolVectors([["ImportError"], ["importerror"]]);
    expect(symbolSimilarity(vectors[0], vectors[1]).shared).toEqual(["importerror"]);
    expect(written.get("importerror")).toBe("ImportError");
  });
});
