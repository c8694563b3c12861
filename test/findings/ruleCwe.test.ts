import { describe, expect, it } from "vitest";
import { normalizeFinding } from "../../lib/findings/normalizeFinding";
import { cweOfRule } from "../../lib/findings/ruleCwe";

describe("cweOfRule", () => {
  it("gives a gosec result its rule's CWE when the tool's output leaves it out (golangci-lint's JSON, gosec's text)", () => {
    expect(cweOfRule("gosec", "G204: Subprocess launched with a potential tainted input or cmd arguments")).toBe("CWE-78");
    expect(cweOfRule("G305", "File traversal when extracting zip/tar archive")).toBe("CWE-22");
    expect(cweOfRule("gosec", "G402: TLS InsecureSkipVerify set true.")).toBe("CWE-295");
    // A variable URL is read as what reviewers call it: server-side request forgery.
    expect(cweOfRule("gosec", "G107: Potential HTTP request made with variable url")).toBe("CWE-918");
  });

  it("gives PMD's security rules their CWE, whose messages rarely name the weakness", () => {
    expect(cweOfRule("ApexSOQLInjection", "Avoid untrusted/unescaped variables in DML query")).toBe("CWE-89");
    expect(cweOfRule("ApexXSSFromEscapeFalse", "Apex classes should escape Strings in error messages")).toBe("CWE-79");
    expect(cweOfRule("category/apex/security.xml/ApexOpenRedirect", "Apex classes should safely redirect to a known location")).toBe("CWE-601");
    expect(cweOfRule("DebugsShouldUseLoggingLevel", "Calls to System.debug should specify a logging level")).toBeNull();
  });

  it("reads no CWE into a reviewer's note or another tool's code", () => {
    expect(cweOfRule(null, "G204: subprocess with tainted args")).toBeNull();
    expect(cweOfRule("errcheck", "Error return value of `os.MkdirAll` is not checked")).toBeNull();
    expect(cweOfRule("G999", "unknown rule")).toBeNull();
  });

  it("fills a finding's CWE only where the tool and the text name none", () => {
    const raw = (title: string, ruleId: string) => ({ title, body: title, span: { start: 0, end: title.length }, hints: { ruleId } });
    expect(normalizeFinding(raw("G201: SQL string formatting", "gosec"), 1).cwe).toBe("CWE-89");
    expect(normalizeFinding(raw("G201: SQL string formatting (CWE-564)", "gosec"), 1).cwe).toBe("CWE-564");
  });
});
