import { describe, expect, it } from "vitest";
import { symbolsOfFlaggedCode } from "../../lib/findings/flaggedCode";

describe("symbolsOfFlaggedCode", () => {
  it("takes the flagged line out of numbered context lines", () => {
    const code = "27     raw = base64.b64decode(token)\n28     data = pickle.loads(raw)\n29";
    expect(symbolsOfFlaggedCode(code, 28)).toEqual(["pickle.loads"]);
  });

  it("reads gosec's `N:` numbering", () => {
    expect(symbolsOfFlaggedCode("71: \tq := fmt.Sprintf(\"SELECT\")\n72: \trows, err := s.DB.Query(q)\n", 72)).toEqual(["s.DB.Query"]);
  });

  it("reads a snippet without numbers whole, up to a few lines", () => {
    expect(symbolsOfFlaggedCode("subprocess.run(cmd, shell=True)")).toEqual(["subprocess.run"]);
  });

  it("finds nothing when the numbered quote does not hold the flagged line", () => {
    expect(symbolsOfFlaggedCode("10 os.system(cmd)\n11 x = 1", 40)).toEqual([]);
  });
});
