import type { Node as JsonNode } from "jsonc-parser";
import type { RawFinding } from "../findings/types";
import { fieldOf as field, numberOf, spanOf, stringOf as text } from "./jsonFields";

/**
 * govulncheck's `-json` stream: records of one key each, `{"config"}`, `{"progress"}`, `{"osv": {...}}`
 * for every advisory it looked at, and `{"finding": {"osv": id, "trace": [...]}}` for what it found,
 * at the level of the module, the package, and the symbol your code calls. Only an advisory whose
 * vulnerable symbol your code reaches is a finding: govulncheck's own summary says the others are
 * imported "but your code doesn't appear to call" them. Each finding is told at its advisory (the
 * summary and details), placed at the call in your code that the trace ends in.
 *
 * Null when the records are not govulncheck's.
 */
export function readGovulncheckStream(root: JsonNode, base: number): RawFinding[] | null {
  const records = recordsOf(root);
  if (!records || !records.some((r) => r.key === "finding") || !records.some((r) => r.key === "osv")) return null;
  const advisories = new Map<string, JsonNode>();
  for (const record of records) {
    const id = record.key === "osv" ? text(field(record.value, "id")) : undefined;
    if (id) advisories.set(id, record.node);
  }
  const called = new Map<string, JsonNode[]>();
  for (const record of records.filter((r) => r.key === "finding")) {
    const id = text(field(record.value, "osv"));
    const trace = field(record.value, "trace")?.children ?? [];
    // The first frame is the vulnerable symbol: a function only when the scan reached it.
    if (id && text(field(trace[0], "function")) && !called.has(id)) called.set(id, trace);
  }
  const findings: RawFinding[] = [];
  for (const [id, trace] of called) {
    const record = advisories.get(id);
    if (record) findings.push(advisoryFinding(id, record, trace, base));
  }
  return findings;
}

interface StreamRecord {
  key: string;
  value: JsonNode;
  node: JsonNode;
}

/** An array of objects of one key each; null otherwise. */
function recordsOf(root: JsonNode): StreamRecord[] | null {
  if (root.type !== "array") return null;
  const records: StreamRecord[] = [];
  for (const node of root.children ?? []) {
    const property = node.type === "object" && node.children?.length === 1 ? node.children[0] : undefined;
    const [key, value] = property?.children ?? [];
    if (typeof key?.value !== "string" || !value) return null;
    records.push({ key: key.value, value, node });
  }
  return records;
}

function advisoryFinding(id: string, record: JsonNode, trace: JsonNode[], base: number): RawFinding {
  const osv = record.children?.[0]?.children?.[1];
  const summary = text(field(osv, "summary"));
  const details = text(field(osv, "details"));
  const aliases = (field(osv, "aliases")?.children ?? []).map(text).filter((a): a is string => a !== undefined);
  // The trace runs from the vulnerable symbol out to your entry point: the call into the vulnerable
  // module is the first placed frame outside it.
  const vulnerableModule = text(field(trace[0], "module"));
  const placed = trace.filter((frame) => field(frame, "position"));
  const callSite = placed.find((frame) => text(field(frame, "module")) !== vulnerableModule) ?? placed[placed.length - 1];
  const position = field(callSite, "position");
  const path = text(field(position, "filename"));
  const line = lineNumber(field(position, "line"));
  const symbols = trace.map(frameSymbol).filter((s): s is string => s !== undefined);
  const module = vulnerableModule;
  const title = summary ?? `${id} in ${module ?? "a dependency"}`;
  const body = [title, details, `Advisory: ${[id, ...aliases].join(", ")}`, module && `Module: ${module} ${text(field(trace[0], "version")) ?? ""}`.trim()]
    .filter(Boolean)
    .join("\n");
  return {
    title,
    body,
    span: spanOf(record, base),
    hints: {
      ruleId: id,
      ...(path && { path }),
      ...(line !== undefined && { lines: [{ start: line, end: line }] }),
      ...(symbols.length > 0 && { symbols: [...new Set(symbols)] }),
    },
  };
}

/** "MapClaims.VerifyAudience", "authenticate": a frame's function, with its receiver. */
function frameSymbol(frame: JsonNode): string | undefined {
  const fn = text(field(frame, "function"));
  const receiver = text(field(frame, "receiver"))?.replace(/^\*/, "");
  return fn && (receiver ? `${receiver}.${fn}` : fn);
}

/** A line number: a positive whole number. */
function lineNumber(node: JsonNode | undefined): number | undefined {
  const n = numberOf(node);
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}
