import { describe, expect, it } from "vitest";
import { consensusOf } from "../../lib/consensus/consensusOf";

const five = ["claude", "gpt-4o", "llama", "nadia", "qwen"];

describe("consensusOf", () => {
  it("counts distinct reviewers, against every reviewer of the subject including silent ones", () => {
    expect(consensusOf(["claude", "claude", "gpt-4o"], five)).toEqual({ reviewers: 2, of: 5, level: "minority" });
  });

  it.each([
    [["claude", "gpt-4o", "llama", "nadia", "qwen"], "unanimous"],
    [["claude", "gpt-4o", "nadia", "qwen"], "majority"],
    [["claude", "gpt-4o", "qwen"], "majority"],
    [["claude", "gpt-4o"], "minority"],
    [["claude"], "single"],
  ] as const)("%j of five is %s", (raised, level) => {
    expect(consensusOf([...raised], five).level).toBe(level);
  });

  it("needs more than half for a majority", () => {
    expect(consensusOf(["a", "b"], ["a", "b", "c", "d"]).level).toBe("minority");
    expect(consensusOf(["a", "b", "c"], ["a", "b", "c", "d"]).level).toBe("majority");
  });

  it("calls two of two unanimous and one of two single", () => {
    expect(consensusOf(["a", "b"], ["a", "b"]).level).toBe("unanimous");
    expect(consensusOf(["a"], ["a", "b"]).level).toBe("single");
  });

  it("calls a lone reviewer's issue single, not unanimous", () => {
    expect(consensusOf(["a"], ["a"])).toEqual({ reviewers: 1, of: 1, level: "single" });
  });

  it("counts a reviewer with a finding even if the subject list omits it", () => {
    expect(consensusOf(["a", "z"], ["a", "b"])).toEqual({ reviewers: 2, of: 3, level: "majority" });
  });
});
