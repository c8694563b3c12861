/**
 * The code the reviewers were given, when the user supplies it. Two shapes are read:
 *
 * - a plain source file, numbered from line 1;
 * - a subject description in markdown whose fenced blocks carry the code with its own line
 *   numbers ("  87  def load_interface_driver(conf):"), each block under a heading or "File:"
 *   line that names its file. Reviewers quote those numbers, so they are kept as written
 *   rather than counted from the block's first line (an excerpt may start at line 120).
 *
 * A description with no numbered code gives no files: the subject then has no code to read.
 */

export interface CodeFile {
  /** The file's path as the subject names it; null when nothing names it. */
  path: string | null;
  /** Line number → text. Numbers are those the reviewers saw. */
  lines: ReadonlyMap<number, string>;
}

export interface ReviewedCode {
  files: CodeFile[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
/** "  12  code", "12: code", "12 | code", "12\tcode", or a bare number on an empty line. */
const NUMBERED_LINE = /^\s*(\d{1,6})(?:(?: {2}|\t| ?[|:] ?)(.*))?$/;
/** A line that can name the file of the block below it: a heading, or a "File:" line. */
const NAMES_FILE = /^\s*(?:#{1,6}\s|[-*]?\s*(?:\*\*)?files?\b)/i;
/** A path with an extension: `invoices/views.py`, src/devcfg.c. */
const PATH = /(?:^|[\s`(])((?:[\w.-]+\/)*[\w.-]*\w\.[A-Za-z][A-Za-z0-9]{0,7})(?=$|[\s`),:;])/;
/** Blocks with fewer numbered lines than this are examples, not the reviewed code. */
const MIN_NUMBERED_LINES = 3;
/** Most lines of a block must be numbered for it to be read as numbered code. */
const NUMBERED_SHARE = 0.8;

/** Reads a source file or a markdown subject description; `name` is the file's name, if known. */
export function readReviewedCode(text: string, name: string | null = null): ReviewedCode {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const blocks = numberedBlocks(lines);
  if (blocks.length > 0) return { files: blocks };
  if (name !== null && /\.(md|markdown)$/i.test(name)) return { files: [] };
  if (looksLikeProse(lines)) return { files: [] };
  return { files: [{ path: name, lines: new Map(lines.map((l, i) => [i + 1, l])) }] };
}

function numberedBlocks(lines: readonly string[]): CodeFile[] {
  const files: CodeFile[] = [];
  let lastPath: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const fence = FENCE.exec(lines[i]);
    if (!fence) {
      const named = NAMES_FILE.test(lines[i]) ? PATH.exec(lines[i]) : null;
      if (named) lastPath = named[1];
      continue;
    }
    const close = lines.findIndex((l, j) => j > i && l.trim().startsWith(fence[1]));
    const end = close === -1 ? lines.length : close;
    const block = numberedLines(lines.slice(i + 1, end));
    if (block) files.push({ path: lastPath, lines: block });
    i = end;
  }
  return files;
}

function numberedLines(body: readonly string[]): Map<number, string> | null {
  const numbered = new Map<number, string>();
  let nonEmpty = 0;
  for (const line of body) {
    if (line.trim() === "") continue;
    nonEmpty++;
    const m = NUMBERED_LINE.exec(line);
    if (m) numbered.set(Number(m[1]), m[2] ?? "");
  }
  return numbered.size >= MIN_NUMBERED_LINES && numbered.size >= NUMBERED_SHARE * nonEmpty ? numbered : null;
}

/** A markdown description with no code: headings, bullets and long sentences, no braces or colons at line ends. */
function looksLikeProse(lines: readonly string[]): boolean {
  const nonEmpty = lines.filter((l) => l.trim() !== "");
  const codeLike = nonEmpty.filter((l) => /[{};:)]\s*$|^\s*(?:def|class|import|from|#include|package|func|fn)\b/.test(l)).length;
  return nonEmpty.some((l) => /^#{1,6}\s/.test(l)) && codeLike < nonEmpty.length / 4;
}
