import type { ParsedReport } from "../findings/types";
import { oneFindingPerLine } from "./oneFindingPerLine";

/**
 * Compiler-style diagnostics, one per line, the format most linters print by default or on request:
 *
 *     lua/gateway/access.lua:5:7: (W211) unused variable 'redis'                  luacheck
 *     src/app.py:12:1: E501 line too long (88 > 79 characters)                   flake8
 *     src/app.py:3:0: C0114: Missing module docstring (missing-module-docstring)  pylint
 *     src/app.py:40: error: Incompatible return value type  [return-value]       mypy
 *     deploy.sh:7:9: warning: Double quote to prevent globbing. [SC2086]         ShellCheck -f gcc
 *     main.c:5:3: warning: implicit declaration of function 'gets' [-Wimplicit-function-declaration]
 *     Program.cs(12,5): warning CS0168: The variable 'e' is declared but never used
 *     Networking.swift:38:21: error: Force Cast Violation: Force casts should be avoided (force_cast)   SwiftLint
 *
 * Markdown would read them as one paragraph, or as code when indented; each is a finding. A
 * reviewer's own notes look alike ("handler.go:88 leaks err to the client"), so a text is read this
 * way only when its lines carry a tool's marks: a severity word or a rule code.
 */
const DIAGNOSTIC =
  /^[ \t]*([^\s:()]{1,300}?)(?::(\d{1,7})(?::(\d{1,5}))?:|\((\d{1,7})(?:,(\d{1,5}))?\):)[ \t]+(\S.{0,2000})$/;
/** A path-like name: a directory, an extension, or a file that has none by convention. */
const PATH_LIKE = /[/\\]|\.[A-Za-z][\w]{0,9}$|^(?:Dockerfile|Makefile|Jenkinsfile|Gemfile|Rakefile|Vagrantfile|Containerfile)$/;

const SEVERITY_WORD = String.raw`error|warning|warn|note|info|information|style|convention|refactor|fatal|hint|critical|high|medium|low`;
/** "error:", "[warning]", "warning CS0168:" at the start of the message. */
const LEADING_SEVERITY = new RegExp(String.raw`^\[?(${SEVERITY_WORD})\]?:?(?=\s)`, "i");
/** "(W211)", "E501", "C0114:", "SC2086", "CS0168:" at the start (after any severity word). */
const LEADING_CODE = /^\(?([A-Z]{1,4}\d{2,5})\)?:?(?=\s)/;
/** "[SC2086]", "[-Wformat-security]", "[return-value]", "(missing-module-docstring)", SwiftLint's "(force_cast)", staticcheck's "(SA1019)" at the end. */
const TRAILING_RULE = /\s+(?:\[([-\w./:@]{2,80})\]|\(([a-z][a-z0-9]*(?:[-_][a-z0-9]+)+|[A-Z]{1,4}\d{2,5})\))$/;

/** gcc's and clang's source excerpt and caret lines under a diagnostic, and "In function" lines. */
const CONTEXT_LINE = /^\s*\d*\s*\|(?:\s|$)|^[^\s:]+: In (?:function|member function|instantiation)\b/;
/** A caret line under a quoted source line (lintr's, rustc's, clang's plain output): "            ^~~~". */
const CARET_LINE = /^\s*\^[~^]*\s*$/;
/** A CI runner's timestamp before every line of its log: "2024-06-14T09:31:09.8834410Z ". */
const CI_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z?[ \t]/;
/** MSBuild's project after the message, and a help link before it: "... (https://learn.microsoft.com/...) [/src/App/App.csproj]". */
const MSBUILD_TAIL = /(?:\s+\(https?:\/\/[^\s()]{1,300}\))?(?:\s+\[[^\]\n]{1,400}\.(?:csproj|vbproj|fsproj|vcxproj|sqlproj|proj|sln)\])?$/;
/** "[object_name_linter] Variable ...": lintr's rule before its message. */
const LEADING_RULE_TAG = /^\[([a-z][\w.-]{2,60})\]\s+/;
/** "package-latest: ...", "yaml[truthy]: ...", "fqcn[action-core]: ...": ansible-lint's rule (pep8 format) before its message. */
const LEADING_RULE_NAME = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)+(?:\[[\w-]{1,40}\])?|[a-z][a-z0-9]*\[[\w-]{1,40}\]):(?=\s)/;

interface Diagnostic {
  path: string;
  line: string;
  message: string;
  severity?: string;
  rule?: string;
  marked: boolean;
}

function readDiagnostic(line: string): Diagnostic | null {
  if (line.length > 2400) return null;
  const m = DIAGNOSTIC.exec(line.replace(CI_TIMESTAMP, ""));
  if (!m || !PATH_LIKE.test(m[1])) return readLineAtEnd(line) ?? readSeparatedFields(line);
  let message = m[6].trim().replace(MSBUILD_TAIL, "");
  const severity = LEADING_SEVERITY.exec(message);
  if (severity) message = message.slice(severity[0].length).trimStart();
  const code = LEADING_CODE.exec(message) ?? LEADING_RULE_TAG.exec(message) ?? LEADING_RULE_NAME.exec(message);
  if (code) message = message.slice(code[0].length).trimStart();
  // Only the message's end can hold the rule: a bounded tail keeps the unanchored \s+ linear.
  const tail = message.slice(-120);
  const trailing = TRAILING_RULE.exec(tail);
  if (trailing && message.length > trailing[0].length) message = message.slice(0, message.length - tail.length + trailing.index).trimEnd();
  const rule = code?.[1] ?? trailing?.[1] ?? trailing?.[2];
  return {
    path: m[1],
    line: m[2] ?? m[4],
    message: message.replace(/(?<!\.)\.$/, ""),
    ...(severity && { severity: severity[1].toLowerCase() }),
    ...(rule && { rule }),
    marked: severity !== null || rule !== undefined,
  };
}

/**
 * puppet-lint's default format, the line at the end and the check after it:
 *
 *     modules/bastion/manifests/init.pp - WARNING: unquoted file mode on line 59 (check: unquoted_file_mode)
 */
const LINE_AT_END = /^[ \t]*(?:([^\s:()]{1,300}) - )?(WARNING|ERROR|warning|error): (\S.{0,2000}?) on line (\d{1,7})(?: \(check: ([\w-]{1,80})\))?\s*$/;

function readLineAtEnd(line: string): Diagnostic | null {
  const m = LINE_AT_END.exec(line);
  if (!m || (m[1] !== undefined && !PATH_LIKE.test(m[1]))) return null;
  return { path: m[1] ?? "", line: m[4], message: m[3], severity: m[2].toLowerCase(), ...(m[5] && { rule: m[5] }), marked: true };
}

/**
 * Fields in any order between " • " or " - " separators, as Dart's and Flutter's analyzers and
 * custom_lint print them:
 *
 *     info - bin/server.dart:129:3 - Don't invoke 'print' in production code. - avoid_print   dart analyze
 *     info • Don't invoke 'print' in production code • lib/main.dart:10:5 • avoid_print      flutter analyze
 *     bin/server.dart:12:58 • Environment lookup falls back to a literal. • secret_env_fallback • ERROR
 *
 * One field is the place, one the message; a severity word and a rule name mark it as a tool's.
 */
const FIELD_SEPARATOR = /\s+[•·]\s+|\s+-\s+/;
const PLACE_FIELD = /^([^\s:()]{1,300}?):(\d{1,7})(?::\d{1,5})?$/;
const SEVERITY_FIELD = new RegExp(String.raw`^(?:${SEVERITY_WORD}|lint)$`, "i");
/** `avoid_print`, `secret-env-fallback`: a rule's name, lower case in parts. */
const RULE_FIELD = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+$/;

function readSeparatedFields(line: string): Diagnostic | null {
  if (!/\s[•·-]\s/.test(line)) return null;
  const fields = line.trim().split(FIELD_SEPARATOR);
  if (fields.length < 3) return null;
  const placeAt = fields.findIndex((f) => PLACE_FIELD.test(f));
  const place = placeAt >= 0 ? PLACE_FIELD.exec(fields[placeAt]) : null;
  if (!place || !PATH_LIKE.test(place[1])) return null;
  const rest = fields.filter((_, i) => i !== placeAt);
  const severityAt = rest.findIndex((f) => SEVERITY_FIELD.test(f));
  const severity = severityAt >= 0 ? rest.splice(severityAt, 1)[0].toLowerCase() : undefined;
  // The rule's name is the last field left: "... - avoid_print", "... • secret_env_fallback • ERROR".
  const rule = rest.length > 1 && RULE_FIELD.test(rest[rest.length - 1]) ? rest.pop() : undefined;
  const message = rest.join(" - ").trim();
  if (message.length < 3 || (severity === undefined && rule === undefined)) return null;
  return { path: place[1], line: place[2], message: message.replace(/(?<!\.)\.$/, ""), ...(severity && { severity }), ...(rule && { rule }), marked: true };
}

/**
 * A CI log's own lines around a tool's output: the command echoed ("$ dart analyze"), progress
 * ("Analyzing..."), the runner's group markers ("##[group]Run dotnet build"), and the tally ("6
 * issues found.", "7 Warning(s)", "Build succeeded.").
 */
const CONSOLE_CHATTER =
  /^\s*[$>]\s|\.\.\.\s*$|^\s*(?:\d+|no) (?:issues?|problems?|warnings?|errors?|lints?|findings?)(?:\(s\))?(?: found)?[.!]?\s*$|^##\[|^\s*build (?:succeeded|failed)\b|^\s*time elapsed\b/i;

/**
 * Most of the report's lines are diagnostics, most of those carry a tool's marks, and one or more
 * is. A CI runner's log (a timestamp on most lines) is a machine's text through and through: there
 * any diagnostic a tool marked as its own is enough, among the build's other output.
 */
export function looksLikeDiagnosticLines(text: string): boolean {
  const all = text.slice(0, 200_000).split("\n");
  const nonEmpty = all.filter((l) => l.trim() !== "");
  const ciLog = nonEmpty.filter((l) => CI_TIMESTAMP.test(l)).length * 2 >= nonEmpty.length;
  const lines = all
    .map((l) => l.replace(CI_TIMESTAMP, ""))
    .filter((l, i) => l.trim() !== "" && !CONTEXT_LINE.test(l) && !CONSOLE_CHATTER.test(l) && !CARET_LINE.test(l) && !CARET_LINE.test(all[i + 1] ?? ""));
  const read = lines.map(readDiagnostic);
  const diagnostics = read.filter((d): d is Diagnostic => d !== null);
  const marked = diagnostics.filter((d) => d.marked).length;
  if (ciLog) return marked > 0;
  const counted = withoutTrailingSummary(lines, read, marked);
  return diagnostics.length > 0 && diagnostics.length * 2 >= counted && marked * 2 >= diagnostics.length;
}

/**
 * How many lines count against the diagnostics: a tool's summary after its last one (ansible-lint's
 * "Rule Violation Summary" table, "Failed: 10 failure(s) ...") does not, when the run printed a few
 * marked diagnostics and the summary is short lines, not a reviewer's list or headings.
 */
function withoutTrailingSummary(lines: readonly string[], read: readonly (Diagnostic | null)[], marked: number): number {
  let last = read.length - 1;
  while (last >= 0 && read[last] === null) last--;
  const tail = lines.slice(last + 1);
  const summaryOnly = marked >= 3 && tail.every((line) => line.length <= 200 && !REVIEW_STRUCTURE.test(line));
  return summaryOnly ? last + 1 : lines.length;
}

/** A markdown heading or list item: the start of a reviewer's own notes, not a tool's tally. */
const REVIEW_STRUCTURE = /^\s*(?:#|[-*+]\s|\d{1,3}[.)]\s|\*\*)/;

export function parseDiagnosticLines(text: string): ParsedReport {
  let afterDiagnostic = false;
  return oneFindingPerLine(text, (line) => {
    const d = readDiagnostic(line);
    if (!d) return null;
    // gcc's and clang's "note:" lines explain the warning above them (the path the analyzer took,
    // how to silence it): part of that finding, not findings of their own.
    if (d.severity === "note" && afterDiagnostic) return null;
    afterDiagnostic = true;
    return { title: d.message, hints: { path: d.path, lines: d.line, ...(d.severity && { severity: d.severity }), ...(d.rule && { ruleId: d.rule }) } };
  });
}
