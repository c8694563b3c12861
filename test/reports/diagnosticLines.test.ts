import { describe, expect, it } from "vitest";
import { normalizeFinding } from "../../lib/findings/normalizeFinding";
import { looksLikeDiagnosticLines } from "../../lib/reports/diagnosticLines";
import { parseReport } from "../../lib/reports/parseReport";

// Linters' one-line diagnostics, in each tool's own layout (written for these tests).

function read(text: string) {
  const report = parseReport(text, "lint.txt");
  return { report, findings: report.findings.map((raw, i) => normalizeFinding(raw, i + 1)) };
}

describe("parseDiagnosticLines: linters' console output", () => {
  it("reads luacheck's report: one finding per warning, its code as the rule, header and total left out", () => {
    const text = `Checking lua/gateway/access.lua                   2 warnings

    lua/gateway/access.lua:5:7: (W211) unused variable 'redis'
    lua/gateway/access.lua:102:5: (W111) setting non-standard global variable 'current_user'

Total: 2 warnings / 0 errors in 1 file
`;
    const { report, findings } = read(text);
    expect(report.verdict).toBe("findings");
    expect(findings.map((f) => [f.title, f.path, f.lines[0].start, f.ruleId])).toEqual([
      ["unused variable 'redis'", "lua/gateway/access.lua", 5, "W211"],
      ["setting non-standard global variable 'current_user'", "lua/gateway/access.lua", 102, "W111"],
    ]);
    expect(text.slice(report.findings[0].span.start, report.findings[0].span.end)).toBe("lua/gateway/access.lua:5:7: (W211) unused variable 'redis'");
  });

  it("reads severity words and trailing rule names: mypy, ShellCheck's gcc format, pylint", () => {
    const text = `src/app.py:40: error: Incompatible return value type (got "int", expected "str")  [return-value]
deploy.sh:7:9: warning: Double quote to prevent globbing and word splitting. [SC2086]
src/app.py:3:0: C0114: Missing module docstring (missing-module-docstring)
Found 1 error in 1 file (checked 2 source files)
`;
    const { findings } = read(text);
    expect(findings.map((f) => [f.title, f.severity, f.ruleId, f.lines[0].start])).toEqual([
      ['Incompatible return value type (got "int", expected "str")', "high", "return-value", 40],
      ["Double quote to prevent globbing and word splitting", "medium", "SC2086", 7],
      ["Missing module docstring", null, "C0114", 3],
    ]);
  });

  it("reads SwiftLint's default output: the rule in snake_case at the end, two results of one rule two places", () => {
    const text = `Linting Swift files in current working directory
Linting 'Networking.swift' (1/1)
/ci/Ledgerly/Core/Networking.swift:24:13: warning: Sensitive Logging Violation: Use AppLogger instead of print/NSLog (sensitive_logging)
/ci/Ledgerly/Core/Networking.swift:38:21: error: Force Cast Violation: Force casts should be avoided (force_cast)
/ci/Ledgerly/Core/Networking.swift:84:9: warning: Sensitive Logging Violation: Use AppLogger instead of print/NSLog (sensitive_logging)
Done linting! Found 3 violations, 1 serious in 1 file.
`;
    const { findings } = read(text);
    expect(findings.map((f) => [f.title, f.ruleId, f.lines[0].start])).toEqual([
      ["Sensitive Logging Violation: Use AppLogger instead of print/NSLog", "sensitive_logging", 24],
      ["Force Cast Violation: Force casts should be avoided", "force_cast", 38],
      ["Sensitive Logging Violation: Use AppLogger instead of print/NSLog", "sensitive_logging", 84],
    ]);
  });

  it("reads gcc's warnings with their source excerpts, and MSBuild's path(line,col) form", () => {
    const gcc = `main.c: In function 'main':
main.c:5:3: warning: implicit declaration of function 'gets' [-Wimplicit-function-declaration]
    5 |   gets(buf);
      |   ^~~~
`;
    expect(read(gcc).findings.map((f) => [f.title, f.ruleId])).toEqual([["implicit declaration of function 'gets'", "-Wimplicit-function-declaration"]]);
    const msbuild = `Program.cs(12,5): warning CS0168: The variable 'e' is declared but never used\n`;
    expect(read(msbuild).findings.map((f) => [f.title, f.path, f.lines[0].start, f.ruleId])).toEqual([["The variable 'e' is declared but never used", "Program.cs", 12, "CS0168"]]);
  });

  it("reads clang-tidy's notes under a warning (the analyzer's path, how to silence it) as part of that warning", () => {
    const text = `2 warnings generated.
src/httputil.c:142:9: warning: Potential leak of memory pointed to by 'copy' [clang-analyzer-unix.Malloc]
  142 |         return -1;
      |         ^~~~~~
src/httputil.c:130:18: note: Memory is allocated
  130 |     char *copy = malloc(rawlen + 1);
      |                  ^~~~~~~~~~~~~~~~~~
src/httputil.c:134:5: note: Taking false branch
src/httputil.c:124:5: warning: the value returned by this function should not be disregarded [cert-err33-c]
src/httputil.c:124:5: note: cast the expression to void to silence this warning
`;
    const { findings } = read(text);
    expect(findings.map((f) => [f.title, f.ruleId])).toEqual([
      ["Potential leak of memory pointed to by 'copy'", "clang-analyzer-unix.Malloc"],
      ["the value returned by this function should not be disregarded", "cert-err33-c"],
    ]);
  });

  it("reads fields between dashes or bullets in any order (dart analyze, flutter analyze, custom_lint), in a CI log with its commands and tallies", () => {
    const text = `$ dart analyze
Analyzing inventory_api...

  warning - lib/src/db.dart:41:7 - The value of the local variable 'conn' isn't used. - unused_local_variable
     info • Avoid using unnecessary statements • lib/src/routes.dart:88:5 • unnecessary_statements

2 issues found.
$ dart run custom_lint
Analyzing...

  lib/src/routes.dart:57:18 • Query text is built by string interpolation. • raw_sql_interpolation • ERROR

1 issue found.
`;
    expect(looksLikeDiagnosticLines(text)).toBe(true);
    const { findings } = read(text);
    expect(findings.map((f) => [f.title, f.path, f.lines[0].start, f.severity, f.ruleId])).toEqual([
      ["The value of the local variable 'conn' isn't used", "lib/src/db.dart", 41, "medium", "unused_local_variable"],
      ["Avoid using unnecessary statements", "lib/src/routes.dart", 88, "info", "unnecessary_statements"],
      ["Query text is built by string interpolation", "lib/src/routes.dart", 57, "high", "raw_sql_interpolation"],
    ]);
  });

  it("reads MSBuild's warnings in a CI runner's timestamped log, without the help link and the project after the message", () => {
    const text = `2025-01-20T10:02:11.1000000Z ##[group]Run dotnet build -c Release
2025-01-20T10:02:11.2000000Z shell: /usr/bin/bash -e {0}
2025-01-20T10:02:11.3000000Z ##[endgroup]
2025-01-20T10:02:12.4000000Z MSBuild version 17.10.4 for .NET
2025-01-20T10:02:13.5000000Z   Determining projects to restore...
2025-01-20T10:02:19.6000000Z /src/Api/Reports.cs(40,17): warning CA2100: Review SQL queries for security vulnerabilities (https://learn.microsoft.com/dotnet/fundamentals/code-analysis/quality-rules/ca2100) [/src/Api/Api.csproj]
2025-01-20T10:02:20.7000000Z   Api -> /src/Api/bin/Release/net8.0/Api.dll
2025-01-20T10:02:20.8000000Z Build succeeded.
2025-01-20T10:02:20.9000000Z /src/Api/Reports.cs(40,17): warning CA2100: Review SQL queries for security vulnerabilities (https://learn.microsoft.com/dotnet/fundamentals/code-analysis/quality-rules/ca2100) [/src/Api/Api.csproj]
2025-01-20T10:02:21.0000000Z     1 Warning(s)
2025-01-20T10:02:21.1000000Z     0 Error(s)
`;
    expect(looksLikeDiagnosticLines(text)).toBe(true);
    const { findings } = read(text);
    // MSBuild repeats each warning in its closing summary: two results, one place (grouping may join them).
    expect(findings.map((f) => [f.title, f.path, f.lines[0].start, f.ruleId])).toEqual([
      ["Review SQL queries for security vulnerabilities", "/src/Api/Reports.cs", 40, "CA2100"],
      ["Review SQL queries for security vulnerabilities", "/src/Api/Reports.cs", 40, "CA2100"],
    ]);
    expect(text.slice(findings[0].span.start, findings[0].span.end)).toMatch(/^2025-01-20T10:02:19/);
  });

  it("reads lintr's warnings over their quoted source lines and carets, the rule in brackets before the message", () => {
    const text = `api.R:8:1: style: [object_name_linter] Variable and function name style should match snake_case or symbols.
SECRET_TOKEN <- "abc"
^~~~~~~~~~~~
api.R:31:13: warning: [undesirable_function_linter] Function "system" is undesirable. As an alternative, use system2() with a character vector.
  status <- system(cmd)
            ^~~~~~
`;
    expect(looksLikeDiagnosticLines(text)).toBe(true);
    expect(read(text).findings.map((f) => [f.lines[0].start, f.ruleId, f.severity])).toEqual([
      [8, "object_name_linter", null],
      [31, "undesirable_function_linter", "medium"],
    ]);
  });

  it("reads ansible-lint's pep8 format, its rule before the message, with the summary table after the last result left out", () => {
    const text = `WARNING  Listing 3 violation(s) that are fatal
playbooks/site.yml:14: package-latest: Package installs should not use latest.
playbooks/site.yml:20:23: yaml[truthy]: Truthy value should be one of [false, true]
playbooks/site.yml:35: no-changed-when: Commands should not change things if nothing needs doing.
Read documentation for instructions on how to ignore specific rule violations.

                       Rule Violation Summary
 count tag                      profile    rule associated tags
     1 yaml[truthy]             basic      formatting, yaml
     1 no-changed-when          shared     command-shell, idempotency
     1 package-latest           safety     idempotency

Failed: 3 failure(s), 0 warning(s) on 1 files. Last profile that met the validation criteria was 'min'.
`;
    const { findings } = read(text);
    expect(findings.map((f) => [f.title, f.path, f.lines[0].start, f.ruleId])).toEqual([
      ["Package installs should not use latest", "playbooks/site.yml", 14, "package-latest"],
      ["Truthy value should be one of [false, true]", "playbooks/site.yml", 20, "yaml[truthy]"],
      ["Commands should not change things if nothing needs doing", "playbooks/site.yml", 35, "no-changed-when"],
    ]);
  });

  it("reads puppet-lint's lines, the line number at the end and the check after it", () => {
    const text = `modules/bastion/manifests/init.pp - WARNING: unquoted file mode on line 59 (check: unquoted_file_mode)
modules/bastion/manifests/init.pp - ERROR: two-space soft tabs not used on line 12 (check: 2sp_soft_tabs)
`;
    expect(read(text).findings.map((f) => [f.title, f.path, f.lines[0].start, f.ruleId, f.severity])).toEqual([
      ["unquoted file mode", "modules/bastion/manifests/init.pp", 59, "unquoted_file_mode", "medium"],
      ["two-space soft tabs not used", "modules/bastion/manifests/init.pp", 12, "2sp_soft_tabs", "high"],
    ]);
  });

  it("reads staticcheck's check code in parentheses at the end as its rule", () => {
    const text = `cmd/api/main.go:8:2: "io/ioutil" has been deprecated since Go 1.19: use package io or os instead. (SA1019)
cmd/api/main.go:90:8: this value of err is never used (SA4006)
`;
    expect(read(text).findings.map((f) => [f.title, f.lines[0].start, f.ruleId])).toEqual([
      ['"io/ioutil" has been deprecated since Go 1.19: use package io or os instead', 8, "SA1019"],
      ["this value of err is never used", 90, "SA4006"],
    ]);
  });

  it("still counts a reviewer's notes after a tool's diagnostics against them: a list is no tool's tally", () => {
    const text = `app.py:12: error: Incompatible return value type  [return-value]
app.py:30: error: Name "x" is not defined  [name-defined]
app.py:44: error: Argument 1 has incompatible type  [arg-type]
- the first one hides a missing auth check on the admin route, which matters more than the types
- the third is the SQL string built from the request
- the second is harmless
- please fix the first before merging
`;
    expect(looksLikeDiagnosticLines(text)).toBe(false);
  });

  it("leaves a reviewer's own file:line notes, which carry no tool's marks, to the notes reader", () => {
    const notes = `handler.go:88 - leaks err to the client\nhandler.go:120: no auth check on delete\nauth.go:14: jwt secret hardcoded\n`;
    expect(looksLikeDiagnosticLines(notes)).toBe(false);
    expect(looksLikeDiagnosticLines(`Checking x.lua  0 warnings\n\nTotal: 0 warnings / 0 errors in 1 file\n`)).toBe(false);
  });
});
