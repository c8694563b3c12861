import type { Node as JsonNode } from "jsonc-parser";
import type { RawFinding } from "../findings/types";
import { fieldOf, fieldsOf, numberOf, objectsUnder, spanOf, stringOf } from "./jsonFields";

/**
 * Fortify SCA's FVDL (the XML inside an .fpr), as xmlTree turns it into a tree: each
 * `<Vulnerability>` has its class (`<ClassInfo><Type>` and `<Subtype>`, the category a user sees,
 * "SQL Injection"), its instance's severity on Fortify's 0-5 scale, and its analysis, whose
 * `<LocationDef key="PrimaryLocation" path=... line=...>` is where the finding is (the trace around
 * it is how the data got there). `<Def key="EnclosingFunction.name">` and the call it flags name
 * the code.
 *
 * Null when the document is not an FVDL.
 */
export function readFvdlReport(root: JsonNode, base: number): RawFinding[] | null {
  if (root.type !== "object") return null;
  const vulnerabilities = fieldsOf(root).get("vulnerabilities")?.node;
  const entries = vulnerabilities?.type === "array" ? (vulnerabilities.children ?? []) : [];
  if (entries.length === 0 || !entries.every((v) => v.type === "object" && fieldsOf(v).has("classinfos"))) return null;
  return entries.map((v) => vulnerabilityFinding(v, base));
}

function vulnerabilityFinding(vulnerability: JsonNode, base: number): RawFinding {
  const classInfo = first(fieldsOf(vulnerability).get("classinfos")?.node);
  const instance = first(fieldsOf(vulnerability).get("instanceinfos")?.node);
  const type = text(classInfo, "type") ?? "Fortify finding";
  const subtype = text(classInfo, "subtype");
  const title = subtype ? `${type}: ${subtype}` : type;
  const kingdom = text(classInfo, "kingdom");
  const defs = new Map(objectsUnder(vulnerability).flatMap((o) => (text(o, "key") && fieldsOf(o).has("value") ? [[text(o, "key")!, valueText(o)] as const] : [])));
  const primary = objectsUnder(vulnerability).find((o) => text(o, "key") === "PrimaryLocation" && text(o, "path"));
  const path = primary && text(primary, "path");
  const start = primary && numberOf(fieldsOf(primary).get("line")?.node);
  const end = primary && numberOf(fieldsOf(primary).get("lineend")?.node);
  const symbols = [defs.get("EnclosingFunction.name"), defs.get("PrimaryCall.name"), defs.get("SourceFunction")].filter((s): s is string => !!s);
  const severity = severityOf(numberOf(fieldsOf(instance ?? vulnerability).get("instanceseverity")?.node) ?? Number(text(instance, "instanceseverity")));
  const ruleId = text(classInfo, "classid");
  return {
    title,
    body: [title, kingdom && `Kingdom: ${kingdom}`, defs.get("EnclosingFunction.name") && `In ${defs.get("EnclosingFunction.name")}`].filter(Boolean).join("\n"),
    span: spanOf(vulnerability, base),
    hints: {
      ...(severity && { severity }),
      ...(path && { path }),
      ...(start !== undefined && { lines: [{ start, end: end !== undefined && end >= start ? end : start }] }),
      ...(symbols.length > 0 && { symbols: [...new Set(symbols)] }),
      ...(ruleId && { ruleId }),
    },
  };
}

/** Fortify's instance severity, 0-5. */
function severityOf(score: number | undefined): string | undefined {
  if (score === undefined || !Number.isFinite(score)) return undefined;
  return score >= 4.5 ? "critical" : score >= 3.5 ? "high" : score >= 2.5 ? "medium" : score >= 1.5 ? "low" : "info";
}

function first(node: JsonNode | undefined): JsonNode | undefined {
  return node?.type === "array" ? node.children?.[0] : node;
}

function text(node: JsonNode | undefined, name: string): string | undefined {
  return stringOf(fieldOf(node, name));
}

function valueText(node: JsonNode): string | undefined {
  const value = fieldsOf(node).get("value")?.node;
  return stringOf(value) ?? numberOf(value)?.toString();
}
