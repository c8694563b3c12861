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

  it("skips a compliance report's rows that passed or were suppressed, and titles a row by its rule's words (cdk-nag)", () => {
    const nag = [
      "Rule ID,Resource ID,Compliance,Exception Reason,Rule Level,Rule Info",
      '"AwsSolutions-S1","Api/UploadBucket/Resource","Non-Compliant","N/A","Error","The S3 Bucket has server access logs disabled."',
      '"AwsSolutions-S2","Api/UploadBucket/Resource","Compliant","N/A","Error","The S3 Bucket does not have public access restricted and blocked."',
      '"AwsSolutions-APIG4","Api/Rest/GET","Suppressed","Preflight is public by design.","Error","The API does not implement authorization."',
      '"AwsSolutions-L1","Api/Fn/Resource","Non-Compliant","N/A","Warning","The non-container Lambda function is not configured to use the latest runtime version."',
    ].join("\n");
    const report = parseReport(nag, "cdk-nag.csv");
    expect(report.findings.map((f) => [f.title, f.hints?.ruleId, f.hints?.severity])).toEqual([
      ["The S3 Bucket has server access logs disabled", "AwsSolutions-S1", "Error"],
      ["The non-container Lambda function is not configured to use the latest runtime version", "AwsSolutions-L1", "Warning"],
    ]);
    expect(report.warnings).toEqual(["skipped 1 entry marked Compliance: Compliant", "skipped 1 entry marked Compliance: Suppressed"]);
  });

  it("reads Checkmarx's export: the query is what was found, at the data's destination; triaged 'Not Exploitable' rows are no findings", () => {
    const cx = [
      "Query,QueryPath,Custom,SrcFileName,Line,Column,NodeId,Name,DestFileName,DestLine,DestColumn,DestNodeId,DestName,Result State,Result Severity,Link",
      "SQL_Injection,Java\\Cx\\Java_High_Risk\\SQL_Injection Version:1,,web/OrderServlet.java,22,31,1,orderId,dao/OrderDao.java,57,18,4,executeQuery,To Verify,High,http://cx.local/1",
      "Reflected_XSS_All_Clients,Java\\Cx\\Java_High_Risk\\Reflected_XSS_All_Clients Version:1,,web/OrderServlet.java,23,20,1,q,web/OrderServlet.java,40,9,3,println,Not Exploitable,High,http://cx.local/2",
    ].join("\n");
    const report = parseReport(cx, "checkmarx.csv");
    expect(report.findings.map((f) => [f.title, f.hints?.path, f.hints?.lines, f.hints?.severity])).toEqual([
      ["SQL_Injection", "dao/OrderDao.java", [{ start: 57, end: 57 }], "High"],
    ]);
    expect(report.findings[0].hints?.ruleId).toMatch(/SQL_Injection/);
  });

  it("puts back a code sample written unquoted, commas and all, and titles a check's constant by its description (Electronegativity)", () => {
    const csv = [
      "issue, filename, location, sample, description, url",
      "CONTEXT_ISOLATION_JS_CHECK,src/main.js,45:6,      contextIsolation: false,,Review the use of the contextIsolation option,https://example.test/wiki/CONTEXT_ISOLATION_JS_CHECK",
      "OPEN_EXTERNAL_JS_CHECK,src/main.js,29:4,shell.openExternal(url),Review the use of openExternal,https://example.test/wiki/OPEN_EXTERNAL_JS_CHECK",
    ].join("\n");
    const report = parseReport(csv, "electronegativity.csv");
    expect(report.findings.map((f) => [f.title, f.hints?.ruleId])).toEqual([
      ["Review the use of the contextIsolation option", "CONTEXT_ISOLATION_JS_CHECK"],
      ["Review the use of openExternal", "OPEN_EXTERNAL_JS_CHECK"],
    ]);
  });
});
