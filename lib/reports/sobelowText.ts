import type { FindingHints, ParsedReport } from "../findings/types";
import { consoleBlocks } from "./consoleBlocks";

/**
 * Sobelow's console output (Phoenix's security scanner): per finding, its type and title with a
 * confidence, then "File:", "Line:", "Function:" and "Variable:" lines, findings between rules of
 * dashes, under a banner of "#":
 *
 *     SQL.Query: SQL injection - Medium Confidence
 *     File: lib/app_web/controllers/invoice_controller.ex
 *     Line: 30
 *     Function: index:17
 *     Variable: sql
 *
 * The type is the rule; the function and variable the code it names. Sobelow rates how sure it is,
 * not how bad the finding is, so no severity is read from it.
 */
const HEADER = /^([A-Z][A-Za-z]{1,40}(?:\.[A-Z][A-Za-z0-9]{1,60}){1,3}): (\S.{0,300}?) - (?:High|Medium|Low) Confidence\s*$/;
const RULE = /^-{10,}\s*$/;

export function looksLikeSobelowText(text: string): boolean {
  if (!text.slice(0, 200_000).includes(" Confidence")) return false;
  const lines = text.slice(0, 200_000).split("\n");
  return lines.some((line, i) => HEADER.test(line) && /^(?:File|Line):/.test(lines[i + 1] ?? ""));
}

export function parseSobelowText(text: string): ParsedReport {
  return consoleBlocks(
    text,
    (line) => {
      const header = HEADER.exec(line);
      return header ? { title: header[2], hints: { ruleId: header[1] } } : null;
    },
    (line) => RULE.test(line) || /^\.\.\. SCAN COMPLETE/.test(line),
    fieldsOf,
  );
}

function fieldsOf(body: string, hints: FindingHints): FindingHints {
  const field = (name: string) => new RegExp(`^${name}: ?(\\S[^\\n]*)$`, "m").exec(body)?.[1].trim();
  const [path, line, fn, variable] = [field("File"), field("Line"), field("Function"), field("Variable")];
  const symbols = [fn?.replace(/:\d+$/, ""), variable].filter((s): s is string => s !== undefined && s !== "");
  return { ...hints, ...(path && { path }), ...(line && { lines: line }), ...(symbols.length > 0 && { symbols }) };
}
