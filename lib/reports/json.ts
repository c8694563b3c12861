// Reads reviews from LLMs that were asked for structured output. They agree on nothing but "JSON
// somewhere": a bare array, an object wrapping the array under a key of their choosing, one
// finding object, or any of those inside a ```json fence between two paragraphs of prose.

import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from "jsonc-parser";
import type { FindingHints, LineRange, ParsedReport, RawFinding, Span } from "../findings/types";
import { symbolsOfFlaggedCode } from "../findings/flaggedCode";
import { ReportError } from "./errors";
import { readGovulncheckStream } from "./govulncheck";
import { readMobsfReport } from "./mobsf";
import { readKubescapeReport } from "./kubescape";
import { readPolarisReport } from "./polaris";
import { readCoverityReport } from "./coverity";
import { readFvdlReport } from "./fortifyFvdl";
import { readVeracodeReport } from "./veracodeXml";
import { fieldsOf, firstSentence, normalizeKey, numberOf, spanOf, stringOf, type Field, type Fields } from "./jsonFields";
import { lineAndColumn, parseProblem } from "./jsonParseErrors";

// Key tables hold normalized names: lower case, without "_", "-" and whitespace.
const TITLE_KEYS = [
  "title", "shortmessage", "queryname", "issue", "name", "vulnerability", "type", "summary", "finding", "category",
  "issuetitle", "findingtitle", "vulnerabilityname", "vulnerabilitytype", "issuetype", "headline",
  // Checkov's failed checks.
  "checkname",
  // Infer's "bug_type_hum": "Dead Store"; trufflehog's "DetectorName": "SlackWebhook"; HLint's "hint": "Avoid restricted function".
  "bugtypehum", "detectorname", "hint",
];
const DESCRIPTION_KEYS = new Set([
  "description", "desc", "details", "msg", "longmessage", "detail", "explanation", "impact", "message", "reasoning",
  "rationale", "analysis", "evidence", "justification", "issuedescription", "issuetext",
  "vulnerabilitydescription", "attackscenario", "exploitscenario",
  // Infer's "qualifier": "`sb->data` could be null ... and is dereferenced"; kubesec's "reason".
  "qualifier", "reason", "detectordescription",
  // golangci-lint's "Text"; cdk-nag's "Rule Info"; a GitHub review comment's "body"; HLint's "note": [...].
  "text", "ruleinfo", "body", "note",
]);
const FIX_KEYS = new Set([
  "fix", "recommendation", "recommendations", "solution", "remediation", "mitigation",
  "suggestedfix", "recommendedfix", "fixsuggestion", "suggestion", "howtofix", "remediationsteps",
]);
const SEVERITY_KEYS = [
  // ZAP's "riskdesc": "Medium (Low)", its risk and then its confidence.
  "severity", "risk", "riskdesc", "level", "priority", "impactrating", "risklevel", "riskrating",
  "severitylevel", "severityrating", "criticality", "issueseverity", "rulelevel",
];
const SCORE_KEYS = [
  "cvss", "cvssscore", "cvssv3", "cvssv3score", "cvssbasescore", "basescore", "score",
  "severityscore", "riskscore",
];
const CWE_KEYS = ["cwe", "cweid", "cwes", "cweids", "weakness", "weaknessid", "issuecwe"];
/** A scanner's rule: two results of one rule in one report are two places (sameRuleOfOneTool). */
const RULE_KEYS = ["ruleid", "checkid", "testid", "rule", "rulename", "copname", "avdid", "queryid", "fromlinter", "bugtype", "pluginid"];
/**
 * Objects scanners nest an entry's details in: Semgrep's {"check_id", "path", "extra": {"message",
 * "severity", "metadata": {"cwe": [...]}}}, Trivy's "CauseMetadata": {"StartLine", "EndLine"}. Their
 * fields count where the entry has none of its own.
 */
/** The flagged code a scanner quotes with its result (Bandit's and gosec's "code", Bearer's "code_extract"). */
const CODE_KEYS = ["code", "snippet", "codesnippet", "codeextract", "matchedcode", "vulnerablecode", "sourcelines", "matchstring"];
const NESTED_DETAIL_KEYS = [
  "extra", "metadata", "properties", "attributes", "info", "causemetadata", "message", "identifiers",
  // trufflehog's "SourceMetadata": {"Data": {"Git": {"file", "line", "commit"}}}.
  "sourcemetadata", "data", "git", "filesystem",
  // SonarQube's generic issue import: "primaryLocation": {"message", "filePath", "textRange": {"startLine", ...}}.
  "primarylocation",
];
/**
 * The advisory a dependency scanner files a package's entry under: cargo-audit's "advisory", Grype's
 * "vulnerability". Unlike a detail object, its title is the finding's.
 */
const ADVISORY_KEYS = ["advisory", "vulnerability", "vulnerabilities"];
/** The package an entry is about (cargo-audit's "package": {"name", ...}, Snyk's "packageName"): code it names. */
const PACKAGE_KEYS = ["package", "packagename", "pkgname", "artifact", "modulename", "dependency", "library"];
/** "CVE-2023-44390", "PYSEC-2023-62", "GHSA-…", "RUSTSEC-2021-0078", "GO-2020-0017": an advisory's id. */
const ADVISORY_ID = /^(?:CVE|GHSA|PYSEC|RUSTSEC|GO|OSV|SNYK|GMS|NSWG|DSA|USN|ALAS|RHSA)-[\w-]{3,40}$/i;
const LINE_KEYS = [
  "line", "lines", "linenumber", "linenumbers", "lineno", "linesaffected", "affectedlines", "matchlines",
  "linerange", "filelinerange",
];
const PATH_KEYS = ["file", "filename", "filepath", "path", "sourcefile", "affectedfile", "uri"];
/** SonarQube's: the file, after the project's key ("shop-api:src/auth.js"); elsewhere a component may be "the login form". */
const COMPONENT_KEYS = ["component"];
// "where": "src/components/CommentThread.tsx:66" is how models asked for JSON often put it.
const LOCATION_KEYS = ["location", "locations", "where", "loc", "position", "pos", "codelocation", "sourcelocation", "affectedlocation", "spans", "textrange"];
const SYMBOL_KEYS = [
  "function", "functionname", "method", "methodname", "symbol", "symbols", "component",
  // Infer's report.json.
  "procedure",
  "functions", "methods", "affectedfunction",
];
const RANGE_START_KEYS = ["start", "startline", "linestart", "from", "begin", "beginline", "first"];
const RANGE_END_KEYS = ["end", "endline", "lineend", "lastline", "to", "last", "stop"];

/** Arrays that usually hold the findings; preferred over other arrays of finding-like objects. */
const COLLECTION_KEYS = new Set([
  "findings", "issues", "vulnerabilities", "vulns", "results", "defects", "securityissues",
  "securityfindings", "problems", "bugs", "weaknesses", "alerts", "concerns", "risks", "items",
  // Checkov's `"results": {"failed_checks": [...], "passed_checks": [...]}`; Grype's "matches";
  // Horusec's "analysisVulnerabilities"; njsscan's rules keyed under "nodejs" and "templates".
  "failedchecks", "matches", "analysisvulnerabilities", "nodejs", "templates",
]);
/** Arrays a reviewer uses for what it decided are not findings. */
const DISMISSED_KEYS = new Set([
  "falsepositives", "nonissues", "notissues", "dismissed", "suppressed", "ignored", "rejected",
  "passedchecks", "skippedchecks", "passed",
]);

/** The reviewer's own "this is fine", in a severity-like field... */
const NO_ISSUE_LEVELS = new Set([
  "none", "n/a", "na", "not applicable", "no issue", "no issues", "no risk", "not vulnerable",
  "no vulnerability",
]);
/** ...in a status-like field... */
// cdk-nag's "Compliance": "Compliant" (its rule held) or "Suppressed" (an exception was granted).
const STATUS_KEYS = new Set(["status", "verdict", "result", "assessment", "conclusion", "compliance"]);
const NO_ISSUE_STATUSES = new Set([
  "ok", "safe", "secure", "clean", "pass", "passed", "not vulnerable", "not applicable",
  "no issue", "no issues", "no issues found", "no vulnerabilities", "no vulnerabilities found",
  "false positive", "compliant", "suppressed",
  // Checkmarx's result states a triager set.
  "not exploitable", "proposed not exploitable",
]);
/** ...or as a flag: these false, or false-positive flags true. */
const VULNERABLE_FLAG_KEYS = new Set([
  "vulnerable", "isvulnerable", "vulnerabilityfound", "hasvulnerability", "isissue", "issuefound",
]);
const FALSE_POSITIVE_KEYS = new Set(["falsepositive", "isfalsepositive"]);
/** ...or a kind of issue that is by definition no defect: SonarQube's "type": "CODE_SMELL". */
const NON_DEFECT_TYPES = new Set(["code_smell", "codesmell", "code smell"]);

const SEVERITY_WORDS = new Set([
  "critical", "high", "medium", "moderate", "low", "info", "informational",
]);

/**
 * Deeper than any real report. jsonc-parser descends recursively, so a hostile "[[[[..." would
 * overflow the stack long before it finished.
 */
const MAX_DEPTH = 256;
/** Bounds the input of the few regexes that could otherwise go quadratic. */
const MAX_PATTERN_INPUT = 500;
const SARIF_HEAD = 4096;
/** Longer than any phrase in the no-issue tables. */
const MAX_VERDICT_LENGTH = 40;

interface Payload {
  start: number;
  end: number;
  fenced: boolean;
}

type Shape =
  /** `defaultPath` comes from the wrapper ({"file": "app.py", "issues": [...]}). */
  | { kind: "collection"; entries: JsonNode[]; defaultPath?: string }
  /** Linter output grouped by file: each group's entries lie in its file. */
  | { kind: "files"; groups: FileGroup[] }
  | { kind: "single"; entry: JsonNode }
  | { kind: "verdict" };

// ---------------------------------------------------------------------------------------------
// Locating the payload

/** Finds the JSON payload of a report: the whole text, or the first fenced ```json (or ``` block whose content starts with [ or {) block inside prose. Returns the payload's offset in the text, or null when there is none. */
export function locateJsonPayload(text: string): { start: number; end: number } | null {
  const payload = locatePayload(text);
  return payload && { start: payload.start, end: payload.end };
}

function locatePayload(text: string): Payload | null {
  const whole = trimRange(text, 0, text.length);
  if (startsLikeJson(text, whole.start, whole.end)) return { ...whole, fenced: false };
  for (const fence of fencedBlocks(text)) {
    const content = trimRange(text, fence.contentStart, fence.contentEnd);
    if (isJsonInfo(fence.info) || (fence.info === "" && startsLikeJson(text, content.start, content.end))) {
      return { ...content, fenced: true };
    }
  }
  return null;
}

/**
 * "[" also opens plenty of prose ("[HIGH] SQL injection in ..."), so an opener only counts when
 * what follows could continue a JSON document.
 */
function startsLikeJson(text: string, start: number, end: number): boolean {
  const opener = text[start];
  if (opener !== "[" && opener !== "{") return false;
  const next = trimRange(text, start + 1, end).start;
  if (next >= end) return true;
  const c = text[next];
  if (c === '"' || c === "/" || c === (opener === "[" ? "]" : "}")) return true;
  // Reports are arrays of objects or strings; "[1] SQL injection" is a numbered list.
  return opener === "[" && (c === "{" || c === "[");
}

function isJsonInfo(info: string): boolean {
  const word = info.slice(0, 20).split(/\s/, 1)[0].toLowerCase();
  return word === "json" || word === "jsonc" || word === "json5";
}

interface Fence {
  info: string;
  contentStart: number;
  contentEnd: number;
}

/** Fenced code blocks in CommonMark's sense, except that any indentation is tolerated. */
function* fencedBlocks(text: string): Generator<Fence> {
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = endOfLine(text, lineStart);
    const marker = readFenceMarker(text, lineStart, lineEnd);
    if (!marker) {
      lineStart = lineEnd + 1;
      continue;
    }
    const contentStart = Math.min(lineEnd + 1, text.length);
    const close = findClosingFence(text, contentStart, marker);
    yield { info: marker.info, contentStart, contentEnd: close.start };
    lineStart = close.next;
  }
}

interface FenceMarker {
  char: string;
  length: number;
  info: string;
}

function readFenceMarker(text: string, lineStart: number, lineEnd: number): FenceMarker | null {
  const first = skipBlanks(text, lineStart, lineEnd);
  const char = text[first];
  if (char !== "`" && char !== "~") return null;
  let runEnd = first;
  while (runEnd < lineEnd && text[runEnd] === char) runEnd++;
  if (runEnd - first < 3) return null;
  const info = text.slice(runEnd, lineEnd).trim();
  // A backtick run followed by more backticks is inline code, not a fence.
  if (char === "`" && info.includes("`")) return null;
  return { char, length: runEnd - first, info };
}

/** An unclosed fence runs to the end of the text, as it does in CommonMark. */
function findClosingFence(text: string, from: number, open: FenceMarker): { start: number; next: number } {
  let lineStart = from;
  while (lineStart < text.length) {
    const lineEnd = endOfLine(text, lineStart);
    if (isClosingFence(text, lineStart, lineEnd, open)) return { start: lineStart, next: lineEnd + 1 };
    lineStart = lineEnd + 1;
  }
  return { start: text.length, next: text.length };
}

function isClosingFence(text: string, lineStart: number, lineEnd: number, open: FenceMarker): boolean {
  const first = skipBlanks(text, lineStart, lineEnd);
  let runEnd = first;
  while (runEnd < lineEnd && text[runEnd] === open.char) runEnd++;
  return runEnd - first >= open.length && skipBlanks(text, runEnd, lineEnd) === lineEnd;
}

function endOfLine(text: string, from: number): number {
  const newline = text.indexOf("\n", from);
  return newline === -1 ? text.length : newline;
}

function skipBlanks(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text[i] === " " || text[i] === "\t" || text[i] === "\r")) i++;
  return i;
}

function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isWhitespace(text.charCodeAt(s))) s++;
  while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xfeff;
}

// ---------------------------------------------------------------------------------------------
// Detection and parsing

export function looksLikeJsonReport(text: string): boolean {
  const payload = locatePayload(text);
  if (!payload) return false;
  // A whole text that opens like JSON is meant to be JSON; parseJsonReport will say what is wrong.
  if (!payload.fenced) return !looksLikeSarif(text, payload);
  // A fence inside prose may just quote code under review; only a report-shaped one counts.
  const root = tryParsePayload(text, payload);
  return root !== null && isReportShaped(root);
}

export function parseJsonReport(text: string): ParsedReport {
  const payload = locatePayload(text);
  if (!payload) {
    throw new ReportError("no JSON found: expected the whole report to be JSON, or a ```json block");
  }
  return readReportTree(parsePayload(text, payload), payload.start, "json");
}

/**
 * The findings of a parsed document, JSON or a tree built like one (xmlTree), whose offsets are
 * `base` characters into the report text.
 */
export function readReportTree(root: JsonNode, base: number, format: "json" | "xml" | "yaml"): ParsedReport {
  const ownReader = format === "json" ? (readGovulncheckStream(root, base) ?? readMobsfReport(root, base) ?? readPolarisReport(root, base) ?? readKubescapeReport(root, base) ?? readCoverityReport(root, base)) : format === "xml" ? (readFvdlReport(root, base) ?? readVeracodeReport(root, base)) : null;
  if (ownReader) return { format, verdict: ownReader.length > 0 ? "findings" : "no-issues", findings: ownReader, warnings: [] };
  const shape = findShape(root);
  // An XML document is a tool's report, a list; one record of fields (a build file's <name>) is no finding.
  if (!shape || (format === "xml" && shape.kind === "single")) throw new ReportError(describeUnrecognized(root, format));
  const { findings, warnings } = readShape(shape, base);
  return {
    format,
    verdict: findings.length > 0 ? "findings" : "no-issues",
    findings,
    warnings,
  };
}

function tryParsePayload(text: string, payload: Payload): JsonNode | null {
  try {
    return parsePayload(text, payload);
  } catch (error) {
    if (error instanceof ReportError) return null;
    throw error;
  }
}

function parsePayload(text: string, payload: Payload): JsonNode {
  assertShallow(text, payload);
  const errors: ParseError[] = [];
  const json = text.slice(payload.start, payload.end);
  const root = parseTreeSafely(json, errors);
  const first = errors.reduce<ParseError | undefined>((a, b) => (a && a.offset <= b.offset ? a : b), undefined);
  if (first && printParseErrorCode(first.error) === "EndOfFileExpected") {
    const lines = parseJsonLines(json);
    if (lines) return lines;
  }
  if (first || !root) throw malformed(text, payload, first);
  return root;
}

/**
 * JSON Lines, one object per line, as \`cargo clippy --message-format=json\` and other streaming
 * tools write it: read as the array of its records. The newline between two records becomes a
 * comma, so every record keeps its place in the text (offsets shift only by the added "[").
 */
function parseJsonLines(json: string): JsonNode | null {
  const chars = json.split("");
  let records = 0;
  let lastSolid = "";
  let pendingNewline = -1;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === "\n") {
      if (lastSolid === "}" && pendingNewline < 0) pendingNewline = i;
    } else if (!/\s/.test(c)) {
      // The first newline after a record's closing brace separates it from the next record.
      if (pendingNewline >= 0 && c === "{") {
        chars[pendingNewline] = ",";
        records++;
      }
      pendingNewline = -1;
      lastSolid = c;
    }
  }
  if (records === 0) return null;
  const errors: ParseError[] = [];
  const array = parseTreeSafely(`[${chars.join("")}]`, errors);
  if (errors.length > 0 || array?.type !== "array") return null;
  shiftOffsets(array, -1);
  return array;
}

function shiftOffsets(node: JsonNode, by: number): void {
  (node as { offset: number }).offset += by;
  for (const child of node.children ?? []) shiftOffsets(child, by);
}

function parseTreeSafely(json: string, errors: ParseError[]): JsonNode | undefined {
  try {
    return parseTree(json, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (error) {
    // assertShallow should make this unreachable; a stack overflow is still the report's fault.
    if (error instanceof RangeError) throw new ReportError("malformed JSON: nested too deeply");
    throw error;
  }
}


function malformed(text: string, payload: Payload, error: ParseError | undefined): ReportError {
  const offset = payload.start + (error?.offset ?? 0);
  const { name: code, problem: what } = error ? parseProblem(error.error) : { name: "ValueExpected", problem: "expected a value" };
  const truncated = offset >= payload.end && code !== "EndOfFileExpected" ? " (the document ends early)" : "";
  return new ReportError(`malformed JSON: ${what}${truncated} at ${position(text, offset)}`);
}

/** Counts bracket depth the way jsonc-parser's scanner would, skipping strings and comments. */
function assertShallow(text: string, payload: Payload): void {
  let depth = 0;
  for (let i = payload.start; i < payload.end; i++) {
    const c = text[i];
    if (c === '"') i = endOfString(text, i + 1, payload.end);
    else if (c === "/") i = endOfComment(text, i, payload.end);
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth--;
    if (depth > MAX_DEPTH) {
      throw new ReportError(`malformed JSON: nested deeper than ${MAX_DEPTH} levels at ${position(text, i)}`);
    }
  }
}

/** Index of the closing quote; like jsonc-parser, a line break also ends a string. */
function endOfString(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === '"' || c === "\n" || c === "\r") return i;
  }
  return end;
}

function endOfComment(text: string, slash: number, end: number): number {
  const next = text[slash + 1];
  if (next === "/") return Math.min(endOfLine(text, slash), end);
  if (next !== "*") return slash;
  const close = text.indexOf("*/", slash + 2);
  return close === -1 || close >= end ? end : close + 1;
}

function position(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column}`;
}

/** SARIF is JSON too. Tools write "$schema" and "version" first, so the head tells without a parse. */
function looksLikeSarif(text: string, payload: Payload): boolean {
  const head = text.slice(payload.start, Math.min(payload.end, payload.start + SARIF_HEAD));
  return /"\$schema"\s*:\s*"[^"]*sarif/i.test(head) || (/"version"\s*:\s*"2\./.test(head) && /"runs"\s*:/.test(head));
}

// ---------------------------------------------------------------------------------------------
// Finding the entries

function findShape(root: JsonNode): Shape | null {
  const groups = fileGroups(root) ?? severityGroups(root);
  if (groups) return { kind: "files", groups };
  if (root.type === "array") return reportList(root) ?? { kind: "collection", entries: root.children ?? [] };
  if (root.type !== "object") return null;
  const fields = fieldsOf(root);
  const collection = findCollection(root);
  if (collection) {
    const defaultPath = firstOf(fields, PATH_KEYS, pathFieldOf)?.path;
    const entries = [...(collection.children ?? []), ...advisoryWarnings(fields, collection)];
    return { kind: "collection", entries, ...(defaultPath && { defaultPath }) };
  }
  if (noIssueReason(fields)) return { kind: "verdict" };
  if (isFindingLike(fields)) return { kind: "single", entry: root };
  return null;
}

/**
 * A list of reports, each with its own findings: Checkov's output when it scanned with several
 * frameworks (`[{"check_type": "serverless", "results": {"failed_checks": [...]}}, {"check_type": "secrets", ...}]`).
 */
function reportList(root: JsonNode): Shape | null {
  const collections = (root.children ?? []).map(reportCollection);
  if (collections.length === 0 || collections.some((c) => c === null)) return null;
  return { kind: "collection", entries: collections.flatMap((c) => c?.children ?? []) };
}

/** The findings of one report in such a list: an object that is no finding itself and holds a results key. */
function reportCollection(report: JsonNode): JsonNode | null {
  if (report.type !== "object") return null;
  const fields = fieldsOf(report);
  if (isFindingLike(fields) || ![...fields.keys()].some((k) => COLLECTION_KEYS.has(normalizeKey(k)))) return null;
  return findCollection(report) ?? null;
}

/**
 * cargo-audit's `"warnings": {"unsound": [...], "unmaintained": [...]}` beside its vulnerabilities:
 * advisories too, each entry with its "advisory" (a yanked crate has none, and is no finding).
 */
function advisoryWarnings(fields: Fields, collection: JsonNode): JsonNode[] {
  const warnings = fields.get("warnings")?.node;
  if (warnings?.type !== "object") return [];
  return [...fieldsOf(warnings).values()]
    .filter((kind) => kind.node.type === "array" && kind.node !== collection)
    .flatMap((kind) => kind.node.children ?? [])
    .filter((entry) => entry.type === "object" && fieldsOf(entry).get("advisory")?.node.type === "object");
}

/** Stricter than findShape: JSON quoted in prose must look like findings, not like any data. */
function isReportShaped(root: JsonNode): boolean {
  const shape = findShape(root);
  if (!shape) return false;
  if (shape.kind === "single") return findingCategories(fieldsOf(root)) >= 2;
  if (shape.kind === "collection" && root.type === "array") {
    return shape.entries.length === 0 || isFindingArray(root);
  }
  return true;
}

function describeUnrecognized(root: JsonNode, format: "json" | "xml" | "yaml" = "json"): string {
  if (format === "xml") return "XML report has no findings: no element holds a finding's fields (message, title, description, ...)";
  if (root.type !== "object" && root.type !== "array") {
    return `JSON report is a ${root.type}; expected an array of findings or an object`;
  }
  return "JSON report has no findings array and no finding fields (title, description, ...)";
}

/**
 * Arrays of one file's results: ESLint and PHP_CodeSniffer call them "messages", RuboCop
 * "offenses", PMD "violations", Trivy "Misconfigurations", "Secrets" and "Vulnerabilities".
 */
const FILE_RESULT_KEYS = ["messages", "offenses", "violations", "errors", "failures", "misconfigurations", "secrets", ...COLLECTION_KEYS];
/** Where a group names what it scanned: Trivy's "Target", a file or an image. */
const GROUP_PATH_KEYS = ["target"];

/**
 * Scanner output grouped by file: ESLint's `[{"filePath": ..., "messages": [...]}]`,
 * PHP_CodeSniffer's `{"files": {"<path>": {"messages": [...]}}}`, RuboCop's
 * `{"files": [{"path": ..., "offenses": [...]}]}` and Trivy's `{"Results": [{"Target": ...,
 * "Misconfigurations": [...]}]}`. Null unless every group holds finding-like results (or none).
 */
/** One file's (or image's, or one severity's) results; no path when the target is not a file. */
interface FileGroup {
  entries: JsonNode[];
  path: string | undefined;
  /** The severity the group is filed under ("critical": [...]), for entries that give none. */
  severity?: string;
  /** A file listed with no results, and nothing else about it that looks like a finding. */
  clean?: boolean;
  /** The package a dependency scanner filed the entries under. */
  component?: { name: string; version?: string };
}

const SEVERITY_GROUP_KEY = /^(?:critical|high|medium|moderate|low|info|informational|minor|major|blocker|severe|warning|error|note)$/;
/** Sobelow's "high_confidence": [...]: how sure the tool is, which says nothing of the severity. */
const CONFIDENCE_GROUP_KEY = /^(?:high|medium|low)[_ -]?confidence$/i;

/**
 * \`"issues": {"critical": [...], "high": [...]}\`: findings filed under their severity. Null unless
 * every group is named by a severity and holds finding-like entries (or none).
 */
function severityGroups(root: JsonNode): FileGroup[] | null {
  // Bearer files its findings under severities at the top: {"critical": [...], "high": [...]}.
  for (const collection of root.type === "object" ? [root, ...collectionObjects(root)] : []) {
    const groups = levelGroups(collection);
    if (holdsResults(groups)) return groups;
  }
  return null;
}

/** Each field a severity's (or a confidence's) array of finding-like entries; else null. */
function levelGroups(collection: JsonNode): FileGroup[] | null {
  const groups: FileGroup[] = [];
  for (const [name, group] of fieldsOf(collection)) {
    const bySeverity = SEVERITY_GROUP_KEY.test(name);
    if ((!bySeverity && !CONFIDENCE_GROUP_KEY.test(group.key)) || group.node.type !== "array") return null;
    const entries = group.node.children ?? [];
    if (entries.length > 0 && !isFindingArray(group.node)) return null;
    groups.push({ entries, path: undefined, ...(bySeverity && { severity: group.key }) });
  }
  return groups;
}

/** Objects under the collection names ("findings": {...}, "issues": {...}): where findings filed under keys live. */
function collectionObjects(root: JsonNode): JsonNode[] {
  if (root.type !== "object") return [];
  return [...fieldsOf(root)].filter(([key, field]) => COLLECTION_KEYS.has(normalizeKey(key)) && field.node.type === "object").map(([, field]) => field.node);
}

function holdsResults(groups: FileGroup[] | null): groups is FileGroup[] {
  return groups !== null && groups.some((g) => g.entries.length > 0);
}

function fileGroups(root: JsonNode): FileGroup[] | null {
  const groups = groupList(root);
  if (groups === null || groups.length === 0) return null;
  // A clean scan lists its files with no results: a verdict of no issues, not an unreadable report.
  const clean = groups.every((g) => g.clean);
  return clean || holdsResults(groups) ? groups : null;
}

function groupList(root: JsonNode): FileGroup[] | null {
  if (root.type === "array") return groupsOfArray(root);
  if (root.type !== "object") return null;
  const fields = fieldsOf(root);
  const files = fields.get("files")?.node;
  if (files?.type === "array") return groupsOfArray(files);
  const testcases = fields.get("testcases")?.node;
  if (testcases?.type === "array") return groupsOfArray(testcases);
  const dependencies = fields.get("dependencies")?.node;
  if (dependencies?.type === "array") return groupsOfDependencies(dependencies);
  if (files?.type === "object") return groupsOfObject(files);
  // retire.js: `{"version", "start", "data": [{"file", "results": [...]}]}`.
  const data = fields.get("data")?.node;
  if (data?.type === "array" && fields.has("start")) return groupsOfArray(data);
  const sites = fields.get("site")?.node;
  if (sites?.type === "array") return groupsOfSites(sites);
  const results = fields.get("results")?.node;
  if (results?.type === "object") return groupsOfFileArrays(results);
  return results?.type === "array" ? groupsOfArray(results) : null;
}

/**
 * detect-secrets' baseline, `"results": {"app/settings.py": [{"type": "Secret Keyword", "line_number": 20}]}`:
 * each file's results listed under its path.
 */
function groupsOfFileArrays(object: JsonNode): FileGroup[] | null {
  const groups: FileGroup[] = [];
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? [];
    if (typeof key?.value !== "string" || value?.type !== "array") return null;
    // Checkov's `"results": {"failed_checks": [...], "passed_checks": [...]}` files them by outcome, not by file.
    const name = normalizeKey(key.value);
    if (COLLECTION_KEYS.has(name) || DISMISSED_KEYS.has(name)) return null;
    const entries = value.children ?? [];
    if (entries.length > 0 && !isFindingArray(value)) return null;
    groups.push({ entries, path: key.value, ...(entries.length === 0 && { clean: true }) });
  }
  return groups;
}

/**
 * OWASP ZAP's `{"site": [{"@name": "https://shop.example", "alerts": [...]}]}`: the alerts of each
 * site it scanned. A site is a URL, not a file of the code, so the alerts name no path.
 */
function groupsOfSites(array: JsonNode): FileGroup[] | null {
  const groups: FileGroup[] = [];
  for (const site of array.children ?? []) {
    if (site.type !== "object") return null;
    const entries = groupResults(site) ?? [];
    groups.push({ entries, path: undefined, ...(entries.length === 0 && { clean: true }) });
  }
  return groups;
}

/** `[{"filePath": ..., "messages": [...]}, ...]`: each item names its file and holds its results. */
function groupsOfArray(array: JsonNode): FileGroup[] | null {
  const groups: FileGroup[] = [];
  for (const item of array.children ?? []) {
    if (item.type !== "object") return null;
    const fields = fieldsOf(item);
    const scored = scoringGroups(fields);
    if (scored) {
      groups.push(...scored);
      continue;
    }
    // osv-scanner's `{"source": {"path": "pubspec.lock"}, "packages": [{"package": {...}, "vulnerabilities": [...]}]}`;
    // retire.js's `{"file": "dist/scripts.js", "results": [{"component": "jquery", "version", "vulnerabilities": [...]}]}`.
    const packages = fields.get("packages")?.node ?? componentResults(fields);
    const packageGroups = packages?.type === "array" ? groupsOfDependencies(packages) : null;
    if (packageGroups) {
      const path = firstOf(fields, PATH_KEYS, pathFieldOf)?.path;
      groups.push(...packageGroups.map((g) => ({ ...g, path: g.path ?? path })));
      continue;
    }
    // cfn_nag's `{"filename": ..., "file_results": {"failure_count": 2, "violations": [...]}}`.
    const fileResults = fields.get("fileresults")?.node;
    const fileResultsPath = fileResults?.type === "object" ? firstOf(fields, PATH_KEYS, pathFieldOf)?.path : undefined;
    if (fileResults && fileResultsPath) {
      const entries = groupResults(fileResults) ?? [];
      groups.push({ entries, path: fileResultsPath, ...(entries.length === 0 && { clean: true }) });
      continue;
    }
    const path = firstOf(fields, PATH_KEYS, pathFieldOf)?.path;
    // Trivy's target is a file ("helm/deployment.yaml", "Dockerfile") or an image ("alpine:3.19 (alpine 3.19.1)").
    const target = firstText(fields, GROUP_PATH_KEYS);
    // A file with nothing to report may have no result list at all (Checkstyle's empty <file name=...>).
    const entries = groupResults(item) ?? (isBareFile(fields) ? [] : null);
    if ((!path && !target) || !entries) return null;
    const clean = entries.length === 0 && !isFindingLike(fields);
    groups.push({ entries, path: path ?? (target && !/\s/.test(target) ? target : undefined), ...(clean && { clean }) });
  }
  return groups;
}

/**
 * kubesec's `[{"object": "Deployment/api.orders", "fileName": ..., "scoring": {"critical": [...],
 * "advise": [...], "passed": [...]}}]`: an object's failed checks filed under how much they
 * matter; its passed ones are no findings, and an object kubesec does not score has none.
 */
function scoringGroups(fields: Fields): FileGroup[] | null {
  const scoring = fields.get("scoring")?.node;
  if (scoring?.type !== "object") return null;
  const path = firstOf(fields, PATH_KEYS, pathFieldOf)?.path;
  const object = firstText(fields, ["object"]);
  const groups: FileGroup[] = [];
  for (const [key, field] of fieldsOf(scoring)) {
    if (field.node.type !== "array" || DISMISSED_KEYS.has(key)) continue;
    const severity = key === "advise" ? "low" : SEVERITY_GROUP_KEY.test(key) ? key : undefined;
    groups.push({ entries: field.node.children ?? [], path, ...(severity && { severity }), ...(object && { component: { name: object } }) });
  }
  return groups.length > 0 ? groups : [{ entries: [], path, clean: true }];
}

/** A result list whose entries are components with their advisories (retire.js), not findings. */
function componentResults(fields: Fields): JsonNode | undefined {
  const results = fields.get("results")?.node;
  const items = results?.type === "array" ? (results.children ?? []) : [];
  const isComponent = (item: JsonNode) => item.type === "object" && fieldsOf(item).has("component") && fieldsOf(item).get("vulnerabilities")?.node.type === "array";
  return items.length > 0 && items.every(isComponent) ? results : undefined;
}

/**
 * pip-audit's `{"dependencies": [{"name", "version", "vulns": [...]}]}` and OWASP Dependency-Check's
 * `{"dependencies": [{"fileName", "vulnerabilities": [...]}]}`: each package with its advisories; a
 * package without any (no list, or an empty one) is clean.
 */
function groupsOfDependencies(array: JsonNode): FileGroup[] | null {
  const groups: FileGroup[] = [];
  // Dependency-Check leaves the list out of a clean jar, whose description then reads like a finding's:
  // it is a package among packages when another package in the list has its advisories.
  const anyResults = (array.children ?? []).some((item) => item.type === "object" && groupResults(item) !== null);
  for (const item of array.children ?? []) {
    if (item.type !== "object") return null;
    const fields = fieldsOf(item);
    const pkg = fields.get("package")?.node;
    const pkgFields = pkg?.type === "object" ? fieldsOf(pkg) : undefined;
    const name = firstText(fields, ["name", "packagename", "package", "component", "filename"]) ?? (pkgFields && firstText(pkgFields, ["name"]));
    const results = groupResults(item);
    if (!name || (results === null && isFindingLike(fields) && !fields.has("name") && !(anyResults && fields.has("filename")))) return null;
    const entries = results ?? [];
    const version = firstText(fields, ["version", "installedversion"]) ?? (pkgFields && firstText(pkgFields, ["version"]));
    groups.push({ entries, path: undefined, component: { name, ...(version && { version }) }, ...(entries.length === 0 && { clean: true }) });
  }
  return groups;
}

/** `{"<path>": {"messages": [...]}, ...}`: results keyed by their file. */
function groupsOfObject(object: JsonNode): FileGroup[] | null {
  const groups: FileGroup[] = [];
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? [];
    const entries = value?.type === "object" ? groupResults(value) : null;
    if (typeof key?.value !== "string" || !entries) return null;
    groups.push({ entries, path: key.value, ...(entries.length === 0 && { clean: true }) });
  }
  return groups;
}

function isBareFile(fields: Fields): boolean {
  return fields.size > 0 && [...fields.keys()].every((k) => PATH_KEYS.includes(k) || PASSED_CASE_KEYS.has(k));
}

/** A JUnit test case that passed: its file (class), its name and how long it took. */
const PASSED_CASE_KEYS = new Set(["testname", "time", "timestamp", "assertions"]);

/** A group's results: every array of finding-like entries under a result key (or none, when it has only empty ones). */
function groupResults(group: JsonNode): JsonNode[] | null {
  const fields = fieldsOf(group);
  const arrays = FILE_RESULT_KEYS.map((k) => fields.get(k)?.node).filter((n): n is JsonNode => n?.type === "array");
  if (arrays.length === 0) return null;
  const filled = arrays.filter((a) => (a.children ?? []).length > 0);
  if (!filled.every(isFindingArray)) return null;
  return filled.flatMap((a) => a.children ?? []);
}

/**
 * Known collection names win over arbitrary arrays, so that `{"files_reviewed": [{"name": ...}],
 * "findings": [...]}` picks the findings.
 */
function findCollection(root: JsonNode): JsonNode | undefined {
  const arrays = candidateArrays(root);
  const named = arrays.filter((f) => COLLECTION_KEYS.has(normalizeKey(f.key)));
  return (
    named.find((f) => isFindingArray(f.node)) ??
    named[0] ??
    arrays.find((f) => isFindingArray(f.node))
  )?.node ?? keyedCollection(root);
}

/**
 * `"findings": {"HR-001": {"title": ...}, "HR-002": {...}}`: findings keyed by their id in an object
 * rather than listed. Read as the array of its values, each placed at its key and value in the text.
 */
function keyedCollection(root: JsonNode): JsonNode | undefined {
  for (const collection of collectionObjects(root)) {
    // Each entry's place is its key and value: `"lodash": {...}` is where the finding is written.
    const values = (collection.children ?? [])
      .map((property) => (property.children?.[1] ? { ...property.children[1], offset: property.offset, length: property.length } : undefined))
      .filter((v): v is JsonNode => v !== undefined);
    const asArray: JsonNode = { ...collection, type: "array", children: values };
    if (isFindingArray(asArray)) return asArray;
  }
  return undefined;
}

/** Array-valued properties one level deep, then two, in document order. */
function candidateArrays(root: JsonNode): Field[] {
  const level1 = [...fieldsOf(root).values()];
  const level2 = level1.filter((f) => f.node.type === "object").flatMap((f) => [...fieldsOf(f.node).values()]);
  return [...level1, ...level2].filter(
    (f) => f.node.type === "array" && !DISMISSED_KEYS.has(normalizeKey(f.key)),
  );
}

function isFindingArray(array: JsonNode): boolean {
  const entries = array.children ?? [];
  const findingLike = entries.filter((e) => e.type === "object" && isFindingLike(entryFieldsOf(e))).length;
  return entries.length > 0 && findingLike * 2 > entries.length;
}

function isFindingLike(fields: Fields): boolean {
  return firstText(fields, TITLE_KEYS) !== undefined || descriptionTexts(fields).length > 0;
}

function findingCategories(fields: Fields): number {
  const present = [
    firstText(fields, TITLE_KEYS) !== undefined,
    descriptionTexts(fields).length > 0,
    fixTexts(fields).length > 0,
    SEVERITY_KEYS.some((k) => fields.has(k)),
    CWE_KEYS.some((k) => fields.has(k)),
    LINE_KEYS.some((k) => fields.has(k)),
  ];
  return present.filter(Boolean).length;
}

// ---------------------------------------------------------------------------------------------
// Reading entries

interface Tally {
  findings: RawFinding[];
  /** Entries the reviewer marked as no issue, by reason ("risk: none"). */
  dismissed: Map<string, number>;
  untitled: number;
  notObjects: number;
}

function readShape(shape: Shape, base: number): { findings: RawFinding[]; warnings: string[] } {
  if (shape.kind === "verdict") return { findings: [], warnings: [] };
  if (shape.kind === "single") {
    // A lone object is the whole verdict: "risk: none" there is an answer, not a skipped entry.
    const tally = tallyEntries([shape.entry], base);
    if (tally.untitled > 0) throw new ReportError("JSON finding has no title or description");
    return { findings: tally.findings, warnings: [] };
  }
  if (shape.kind === "files") {
    const findings: RawFinding[] = [];
    const warnings: string[] = [];
    for (const group of shape.groups) {
      const read = readShape({ kind: "collection", entries: group.entries, defaultPath: group.path }, base);
      if (group.severity) fillHint(read.findings, "severity", group.severity);
      if (group.component) for (const finding of read.findings) nameComponent(finding, group.component);
      findings.push(...read.findings);
      warnings.push(...read.warnings);
    }
    return { findings, warnings };
  }
  const tally = tallyEntries(shape.entries, base);
  if (shape.defaultPath) fillHint(tally.findings, "path", shape.defaultPath);
  const recognized = tally.findings.length + sum(tally.dismissed.values());
  if (recognized === 0 && tally.untitled + tally.notObjects > 0) {
    throw new ReportError(
      `no findings recognized: ${plural(tally.untitled + tally.notObjects, "entry", "entries")} without a title or description`,
    );
  }
  return { findings: tally.findings, warnings: tallyWarnings(tally) };
}

/** "PYSEC-2023-62" filed under flask 2.2.2: "PYSEC-2023-62 in flask 2.2.2", and the package as code it names. */
function nameComponent(finding: RawFinding, component: { name: string; version?: string }): void {
  if (ADVISORY_ID.test(finding.title)) finding.title = `${finding.title} in ${packageLabel(component.name, component.version)}`;
  const bare = component.name.replace(/[:@][^:@]*$/, "");
  finding.hints = { ...finding.hints, symbols: [...new Set([...(finding.hints?.symbols ?? []), bare])] };
}

/** A value the wrapper or group gives (its file, its severity) for the findings that name none. */
function fillHint(findings: RawFinding[], key: "path" | "severity", value: string): void {
  for (const finding of findings) {
    if (finding.hints && finding.hints[key] === undefined) finding.hints[key] = value;
  }
}

function tallyEntries(entries: JsonNode[], base: number): Tally {
  const tally: Tally = { findings: [], dismissed: new Map(), untitled: 0, notObjects: 0 };
  for (const entry of entries) {
    if (entry.type === "string") tally.findings.push(readStringEntry(entry, base));
    else if (entry.type !== "object") tally.notObjects++;
    else tallyObject(tally, entry, base);
  }
  return tally;
}

function tallyObject(tally: Tally, entry: JsonNode, base: number): void {
  const fields = entryFieldsOf(entry);
  const reason = noIssueReason(fields);
  if (reason) {
    dismiss(tally, reason);
    return;
  }
  const occurrences = occurrencesOf(fields);
  if (occurrences.length >= 2) {
    for (const occurrence of occurrences) tallyFinding(tally, withOccurrence(fields, occurrence), spanOf(occurrence, base));
    return;
  }
  tallyFinding(tally, occurrences.length === 1 ? withOccurrence(fields, occurrences[0]) : fields, spanOf(entry, base));
}

/**
 * KICS's \`{"query_name": ..., "files": [{"file_name", "line", "search_key"}, ...]}\`: one check with
 * the places it fired. Each place is an alert of its own (as each SARIF result is), told by the
 * check's title and description; a check that fired once is one finding, its place read into it.
 */
// Checkmarx's <Query name="SSRF"> holds its <Result FileName="..." Line="119"> elements.
const OCCURRENCE_KEYS = ["files", "instances", "occurrences", "results"];

function occurrencesOf(fields: Fields): JsonNode[] {
  for (const key of OCCURRENCE_KEYS) {
    const array = fields.get(key)?.node;
    if (array?.type !== "array") continue;
    const items = array.children ?? [];
    const placed = items.filter((item) => item.type === "object" && LINE_KEYS.some((k) => fieldsOf(item).has(k)));
    if (placed.length > 0 && placed.length === items.length) return items;
  }
  return [];
}

/** The check's fields, with the place's own (file, line, what it found) where the check has none. */
function withOccurrence(fields: Fields, occurrence: JsonNode): Fields {
  const merged: Fields = new Map(fields);
  for (const [name, field] of fieldsOf(occurrence)) if (!merged.has(name)) merged.set(name, field);
  return merged;
}

function tallyFinding(tally: Tally, fields: Fields, span: Span): void {
  const finding = readObjectEntry(fields, span);
  if (!finding) tally.untitled++;
  else if (BUILD_TALLY.test(finding.title)) dismiss(tally, "as a build summary");
  else if (isUnplacedNotice(finding)) dismiss(tally, "as the tool's own notices");
  else tally.findings.push(finding);
}

function dismiss(tally: Tally, reason: string): void {
  tally.dismissed.set(reason, (tally.dismissed.get(reason) ?? 0) + 1);
}

/**
 * "10 warnings emitted", "2 errors generated", rustc's "aborting due to 2 previous errors": a
 * compiler's count at the end of its stream, not a finding.
 */
const BUILD_TALLY = /^(?:\d+ (?:warnings?|errors?)(?: and \d+ (?:warnings?|errors?))? (?:emitted|generated|found)|aborting due to (?:\d+ |the )?previous errors?|could not compile)\b/i;

/**
 * cppcheck's `severity="information"` entries with no place ("Cppcheck cannot find all the include
 * files", "Active checkers: 167/836"): the tool talking about its run, not about the code.
 */
function isUnplacedNotice(finding: RawFinding): boolean {
  const hints = finding.hints ?? {};
  return hints.severity?.toLowerCase() === "information" && hints.lines === undefined && hints.path === undefined;
}

function tallyWarnings(tally: Tally): string[] {
  const warnings = [...tally.dismissed].map(([reason, n]) => `skipped ${plural(n, "entry", "entries")} marked ${reason}`);
  if (tally.untitled > 0) {
    warnings.push(`skipped ${plural(tally.untitled, "entry", "entries")} with no title or description`);
  }
  if (tally.notObjects > 0) {
    warnings.push(`skipped ${plural(tally.notObjects, "entry", "entries")} (not objects or strings)`);
  }
  return warnings;
}

function readStringEntry(entry: JsonNode, base: number): RawFinding {
  const body = stringOf(entry) ?? "";
  return { title: firstSentence(body), body, span: spanOf(entry, base), hints: {} };
}

function readObjectEntry(fields: Fields, span: Span): RawFinding | null {
  const descriptions = descriptionTexts(fields);
  const named = titleText(fields);
  // Code Climate's "check_name": "no-changed-when" beside its "description": a rule's slug, not a title.
  const slug = named !== undefined && SLUG.test(named) && descriptions.length > 0 ? named : undefined;
  const title = (slug ? undefined : named) ?? advisoryIdOf(fields) ?? titleFromDescriptions(descriptions);
  if (!title) return null;
  // Horusec's "(1/1) * Possible vulnerability detected: Potential Hard-coded credential".
  const heading = collapseWhitespace(spacedQueryName(title)).replace(/^\(\d+\/\d+\)\s*\*?\s*(?:possible vulnerability detected:\s*)?/i, "");
  const body = [heading, ...[...descriptions, ...fixTexts(fields)].map((d) => `${d.label}: ${d.text}`)].join("\n");
  const hints = readHints(fields);
  if (slug && hints.ruleId === undefined) hints.ruleId = slug;
  // Grype's `{"vulnerability": {"id": "CVE-..."}, "artifact": {"name", "version"}}`: the id, in its package.
  const pkg = PACKAGE_KEYS.map((key) => fields.get(key)?.node).find((node) => node?.type === "object");
  const name = pkg && firstText(fieldsOf(pkg), ["name"]);
  const inPackage = ADVISORY_ID.test(heading) && name ? packageLabel(name, firstText(fieldsOf(pkg), ["version"])) : undefined;
  return { title: inPackage ? `${heading} in ${inPackage}` : heading, body, span, hints };
}

/** "no-changed-when", "risky_shell_pipe": an identifier in words joined by hyphens or underscores. */
const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)+$/;

/**
 * "Use_Of_Hardcoded_Password", "Information_Exposure_Through_an_Error_Message": a scanner's query
 * named in words joined by underscores, read as the words (it names no code).
 */
function spacedQueryName(title: string): string {
  return /^[A-Z][a-z]+(?:_[A-Za-z][a-z]*)+$/.test(title) ? title.replace(/_/g, " ") : title;
}

/**
 * With no title field, the first description names the finding; one that says what the finding is
 * ("description", "message") before one about its consequences or reasoning (tfsec puts "impact"
 * first: "Sensitive data can be leaked ...", the same for every rule of its kind).
 */
function titleFromDescriptions(descriptions: LabelledText[]): string | undefined {
  const telling = descriptions.find((d) => !CONSEQUENCE_LABEL.test(d.label)) ?? descriptions[0];
  return telling ? firstSentence(telling.text) : undefined;
}

/** pip-audit's `{"id": "PYSEC-2023-62", "description": ...}`: the advisory's id names it better than its first sentence. */
function advisoryIdOf(fields: Fields): string | undefined {
  const id = firstText(fields, ["id"]);
  return id && ADVISORY_ID.test(id) ? id : undefined;
}

const CONSEQUENCE_LABEL = /^(?:impact|reasoning|rationale|analysis|evidence|justification)$/i;

/** Linters put the level in "type" ("type": "ERROR"): a level is not a title. */
const LEVEL_WORDS = new Set([
  ...SEVERITY_WORDS, "error", "warning", "notice", "note", "hint",
  // SonarQube puts the kind of issue there ("type": "VULNERABILITY"): a kind is not a title either.
  "vulnerability", "bug", "code_smell", "codesmell", "security_hotspot", "hotspot",
  // cfn_nag's "type": "FAIL" or "WARN".
  "fail", "warn", "failure", "failed",
  // Code Climate's "type": "issue"; Infer's "category": "No category".
  "issue", "no category", "uncategorized", "uncategorised",
]);

function titleText(fields: Fields): string | undefined {
  for (const key of TITLE_KEYS) {
    const text = firstText(fields, [key]);
    // Nor is a number ("issue": "4647", retire.js's tracker reference).
    if (text === undefined || LEVEL_WORDS.has(text.toLowerCase()) || /^#?\d+$/.test(text)) continue;
    // Nor a check's constant beside a description that says it in words (Electronegativity's CONTEXT_ISOLATION_JS_CHECK).
    if (CHECK_CONSTANT.test(text) && descriptionTexts(fields).length > 0) continue;
    return text;
  }
  return undefined;
}

const CHECK_CONSTANT = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** The check's constant that titleText passed over, as the rule it names. */
function checkConstant(fields: Fields): string | undefined {
  for (const key of TITLE_KEYS) {
    const text = firstText(fields, [key]);
    if (text !== undefined && CHECK_CONSTANT.test(text)) return text;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Fields

/** An entry's fields, with those of the detail objects nested in it (NESTED_DETAIL_KEYS) behind its own. */
function entryFieldsOf(entry: JsonNode, depth = 0): Fields {
  const fields = fieldsOf(entry);
  if (depth >= 3) return fields;
  for (const key of ADVISORY_KEYS) {
    const advisory = fields.get(key)?.node;
    if (advisory?.type !== "object") continue;
    fields.delete(key);
    for (const [name, field] of entryFieldsOf(advisory, depth + 1)) if (!fields.has(name)) fields.set(name, field);
  }
  for (const key of NESTED_DETAIL_KEYS) {
    const nested = fields.get(key)?.node;
    if (nested?.type !== "object") continue;
    // The container is no value of its own: cargo's "message": {"message": "...", "spans": [...]}.
    fields.delete(key);
    // Not a title: nested, "category" or "type" is the rule's ("security", "vuln"), not the finding's.
    // retire.js's "identifiers": {"summary": ..., "CVE": [...]} names the advisory itself.
    const titles = key === "identifiers";
    for (const [name, field] of entryFieldsOf(nested, depth + 1)) if (!fields.has(name) && (titles || !TITLE_KEYS.includes(name))) fields.set(name, field);
  }
  return fields;
}

function booleanOf(node: JsonNode | undefined): boolean | undefined {
  if (node?.type === "boolean" && typeof node.value === "boolean") return node.value;
  const word = stringOf(node)?.toLowerCase();
  if (word === "true" || word === "yes") return true;
  if (word === "false" || word === "no") return false;
  return undefined;
}

/** A string, or an array of strings as one line ("Use parameters; validate input"). */
function textOf(node: JsonNode): string | undefined {
  if (node.type !== "array") return stringOf(node);
  const parts = (node.children ?? []).map(stringOf).filter(isDefined);
  return parts.length > 0 ? parts.join("; ") : undefined;
}

function firstText(fields: Fields, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const text = stringOf(fields.get(key)?.node);
    if (text) return text;
  }
  return undefined;
}

interface LabelledText {
  label: string;
  text: string;
}

function descriptionTexts(fields: Fields): LabelledText[] {
  // Cargo's "reason": "compiler-artifact" names a record's kind, not why anything is wrong.
  return labelledTexts(fields, DESCRIPTION_KEYS).filter((d) => !SLUG.test(d.text));
}

function fixTexts(fields: Fields): LabelledText[] {
  return labelledTexts(fields, FIX_KEYS);
}

/** In document order, labelled with the reviewer's own key ("suggested_fix" → "Suggested fix"). */
function labelledTexts(fields: Fields, keys: ReadonlySet<string>): LabelledText[] {
  const texts: LabelledText[] = [];
  for (const [name, field] of fields) {
    const text = keys.has(name) ? textOf(field.node) : undefined;
    if (text) texts.push({ label: humanizeKey(field.key), text });
  }
  return texts;
}

function humanizeKey(key: string): string {
  // "DetectorDescription" reads "Detector description", not as a name from the code.
  const words = key.replace(/[_-]+/g, " ").replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`).trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Dismissals

function noIssueReason(fields: Fields): string | undefined {
  for (const [name, field] of fields) {
    const reason = dismissal(name, field);
    if (reason) return reason;
  }
  return undefined;
}

function dismissal(name: string, { key, node }: Field): string | undefined {
  const word = stringOf(node);
  const normalized = word && word.length <= MAX_VERDICT_LENGTH ? word.toLowerCase().replace(/[.!]+$/, "") : undefined;
  if (SEVERITY_KEYS.includes(name) && normalized && NO_ISSUE_LEVELS.has(normalized)) return `${key}: ${word}`;
  if (STATUS_KEYS.has(name) && normalized && NO_ISSUE_STATUSES.has(normalized)) return `${key}: ${word}`;
  if (VULNERABLE_FLAG_KEYS.has(name) && booleanOf(node) === false) return `${key}: false`;
  if (FALSE_POSITIVE_KEYS.has(name) && booleanOf(node) === true) return `${key}: true`;
  if (name === "type" && normalized && NON_DEFECT_TYPES.has(normalized)) return `${key}: ${word}`;
  // GitHub's review comments: a reply in a comment's thread ("Good catch, I'll fix it") answers a finding.
  if (name === "inreplytoid" && node.type === "number") return `${key}: ${node.value}`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Hints

function readHints(fields: Fields): FindingHints {
  const hints: FindingHints = {};
  const severity = readSeverity(fields);
  if (severity !== undefined) hints.severity = severity;
  const score = readScore(fields);
  if (score !== undefined) hints.severityScore = score;
  const cwe = firstOf(fields, CWE_KEYS, cweOf) ?? (isSecretScannerResult(fields) ? "CWE-798" : undefined);
  if (cwe !== undefined) hints.cwe = cwe;
  const location = readLocation(fields);
  if (location.lines !== undefined) hints.lines = location.lines;
  if (location.path !== undefined) hints.path = location.path;
  const pkg = firstOf(fields, PACKAGE_KEYS, packageNameOf);
  const symbols = [...readSymbols(fields), ...(pkg ? [pkg] : []), ...quotedCodeSymbols(fields, firstLineOf(location.lines))];
  if (symbols.length > 0) hints.symbols = [...new Set(symbols)];
  const ruleId = firstOf(fields, RULE_KEYS, (node) => stringOf(node)) ?? firstOf(fields, ["code"], ruleCodeOf) ?? checkConstant(fields);
  if (ruleId !== undefined) hints.ruleId = ruleId;
  return hints;
}

/**
 * A secret scanner's result: detect-secrets' "hashed_secret", gitleaks' "Secret" with its "Entropy",
 * trufflehog's "DetectorName". Whatever its rule is called ("Secret Keyword", "Generic API Key"),
 * it is a credential written into the code.
 */
function isSecretScannerResult(fields: Fields): boolean {
  return fields.has("hashedsecret") || (fields.has("secret") && fields.has("entropy")) || fields.has("detectorname");
}

/** "flask 2.2.2"; "HtmlSanitizer:8.0.692" already names its version. */
function packageLabel(name: string, version: string | undefined): string {
  return version && !name.includes(version) ? `${name} ${version}` : name;
}

/** A package's name, written as a string or as an object's "name". */
function packageNameOf(node: JsonNode): string | undefined {
  const name = node.type === "object" ? stringOf(fieldsOf(node).get("name")?.node) : stringOf(node);
  return name && name.length <= 200 ? name : undefined;
}

function firstOf<T>(fields: Fields, keys: readonly string[], read: (node: JsonNode, name: string) => T | undefined): T | undefined {
  for (const key of keys) {
    const field = fields.get(key);
    const value = field && read(field.node, key);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** "impact" is prose in most reports, but some use it as the rating ("impact": "High"). */
function readSeverity(fields: Fields): string | undefined {
  const severity = firstOf(fields, SEVERITY_KEYS, (node, key) => (key === "priority" ? priorityOf(node) : undefined) ?? stringOf(node) ?? numberOf(node)?.toString());
  if (severity !== undefined) return severity;
  const impact = stringOf(fields.get("impact")?.node);
  return impact && SEVERITY_WORDS.has(impact.toLowerCase()) ? impact : undefined;
}

/**
 * A numbered priority is a rank, 1 first, not a score out of ten: PMD's 1-5 (3 is "medium"),
 * SpotBugs' 1-3, a tracker's P1.
 */
function priorityOf(node: JsonNode): string | undefined {
  const text = stringOf(node);
  const rank = numberOf(node) ?? (text && /^P?[1-5]$/i.test(text) ? Number(text.replace(/^P/i, "")) : undefined);
  if (rank === undefined || !Number.isInteger(rank) || rank < 1 || rank > 5) return undefined;
  return rank === 1 ? "high" : rank <= 3 ? "medium" : "low";
}

function readScore(fields: Fields): number | undefined {
  return firstOf(fields, SCORE_KEYS, (node) => {
    const text = stringOf(node);
    const score = numberOf(node) ?? (text && /^\d{1,2}(\.\d+)?$/.test(text) ? Number(text) : undefined);
    return score !== undefined && score >= 0 && score <= 10 ? score : undefined;
  });
}

/** Bare numbers become "CWE-89"; anything else with a number in it is passed on as written. */
function cweOf(node: JsonNode): string | undefined {
  if (node.type === "array") return (node.children ?? []).map(cweOf).find(isDefined);
  // Bandit's "issue_cwe": {"id": 78, "link": ...}, gosec's "cwe": {"id": "22", ...}
  if (node.type === "object") return firstOf(fieldsOf(node), ["id", "cweid"], cweOf);
  const number = numberOf(node);
  if (number !== undefined) return Number.isInteger(number) && number > 0 ? `CWE-${number}` : undefined;
  const text = stringOf(node);
  if (!text || !/\d/.test(text)) return undefined;
  return /^\d+$/.test(text) ? `CWE-${text}` : text;
}

interface Location {
  path?: string;
  lines?: string | LineRange[];
}

/** Explicit line fields beat a location field, which beats a "file.py:48" suffix. */
function readLocation(fields: Fields): Location {
  const fromPath = firstOf(fields, PATH_KEYS, (node) => pathFieldOf(node)) ?? firstOf(fields, COMPONENT_KEYS, componentPathOf);
  const fromLocation = firstOf(fields, LOCATION_KEYS, (node) => locationOf(node));
  // A start and an end say more than one line: RuboCop gives "line" beside "start_line" and "last_line".
  const lines = startEndOf(fields) ?? firstOf(fields, LINE_KEYS, linesOf) ?? fromLocation?.lines ?? fromPath?.lines;
  const path = fromPath?.path ?? fromLocation?.path;
  return { ...(path !== undefined && { path }), ...(lines !== undefined && { lines }) };
}

function pathFieldOf(node: JsonNode): Location | undefined {
  const text = stringOf(node);
  return text ? (splitPathAndLines(text) ?? { path: text }) : undefined;
}

function componentPathOf(node: JsonNode): Location | undefined {
  const text = stringOf(node)?.replace(PROJECT_KEY, "");
  return text && looksLikePath(text) ? { path: text } : undefined;
}

/** A SonarQube component's project key before the file: "shop-api:" in "shop-api:src/auth.js". */
const PROJECT_KEY = /^[\w.-]{2,100}:(?=[^:\\]+$)/;

function locationOf(node: JsonNode): Location | undefined {
  if (node.type === "object") return readLocation(fieldsOf(node));
  if (node.type === "array") return (node.children ?? []).map(locationOf).find(isDefined);
  const text = stringOf(node);
  if (!text) {
    const lines = linesOf(node, "location");
    return lines ? { lines } : undefined;
  }
  const split = splitPathAndLines(text);
  if (split) return split;
  if (looksLikePath(text)) return { path: text };
  return /\d/.test(text) ? { lines: text } : undefined;
}

function splitPathAndLines(text: string): Location | undefined {
  if (text.length > MAX_PATTERN_INPUT) return undefined;
  const match = /^(.+?):(L?\d+(?:\s*-\s*L?\d+)?)(?::\d+)?$/i.exec(text);
  return match && looksLikePath(match[1]) ? { path: match[1], lines: match[2] } : undefined;
}

function looksLikePath(text: string): boolean {
  if (text.length > MAX_PATTERN_INPUT || /\s/.test(text)) return false;
  return text.includes("/") || text.includes("\\") || /\.[A-Za-z][A-Za-z0-9]{0,9}$/.test(text);
}

/** Strings go on as written for normalization to parse; numbers become ranges here. */
function linesOf(node: JsonNode, name: string): string | LineRange[] | undefined {
  if (node.type === "array") return arrayLinesOf(node, name);
  if (node.type === "object") return optionalRanges(rangeOf(fieldsOf(node)));
  const line = lineNumberOf(node);
  if (line !== undefined) return [{ start: line, end: line }];
  const text = stringOf(node);
  return text && /\d/.test(text) ? text : undefined;
}

/**
 * `[48, 50]` lists two lines, except under a "range" key, where it is a start and an end: LLMs
 * asked for affected lines list them one by one.
 */
function arrayLinesOf(node: JsonNode, name: string): string | LineRange[] | undefined {
  const items = node.children ?? [];
  const numbers = items.map(lineNumberOf);
  if (name.includes("range") && items.length === 2 && numbers.every(isDefined)) {
    return [orderedRange(numbers[0], numbers[1])];
  }
  const ranges = [
    ...mergeLines(numbers.filter(isDefined)),
    ...items.filter((i) => i.type === "object").map((i) => rangeOf(fieldsOf(i))).filter(isDefined),
  ];
  if (ranges.length > 0) return ranges;
  const texts = items.map(stringOf).filter(isDefined);
  return texts.length > 0 ? texts.join(", ") : undefined;
}

function startEndOf(fields: Fields): LineRange[] | undefined {
  if (fields.has("startline") || fields.has("linestart") || fields.has("beginline")) return optionalRanges(rangeOf(fields));
  // Semgrep's "start": {"line": 31, "col": 5}, "end": {"line": 32, ...}; SpotBugs' start="45" end="45".
  const start = lineInside(fields.get("start")?.node);
  if (start === undefined) return undefined;
  return [orderedRange(start, lineInside(fields.get("end")?.node) ?? start)];
}

function lineInside(node: JsonNode | undefined): number | undefined {
  return node?.type === "object" ? firstOf(fieldsOf(node), ["line", "row"], lineNumberOf) : node?.type === "number" ? lineNumberOf(node) : undefined;
}

function rangeOf(fields: Fields): LineRange | undefined {
  const start = firstOf(fields, RANGE_START_KEYS, lineNumberOf) ?? firstOf(fields, ["line"], lineNumberOf);
  if (start === undefined) return undefined;
  return orderedRange(start, firstOf(fields, RANGE_END_KEYS, lineNumberOf) ?? start);
}

function optionalRanges(range: LineRange | undefined): LineRange[] | undefined {
  return range && [range];
}

function orderedRange(a: number, b: number): LineRange {
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

function lineNumberOf(node: JsonNode): number | undefined {
  const number = numberOf(node);
  return number !== undefined && Number.isInteger(number) && number > 0 ? number : undefined;
}

function mergeLines(lines: number[]): LineRange[] {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: LineRange[] = [];
  for (const line of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && line === last.end + 1) last.end = line;
    else ranges.push({ start: line, end: line });
  }
  return ranges;
}

function readSymbols(fields: Fields): string[] {
  const symbols = new Set<string>();
  for (const key of SYMBOL_KEYS) {
    const node = fields.get(key)?.node;
    const texts = node?.type === "array" ? (node.children ?? []).map(stringOf) : [stringOf(node)];
    for (const text of texts.filter(isDefined)) {
      for (const part of text.split(",")) {
        const identifier = identifierOf(part);
        if (identifier) symbols.add(identifier);
      }
    }
  }
  return [...symbols];
}

/**
 * hadolint's and ShellCheck's "code" is their rule ("DL3007", "SC2086", 2086), where Bandit's
 * and gosec's is the code they flagged.
 */
function ruleCodeOf(node: JsonNode): string | undefined {
  const number = numberOf(node);
  if (number !== undefined) return Number.isInteger(number) && number >= 1000 && number < 10000 ? `SC${number}` : undefined;
  const text = stringOf(node);
  return text !== undefined && /^[A-Z]{1,6}-?\d{2,6}$/.test(text) ? text : undefined;
}

function quotedCodeSymbols(fields: Fields, line: number | undefined): string[] {
  const code = firstOf(fields, CODE_KEYS, (node) => stringOf(node));
  return code === undefined ? [] : symbolsOfFlaggedCode(code, line);
}

function firstLineOf(lines: string | LineRange[] | undefined): number | undefined {
  if (Array.isArray(lines)) return lines[0]?.start;
  const first = lines === undefined ? null : /\d+/.exec(lines);
  return first ? Number(first[0]) : undefined;
}

/** "login", "Auth.login()", "Db::query(sql)" → the name; prose ("the login form") → nothing. */
function identifierOf(text: string): string | undefined {
  const trimmed = text.trim();
  const paren = trimmed.indexOf("(");
  const name = paren > 0 && trimmed.endsWith(")") ? trimmed.slice(0, paren) : trimmed;
  if (name.length > 200) return undefined;
  return /^[A-Za-z_$][\w$]*(?:(?:\.|::|#|->)[A-Za-z_$][\w$]*)*$/.test(name) ? name : undefined;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
