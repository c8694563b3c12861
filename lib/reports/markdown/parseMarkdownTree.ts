import { parser as baseParser, GFM } from "@lezer/markdown";
import type { Tree } from "@lezer/common";
import { ReportError } from "../errors";

const markdownParser = baseParser.configure(GFM);

/** How long one report may keep the markdown parser busy: two seconds, and a little more per MB. */
export function parseDeadlineMs(textLength: number): number {
  return 2_000 + Math.round(textLength / 5_000);
}

/**
 * Prose reviews are kilobytes; SARIF and JSON logs may be much larger, but a markdown or text
 * report beyond this is not a review anybody wrote, and parsing it would take tens of seconds.
 */
export const MAX_MARKDOWN_CHARS = 5 * 1024 * 1024;

/**
 * Emphasis and link markers are what make markdown parsers slow (28 KB of nested emphasis):
 * a paragraph with more of them than this is parsed with them blanked out, so inline structure is
 * lost there but every offset stays the same.
 */
const MAX_INLINE_MARKERS_PER_BLOCK = 1_000;
/** Deeper nesting than any review needs; beyond it lines are parsed as flat text. */
const MAX_LINE_INDENT = 48;

/**
 * Parses markdown into a lezer tree with a bounded amount of work. Hostile inputs are defused
 * first by an equal-length rewrite of the text (so tree offsets stay valid for the original),
 * and the parse itself runs against a deadline.
 */
export function parseMarkdownTree(text: string, deadlineMs = parseDeadlineMs(text.length)): Tree {
  if (text.length > MAX_MARKDOWN_CHARS) {
    throw new ReportError(`a markdown or plain-text report of ${(text.length / 1024 / 1024).toFixed(1)} MB is too large to parse (limit ${MAX_MARKDOWN_CHARS / 1024 / 1024} MB)`);
  }
  const safeText = defuse(text);
  const parse = markdownParser.startParse(safeText);
  const stopAt = Date.now() + deadlineMs;
  for (;;) {
    const tree = parse.advance();
    if (tree) return tree;
    if (Date.now() > stopAt) throw new ReportError(`report too complex to parse within ${deadlineMs} ms`);
  }
}

/** Blank out inline markers in overloaded blocks and flatten absurdly deep nesting. */
export function defuse(text: string): string {
  const parts = text.split(/(\n[ \t]*\n)/);
  let changed = false;
  for (let i = 0; i < parts.length; i += 2) {
    let block = parts[i];
    if (countInlineMarkers(block) > MAX_INLINE_MARKERS_PER_BLOCK) block = block.replace(/[*_[\]<~]/g, " ");
    if (block.length > MAX_BLOCK_CHARS) block = isTable(block) ? breakLongLines(block) : breakLongBlock(block);
    block = block
      .replace(DEEP_LINE_LEAD, (lead) => " ".repeat(lead.length))
      .replace(DEEP_INDENT, keepShallowIndent)
      .replace(LONG_INNER_SPACE, (run) => ` ${".".repeat(run.length - 1)}`);
    if (block !== parts[i]) {
      parts[i] = block;
      changed = true;
    }
  }
  return changed ? parts.join("") : text;
}

/** A line whose indentation and list/quote markers run past MAX_LINE_INDENT characters. */
const DEEP_LINE_LEAD = new RegExp(`^[ \\t>*+\\-\\d.)]{${MAX_LINE_INDENT},}`, "gm");

/**
 * One paragraph is inline-parsed in one step, which no deadline can interrupt; a block longer than
 * this is cut into paragraphs (two characters become a blank line, in the parser's copy only).
 */
const MAX_BLOCK_CHARS = 16_384;

function breakLongBlock(block: string): string {
  const chars = block.split("");
  for (let at = MAX_BLOCK_CHARS; at < chars.length - 2; at += MAX_BLOCK_CHARS) {
    let cut = at;
    while (cut < chars.length - 2 && cut < at + 512 && chars[cut] !== " " && chars[cut] !== "\n") cut++;
    chars[cut] = "\n";
    chars[cut + 1] = "\n";
  }
  return chars.join("");
}

/**
 * A table's cells are inline-parsed one by one, so a long table is no hazard, and a blank line cut
 * into it would end it: only a row past the limit is cut (and the table with it).
 */
function breakLongLines(block: string): string {
  return block
    .split("\n")
    .map((line) => (line.length > MAX_BLOCK_CHARS ? breakLongBlock(line) : line))
    .join("\n");
}

/** A delimiter row ("|---|:---:|"), trimmed; every cell after the first opens with its pipe, so no backtracking. */
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/;
/** Longer than any real header or delimiter row: a hostile line is not scanned as one. */
const MAX_TABLE_ROW = 4_000;

/** A header row over a delimiter row ("| # | Issue |" over "|---|---|"). */
function isTable(block: string): boolean {
  const start = block.search(/[^\n]/);
  if (start < 0) return false;
  const [header, delimiter] = block.slice(start, start + 2 * MAX_TABLE_ROW).split("\n", 2);
  if (delimiter === undefined || header.length > MAX_TABLE_ROW || delimiter.length > MAX_TABLE_ROW) return false;
  return header.includes("|") && DELIMITER_ROW.test(delimiter.trim());
}

/** Indentation past MAX_LINE_INDENT makes the parser crawl (seconds for a few MB of it). */
const DEEP_INDENT = new RegExp(`^[ \\t]{${MAX_LINE_INDENT},}`, "gm");

/** A long run of spaces inside a line: the parser rescans it for every character. */
const LONG_INNER_SPACE = /(?<=\S)[ \t]{64,}/g;

/** Four spaces keep the line an indented (code) line; filler dots keep the offsets. */
function keepShallowIndent(indent: string): string {
  return `    ${".".repeat(indent.length - 4)}`;
}

function countInlineMarkers(block: string): number {
  let markers = 0;
  for (let j = 0; j < block.length; j++) {
    const c = block.charCodeAt(j);
    // * _ [ ] < ~ (backticks stay: blanking a fence would turn code into markdown)
    if (c === 42 || c === 95 || c === 91 || c === 93 || c === 60 || c === 126) markers++;
  }
  return markers;
}
