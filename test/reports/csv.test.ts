import { describe, expect, it } from "vitest";
import { normalizeFinding } from "../../lib/findings/normalizeFinding";
import { csvRecords } from "../../lib/reports/csv";
import { parseReport } from "../../lib/reports/parseReport";

const exported = `ID,Title,Severity,File,Line,Description
SEC-1,SQL injection in search,High,app/Http/Search.php,42,"The term is concatenated into the query, so a ""quote"" breaks out.
Use bindings."
SEC-2,"Mass assignment, profile update",Medium,app/Models/User.php,12,$fillable lists is_admin
`;

describe("CSV exports of findings", () => {
  it("reads each row under the header as a finding, with its columns as fields and its span at the row", () => {
    const report = parseReport(exported, "tracker-export.csv");
    const findings = report.findings.map((raw, i) => normalizeFinding(raw, i + 1));
    expect(findings.map((f) => [f.title, f.severity, f.path, f.lines[0]?.start])).toEqual([
      ["SQL injection in search", "high", "app/Http/Search.php", 42],
      ["Mass assignment, profile update", "medium", "app/Models/User.php", 12],
    ]);
    expect(exported.slice(findings[0].span.start, findings[0].span.end)).toMatch(/^SEC-1,[\s\S]*Use bindings\."$/);
    expect(findings[0].body).toContain('a "quote" breaks out');
  });

  it("reads a header-led table in a .txt file, and leaves prose with commas alone", () => {
    expect(parseReport(exported, "export.txt").findings).toHaveLength(2);
    const prose = "I reviewed the code, the tests, and the config.\nThe search is fine, the upload too, and so is auth.\n";
    expect(parseReport(prose, "notes.txt").findings).toEqual([]);
  });

  it("keeps every cell's place, quoted line breaks and doubled quotes included", () => {
    const [header, row] = csvRecords('a;b;c\n1;"x;""y""\nz";3\n', ";");
    expect(header.cells.map((c) => c.value)).toEqual(["a", "b", "c"]);
    expect(row.cells.map((c) => c.value)).toEqual(["1", 'x;"y"\nz', "3"]);
  });
});
