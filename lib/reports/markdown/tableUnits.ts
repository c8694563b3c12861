// Findings in GFM tables: one per row, with severity, CWE and lines read from their columns.
import type { TableBlock } from "./blocks";
import type { Unit } from "./unit";

const NO_RATING = /^\s*(?:\*\*)?\s*(?:none|n\/a|ok|pass(?:ed)?|safe|no|not applicable|not vulnerable|—|–|-)\s*(?:\*\*)?\s*$/i;
const TITLE_COLUMN = /\b(issue|title|finding|vulnerability|vuln|name|problem|weakness|summary|description|area|topic|defect|concern|bug|flaw)\b/i;

export function tableUnits(text: string, table: TableBlock): Unit[] {
  const headers = table.header.map((cell) => text.slice(cell.from, cell.to).replace(/[*_`]/g, "").trim());
  const titleColumn = headers.findIndex((h) => TITLE_COLUMN.test(h));
  if (titleColumn < 0) return [];
  const column = (pattern: RegExp) => headers.findIndex((h) => pattern.test(h));
  const columns = {
    severity: column(/\b(severity|risk|priority|rating|impact)\b/i),
    cwe: column(/\bcwe\b/i),
    lines: column(/\b(lines?|location|where)\b/i),
  };
  return table.rows
    .filter((row) => row.cells[titleColumn])
    // "| Password policy | None | L52 | OK |": a row rated as nothing is a check that passed.
    .filter((row) => columns.severity < 0 || !row.cells[columns.severity] || !NO_RATING.test(text.slice(row.cells[columns.severity].from, row.cells[columns.severity].to)))
    .map((row) => {
      const cell = (i: number) => (i >= 0 && row.cells[i] ? text.slice(row.cells[i].from, row.cells[i].to).trim() : undefined);
      const title = row.cells[titleColumn];
      return {
        from: row.from,
        to: row.to,
        titleFrom: title.from,
        titleTo: title.to,
        hints: { severity: cell(columns.severity), cwe: cell(columns.cwe), lines: cell(columns.lines) },
        kind: "row" as const,
        group: table.from,
      };
    });
}
