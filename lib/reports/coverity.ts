import type { Node as JsonNode } from "jsonc-parser";
import type { RawFinding } from "../findings/types";
import { fieldOf, fieldsOf, numberOf, spanOf, stringOf } from "./jsonFields";

/**
 * Coverity's JSON (`cov-format-errors --json-output-v7`, and the v2-v10 layouts like it): a list of
 * `issues`, each a checker's defect at `mainEventLineNumber` in `strippedMainEventFilePathname`,
 * with `checkerProperties` (its short description, impact and CWE number) and the `events` that
 * lead to it. The event marked `main` says what is wrong in this code ("Potentially overflowing
 * expression "nrec * rsize" ..."), which the checker's generic name ("Unintentional integer
 * overflow") does not.
 *
 * Null when the document is not Coverity's.
 */
export function readCoverityReport(root: JsonNode, base: number): RawFinding[] | null {
  const issues = fieldOf(root, "issues");
  if (issues?.type !== "array" || !(issues.children ?? []).some(isCoverityIssue)) return null;
  return (issues.children ?? []).filter(isCoverityIssue).map((issue) => issueFinding(issue, base));
}

function isCoverityIssue(node: JsonNode): boolean {
  const f = fieldsOf(node);
  return node.type === "object" && f.has("checkername") && f.has("maineventlinenumber");
}

function issueFinding(issue: JsonNode, base: number): RawFinding {
  const f = fieldsOf(issue);
  const properties = f.get("checkerproperties")?.node;
  const checker = stringOf(f.get("checkername")?.node);
  const title = stringOf(fieldOf(properties, "subcategoryshortdescription")) ?? stringOf(f.get("type")?.node) ?? checker ?? "Coverity defect";
  const line = numberOf(f.get("maineventlinenumber")?.node);
  const path = stringOf(f.get("strippedmaineventfilepathname")?.node) ?? stringOf(f.get("maineventfilepathname")?.node);
  const fn = stringOf(f.get("functiondisplayname")?.node);
  const cwe = cweOf(fieldOf(properties, "cwecategory"));
  const impact = stringOf(fieldOf(properties, "impact"));
  const effect = stringOf(fieldOf(properties, "subcategorylocaleffect"));
  return {
    title,
    body: [title, ...mainEvents(f.get("events")?.node), effect, fn && `Function: ${fn}`].filter(Boolean).join("\n"),
    span: spanOf(issue, base),
    hints: {
      ...(impact && { severity: impact }),
      ...(cwe && { cwe }),
      ...(line !== undefined && line > 0 && { lines: [{ start: line, end: line }] }),
      ...(path && { path }),
      ...(checker && { ruleId: checker }),
      ...(fn && { symbols: [fn] }),
    },
  };
}

/** The descriptions of the events Coverity marks as the defect itself (not the path leading there, nor the remedy). */
function mainEvents(events: JsonNode | undefined): string[] {
  if (events?.type !== "array") return [];
  return (events.children ?? [])
    .filter((e) => {
      const main = fieldOf(e, "main");
      return main?.type === "boolean" && main.value === true;
    })
    .map((e) => stringOf(fieldOf(e, "eventdescription")))
    .filter((d): d is string => d !== undefined);
}

/** "190" or 190 → "CWE-190"; Coverity writes the number alone. */
function cweOf(node: JsonNode | undefined): string | undefined {
  const value = stringOf(node) ?? (numberOf(node) !== undefined ? String(numberOf(node)) : undefined);
  return value && /^\d+$/.test(value) && value !== "0" ? `CWE-${value}` : undefined;
}
