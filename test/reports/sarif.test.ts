import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParsedReport, RawFinding } from "../../lib/findings/types";
import { ReportError } from "../../lib/reports/errors";
import { looksLikeSarif, parseSarifReport } from "../../lib/reports/sarif";

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

function sarif(runs: unknown[]): string {
  return JSON.stringify({ $schema: SCHEMA, version: "2.1.0", runs }, null, 2);
}

function spanValue(text: string, finding: RawFinding): unknown {
  return JSON.parse(text.slice(finding.span.start, finding.span.end));
}

/** Each finding's span must cut exactly the result object it came from out of the text. */
function expectSpansAreResults(text: string, report: ParsedReport, results: unknown[]): void {
  expect(report.findings.map((finding) => spanValue(text, finding))).toEqual(results);
}

function reportError(text: string): ReportError {
  try {
    parseSarifReport(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportError);
    return error as ReportError;
  }
  throw new Error("expected parseSarifReport to throw a ReportError");
}

describe("parseSarifReport: tools as they write SARIF", () => {
  it("reads a Bandit log: CWE from rule tags, title from the message when the rule name is an identifier", () => {
    const result = {
      message: { text: "Possible binding to all interfaces." },
      level: "warning",
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "src/config/server.py" },
            region: { startLine: 45, endLine: 46, snippet: { text: 'host = "0.0.0.0"' } },
          },
        },
      ],
      properties: { issue_confidence: "MEDIUM", issue_severity: "MEDIUM" },
      ruleId: "B104",
      ruleIndex: 0,
    };
    const text = sarif([
      {
        tool: {
          driver: {
            name: "Bandit",
            rules: [
              {
                id: "B104",
                name: "hardcoded_bind_all_interfaces",
                properties: { tags: ["security", "external/cwe/cwe-605"], precision: "medium" },
                helpUri: "https://bandit.readthedocs.io/en/latest/plugins/b104_hardcoded_bind_all_interfaces.html",
              },
            ],
          },
        },
        results: [result],
      },
    ]);

    const report = parseSarifReport(text);

    expect(report).toMatchObject({ format: "sarif", verdict: "findings", warnings: [] });
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding.title).toBe("Possible binding to all interfaces");
    expect(finding.body).toBe("Possible binding to all interfaces.");
    expect(finding.hints).toEqual({
      ruleId: "B104",
      severity: "warning",
      cwe: "CWE-605",
      lines: [{ start: 45, end: 46 }],
      path: "src/config/server.py",
    });
    expectSpansAreResults(text, report, [result]);
  });

  it("reads a CodeQL log: rules in an extension found by rule.index, level from the rule's default", () => {
    const result = {
      ruleId: "py/sql-injection",
      rule: { id: "py/sql-injection", index: 1, toolComponent: { index: 0 } },
      message: { text: "This SQL query depends on a [user-provided value](1)." },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "server/routes.py", uriBaseId: "%SRCROOT%", index: 0 },
            region: { startLine: 16, startColumn: 13, endColumn: 67 },
          },
        },
      ],
      relatedLocations: [{ id: 1, physicalLocation: { artifactLocation: { uri: "server/routes.py" } } }],
    };
    const text = sarif([
      {
        tool: {
          driver: { name: "CodeQL", semanticVersion: "2.19.3", rules: [] },
          extensions: [
            {
              name: "codeql/python-queries",
              rules: [
                { id: "py/reflective-xss", name: "py/reflective-xss", shortDescription: { text: "Reflected XSS" } },
                {
                  id: "py/sql-injection",
                  name: "py/sql-injection",
                  shortDescription: { text: "SQL query built from user-controlled sources" },
                  fullDescription: {
                    text: "Building a SQL query from user-controlled sources is vulnerable to insertion of malicious SQL code by the user.",
                  },
                  defaultConfiguration: { enabled: true, level: "error" },
                  properties: { tags: ["security", "external/cwe/cwe-089"], "security-severity": "8.8" },
                },
              ],
            },
          ],
        },
        artifacts: [{ location: { uri: "server/routes.py", uriBaseId: "%SRCROOT%", index: 0 } }],
        results: [result],
      },
    ]);

    const report = parseSarifReport(text);

    const [finding] = report.findings;
    expect(finding.title).toBe("SQL query built from user-controlled sources");
    expect(finding.body).toBe(
      "This SQL query depends on a user-provided value.\n\n" +
        "Building a SQL query from user-controlled sources is vulnerable to insertion of malicious SQL code by the user.",
    );
    expect(finding.hints).toEqual({
      ruleId: "py/sql-injection",
      severity: "error",
      severityScore: 8.8,
      cwe: "CWE-89",
      lines: [{ start: 16, end: 16 }],
      path: "server/routes.py",
      stance: "vulnerability",
    });
    expectSpansAreResults(text, report, [result]);
  });

  it("finds a rule by id in an extension named by guid when there is no index", () => {
    const result = {
      ruleId: "js/xss",
      rule: { id: "js/xss", toolComponent: { guid: "AAAA-1" } },
      message: { text: "Cross-site scripting vulnerability due to user-provided value." },
    };
    const text = sarif([
      {
        tool: {
          driver: { name: "CodeQL" },
          extensions: [
            { name: "codeql/threat-models", guid: "BBBB-2", rules: [] },
            {
              name: "codeql/javascript-queries",
              guid: "aaaa-1",
              rules: [{ id: "js/xss", shortDescription: { text: "Client-side cross-site scripting" }, properties: { tags: ["CWE-79"] } }],
            },
          ],
        },
        results: [result],
      },
    ]);

    const [finding] = parseSarifReport(text).findings;

    expect(finding.title).toBe("Client-side cross-site scripting");
    expect(finding.hints).toMatchObject({ ruleId: "js/xss", cwe: "CWE-79", severity: "warning" });
    expect(finding.hints?.lines).toBeUndefined();
  });

  it("reads a gosec log: CWE from a rule relationship into the CWE taxonomy", () => {
    const results = [
      {
        level: "error",
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: "pkg/jwt/generator.go" },
              region: { startLine: 54, endLine: 54, startColumn: 18, endColumn: 18, snippet: { text: "os.ReadFile(keyPath)" } },
            },
          },
        ],
        message: { text: "Potential file inclusion via variable" },
        ruleId: "G304",
      },
      {
        level: "warning",
        locations: [{ physicalLocation: { artifactLocation: { uri: "cmd/setup.go" }, region: { startLine: 63 } } }],
        message: { text: "Errors unhandled" },
        ruleId: "G104",
      },
    ];
    const cweTaxonomy = {
      name: "CWE",
      organization: "MITRE",
      guid: "f2856fc0-85b7-373f-83e7-6f8582243547",
      taxa: [
        { id: "22", shortDescription: { text: "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')" } },
        { id: "703", shortDescription: { text: "Improper Check or Handling of Exceptional Conditions" } },
      ],
    };
    const text = sarif([
      {
        tool: {
          driver: {
            name: "gosec",
            rules: [
              {
                id: "G304",
                name: "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')",
                shortDescription: { text: "Potential file inclusion via variable" },
                defaultConfiguration: { level: "error" },
                properties: { precision: "high", tags: ["security", "MEDIUM"] },
                relationships: [
                  { kinds: ["superset"], target: { id: "22", guid: "3e718404", toolComponent: { name: "CWE", guid: cweTaxonomy.guid } } },
                ],
              },
              {
                id: "G104",
                name: "Improper Check or Handling of Exceptional Conditions",
                shortDescription: { text: "Errors unhandled" },
                // The taxon is given only by position in the taxonomy the component index points at.
                relationships: [{ kinds: ["superset"], target: { index: 1, toolComponent: { index: 0 } } }],
              },
            ],
          },
        },
        taxonomies: [cweTaxonomy],
        results,
      },
    ]);

    const report = parseSarifReport(text);

    expect(report.findings.map((f) => f.title)).toEqual(["Potential file inclusion via variable", "Errors unhandled"]);
    expect(report.findings.map((f) => f.hints)).toEqual([
      {
        ruleId: "G304",
        severity: "error",
        cwe: "CWE-22",
        lines: [{ start: 54, end: 54 }],
        path: "pkg/jwt/generator.go",
        // The code the region quotes names what a reviewer would name.
        symbols: ["os.ReadFile", "ReadFile"],
        stance: "vulnerability",
      },
      { ruleId: "G104", severity: "warning", cwe: "CWE-703", lines: [{ start: 63, end: 63 }], path: "cmd/setup.go" },
    ]);
    expectSpansAreResults(text, report, results);
  });

  it("does not take a CWE from a relationship into a taxonomy that is not CWE", () => {
    const text = sarif([
      {
        tool: {
          driver: {
            name: "scanner",
            rules: [{ id: "R1", relationships: [{ target: { id: "79", toolComponent: { name: "OWASP" } } }] }],
          },
        },
        results: [{ ruleId: "R1", message: { text: "Something." } }],
      },
    ]);

    expect(parseSarifReport(text).findings[0].hints?.cwe).toBeUndefined();
  });

  it("reads CWE from a result's taxa pointing into the CWE taxonomy (Mayhem)", () => {
    const result = {
      ruleId: "MI110",
      message: { text: "TDID-2307883 - Integer Overflow or Wraparound", markdown: "#0 0x5595b43dea57 in parse_lat_lon" },
      locations: [{ physicalLocation: { artifactLocation: { uri: "src/gps_uploader.c" }, region: { startLine: 97, endLine: 97 } } }],
      taxa: [{ id: "190", toolComponent: { name: "CWE" } }],
    };
    const text = sarif([
      {
        tool: { driver: { name: "Mayhem", rules: [{ id: "MI110", name: "UndefinedBehavior", defaultConfiguration: { level: "error" } }] } },
        taxonomies: [{ name: "CWE", taxa: [{ id: "190", name: "Integer Overflow or Wraparound" }] }],
        results: [result],
      },
    ]);

    const [finding] = parseSarifReport(text).findings;

    expect(finding.title).toBe("TDID-2307883 - Integer Overflow or Wraparound");
    expect(finding.body).toBe("TDID-2307883 - Integer Overflow or Wraparound");
    expect(finding.hints).toMatchObject({ ruleId: "MI110", cwe: "CWE-190", severity: "error", stance: "vulnerability" });
  });

  it("fills message.id + arguments from the rule's messageStrings", () => {
    const result = {
      ruleId: "DMI_HARDCODED_ABSOLUTE_FILENAME",
      ruleIndex: 0,
      level: "note",
      message: { id: "default", arguments: ["Boot.main(String[])", "/etc/passwd"] },
      locations: [{ physicalLocation: { artifactLocation: { uri: "Boot.java" }, region: { startLine: 23 } } }],
    };
    const text = sarif([
      {
        tool: {
          driver: {
            name: "SpotBugs",
            rules: [
              {
                id: "DMI_HARDCODED_ABSOLUTE_FILENAME",
                shortDescription: { text: "Code contains a hard coded reference to an absolute pathname." },
                messageStrings: { default: { text: "Hard coded reference to {1} in {0}; {{literal braces}} stay." } },
              },
            ],
          },
        },
        results: [result],
      },
    ]);

    const [finding] = parseSarifReport(text).findings;

    expect(finding.body).toBe("Hard coded reference to /etc/passwd in Boot.main(String[]); {literal braces} stay.");
    expect(finding.title).toBe("Code contains a hard coded reference to an absolute pathname");
    expect(finding.hints).toEqual({
      ruleId: "DMI_HARDCODED_ABSOLUTE_FILENAME",
      severity: "note",
      lines: [{ start: 23, end: 23 }],
      path: "Boot.java",
    });
  });

  it("prefers a prose rule name over a short description written as a sentence (Contrast)", () => {
    const text = sarif([
      {
        tool: {
          driver: {
            name: "Contrast Security",
            rules: [
              {
                id: "cache-controls-missing",
                name: "Anti-Caching Controls Missing",
                shortDescription: { text: "Verifies caching controls are used to protect application content." },
                messageStrings: { default: { text: "{0} page Cache-Control header(s) did not contain 'no-store'." } },
                defaultConfiguration: { level: "note" },
              },
            ],
          },
        },
        results: [{ ruleId: "cache-controls-missing", ruleIndex: 0, message: { id: "default", arguments: ["22"] } }],
      },
    ]);

    const [finding] = parseSarifReport(text).findings;

    expect(finding.title).toBe("Anti-Caching Controls Missing");
    expect(finding.body).toBe("22 page Cache-Control header(s) did not contain 'no-store'.");
    expect(finding.hints).toEqual({ ruleId: "cache-controls-missing", severity: "note" });
  });

  it("keeps titles to one short line when the only text is a long paragraph", () => {
    const paragraph =
      "Function $F mutates default dict $D. Python only instantiates default function arguments once and shares the instance across calls.";
    const text = sarif([
      {
        tool: {
          driver: {
            name: "semgrep",
            rules: [{ id: "python.default-mutable-dict", name: "python.default-mutable-dict", shortDescription: { text: paragraph } }],
          },
        },
        results: [
          { ruleId: "python.default-mutable-dict", message: { text: "" } },
          { ruleId: "python.other", message: { text: `${"word ".repeat(60)}end\nsecond line` } },
        ],
      },
    ]);

    const [fromRule, fromMessage] = parseSarifReport(text).findings;

    expect(fromRule.title).toBe("Function $F mutates default dict $D");
    expect(fromRule.body).toBe("Function $F mutates default dict $D");
    expect(fromMessage.title.length).toBeLessThanOrEqual(120);
    expect(fromMessage.title).not.toContain("\n");
    expect(fromMessage.title.endsWith("…")).toBe(true);
  });

  it("skips pass, notApplicable, informational and baseline-absent results, and says so", () => {
    const kept = [
      { ruleId: "T1", kind: "fail", level: "error", message: { text: "Failed." } },
      { ruleId: "T1", kind: "review", message: { text: "Needs review." } },
      { ruleId: "T1", kind: "open", message: { text: "Open." } },
      { ruleId: "T1", baselineState: "new", message: { text: "New." } },
      { ruleId: "T1", message: { text: "Suppressed." }, suppressions: [{ kind: "inSource", status: "accepted" }] },
    ];
    const skipped = [
      { ruleId: "T1", kind: "pass", level: "none", message: { text: "Passed." } },
      { ruleId: "T1", kind: "pass", message: { text: "Passed again." } },
      { ruleId: "T1", kind: "notApplicable", message: { text: "N/A." } },
      { ruleId: "T1", kind: "informational", message: { text: "FYI." } },
      { ruleId: "T1", baselineState: "absent", message: { text: "Fixed since the baseline." } },
    ];
    const mixed = [skipped[0], ...kept.slice(0, 2), ...skipped.slice(1), ...kept.slice(2)];
    const text = sarif([{ tool: { driver: { name: "SarifSamples" } }, results: mixed }]);

    const report = parseSarifReport(text);

    expect(report.findings.map((f) => f.title)).toEqual(["Failed", "Needs review", "Open", "New", "Suppressed"]);
    expectSpansAreResults(text, report, kept);
    // A result that is not a failure has no severity unless it states one (SARIF §3.27.10).
    expect(report.findings.map((f) => f.hints?.severity)).toEqual(["error", "none", "none", "warning", "warning"]);
    expect(report.findings[4].title).not.toMatch(/suppressed\)/i);
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        "2 results of kind pass skipped",
        "1 result of kind notApplicable skipped",
        "1 result of kind informational skipped",
        "1 result with baselineState absent skipped",
      ]),
    );
  });

  it("reads every run in order, resolving ruleIndex within each run", () => {
    const first = {
      ruleId: "A1",
      ruleIndex: 0,
      message: { text: "First run finding." },
      locations: [{ physicalLocation: { artifactLocation: { uri: "a.js" }, region: { startLine: 3 } } }],
    };
    const second = { ruleId: "B7", ruleIndex: 0, level: "error", message: { text: "Second run finding." } };
    const text = sarif([
      {
        tool: { driver: { name: "ToolA", rules: [{ id: "A1", shortDescription: { text: "Rule A one" }, properties: { cwe: "CWE-079" } }] } },
        results: [first],
      },
      {
        tool: {
          driver: { name: "ToolB", rules: [{ id: "B7", shortDescription: { text: "Rule B seven" }, properties: { tags: ["cwe-352: CSRF"] } }] },
        },
        results: [second],
      },
      { tool: { driver: { name: "ToolC" } }, results: [] },
    ]);

    const report = parseSarifReport(text);

    expect(report.findings.map((f) => [f.title, f.hints?.ruleId, f.hints?.cwe])).toEqual([
      ["Rule A one", "A1", "CWE-79"],
      ["Rule B seven", "B7", "CWE-352"],
    ]);
    expectSpansAreResults(text, report, [first, second]);
  });

  it("leaves lines out when no location has a numeric startLine", () => {
    const results = [
      { ruleId: "R", message: { text: "No locations." } },
      { ruleId: "R", message: { text: "Empty region." }, locations: [{ physicalLocation: { artifactLocation: { uri: "x.c" }, region: {} } }] },
      {
        ruleId: "R",
        message: { text: "Offsets only." },
        locations: [{ physicalLocation: { artifactLocation: { uri: "x.c" }, region: { charOffset: 10, charLength: 4 } } }],
      },
      { ruleId: "R", message: { text: "String line." }, locations: [{ physicalLocation: { region: { startLine: "12" } } }] },
      {
        ruleId: "R",
        message: { text: "Second location has the line." },
        locations: [
          { logicalLocations: [{ fullyQualifiedName: "Foo.bar" }] },
          { physicalLocation: { artifactLocation: { uri: "y.c" }, region: { startLine: 7, endLine: 5 } } },
        ],
        relatedLocations: [{ physicalLocation: { region: { startLine: 99 } } }],
      },
    ];
    const text = sarif([{ tool: { driver: { name: "t" } }, results }]);

    const report = parseSarifReport(text);

    expect(report.findings.map((f) => f.hints?.lines)).toEqual([undefined, undefined, undefined, undefined, [{ start: 7, end: 7 }]]);
    expect(report.findings.map((f) => f.hints?.path)).toEqual([undefined, "x.c", "x.c", undefined, "y.c"]);
    expectSpansAreResults(text, report, results);
  });

  it("resolves artifactLocation.index into run.artifacts", () => {
    const result = {
      ruleIndex: 0,
      message: { text: "The function getDetails() in [DBHelper.cs](1) sometimes fails to release a resource.\r\nMore detail." },
      locations: [{ physicalLocation: { artifactLocation: { index: 1 }, region: { startLine: 146 } } }],
    };
    const text = sarif([
      {
        tool: { driver: { name: "Fortify", rules: [{ id: "97A5F38F", guid: "97A5F38F", defaultConfiguration: { properties: { DefaultSeverity: "3.0" } } }] } },
        artifacts: [{ location: { uri: "src/Other.cs" } }, { location: { uri: "src/DBHelper.cs" } }],
        results: [result],
      },
    ]);

    const [finding] = parseSarifReport(text).findings;

    expect(finding.hints).toEqual({ ruleId: "97A5F38F", severity: "warning", lines: [{ start: 146, end: 146 }], path: "src/DBHelper.cs" });
    expect(finding.title).toBe("The function getDetails() in DBHelper.cs sometimes fails to release a resource");
  });

  it("takes the result's own CWE and security-severity before the rule's, and ignores non-numeric scores", () => {
    const text = sarif([
      {
        tool: {
          driver: {
            name: "semgrep",
            rules: [
              { id: "r1", shortDescription: { text: "Rule one" }, properties: { tags: ["CWE-20"], "security-severity": "MEDIUM" } },
              { id: "r2", shortDescription: { text: "Rule two" }, properties: { tags: ["OWASP-A1"], "security-severity": "5.3" } },
            ],
          },
        },
        results: [
          {
            ruleId: "r1",
            message: { text: "a" },
            properties: { cwe: ["CWE-0532 Insertion of Sensitive Information into Log File"], "security-severity": 9.1 },
          },
          { ruleId: "r1", message: { text: "b" } },
          { ruleId: "r2", message: { text: "c" }, properties: { cwe: 611 } },
          { ruleId: "r2", message: { text: "d" }, properties: { tags: ["external/cwe/cwe-918"] } },
          { ruleId: "r2", message: { text: "e" }, properties: { cwe: "n/a", tags: ["security"] } },
        ],
      },
    ]);

    const report = parseSarifReport(text);

    expect(report.findings.map((f) => [f.hints?.cwe, f.hints?.severityScore])).toEqual([
      ["CWE-532", 9.1],
      ["CWE-20", undefined],
      ["CWE-611", 5.3],
      ["CWE-918", 5.3],
      [undefined, 5.3],
    ]);
  });

  it("survives fields of the wrong type without throwing", () => {
    const results = [
      { ruleId: 42, ruleIndex: "0", level: 3, kind: 7, message: "not an object", locations: "nowhere", properties: [], taxa: {} },
      { ruleId: "R9", ruleIndex: 99, message: { text: null, markdown: "**Markdown** only." }, locations: [null, { physicalLocation: [] }] },
      { rule: "R1", message: { id: "missing", arguments: [1, 2] }, suppressions: [] },
    ];
    const text = JSON.stringify({
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: 5, rules: { R1: {} } }, extensions: "none" },
          taxonomies: [null],
          artifacts: {},
          results: [...results, "junk", null],
        },
        "not a run",
      ],
    });

    const report = parseSarifReport(text);

    expect(report.findings.map((f) => f.title)).toEqual(["SARIF result", "**Markdown** only", "SARIF result"]);
    expect(report.findings[1].hints).toEqual({ ruleId: "R9", severity: "warning" });
    expectSpansAreResults(text, report, results);
    expect(report.warnings).toEqual(
      expect.arrayContaining(["run 2 is a string, not a run object; skipped", "2 results that are not JSON objects skipped"]),
    );
  });

  it("reports no issues for empty runs, and warns when a run has no results list or failed", () => {
    const text = sarif([
      { tool: { driver: { name: "ESLint" } }, results: [] },
      { tool: { driver: { name: "SpotBugs" } }, invocations: [{ executionSuccessful: false }] },
    ]);

    const report = parseSarifReport(text);

    expect(report).toMatchObject({ format: "sarif", verdict: "no-issues", findings: [] });
    expect(report.warnings).toEqual([
      "run 2 (SpotBugs) has no results list; the tool may not have completed its analysis",
      "run 2 (SpotBugs): the tool reported that its execution did not succeed",
    ]);
  });

  it("gives spans that index the original text, byte-order mark and non-ASCII text included", () => {
    const results = [
      { ruleId: "R", message: { text: "Ünïcödé 😀 message." } },
      { ruleId: "R", message: { text: "Second 🚀." } },
    ];
    const text = `\uFEFF${JSON.stringify({ version: "2.1.0", runs: [{ tool: { driver: { name: "t" } }, results }] })}`;

    const report = parseSarifReport(text);

    expectSpansAreResults(text, report, results);
    expect(report.findings[0].title).toBe("Ünïcödé 😀 message");
  });

  it("reads the last of duplicate keys, as JSON.parse does", () => {
    const kept = { ruleId: "B", message: { text: "Kept." } };
    const text = `{"version":"2.1.0","runs":[{"results":[{"ruleId":"A","message":{"text":"Dropped."}}]}],
      "runs":[{"tool":{"driver":{"name":"t"}},"results":[{"ruleId":"X"}],"results":[${JSON.stringify(kept)}]}]}`;

    const report = parseSarifReport(text);

    expect(report.findings.map((f) => f.title)).toEqual(["Kept"]);
    expectSpansAreResults(text, report, [kept]);
  });

  it("parses a large log quickly", () => {
    const rules = Array.from({ length: 300 }, (_, i) => ({
      id: `R${i}`,
      shortDescription: { text: `Rule ${i}` },
      properties: { tags: [`CWE-${i + 1}`] },
    }));
    const results = Array.from({ length: 5000 }, (_, i) => ({
      ruleId: `R${i % 300}`,
      ruleIndex: i % 300,
      message: { text: `Problem number ${i} in this file.` },
      locations: [{ physicalLocation: { artifactLocation: { uri: `src/file${i}.ts` }, region: { startLine: i + 1 } } }],
    }));
    const text = sarif([{ tool: { driver: { name: "big", rules } }, results }]);
    expect(text.length).toBeGreaterThan(1_000_000);

    const started = performance.now();
    const report = parseSarifReport(text);
    const elapsed = performance.now() - started;

    expect(report.findings).toHaveLength(5000);
    expect(report.findings[4999].hints).toMatchObject({ cwe: "CWE-200", lines: [{ start: 5000, end: 5000 }] });
    expect(spanValue(text, report.findings[4999])).toEqual(results[4999]);
    expect(elapsed).toBeLessThan(2000);
  });
});

describe("parseSarifReport: input that is not a SARIF 2.1.0 log", () => {
  const valid = sarif([{ tool: { driver: { name: "t" } }, results: [{ ruleId: "R", message: { text: "m" } }] }]);

  it("rejects malformed JSON with what and where", () => {
    const error = reportError('{\n  "version": "2.1.0",\n  "runs": [ { "results": [ } ]\n}');
    expect(error.message).toMatch(/^malformed SARIF: expected a value at offset \d+ \(line 3, column \d+\)$/);
  });

  it("rejects a truncated file as an unexpected end of input", () => {
    const truncated = valid.slice(0, Math.floor(valid.length / 2));
    const error = reportError(truncated);
    expect(error.message).toMatch(/^malformed SARIF: unexpected end of input .*at offset \d+ \(line \d+\)/);
  });

  it("rejects comments, trailing commas and trailing garbage", () => {
    expect(reportError('// generated\n{"runs": []}').message).toMatch(/comments are not allowed/);
    expect(reportError('{"runs": [],}').message).toMatch(/malformed SARIF: expected a property name at offset 12/);
    expect(reportError('{"runs": []} extra').message).toMatch(/malformed SARIF: unexpected character "e" at offset 13/);
  });

  it("rejects an empty file and absurd nesting", () => {
    expect(reportError("  \n").message).toBe("malformed SARIF: the file is empty");
    expect(reportError(`{"runs": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`).message).toMatch(/malformed SARIF/);
  });

  it("takes the message for the title when the rule's short description is only its one-word name (Psalm's TaintedSql)", () => {
    const log = sarif([
      {
        tool: { driver: { name: "Psalm", rules: [{ id: "244", name: "TaintedSql", shortDescription: { text: "TaintedSql" }, properties: { tags: ["security"] } }] } },
        results: [{ ruleId: "244", message: { text: "Detected tainted SQL" }, level: "error", locations: [{ physicalLocation: { artifactLocation: { uri: "app/Http/TicketController.php" }, region: { startLine: 93 } } }] }],
      },
    ]);
    const [finding] = parseSarifReport(log).findings;
    expect(finding.title).toBe("Detected tainted SQL");
    expect(finding.hints).toMatchObject({ ruleId: "244", path: "app/Http/TicketController.php" });
  });

  it("rejects SARIF 1.0 with its version", () => {
    const v1 = JSON.stringify({
      $schema: "http://json.schemastore.org/sarif-1.0.0",
      version: "1.0.0",
      runs: [
        {
          tool: { name: "Microsoft (R) Visual C# Compiler" },
          results: [{ ruleId: "CS0618", message: "obsolete", locations: [{ resultFile: { uri: "file:///a.cs" } }] }],
        },
      ],
    });
    expect(reportError(v1).message).toBe("unsupported SARIF version 1.0.0; Quorum reads SARIF 2.1.0");
    const unversioned = JSON.stringify({ runs: [{ tool: { name: "old" }, results: [] }] });
    expect(reportError(unversioned).message).toMatch(/unsupported SARIF version 1\.x/);
  });

  it("rejects JSON that is not a SARIF log object", () => {
    expect(reportError('{"runs": 5}').message).toBe('not a SARIF log: "runs" should be an array but is a number');
    expect(reportError("[]").message).toMatch(/^not a SARIF log: the file is an array/);
    expect(reportError("{}").message).toBe('not a SARIF log: the JSON object has no "runs" array');
    expect(reportError('"sarif"').message).toMatch(/^not a SARIF log: the file is a string/);
  });

  it("throws nothing but ReportError, whatever the JSON holds", () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    const logs = fc.oneof(
      fc.record({ version: fc.constantFrom("2.1.0", "1.0.0", undefined), runs: fc.array(json, { maxLength: 3 }) }),
      fc.record({
        runs: fc.array(
          fc.record({
            tool: fc.oneof(json, fc.record({ driver: fc.record({ rules: fc.array(json, { maxLength: 3 }) }) })),
            taxonomies: json,
            artifacts: json,
            results: fc.array(
              fc.record(
                { ruleId: json, ruleIndex: json, rule: json, kind: json, level: json, message: json, locations: json, properties: json, taxa: json },
                { requiredKeys: [] },
              ),
              { maxLength: 4 },
            ),
          }),
          { maxLength: 2 },
        ),
      }),
    );
    fc.assert(
      fc.property(logs, fc.nat(), (log, cut) => {
        const text = JSON.stringify(log);
        for (const input of [text, text.slice(0, cut % (text.length + 1))]) {
          try {
            parseSarifReport(input);
          } catch (error) {
            if (!(error instanceof ReportError)) throw error;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("looksLikeSarif", () => {
  it("recognizes SARIF by its schema or its runs array", () => {
    expect(looksLikeSarif(`\uFEFF  {"$schema": "${SCHEMA}", "version": "2.1.0"}`)).toBe(true);
    expect(looksLikeSarif('{\n  "version": "2.1.0",\n  "runs": [\n')).toBe(true);
    expect(looksLikeSarif('{"$schema": "http://json.schemastore.org/sarif-1.0.0"}')).toBe(true);
  });

  it("rejects other JSON and text", () => {
    expect(looksLikeSarif('{"findings": [{"title": "XSS"}]}')).toBe(false);
    expect(looksLikeSarif('[{"runs": []}]')).toBe(false);
    expect(looksLikeSarif("# Security review\n\nThe runs array ...")).toBe(false);
    expect(looksLikeSarif("")).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const fixturesRoot = path.resolve(repoRoot, "../shared/fixtures/real");
const expectedFile = path.join(fixturesRoot, "sarif-expected.json");
const haveFixtures = existsSync(expectedFile);

interface ExpectedCounts {
  version: string;
  findings: number;
  withCwe: number;
  withRegion: number;
}

function loadExpected(): [string, ExpectedCounts][] {
  return haveFixtures ? Object.entries(JSON.parse(readFileSync(expectedFile, "utf8")) as Record<string, ExpectedCounts>) : [];
}

const skipReason = ` (skipped: ${expectedFile} not found; the shared fixtures folder is not checked out)`;

describe.skipIf(!haveFixtures)(
  `real SARIF fixtures${haveFixtures ? "" : skipReason}`,
  () => {
    const expected = loadExpected();
    const current = expected.filter(([, counts]) => counts.version === "2.1.0");
    const older = expected.filter(([, counts]) => counts.version !== "2.1.0");

    it("has fixtures to check", () => {
      expect(current.length).toBeGreaterThan(0);
      expect(older.map(([file]) => file)).toContain("sarif/microsoft__sarif-sdk/RoslynLog.v1.sarif");
    });

    it.each(current)("%s: counts match sarif-expected.json", (file, counts) => {
      const text = readFileSync(path.join(fixturesRoot, file), "utf8");

      const report = parseSarifReport(text);

      expect({
        findings: report.findings.length,
        withCwe: report.findings.filter((f) => f.hints?.cwe !== undefined).length,
        withRegion: report.findings.filter((f) => f.hints?.lines !== undefined).length,
      }).toEqual({ findings: counts.findings, withCwe: counts.withCwe, withRegion: counts.withRegion });
      for (const finding of report.findings) {
        expect(spanValue(text, finding)).toBeTypeOf("object");
        expect(finding.title).not.toMatch(/\n/);
        expect(finding.title.length).toBeLessThanOrEqual(120);
      }
    });

    it.each(older)("%s: rejected with its version", (file, counts) => {
      const error = reportError(readFileSync(path.join(fixturesRoot, file), "utf8"));
      expect(error.message).toContain(`unsupported SARIF version ${counts.version}`);
    });
  },
);
