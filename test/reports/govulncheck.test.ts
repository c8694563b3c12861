import { describe, expect, it } from "vitest";
import { parseJsonReport } from "../../lib/reports/json";

/** A govulncheck -json stream: one advisory the code calls, one it only imports. */
const stream = `{
  "config": {"protocol_version": "v1.0.0", "scanner_name": "govulncheck", "scan_level": "symbol"}
}
{
  "progress": {"message": "Scanning your code and 51 packages across 3 dependent modules for known vulnerabilities..."}
}
{
  "osv": {"id": "GO-2020-0017", "aliases": ["CVE-2020-26160"], "summary": "Authorization bypass in github.com/dgrijalva/jwt-go",
    "details": "If a JWT contains an audience claim with an array of strings, rather than a single string, and MapClaims.VerifyAudience is called with req set to false, then audience verification will be bypassed."}
}
{
  "osv": {"id": "GO-2024-2599", "summary": "Memory exhaustion in multipart form parsing in net/textproto and net/http", "details": "Limits were not applied."}
}
{
  "finding": {"osv": "GO-2020-0017", "trace": [{"module": "github.com/dgrijalva/jwt-go", "version": "v3.2.0+incompatible"}]}
}
{
  "finding": {"osv": "GO-2020-0017", "trace": [
    {"module": "github.com/dgrijalva/jwt-go", "version": "v3.2.0+incompatible", "package": "github.com/dgrijalva/jwt-go", "function": "VerifyAudience", "receiver": "MapClaims",
     "position": {"filename": "map_claims.go", "line": 15}},
    {"module": "example.com/sharebox", "package": "example.com/sharebox/cmd/sharebox", "function": "authenticate", "position": {"filename": "cmd/sharebox/main.go", "line": 56}},
    {"module": "example.com/sharebox", "package": "example.com/sharebox/cmd/sharebox", "function": "main", "position": {"filename": "cmd/sharebox/main.go", "line": 172}}
  ]}
}
{
  "finding": {"osv": "GO-2024-2599", "fixed_version": "v1.22.1", "trace": [{"module": "stdlib", "version": "v1.21.8", "package": "net/http"}]}
}
`;

describe("govulncheck's JSON stream", () => {
  it("reads the advisories the code calls as findings, at the call into the vulnerable module", () => {
    const report = parseJsonReport(stream);
    expect(report.findings.map((f) => f.title)).toEqual(["Authorization bypass in github.com/dgrijalva/jwt-go"]);
    const [finding] = report.findings;
    expect(finding.hints).toMatchObject({ ruleId: "GO-2020-0017", path: "cmd/sharebox/main.go", lines: [{ start: 56, end: 56 }] });
    expect(finding.hints?.symbols).toEqual(expect.arrayContaining(["MapClaims.VerifyAudience", "authenticate"]));
    expect(stream.slice(finding.span.start, finding.span.end)).toMatch(/^\{\s*"osv": \{"id": "GO-2020-0017"/);
    expect(finding.body).toContain("CVE-2020-26160");
  });

  it("reads a scan whose advisories the code never calls as no issues", () => {
    const imported = stream.replace(/"function": "VerifyAudience", /, "");
    const report = parseJsonReport(imported);
    expect(report.verdict).toBe("no-issues");
    expect(report.findings).toEqual([]);
  });
});
