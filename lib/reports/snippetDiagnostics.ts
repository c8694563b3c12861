import type { ParsedReport } from "../findings/types";
import { consoleBlocks } from "./consoleBlocks";

/**
 * Diagnostics drawn with source snippets, as rustc and Clippy print them and the tools built on the
 * same renderer (zizmor, Ruff's full output, Biome, Deno):
 *
 *     error[template-injection]: code injection via template expansion
 *       --> .github/workflows/pr-labeler.yml:19:34
 *        |
 *     19 |           echo "Classifying: ${{ github.event.pull_request.title }}"
 *        |                                  ^^^^^^^ may expand into attacker-controllable code
 *        |
 *        = note: audit confidence → High
 *
 * A level, an optional code in brackets and the message open each one; the arrow line gives the
 * place; the gutter lines under it (source, carets, notes) are its body. A header without an arrow
 * under it ("warning: `app` (bin "app") generated 3 warnings") is the run's tally, not a finding.
 */
const HEADER = /^(error|warning|warn|note|help|info|hint|lint|advice)(?:\[([\w\/:.@-]{1,100})\])?: (\S.{0,1000})$/;
const ARROW = /^\s*(?:-->|┌─|╭─\[?)\s*([^\s:]{1,300}?):(\d{1,7})(?::(\d{1,5}))?\]?\s*$/;
/** The renderer's gutter, notes and elisions under a header: "   |", "19 |", "   = note: ...", "...". */
const CONTINUATION = /^\s*(?:\d+\s*)?[|│·=]|^\s*(?:-->|:::|┌─|╭─|╰─|└─)|^\s*\.\.\.\s*$/;

export function looksLikeSnippetDiagnostics(text: string): boolean {
  const head = text.slice(0, 200_000);
  if (text.includes("```") || !/^[ \t]*(?:-->|┌─|╭─)/m.test(head)) return false;
  const lines = head.split("\n");
  const nonEmpty = lines.filter((l) => l.trim() !== "").length;
  let headed = 0;
  let inBlocks = 0;
  lines.forEach((line, i) => {
    const opens = HEADER.test(line) && ARROW.test(lines[i + 1] ?? "");
    if (opens) headed++;
    if (opens || CONTINUATION.test(line)) inBlocks++;
  });
  // A review that quotes one such diagnostic is still a review: most of the text must be the tool's.
  return headed > 0 && inBlocks * 2 >= nonEmpty;
}

export function parseSnippetDiagnostics(text: string): ParsedReport {
  return consoleBlocks(
    text,
    (line, _previous, next) => {
      const header = HEADER.exec(line);
      const arrow = header ? ARROW.exec(next ?? "") : null;
      if (!header || !arrow) return null;
      const [, level, code, message] = header;
      return { title: message.trim(), hints: { severity: level, path: arrow[1], lines: arrow[2], ...(code && { ruleId: code }) } };
    },
    (line) => !CONTINUATION.test(line),
  );
}
