import { describe, expect, it } from "vitest";
import { detectFormat } from "../../lib/reports/detectFormat";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

describe("detectFormat: content decides, the file name breaks ties", () => {
  it("reads a SARIF log saved with a .json extension as sarif", () => {
    const text = JSON.stringify({ $schema: SARIF_SCHEMA, version: "2.1.0", runs: [{ tool: { driver: { name: "semgrep" } }, results: [] }] }, null, 2);
    expect(detectFormat(text, "results.json")).toBe("sarif");
  });

  it("reads SARIF without $schema but with version 2.1.0 and runs as sarif", () => {
    const text = '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "gosec"}}, "results": []}]}';
    expect(detectFormat(text, "gosec.json")).toBe("sarif");
  });

  it("reads a .sarif file as sarif even when its first 4 KB hold no SARIF marker (keys sorted: runs before version)", () => {
    const rules = Array.from({ length: 60 }, (_, i) => ({ id: `PY${100 + i}`, shortDescription: { text: `Rule number ${i} checks something in Python code` } }));
    const text = JSON.stringify({ runs: [{ tool: { driver: { name: "bandit", rules } }, results: [] }], version: "2.1.0" });
    expect(text.indexOf('"version"')).toBeGreaterThan(4096);
    expect(detectFormat(text, "bandit.sarif")).toBe("sarif");
  });

  it("reads plain JSON as json whatever the extension", () => {
    const text = '[{"issue": "Hard-coded API key", "line": 4, "risk": "high"}]';
    expect(detectFormat(text, "review.txt")).toBe("json");
    expect(detectFormat(text, "review.json")).toBe("json");
    expect(detectFormat(`\uFEFF${text}`, "review.txt")).toBe("json");
  });

  it("reads a fenced JSON answer as json", () => {
    expect(detectFormat('Here is the result:\n\n```json\n[{"title": "XSS in /search"}]\n```\n', "reply.md")).toBe("json");
  });

  it("reads markdown saved as .txt as markdown", () => {
    expect(detectFormat("## Findings\n\n- SQL injection in `get_user` (Line 12)\n", "review.txt")).toBe("markdown");
    expect(detectFormat("1. **Buffer overflow in parse_key** (Line 70)\n   - Issue: strcpy into a fixed buffer.\n", "review.txt")).toBe("markdown");
    expect(detectFormat("| Issue | Line |\n|---|---|\n| Missing CSRF token | 40 |\n", "review.txt")).toBe("markdown");
  });

  it("reads plain prose as markdown in a .md file and as text in a .txt file", () => {
    const prose = "The upload handler joins the client's file name onto the upload directory without checking it.\n";
    expect(detectFormat(prose, "review.md")).toBe("markdown");
    expect(detectFormat(prose, "REVIEW.MD")).toBe("markdown");
    expect(detectFormat(prose, "review.markdown")).toBe("markdown");
    expect(detectFormat(prose, "review.txt")).toBe("text");
    expect(detectFormat(prose)).toBe("text");
  });
});
