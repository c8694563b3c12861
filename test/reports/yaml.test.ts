import { describe, expect, it } from "vitest";
import { parseReport } from "../../lib/reports/parseReport";
import { yamlTree } from "../../lib/reports/yamlTree";

const answer = `Here is the structured security review you asked for:

\`\`\`yaml
review:
  target: app/docs_app.rb
  findings:
    - id: DOC-01
      title: Remote code execution via Marshal.load on the prefs cookie
      severity: critical
      cwe: CWE-502
      location: "DocsApp#preferences, line 28"
      description: >
        The prefs cookie is Base64-decoded and passed to Marshal.load,
        so a crafted payload runs code.
    - id: DOC-02
      title: SQL injection through the search term
      severity: high
      location: "GET /docs/search, lines 40-42"
      description: The q parameter is interpolated into the SQL string.
\`\`\`

Let me know if you want the fixes as a patch.
`;

describe("YAML reports", () => {
  it("reads a model's answer given as a ```yaml block: each entry a finding, spanned at its entry", () => {
    const report = parseReport(answer, "gemini.md");
    expect(report.format).toBe("yaml");
    expect(report.findings.map((f) => [f.title, f.hints?.severity, f.hints?.cwe])).toEqual([
      ["Remote code execution via Marshal.load on the prefs cookie", "critical", "CWE-502"],
      ["SQL injection through the search term", "high", undefined],
    ]);
    const [first] = report.findings;
    expect(answer.slice(first.span.start, first.span.end)).toMatch(/^id: DOC-01\n[\s\S]*runs code\.\n?$/);
    expect(first.body).toContain("Marshal.load");
  });

  it("reads a .yaml report file whole", () => {
    const text = "findings:\n  - title: Hard-coded JWT secret\n    file: src/auth.ts\n    line: 14\n    severity: high\n";
    const report = parseReport(text, "reviewer.yaml");
    expect(report.findings.map((f) => [f.title, f.hints?.path, f.hints?.lines])).toEqual([["Hard-coded JWT secret", "src/auth.ts", [{ start: 14, end: 14 }]]]);
  });

  it("leaves a YAML example inside a markdown review to the review", () => {
    const review = `## 1. Privileged container (line 12)

The deployment runs the container privileged, so a compromise of the app is a compromise of the node.
Remove the flag and drop capabilities; the pod's securityContext should look like this:

\`\`\`yaml
securityContext:
  privileged: false
\`\`\`

## 2. No resource limits

Without limits one pod can starve the node; this is a reliability concern as much as a security one.
`;
    const report = parseReport(review, "review.md");
    expect(report.format).toBe("markdown");
    expect(report.findings.map((f) => f.title)).toEqual(["Privileged container", "No resource limits"]);
  });

  it("does not expand aliases, and gives no tree for malformed YAML", () => {
    const bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n";
    const tree = yamlTree(bomb);
    expect(JSON.stringify(tree).length).toBeLessThan(5000);
    expect(yamlTree("findings:\n  - title: x\n   bad: indentation\n  : :")).toBeNull();
  });
});
