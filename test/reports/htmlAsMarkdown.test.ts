import { describe, expect, it } from "vitest";
import { htmlAsMarkdown, looksLikeHtmlDocument } from "../../lib/reports/htmlAsMarkdown";
import { parseReport } from "../../lib/reports/parseReport";

const page = `<!DOCTYPE html>
<html><head><title>Review</title><style>body { font: 12px sans-serif }</style><script>alert(1)</script></head>
<body>
<h1>Security review of ProfileComponent</h1>
<p>I reviewed the component. Overall it is tidy.</p>
<h2>1. Stored XSS in the bio</h2>
<p><strong>Severity:</strong> High. The bio is rendered with <code>{!! $bio !!}</code> on line 42, so a user&#39;s script runs for every visitor.</p>
<h2>2. Missing authorization on <code>delete()</code></h2>
<p>Any logged-in user can delete another user&#39;s post (line 77).</p>
</body></html>
`;

describe("HTML reports", () => {
  it("reads a saved HTML answer's headings, bold fields and code as markdown would, with spans into the HTML", () => {
    const report = parseReport(page, "review.html");
    expect(report.findings.map((f) => [f.title, f.hints?.severity ?? null])).toEqual([
      ["Stored XSS in the bio", null],
      ["Missing authorization on `delete()`", null],
    ]);
    expect(page.slice(report.findings[0].span.start, report.findings[0].span.end)).toMatch(/^<h2>1\. Stored XSS in the bio<\/h2>[\s\S]*every visitor\.$/);
  });

  it("keeps the length, blanks the head and scripts, and leaves a markdown answer with a <details> alone", () => {
    const copy = htmlAsMarkdown(page);
    expect(copy.length).toBe(page.length);
    expect(copy).not.toContain("alert");
    expect(copy).toMatch(/^##\s+1\. Stored XSS in the bio\s*$/m);
    expect(looksLikeHtmlDocument("## Findings\n\n<details><summary>More</summary>text</details>\n")).toBe(false);
  });
});
