import { describe, expect, it } from "vitest";
import { normalizeFinding } from "../../lib/findings/normalizeFinding";
import type { RawFinding } from "../../lib/findings/types";
import { ReportError } from "../../lib/reports/errors";
import { parseReport } from "../../lib/reports/parseReport";
import { looksLikeXml, parseXmlReport } from "../../lib/reports/xml";

// Small reports in each tool's own XML layout, written for these tests.

const sourceOf = (text: string, f: RawFinding) => text.slice(f.span.start, f.span.end);

function normalized(text: string) {
  return parseXmlReport(text).findings.map((raw, i) => normalizeFinding(raw, i + 1));
}

describe("parseXmlReport: scanners' XML", () => {
  it("reads JUnit's format (Bandit's -f xml): each case's error a finding, titled by its message, in the case's file", () => {
    const xml = `<?xml version='1.0' encoding='utf-8'?>
<testsuite name="bandit" tests="3"><testcase classname="chat/gateway.py" name="blacklist"><error more_info="https://bandit.readthedocs.io/en/latest/blacklists/blacklist_calls.html#b301-pickle" type="MEDIUM" message="Pickle and modules that wrap it can be unsafe when used to deserialize untrusted data, possible security issue.">Test ID: B301 Severity: MEDIUM Confidence: HIGH
Pickle and modules that wrap it can be unsafe when used to deserialize untrusted data, possible security issue.
Location chat/gateway.py:77</error></testcase><testcase classname="chat/gateway.py" name="assert_used"><error type="LOW" message="Use of assert detected.">Test ID: B101 Severity: LOW Confidence: HIGH
Location chat/gateway.py:89</error></testcase><testcase classname="chat/other.py" name="clean_case" time="0.01"/></testsuite>`;
    const findings = normalized(xml);
    expect(findings.map((f) => [f.title, f.severity, f.path, f.lines[0]?.start])).toEqual([
      ["Pickle and modules that wrap it can be unsafe when used to deserialize untrusted data, possible security issue", "medium", "chat/gateway.py", 77],
      ["Use of assert detected", "low", "chat/gateway.py", 89],
    ]);
  });

  it("reads Checkmarx's queries: the query's words as the title, its result's file and line, one finding per result", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<CxXMLResults ScanId="1048213" ProjectName="portal" Preset="ASA Premium">
  <Query id="5984" cweId="918" name="SSRF" group="Java_Medium_Threat" Severity="Medium">
    <Result NodeId="1" FileName="src/main/java/OAuth2LinkController.java" Status="New" Line="119" Column="28" FalsePositive="False" Severity="Medium">
      <Path ResultId="1" PathId="1" SourceMethod="discover" DestinationMethod="discover"></Path>
    </Result>
  </Query>
  <Query id="6006" cweId="259" name="Use_Of_Hardcoded_Password" group="Java_Low_Visibility" Severity="Low">
    <Result NodeId="2" FileName="src/main/java/OAuth2LinkController.java" Line="37" Column="40" Severity="Low"></Result>
    <Result NodeId="3" FileName="src/main/java/Config.java" Line="12" Column="9" Severity="Low"></Result>
  </Query>
</CxXMLResults>`;
    const findings = normalized(xml);
    expect(findings.map((f) => [f.title, f.cwe, f.severity, f.path, f.lines[0]?.start])).toEqual([
      ["SSRF", "CWE-918", "medium", "src/main/java/OAuth2LinkController.java", 119],
      ["Use Of Hardcoded Password", "CWE-259", "low", "src/main/java/OAuth2LinkController.java", 37],
      ["Use Of Hardcoded Password", "CWE-259", "low", "src/main/java/Config.java", 12],
    ]);
    expect(findings[1].symbols).not.toContain("Use_Of_Hardcoded_Password");
  });

  it("reads Checkstyle's format (ESLint, PHP_CodeSniffer, ktlint...): one finding per error, its file from the enclosing <file>", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<checkstyle version="4.3">
<file name="src/routes/admin.js">
<error line="14" column="5" severity="error" message="eval can be harmful. (no-eval)" source="eslint.rules.no-eval" />
<error line="22" column="9" severity="warning" message="Found child_process.exec() with non Literal first argument" source="eslint.rules.security/detect-child-process" />
</file>
<file name="src/util.js"></file>
</checkstyle>`;
    const report = parseXmlReport(xml);
    expect(report.format).toBe("xml");
    const findings = normalized(xml);
    expect(findings.map((f) => [f.title, f.path, f.lines[0]?.start, f.severity, f.ruleId])).toEqual([
      ["eval can be harmful", "src/routes/admin.js", 14, "high", "eslint.rules.no-eval"],
      ["Found child_process.exec() with non Literal first argument", "src/routes/admin.js", 22, "medium", "eslint.rules.security/detect-child-process"],
    ]);
    expect(sourceOf(xml, report.findings[0])).toMatch(/^<error line="14".*\/>$/);
  });

  it("reads cppcheck's version 2 XML: message, CWE, rule id and location; its unplaced notices about the run are no findings", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<results version="2">
    <cppcheck version="2.13.0"/>
    <errors>
        <error id="bufferAccessOutOfBounds" severity="error" msg="Buffer is accessed out of bounds: buf" verbose="Buffer is accessed out of bounds: buf" cwe="788" file0="src/daemon.cpp">
            <location file="src/daemon.cpp" line="57" column="12"/>
            <symbol>buf</symbol>
        </error>
        <error id="missingInclude" severity="information" msg="Cppcheck cannot find all the include files" verbose="Cppcheck cannot find all the include files."/>
        <error id="checkersReport" severity="information" msg="Active checkers: 167/836 (use --checkers-report=&lt;filename&gt; to see details)" verbose="Active checkers: 167/836"/>
    </errors>
</results>`;
    const findings = normalized(xml);
    expect(findings).toHaveLength(1);
    const [overrun] = findings;
    expect(overrun).toMatchObject({ title: "Buffer is accessed out of bounds: buf", cwe: "CWE-788", path: "src/daemon.cpp", ruleId: "bufferAccessOutOfBounds", severity: "high" });
    expect(overrun.lines).toEqual([{ start: 57, end: 57 }]);
    expect(overrun.symbols).toContain("buf");
    expect(parseXmlReport(xml).warnings).toEqual(["skipped 2 entries marked as the tool's own notices"]);
  });

  it("reads Fortify's FVDL: each vulnerability titled by its class, at its primary location, with the code it names", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<FVDL xmlns="xmlns://www.fortifysoftware.com/schema/fvdl" version="1.12">
  <Build><BuildID>docs</BuildID></Build>
  <Vulnerabilities>
    <Vulnerability>
      <ClassInfo><ClassID>7B8CECF2-90DB</ClassID><Kingdom>Input Validation and Representation</Kingdom><Type>Path Manipulation</Type><DefaultSeverity>4.0</DefaultSeverity></ClassInfo>
      <InstanceInfo><InstanceID>6F1E0C4B</InstanceID><InstanceSeverity>4.0</InstanceSeverity><Confidence>5.0</Confidence></InstanceInfo>
      <AnalysisInfo><Unified>
        <Context><Function name="download" namespace="com.example.web" enclosingClass="DocumentAction"/></Context>
        <ReplacementDefinitions>
          <Def key="EnclosingFunction.name" value="download()"/>
          <Def key="PrimaryCall.name" value="File()"/>
          <LocationDef path="src/main/java/com/example/web/DocumentAction.java" line="70" lineEnd="70" colStart="9" colEnd="40" key="PrimaryLocation"/>
          <LocationDef path="src/main/java/com/example/web/DocumentAction.java" line="129" lineEnd="129" colStart="5" colEnd="0" key="SourceLocation"/>
        </ReplacementDefinitions>
      </Unified></AnalysisInfo>
    </Vulnerability>
    <Vulnerability>
      <ClassInfo><ClassID>A1B2</ClassID><Kingdom>Encapsulation</Kingdom><Type>Cross-Site Scripting</Type><Subtype>Reflected</Subtype></ClassInfo>
      <InstanceInfo><InstanceID>9C8D</InstanceID><InstanceSeverity>5.0</InstanceSeverity></InstanceInfo>
      <AnalysisInfo><Unified><ReplacementDefinitions>
        <LocationDef path="src/main/webapp/view.jsp" line="19" lineEnd="19" colStart="1" colEnd="0" key="PrimaryLocation"/>
      </ReplacementDefinitions></Unified></AnalysisInfo>
    </Vulnerability>
  </Vulnerabilities>
</FVDL>`;
    const findings = normalized(xml);
    expect(findings.map((f) => [f.title, f.severity, f.path, f.lines, f.ruleId])).toEqual([
      ["Path Manipulation", "high", "src/main/java/com/example/web/DocumentAction.java", [{ start: 70, end: 70 }], "7B8CECF2-90DB"],
      ["Cross-Site Scripting: Reflected", "critical", "src/main/webapp/view.jsp", [{ start: 19, end: 19 }], "A1B2"],
    ]);
    expect(findings[0].symbols).toEqual(expect.arrayContaining(["download()", "File()"]));
  });

  it("reads Veracode's detailed report: each flaw, filed under severity, category and CWE, at its file, line and function", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<detailedreport xmlns="https://www.veracode.com/schema/reports/export/1.0" report_format_version="1.5" app_name="Order Portal">
   <static-analysis rating="C" score="81"><modules><module name="Portal.dll" numflawssev4="1"/></modules></static-analysis>
   <severity level="5"/>
   <severity level="4">
      <category categoryid="19" categoryname="SQL Injection" pcirelated="true">
         <desc><para text="SQL injection vulnerabilities occur when ..."/></desc>
         <cwe cweid="89" cwename="Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')">
            <staticflaws>
               <flaw severity="4" categoryname="Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')" issueid="31" type="System.Data.SqlClient.SqlCommand.ExecuteReader" description="This database query contains a SQL injection flaw.&#xd;&#xa;&#xd;&#xa;Avoid dynamically constructing SQL queries." cweid="89" categoryid="19" sourcefile="OrderLookup.aspx.cs" line="60" sourcefilepath="Portal/" functionprototype="void BindOrders(string)"/>
            </staticflaws>
         </cwe>
      </category>
   </severity>
   <customfields><customfield name="Custom 1" value=""/><customfield name="Custom 2" value=""/></customfields>
</detailedreport>`;
    const findings = normalized(xml);
    expect(findings.map((f) => [f.title, f.severity, f.cwe, f.path, f.lines, f.symbols])).toEqual([
      ["Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')", "high", "CWE-89", "Portal/OrderLookup.aspx.cs", [{ start: 60, end: 60 }], ["BindOrders"]],
    ]);
  });

  it("reads SpotBugs/FindSecBugs: the short message as title, the bug pattern as rule, the line directly under the bug, priority 1 as high", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<BugCollection version="4.8.3" sequence="0">
  <Project projectName="loans"><Jar>/build/classes</Jar></Project>
  <BugInstance type="SQL_INJECTION_JDBC" priority="1" rank="5" abbrev="SECSQLIJDBC" category="SECURITY" cweid="89">
    <ShortMessage>Potential JDBC Injection</ShortMessage>
    <LongMessage>This use of java/sql/Statement.executeQuery(Ljava/lang/String;)Ljava/sql/ResultSet; can be vulnerable to SQL injection</LongMessage>
    <Class classname="org.lib.LoanDao" primary="true">
      <SourceLine classname="org.lib.LoanDao" start="10" end="80" sourcefile="LoanDao.java" sourcepath="org/lib/LoanDao.java"/>
    </Class>
    <SourceLine classname="org.lib.LoanDao" primary="true" start="45" end="45" sourcefile="LoanDao.java" sourcepath="org/lib/LoanDao.java"/>
  </BugInstance>
  <Errors errors="0" missingClasses="0"></Errors>
</BugCollection>`;
    const [bug] = normalized(xml);
    expect(bug).toMatchObject({ title: "Potential JDBC Injection", cwe: "CWE-89", ruleId: "SQL_INJECTION_JDBC", severity: "high", path: "LoanDao.java" });
    expect(bug.lines).toEqual([{ start: 45, end: 45 }]);
    expect(bug.body).toContain("vulnerable to SQL injection");
  });

  it("reads PMD's XML: the violation's text is its message, begin and end lines, priority 3 as medium", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<pmd xmlns="http://pmd.sourceforge.net/report/2.0.0" version="7.0.0">
<file name="/src/main/java/Foo.java">
<violation beginline="30" endline="34" begincolumn="9" endcolumn="30" rule="CloseResource" ruleset="Error Prone" class="Foo" method="load" priority="3">
Ensure that resources like this Connection object are closed after use
</violation>
</file>
</pmd>`;
    const [violation] = normalized(xml);
    expect(violation).toMatchObject({ title: "Ensure that resources like this Connection object are closed after use", path: "/src/main/java/Foo.java", ruleId: "CloseResource", severity: "medium" });
    expect(violation.lines).toEqual([{ start: 30, end: 34 }]);
  });

  it("reads a report with no results as no issues", () => {
    const report = parseXmlReport(`<?xml version="1.0"?>\n<checkstyle version="8.0">\n<file name="a.js"></file>\n</checkstyle>\n`);
    expect(report.verdict).toBe("no-issues");
  });
});

describe("parseReport: XML among the other formats", () => {
  it("detects XML by its declaration or by a document that opens and closes with a tag", () => {
    expect(looksLikeXml(`<?xml version="1.0"?><a/>`)).toBe(true);
    expect(looksLikeXml(`<checkstyle version="4.3">\n</checkstyle>\n`)).toBe(true);
    expect(looksLikeXml(`# Review\n\n<b>bold</b>`)).toBe(false);
    expect(parseReport(`<?xml version="1.0"?>\n<checkstyle><file name="a.js"><error line="3" severity="error" message="Unexpected eval." source="no-eval"/></file></checkstyle>`).format).toBe("xml");
  });

  it("reads a markdown answer that merely opens with an HTML tag as markdown", () => {
    const text = `<details><summary>Review</summary>\n\n1. **SQL injection in search** (line 12): the query is built from the request.\n2. **Debug mode on** (line 3): tracebacks reach users.\n\n</details>`;
    const report = parseReport(text, "gpt.md");
    expect(report.format).toBe("markdown");
    expect(report.findings.map((f) => f.title)).toEqual(["SQL injection in search", "Debug mode on"]);
  });

  it("says where a declared XML document is malformed", () => {
    const run = () => parseReport(`<?xml version="1.0"?>\n<checkstyle>\n<file name="a.js">\n<error line="3" message="x">\n</checkstyle>`);
    expect(run).toThrow(ReportError);
    expect(run).toThrow(/malformed XML: .* at line \d+, column \d+/);
  });

  it("refuses entities a DTD declares, so a document can neither expand itself nor read files", () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<r><error message="&b;" line="1"/></r>`;
    expect(() => parseReport(laughs)).toThrow(/malformed XML/);
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<r><error message="&x;" line="1"/></r>`;
    expect(() => parseReport(xxe)).toThrow(/malformed XML/);
  });

  it("refuses a document nested deeper than any scanner writes", () => {
    const deep = `<?xml version="1.0"?>\n${"<a>".repeat(5000)}${"</a>".repeat(5000)}`;
    expect(() => parseReport(deep)).toThrow(/nested deeper than/);
  });

  it("says so when a well-formed XML document holds nothing finding-like", () => {
    expect(() => parseReport(`<?xml version="1.0"?>\n<project><name>demo</name><version>1.0</version></project>`)).toThrow(/XML report has no findings/);
  });
});
