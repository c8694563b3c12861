// SARIF 2.1.0 logs → RawFindings. Every value in a log is untrusted: SARIF writers get it wrong in
// every way the schema allows and some it does not, so values are narrowed from `unknown` before
// use, and a log we cannot read becomes a ReportError, never a crash.

import { visit, type JSONPath, type ParseError } from "jsonc-parser";
import type {
  Artifact,
  ArtifactContent,
  ArtifactLocation,
  Invocation,
  Location,
  Log,
  Message,
  MultiformatMessageString,
  PhysicalLocation,
  Region,
  ReportingConfiguration,
  ReportingDescriptor,
  ReportingDescriptorReference,
  ReportingDescriptorRelationship,
  Result,
  Run,
  Tool,
  ToolComponent,
  ToolComponentReference,
} from "sarif";
import type { FindingHints, LineRange, ParsedReport, RawFinding, Span } from "../findings/types";
import { ReportError } from "./errors";
import { symbolsOfFlaggedCode } from "../findings/flaggedCode";
import { lineAndColumn, parseProblem } from "./jsonParseErrors";

// ---------------------------------------------------------------------------------------------
// Narrowing untrusted JSON

/** A SARIF object as found in a log: the spec's property names, values not yet checked. */
type Untrusted<T> = { readonly [K in keyof T]?: unknown };
type PropertyBag = Readonly<Record<string, unknown>>;

function record<T = PropertyBag>(value: unknown): Untrusted<T> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Untrusted<T>)
    : undefined;
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function index(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** Own properties only: keys come from the log, and "constructor" must not find Object's. */
function ownValue(bag: PropertyBag | undefined, key: string): unknown {
  return bag !== undefined && Object.hasOwn(bag, key) ? bag[key] : undefined;
}

function describeJsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

// ---------------------------------------------------------------------------------------------
// Reading the JSON

/** The log as values, and where each result object sits in the text, by run. */
interface JsonDocument {
  value: unknown;
  resultSpans: readonly (readonly (Span | undefined)[] | undefined)[];
}


function parseJson(text: string): JsonDocument {
  // A byte-order mark is not JSON, but editors add one; a space keeps every offset where it was.
  const source = text.startsWith("\uFEFF") ? ` ${text.slice(1)}` : text;
  if (source.trim() === "") throw new ReportError("malformed SARIF: the file is empty");
  const scan = scanWithinStack(source);
  if (scan.error) throw new ReportError(`malformed SARIF: ${describeParseError(source, scan.error)}`);
  // The scan gives offsets; JSON.parse gives values with JSON's own rules (last duplicate key wins,
  // "__proto__" is an ordinary key), and catches anything the lenient scanner let through.
  try {
    return { value: JSON.parse(source), resultSpans: scan.resultSpans };
  } catch (error) {
    throw new ReportError(`malformed SARIF: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function scanWithinStack(source: string): JsonScan {
  try {
    return scanJson(source);
  } catch (error) {
    // jsonc-parser recurses once per nesting level; absurd nesting exhausts the stack.
    if (error instanceof RangeError) throw new ReportError("malformed SARIF: JSON nested too deeply to read");
    throw error;
  }
}

interface JsonScan {
  error: ParseError | undefined;
  resultSpans: (Span | undefined)[][];
}

// Containers open around a result object: the log, runs, a run, its results.
const RESULT_DEPTH = 4;

/**
 * One streaming pass that finds syntax errors and the spans of runs[i].results[j]. A full parse
 * tree would do, but it allocates a node per value and costs several times as long on big logs.
 */
function scanJson(source: string): JsonScan {
  const resultSpans: (Span | undefined)[][] = [];
  let error: ParseError | undefined;
  let depth = 0;
  let openResult: { run: number; index: number; start: number } | undefined;
  visit(
    source,
    {
      onObjectBegin: (offset, _length, _line, _column, pathSupplier) => {
        if (depth === RESULT_DEPTH) openResult = resultAt(pathSupplier(), offset);
        depth += 1;
      },
      onObjectEnd: (offset, length) => {
        depth -= 1;
        if (depth !== RESULT_DEPTH || openResult === undefined) return;
        (resultSpans[openResult.run] ??= [])[openResult.index] = { start: openResult.start, end: offset + length };
        openResult = undefined;
      },
      onArrayBegin: (_offset, _length, _line, _column, pathSupplier) => {
        // A repeated "runs" or "results" key replaces the earlier one, as in JSON.parse.
        if (depth === 1 && pathSupplier()[0] === "runs") resultSpans.length = 0;
        if (depth === RESULT_DEPTH - 1) {
          const path = pathSupplier();
          if (path[0] === "runs" && typeof path[1] === "number" && path[2] === "results") resultSpans[path[1]] = [];
        }
        depth += 1;
      },
      onArrayEnd: () => {
        depth -= 1;
      },
      onError: (code, offset, length) => {
        error ??= { error: code, offset, length };
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return { error, resultSpans };
}

function resultAt(path: JSONPath, start: number): { run: number; index: number; start: number } | undefined {
  const [runs, run, results, index] = path;
  const isResult = runs === "runs" && results === "results" && typeof run === "number" && typeof index === "number";
  return isResult ? { run, index, start } : undefined;
}

function describeParseError(source: string, error: ParseError): string {
  const { name, problem } = parseProblem(error.error);
  const where = lineAndColumn(source, error.offset);
  if (error.offset >= source.trimEnd().length) {
    const at = `at offset ${error.offset} (line ${where.line})`;
    return `unexpected end of input (${problem}) ${at}; the file may be truncated`;
  }
  const found = name === "InvalidSymbol" ? ` ${JSON.stringify(source.slice(error.offset, error.offset + 1))}` : "";
  return `${problem}${found} at offset ${error.offset} (line ${where.line}, column ${where.column})`;
}


// ---------------------------------------------------------------------------------------------
// The log

/** Cheap sniff on the start of a file: a JSON object that names a SARIF schema or has "runs". */
export function looksLikeSarif(text: string): boolean {
  const head = text.slice(0, 64 * 1024).replace(/^\uFEFF/, "").trimStart();
  if (!head.startsWith("{")) return false;
  return /"\$schema"\s*:\s*"[^"]*sarif/i.test(head) || /"runs"\s*:\s*\[/.test(head);
}

export function parseSarifReport(text: string): ParsedReport {
  const document = parseJson(text);
  const warnings: string[] = [];
  const runs = sarifRuns(document.value, warnings);
  const tally = new SkipTally();
  const findings: RawFinding[] = [];
  runs.forEach((run, i) => {
    // One at a time: push(...found) on a huge run would overflow the argument stack.
    for (const finding of parseRun(run, i, document.resultSpans[i] ?? [], tally, warnings)) findings.push(finding);
  });
  warnings.push(...tally.warnings());
  return { format: "sarif", verdict: findings.length > 0 ? "findings" : "no-issues", findings, warnings };
}

function sarifRuns(value: unknown, warnings: string[]): readonly unknown[] {
  const log = record<Log>(value);
  if (log === undefined) {
    const found = describeJsonType(value);
    throw new ReportError(`not a SARIF log: the file is ${found}, not a JSON object with a "runs" array`);
  }
  rejectSarif1(log);
  if (log.runs === undefined) throw new ReportError('not a SARIF log: the JSON object has no "runs" array');
  if (!Array.isArray(log.runs)) {
    throw new ReportError(`not a SARIF log: "runs" should be an array but is ${describeJsonType(log.runs)}`);
  }
  if (typeof log.version === "string" && log.version !== "2.1.0") {
    warnings.push(`SARIF version ${log.version} read as 2.1.0`);
  }
  return log.runs;
}

function rejectSarif1(log: Untrusted<Log>): void {
  const version = typeof log.version === "string" ? log.version.trim() : undefined;
  if (version !== undefined && /^1(\.|$)/.test(version)) {
    throw new ReportError(`unsupported SARIF version ${version}; Quorum reads SARIF 2.1.0`);
  }
  // Without a version, 1.x still shows in its shape: the tool is named directly, with no driver.
  const tool = record<Tool>(record<Run>(list(log.runs)[0])?.tool);
  if (version === undefined && tool !== undefined && tool.driver === undefined && "name" in tool) {
    throw new ReportError("unsupported SARIF version 1.x (tool.name without tool.driver); Quorum reads SARIF 2.1.0");
  }
}

// ---------------------------------------------------------------------------------------------
// Runs and their rules

interface RuleSet {
  component: Untrusted<ToolComponent> | undefined;
  rules: readonly (Untrusted<ReportingDescriptor> | undefined)[];
  byId: ReadonlyMap<string, Untrusted<ReportingDescriptor>>;
}

interface RunContext {
  driver: RuleSet;
  extensions: readonly RuleSet[];
  taxonomies: readonly (Untrusted<ToolComponent> | undefined)[];
  artifacts: readonly unknown[];
}

function parseRun(
  value: unknown,
  runIndex: number,
  spans: readonly (Span | undefined)[],
  tally: SkipTally,
  warnings: string[],
): RawFinding[] {
  const run = record<Run>(value);
  const label = `run ${runIndex + 1}`;
  if (run === undefined) {
    warnings.push(`${label} is ${describeJsonType(value)}, not a run object; skipped`);
    return [];
  }
  const context = runContext(run);
  const tool = nonEmptyString(context.driver.component?.name);
  const named = tool ? `${label} (${tool})` : label;
  warnings.push(...runHealthWarnings(run, named));
  const findings: RawFinding[] = [];
  list(run.results).forEach((result, i) => {
    const finding = parseResult(result, spans[i], context, tally);
    if (finding) findings.push(finding);
  });
  return findings;
}

function runHealthWarnings(run: Untrusted<Run>, named: string): string[] {
  const warnings: string[] = [];
  if (run.results === undefined) {
    warnings.push(`${named} has no results list; the tool may not have completed its analysis`);
  } else if (!Array.isArray(run.results)) {
    warnings.push(`${named}: "results" is ${describeJsonType(run.results)}, not an array; skipped`);
  }
  const failed = list(run.invocations).some(
    (invocation) => record<Invocation>(invocation)?.executionSuccessful === false,
  );
  if (failed) warnings.push(`${named}: the tool reported that its execution did not succeed`);
  return warnings;
}

function runContext(run: Untrusted<Run>): RunContext {
  const tool = record<Tool>(run.tool);
  return {
    driver: indexRules(record<ToolComponent>(tool?.driver)),
    extensions: list(tool?.extensions).map((extension) => indexRules(record<ToolComponent>(extension))),
    taxonomies: list(run.taxonomies).map((taxonomy) => record<ToolComponent>(taxonomy)),
    artifacts: list(run.artifacts),
  };
}

/** Rules by position and by id, built once per component so each result's lookup is constant time. */
function indexRules(component: Untrusted<ToolComponent> | undefined): RuleSet {
  const rules = list(component?.rules).map((rule) => record<ReportingDescriptor>(rule));
  const byId = new Map<string, Untrusted<ReportingDescriptor>>();
  for (const rule of rules) {
    const id = nonEmptyString(rule?.id);
    // The first definition wins, as an index would find it.
    if (rule && id !== undefined && !byId.has(id)) byId.set(id, rule);
  }
  return { component, rules, byId };
}

interface ResolvedRule {
  rule: Untrusted<ReportingDescriptor>;
  set: RuleSet;
}

function resolveRule(result: Untrusted<Result>, run: RunContext): ResolvedRule | undefined {
  const reference = record<ReportingDescriptorReference>(result.rule);
  const home = reference?.toolComponent === undefined
    ? run.driver
    : extensionByReference(reference.toolComponent, run.extensions);
  const position = index(reference?.index) ?? index(result.ruleIndex);
  const byPosition = position === undefined ? undefined : home?.rules[position];
  if (home && byPosition) return { rule: byPosition, set: home };
  const id = nonEmptyString(reference?.id) ?? nonEmptyString(result.ruleId);
  if (id === undefined) return undefined;
  // Tools that ship rules in extensions do not always say so: the home component is only the first
  // place to look.
  const candidates = home ? [home, run.driver, ...run.extensions] : [run.driver, ...run.extensions];
  for (const set of candidates) {
    const rule = ruleById(set, id);
    if (rule) return { rule, set };
  }
  return undefined;
}

function ruleById(set: RuleSet, id: string): Untrusted<ReportingDescriptor> | undefined {
  // A ruleId may be hierarchical ("CA2101/1", SARIF §3.27.5); the rule is its first component.
  const slash = id.indexOf("/");
  return set.byId.get(id) ?? (slash > 0 ? set.byId.get(id.slice(0, slash)) : undefined);
}

function extensionByReference(reference: unknown, extensions: readonly RuleSet[]): RuleSet | undefined {
  const ref = record<ToolComponentReference>(reference);
  if (ref === undefined) return undefined;
  const position = index(ref.index);
  if (position !== undefined) return extensions[position];
  return extensions.find((set) => sameComponent(ref, set.component));
}

function sameComponent(
  ref: Untrusted<ToolComponentReference>,
  component: Untrusted<ToolComponent> | undefined,
): boolean {
  const guid = nonEmptyString(ref.guid);
  if (guid !== undefined) return guid.toLowerCase() === String(component?.guid ?? "").toLowerCase();
  const name = nonEmptyString(ref.name);
  return name !== undefined && name === component?.name;
}

// ---------------------------------------------------------------------------------------------
// Results

const NOT_FINDINGS = new Set(["pass", "notApplicable", "informational"]);
const FINDING_KINDS = new Set(["fail", "open", "review"]);

/** Counts of results left out, so the user hears about them once per log rather than per result. */
class SkipTally {
  private readonly kinds = new Map<string, number>();
  private readonly unknownKinds = new Map<string, number>();
  private absent = 0;
  private notObjects = 0;
  private suppressed = 0;

  skippedKind(kind: string): void {
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
  }
  keptUnknownKind(kind: string): void {
    this.unknownKinds.set(kind, (this.unknownKinds.get(kind) ?? 0) + 1);
  }
  skippedAbsent(): void {
    this.absent += 1;
  }
  skippedNotObject(): void {
    this.notObjects += 1;
  }
  keptSuppressed(): void {
    this.suppressed += 1;
  }

  warnings(): string[] {
    const warnings = [...this.kinds].map(([kind, n]) => `${countResults(n)} of kind ${kind} skipped`);
    for (const [kind, n] of this.unknownKinds) {
      warnings.push(`${countResults(n)} of unknown kind "${kind}" kept as findings`);
    }
    if (this.absent > 0) warnings.push(`${countResults(this.absent)} with baselineState absent skipped`);
    if (this.notObjects > 0) warnings.push(`${countResults(this.notObjects)} that are not JSON objects skipped`);
    if (this.suppressed > 0) {
      const are = this.suppressed === 1 ? "finding is" : "findings are";
      warnings.push(`${this.suppressed} ${are} marked suppressed in the log`);
    }
    return warnings;
  }
}

function countResults(n: number): string {
  return `${n} result${n === 1 ? "" : "s"}`;
}

function parseResult(
  value: unknown,
  span: Span | undefined,
  run: RunContext,
  tally: SkipTally,
): RawFinding | undefined {
  const result = record<Result>(value);
  if (result === undefined) {
    tally.skippedNotObject();
    return undefined;
  }
  if (span === undefined) throw new Error("sarif: the scan found no span for a result object");
  if (!countsAsFinding(result, tally)) return undefined;
  if (list(result.suppressions).length > 0) tally.keptSuppressed();

  const resolved = resolveRule(result, run);
  const rule = resolved?.rule;
  const ruleId = nonEmptyString(result.ruleId) ?? nonEmptyString(record(result.rule)?.id) ?? nonEmptyString(rule?.id);
  const message = messageText(result.message, resolved);
  const title = findingTitle(rule, message, ruleId);
  return {
    title,
    body: findingBody(message, rule, title),
    span,
    hints: findingHints(result, rule, ruleId, run),
  };
}

function countsAsFinding(result: Untrusted<Result>, tally: SkipTally): boolean {
  const kind = typeof result.kind === "string" ? result.kind : undefined;
  if (kind !== undefined && NOT_FINDINGS.has(kind)) {
    tally.skippedKind(kind);
    return false;
  }
  if (result.baselineState === "absent") {
    // The result was in the baseline and is gone from this scan: it is fixed, not found.
    tally.skippedAbsent();
    return false;
  }
  // Better an odd extra finding than a real one lost to a misspelled kind.
  if (kind !== undefined && !FINDING_KINDS.has(kind)) tally.keptUnknownKind(kind);
  return true;
}

function findingHints(
  result: Untrusted<Result>,
  rule: Untrusted<ReportingDescriptor> | undefined,
  ruleId: string | undefined,
  run: RunContext,
): FindingHints {
  const severity = severityOf(result, rule);
  const locations = list(result.locations);
  const lines = lineRangeOf(locations);
  const hints: FindingHints = {
    ruleId,
    severity,
    severityScore: securitySeverity(result, rule),
    cwe: cweOfResult(result, run) ?? cweOfRule(rule, run),
    lines: lines ? [lines] : undefined,
    path: pathOf(locations, run),
    symbols: snippetSymbols(locations),
    stance: severity === "error" ? "vulnerability" : undefined,
  };
  return dropUndefined(hints);
}

function dropUndefined(hints: FindingHints): FindingHints {
  return Object.fromEntries(Object.entries(hints).filter(([, v]) => v !== undefined)) as FindingHints;
}

// ---------------------------------------------------------------------------------------------
// Severity

function severityOf(result: Untrusted<Result>, rule: Untrusted<ReportingDescriptor> | undefined): string {
  // Unknown level words pass through: "high" from a sloppy tool still tells normalization something.
  const level = nonEmptyString(result.level);
  if (level !== undefined) return level.trim().toLowerCase();
  // SARIF §3.27.10: a result that is not a failure has no severity unless it says so.
  if (result.kind === "open" || result.kind === "review") return "none";
  const configured = nonEmptyString(record<ReportingConfiguration>(rule?.defaultConfiguration)?.level);
  return configured?.trim().toLowerCase() ?? "warning";
}

function securitySeverity(
  result: Untrusted<Result>,
  rule: Untrusted<ReportingDescriptor> | undefined,
): number | undefined {
  return (
    scoreOf(ownValue(record(result.properties), "security-severity")) ??
    scoreOf(ownValue(record(rule?.properties), "security-severity"))
  );
}

function scoreOf(value: unknown): number | undefined {
  // Some tools write a word here ("MEDIUM"); only a 0-10 number is a score.
  const numeric = typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value);
  const n = typeof value === "number" ? value : numeric ? Number(value) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= 10 ? n : undefined;
}

// ---------------------------------------------------------------------------------------------
// CWE

// "CWE-79", "cwe_79", "CWE-79: Improper Neutralization…", "external/cwe/cwe-079".
const CWE_TEXT = /^\s*(?:[^\s/]*\/)*cwe[\s_:-]*0*([1-9]\d{0,5})(?!\d)/i;
const BARE_NUMBER = /^\s*0*([1-9]\d{0,5})\s*$/;
const CWE_KEY = /^cwes?(?:[_-]?ids?)?$/i;

/** A CWE id from text, or from a bare number where the context says it is one (a taxon id, a "cwe" key). */
function cweId(value: unknown, bareNumberIsCwe: boolean): string | undefined {
  if (Array.isArray(value)) return firstDefined(value, (item) => cweId(item, bareNumberIsCwe));
  if (typeof value === "number") {
    return bareNumberIsCwe && Number.isInteger(value) && value > 0 ? `CWE-${value}` : undefined;
  }
  if (typeof value !== "string") return undefined;
  const match = CWE_TEXT.exec(value) ?? (bareNumberIsCwe ? BARE_NUMBER.exec(value) : null);
  return match ? `CWE-${match[1]}` : undefined;
}

function cweOfProperties(properties: unknown): { fromKey?: string; fromTags?: string } {
  const bag = record(properties);
  if (bag === undefined) return {};
  const key = Object.keys(bag).find((k) => CWE_KEY.test(k));
  return {
    fromKey: key === undefined ? undefined : cweId(bag[key], true),
    fromTags: firstDefined(list(ownValue(bag, "tags")), (tag) => cweId(tag, false)),
  };
}

function cweOfResult(result: Untrusted<Result>, run: RunContext): string | undefined {
  const { fromKey, fromTags } = cweOfProperties(result.properties);
  return fromKey ?? fromTags ?? firstDefined(list(result.taxa), (taxon) => cweOfTaxonReference(taxon, run));
}

function cweOfRule(rule: Untrusted<ReportingDescriptor> | undefined, run: RunContext): string | undefined {
  if (rule === undefined) return undefined;
  const { fromKey, fromTags } = cweOfProperties(rule.properties);
  return (
    fromTags ??
    fromKey ??
    firstDefined(list(rule.relationships), (relationship) =>
      cweOfTaxonReference(record<ReportingDescriptorRelationship>(relationship)?.target, run),
    )
  );
}

/** The CWE id a result's taxon or a rule's relationship points at, if its taxonomy is CWE. */
function cweOfTaxonReference(reference: unknown, run: RunContext): string | undefined {
  const ref = record<ReportingDescriptorReference>(reference);
  const componentRef = record<ToolComponentReference>(ref?.toolComponent);
  if (ref === undefined || componentRef === undefined) return undefined;
  const taxonomy = taxonomyByReference(componentRef, run);
  const name = nonEmptyString(taxonomy?.name) ?? nonEmptyString(componentRef.name);
  if (name === undefined || !/cwe/i.test(name)) return undefined;
  const position = index(ref.index);
  const taxon = position === undefined ? undefined : record<ReportingDescriptor>(list(taxonomy?.taxa)[position]);
  return cweId(ref.id, true) ?? cweId(taxon?.id, true);
}

function taxonomyByReference(
  ref: Untrusted<ToolComponentReference>,
  run: RunContext,
): Untrusted<ToolComponent> | undefined {
  const position = index(ref.index);
  if (position !== undefined) return run.taxonomies[position];
  return run.taxonomies.find((taxonomy) => sameComponent(ref, taxonomy));
}

// ---------------------------------------------------------------------------------------------
// Locations

function lineRangeOf(locations: readonly unknown[]): LineRange | undefined {
  return firstDefined(locations, (location) => {
    const region = record<Region>(physicalLocationOf(location)?.region);
    const start = region?.startLine;
    if (typeof start !== "number" || !Number.isFinite(start)) return undefined;
    const end = region?.endLine;
    return { start, end: typeof end === "number" && end >= start ? end : start };
  });
}

/** Names in the code the result's region quotes (§3.30.13 snippet), the flagged code itself. */
function snippetSymbols(locations: readonly unknown[]): string[] | undefined {
  const snippet = firstDefined(locations, (location) => {
    const region = record<Region>(physicalLocationOf(location)?.region);
    return nonEmptyString(record<ArtifactContent>(region?.snippet)?.text);
  });
  const symbols = snippet === undefined ? [] : symbolsOfFlaggedCode(snippet);
  return symbols.length > 0 ? symbols : undefined;
}

function pathOf(locations: readonly unknown[], run: RunContext): string | undefined {
  return firstDefined(locations, (location) => {
    const artifactLocation = record<ArtifactLocation>(physicalLocationOf(location)?.artifactLocation);
    return nonEmptyString(artifactLocation?.uri) ?? artifactUri(artifactLocation?.index, run);
  });
}

function artifactUri(position: unknown, run: RunContext): string | undefined {
  const i = index(position);
  const artifact = i === undefined ? undefined : record<Artifact>(run.artifacts[i]);
  return nonEmptyString(record<ArtifactLocation>(artifact?.location)?.uri);
}

function physicalLocationOf(location: unknown): Untrusted<PhysicalLocation> | undefined {
  return record<PhysicalLocation>(record<Location>(location)?.physicalLocation);
}

// ---------------------------------------------------------------------------------------------
// Text: message, title, body

function textOf(message: unknown): string | undefined {
  const m = record<MultiformatMessageString>(message);
  return nonEmptyString(m?.text) ?? nonEmptyString(m?.markdown);
}

function messageText(message: unknown, resolved: ResolvedRule | undefined): string {
  const m = record<Message>(message);
  if (m === undefined) return "";
  const template = nonEmptyString(m.text) ?? messageString(m.id, resolved) ?? nonEmptyString(m.markdown) ?? "";
  const filled = Array.isArray(m.arguments) ? fillPlaceholders(template, m.arguments) : template;
  return withoutLocationLinks(filled).trim();
}

/** A message given by id: the rule's messageStrings first, then the component's global ones (§3.11.7). */
function messageString(id: unknown, resolved: ResolvedRule | undefined): string | undefined {
  const key = nonEmptyString(id);
  if (key === undefined || resolved === undefined) return undefined;
  return (
    textOf(ownValue(record(resolved.rule.messageStrings), key)) ??
    textOf(ownValue(record(resolved.set.component?.globalMessageStrings), key))
  );
}

function fillPlaceholders(template: string, args: readonly unknown[]): string {
  // "{{" and "}}" are literal braces in a message with placeholders (§3.11.5).
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, n: string | undefined) => {
    if (n === undefined) return match[0];
    const arg = args[Number(n)];
    return arg === undefined ? match : String(arg);
  });
}

/** "[user-provided value](1)" links point at relatedLocations by id; to a reader they are just the words. */
function withoutLocationLinks(text: string): string {
  return text
    .replace(/\[((?:[^[\]\\]|\\.)*)\]\(\d+\)/g, (_match, words: string) => words)
    .replace(/\\([[\]])/g, "$1");
}

const TITLE_MAX = 120;

function findingTitle(
  rule: Untrusted<ReportingDescriptor> | undefined,
  message: string,
  ruleId: string | undefined,
): string {
  const short = textOf(rule?.shortDescription)?.trim();
  const titleLike = short !== undefined && isTitleLike(short) ? short : undefined;
  // Names like "py/sql-injection" or "AndroidLogging" are identifiers, not titles.
  const name = nonEmptyString(rule?.name)?.trim();
  const proseName = name !== undefined && /\s/.test(name) ? name : undefined;
  // A short description written as a sentence ("Verifies caching controls are used.") describes the
  // check; a prose name beside it ("Anti-Caching Controls Missing") names the problem.
  const heading = titleLike !== undefined && !titleLike.endsWith(".") ? titleLike : undefined;
  const chosen =
    heading ??
    proseName ??
    titleLike ??
    firstSentence(message) ??
    (short === undefined ? undefined : firstSentence(short)) ??
    ruleId ??
    "SARIF result";
  return clip(chosen);
}

/**
 * Short descriptions are sometimes whole paragraphs; only a short single sentence reads as a title.
 * One word is a rule's name ("TaintedHeader", "ApplySharedPref"): the message says more.
 */
function isTitleLike(text: string): boolean {
  return text.length <= TITLE_MAX && !text.includes("\n") && /\s/.test(text) && firstSentence(text) === text;
}

function firstSentence(text: string): string | undefined {
  const line = text.split("\n").find((l) => l.trim() !== "")?.trim();
  if (line === undefined) return undefined;
  const end = /[.!?](?=\s|$)/.exec(line);
  return end ? line.slice(0, end.index + 1) : line;
}

function clip(text: string): string {
  const single = text.replace(/\s+/g, " ").trim().replace(/(?<!\.)\.$/, "");
  if (single.length <= TITLE_MAX) return single;
  const cut = single.lastIndexOf(" ", TITLE_MAX - 1);
  return `${single.slice(0, cut > TITLE_MAX / 2 ? cut : TITLE_MAX - 1)}…`;
}

function findingBody(message: string, rule: Untrusted<ReportingDescriptor> | undefined, title: string): string {
  const description = textOf(rule?.fullDescription)?.trim();
  if (message === "") return description ?? title;
  if (description === undefined || message.includes(description) || description.length > 1000) return message;
  if (description.includes(message)) return description;
  return `${message}\n\n${description}`;
}

// ---------------------------------------------------------------------------------------------

function firstDefined<T, U>(items: readonly T[], pick: (item: T) => U | undefined): U | undefined {
  for (const item of items) {
    const picked = pick(item);
    if (picked !== undefined) return picked;
  }
  return undefined;
}
