import type { Node as JsonNode } from "jsonc-parser";
import type { ParsedReport } from "../findings/types";
import { ReportError } from "./errors";
import { readReportTree } from "./json";

/**
 * A console table of fixed-width columns, as PowerShell's Format-Table prints a tool's results
 * (PSScriptAnalyzer's default output) and as other CLIs do:
 *
 *     RuleName                            Severity     ScriptName Line  Message
 *     --------                            --------     ---------- ----  -------
 *     PSAvoidUsingConvertToSecureStringWi Error        New-Contra 39    File 'New-ContractorAccounts.ps1' uses
 *     thPlainText                                      ctorAccoun       ConvertTo-SecureString with plaintext.
 *                                                      ts.ps1
 *
 * The rule under the header gives the columns. A value too long for its column wraps onto the
 * lines below, so a record starts on the line that fills its narrowest column (a line number, a
 * level), which never wraps. The records become the objects the JSON reader walks, keyed by the
 * header's names, as a CSV's rows do.
 *
 * Null unless the text holds such a table with three columns or more.
 */
export function tryParseFixedWidthTable(text: string): ParsedReport | null {
  const table = locateTable(text);
  if (!table) return null;
  const records = tableRecords(text, table);
  if (records.length === 0) return null;
  const root: JsonNode = { type: "array", offset: 0, length: text.length, children: records };
  try {
    return { ...readReportTree(root, 0, "json"), format: "text" };
  } catch (error) {
    if (error instanceof ReportError) return null;
    throw error;
  }
}

interface Column {
  name: string;
  from: number;
  /** The width of its rule: a value that fills it may go on, cut mid-word, on the next line. */
  width: number;
}

interface Line {
  text: string;
  /** Offset of the line in the report. */
  at: number;
}

interface Table {
  columns: Column[];
  /** The lines after the rule, up to the table's end. */
  rows: Line[];
}

/** Only the first lines are searched for the header: a tool prints its table at the top, after a prompt at most. */
const HEADER_SEARCH_LINES = 10;
const RULE = /^ *-{2,}(?: +-{2,}){2,} *$/;

function locateTable(text: string): Table | null {
  const head = text.split("\n", HEADER_SEARCH_LINES + 1).map((line) => line.replace(/\r$/, ""));
  for (let i = 0; i + 1 < head.length; i++) {
    if (!RULE.test(head[i + 1])) continue;
    const columns = columnsOf(head[i], head[i + 1]);
    if (!columns) continue;
    // Only a text whose head holds a table is split whole.
    const rows: Line[] = [];
    for (const line of linesOf(text).slice(i + 2)) {
      if (line.text.trim() === "") break;
      rows.push(line);
    }
    return { columns, rows };
  }
  return null;
}

/** Columns where the rule's dashes run, each named by the header's word over it; null when a name is missing. */
function columnsOf(header: string, rule: string): Column[] | null {
  const columns: Column[] = [];
  for (const dashes of rule.matchAll(/-+/g)) {
    const from = dashes.index ?? 0;
    if (header[from] === undefined || header[from] === " " || (from > 0 && header[from - 1] !== " ")) return null;
    columns.push({ name: "", from, width: dashes[0].length });
  }
  // The last column runs to the line's end: its rule is only as wide as its name.
  if (columns.length > 0) columns[columns.length - 1].width = Infinity;
  columns.forEach((c, i) => (c.name = header.slice(c.from, columns[i + 1]?.from ?? header.length).trim()));
  return columns.every((c) => /^[\w ./#()-]{1,40}$/.test(c.name)) ? columns : null;
}

function tableRecords(text: string, table: Table): JsonNode[] {
  const { columns, rows } = table;
  const narrowest = columns.reduce((a, b) => (b.width < a.width ? b : a));
  if (columns.length < 3) return [];
  const starts = rows.map((row, i) => (cellOf(row.text, columns, columns.indexOf(narrowest)).trim() !== "" ? i : -1)).filter((i) => i >= 0);
  return starts.map((start, k) => recordObject(rows.slice(start, starts[k + 1] ?? rows.length), columns));
}

function cellOf(line: string, columns: Column[], i: number): string {
  return line.slice(columns[i].from, columns[i + 1]?.from ?? line.length);
}

function recordObject(lines: Line[], columns: Column[]): JsonNode {
  const from = lines[0].at;
  const last = lines[lines.length - 1];
  const to = last.at + last.text.length;
  const children = columns.map((column, i): JsonNode => {
    const value = joinWrapped(lines.map((line) => cellOf(line.text, columns, i).trim()).filter(Boolean), column.width);
    const at = lines[0].at + Math.min(column.from, lines[0].text.length);
    const key: JsonNode = { type: "string", value: column.name, offset: at, length: 0 };
    const node: JsonNode = /^\d{1,7}$/.test(value) ? { type: "number", value: Number(value), offset: at, length: value.length } : { type: "string", value, offset: at, length: value.length };
    return { type: "property", offset: at, length: value.length, children: [key, node] };
  });
  return { type: "object", offset: from, length: to - from, children };
}

/** A fragment that fills its column was cut to fit ("New-Contra" + "ctorAccoun" + "ts.ps1"); one that does not ended at a word. */
function joinWrapped(fragments: string[], width: number): string {
  return fragments.reduce((value, fragment, i) => (i === 0 ? fragment : value + (fragments[i - 1].length >= width ? "" : " ") + fragment), "");
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  for (const raw of text.split("\n")) {
    lines.push({ text: raw.replace(/\r$/, ""), at });
    at += raw.length + 1;
  }
  return lines;
}
