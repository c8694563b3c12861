import { htmlAsMarkdown, looksLikeHtmlDocument, type Edit } from "./htmlAsMarkdown";
/**
 * The copy of a report the parsers read. Reports come with their writers' habits: Windows line
 * endings (and browser forms submit CRLF), a byte-order mark, trailing spaces (a markdown line
 * break), non-breaking spaces and "•" bullets pasted from a rendered page, or a model's whole answer
 * wrapped in a ```markdown fence. The parsers read lines as plain markdown, so they work on a copy
 * without those habits, and the spans they give are mapped back onto the text as stored.
 */

export interface ParsingCopy {
  text: string;
  /** An offset into `text` → the same place in the original. */
  toOriginal(offset: number): number;
}

const identity = (offset: number) => offset;

export function parsingCopy(original: string): ParsingCopy {
  let copy: ParsingCopy = { text: original, toOriginal: identity };
  for (const step of STEPS) copy = then(copy, step(copy.text));
  return copy;
}

const STEPS: ((text: string) => ParsingCopy)[] = [
  (text) => deleteRanges(text, text.startsWith("\uFEFF") ? [0, 1] : []),
  (text) => deleteRanges(text, carriageReturnsBeforeNewlines(text)),
  // Substitutions keep the length, so the offsets stay as they are.
  (text) => ({ text: text.replace(/\r/g, "\n").replace(/[\u00a0\u202f]/g, " ").replace(PASTED_BULLET, "$1-"), toOriginal: identity }),
  (text) => deleteRanges(text, trailingWhitespace(text)),
  unwrapMarkdownFence,
  (text) => ({ text: asMarkdownIfJira(text), toOriginal: identity }),
  (text) => (looksLikeHtmlDocument(text) ? applyEdits(text, htmlAsMarkdown(text)) : { text, toOriginal: identity }),
];

/**
 * Jira's wiki markup, as a comment pasted from an issue tracker: "h3. Title", "# " for a numbered
 * item (markdown would read a heading), "{code}" fences, "{{code}}". Known by a heading or a block of its own;
 * "{{name}}" alone could be a template's placeholder in a markdown report. Each mark becomes
 * markdown of the same length.
 */
function asMarkdownIfJira(text: string): string {
  if (!JIRA_HEADING.test(text) && !JIRA_BLOCK.test(text)) return text;
  return text
    .replace(JIRA_NUMBERED_ITEM, (mark: string) => `${" ".repeat(mark.length - 2)}- `)
    .replace(JIRA_HEADING_ALL, (_, level: string) => `${"#".repeat(Number(level))} `.padEnd(4, " ").slice(0, 4))
    .replace(JIRA_BLOCK_ALL, (mark: string) => "```".padEnd(mark.length, " "))
    // "{{tasks.py:28}}": monospace, as markdown's backticks (a space each side keeps the length).
    .replace(JIRA_MONOSPACE, (_, code: string) => ` \`${code}\` `);
}

const JIRA_HEADING = /^h[1-6]\. \S/m;
const JIRA_HEADING_ALL = /^h([1-6])\. /gm;
const JIRA_NUMBERED_ITEM = /^#{1,3} (?=\S)/gm;
const JIRA_MONOSPACE = /\{\{([^{}`\n]{1,200})\}\}/g;
const JIRA_BLOCK = /^\{(?:code|noformat|quote)(?::[^}\n]{0,40})?\}[ \t]*$/m;
const JIRA_BLOCK_ALL = /^\{(?:code|noformat|quote)(?::[^}\n]{0,40})?\}(?=[ \t]*$)/gm;

/** A bullet character of a rendered list at the start of a line, followed by a space. */
const PASTED_BULLET = /^([ \t]*)[•◦▪▫‣●○■□►▸➢⁃∙](?=[ \t])/gm;

/**
 * "```markdown" (or md, text) on a line of its own and a closing fence as the last line: the
 * answer, fenced, maybe after a line of preamble. Only a fence that says it holds markdown or
 * text is unwrapped: a bare fence around a report may hold code or JSON.
 */
const OPENING_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*(?:markdown|md|text|txt|plaintext)[ \t]*\n/im;

/** "Here is the review:" before the fence; more than this, and the fence is part of the review. */
const MAX_PREAMBLE = 300;

function unwrapMarkdownFence(text: string): ParsingCopy {
  const open = OPENING_FENCE.exec(text);
  if (!open || open.index > MAX_PREAMBLE || /^[ \t]{0,3}(?:```|~~~)/m.test(text.slice(0, open.index))) return { text, toOriginal: identity };
  const close = new RegExp(`\\n[ \\t]{0,3}${open[1][0]}{${open[1].length},}[ \\t]*\\n*$`).exec(text);
  if (!close || close.index < open.index + open[0].length) return { text, toOriginal: identity };
  const openEnd = open.index + open[0].length;
  const kept = text.slice(0, open.index) + text.slice(openEnd, close.index) + "\n";
  const closeAt = close.index - open[0].length;
  return {
    text: kept,
    toOriginal: (offset) => (offset <= open.index ? offset : offset + open[0].length + (offset > closeAt ? close[0].length - 1 : 0)),
  };
}

/**
 * Spaces and tabs at the end of each line, found by a scan back from each line's end: a regex
 * such as /[ \t]+$/ retries every position of a long run of spaces, quadratic on hostile input.
 */
function trailingWhitespace(text: string): Ranges {
  const ranges: Ranges = [];
  for (let end = 0, start = 0; start <= text.length; start = end + 1) {
    end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    let cut = end;
    while (cut > start && (text[cut - 1] === " " || text[cut - 1] === "\t")) cut--;
    if (cut < end) ranges.push(cut, end);
  }
  return ranges;
}

/**
 * The text with each range replaced (sorted, disjoint), and the way back: an offset inside a
 * replacement maps to the start of the range it replaced.
 */
function applyEdits(text: string, edits: readonly Edit[]): ParsingCopy {
  if (edits.length === 0) return { text, toOriginal: identity };
  const parts: string[] = [];
  // Per edit: where its replacement starts and ends in the new text.
  const newStart = new Float64Array(edits.length);
  const newEnd = new Float64Array(edits.length);
  let from = 0;
  let length = 0;
  edits.forEach((edit, i) => {
    parts.push(text.slice(from, edit.start), edit.text);
    length += edit.start - from;
    newStart[i] = length;
    length += edit.text.length;
    newEnd[i] = length;
    from = edit.end;
  });
  parts.push(text.slice(from));
  return {
    text: parts.join(""),
    toOriginal: (offset) => {
      // The last edit that starts at or before the offset.
      const k = countBelow(newStart, offset + 1) - 1;
      if (k < 0) return offset;
      if (offset < newEnd[k]) return edits[k].start;
      return edits[k].end + (offset - newEnd[k]);
    },
  };
}

function carriageReturnsBeforeNewlines(text: string): Ranges {
  const ranges: Ranges = [];
  for (let at = text.indexOf("\r\n"); at !== -1; at = text.indexOf("\r\n", at + 2)) ranges.push(at, at + 1);
  return ranges;
}

/**
 * Ranges to delete as one flat list of start and end offsets, sorted and disjoint: a file of a
 * million CRLF lines makes a million ranges, and a million small arrays would keep the garbage
 * collector busier than the parse.
 */
type Ranges = number[];

/** The text without the given ranges, and the way back. */
function deleteRanges(text: string, ranges: Ranges): ParsingCopy {
  if (ranges.length === 0) return { text, toOriginal: identity };
  // Where each deletion happened in the new text, and how much had been deleted up to and including it.
  const count = ranges.length / 2;
  const at = new Float64Array(count);
  const upTo = new Float64Array(count);
  const parts: string[] = [];
  let from = 0;
  let kept = 0;
  let deleted = 0;
  for (let i = 0; i < count; i++) {
    const start = ranges[2 * i];
    const end = ranges[2 * i + 1];
    if (start > from) parts.push(text.slice(from, start));
    kept += start - from;
    deleted += end - start;
    at[i] = kept;
    upTo[i] = deleted;
    from = end;
  }
  parts.push(text.slice(from));
  return {
    text: parts.join(""),
    toOriginal: (offset) => {
      const k = countBelow(at, offset);
      return offset + (k === 0 ? 0 : upTo[k - 1]);
    },
  };
}

function then(first: ParsingCopy, second: ParsingCopy): ParsingCopy {
  if (second.toOriginal === identity) return { text: second.text, toOriginal: first.toOriginal };
  return { text: second.text, toOriginal: (offset) => first.toOriginal(second.toOriginal(offset)) };
}

/** How many sorted values are below `n` (binary search). */
function countBelow(sorted: Float64Array, n: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < n) low = mid + 1;
    else high = mid;
  }
  return low;
}
