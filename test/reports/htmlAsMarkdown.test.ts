import { describe, expect, it } from "vitest";
import { looksLikeHtmlDocument } from "../../lib/reports/htmlAsMarkdown";
import { parsingCopy } from "../../lib/reports/parsingCopy";
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

  it("drops the head and scripts, and leaves a markdown answer with a <details> alone", () => {
    const copy = parsingCopy(page).text;
    expect(copy).not.toContain("alert");
    expect(copy).toMatch(/^## 1\. Stored XSS in the bio$/m);
    expect(looksLikeHtmlDocument("## Findings\n\n<details><summary>More</summary>text</details>\n")).toBe(false);
  });

  it("reads an indented table, a '|' in a cell and typographic entities as the page shows them", () => {
    const page = `<!DOCTYPE html>
<html><body>
<h1>CR-2291 &middot; review export</h1>
<table>
  <thead>
    <tr>
      <th>#</th>
      <th>Line</th>
      <th>Finding</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <td>1</td>
      <td>22</td>
      <td>Profile signature rendered with |safe (stored XSS)</td>
    </tr>
    <tr>
      <td>2</td>
      <td>78&ndash;79</td>
      <td>Unvalidated redirect target from POST "next"</td>
    </tr>
  </tbody>
</table>
</body></html>
`;
    const report = parseReport(page, "export.html");
    expect(report.findings.map((f) => [f.title.replace(/\\\|/g, "|"), f.hints?.lines])).toEqual([
      ["Profile signature rendered with |safe (stored XSS)", "22"],
      ['Unvalidated redirect target from POST "next"', "78–79"],
    ]);
  });

  it("reads an HTML table of findings as a markdown table, its header over its rows", () => {
    const table = `<html><body><h2>Findings</h2>
<table>
<thead>
<tr>
<th>#</th><th>Vulnerability</th>
<th>Severity</th>
</tr>
</thead>
<tbody>
<tr>
<td>1</td>
<td><strong>SQL injection in search.</strong> <code>q</code> is interpolated into the query.</td>
<td>High</td>
</tr>
<tr><td>2</td><td><strong>Open redirect after login.</strong> <code>next</code> is followed blindly.</td><td>Medium</td></tr>
</tbody>
</table>
</body></html>
`;
    const report = parseReport(table, "findings.html");
    expect(report.findings.map((f) => [f.title, f.hints?.severity])).toEqual([
      ["SQL injection in search", "High"],
      ["Open redirect after login", "Medium"],
    ]);
    expect(table.slice(report.findings[1].span.start, report.findings[1].span.end)).toMatch(/^<td>2<\/td>[\s\S]*<td>Medium<\/td>$/);
  });
});
