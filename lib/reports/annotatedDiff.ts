import type { LineRange, ParsedReport, RawFinding } from "../findings/types";
import { raisesConcern, type UnitKind } from "../findings/raisesConcern";

/**
 * A review written into a unified diff: the pull request's hunks, with the reviewer's comments
 * between their lines ("# REVIEW: BLOCKER: this turns the search into string-built SQL", or an
 * indented "[HO] Admin listener on 0.0.0.0" after a blank line). Read as markdown, the diff's "+"
 * lines are list items and "# REVIEW:" lines headings; read here, each comment is a finding placed
 * at the new file's line just above it, in the file the hunk is from. Words before the first hunk
 * and after the last are prose, kept only when they raise a problem on their own.
 */

const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const FILE_HEADER = /^\+\+\+ (?:b\/)?(.+?)\s*$/;
/** Lines of the diff that are not hunk content: headers of the next file. */
const DIFF_META = /^(?:diff --git |index [0-9a-f]+\.\.|--- |\+\+\+ |new file mode|deleted file mode|similarity index|rename (?:from|to) )/;
/** "..." where the reviewer left part of a hunk out. */
const ELISION = /^\s*(?:\.\.\.|…)\s*$/;

export function looksLikeAnnotatedDiff(text: string): boolean {
  const head = text.slice(0, 20_000);
  return /^\+\+\+ /m.test(head) && /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/m.test(head);
}

interface Comment {
  from: number;
  to: number;
  /** The lines of the comment, each with its offset. */
  lines: { from: number; text: string }[];
  line: number | null;
  path: string | null;
  kind: UnitKind;
  /** Written after a blank line rather than straight under the code. */
  setApart: boolean;
}

export function parseAnnotatedDiff(text: string): ParsedReport {
  const findings = commentsOf(text)
    .flatMap(splitAtLabels)
    .filter((c) => raisesConcern(c.lines.map((l) => l.text).join("\n"), c.kind, { comment: c.kind === "item" }))
    .map((c) => toFinding(text, c));
  return { format: "text", verdict: findings.length > 0 ? "findings" : "no-issues", findings, warnings: [] };
}

/** Where the walk through the diff is: the file, the hunk, and the new file's line numbers. */
interface Place {
  path: string | null;
  inHunk: boolean;
  /** The new file's number of the next line, when known ("..." loses it). */
  next: number | null;
  /** The new file's number of the last line seen: what a comment under it is about. */
  last: number | null;
  /** Lines of the hunk still to come by its header's counts, while they can be counted. */
  left: { old: number; new: number } | null;
}

/** Walks the diff, counting the new file's lines, and gathers the comments between them. */
function commentsOf(text: string): Comment[] {
  const comments: Comment[] = [];
  const place: Place = { path: null, inHunk: false, next: null, last: null, left: null };
  let afterBlank = false;
  let lastCode = -1;
  let open: Comment | null = null;
  const close = () => {
    if (open) comments.push(open);
    open = null;
  };
  const code = (from: number, line: string) => {
    close();
    afterBlank = false;
    lastCode = from;
    countLine(place, line);
  };
  for (const { from, line } of linesOf(text)) {
    // A markdown fence around the diff: past its closing line, the words are the review's prose again.
    if (/^\s*(?:```|~~~)/.test(line)) {
      close();
      Object.assign(place, { inHunk: false, next: null, last: null, left: null });
      afterBlank = true;
    } else if (HUNK_HEADER.test(line) || DIFF_META.test(line)) {
      close();
      enter(place, line);
      afterBlank = false;
    } else if (isCountedLine(place, line)) code(from, line);
    // Past the counted lines, or where they cannot be counted, a line with nothing at all sets a
    // comment apart (a hunk's blank context line is one space, though a copy may have lost it).
    else if (line.trim() === "") {
      close();
      afterBlank = true;
    } else if (place.inHunk && ELISION.test(line)) {
      close();
      place.next = place.last = null;
      place.left = null;
      afterBlank = false;
    } else if (isUncountedCode(place, line, open, afterBlank)) code(from, line);
    else {
      // A comment: a line that is no diff line, or any line set off from the code by a blank one.
      open ??= { from, to: from, lines: [], line: place.inHunk ? place.last : null, path: place.inHunk ? place.path : null, kind: place.inHunk ? "item" : "prose", setApart: afterBlank };
      open.lines.push({ from, text: line });
      open.to = from + line.length;
    }
  }
  close();
  // After the diff's last line, the first comment is still about it; the paragraphs after that
  // close the review ("Requesting changes for ..."), prose like the introduction before the diff.
  const closing = comments.filter((c) => c.from > lastCode).slice(1);
  return comments.map((c) => (closing.includes(c) ? { ...c, kind: "prose" as const, line: null, path: null } : c));
}

/** A file's or a hunk's header: where the lines after it are. */
function enter(place: Place, line: string): void {
  const file = FILE_HEADER.exec(line);
  const hunk = HUNK_HEADER.exec(line);
  if (file) place.path = file[1] === "/dev/null" ? null : file[1];
  place.inHunk = hunk !== null;
  place.next = hunk ? Number(hunk[2]) : null;
  place.left = hunk ? { old: Number(hunk[1] ?? 1), new: Number(hunk[3] ?? 1) } : null;
  place.last = null;
}

/** A hunk's line while its header's counts last: then a comment between its lines is no diff line. */
function isCountedLine(place: Place, line: string): boolean {
  const left = place.left;
  return place.inHunk && left !== null && (left.old > 0 || left.new > 0) && (/^[+\- ]/.test(line) || line.trim() === "");
}

/**
 * Where "..." left lines out and nothing can be counted: a diff line, unless it continues a comment
 * set apart by a blank line (which may indent its continuation lines) or follows a blank line.
 */
function isUncountedCode(place: Place, line: string, open: Comment | null, afterBlank: boolean): boolean {
  if (!place.inHunk || place.left !== null) return false;
  const diffLine = /^[+\- \\]/.test(line);
  return open ? /^[+-]/.test(line) || (diffLine && !open.setApart) : diffLine && !afterBlank;
}

/** One line of the hunk read: removed lines are not in the new file, added and context lines are. */
function countLine(place: Place, line: string): void {
  if (line.startsWith("\\")) return;
  if (place.left && !line.startsWith("+")) place.left.old--;
  if (line.startsWith("-")) return;
  if (place.left) place.left.new--;
  place.last = place.next;
  if (place.next !== null) place.next++;
}

/** The lines of a text with their offsets. */
function linesOf(text: string): { from: number; line: string }[] {
  const lines: { from: number; line: string }[] = [];
  let from = 0;
  for (const line of text.split("\n")) {
    lines.push({ from, line: line.replace(/\r$/, "") });
    from += line.length + 1;
  }
  return lines;
}

/** "# REVIEW:", "// RC:", "[HO]": the mark a reviewer puts before each line of a comment. */
const COMMENT_MARK = /^\s*(?:(?:#|\/\/|--|;|>)+\s*)?(?:(?:REVIEW|COMMENT|NOTE|RC|CR)\s*(?:\[[\w -]{1,12}\]\s*)?:\s*)?(?:\[[A-Za-z]{1,4}\]\s*)?/i;
/** "# REVIEW [high]: ...": a comment's mark with its rating, which opens a comment of its own. */
const RATED_MARK = /^\s*(?:(?:#|\/\/|--|;|>)+\s*)?(?:REVIEW|COMMENT|NOTE|RC|CR)\s*\[([\w -]{1,12})\]\s*:/i;
/** "BLOCKER:", "nit:", "Q:": a label that opens a comment of its own. */
const LABEL = /^(?:blocker|blocking|nit|nitpick|minor|major|issue|question|q|suggestion|todo|fyi|critical|high|medium|low)\b\s*[:.\-—–]/i;

/** A run of comment lines holds one comment per label: "# REVIEW: BLOCKER: ..." then "# REVIEW: nit: ...". */
function splitAtLabels(comment: Comment): Comment[] {
  const parts: Comment[] = [];
  for (const line of comment.lines) {
    const words = line.text.replace(COMMENT_MARK, "");
    const opens = parts.length === 0 || LABEL.test(words) || /^\s*\[[A-Za-z]{1,4}\]/.test(line.text) || RATED_MARK.test(line.text);
    if (opens) parts.push({ ...comment, from: line.from, to: line.from + line.text.length, lines: [line] });
    else {
      const part = parts[parts.length - 1];
      part.lines.push(line);
      part.to = line.from + line.text.length;
    }
  }
  return parts;
}

function toFinding(text: string, comment: Comment): RawFinding {
  const words = comment.lines.map((l) => l.text.replace(COMMENT_MARK, "").trim()).join(" ");
  const label = LABEL.exec(words);
  const rest = label ? words.slice(label[0].length).trim() : words;
  const lines: LineRange[] | undefined = comment.line !== null ? [{ start: comment.line, end: comment.line }] : undefined;
  const rated = RATED_MARK.exec(comment.lines[0]?.text ?? "")?.[1].trim().toLowerCase();
  const severity =
    label && /^(?:blocker|critical|high|medium|low)\b/i.test(label[0]) ? label[0].replace(/[\s:\-—–]+$/, "").toLowerCase() : rated && /^(?:blocker|critical|high|medium|low|info)$/.test(rated) ? rated : undefined;
  return {
    title: titleOf(rest),
    body: text.slice(comment.from, comment.to),
    span: { start: comment.from, end: comment.to },
    hints: { ...(lines && { lines }), ...(comment.path && { path: comment.path }), ...(severity && { severity }) },
  };
}

/** The comment's first sentence, or its first 120 characters. */
function titleOf(words: string): string {
  const end = words.search(/[.!?](?:\s|$)/);
  const sentence = end > 0 ? words.slice(0, end) : words;
  return sentence.length > 120 ? sentence.slice(0, 120).replace(/\s+\S*$/, "") : sentence;
}
