import type { Finding as FindingRow } from "../db/generated/sqlite/client";
import type { Finding, LineRange, Severity, Stance } from "./types";

/** A stored finding row back into the domain type (JSON columns parsed). */
export function findingFromRow(row: FindingRow): Finding {
  return {
    ordinal: row.ordinal,
    title: row.title,
    body: row.body,
    severity: row.severity as Severity | null,
    severityText: row.severityText,
    cwe: row.cwe,
    stance: row.stance as Stance,
    lines: JSON.parse(row.lines) as LineRange[],
    symbols: JSON.parse(row.symbols) as string[],
    path: row.path,
    ruleId: row.ruleId,
    span: { start: row.spanStart, end: row.spanEnd },
  };
}
