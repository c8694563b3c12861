import type { ParsedReport } from "../findings/types";
import { oneFindingPerLine } from "./oneFindingPerLine";

/**
 * Perl::Critic's console output, one violation per line in its standard verbosities:
 *
 *     Two-argument "open" used at line 89, column 5.  See page 207 of PBP.  (Severity: 5)
 *     guestbook.cgi: Bareword file handle opened at line 89, column 5.  See pages 202,204 of PBP.  (Severity: 5)
 *     [InputOutput::ProhibitTwoArgOpen] Two-argument "open" used at line 89, column 5.  (Severity: 5)
 *
 * Markdown would read the lines as one paragraph; each is a finding. Severity 5 is the gravest.
 */
const VIOLATION =
  /^[ \t]*(?:([^\s:[][^:\n]{0,300}?):[ \t]+)?(?:\[([\w:]{3,120})\][ \t]+)?(\S.{0,500}?) at line (\d{1,7}), column \d{1,7}\.(.{0,500}?)\(Severity: ([1-5])\)[ \t]*$/;
const SEVERITY: Record<string, string> = { "5": "high", "4": "medium", "3": "low", "2": "info", "1": "info" };

/**
 * The default verbosity names no policy: its reference into Perl Best Practices ("See page 207 of
 * PBP") stands for it, so that a policy's violations are known as one rule's.
 */
function ruleOf(message: string, explanation: string): string {
  const pages = /See pages? ([\d,]+) of PBP/.exec(explanation);
  return pages ? `PBP ${pages[1]}` : message.trim();
}

/** The regex only where the line has both its fixed parts: it is bounded, but not cheap on long lines. */
function isViolation(line: string): boolean {
  return line.includes(" at line ") && line.includes("(Severity: ") && VIOLATION.test(line);
}

/** At least half the report's lines are violations, and one or more is. */
export function looksLikePerlcriticText(text: string): boolean {
  const lines = text.slice(0, 200_000).split("\n").filter((l) => l.trim() !== "");
  const violations = lines.filter(isViolation).length;
  return violations > 0 && violations * 2 >= lines.length;
}

export function parsePerlcriticText(text: string): ParsedReport {
  return oneFindingPerLine(text, (line) => {
    const m = isViolation(line) ? VIOLATION.exec(line) : null;
    if (!m) return null;
    const [, path, policy, message, lineNumber, explanation, severity] = m;
    return {
      title: message.trim(),
      hints: { severity: SEVERITY[severity], lines: lineNumber, ruleId: policy ?? ruleOf(message, explanation), ...(path && { path }) },
    };
  });
}
