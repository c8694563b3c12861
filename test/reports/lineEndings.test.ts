import { describe, expect, it } from "vitest";
import { withUnixLineEndings } from "../../lib/reports/lineEndings";
import { parseReport } from "../../lib/reports/parseReport";

describe("withUnixLineEndings", () => {
  it("leaves text without carriage returns alone", () => {
    const u = withUnixLineEndings("a\nb");
    expect(u.text).toBe("a\nb");
    expect(u.toOriginal(2)).toBe(2);
  });

  it("maps offsets in the normalized copy back onto CRLF text", () => {
    const original = "ab\r\ncd\r\nef";
    const u = withUnixLineEndings(original);
    expect(u.text).toBe("ab\ncd\nef");
    const at = (s: string) => u.toOriginal(u.text.indexOf(s));
    expect(original.slice(at("cd"), at("cd") + 2)).toBe("cd");
    expect(original.slice(at("ef"))).toBe("ef");
    // An end just before a line break excludes the whole "\r\n".
    expect(original.slice(0, u.toOriginal(2))).toBe("ab");
    expect(u.toOriginal(u.text.length)).toBe(original.length);
  });

  it("reads a lone carriage return as a line break", () => {
    expect(withUnixLineEndings("a\rb\r\nc").text).toBe("a\nb\nc");
  });
});

describe("parseReport on CRLF text", () => {
  const lf = `## Findings

| # | Issue | Location | Severity |
|---|-------|----------|----------|
| 1 | SQL injection in \`search\` | L27 | High |
| 2 | Reflected XSS in the results page | Lines 41-44 | Medium |

### 3. Debug mode left on

\`app.run(debug=True)\` at line 58 exposes the Werkzeug console.
`;
  const crlf = lf.replace(/\n/g, "\r\n");

  it("finds what it finds in the same text with LF endings, with spans into the CRLF text", () => {
    const a = parseReport(lf, "review.md");
    const b = parseReport(crlf, "review.md");
    expect(b.findings.map((f) => f.title)).toEqual(a.findings.map((f) => f.title));
    expect(b.findings).toHaveLength(3);
    for (const [i, f] of b.findings.entries()) {
      const cut = crlf.slice(f.span.start, f.span.end);
      expect(cut.replace(/\r\n/g, "\n")).toBe(lf.slice(a.findings[i].span.start, a.findings[i].span.end));
    }
  });
});
