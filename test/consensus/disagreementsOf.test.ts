import { describe, expect, it } from "vitest";
import { disagreementsOf } from "../../lib/consensus/disagreementsOf";
import { finding, lines } from "../grouping/fixtures";

const kinds = (ds: { kind: string }[]) => ds.map((d) => d.kind);

describe("disagreementsOf", () => {
  it("finds nothing when reviewers agree", () => {
    const a = finding({ reviewer: "claude", title: "SQLi", severity: "critical", cwe: "CWE-89", lines: lines(48, 50) });
    const b = finding({ reviewer: "qwen", title: "SQL injection", severity: "high", cwe: "CWE-89", lines: lines(49) });
    expect(disagreementsOf([a, b], [])).toEqual([]);
  });

  it("reports severities two or more levels apart, naming who said what", () => {
    const a = finding({ reviewer: "claude", title: "x", severity: "critical" });
    const b = finding({ reviewer: "gemini", title: "x", severity: "critical" });
    const c = finding({ reviewer: "o3-mini", title: "x", severity: "low" });
    const d = finding({ reviewer: "nadia", title: "x", severity: null });
    expect(disagreementsOf([a, b, c, d], [])).toEqual([{ kind: "severity", detail: "claude and gemini say critical, o3-mini says low" }]);
  });

  it("uses each reviewer's most severe rating when it split the issue", () => {
    const a1 = finding({ reviewer: "gemini", title: "x", severity: "low" });
    const a2 = finding({ reviewer: "gemini", title: "y", severity: "high" });
    const b = finding({ reviewer: "o3", title: "x", severity: "medium" });
    expect(kinds(disagreementsOf([a1, a2, b], []))).toEqual([]);
  });

  it("reports a reviewer that says it is not a security issue", () => {
    const a = finding({ reviewer: "codellama", title: "x", stance: "vulnerability" });
    const b = finding({ reviewer: "gemini", title: "x", stance: "not-security" });
    const c = finding({ reviewer: "o3-mini", title: "x", stance: "concern" });
    expect(disagreementsOf([a, b, c], [])).toEqual([
      { kind: "stance", detail: "gemini says it is not a security issue, while codellama calls it a vulnerability and o3-mini calls it a concern" },
    ]);
  });

  it("reports different explicit CWEs", () => {
    const a = finding({ reviewer: "claude", title: "Debug", cwe: "CWE-489" });
    const b = finding({ reviewer: "qwen", title: "DEBUG", cwe: "cwe-215" });
    expect(disagreementsOf([a, b], [])).toEqual([{ kind: "cwe", detail: "qwen says CWE-215, claude says CWE-489" }]);
  });

  it("reports line ranges that do not overlap, but not ones that do", () => {
    const a = finding({ reviewer: "reviewer-000", title: "x", lines: lines(70) });
    const b = finding({ reviewer: "reviewer-001", title: "x", lines: lines(70) });
    const c = finding({ reviewer: "reviewer-002", title: "x", lines: lines(83, 90) });
    expect(disagreementsOf([c, a, b], [])).toEqual([{ kind: "location", detail: "lines 70 (reviewer-000, reviewer-001) vs 83-90 (reviewer-002)" }]);
    const d = finding({ reviewer: "reviewer-003", title: "x", lines: lines(65, 72) });
    expect(disagreementsOf([a, d], [])).toEqual([]);
  });

  it("reports different files as a location disagreement", () => {
    const a = finding({ reviewer: "a", title: "x", path: "config/settings.py", lines: lines(9) });
    const b = finding({ reviewer: "b", title: "x", path: "invoices/views.py", lines: lines(9) });
    expect(disagreementsOf([a, b], [])).toEqual([{ kind: "location", detail: "config/settings.py (a) vs invoices/views.py (b)" }]);
  });

  it("reports reviewers that found no defects at all", () => {
    const a = finding({ reviewer: "claude", title: "x" });
    const b = finding({ reviewer: "gpt-4o", title: "x" });
    expect(disagreementsOf([a, b], ["llama", "claude"])).toEqual([
      { kind: "verdict", detail: "llama reported no defects at all, while claude and gpt-4o flagged this" },
    ]);
  });

  it("lists several kinds in a fixed order", () => {
    const a = finding({ reviewer: "a", title: "x", severity: "critical", cwe: "CWE-22", lines: lines(71), stance: "not-security" });
    const b = finding({ reviewer: "b", title: "x", severity: "info", cwe: "CWE-23", lines: lines(10) });
    expect(kinds(disagreementsOf([b, a], ["c"]))).toEqual(["severity", "stance", "cwe", "location", "verdict"]);
  });
});
