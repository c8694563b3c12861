import { describe, expect, it } from "vitest";
import { normalizeSeverity, severityOfScore, writtenSeverity } from "../../lib/findings/severity";

describe("normalizeSeverity", () => {
  it("maps the words reviewers use onto five levels", () => {
    expect(normalizeSeverity("High")).toBe("high");
    expect(normalizeSeverity("[CRITICAL]")).toBe("critical");
    expect(normalizeSeverity("**Critical**")).toBe("critical");
    expect(normalizeSeverity("moderate")).toBe("medium");
    expect(normalizeSeverity("Medium (CVSS 5.3)")).toBe("medium");
    expect(normalizeSeverity("low")).toBe("low");
    expect(normalizeSeverity("Informational")).toBe("info");
  });

  it("maps a tracker's priorities at both ends: Highest → critical, Lowest → info", () => {
    expect(normalizeSeverity("Highest")).toBe("critical");
    expect(normalizeSeverity("Lowest")).toBe("info");
  });

  it("maps a ticket's priorities P0-P4 and an incident's severities Sev 1-5, the lowest number the worst", () => {
    expect(["P0", "[P1]", "p2", "P3", "P4"].map(normalizeSeverity)).toEqual(["critical", "high", "medium", "low", "info"]);
    expect(["Sev: 1", "SEV-2", "Severity 3", "sev 4"].map(normalizeSeverity)).toEqual(["critical", "high", "medium", "low"]);
    expect(writtenSeverity("[P1] check_origin() returns True (L36).")).toBe("P1");
    expect(writtenSeverity("[Sev: 2] aws_iam_role_policy.glue grants * on *")).toBe("Sev: 2");
    expect(writtenSeverity("We moved the P2 ticket to next sprint; the code looks fine.")).toBeNull();
  });

  it("maps SARIF levels: error → high, warning → medium, note → low", () => {
    expect(normalizeSeverity("error")).toBe("high");
    expect(normalizeSeverity("warning")).toBe("medium");
    expect(normalizeSeverity("note")).toBe("low");
  });

  it("reads a bare CVSS score", () => {
    expect(normalizeSeverity("8.8")).toBe("high");
    expect(normalizeSeverity("9.8")).toBe("critical");
    expect(normalizeSeverity("5.3")).toBe("medium");
    expect(normalizeSeverity("10.0")).toBe("critical");
  });

  it("gives null for 'none', garbage and nothing", () => {
    expect(normalizeSeverity("none")).toBeNull();
    expect(normalizeSeverity("banana")).toBeNull();
    expect(normalizeSeverity("???")).toBeNull();
    expect(normalizeSeverity("")).toBeNull();
    expect(normalizeSeverity(undefined)).toBeNull();
    expect(normalizeSeverity(null)).toBeNull();
  });
});

describe("severityOfScore", () => {
  it("uses the CVSS v3 bands", () => {
    expect(severityOfScore(10)).toBe("critical");
    expect(severityOfScore(9.0)).toBe("critical");
    expect(severityOfScore(8.9)).toBe("high");
    expect(severityOfScore(7.0)).toBe("high");
    expect(severityOfScore(6.9)).toBe("medium");
    expect(severityOfScore(4.0)).toBe("medium");
    expect(severityOfScore(3.9)).toBe("low");
    expect(severityOfScore(0.1)).toBe("low");
    expect(severityOfScore(0)).toBe("info");
  });

  it("gives null for negative and non-finite scores", () => {
    expect(severityOfScore(-1)).toBeNull();
    expect(severityOfScore(Number.NaN)).toBeNull();
    expect(severityOfScore(Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe("writtenSeverity", () => {
  it("finds the severity a reviewer wrote in free text", () => {
    expect(writtenSeverity("**Severity:** High\n**CWE:** CWE-22")).toBe("High");
    expect(writtenSeverity("- Risk level: moderate")).toBe("moderate");
    expect(writtenSeverity("- [LOW] Verbose errors (L30)")).toBe("LOW");
    expect(writtenSeverity("This is a high-severity issue in the parser.")).toBe("high");
    expect(writtenSeverity("The parser copies the key without a bound.")).toBeNull();
  });
});

describe("writtenSeverity: ratings in titles", () => {
  it("reads a title that opens with its rating, through markup and status symbols", () => {
    expect(writtenSeverity("<summary><b>🔴 High: Command injection in <code>run()</code></b></summary>")).toBe("High");
    expect(writtenSeverity("**Medium — Backup files are world-readable**")).toBe("Medium");
    expect(writtenSeverity("Low-level parser copies the key without a bound.")).toBeNull();
  });

  it("reads a rating listed in parentheses with other facts", () => {
    expect(writtenSeverity("**Stored XSS in comment rendering** (CWE-79, high)")).toBe("high");
  });
});
