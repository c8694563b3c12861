import { describe, expect, it } from "vitest";
import { codeExcerpts } from "../../lib/code/codeExcerpts";
import type { ReviewedCode } from "../../lib/code/reviewedCode";

const numbered = (path: string | null, lines: string[]) => ({ path, lines: new Map(lines.map((l, i) => [i + 1, l])) });
const SOURCE = Array.from({ length: 60 }, (_, i) => (i === 19 ? "def save(name):" : i > 19 && i < 30 ? `    step_${i + 1}()` : `line_${i + 1} = ${i + 1}`));
const ONE_FILE: ReviewedCode = { files: [numbered("app/upload.py", SOURCE)] };

describe("codeExcerpts", () => {
  it("shows nearby citations of several reviewers as one excerpt, cited lines marked, in its function", () => {
    const excerpts = codeExcerpts(ONE_FILE, [
      { reviewer: "bob", lines: [{ start: 23, end: 23 }], path: null },
      { reviewer: "alice", lines: [{ start: 21, end: 22 }], path: "upload.py" },
    ]);
    expect(excerpts).toHaveLength(1);
    const [e] = excerpts;
    expect(e).toMatchObject({ path: "app/upload.py", unit: "save", citedBy: ["alice", "bob"], truncated: false });
    expect(e.lines.map((l) => l.number)).toEqual([18, 19, 20, 21, 22, 23, 24, 25, 26]);
    expect(e.lines.filter((l) => l.cited).map((l) => l.number)).toEqual([21, 22, 23]);
  });

  it("keeps distant places apart and ignores ranges that cover the file or lie outside it", () => {
    const excerpts = codeExcerpts(ONE_FILE, [
      { reviewer: "a", lines: [{ start: 5, end: 5 }, { start: 50, end: 51 }], path: null },
      { reviewer: "b", lines: [{ start: 1, end: 60 }], path: null },
      { reviewer: "c", lines: [{ start: 400, end: 401 }], path: null },
    ]);
    expect(excerpts.map((e) => e.lines.filter((l) => l.cited).map((l) => l.number))).toEqual([[5], [50, 51]]);
    expect(excerpts[0].unit).toBeNull();
  });

  it("places a citation in the file its path names, and skips one it cannot place among several files", () => {
    const two: ReviewedCode = { files: [numbered("a/views.py", ["x = 1", "y = 2", "z = 3"]), numbered("a/models.py", ["m = 1", "n = 2", "o = 3"])] };
    const placed = codeExcerpts(two, [{ reviewer: "r", lines: [{ start: 2, end: 2 }], path: "models.py" }]);
    expect(placed.map((e) => e.path)).toEqual(["a/models.py"]);
    expect(placed[0].lines.find((l) => l.cited)?.text).toBe("n = 2");
    expect(codeExcerpts(two, [{ reviewer: "r", lines: [{ start: 2, end: 2 }], path: null }])).toEqual([]);
  });
});
