import type { Node as JsonNode } from "jsonc-parser";
import type { RawFinding } from "../findings/types";
import { fieldsOf, objectsUnder, spanOf, stringOf } from "./jsonFields";

/**
 * Polaris' audit (`polaris audit --format json`): for each resource, its checks keyed by id, each
 * `{"ID", "Message", "Success", "Severity", "Category"}`, at three levels (the resource, its pod,
 * each container). A check that passed says so in its message ("CPU requests are set"); one that
 * failed is a finding, named after the resource it is about.
 *
 * Null when the document is not Polaris'.
 */
export function readPolarisReport(root: JsonNode, base: number): RawFinding[] | null {
  if (root.type !== "object" || !fieldsOf(root).has("polarisoutputversion")) return null;
  const findings: RawFinding[] = [];
  const results = fieldsOf(root).get("results")?.node;
  for (const resource of results?.type === "array" ? (results.children ?? []) : []) {
    if (resource.type !== "object") continue;
    const r = fieldsOf(resource);
    const name = stringOf(r.get("name")?.node);
    const kind = stringOf(r.get("kind")?.node);
    for (const check of objectsUnder(resource).filter(isFailedCheck)) findings.push(checkFinding(check, kind, name, base));
  }
  return findings;
}

function isFailedCheck(node: JsonNode): boolean {
  const f = fieldsOf(node);
  const success = f.get("success")?.node;
  return f.has("id") && f.has("message") && success?.type === "boolean" && success.value === false;
}

function checkFinding(check: JsonNode, kind: string | undefined, name: string | undefined, base: number): RawFinding {
  const f = fieldsOf(check);
  const message = stringOf(f.get("message")?.node) ?? "Polaris check failed";
  const category = stringOf(f.get("category")?.node);
  const severity = stringOf(f.get("severity")?.node);
  const id = stringOf(f.get("id")?.node);
  const resource = [kind, name].filter(Boolean).join(" ");
  return {
    title: message,
    body: [message, resource && `Resource: ${resource}`, category && `Category: ${category}`].filter(Boolean).join("\n"),
    span: spanOf(check, base),
    hints: {
      // Polaris' "danger" is its highest level, "warning" the one below.
      ...(severity && { severity: severity.toLowerCase() === "danger" ? "high" : severity }),
      // The resource's name is no code name: every check of a deployment would share it.
      ...(id && { ruleId: id }),
    },
  };
}
