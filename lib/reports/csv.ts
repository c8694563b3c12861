import type { Node as JsonNode } from "jsonc-parser";
import type { ParsedReport } from "../findings/types";
import { ReportError } from "./errors";
import { readReportTree } from "./json";

/**
 * Findings exported as a table: a tracker's or a spreadsheet's CSV (or TSV), one finding per row
 * under a header row ("ID,Title,Severity,File,Line,Description"). The rows become the array of
 * objects the JSON reader walks, keyed by the header's names, so one set of key tables reads them;
 * each row is spanned at its place in the text.
 *
 * Null unless the text is such a table: a .csv/.tsv file, or a first line that is a header naming
 * a finding's title or description among at least three columns.
 */
export function tryParseCsvReport(text: string, fileName: string): ParsedReport | null {
  const delimiter = delimiterOf(text, fileName);
  if (!delimiter) return null;
  const records = csvRecords(text, delimiter);
  const [header, ...rows] = records;
  if (!header || header.cells.length < 3 || rows.length === 0) return null;
  const names = columnNames(header.cells.map((c) => c.value.trim()));
  if (!/\.[ct]sv$/i.test(fileName) && !names.some((n) => FINDING_COLUMN.test(n))) return null;
  const root: JsonNode = { type: "array", offset: 0, length: text.length, children: rows.filter((r) => r.cells.some((c) => c.value.trim())).map((row) => rowObject(names, fitted(names, row, delimiter))) };
  try {
    return { ...readReportTree(root, 0, "json"), format: "text" };
  } catch (error) {
    if (error instanceof ReportError && !/\.[ct]sv$/i.test(fileName)) return null;
    throw error;
  }
}

/**
 * Checkmarx CxSAST's export names its columns its own way: the "Query" is what was found
 * (SQL_Injection), "Name" the source's variable, and the flaw is where the data lands, at the
 * destination ("DestFileName", "DestLine", "DestName"), not where it enters ("SrcFileName", "Line").
 * Renamed to the names the key tables read.
 */
const CHECKMARX_COLUMNS: Readonly<Record<string, string>> = {
  Query: "title", QueryPath: "rule", Name: "source name", Line: "source line", SrcFileName: "source file name",
  DestFileName: "file", DestLine: "line", DestName: "symbol", "Result Severity": "severity", "Result State": "status",
};

function columnNames(names: string[]): string[] {
  if (!(names.includes("QueryPath") && names.includes("SrcFileName") && names.includes("DestFileName"))) return names;
  return names.map((n) => CHECKMARX_COLUMNS[n] ?? n);
}

/** A header cell naming what a finding is: its title or its description. */
const FINDING_COLUMN = /^(?:title|summary|finding|issue|vulnerability|name|description|message|details)$/i;

/** The delimiter of the first line, when it splits it into three or more cells. */
function delimiterOf(text: string, fileName: string): string | null {
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
  if (firstLine.length > 2000 || /^\s*(?:#|\||[-*]\s)/.test(firstLine)) return null;
  const counts = [",", ";", "\t"].map((d) => [d, firstLine.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
  const [delimiter, n] = counts[0];
  if (n < 2) return null;
  if (!/\.[ct]sv$/i.test(fileName) && !FIRST_LINE_HEADER.test(firstLine)) return null;
  return delimiter;
}

/** A header line: short cells of words, no sentence. */
const FIRST_LINE_HEADER = /^(?:"?[\w ./#()-]{1,40}"?[,;\t]){2,}"?[\w ./#()-]{1,40}"?\r?$/;

interface Cell {
  value: string;
  from: number;
  to: number;
}
interface CsvRecord {
  cells: Cell[];
  from: number;
  to: number;
}

/** RFC 4180 records with every cell's place: quoted cells may hold the delimiter, quotes ("") and line breaks. */
export function csvRecords(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: Cell[] = [];
  let recordFrom = 0;
  let at = 0;
  while (at <= text.length) {
    const from = at;
    let value = "";
    if (text[at] === '"') {
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote === -1) {
          value += text.slice(at);
          at = text.length;
          break;
        }
        value += text.slice(at, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          at = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      const end = nextStop(text, at, delimiter);
      value += text.slice(at, end);
      at = end;
    } else {
      const end = nextStop(text, at, delimiter);
      value = text.slice(at, end);
      at = end;
    }
    cells.push({ value: value.replace(/\r$/, ""), from, to: at });
    if (text[at] === delimiter) {
      at++;
      continue;
    }
    records.push({ cells, from: recordFrom, to: at > recordFrom && text[at - 1] === "\r" ? at - 1 : at });
    cells = [];
    at++;
    recordFrom = at;
  }
  return records.filter((r) => r.to > r.from);
}

/** The next delimiter or line end: a scan of the cell alone, so that the whole read stays linear. */
function nextStop(text: string, from: number, delimiter: string): number {
  let at = from;
  while (at < text.length && text[at] !== delimiter && text[at] !== "\n") at++;
  return at;
}

/**
 * A row with more cells than the header has names was written without quoting a value that holds
 * the delimiter (Electronegativity's CSV puts the matched code, commas and all, in "sample"). The
 * cells after that value still line up with the header from its end, so the extra cells are put
 * back into the value: the code column if there is one, else the description.
 */
function fitted(names: string[], row: CsvRecord, delimiter: string): CsvRecord {
  const extra = row.cells.length - names.length;
  if (extra <= 0) return row;
  const code = names.findIndex((n) => CODE_COLUMN.test(n.trim()));
  const prose = names.findIndex((n) => PROSE_COLUMN.test(n.trim()));
  const at = code >= 0 ? code : prose >= 0 ? prose : names.length - 1;
  const merged = row.cells.slice(at, at + extra + 1);
  const cell: Cell = { value: merged.map((c) => c.value).join(delimiter), from: merged[0].from, to: merged[merged.length - 1].to };
  return { ...row, cells: [...row.cells.slice(0, at), cell, ...row.cells.slice(at + extra + 1)] };
}

const CODE_COLUMN = /^(?:sample|snippet|code|code snippet|source|match|matched|line content|evidence)$/i;
const PROSE_COLUMN = /^(?:description|message|details|summary)$/i;

function rowObject(names: string[], row: CsvRecord): JsonNode {
  const children = row.cells.slice(0, names.length).map((cell, i): JsonNode => {
    const key: JsonNode = { type: "string", value: names[i] || `column ${i + 1}`, offset: cell.from, length: 0 };
    const value = cell.value.trim();
    const number = /^\d{1,7}$/.test(value) ? Number(value) : undefined;
    const node: JsonNode = number !== undefined ? { type: "number", value: number, offset: cell.from, length: cell.to - cell.from } : { type: "string", value, offset: cell.from, length: cell.to - cell.from };
    return { type: "property", offset: cell.from, length: cell.to - cell.from, children: [key, node] };
  });
  return { type: "object", offset: row.from, length: row.to - row.from, children };
}
