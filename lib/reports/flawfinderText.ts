import type { ParsedReport, RawFinding } from "../findings/types";

/**
 * Flawfinder's console output: a hit per function call or declaration, its explanation indented
 * under it, then an analysis summary.
 *
 *     src/recdump.c:54:  [4] (buffer) strcpy:
 *       Does not check for buffer overflows when copying to destination [MS-banned]
 *       (CWE-120). Consider using snprintf, strcpy_s, or strlcpy ...
 *
 * Markdown would fold the hits into paragraphs of notes; each is a finding. The category and the
 * name ("buffer/strcpy") stand for the rule, so two hits of one rule are two places.
 */
const HIT = /^(\S[^\n:]{0,500}):(\d{1,7}):(?:\d{1,7}:)?[ \t]+\[([0-5])\][ \t]+\(([\w-]{1,40})\)[ \t]+([\w.~]{1,120}(?:::[\w.~]{1,120}){0,4}):?[ \t]*(.*)$/;
const SEVERITY: Record<string, string> = { "5": "high", "4": "high", "3": "medium", "2": "medium", "1": "low", "0": "info" };
/** Where the hits end. */
const SUMMARY = /^ANALYSIS SUMMARY:/;

/** A flawfinder banner or results heading, and at least one hit. */
export function looksLikeFlawfinderText(text: string): boolean {
  const sample = text.slice(0, 200_000);
  if (!/^(?:Flawfinder version|FINAL RESULTS:)/m.test(sample)) return false;
  return sample.split("\n").some((line) => line.length <= 1_000 && HIT.test(line));
}

export function parseFlawfinderText(text: string): ParsedReport {
  const findings: RawFinding[] = [];
  let open: { start: number; end: number; match: RegExpExecArray; explanation: string[] } | null = null;
  const close = () => {
    if (open) findings.push(toFinding(text, open.start, open.end, open.match, open.explanation));
    open = null;
  };
  let at = 0;
  for (const line of text.split("\n")) {
    const start = at;
    at += line.length + 1;
    const hit = line.length <= 1_000 ? HIT.exec(line) : null;
    if (hit) {
      close();
      open = { start, end: start + line.trimEnd().length, match: hit, explanation: hit[6] ? [hit[6]] : [] };
    } else if (open && /^[ \t]+\S/.test(line)) {
      open.explanation.push(line.trim());
      open.end = start + line.trimEnd().length;
    } else {
      close();
      if (SUMMARY.test(line)) break;
    }
  }
  close();
  return { format: "text", verdict: findings.length > 0 ? "findings" : "no-issues", findings, warnings: [] };
}

function toFinding(text: string, start: number, end: number, hit: RegExpExecArray, explanation: string[]): RawFinding {
  const [, path, line, level, category, name] = hit;
  const sentence = explanation.join(" ").split(/(?<=[a-z)\]])\.\s/, 1)[0].replace(/\.$/, "").slice(0, 200);
  return {
    title: sentence ? `${name}: ${sentence}` : `${name} (${category})`,
    body: text.slice(start, end),
    span: { start, end },
    hints: { severity: SEVERITY[level], lines: line, path, ruleId: `${category}/${name}`, symbols: [name] },
  };
}
