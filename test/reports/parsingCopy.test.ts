import { describe, expect, it } from "vitest";
import { parsingCopy } from "../../lib/reports/parsingCopy";
import { parseReport } from "../../lib/reports/parseReport";

describe("parsingCopy", () => {
  it("leaves text without carriage returns alone", () => {
    const u = parsingCopy("a\nb");
    expect(u.text).toBe("a\nb");
    expect(u.toOriginal(2)).toBe(2);
  });

  it("maps offsets in the normalized copy back onto CRLF text", () => {
    const original = "ab\r\ncd\r\nef";
    const u = parsingCopy(original);
    expect(u.text).toBe("ab\ncd\nef");
    const at = (s: string) => u.toOriginal(u.text.indexOf(s));
    expect(original.slice(at("cd"), at("cd") + 2)).toBe("cd");
    expect(original.slice(at("ef"))).toBe("ef");
    // An end just before a line break excludes the whole "\r\n".
    expect(original.slice(0, u.toOriginal(2))).toBe("ab");
    expect(u.toOriginal(u.text.length)).toBe(original.length);
  });

  it("reads a lone carriage return as a line break", () => {
    expect(parsingCopy("a\rb\r\nc").text).toBe("a\nb\nc");
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

describe("parsingCopy: habits of writers and of copy-paste", () => {
  const lf = `1. **SQL injection in \`search\`** (Line 27)
   - The query is built with an f-string.

2. **Reflected XSS in the results page** (Lines 41-44)
   - \`q\` is echoed without escaping.
`;
  const titles = (text: string) => parseReport(text, "review.md").findings.map((f) => f.title);
  const expected = ["SQL injection in `search`", "Reflected XSS in the results page"];

  it("reads a comment in Jira's wiki markup as markdown of the same length", () => {
    const text = "h3. Review of NEWS-1187\n\n# {{tasks.py:28}} - the segment is unpickled.\n# {{api.py:49}} - no owner check.\n{code:python}\nx = 1\n{code}\n";
    const copy = parsingCopy(text);
    expect(copy.text.length).toBe(text.length);
    expect(copy.text).toContain("### Review of NEWS-1187");
    expect(copy.text).toContain("\n-  `tasks.py:28`  - the segment");
    expect(copy.text).toContain("\n```");
    const findings = parseReport(text, "hannah.txt").findings;
    expect(findings.map((f) => text.slice(f.span.start, f.span.end))).toEqual(["# {{tasks.py:28}} - the segment is unpickled.", "# {{api.py:49}} - no owner check."]);
  });

  it("leaves '# ' headings and '{{ name }}' placeholders of a markdown report alone", () => {
    const text = "# Review\n\nThe template prints {{ user.name }} unescaped.\n";
    expect(parsingCopy(text).text).toBe(text);
  });

  it("reads a model's answer wrapped in a ```markdown fence, after a line of preamble", () => {
    const fenced = "Here is the review:\n\n```markdown\n" + lf + "```\n";
    expect(titles(fenced)).toEqual(expected);
    const [first] = parseReport(fenced, "review.md").findings;
    expect(fenced.slice(first.span.start, first.span.end)).toContain("1. **SQL injection");
  });

  it("leaves a fence that holds code, or one deep in the review, alone", () => {
    const u = parsingCopy("```python\nos.system(cmd)\n```\n");
    expect(u.text).toBe("```python\nos.system(cmd)\n```\n");
    const late = `${"Intro. ".repeat(60).trim()}\n\n\`\`\`text\nexample\n\`\`\`\n`;
    expect(parsingCopy(late).text).toBe(late);
  });

  it("maps offsets across an unwrapped fence", () => {
    const original = "```md\nab\ncd\n```\n";
    const u = parsingCopy(original);
    expect(u.text).toBe("ab\ncd\n");
    expect(original.slice(u.toOriginal(3), u.toOriginal(5))).toBe("cd");
    expect(u.toOriginal(u.text.length)).toBe(original.length);
  });

  it("reads trailing spaces, non-breaking spaces, a byte-order mark and pasted • bullets as plain markdown", () => {
    expect(titles(lf.replace(/\n/g, "   \n"))).toEqual(expected);
    expect(titles(lf.replace(/\*\* \(/g, "**\u00a0("))).toEqual(expected);
    expect(titles(`\uFEFF${lf}`)).toEqual(expected);
    expect(titles(lf.replace(/^( {3})- /gm, "$1• "))).toEqual(expected);
  });

  it("maps offsets across deleted trailing spaces", () => {
    const original = "ab  \ncd\t\nef";
    const u = parsingCopy(original);
    expect(u.text).toBe("ab\ncd\nef");
    expect(original.slice(u.toOriginal(3), u.toOriginal(5))).toBe("cd");
    expect(original.slice(u.toOriginal(6))).toBe("ef");
  });
});
