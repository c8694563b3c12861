import type { Node as JsonNode } from "jsonc-parser";
import type { RawFinding } from "../findings/types";
import { fieldOf, fieldsOf, firstSentence, numberOf, spanOf, stringOf, type Fields } from "./jsonFields";

/**
 * MobSF's static-analysis report (`/api/v1/report_json`): among dozens of sections about the app
 * (its permissions, strings, trackers), the findings are in two. `manifest_analysis.manifest_findings`
 * lists what the manifest allows (an exported provider, backups), each with its rule, title and
 * severity; `code_analysis.findings` files the code's rules under their ids, each with the files and
 * lines it fired on and its `metadata` (description, severity, CWE). A rule MobSF rates "secure" or
 * "good" is a check that passed, no finding.
 *
 * Null when the document is not MobSF's.
 */
export function readMobsfReport(root: JsonNode, base: number): RawFinding[] | null {
  if (root.type !== "object") return null;
  const fields = fieldsOf(root);
  const manifest = fieldOf(fields.get("manifestanalysis")?.node, "manifestfindings");
  const code = fieldOf(fields.get("codeanalysis")?.node, "findings");
  const transport = [fieldOf(fields.get("atsanalysis")?.node, "atsfindings"), fieldOf(fields.get("networksecurity")?.node, "networkfindings")];
  if (manifest?.type !== "array" && code?.type !== "object") return null;
  const findings = [
    ...(manifest?.type === "array" ? manifestFindings(manifest, base) : []),
    ...transport.flatMap((array) => (array?.type === "array" ? transportFindings(array, base) : [])),
    ...(code?.type === "object" ? codeFindings(code, base) : []),
  ];
  return findings;
}

/** Severities MobSF gives to checks that passed. */
const PASSED = new Set(["secure", "good"]);

/** A list of MobSF's entries, each with a severity, a title and a description: those that did not pass. */
function listedFindings(array: JsonNode, base: number, titleOf: (f: Fields, description: string | undefined) => string | undefined): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const entry of array.children ?? []) {
    if (entry.type !== "object") continue;
    const f = fieldsOf(entry);
    const severity = stringOf(f.get("severity")?.node);
    const description = stringOf(f.get("description")?.node);
    const title = titleOf(f, description);
    if (!title || (severity && PASSED.has(severity.toLowerCase()))) continue;
    findings.push({
      title,
      body: [title, description].filter(Boolean).join("\n"),
      span: spanOf(entry, base),
      hints: { ...(severity && { severity }), ...ruleOf(stringOf(f.get("rule")?.node)) },
    });
  }
  return findings;
}

/** The manifest's findings: "name" is the title without the HTML MobSF puts in "title" for its web page. */
function manifestFindings(array: JsonNode, base: number): RawFinding[] {
  return listedFindings(array, base, (f) => stringOf(f.get("name")?.node) ?? withoutTags(stringOf(f.get("title")?.node)));
}

/**
 * What an iOS app's App Transport Security settings (`ats_analysis.ats_findings`, titled by their
 * "issue") and an Android app's network security config (`network_security.network_findings`)
 * allow: cleartext traffic, exceptions for domains.
 */
function transportFindings(array: JsonNode, base: number): RawFinding[] {
  return listedFindings(array, base, (f, description) => stringOf(f.get("issue")?.node) ?? (description && firstSentence(description)));
}

function codeFindings(object: JsonNode, base: number): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? [];
    if (typeof key?.value !== "string" || value?.type !== "object") continue;
    const f = fieldsOf(value);
    const metadata = f.get("metadata")?.node;
    const m = metadata?.type === "object" ? fieldsOf(metadata) : new Map();
    const description = stringOf(m.get("description")?.node);
    const severity = stringOf(m.get("severity")?.node);
    if (!description || (severity && PASSED.has(severity.toLowerCase()))) continue;
    const place = firstPlace(f.get("files")?.node);
    const cwe = /\bCWE-\d{1,5}\b/i.exec(stringOf(m.get("cwe")?.node) ?? "")?.[0];
    const cvss = numberOf(m.get("cvss")?.node);
    findings.push({
      title: firstSentence(description),
      body: description,
      span: spanOf(property, base),
      hints: {
        ...(severity && { severity }),
        ...(cvss !== undefined && { severityScore: cvss }),
        ...(cwe && { cwe: cwe.toUpperCase() }),
        ...(place?.path && { path: place.path }),
        ...(place?.lines && { lines: place.lines }),
        ruleId: key.value,
      },
    });
  }
  return findings;
}

/** `"files": {"app/src/.../FieldNotes.kt": "36,135"}`: the first file the rule fired in, with its lines. */
function firstPlace(files: JsonNode | undefined): { path: string; lines?: string } | undefined {
  const property = files?.type === "object" ? files.children?.[0] : undefined;
  const [key, value] = property?.children ?? [];
  if (typeof key?.value !== "string") return undefined;
  const lines = stringOf(value);
  return { path: key.value, ...(lines && /^\d{1,6}(?:\s*,\s*\d{1,6})*$/.test(lines) && { lines }) };
}

function ruleOf(rule: string | undefined): { ruleId?: string } {
  return rule ? { ruleId: rule } : {};
}

function withoutTags(html: string | undefined): string | undefined {
  const plain = html?.replace(/<br\s*\/?>/gi, " ").replace(/<[^>]{0,200}>/g, "").replace(/\s+/g, " ").trim();
  return plain || undefined;
}
