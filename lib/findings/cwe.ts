/** "CWE-79", "cwe 79", "external/cwe/cwe-079", 79 → "CWE-79". */
export function normalizeCwe(value: string | number | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? `CWE-${value}` : null;
  const match = /\bcwe[-_ :/]*0*(\d{1,5})\b/i.exec(value) ?? /^\s*0*(\d{1,5})\s*$/.exec(value);
  return match && Number(match[1]) > 0 ? `CWE-${Number(match[1])}` : null;
}

/** The first CWE id a text names. */
export function extractCwe(text: string): string | null {
  const match = /\bCWE[-_ :]*0*(\d{1,5})\b/i.exec(text);
  return match ? `CWE-${Number(match[1])}` : null;
}
