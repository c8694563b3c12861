/**
 * Warnings about importing a module: Bandit's blacklist ("Consider possible security implications
 * associated with the subprocess module"), linters' banned-import rules, a reviewer's "imports the
 * pickle module". The module named is code the finding is about, and for a scanner the line is
 * where the import stands, not where the module is misused.
 */

const IMPORTED_MODULE =
  /\b(?:associated with|imports?|imported|importing|import of)\s+(?:the\s+)?`?([A-Za-z_][\w.]*)`?\s+(?:module|library|package)\b/gi;

/** The modules a text says are imported: "associated with the subprocess module" → subprocess. */
export function importedModules(text: string): string[] {
  return [...text.slice(0, 20_000).matchAll(IMPORTED_MODULE)].map((m) => m[1]);
}

/**
 * A scanner's result about an import: its line shows where the module comes in, so it tells
 * nothing about which use of the module a reviewer's note about that line range means.
 */
export function warnsOfImport(finding: { title: string; ruleId: string | null }): boolean {
  return finding.ruleId !== null && importedModules(finding.title).length > 0;
}
