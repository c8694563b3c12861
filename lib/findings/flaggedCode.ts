import { extractSymbols } from "./symbols";

/**
 * The code a scanner flagged, as it quotes it with its result (Bandit's and gosec's `code`, SARIF's
 * `region.snippet`): the names in it (`pickle.loads`, `subprocess.run`) are what a reviewer names
 * when writing about the same line, while the scanner's message only names its rule.
 */

/** Lines of quoted context looked at when the flagged line cannot be told apart. */
const MAX_LINES = 3;
/** "28 data = pickle.loads(raw)", "28: \tdata = ...": a quote that numbers its lines. */
const NUMBERED = /^\s*(\d+)(?:(?::\s*|\s+)(.*))?$/;

/** The names in the flagged part of a quoted snippet; `line` picks it out of numbered context lines. */
export function symbolsOfFlaggedCode(code: string, line?: number): string[] {
  const lines = code.slice(0, 4_000).split(/\r?\n/).filter((l) => l.trim() !== "");
  const numbered = lines.map((l) => NUMBERED.exec(l));
  const flagged =
    line !== undefined && numbered.length > 0 && numbered.every((m) => m !== null)
      ? numbered.filter((m) => Number(m![1]) === line).map((m) => m![2] ?? "")
      : lines.slice(0, MAX_LINES);
  return extractSymbols(flagged.join("\n"));
}
