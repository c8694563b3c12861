import { describe, expect, it } from "vitest";
import { issueSummary } from "../../lib/consensus/issueSummary";
import { finding } from "../grouping/fixtures";

describe("issueSummary", () => {
  it("takes the title of the finding most similar to the others", () => {
    const central = finding({ reviewer: "b", title: "SQL injection in invoice_search via string formatting", body: "invoice_search formats request.GET['q'] into the SQL string; SQL injection." });
    const a = finding({ reviewer: "a", title: "SQL injection in invoice_search", body: "invoice_search is open to SQL injection." });
    const c = finding({ reviewer: "c", title: "Query built with string formatting", body: "The query is built with % string formatting." });
    expect(issueSummary([a, central, c]).title).toBe(central.title);
    expect(issueSummary([c, central, a]).titleFindingId).toBe(central.id);
  });

  it("breaks a tie between two findings by a readable title, then the more specific one, then explicit CWE", () => {
    const sentence = finding({ reviewer: "nadia", title: "The most serious problem is the raw query in invoice_search, which is built with the % operator and pastes q into it." });
    const label = finding({ reviewer: "claude", title: "SQL Injection in Invoice Search" });
    expect(issueSummary([sentence, label]).title).toBe(label.title);
    const generic = finding({ reviewer: "r2", title: "Exception Handling", cwe: "CWE-703" });
    const specific = finding({ reviewer: "r1", title: "Error handling in load_interface_driver exits the agent" });
    expect(issueSummary([generic, specific]).title).toBe(specific.title);
    const withCwe = finding({ reviewer: "x", title: "Debug mode enabled in settings", cwe: "CWE-489" });
    const without = finding({ reviewer: "y", title: "DEBUG flag left on in settings", severity: "high" });
    expect(issueSummary([without, withCwe]).title).toBe(withCwe.title);
  });

  it("is the median of the reviewers' severities, with the range, ignoring unrated findings", () => {
    const s = (reviewer: string, severity: "critical" | "high" | "medium" | "low" | "info" | null) => finding({ reviewer, title: "t", severity });
    expect(issueSummary([s("a", "critical"), s("b", "low"), s("c", "medium"), s("d", null)]).severity).toEqual({ median: "medium", min: "low", max: "critical" });
    // An even count takes the more severe middle value.
    expect(issueSummary([s("a", "high"), s("b", "low")]).severity).toEqual({ median: "high", min: "low", max: "high" });
    expect(issueSummary([s("a", null)]).severity).toEqual({ median: null, min: null, max: null });
    // A reviewer that split the issue counts once, with its most severe rating.
    expect(issueSummary([s("a", "low"), s("a", "critical"), s("b", "low")]).severity.median).toBe("critical");
  });

  it("lists distinct explicit CWEs, most cited first", () => {
    const c = (reviewer: string, cwe: string | null) => finding({ reviewer, title: "t", cwe });
    expect(issueSummary([c("a", "CWE-215"), c("b", "CWE-489"), c("c", "cwe-489"), c("d", null)]).cwe).toEqual(["CWE-489", "CWE-215"]);
    expect(issueSummary([c("a", "CWE-79"), c("b", "CWE-20")]).cwe).toEqual(["CWE-20", "CWE-79"]);
  });
});
