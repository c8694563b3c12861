import { describe, it, expect } from "vitest";
import { locateJsonPayload, looksLikeJsonReport, parseJsonReport } from "../../lib/reports/json";
import { ReportError } from "../../lib/reports/errors";
import type { RawFinding } from "../../lib/findings/types";

function sourceOf(text: string, finding: RawFinding): string {
  return text.slice(finding.span.start, finding.span.end);
}

function reportError(run: () => unknown): ReportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReportError);
    return error as ReportError;
  }
  throw new Error("expected a ReportError");
}

describe("parseJsonReport: shapes", () => {
  it("reads a top-level array with issue/lines/risk/cwe/description/recommendation keys", () => {
    const first = `{
    "issue": "SQL injection in order lookup",
    "lines": "48-50",
    "risk": "High",
    "cwe": "CWE-89",
    "description": "The order id from the query string is concatenated into the SQL text.",
    "recommendation": "Use a parameterized query."
  }`;
    const second = `{
    "issue": "Session cookie lacks HttpOnly",
    "lines": 12,
    "risk": "Low",
    "cwe": 1004,
    "description": "The session cookie is readable from JavaScript."
  }`;
    const text = `[\n  ${first},\n  ${second}\n]\n`;
    const report = parseJsonReport(text);

    expect(report.format).toBe("json");
    expect(report.verdict).toBe("findings");
    expect(report.warnings).toEqual([]);
    expect(report.findings).toHaveLength(2);

    const [sqli, cookie] = report.findings;
    expect(sqli.title).toBe("SQL injection in order lookup");
    expect(sqli.body).toBe(
      "SQL injection in order lookup\n" +
        "Description: The order id from the query string is concatenated into the SQL text.\n" +
        "Recommendation: Use a parameterized query.",
    );
    expect(sourceOf(text, sqli)).toBe(first);
    expect(sqli.hints).toEqual({ severity: "High", cwe: "CWE-89", lines: "48-50" });

    expect(cookie.title).toBe("Session cookie lacks HttpOnly");
    expect(sourceOf(text, cookie)).toBe(second);
    expect(cookie.hints).toEqual({ severity: "Low", cwe: "CWE-1004", lines: [{ start: 12, end: 12 }] });
  });

  it('reads {"findings": [...]} with title/line/severity/details/fix', () => {
    const entry = `{"title": "Path traversal in download handler", "line": 73, "severity": "critical", "details": "The file name is joined to the upload directory without normalization.", "fix": "Resolve the path and check it stays under the upload directory."}`;
    const text = `{"summary": "One issue found.", "findings": [${entry}]}`;
    const report = parseJsonReport(text);

    expect(report.verdict).toBe("findings");
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding.title).toBe("Path traversal in download handler");
    expect(finding.body).toBe(
      "Path traversal in download handler\n" +
        "Details: The file name is joined to the upload directory without normalization.\n" +
        "Fix: Resolve the path and check it stays under the upload directory.",
    );
    expect(finding.hints).toEqual({ severity: "critical", lines: [{ start: 73, end: 73 }] });
    expect(sourceOf(text, finding)).toBe(entry);
  });

  it("reads linter output grouped by file: PHP_CodeSniffer's files map and ESLint's array, each result in its file", () => {
    const phpcs = JSON.stringify({
      totals: { errors: 2, warnings: 0 },
      files: {
        "plugin/rsvp.php": {
          errors: 2,
          messages: [
            { message: "Processing form data without nonce verification.", source: "WordPress.Security.NonceVerification.Missing", type: "ERROR", line: 79 },
            { message: "Use placeholders and $wpdb->prepare(); found $_POST['guest_id']", source: "WordPress.DB.PreparedSQL.NotPrepared", type: "ERROR", line: 79 },
          ],
        },
        "plugin/clean.php": { errors: 0, messages: [] },
      },
    });
    const report = parseJsonReport(phpcs);
    expect(report.findings.map((f) => f.title)).toEqual(["Processing form data without nonce verification", "Use placeholders and $wpdb->prepare(); found $_POST['guest_id']"]);
    expect(report.findings.map((f) => f.hints?.path)).toEqual(["plugin/rsvp.php", "plugin/rsvp.php"]);
    expect(report.findings[0].hints?.lines).toEqual([{ start: 79, end: 79 }]);

    const eslint = JSON.stringify([
      { filePath: "/src/server.js", messages: [{ ruleId: "security/detect-eval-with-expression", severity: 2, message: "eval with argument of type Identifier", line: 53 }] },
      { filePath: "/src/util.js", messages: [] },
    ]);
    const linted = parseJsonReport(eslint);
    expect(linted.findings.map((f) => [f.title, f.hints?.path])).toEqual([["eval with argument of type Identifier", "/src/server.js"]]);
  });

  it("reads OWASP ZAP's JSON report: each alert of each site is one finding, its instances its places, at no file", () => {
    const instance = (uri: string) => ({ uri, method: "GET", param: "", attack: "", evidence: "<form method=\"POST\">", otherinfo: "" });
    const zap = JSON.stringify({
      "@programName": "ZAP",
      "@version": "2.15.0",
      site: [
        {
          "@name": "https://portal.example.test",
          "@host": "portal.example.test",
          alerts: [
            {
              pluginid: "10202",
              alertRef: "10202",
              alert: "Absence of Anti-CSRF Tokens",
              name: "Absence of Anti-CSRF Tokens",
              riskcode: "2",
              riskdesc: "Medium (Low)",
              desc: "<p>No Anti-CSRF tokens were found in a HTML submission form.</p>",
              instances: [instance("https://portal.example.test/login"), instance("https://portal.example.test/invoices/1")],
              solution: "<p>Use a vetted library or framework that provides CSRF protection.</p>",
              cweid: "352",
            },
            { pluginid: "10038", alertRef: "10038", alert: "Content Security Policy (CSP) Header Not Set", name: "Content Security Policy (CSP) Header Not Set", riskdesc: "Medium (High)", desc: "<p>CSP is not set.</p>", instances: [], cweid: "693" },
          ],
        },
        { "@name": "https://cdn.example.test", "@host": "cdn.example.test", alerts: [] },
      ],
    });
    const report = parseJsonReport(zap);
    expect(report.findings.map((f) => [f.title, f.hints?.severity, f.hints?.cwe, f.hints?.ruleId, f.hints?.path])).toEqual([
      ["Absence of Anti-CSRF Tokens", "Medium (Low)", "CWE-352", "10202", undefined],
      ["Content Security Policy (CSP) Header Not Set", "Medium (High)", "CWE-693", "10038", undefined],
    ]);
  });

  it("reads a detect-secrets baseline's results filed under their paths, and takes every secret scanner's result as a hard-coded credential", () => {
    const baseline = JSON.stringify({
      version: "1.5.0",
      plugins_used: [{ name: "AWSKeyDetector" }, { name: "KeywordDetector", keyword_exclude: "" }],
      filters_used: [{ path: "detect_secrets.filters.heuristic.is_likely_id_string" }],
      results: {
        "app/settings.py": [
          { type: "AWS Access Key", filename: "app/settings.py", hashed_secret: "6e6baf321a5be83d9d3e05a58f0032f33bcd4f80", is_verified: false, line_number: 19 },
          { type: "Secret Keyword", filename: "app/settings.py", hashed_secret: "86b8299eea4767a4a970c2fe61aa968924829cfb", is_verified: false, line_number: 20 },
        ],
        "README.md": [],
      },
      generated_at: "2024-11-06T14:27:09Z",
    });
    const report = parseJsonReport(baseline);
    expect(report.findings.map((f) => [f.title, f.hints?.path, f.hints?.lines, f.hints?.cwe])).toEqual([
      ["AWS Access Key", "app/settings.py", [{ start: 19, end: 19 }], "CWE-798"],
      ["Secret Keyword", "app/settings.py", [{ start: 20, end: 20 }], "CWE-798"],
    ]);
    // gitleaks: its rule's description is the title, and the secret it matched marks it as one.
    const gitleaks = JSON.stringify([
      { Description: "Detected a Generic API Key, potentially exposing access to various services.", StartLine: 14, EndLine: 14, Match: "REDACTED", Secret: "REDACTED", File: ".gitlab-ci.yml", Entropy: 3.9, RuleID: "generic-api-key" },
    ]);
    expect(parseJsonReport(gitleaks).findings.map((f) => [f.hints?.cwe, f.hints?.ruleId])).toEqual([["CWE-798", "generic-api-key"]]);
  });

  it("reads MobSF's report: the manifest's findings and the code's rules, each at its file and lines, and no passed check", () => {
    const mobsf = JSON.stringify({
      app_name: "FieldNotes",
      package_name: "com.example.notes",
      permissions: { "android.permission.INTERNET": { status: "normal" } },
      manifest_analysis: {
        manifest_findings: [
          { rule: "app_allowbackup", title: "Application Data can be Backed up<br>[android:allowBackup=true]", severity: "warning", description: "The flag [android:allowBackup] should be set to false.", name: "Application Data can be Backed up [android:allowBackup=true]", component: [] },
          { rule: "app_is_not_debuggable", title: "Debug disabled", severity: "secure", description: "The app is not debuggable.", name: "Debug disabled", component: [] },
        ],
        manifest_summary: { high: 0, warning: 1, info: 0, suppressed: 0 },
      },
      code_analysis: {
        findings: {
          android_sql_raw_query: {
            files: { "app/src/main/java/com/example/notes/Provider.kt": "73" },
            metadata: { cvss: 5.9, cwe: "CWE-89: Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')", description: "App uses SQLite Database and execute raw SQL query. Untrusted user input can cause SQL Injection.", severity: "warning" },
          },
          android_logging: {
            files: { "app/src/main/java/com/example/notes/Session.kt": "36,135" },
            metadata: { cvss: 7.5, cwe: "CWE-532: Insertion of Sensitive Information into Log File", description: "The App logs information. Sensitive information should never be logged.", severity: "info" },
          },
        },
        summary: { high: 0, warning: 1, info: 1, secure: 0 },
      },
    });
    const report = parseJsonReport(mobsf);
    expect(report.findings.map((f) => [f.title, f.hints?.severity, f.hints?.cwe, f.hints?.path, f.hints?.lines, f.hints?.ruleId])).toEqual([
      ["Application Data can be Backed up [android:allowBackup=true]", "warning", undefined, undefined, undefined, "app_allowbackup"],
      ["App uses SQLite Database and execute raw SQL query", "warning", "CWE-89", "app/src/main/java/com/example/notes/Provider.kt", "73", "android_sql_raw_query"],
      ["The App logs information", "info", "CWE-532", "app/src/main/java/com/example/notes/Session.kt", "36,135", "android_logging"],
    ]);
    expect(mobsf.slice(report.findings[1].span.start, report.findings[1].span.start + 23)).toBe('"android_sql_raw_query"');
  });

  it("reads MobSF's iOS transport findings (App Transport Security) and Android network security findings", () => {
    const mobsf = JSON.stringify({
      app_name: "Ledgerly",
      ats_analysis: {
        ats_findings: [
          { issue: "App Transport Security AllowsArbitraryLoads is allowed", severity: "high", description: "App Transport Security restrictions are disabled for all network connections." },
          { issue: "NSExceptionRequiresForwardSecrecy set to NO", severity: "secure", description: "Forward secrecy is required." },
        ],
      },
      network_security: { network_findings: [{ scope: ["legacy.example.com"], description: "Domain config is insecurely configured to permit clear text traffic to these domains in scope.", severity: "high" }] },
      code_analysis: { findings: {} },
    });
    const report = parseJsonReport(mobsf);
    expect(report.findings.map((f) => [f.title, f.hints?.severity])).toEqual([
      ["App Transport Security AllowsArbitraryLoads is allowed", "high"],
      ["Domain config is insecurely configured to permit clear text traffic to these domains in scope", "high"],
    ]);
  });

  it("reads retire.js's report: each advisory of each library found in each file, titled by its summary, in its component", () => {
    const retire = JSON.stringify({
      version: "4.4.2",
      start: "2024-05-16T09:41:27.318Z",
      data: [
        {
          file: "dist/scripts.1f7c.js",
          results: [
            {
              version: "3.4.1",
              component: "jquery",
              detection: "filecontent",
              vulnerabilities: [
                { info: ["https://nvd.nist.gov/vuln/detail/CVE-2020-11022"], below: "3.5.0", cwe: ["CWE-79"], severity: "medium", identifiers: { summary: "Regex in its jQuery.htmlPrefilter sometimes may introduce XSS", CVE: ["CVE-2020-11022"], issue: "4642" } },
              ],
            },
            { version: "2.29.4", component: "moment", detection: "filecontent", vulnerabilities: [] },
          ],
        },
      ],
      messages: [],
      errors: [],
      time: 0.41,
    });
    const report = parseJsonReport(retire);
    expect(report.findings.map((f) => [f.title, f.hints?.severity, f.hints?.cwe, f.hints?.path])).toEqual([
      ["Regex in its jQuery.htmlPrefilter sometimes may introduce XSS", "medium", "CWE-79", "dist/scripts.1f7c.js"],
    ]);
    expect(report.findings[0].hints?.symbols).toContain("jquery");
  });

  it("reads cfn_nag's report: each file's violations, titled by their message, not by their FAIL or WARN", () => {
    const cfnNag = JSON.stringify([
      {
        filename: "cfn/orders-api.yaml",
        file_results: {
          failure_count: 1,
          violations: [
            { id: "F3", type: "FAIL", message: "IAM role should not allow * action on its permissions policy", logical_resource_ids: ["OrdersFunctionRole"], line_numbers: [39] },
            { id: "W74", type: "WARN", message: "DynamoDB table should have encryption enabled using a CMK stored in KMS", logical_resource_ids: ["OrdersTable"], line_numbers: [14] },
          ],
        },
      },
    ]);
    const report = parseJsonReport(cfnNag);
    expect(report.findings.map((f) => [f.title, f.hints?.path, f.hints?.lines])).toEqual([
      ["IAM role should not allow * action on its permissions policy", "cfn/orders-api.yaml", [{ start: 39, end: 39 }]],
      ["DynamoDB table should have encryption enabled using a CMK stored in KMS", "cfn/orders-api.yaml", [{ start: 14, end: 14 }]],
    ]);
  });

  it("reads Polaris' audit: the failed checks of each resource, its pod and its containers, and none that passed", () => {
    const check = (ID: string, Message: string, Success: boolean, Severity: string, Category: string) => ({ ID, Message, Details: null, Success, Severity, Category });
    const polaris = JSON.stringify({
      PolarisOutputVersion: "1.0",
      SourceType: "Path",
      SourceName: "overlays/prod",
      Results: [
        { Name: "api-config", Namespace: "payments", Kind: "ConfigMap", Results: { sensitiveConfigmapContent: check("sensitiveConfigmapContent", "The ConfigMap contains sensitive content", false, "danger", "Security") }, PodResult: null },
        {
          Name: "payments-api",
          Kind: "Deployment",
          Results: { missingNetworkPolicy: check("missingNetworkPolicy", "A NetworkPolicy should match pod labels and contain applied egress and ingress rules", false, "warning", "Security") },
          PodResult: {
            Name: "",
            Results: { hostNetworkSet: check("hostNetworkSet", "Host network is not configured", true, "danger", "Security") },
            ContainerResults: [{ Name: "api", Results: { runAsRootAllowed: check("runAsRootAllowed", "Should not be allowed to run as root", false, "danger", "Security"), cpuRequestsMissing: check("cpuRequestsMissing", "CPU requests are set", true, "warning", "Efficiency") } }],
          },
        },
      ],
      Score: 54,
    });
    const report = parseJsonReport(polaris);
    expect(report.findings.map((f) => [f.title, f.hints?.severity, f.hints?.ruleId])).toEqual([
      ["The ConfigMap contains sensitive content", "high", "sensitiveConfigmapContent"],
      ["A NetworkPolicy should match pod labels and contain applied egress and ingress rules", "warning", "missingNetworkPolicy"],
      ["Should not be allowed to run as root", "high", "runAsRootAllowed"],
    ]);
    expect(report.findings[2].body).toContain("Resource: Deployment payments-api");
  });

  it("reads Coverity's JSON: each issue at its main event's line, titled by the checker's short description, with the event that says what is wrong", () => {
    const event = (eventDescription: string, main: boolean, lineNumber: number) => ({ eventDescription, eventNumber: 1, eventTag: main ? "tainted_data" : "remediation", strippedFilePathname: "drivers/char/ringdev.c", lineNumber, main, events: null });
    const issue = (checkerName: string, line: number, short: string, cweCategory: string | null, impact: string, events: object[]) => ({
      mergeKey: "ab12",
      checkerName,
      type: short,
      mainEventFilePathname: "/home/build/ringdev/drivers/char/ringdev.c",
      strippedMainEventFilePathname: "drivers/char/ringdev.c",
      mainEventLineNumber: line,
      functionDisplayName: "ringdev_ioctl",
      checkerProperties: { category: "Insecure data handling", cweCategory, impact, subcategoryShortDescription: short },
      events,
    });
    const coverity = JSON.stringify({
      type: "Coverity issues",
      formatVersion: 7,
      issues: [
        issue("TAINTED_SCALAR", 137, "Untrusted pointer read", "129", "High", [
          event('Passing tainted expression "pk.offset" to "copy_to_user", which uses it as an offset.', true, 137),
          event("Ensure that tainted values are properly sanitized.", false, 137),
        ]),
        issue("UNINIT", 174, "Uninitialized scalar variable", null, "Medium", [event('Using uninitialized value "st.reserved".', true, 174)]),
      ],
    });
    const report = parseJsonReport(coverity);
    expect(report.findings.map((f) => [f.title, f.hints?.severity, f.hints?.cwe, f.hints?.lines, f.hints?.ruleId, f.hints?.path])).toEqual([
      ["Untrusted pointer read", "High", "CWE-129", [{ start: 137, end: 137 }], "TAINTED_SCALAR", "drivers/char/ringdev.c"],
      ["Uninitialized scalar variable", "Medium", undefined, [{ start: 174, end: 174 }], "UNINIT", "drivers/char/ringdev.c"],
    ]);
    // The main event names the code; the remedy is left out.
    expect(report.findings[0].body).toContain('"pk.offset"');
    expect(report.findings[0].body).not.toContain("sanitized");
    expect(report.findings[0].hints?.symbols).toEqual(["ringdev_ioctl"]);
  });

  it("reads GitHub's review comments: each comment's body at its line, replies in a thread left out", () => {
    const comment = (id: number, body: string, line: number, reply?: number) => ({
      id,
      ...(reply !== undefined && { in_reply_to_id: reply }),
      diff_hunk: "@@ -0,0 +1,20 @@\n+<?php\n+ $q = $request->input('q');",
      path: "app/Http/Controllers/TicketController.php",
      user: { login: reply ? "author" : "reviewer" },
      body,
      line,
      original_line: line,
    });
    const text = JSON.stringify([
      comment(11, "This is a SQL injection: `$q` is interpolated into `whereRaw`. Use bindings.", 19),
      comment(12, "Good catch, I'll switch to bindings.", 19, 11),
      comment(13, "`{!! $ticket->body !!}` prints the customer's text unescaped. Stored XSS.", 13),
    ]);
    const report = parseJsonReport(text);
    expect(report.findings.map((f) => [f.title, f.hints?.lines])).toEqual([
      ["This is a SQL injection: `$q` is interpolated into `whereRaw`", [{ start: 19, end: 19 }]],
      // A "!" inside code ends no sentence.
      ["`{!! $ticket->body !!}` prints the customer's text unescaped", [{ start: 13, end: 13 }]],
    ]);
    expect(report.warnings).toEqual(["skipped 1 entry marked in_reply_to_id: 11"]);
  });

  it('finds the array two levels down in {"review": {"vulnerabilities": [...]}}', () => {
    const entry = `{"name": "Hard-coded JWT secret", "file": "src/auth/token.ts", "line_number": 9, "priority": "P1", "explanation": "The signing key is a string literal in the source."}`;
    const text = `{"review": {"reviewer": "model-x", "vulnerabilities": [${entry}]}}`;
    const report = parseJsonReport(text);

    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding.title).toBe("Hard-coded JWT secret");
    expect(finding.body).toBe("Hard-coded JWT secret\nExplanation: The signing key is a string literal in the source.");
    // A priority is a rank: P1 comes first.
    expect(finding.hints).toEqual({
      severity: "high",
      path: "src/auth/token.ts",
      lines: [{ start: 9, end: 9 }],
    });
    expect(sourceOf(text, finding)).toBe(entry);
  });

  it("matches key names case-insensitively, ignoring _ - and spaces", () => {
    const entry = `{"Vulnerability Type": "Open redirect", "Line-Number": 31, "RISK_LEVEL": "Medium", "CWE ID": "601", "Suggested_Fix": "Allow only relative redirect targets."}`;
    const text = `{"Security_Issues": [${entry}]}`;
    const [finding] = parseJsonReport(text).findings;

    expect(finding.title).toBe("Open redirect");
    expect(finding.body).toBe("Open redirect\nSuggested Fix: Allow only relative redirect targets.");
    expect(finding.hints).toEqual({ severity: "Medium", cwe: "CWE-601", lines: [{ start: 31, end: 31 }] });
    expect(sourceOf(text, finding)).toBe(entry);
  });

  it("reads a single finding object", () => {
    const text = `{"vulnerable": true, "vulnerability": "Command injection", "function": "runBackup", "cvss": 9.1, "description": "The archive name reaches a shell."}`;
    const report = parseJsonReport(text);

    expect(report.verdict).toBe("findings");
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding.title).toBe("Command injection");
    expect(finding.hints).toEqual({ severityScore: 9.1, symbols: ["runBackup"] });
    expect(sourceOf(text, finding)).toBe(text);
  });

  it("prefers a collection named like findings over another array of finding-like objects", () => {
    const entry = `{"title": "XSS in comment preview", "severity": "medium"}`;
    const text = `{"files_reviewed": [{"name": "preview.tsx", "summary": "renders comments"}], "issues": [${entry}]}`;
    const report = parseJsonReport(text);

    expect(report.findings.map((f) => f.title)).toEqual(["XSS in comment preview"]);
    expect(sourceOf(text, report.findings[0])).toBe(entry);
  });

  it("takes the title from the first sentence of the description when no title key exists", () => {
    const entry = `{"description": "User input is passed to eval(). An attacker can run arbitrary code.", "severity": "high"}`;
    const text = `[${entry}]`;
    const [finding] = parseJsonReport(text).findings;

    expect(finding.title).toBe("User input is passed to eval()");
    expect(finding.body).toBe(
      "User input is passed to eval()\nDescription: User input is passed to eval(). An attacker can run arbitrary code.",
    );
    expect(sourceOf(text, finding)).toBe(entry);
  });

  it("uses the wrapper's file as the path of findings that name none", () => {
    const text = `{"file": "api/users.py", "issues": [{"title": "Mass assignment", "line": 40}, {"title": "Debug endpoint", "path": "api/debug.py"}]}`;
    const findings = parseJsonReport(text).findings;

    expect(findings.map((f) => f.hints?.path)).toEqual(["api/users.py", "api/debug.py"]);
    expect(sourceOf(text, findings[1])).toBe(`{"title": "Debug endpoint", "path": "api/debug.py"}`);
  });

  it("accepts comments and trailing commas", () => {
    const entry = `{"title": "Weak hash", "cwe": "CWE-328",}`;
    const text = `[\n  // the only issue\n  ${entry},\n]`;
    const [finding] = parseJsonReport(text).findings;

    expect(finding.title).toBe("Weak hash");
    expect(sourceOf(text, finding)).toBe(entry);
  });
});

describe("parseJsonReport: fenced JSON inside prose", () => {
  const preamble = "I reviewed `billing.go` and found the following problems:\n\n";
  const entry = `{
    "title": "Integer overflow in invoice total",
    "location": "billing.go:118",
    "severity": "Medium",
    "remediation": "Use checked arithmetic or math/big."
  }`;
  const fenced = "```json\n[\n  " + entry + "\n]\n```\n";
  const text = `${preamble}${fenced}\nLet me know if you want a patch.\n`;

  it("locates the fenced payload", () => {
    const payload = locateJsonPayload(text);
    expect(payload).not.toBeNull();
    expect(text.slice(payload!.start, payload!.end)).toBe(`[\n  ${entry}\n]`);
  });

  it("gives spans into the full text", () => {
    const report = parseJsonReport(text);

    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding.span.start).toBe(text.indexOf("{"));
    expect(sourceOf(text, finding)).toBe(entry);
    expect(finding.title).toBe("Integer overflow in invoice total");
    expect(finding.body).toBe("Integer overflow in invoice total\nRemediation: Use checked arithmetic or math/big.");
    expect(finding.hints).toEqual({ severity: "Medium", path: "billing.go", lines: "118" });
  });

  it("takes a bare ``` block whose content starts with [ or {", () => {
    const bare = "Findings:\n\n```\n[" + entry + "]\n```\n";
    const [finding] = parseJsonReport(bare).findings;
    expect(sourceOf(bare, finding)).toBe(entry);
  });

  it("skips earlier fences in other languages", () => {
    const withCode = "The handler:\n\n```go\nfunc total() {}\n```\n\n```json\n[" + entry + "]\n```\n";
    const [finding] = parseJsonReport(withCode).findings;
    expect(sourceOf(withCode, finding)).toBe(entry);
  });
});

describe("parseJsonReport: no issues", () => {
  it("skips entries whose risk is none and says so", () => {
    const real = `{"issue": "CSRF token missing on /settings", "risk": "Medium"}`;
    const text = `[{"issue": "Input validation on /login", "risk": "None"}, ${real}, {"issue": "Logging", "risk": "n/a"}]`;
    const report = parseJsonReport(text);

    expect(report.verdict).toBe("findings");
    expect(report.findings.map((f) => f.title)).toEqual(["CSRF token missing on /settings"]);
    expect(sourceOf(text, report.findings[0])).toBe(real);
    expect(report.warnings).toEqual(["skipped 1 entry marked risk: None", "skipped 1 entry marked risk: n/a"]);
  });

  it("skips entries flagged vulnerable: false or status ok", () => {
    const text = `{"results": [{"title": "Redirect check", "is_vulnerable": false}, {"title": "Upload size", "status": "OK"}, {"title": "Upload size", "status": "ok"}]}`;
    const report = parseJsonReport(text);

    expect(report.verdict).toBe("no-issues");
    expect(report.findings).toEqual([]);
    expect(report.warnings).toEqual([
      "skipped 1 entry marked is_vulnerable: false",
      "skipped 1 entry marked status: OK",
      "skipped 1 entry marked status: ok",
    ]);
  });

  it("reads [] as no issues", () => {
    expect(parseJsonReport("[]")).toEqual({ format: "json", verdict: "no-issues", findings: [], warnings: [] });
  });

  it('reads {"findings": []} as no issues', () => {
    const report = parseJsonReport(`{"summary": "Nothing to report.", "findings": []}`);
    expect(report.verdict).toBe("no-issues");
    expect(report.findings).toEqual([]);
  });

  it('reads {"vulnerable": false, "explanation": "..."} as no issues', () => {
    const text = `{"vulnerable": false, "explanation": "All queries use bound parameters."}`;
    expect(parseJsonReport(text)).toEqual({ format: "json", verdict: "no-issues", findings: [], warnings: [] });
  });
});

describe("parseJsonReport: line hints", () => {
  function linesOf(value: string): unknown {
    return parseJsonReport(`[{"title": "t", "lines": ${value}}]`).findings[0].hints?.lines;
  }

  it("passes strings on as written", () => {
    expect(linesOf(`"48-50"`)).toBe("48-50");
    expect(linesOf(`"L12"`)).toBe("L12");
  });

  it("turns numbers, arrays and objects into ranges", () => {
    expect(linesOf("73")).toEqual([{ start: 73, end: 73 }]);
    expect(linesOf("[48, 50]")).toEqual([
      { start: 48, end: 48 },
      { start: 50, end: 50 },
    ]);
    expect(linesOf("[12, 13, 14]")).toEqual([{ start: 12, end: 14 }]);
    expect(linesOf(`{"start": 1, "end": 3}`)).toEqual([{ start: 1, end: 3 }]);
    expect(linesOf(`[{"start": 5, "end": 7}]`)).toEqual([{ start: 5, end: 7 }]);
  });

  it("reads a two-number array under a range key as start and end", () => {
    const text = `[{"title": "t", "line_range": [48, 50]}]`;
    expect(parseJsonReport(text).findings[0].hints?.lines).toEqual([{ start: 48, end: 50 }]);
  });

  it("reads start_line/end_line pairs and location objects", () => {
    const pair = parseJsonReport(`[{"title": "t", "start_line": 20, "end_line": 22}]`).findings[0];
    expect(pair.hints?.lines).toEqual([{ start: 20, end: 22 }]);

    const text = `[{"title": "t", "location": {"file": "lib/x.rb", "line": 8}}]`;
    expect(parseJsonReport(text).findings[0].hints).toEqual({ path: "lib/x.rb", lines: [{ start: 8, end: 8 }] });
  });

  it("reads a place written as 'where': 'file:line', and a SonarQube component after its project key", () => {
    const where = parseJsonReport(`[{"issue": "Stored XSS", "where": "src/components/Thread.tsx:66"}]`).findings[0];
    expect(where.hints).toMatchObject({ path: "src/components/Thread.tsx", lines: "66" });
    const sonar = parseJsonReport(`{"issues": [{"rule": "js:S5334", "message": "Change this code to not construct the path from user-controlled data.", "component": "shop-api:src/files.js", "line": 41}]}`).findings[0];
    expect(sonar.hints).toMatchObject({ path: "src/files.js", lines: [{ start: 41, end: 41 }] });
  });

  it("reads scanners' JSON: Semgrep's details nested under 'extra', Bandit's issue_text and issue_cwe", () => {
    const semgrep = `{"version": "1.78.0", "results": [{"check_id": "python.lang.security.audit.eval-detected", "path": "app/calc.py",
      "start": {"line": 14, "col": 5}, "end": {"line": 15, "col": 9},
      "extra": {"message": "Detected the use of eval(). eval() can be dangerous if used to evaluate dynamic content.", "severity": "WARNING",
                "metadata": {"cwe": ["CWE-95: Improper Neutralization of Directives in Dynamically Evaluated Code"], "category": "security"}}}]}`;
    const [finding] = parseJsonReport(semgrep).findings;
    expect(finding.title).toBe("Detected the use of eval()");
    expect(finding.hints).toMatchObject({ severity: "WARNING", path: "app/calc.py", lines: [{ start: 14, end: 15 }], ruleId: "python.lang.security.audit.eval-detected" });
    expect(finding.hints?.cwe).toMatch(/^CWE-95/);
    const bandit = `{"results": [{"test_id": "B602", "test_name": "subprocess_popen_with_shell_equals_true", "issue_text": "subprocess call with shell=True identified, security issue.",
      "issue_severity": "HIGH", "issue_cwe": {"id": 78, "link": "https://cwe.mitre.org/data/definitions/78.html"}, "filename": "tools/ping.py", "line_number": 14}]}`;
    const [b] = parseJsonReport(bandit).findings;
    expect(b.hints).toMatchObject({ severity: "HIGH", cwe: "CWE-78", path: "tools/ping.py", lines: [{ start: 14, end: 14 }], ruleId: "B602" });
  });

  it("names the code a scanner quotes at the flagged line, not its context lines", () => {
    const bandit = `{"results": [{"test_id": "B301", "issue_text": "Pickle and modules that wrap it can be unsafe when used to deserialize untrusted data, possible security issue.",
      "code": "27     raw = base64.b64decode(token)\\n28     data = pickle.loads(raw)\\n29 ", "filename": "tasks.py", "line_number": 28}]}`;
    expect(parseJsonReport(bandit).findings[0].hints?.symbols).toEqual(["pickle.loads"]);
  });

  it("reads a SonarQube issues export: the message is the title, not the issue type, and code smells are no findings", () => {
    const text = `{"issues": [
      {"rule": "kotlin:S4507", "severity": "MINOR", "type": "VULNERABILITY", "component": "billing:src/Application.kt", "line": 88, "message": "Make sure this debug feature is deactivated before delivering the code in production."},
      {"rule": "kotlin:S138", "severity": "MAJOR", "type": "CODE_SMELL", "component": "billing:src/Application.kt", "line": 30, "message": "Reduce this function from 120 lines to 60."}]}`;
    const report = parseJsonReport(text);
    expect(report.findings.map((f) => f.title)).toEqual(["Make sure this debug feature is deactivated before delivering the code in production"]);
    expect(report.findings[0].hints).toMatchObject({ path: "src/Application.kt", ruleId: "kotlin:S4507" });
  });

  it("reads RuboCop's files array of offenses and Trivy's results per target, each result in its file with its rule and lines", () => {
    const rubocop = JSON.stringify({
      metadata: { rubocop_version: "1.62.1" },
      files: [
        { path: "Gemfile", offenses: [] },
        { path: "app.rb", offenses: [{ severity: "convention", message: "Security/YAMLLoad: Prefer using `YAML.safe_load` over `YAML.load`.", cop_name: "Security/YAMLLoad",
          location: { start_line: 73, start_column: 17, last_line: 74, last_column: 20, line: 73, column: 17 } }] },
      ],
      summary: { offense_count: 1 },
    });
    const [offense] = parseJsonReport(rubocop).findings;
    expect(offense.hints).toMatchObject({ path: "app.rb", ruleId: "Security/YAMLLoad", lines: [{ start: 73, end: 74 }] });

    const trivy = JSON.stringify({
      SchemaVersion: 2,
      ArtifactName: "deploy",
      Results: [
        { Target: "ansible/site.yml", Class: "secret", Secrets: [{ RuleID: "gitlab-pat", Severity: "CRITICAL", Title: "GitLab Personal Access Token", StartLine: 10, EndLine: 10 }] },
        { Target: "helm/templates/deployment.yaml", Class: "config", Type: "helm",
          Misconfigurations: [{ ID: "KSV009", AVDID: "AVD-KSV-0009", Title: "Access to host network", Message: "Deployment 'api' should not set 'spec.template.spec.hostNetwork' to true",
            Severity: "HIGH", Status: "FAIL", CauseMetadata: { Provider: "Kubernetes", StartLine: 2, EndLine: 58 } }] },
        { Target: "Dockerfile", Class: "config", Misconfigurations: [] },
      ],
    });
    const report = parseJsonReport(trivy);
    expect(report.findings.map((f) => [f.title, f.hints?.path])).toEqual([
      ["GitLab Personal Access Token", "ansible/site.yml"],
      ["Access to host network", "helm/templates/deployment.yaml"],
    ]);
    expect(report.findings[1].hints).toMatchObject({ severity: "HIGH", ruleId: "AVD-KSV-0009", lines: [{ start: 2, end: 58 }] });
    expect(report.findings[1].body).toContain("should not set 'spec.template.spec.hostNetwork'");
  });

  it("reads findings keyed by their id in an object", () => {
    const text = JSON.stringify({
      review: { target: "Program.cs", overall_risk: "HIGH" },
      findings: {
        "HR-001": { title: "SQL injection through the employee search parameter", severity: "CRITICAL", cwe: "CWE-89", location: { file: "Program.cs", line: 37 } },
        "HR-002": { title: "LDAP filter built from unescaped user input", severity: "HIGH", location: { file: "Program.cs", line: 53 } },
      },
    });
    const report = parseJsonReport(text);
    expect(report.findings.map((f) => [f.title, f.hints?.lines])).toEqual([
      ["SQL injection through the employee search parameter", [{ start: 37, end: 37 }]],
      ["LDAP filter built from unescaped user input", [{ start: 53, end: 53 }]],
    ]);
    // Each finding is placed at its id and its fields: the id is where the report names it.
    const second = text.slice(report.findings[1].span.start, report.findings[1].span.end);
    expect(second.startsWith('"HR-002":')).toBe(true);
    expect(JSON.parse(`{${second}}`)["HR-002"].title).toBe("LDAP filter built from unescaped user input");
  });

  it("reads JSON Lines, as cargo clippy writes them: each diagnostic a finding at its span, the build's lines and tally not", () => {
    const line = (o: unknown) => JSON.stringify(o);
    const text = [
      line({ reason: "compiler-artifact", package_id: "serde 1.0.203", target: { name: "serde" }, fresh: true }),
      line({ reason: "compiler-message", message: { message: "used `unwrap()` on a `Result` value", level: "warning", code: { code: "clippy::unwrap_used" },
        spans: [{ file_name: "src/main.rs", line_start: 77, line_end: 78, is_primary: true }] } }),
      line({ reason: "compiler-message", message: { message: "10 warnings emitted", level: "warning", code: null, spans: [] } }),
      line({ reason: "compiler-message", message: { message: "aborting due to 2 previous errors; 1 warning emitted", level: "error", code: null, spans: [] } }),
      line({ reason: "build-finished", success: true }),
      "",
    ].join("\n");
    const report = parseJsonReport(text);
    expect(report.findings.map((f) => [f.title, f.hints?.path, f.hints?.lines])).toEqual([["used `unwrap()` on a `Result` value", "src/main.rs", [{ start: 77, end: 78 }]]]);
    expect(JSON.parse(text.slice(report.findings[0].span.start, report.findings[0].span.end)).reason).toBe("compiler-message");
    // A second value after the first is still an error when the file is no JSON Lines.
    expect(() => parseJsonReport(`{"title": "a"} [1, 2]`)).toThrow(/unexpected content after the JSON value/);
  });

  it("reads findings filed under their severity, each taking its group's severity when it names none", () => {
    const text = JSON.stringify({
      review_summary: "One critical flaw.",
      files_reviewed: ["JwtAuthFilter.java"],
      issues: {
        critical: [{ id: "C1", title: "JWT signature verification can be bypassed", file: "JwtAuthFilter.java", lines: "33-34" }],
        high: [],
        low: [{ id: "L1", title: "JPA entities returned directly", severity: "informational", file: "DocumentController.java" }],
      },
    });
    const report = parseJsonReport(text);
    expect(report.findings.map((f) => [f.title, f.hints?.severity, f.hints?.path])).toEqual([
      ["JWT signature verification can be bypassed", "critical", "JwtAuthFilter.java"],
      ["JPA entities returned directly", "informational", "DocumentController.java"],
    ]);
  });

  it("reads a KICS scan: a check that fired once is one finding, a check that fired at several places one per place", () => {
    const text = JSON.stringify({
      kics_version: "v1.7.13",
      queries: [
        { query_name: "S3 Bucket Access to Any Principal", query_id: "7af43613", severity: "CRITICAL", cwe: "284", category: "Access Control",
          description: "S3 Buckets must not allow Actions From All Principals", files: [{ file_name: "infra/main.tf", line: 24, issue_type: "IncorrectValue", search_key: "aws_s3_bucket_policy[site].policy" }] },
        { query_name: "Unpinned Actions Full Length Commit SHA", query_id: "555ab8f9", severity: "MEDIUM", category: "Supply-Chain",
          description: "Pin actions to a full length commit SHA",
          files: [
            { file_name: ".github/workflows/deploy.yml", line: 38, search_key: "uses={{aws-actions/configure-aws-credentials@v4}}" },
            { file_name: ".github/workflows/deploy.yml", line: 45, search_key: "uses={{jakejarvis/s3-sync-action@master}}" },
          ] },
      ],
    });
    const report = parseJsonReport(text);
    expect(report.findings.map((f) => [f.title, f.hints?.path, f.hints?.lines, f.hints?.ruleId])).toEqual([
      ["S3 Bucket Access to Any Principal", "infra/main.tf", [{ start: 24, end: 24 }], "7af43613"],
      ["Unpinned Actions Full Length Commit SHA", ".github/workflows/deploy.yml", [{ start: 38, end: 38 }], "555ab8f9"],
      ["Unpinned Actions Full Length Commit SHA", ".github/workflows/deploy.yml", [{ start: 45, end: 45 }], "555ab8f9"],
    ]);
    // Each place's finding spans its own entry; the single place's finding spans the whole check.
    expect(text.slice(report.findings[2].span.start, report.findings[2].span.end)).toContain("s3-sync-action@master");
    expect(text.slice(report.findings[0].span.start, report.findings[0].span.end)).toContain("S3 Bucket Access to Any Principal");
  });

  it("ignores lines that are not positive integers", () => {
    expect(linesOf("0")).toBeUndefined();
    expect(linesOf(`"unknown"`)).toBeUndefined();
  });
});

describe("parseJsonReport: CWE hints", () => {
  function cweOf(value: string): unknown {
    return parseJsonReport(`[{"title": "t", "cwe": ${value}}]`).findings[0].hints?.cwe;
  }

  it("accepts the forms reviewers write", () => {
    expect(cweOf(`"CWE-89"`)).toBe("CWE-89");
    expect(cweOf(`"89"`)).toBe("CWE-89");
    expect(cweOf("89")).toBe("CWE-89");
    expect(cweOf(`["CWE-79", "CWE-80"]`)).toBe("CWE-79");
    expect(cweOf("[352]")).toBe("CWE-352");
    expect(cweOf(`"CWE-22: Path Traversal"`)).toBe("CWE-22: Path Traversal");
  });

  it("reads cwe_id and weakness keys and drops values without a number", () => {
    expect(parseJsonReport(`[{"title": "t", "cwe_id": 78}]`).findings[0].hints?.cwe).toBe("CWE-78");
    expect(parseJsonReport(`[{"title": "t", "weakness": "CWE-502"}]`).findings[0].hints?.cwe).toBe("CWE-502");
    expect(cweOf(`"N/A"`)).toBeUndefined();
  });
});

describe("parseJsonReport: other hints", () => {
  it("reads severity numbers, cvss scores and symbols", () => {
    const text = `[{"title": "t", "severity": 4, "cvss_score": "7.5", "method": "Auth.login()", "component": "the login form"}]`;
    expect(parseJsonReport(text).findings[0].hints).toEqual({
      severity: "4",
      severityScore: 7.5,
      symbols: ["Auth.login"],
    });
  });

  it("ignores scores outside 0-10", () => {
    const text = `[{"title": "t", "score": 85}]`;
    expect(parseJsonReport(text).findings[0].hints).toEqual({});
  });
});

describe("parseJsonReport: bad input", () => {
  it("reports a truncated document with line and column", () => {
    const text = `[\n  {"title": "SQL injection",\n   "severity": "high"`;
    expect(reportError(() => parseJsonReport(text)).message).toBe(
      "malformed JSON: expected '}' (the document ends early) at line 3, column 22",
    );
  });

  it("reports garbage inside a document", () => {
    const text = `{"findings": [\n  {"title": 'single quoted'}\n]}`;
    expect(reportError(() => parseJsonReport(text)).message).toMatch(
      /^malformed JSON: unexpected character at line 2, column 13$/,
    );
  });

  it("reports a malformed ```json block at its place in the full text", () => {
    const text = "Summary first.\n\n```json\n{\"findings\": [\n  {\"title\": \"x\"\n]}\n```\n";
    expect(reportError(() => parseJsonReport(text)).message).toBe("malformed JSON: expected ',' at line 6, column 1");
  });

  it("refuses text without a JSON payload", () => {
    expect(reportError(() => parseJsonReport("## Findings\n\n1. SQL injection")).message).toMatch(/^no JSON found/);
    expect(reportError(() => parseJsonReport("[HIGH] SQL injection in login")).message).toMatch(/^no JSON found/);
  });

  it("refuses JSON that holds no recognizable findings", () => {
    expect(reportError(() => parseJsonReport(`{"model": "x", "tokens": 1200}`)).message).toMatch(/no findings array/);
    expect(reportError(() => parseJsonReport(`[{"foo": 1}, {"bar": 2}]`)).message).toBe(
      "no findings recognized: 2 entries without a title or description",
    );
  });

  it("finishes on 200,000 nested arrays", () => {
    const error = reportError(() => parseJsonReport("[".repeat(200_000) + "]".repeat(200_000)));
    expect(error.message).toBe("malformed JSON: nested deeper than 256 levels at line 1, column 257");
    expect(looksLikeJsonReport("[".repeat(200_000))).toBe(true);
  });

  it("finishes on a 1 MB string", () => {
    const huge = "a".repeat(1_000_000);
    const report = parseJsonReport(`[{"description": "${huge}", "severity": "${".".repeat(1_000_000)}x"}]`);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0].title).toBe(`${"a".repeat(300)}…`);

    expect(reportError(() => parseJsonReport(`["${huge}`)).message).toMatch(/^malformed JSON: unterminated string/);
    expect(reportError(() => parseJsonReport("`".repeat(1_000_000))).message).toMatch(/^no JSON found/);
    expect(looksLikeJsonReport("```\n" + "{".repeat(1_000_000))).toBe(false);
  });
});

describe("looksLikeJsonReport", () => {
  it("accepts whole-text JSON, even when malformed", () => {
    expect(looksLikeJsonReport(`[{"title": "x"}]`)).toBe(true);
    expect(looksLikeJsonReport(`  {"findings": []}\n`)).toBe(true);
    expect(looksLikeJsonReport(`[{"title": "x"`)).toBe(true);
  });

  it("accepts a report-shaped fence inside prose", () => {
    const text = 'Results:\n\n```json\n{"issues": [{"title": "XSS", "severity": "high"}]}\n```\nDone.';
    expect(looksLikeJsonReport(text)).toBe(true);
  });

  it("rejects prose that only quotes JSON under review", () => {
    const text =
      "## Finding 1: Secrets in config\n\nThe file contains:\n\n```json\n{\"name\": \"admin\", \"password\": \"hunter2\"}\n```\n";
    expect(looksLikeJsonReport(text)).toBe(false);
    expect(looksLikeJsonReport("```json\n{\"deps\": {...}}\n```")).toBe(false);
  });

  it("rejects plain text, bracketed severities and SARIF", () => {
    expect(looksLikeJsonReport("No issues found.")).toBe(false);
    expect(looksLikeJsonReport("[HIGH] SQL injection in login()")).toBe(false);
    expect(looksLikeJsonReport("[1] Missing CSRF token")).toBe(false);
    expect(looksLikeJsonReport(`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": []}]}`)).toBe(
      false,
    );
  });
});

describe("parseJsonReport: more scanners' own JSON", () => {
  it("reads PMD's report: violations grouped by file, begin and end lines, the rule as its id", () => {
    const pmd = `{"formatVersion": 1, "pmdVersion": "7.2.0", "files": [{"filename": "src/ReportServlet.java", "violations": [
      {"beginline": 72, "begincolumn": 9, "endline": 73, "endcolumn": 40, "description": "Avoid string concatenation in SQL statements",
       "rule": "SqlInjection", "ruleset": "Security", "priority": 1}]}], "processingErrors": []}`;
    const [finding] = parseJsonReport(pmd).findings;
    expect(finding.title).toBe("Avoid string concatenation in SQL statements");
    expect(finding.hints).toMatchObject({ path: "src/ReportServlet.java", lines: [{ start: 72, end: 73 }], ruleId: "SqlInjection", severity: "high" });
  });

  it("reads golangci-lint's JSON: its Text, its Pos, the linter as the rule, the quoted source line's names", () => {
    const golangci = `{"Issues": [{"FromLinter": "gosec", "Text": "G201: SQL string formatting", "Severity": "error",
      "SourceLines": ["\\tq := fmt.Sprintf(query, status)"],
      "Pos": {"Filename": "internal/api/parcels.go", "Offset": 2210, "Line": 97, "Column": 8}}], "Report": {"Linters": [{"Name": "gosec", "Enabled": true}]}}`;
    const [finding] = parseJsonReport(golangci).findings;
    expect(finding.title).toBe("G201: SQL string formatting");
    expect(finding.hints).toMatchObject({ path: "internal/api/parcels.go", lines: [{ start: 97, end: 97 }], ruleId: "gosec", severity: "error" });
  });

  it("reads cargo-audit's advisories, the vulnerabilities and the warnings, each titled by its advisory and naming its crate", () => {
    const audit = `{"database": {"advisory-count": 587}, "lockfile": {"dependency-count": 94},
      "settings": {"ignore": [], "informational_warnings": ["unmaintained", "unsound"]},
      "vulnerabilities": {"found": true, "count": 1, "list": [
        {"advisory": {"id": "RUSTSEC-2021-0078", "package": "hyper", "title": "Lenient hyper header parsing of Content-Length could allow request smuggling",
          "description": "hyper's HTTP header parser accepted illegal contents inside Content-Length headers.", "cvss": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N"},
         "versions": {"patched": [">=0.14.10"]}, "package": {"name": "hyper", "version": "0.10.16"}}]},
      "warnings": {"unsound": [{"kind": "unsound", "package": {"name": "rocket", "version": "0.4.5"},
        "advisory": {"id": "RUSTSEC-2021-0044", "package": "rocket", "title": "Use after free possible in uri::Formatter on panic", "description": "Affected versions use a StackVec."}}],
        "yanked": [{"kind": "yanked", "package": {"name": "smallvec", "version": "0.6.9"}, "advisory": null}]}}`;
    const findings = parseJsonReport(audit).findings;
    expect(findings.map((f) => [f.title, f.hints?.symbols?.[0]])).toEqual([
      ["Lenient hyper header parsing of Content-Length could allow request smuggling", "hyper"],
      ["Use after free possible in uri::Formatter on panic", "rocket"],
    ]);
    expect(sourceOf(audit, findings[1])).toMatch(/^\{"kind": "unsound"/);
  });

  it("reads pip-audit's and Dependency-Check's packages: each advisory a finding named with its package, clean packages none", () => {
    const pipAudit = `{"dependencies": [{"name": "flask", "version": "2.2.2", "vulns": [{"id": "PYSEC-2023-62", "fix_versions": ["2.2.5"], "aliases": ["CVE-2023-30861"],
      "description": "Flask is a lightweight WSGI web application framework. A response containing data intended for one client may be cached and sent to others."}]},
      {"name": "click", "version": "8.1.3", "vulns": []}], "fixes": []}`;
    const [flask, ...rest] = parseJsonReport(pipAudit).findings;
    expect(rest).toEqual([]);
    expect(flask.title).toBe("PYSEC-2023-62 in flask 2.2.2");
    expect(flask.hints?.symbols).toContain("flask");
    const dependencyCheck = `{"reportSchema": "1.1", "scanInfo": {"engineVersion": "9.0.9", "dataSource": [{"name": "NVD API Last Checked", "timestamp": "2024-03-21T09:14:52Z"}]},
      "projectInfo": {"name": "HelpDesk"}, "dependencies": [
        {"isVirtual": false, "fileName": "bootstrap.bundle.min.js", "filePath": "/src/wwwroot/lib/bootstrap.bundle.min.js", "packages": [{"id": "pkg:javascript/bootstrap@5.1.0"}]},
        {"isVirtual": true, "fileName": "Newtonsoft.Json:12.0.3", "filePath": "/src/HelpDesk.csproj", "vulnerabilities": [{"source": "OSSINDEX", "name": "CVE-2024-21907", "severity": "HIGH",
          "cwes": ["CWE-755"], "description": "Newtonsoft.Json before version 13.0.1 is affected by a mishandling of exceptional conditions."}]}]}`;
    const findings = parseJsonReport(dependencyCheck).findings;
    expect(findings.map((f) => [f.title, f.hints?.severity, f.hints?.cwe, f.hints?.symbols?.includes("Newtonsoft.Json")])).toEqual([
      ["CVE-2024-21907 in Newtonsoft.Json:12.0.3", "HIGH", "CWE-755", true],
    ]);
  });

  it("reads Dependency-Check's clean jars, which have no list of vulnerabilities but a description, as no findings", () => {
    const report = `{"reportSchema": "1.1", "dependencies": [
      {"fileName": "HdrHistogram-2.1.12.jar", "description": "HdrHistogram supports the recording and analyzing sampled data value counts.", "packages": []},
      {"fileName": "snakeyaml-1.29.jar", "description": "YAML 1.1 parser and emitter for Java", "vulnerabilities": [{"name": "CVE-2022-1471", "severity": "HIGH", "cwes": ["CWE-502"], "description": "SnakeYaml's Constructor() class does not restrict types."}]}]}`;
    expect(parseJsonReport(report).findings.map((f) => f.title)).toEqual(["CVE-2022-1471 in snakeyaml-1.29.jar"]);
  });

  it("reads Kubescape's failed controls per resource, with the control's id as rule and its score factor as severity", () => {
    const kubescape = JSON.stringify({
      summaryDetails: { controls: { "C-0057": { name: "Privileged container", scoreFactor: 8 }, "C-0034": { name: "Automatic mapping of service account", scoreFactor: 6 } } },
      resources: [],
      results: [
        { resourceID: "path=1/api=apps/v1/ci/Deployment/builder", controls: [
          { controlID: "C-0057", name: "Privileged container", status: { status: "failed" }, rules: [] },
          { controlID: "C-0034", name: "Automatic mapping of service account", status: { status: "passed" }, rules: [] },
        ] },
      ],
    });
    expect(parseJsonReport(kubescape).findings.map((f) => [f.title, f.hints?.ruleId, f.hints?.severity])).toEqual([["Privileged container", "C-0057", "high"]]);
  });

  it("reads Snyk's CWE among its identifiers", () => {
    const snyk = `{"vulnerabilities": [{"id": "SNYK-JAVA-COMMONSIO-1277109", "title": "Directory Traversal", "severity": "medium", "packageName": "commons-io:commons-io",
      "version": "2.6", "identifiers": {"CVE": ["CVE-2021-29425"], "CWE": ["CWE-22"]}, "description": "Affected versions are vulnerable via FileNameUtils.normalize."}], "ok": false}`;
    const [finding] = parseJsonReport(snyk).findings;
    expect(finding.hints).toMatchObject({ cwe: "CWE-22", severity: "medium" });
    expect(finding.hints?.symbols).toContain("commons-io:commons-io");
  });

  it("reads Code Climate's issues (ansible-lint -f codeclimate): the description as the title, the check's slug as the rule", () => {
    const codeClimate = `[{"type": "issue", "check_name": "risky-shell-pipe", "categories": ["command-shell"], "severity": "major", "description": "Shells that use pipes should set the pipefail option.",
      "fingerprint": "6e88", "location": {"path": "db.yml", "lines": {"begin": 19}}, "content": {"body": "Task/Handler: Add PGDG signing key"}}]`;
    const [finding] = parseJsonReport(codeClimate).findings;
    expect(finding.title).toBe("Shells that use pipes should set the pipefail option");
    expect(finding.hints).toMatchObject({ ruleId: "risky-shell-pipe", path: "db.yml", lines: [{ start: 19, end: 19 }] });
  });

  it("reads Infer's report.json: its category or human bug type as the title, the bug type as the rule, the procedure as code", () => {
    const infer = `[{"bug_type": "NULLPTR_DEREFERENCE", "qualifier": "\`sb->data\` could be null (null value originating from line 38) and is dereferenced.",
      "severity": "ERROR", "category": "Null pointer dereference", "line": 39, "column": 5, "procedure": "sb_init", "file": "src/httputil.c", "bug_type_hum": "Null Dereference"},
      {"bug_type": "DEAD_STORE", "qualifier": "The value written to &colon is never used.", "severity": "ERROR", "category": "No category", "line": 103,
      "procedure": "parse_header_line", "file": "src/httputil.c", "bug_type_hum": "Dead Store"}]`;
    const findings = parseJsonReport(infer).findings;
    expect(findings.map((f) => [f.title, f.hints?.ruleId, f.hints?.symbols?.[0]])).toEqual([
      ["Null pointer dereference", "NULLPTR_DEREFERENCE", "sb_init"],
      ["Dead Store", "DEAD_STORE", "parse_header_line"],
    ]);
  });

  it("reads Grype's matches: the advisory in its package", () => {
    const grype = `{"matches": [{"vulnerability": {"id": "CVE-2024-38474", "dataSource": "https://security-tracker.debian.org/tracker/CVE-2024-38474", "severity": "Critical"},
      "relatedVulnerabilities": [{"id": "CVE-2024-38474", "description": "Substitution encoding issue in mod_rewrite."}],
      "artifact": {"name": "apache2-bin", "version": "2.4.59-1~deb12u1", "type": "deb"}}], "source": {"type": "image"}, "descriptor": {"name": "grype"}}`;
    const [finding] = parseJsonReport(grype).findings;
    expect([finding.title, finding.hints?.severity, finding.hints?.symbols]).toEqual(["CVE-2024-38474 in apache2-bin 2.4.59-1~deb12u1", "Critical", ["apache2-bin"]]);
  });

  it("reads osv-scanner's packages, Horusec's analysis and trufflehog's detections", () => {
    const osv = `{"results": [{"source": {"path": "/app/pubspec.lock", "type": "lockfile"}, "packages": [{"package": {"name": "dio", "version": "4.0.6", "ecosystem": "Pub"},
      "vulnerabilities": [{"id": "GHSA-9324-jv53-9cc8", "summary": "dio vulnerable to CRLF injection with HTTP method string", "details": "The dio package 4.0.0 allows CRLF injection."}]}]}]}`;
    expect(parseJsonReport(osv).findings.map((f) => [f.title, f.hints?.symbols])).toEqual([["dio vulnerable to CRLF injection with HTTP method string", ["dio"]]]);
    const horusec = `{"version": "v2.8.0", "status": "success", "analysisVulnerabilities": [{"vulnerabilityID": "0", "vulnerabilities": {"line": "15", "file": "lib/api/wallet_api.dart",
      "details": "(1/1) * Possible vulnerability detected: Potential Hard-coded credential\\nThe software contains hard-coded credentials.", "severity": "CRITICAL", "securityTool": "HorusecEngine"}}]}`;
    expect(parseJsonReport(horusec).findings.map((f) => [f.title, f.hints?.path, f.hints?.lines])).toEqual([["Potential Hard-coded credential", "lib/api/wallet_api.dart", "15"]]);
    const trufflehog = `{"SourceMetadata":{"Data":{"Git":{"commit":"e41b7c0","file":"index.ts","line":101}}},"SourceName":"trufflehog - git","DetectorName":"SlackWebhook","DetectorDescription":"Slack webhooks are used to send messages from external sources into Slack channels.","Verified":true,"Redacted":"https://hooks.slack.com/services/T0/B0/xxx"}
{"SourceMetadata":{"Data":{"Git":{"commit":"0b1c2d3","file":"index.ts","line":12}}},"SourceName":"trufflehog - git","DetectorName":"AWS","DetectorDescription":"AWS is a cloud platform.","Verified":false,"Redacted":"AKIAEXAMPLE"}`;
    expect(parseJsonReport(trufflehog).findings.map((f) => [f.title, f.hints?.path, f.hints?.lines])).toEqual([
      ["SlackWebhook", "index.ts", [{ start: 101, end: 101 }]],
      ["AWS", "index.ts", [{ start: 12, end: 12 }]],
    ]);
  });

  it("reads njsscan's rules keyed under the language, each with its files and metadata", () => {
    const njsscan = `{"errors": [], "njsscan_version": "0.4.3", "nodejs": {"express_open_redirect": {"files": [{"file_path": "src/routes/orders.js", "match_lines": [92, 92],
      "match_string": "    res.redirect(req.query.returnTo)"}], "metadata": {"cwe": "CWE-601: URL Redirection to Untrusted Site ('Open Redirect')",
      "description": "Untrusted user input in redirect() can result in Open Redirect vulnerability.", "severity": "ERROR"}}}, "templates": {}}`;
    const [finding] = parseJsonReport(njsscan).findings;
    expect([finding.title, finding.hints?.cwe?.slice(0, 7), finding.hints?.path]).toEqual(["Untrusted user input in redirect() can result in Open Redirect vulnerability", "CWE-601", "src/routes/orders.js"]);
  });

  it("reads a numbered priority as a rank, 1 first (PMD's 3 is medium), not as a score out of ten", () => {
    const entry = (priority: string) => `{"files": [{"filename": "A.java", "violations": [{"beginline": 3, "description": "Avoid empty catch blocks", "rule": "EmptyCatchBlock", "priority": ${priority}}]}]}`;
    const severityOf = (priority: string) => parseJsonReport(entry(priority)).findings[0].hints?.severity;
    expect(["1", "2", "3", "4", "5", '"P1"', '"High"'].map(severityOf)).toEqual(["high", "medium", "medium", "low", "low", "high", "High"]);
  });

  it("reads a clean scan, every file listed with no results, as no issues", () => {
    expect(parseJsonReport(`[{"filePath": "/src/a.js", "messages": [], "errorCount": 0}]`).verdict).toBe("no-issues");
    expect(parseJsonReport(`{"files": [{"path": "app/a.rb", "offenses": []}], "summary": {"offense_count": 0}}`).verdict).toBe("no-issues");
  });

  it("reads Checkov's failed checks and leaves its passed ones out", () => {
    const checkov = `{"check_type": "serverless", "results": {
      "passed_checks": [{"check_id": "CKV_AWS_19", "check_name": "Ensure the S3 bucket has server-side-encryption enabled", "check_result": {"result": "PASSED"}, "file_path": "/serverless.yml", "file_line_range": [38, 50]}],
      "failed_checks": [{"check_id": "CKV_AWS_41", "check_name": "Ensure no hard coded AWS access key and secret key exists in provider", "check_result": {"result": "FAILED"}, "file_path": "/serverless.yml", "file_line_range": [26, 34], "resource": "AWS::Serverless::Function.export"}],
      "skipped_checks": [], "parsing_errors": []}, "summary": {"passed": 1, "failed": 1}}`;
    const report = parseJsonReport(checkov);
    expect(report.findings.map((f) => f.title)).toEqual(["Ensure no hard coded AWS access key and secret key exists in provider"]);
    expect(report.findings[0].hints).toMatchObject({ path: "/serverless.yml", lines: [{ start: 26, end: 34 }], ruleId: "CKV_AWS_41" });
  });

  it("reads Checkov's list of reports, one per framework it ran, as one report", () => {
    const checkov = `[
      {"check_type": "terraform", "results": {"failed_checks": [{"check_id": "CKV_AWS_20", "check_name": "S3 Bucket has an ACL defined which allows public READ access.", "check_result": {"result": "FAILED"}, "file_path": "/main.tf", "file_line_range": [4, 9]}], "passed_checks": []}, "summary": {"failed": 1}},
      {"check_type": "secrets", "results": {"failed_checks": [{"check_id": "CKV_SECRET_2", "check_name": "AWS Access Key", "check_result": {"result": "FAILED"}, "file_path": "/variables.tf", "file_line_range": [3, 3]}], "passed_checks": []}, "summary": {"failed": 1}}
    ]`;
    const report = parseJsonReport(checkov);
    expect(report.findings.map((f) => [f.title, f.hints?.ruleId, f.hints?.path])).toEqual([
      ["S3 Bucket has an ACL defined which allows public READ access.", "CKV_AWS_20", "/main.tf"],
      ["AWS Access Key", "CKV_SECRET_2", "/variables.tf"],
    ]);
  });

  it("reads HLint's JSON: the hint is the title, its note the description", () => {
    const hlint = `[{"module":["Api.Users"],"decl":["findUser"],"severity":"Warning","hint":"Avoid restricted function","file":"src/Api/Users.hs","startLine":42,"startColumn":9,"endLine":42,"endColumn":19,"from":"fromString","to":null,"note":["Build queries with ? placeholders, not from runtime strings"],"refactorings":"[]"}]`;
    const [finding] = parseJsonReport(hlint).findings;
    expect(finding.title).toBe("Avoid restricted function");
    expect(finding.body).toContain("? placeholders");
    expect(finding.hints).toMatchObject({ path: "src/Api/Users.hs", lines: [{ start: 42, end: 42 }] });
  });

  it("reads SonarQube's generic issue import format: the primary location holds the message, the file and the lines", () => {
    const sonar = `{"issues": [{"engineId": "custom-sast", "ruleId": "sql-format-string", "severity": "BLOCKER", "type": "VULNERABILITY",
      "primaryLocation": {"message": "SQL text built with String.format reaches executeQuery.", "filePath": "src/main/java/App.java", "textRange": {"startLine": 57, "endLine": 58}}}]}`;
    const [finding] = parseJsonReport(sonar).findings;
    expect(finding.title).toBe("SQL text built with String.format reaches executeQuery");
    expect(finding.hints).toMatchObject({ path: "src/main/java/App.java", lines: [{ start: 57, end: 58 }], ruleId: "sql-format-string", severity: "BLOCKER" });
  });

  it("reads Bearer's report: findings filed under severities at the top level", () => {
    const bearer = `{"critical": [{"cwe_ids": ["89"], "id": "javascript_lang_sql_injection", "title": "Unsanitized input in SQL query", "line_number": 46, "filename": "server/routes/profile.js"}],
      "high": [{"cwe_ids": ["798"], "id": "javascript_lang_hardcoded_secret", "title": "Usage of hard-coded secret", "line_number": 14, "filename": "server/routes/profile.js"}],
      "low": []}`;
    const report = parseJsonReport(bearer);
    expect(report.findings.map((f) => [f.title, f.hints?.severity])).toEqual([
      ["Unsanitized input in SQL query", "critical"],
      ["Usage of hard-coded secret", "high"],
    ]);
  });

  it("reads Sobelow's report: findings filed under the tool's confidence, which is no severity", () => {
    const sobelow = `{"sobelow_version": "0.13.0", "total_findings": 2, "findings": {
      "high_confidence": [{"type": "SQL.Query: SQL injection", "file": "lib/web/controllers/document_controller.ex", "line": 31, "variable": "query"}],
      "medium_confidence": [{"type": "XSS.SendResp: XSS in \`send_resp\`", "file": "lib/web/controllers/document_controller.ex", "line": 68, "variable": "body"}],
      "low_confidence": []}}`;
    const report = parseJsonReport(sobelow);
    expect(report.findings.map((f) => f.title)).toEqual(["SQL.Query: SQL injection", "XSS.SendResp: XSS in `send_resp`"]);
    expect(report.findings.map((f) => f.hints?.severity)).toEqual([undefined, undefined]);
    expect(report.findings[1].hints).toMatchObject({ path: "lib/web/controllers/document_controller.ex", lines: [{ start: 68, end: 68 }] });
  });

  it("takes hadolint's and ShellCheck's \"code\" for their rule", () => {
    const hadolint = `[{"code": "DL3007", "column": 1, "file": "Dockerfile", "level": "warning", "line": 1, "message": "Using latest is prone to errors if the image will ever update."}]`;
    expect(parseJsonReport(hadolint).findings[0].hints).toMatchObject({ ruleId: "DL3007", path: "Dockerfile", lines: [{ start: 1, end: 1 }] });
    const shellcheck = `{"comments": [{"file": "entrypoint.sh", "line": 18, "endLine": 18, "column": 9, "level": "info", "code": 2086, "message": "Double quote to prevent globbing and word splitting."}]}`;
    expect(parseJsonReport(shellcheck).findings[0].hints).toMatchObject({ ruleId: "SC2086", path: "entrypoint.sh" });
  });

  it("keeps an ellipsis inside the title it opens", () => {
    const shellcheck = `{"comments": [{"file": "entrypoint.sh", "line": 4, "level": "warning", "code": 2164, "message": "Use 'cd ... || exit' or 'cd ... || return' in case cd fails."}]}`;
    expect(parseJsonReport(shellcheck).findings[0].title).toBe("Use 'cd ... || exit' or 'cd ... || return' in case cd fails");
  });

  it("titles a tfsec result by what it found, not by the impact every result of its rule shares", () => {
    const tfsec = `{"results": [{"rule_id": "AVD-GEN-0004", "long_id": "general-secrets-no-plaintext-exposure",
      "rule_description": "Secret/sensitive data should not be exposed in plaintext.",
      "impact": "Sensitive data can be leaked to unauthorised people or systems.",
      "resolution": "Remove plaintext secrets and encrypt them within a secrets manager instead.",
      "description": "Variable includes a potentially sensitive default value.", "severity": "CRITICAL",
      "location": {"filename": "infra/main.tf", "start_line": 14, "end_line": 14}}]}`;
    const [finding] = parseJsonReport(tfsec).findings;
    expect(finding.title).toBe("Variable includes a potentially sensitive default value");
    expect(finding.body).toContain("Sensitive data can be leaked");
  });
});

