/** "CWE-89" from "CWE-89", "cwe 89", "89" or "CWE-089: SQL Injection"; null when there is no id. */
export function cweId(cwe: string | null): string | null {
  const m = cwe ? /(\d{1,4})/.exec(cwe) : null;
  return m ? `CWE-${Number(m[1])}` : null;
}
