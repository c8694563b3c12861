import type { Node as JsonNode } from "jsonc-parser";
import type { RawFinding } from "../findings/types";
import { fieldsOf, numberOf, objectsUnder, spanOf, stringOf } from "./jsonFields";

/**
 * Veracode's detailed report (`detailedreport.xml`), as xmlTree turns it into a tree: its flaws
 * are filed by severity, then category, then CWE, each `<flaw>` carrying everything about itself
 * (`categoryname`, `cweid`, `severity` 0-5, `sourcefile` and `line`, the function it is in, and a
 * description that runs from the flaw to its fix and references). Its other sections (modules,
 * custom fields, the software composition analysis summary) are about the scan, not the code.
 *
 * Null when the document is not Veracode's.
 */
export function readVeracodeReport(root: JsonNode, base: number): RawFinding[] | null {
  if (root.type !== "object" || !fieldsOf(root).has("reportformatversion")) return null;
  const flaws = objectsUnder(root).filter((o) => {
    const f = fieldsOf(o);
    return f.has("issueid") && f.has("categoryname") && (f.has("sourcefile") || f.has("line"));
  });
  if (flaws.length === 0) return null;
  return flaws.map((flaw) => flawFinding(flaw, base));
}

function flawFinding(flaw: JsonNode, base: number): RawFinding {
  const f = fieldsOf(flaw);
  const text = (name: string) => stringOf(f.get(name)?.node) ?? numberOf(f.get(name)?.node)?.toString();
  const title = text("categoryname") ?? "Veracode flaw";
  const description = text("description")?.replace(/\r\n/g, "\n");
  const cwe = text("cweid");
  const line = numberOf(f.get("line")?.node);
  const file = text("sourcefile");
  const dir = text("sourcefilepath");
  const path = file && (dir && !dir.endsWith(file) ? `${dir.replace(/\/?$/, "/")}${file}` : file);
  // "void BindOrders(string)": the function's name.
  const fn = /([A-Za-z_][\w$]*)\s*\(/.exec(text("functionprototype") ?? "")?.[1];
  const severity = severityOf(numberOf(f.get("severity")?.node));
  const category = text("categoryid");
  return {
    title,
    body: [title, description].filter(Boolean).join("\n"),
    span: spanOf(flaw, base),
    hints: {
      ...(severity && { severity }),
      ...(cwe && /^\d{1,5}$/.test(cwe) && { cwe: `CWE-${cwe}` }),
      ...(path && { path }),
      ...(line !== undefined && line > 0 && { lines: [{ start: line, end: line }] }),
      ...(fn && { symbols: [fn] }),
      ...(category && { ruleId: `veracode-category-${category}` }),
    },
  };
}

/** Veracode's 0 (informational) to 5 (very high). */
function severityOf(level: number | undefined): string | undefined {
  if (level === undefined) return undefined;
  return ["info", "low", "low", "medium", "high", "critical"][Math.max(0, Math.min(5, Math.round(level)))];
}
