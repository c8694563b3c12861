import type { Node as JsonNode } from "jsonc-parser";
import type { RawFinding } from "../findings/types";
import { fieldOf, fieldsOf, numberOf, spanOf, stringOf } from "./jsonFields";

/**
 * Kubescape's JSON (`kubescape scan --format json`): per resource in `results`, the controls it was
 * checked against, each `{"controlID": "C-0057", "name": ..., "status": {"status": "failed"}}`. A
 * failed control on a resource is a finding, named after the control; `summaryDetails.controls`
 * gives each control's score factor, which Kubescape turns into its severity.
 *
 * Null when the document is not Kubescape's.
 */
export function readKubescapeReport(root: JsonNode, base: number): RawFinding[] | null {
  if (root.type !== "object") return null;
  const fields = fieldsOf(root);
  const results = fields.get("results")?.node;
  if (results?.type !== "array" || !fields.has("summarydetails") || !(results.children ?? []).every(isResourceResult)) return null;
  const factors = scoreFactors(fieldOf(fields.get("summarydetails")?.node, "controls"));
  const findings: RawFinding[] = [];
  for (const resource of results.children ?? []) {
    const resourceId = stringOf(fieldOf(resource, "resourceid")) ?? "";
    // "path=1803572649/api=argoproj.io/v1alpha1/ci/WorkflowTemplate/build-and-release": its name. (No
    // code name, as in Polaris' reader: every control failed on one resource would share it.)
    const name = resourceId.split("/").pop();
    for (const control of fieldOf(resource, "controls")?.children ?? []) {
      if (control.type !== "object" || !failed(control)) continue;
      const id = stringOf(fieldOf(control, "controlid"));
      const title = stringOf(fieldOf(control, "name")) ?? id ?? "Kubescape control failed";
      const factor = id ? factors.get(id) : undefined;
      findings.push({
        title,
        body: [title, name && `Resource: ${name}`].filter(Boolean).join("\n"),
        span: spanOf(control, base),
        hints: { ...(id && { ruleId: id }), ...(factor !== undefined && { severity: severityOfFactor(factor) }) },
      });
    }
  }
  return findings;
}

function isResourceResult(node: JsonNode): boolean {
  return node.type === "object" && fieldsOf(node).has("resourceid") && fieldOf(node, "controls")?.type === "array";
}

function failed(control: JsonNode): boolean {
  const status = fieldOf(control, "status");
  const value = status?.type === "object" ? stringOf(fieldOf(status, "status")) : stringOf(status);
  return value?.toLowerCase() === "failed";
}

function scoreFactors(controls: JsonNode | undefined): Map<string, number> {
  const factors = new Map<string, number>();
  for (const property of controls?.type === "object" ? (controls.children ?? []) : []) {
    const [key, value] = property.children ?? [];
    const factor = numberOf(fieldOf(value, "scorefactor"));
    if (typeof key?.value === "string" && factor !== undefined) factors.set(key.value, factor);
  }
  return factors;
}

/** Kubescape's own bands: a score factor of 9 or more is critical, 7 high, 4 medium, below that low. */
function severityOfFactor(factor: number): string {
  return factor >= 9 ? "critical" : factor >= 7 ? "high" : factor >= 4 ? "medium" : "low";
}
