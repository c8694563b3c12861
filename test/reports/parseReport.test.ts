import { describe, expect, it } from "vitest";
import { expectSpan, review, spanText } from "./markdown/helpers";
import { parseReport } from "../../lib/reports/parseReport";

describe("parseReport: a markdown reply whose findings are a fenced JSON array", () => {
  const open = "```json\n";
  const entryA =
    '{"title": "Open redirect in /login", "line": 31, "severity": "medium", "cwe": "CWE-601", "description": "The `next` parameter is passed to `res.redirect` unchecked."}';
  const entryB =
    '{"title": "JWT signature not verified", "lines": "55-58", "severity": "high", "cwe": "CWE-347", "description": "`jwt.decode` is used instead of `jwt.verify`, so forged tokens are accepted."}';
  const text = `Here are the findings for the Express auth module in the requested format:

${open}[
  ${entryA},
  ${entryB}
]
\`\`\`

Let me know if you would like patches for either of these.
`;
  const { report, findings } = review(text, "reply.md");

  it("is read as JSON with both entries as findings", () => {
    expect(report.format).toBe("json");
    expect(report.verdict).toBe("findings");
    expect(findings.map((f) => f.title)).toEqual(["Open redirect in /login", "JWT signature not verified"]);
    expect(findings.map((f) => f.severity)).toEqual(["medium", "high"]);
    expect(findings.map((f) => f.cwe)).toEqual(["CWE-601", "CWE-347"]);
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 31, end: 31 }], [{ start: 55, end: 58 }]]);
  });

  it("spans each entry's object, inside the fence", () => {
    const fenceStart = text.indexOf(open) + open.length;
    const fenceEnd = text.lastIndexOf("```");
    for (const finding of findings) {
      expect(finding.span.start).toBeGreaterThanOrEqual(fenceStart);
      expect(finding.span.end).toBeLessThanOrEqual(fenceEnd);
    }
    expect(spanText(text, findings[0])).toBe(entryA);
    expect(spanText(text, findings[1])).toBe(entryB);
  });
});

describe("parseReport: a markdown review that quotes a small JSON payload as an example", () => {
  const text = `## Findings

### 1. Mass assignment in profile update

**Severity:** High

\`PATCH /api/profile\` passes \`req.body\` straight to \`User.update()\`, so a client can set fields it should never control. For example, this request body makes the caller an administrator:

\`\`\`json
{"displayName": "mallory", "role": "admin"}
\`\`\`

**Recommendation:** Copy only the allowed fields before calling \`User.update()\`.

### 2. Missing rate limit on password reset

**Severity:** Medium

\`POST /api/reset\` sends a reset e-mail on every request with no throttling, which lets anyone flood a victim's inbox and brute-force the six-digit reset code.

**Recommendation:** Rate-limit by account and by IP address.
`;
  const { report, findings } = review(text, "review.md");

  it("is still read as markdown, with the two ### findings", () => {
    expect(report.format).toBe("markdown");
    expect(findings.map((f) => f.title)).toEqual(["Mass assignment in profile update", "Missing rate limit on password reset"]);
    expect(findings.map((f) => f.severity)).toEqual(["high", "medium"]);
  });

  it("keeps the example payload inside the first finding's span", () => {
    expectSpan(text, findings[0], "### 1. Mass assignment in profile update", ['{"displayName": "mallory", "role": "admin"}', "Copy only the allowed fields"], ["### 2."]);
    expectSpan(text, findings[1], "### 2. Missing rate limit", ["Rate-limit by account"]);
  });
});

describe("parseReport: dispatch by content", () => {
  it("reads a whole-file JSON array in a .txt file as JSON", () => {
    const text = '[{"issue": "Hard-coded admin password", "line": 9, "risk": "high", "description": "The password is a string literal."}]';
    const { report, findings } = review(text, "x.txt");
    expect(report.format).toBe("json");
    expect(findings.map((f) => [f.title, f.severity, f.lines])).toEqual([["Hard-coded admin password", "high", [{ start: 9, end: 9 }]]]);
  });

  it("reads a SARIF log saved as .json as SARIF", () => {
    const text = JSON.stringify({
      $schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "gosec", rules: [{ id: "G304", shortDescription: { text: "File path provided as taint input" } }] } },
          results: [
            {
              ruleId: "G304",
              level: "warning",
              message: { text: "Potential file inclusion via variable" },
              locations: [{ physicalLocation: { artifactLocation: { uri: "cmd/server/main.go" }, region: { startLine: 61 } } }],
            },
          ],
        },
      ],
    });
    const { report, findings } = review(text, "scan.json");
    expect(report.format).toBe("sarif");
    expect(findings).toHaveLength(1);
    expect(findings[0].path).toBe("cmd/server/main.go");
    expect(findings[0].lines).toEqual([{ start: 61, end: 61 }]);
    expect(findings[0].ruleId).toBe("G304");
  });

  it("reads a markdown review saved as .txt as markdown", () => {
    const text = "## Findings\n\n1. **Format string bug in log_line** (Line 30)\n   - **Issue**: `printf(msg)` passes user input as the format string.\n";
    const { report, findings } = review(text, "x.txt");
    expect(report.format).toBe("markdown");
    expect(findings.map((f) => [f.title, f.lines])).toEqual([["Format string bug in log_line", [{ start: 30, end: 30 }]]]);
  });
});

describe("parseReport: Perl::Critic's console output", () => {
  const text = `Cascading if-elsif chain at line 19, column 1.  See pages 117,118 of PBP.  (Severity: 3)
Two-argument "open" used at line 89, column 5.  See page 207 of PBP.  (Severity: 5)
guestbook.cgi: [InputOutput::ProhibitBarewordFileHandles] Bareword file handle opened at line 89, column 5.  (Severity: 5)
`;
  it("makes each violation line a finding, with its line, severity and policy", () => {
    const report = parseReport(text, "perlcritic.txt");
    expect(report.findings.map((f) => f.title)).toEqual(["Cascading if-elsif chain", 'Two-argument "open" used', "Bareword file handle opened"]);
    expect(report.findings.map((f) => f.hints)).toEqual([
      { severity: "low", lines: "19", ruleId: "PBP 117,118" },
      { severity: "high", lines: "89", ruleId: "PBP 207" },
      { severity: "high", lines: "89", ruleId: "InputOutput::ProhibitBarewordFileHandles", path: "guestbook.cgi" },
    ]);
    expect(text.slice(report.findings[1].span.start, report.findings[1].span.end)).toMatch(/^Two-argument "open" used at line 89.*\(Severity: 5\)$/);
  });

  it("reads the policy-first verbosity, whose lines open with a bracket as JSON does", () => {
    const policyFirst = `[Subroutines::ProhibitExplicitReturnUndef] "return" statement with explicit "undef" at line 16, column 37.  (Severity: 5)\n[InputOutput::ProhibitTwoArgOpen] Two-argument "open" used at line 75, column 5.  (Severity: 5)\n`;
    const report = parseReport(policyFirst, "perlcritic.txt");
    expect(report.findings.map((f) => [f.title, f.hints?.ruleId, f.hints?.lines])).toEqual([
      ['"return" statement with explicit "undef"', "Subroutines::ProhibitExplicitReturnUndef", "16"],
      ['Two-argument "open" used', "InputOutput::ProhibitTwoArgOpen", "75"],
    ]);
  });

  it("leaves prose that quotes one violation to the markdown reader", () => {
    const review = `I ran perlcritic; it says:\n\nTwo-argument "open" used at line 89, column 5.  See page 207 of PBP.  (Severity: 5)\n\nThat open is also a command injection: a file name ending in | runs a program.\n\nThe SQL in sign_entry interpolates $name.\n`;
    expect(parseReport(review, "review.md").format).toBe("markdown");
  });
});

describe("parseReport: flawfinder's console output", () => {
  const text = `Flawfinder version 2.0.19, (C) 2001-2019 David A. Wheeler.
Examining src/recdump.c

FINAL RESULTS:

src/recdump.c:54:  [4] (buffer) strcpy:
  Does not check for buffer overflows when copying to destination [MS-banned]
  (CWE-120). Consider using snprintf, strcpy_s, or strlcpy.
src/recdump.c:21:  [2] (buffer) char:
  Statically-sized arrays can be improperly restricted, leading to potential
  overflows or other issues (CWE-119!/CWE-120). Perform bounds checking.

ANALYSIS SUMMARY:

Hits = 2
`;
  it("makes each hit a finding with its file, line, level and rule, the explanation as its body", () => {
    const report = parseReport(text, "flawfinder.txt");
    expect(report.findings.map((f) => f.title)).toEqual([
      "strcpy: Does not check for buffer overflows when copying to destination [MS-banned] (CWE-120)",
      "char: Statically-sized arrays can be improperly restricted, leading to potential overflows or other issues (CWE-119!/CWE-120)",
    ]);
    expect(report.findings[0].hints).toEqual({ severity: "high", lines: "54", path: "src/recdump.c", ruleId: "buffer/strcpy", symbols: ["strcpy"] });
    expect(text.slice(report.findings[1].span.start, report.findings[1].span.end)).toMatch(/^src\/recdump\.c:21:[\s\S]*Perform bounds checking\.$/);
  });

  it("leaves the summary out, and a review that quotes one hit to the markdown reader", () => {
    expect(parseReport(text, "flawfinder.txt").findings).toHaveLength(2);
    const review = "The tool says:\n\nsrc/a.c:54:  [4] (buffer) strcpy:\n\nI agree: the copy overflows `name`.\n";
    expect(parseReport(review, "review.md").format).toBe("markdown");
  });
});
