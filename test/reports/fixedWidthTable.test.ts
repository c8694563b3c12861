import { describe, expect, it } from "vitest";
import { tryParseFixedWidthTable } from "../../lib/reports/fixedWidthTable";
import { parseReport } from "../../lib/reports/parseReport";

// PowerShell's Format-Table with wrapped columns, as Invoke-ScriptAnalyzer prints by default.
const table = [
  "PS C:\\repo> Invoke-ScriptAnalyzer -Path .\\Sync-Users.ps1",
  "",
  "RuleName                            Severity     ScriptName Line  Message",
  "--------                            --------     ---------- ----  -------",
  "PSAvoidUsingInvokeExpression        Warning      Sync-Users 14    Invoke-Expression is used. Please remove",
  "                                                 .ps1             Invoke-Expression from script and find other options",
  "                                                                  instead.",
  "PSAvoidUsingConvertToSecureStringWi Error        Sync-Users 31    File 'Sync-Users.ps1' uses ConvertTo-SecureString",
  "thPlainText                                      .ps1             with plaintext.",
  "PSAvoidUsingWriteHost               Warning      Sync-Users 40    File 'Sync-Users.ps1' uses Write-Host.",
  "                                                 .ps1",
  "",
].join("\n");

describe("a console table of fixed-width columns", () => {
  it("reads each record over its wrapped lines: a value cut to fit its column is joined, one that ended at a word gets a space", () => {
    const report = parseReport(table, "pssa.txt");
    expect(report.findings.map((f) => [f.title, f.hints?.ruleId, f.hints?.lines, f.hints?.severity])).toEqual([
      ["Invoke-Expression is used", "PSAvoidUsingInvokeExpression", [{ start: 14, end: 14 }], "Warning"],
      ["File 'Sync-Users.ps1' uses ConvertTo-SecureString with plaintext", "PSAvoidUsingConvertToSecureStringWithPlainText", [{ start: 31, end: 31 }], "Error"],
      ["File 'Sync-Users.ps1' uses Write-Host", "PSAvoidUsingWriteHost", [{ start: 40, end: 40 }], "Warning"],
    ]);
    // Each record is spanned over all its lines, and no further.
    const second = report.findings[1];
    expect(table.slice(second.span.start, second.span.end)).toMatch(/^PSAvoidUsingConvertToSecureStringWi[\s\S]*with plaintext\.$/);
    expect(report.findings[0].body).toContain("find other options instead");
  });

  it("is no table without a rule of three dashed columns under a header", () => {
    expect(tryParseFixedWidthTable("Findings\n--------\n\nThe token is logged on line 40.\n")).toBeNull();
    expect(tryParseFixedWidthTable("| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n")).toBeNull();
    // A rule whose dashes start where the header has no name.
    expect(tryParseFixedWidthTable("Name      Level\n---- ---- -----\nx    y    z\n")).toBeNull();
  });
});
