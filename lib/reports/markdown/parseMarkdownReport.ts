import type { ParsedReport, RawFinding, ReportFormat } from "../../findings/types";
import { closingVerdict } from "../../findings/closingVerdict";
import { namesCode, opensWithFailingMark, opensWithStatusMark, raisesConcern, saysNothingIsWrong } from "../../findings/raisesConcern";
import { extractLines } from "../../findings/lines";
import { isInAnotherLanguage } from "../../findings/language";
import { writtenSeverity } from "../../findings/severity";
import { extractCwe } from "../../findings/cwe";
import { blocksOf } from "./blocks";
import { parseMarkdownTree } from "./parseMarkdownTree";
import { segmentReport, type Unit } from "./segment";
import { cleanTitle, stripTitleDecoration } from "./titles";
import { fieldAt, isNameField } from "./fields";
import { BRACKETED_STATUS, problemBox, taskBoxOf } from "./taskBoxes";

/**
 * Markdown and plain-text reviews. Plain text goes through the same parser: hard-wrapped numbered
 * items with indented bullets are lists to CommonMark too, and a review without any structure is
 * a run of paragraphs.
 */
export function parseMarkdownReport(text: string, format: ReportFormat = "markdown"): ParsedReport {
  const segmented = segmentReport(text, blocksOf(parseMarkdownTree(text), text));
  // A closing decision's list recaps the findings told before it; alone, it is the findings.
  const toldBefore = segmented.some((u) => !u.recap && !u.decision && u.kind !== "prose");
  let units = segmented.map((u) => (u.decision && !toldBefore ? { ...u, recap: false } : u));
  // "| 1 | ... |" rows under "Summary", then "**#1** ..." notes titled by nothing but the ids: the
  // rows are the findings and the notes their details, whatever the table's heading says.
  const noted = notedIds(text, units);
  if (noted.size > 0) units = units.map((u) => (u.recap && u.kind === "row" && noted.has(rowIdOf(text, u) ?? "") ? { ...u, recap: false } : u));
  let kept = keptUnits(text, units);
  // A summary table with only notes on it ("On #2: ...") after it: the summary is the findings. So
  // is a "### Summary" whose numbered items are written out in full (each with its issue, severity
  // and fix), when nothing else tells them.
  const summaryUnits = units.filter((u) => u.recap && (u.kind === "row" || (u.kind === "item" && u.summary && isWrittenOut(text, u))));
  if (summaryUnits.length > 0 && !toldBefore && kept.length * 2 < summaryUnits.length) {
    units = units.map((u) => (summaryUnits.includes(u) ? { ...u, recap: false } : u));
    kept = keptUnits(text, units);
  }
  const findings = foldRecaps(text, foldIdDetails(text, withoutSummaries(text, afterOpeningVerdict(text, kept)), units), units.filter((u) => u.recap)).map((unit) =>
    toRawFinding(text, unit),
  );
  if (findings.length > 0 && endsClean(text, findings)) {
    const warning = `the report concludes that the code is not vulnerable; its ${findings.length} analysed item(s) are not counted as findings`;
    return { format, verdict: "no-issues", findings: [], warnings: [warning] };
  }
  return { format, verdict: findings.length > 0 ? "findings" : "no-issues", findings, warnings: [] };
}

/** An item of three lines or more: a finding written out, not a line of an overview. */
function isWrittenOut(text: string, unit: Unit): boolean {
  return text.slice(unit.from, unit.to).split("\n").filter((line) => line.trim() !== "").length >= 3;
}

/**
 * "**Logout may not remove everything.** The `logout` method ...": a paragraph titled by a bold
 * sentence. A title between asterisks may name `snake_case` code; one between underscores ends at
 * the first.
 */
const BOLD_LEAD_PARAGRAPH = /^\s*(?:\*\*[^*\n]{3,200}?\*\*|__[^_\n]{3,200}?__)/;

/**
 * Paragraphs laid out alike, each under a bold title, most of them about a problem: a list of
 * findings written as paragraphs. Each may then also be read as a list item is, by its layout and
 * its own words, not only by the stricter standard of free prose.
 */
function boldTitledRun(text: string, units: Unit[]): Set<Unit> {
  const leads = units.filter((u) => u.kind === "prose" && !u.recap && BOLD_LEAD_PARAGRAPH.test(text.slice(u.from, u.to)));
  if (leads.length < 3) return new Set();
  const raising = leads.filter((u) => raisesConcern(text.slice(u.from, u.to), "prose")).length;
  return raising * 2 >= leads.length ? new Set(leads) : new Set();
}

/** The units that raise a concern, with the explanations that continue them. */
function keptUnits(text: string, units: Unit[]): Unit[] {
  const kept: Unit[] = [];
  const titled = boldTitledRun(text, units);
  const foreign = isInAnotherLanguage(text);
  const boxable = (u: Unit) => u.kind === "item" || u.kind === "prose";
  const problem = problemBox(units.filter(boxable).map((u) => text.slice(u.from, u.to)));
  let previousKept = false;
  for (const unit of units) {
    if (unit.recap) continue;
    // A checklist that ticks some items and not others: its box says which are problems.
    const box = problem !== null && boxable(unit) ? taskBoxOf(text.slice(unit.from, unit.to)) : null;
    if (box) {
      previousKept = box.ticked === problem;
      if (previousKept) kept.push(unit);
      continue;
    }
    // "Explanation: ..." after a finding's paragraph is that finding's explanation, whatever its words.
    if (unit.continues && previousKept) {
      kept[kept.length - 1] = { ...kept[kept.length - 1], to: unit.to };
      continue;
    }
    previousKept = unit.parts
      ? unit.parts.some((part) => raisesConcern(text.slice(part.from, part.to), "item"))
      : raisesConcern(text.slice(unit.from, unit.to), unit.announced ? "heading" : unit.kind, { comment: unit.comment, afterFinding: previousKept }) ||
        (titled.has(unit) && raisesConcern(text.slice(unit.from, unit.to), "item")) ||
        (foreign && isPointAboutCode(text, unit));
    if (previousKept) kept.push(unit);
  }
  return kept;
}

/**
 * "2. Переполнение при сборке фрагментов (строки 86-93). end считается в uint16_t ...": in a review
 * written in another language, whose words of trouble raisesConcern cannot read, a list item that
 * points at code or lines and explains it in a sentence or more is a point the reviewer raises, and
 * so is a paragraph that names both a line and code.
 * (Terse comments are judged as comments; praise in such a review is rarely itemized.)
 */
function isPointAboutCode(text: string, unit: Unit): boolean {
  if (unit.comment || unit.recap) return false;
  // "Lalu di endpoint \`/reports\`, baris 81, \`file.path(REPORT_DIR, name)\` tidak mencegah ...": a
  // paragraph of prose that names a line and the code on it is a point too; an opening or closing
  // paragraph names code but rarely a line.
  if (unit.kind === "prose") {
    const paragraph = text.slice(unit.from, unit.to).trim();
    return paragraph.length >= 2 * MIN_POINT_CHARS && extractLines(paragraph).length > 0 && namesCode(paragraph);
  }
  if (unit.kind !== "item") return false;
  const item = text.slice(unit.from, unit.to).trim();
  // A checklist's ticked box ("- [x] `checked_sub` ... – gerai") is a check that passed.
  if (opensWithStatusMark(item)) return opensWithFailingMark(item);
  // "4. Riadok 88: STRIPE_API_KEY natvrdo ...": a line named in its own language points at code too.
  return item.length >= MIN_POINT_CHARS && (namesCode(item) || extractLines(item).length > 0);
}

const MIN_POINT_CHARS = 80;

/**
 * "No security defects are detected in the code." as the opening line: what follows in free prose
 * explains why (the reads are bounded, the port is range-checked); only findings laid out as such
 * (items, headings) can still stand against it.
 */
function afterOpeningVerdict(text: string, kept: Unit[]): Unit[] {
  const opening = text.trimStart().split(/\n[ \t]*\n/, 1)[0];
  if (opening.length > 300 || !saysNothingIsWrong(opening)) return kept;
  return kept.filter((u) => u.kind !== "prose");
}

/** "To summarize, I would fix the revenue report ... then the SSRF": a closing paragraph that recaps. */
const SUMMARY_OPENER = /^\s*(?:to summari[sz]e|in summary|in conclusion|to conclude|to sum up|summing up|all in all|in short)\b/i;

/** A prose paragraph that sums up the findings before it is not one more finding; alone, it is the finding. */
function withoutSummaries(text: string, kept: Unit[]): Unit[] {
  const summaries = kept.filter((u, i) => i > 0 && u.kind === "prose" && SUMMARY_OPENER.test(text.slice(u.from, u.to)));
  return summaries.length > 0 ? kept.filter((u) => !summaries.includes(u)) : kept;
}

/**
 * A step-by-step answer that walks through candidates and then decides the code is clean: its
 * decision, which comes after every candidate it walked through, is the report's verdict.
 */
function endsClean(text: string, findings: RawFinding[]): boolean {
  const closing = closingVerdict(text);
  return closing !== null && closing.clean && findings.every((f) => f.span.start <= closing.from);
}

function toRawFinding(text: string, unit: Unit): RawFinding {
  const body = [unit, ...(unit.details ?? [])].map((part) => text.slice(part.from, part.to)).join("\n\n");
  // The severity of the section ("## Critical Issues") is a fallback: what the finding says wins.
  const inherited = unit.groupSeverity && !unit.hints.severity && !writtenSeverity(body) ? { severity: unit.groupSeverity } : {};
  return {
    title: titleOf(text.slice(unit.titleFrom, unit.titleTo), unit.kind),
    body,
    span: { start: unit.from, end: unit.to },
    hints: { ...unit.hints, ...inherited },
  };
}

/** "| T-1 | Critical | Remote command execution ... |": a row whose first cell is an id. */
const ROW_ID = /^\s*\|?\s*([A-Za-z]{1,5}[-_]?\d{1,4}|#?\d{1,3})\s*\|/;
/** A title that is nothing but such an id: "**T-1.**", "F-03:", "**#1**". */
const ID_ONLY = /^(?:[A-Za-z]{1,5}[-_]?\d{1,4}|#?\d{1,3})$/;
/** An id as a key: "#1" and "1" are one, "T-1" and "t-1" too. */
const idKeyOf = (id: string) => id.replace(/^#/, "").toLowerCase();

function rowIdOf(text: string, unit: Unit): string | undefined {
  const id = unit.kind === "row" ? ROW_ID.exec(text.slice(unit.from, unit.to))?.[1] : undefined;
  return id === undefined ? undefined : idKeyOf(id);
}

/** The ids that notes outside tables are titled by, and nothing else ("**#1** The \`fetch\` route ..."). */
function notedIds(text: string, units: readonly Unit[]): Set<string> {
  const ids = new Set<string>();
  for (const unit of units) {
    if (unit.kind === "row" || unit.recap) continue;
    const title = titleOf(text.slice(unit.titleFrom, unit.titleTo), unit.kind);
    if (ID_ONLY.test(title)) ids.add(idKeyOf(title));
  }
  return ids;
}

/**
 * A table of findings keyed by id, then "**T-1.** \`format!\` interpolates ..." per id: a detail
 * titled by nothing but a row's id is that row's finding told at length. The row keeps the title
 * and its place in the report (the excerpt); the details join its body, where the signals read them.
 */
function foldIdDetails(text: string, kept: Unit[], all: readonly Unit[]): Unit[] {
  const rowsById = new Map<string, Unit>();
  for (const unit of kept) {
    const id = rowIdOf(text, unit);
    if (id) rowsById.set(id, unit);
  }
  if (rowsById.size === 0) return kept;
  const notes = numberedNotes(text, all, rowsById);
  // Whether or not a detail reads as a finding on its own: it is told about one.
  const details = new Map<Unit, { from: number; to: number }[]>();
  const folded = new Set<string>();
  for (const unit of all) {
    if (unit.kind === "row" || unit.recap) continue;
    const title = titleOf(text.slice(unit.titleFrom, unit.titleTo), unit.kind);
    const row = ID_ONLY.test(title) ? rowsById.get(idKeyOf(title)) : notes.get(unit);
    if (!row) continue;
    details.set(row, [...(details.get(row) ?? []), { from: unit.from, to: unit.to }]);
    folded.add(`${unit.from}:${unit.to}`);
  }
  return kept.filter((u) => !folded.has(`${u.from}:${u.to}`)).map((unit) => (details.has(unit) ? { ...unit, details: details.get(unit) } : unit));
}

/**
 * "| 1 | Hardcoded database passwords | 9–10 | High |" ... then "**Notes on each:**" and a list
 * numbered 1 to 6: a list numbered exactly as the table's rows, item for row, tells the rows at
 * more length. Each item, with its number, is the detail of its row.
 */
function numberedNotes(text: string, all: readonly Unit[], rowsById: ReadonlyMap<string, Unit>): Map<Unit, Unit> {
  const lists = new Map<number, Unit[]>();
  for (const unit of all) if (unit.kind === "item" && unit.group !== undefined) lists.set(unit.group, [...(lists.get(unit.group) ?? []), unit]);
  const notes = new Map<Unit, Unit>();
  for (const items of lists.values()) {
    const numbers = items.map((item) => /^\s*(\d{1,3})[.)]\s/.exec(text.slice(item.from, item.to))?.[1]);
    const keys = new Set(numbers);
    if (items.length < 2 || keys.size !== items.length || keys.size !== rowsById.size || !numbers.every((n) => n !== undefined && rowsById.has(n))) continue;
    items.forEach((item, i) => notes.set(item, rowsById.get(numbers[i]!)!));
  }
  return notes;
}

/**
 * Many reviews give an overview (a table, a one-line-per-issue list) and then a section per issue.
 * The overview's rows are the same findings again: a row that matches a detailed finding (by its
 * number, "| 2 |" for "### 2." or "Vulnerability 2:", or by its title) is dropped and lends its
 * severity, lines and CWE to that finding where the finding states none. A table or list counts
 * as an overview when at least half of its rows match; rows under a summary heading always do.
 */
function foldRecaps(text: string, kept: Unit[], recaps: Unit[]): Unit[] {
  const detailed = kept.filter((u) => u.kind === "heading" || (u.kind === "item" && (!isOneLine(text, u) || saysMoreThanItsTitle(u))));
  const groups = new Map<number, Unit[]>();
  for (const unit of kept) {
    if ((unit.kind === "row" || unit.kind === "item") && unit.group !== undefined && isOneLine(text, unit)) {
      groups.set(unit.group, [...(groups.get(unit.group) ?? []), unit]);
    }
  }
  const dropped = new Set<Unit>();
  for (const rows of groups.values()) {
    const pairs = matchRows(text, rows, detailed.filter((d) => !rows.includes(d)));
    if (pairs.length === 0 || pairs.length * 2 < rows.length) continue;
    for (const [row, finding] of pairs) {
      lend(text, row, finding);
      dropped.add(row);
    }
  }
  const recapGroups = new Map<number, Unit[]>();
  for (const unit of recaps) recapGroups.set(unit.group ?? unit.from, [...(recapGroups.get(unit.group ?? unit.from) ?? []), unit]);
  for (const rows of recapGroups.values()) {
    // A summary with one line per detailed finding, in the same order, pairs up line by line.
    const pairs: [Unit, Unit][] = rows.length === detailed.length ? rows.map((row, i) => [row, detailed[i]]) : matchRows(text, rows, detailed);
    for (const [row, finding] of pairs) lend(text, row, finding);
  }
  return kept.filter((u) => !dropped.has(u));
}

/** "**1. Privileged container.** `privileged` is true and ...": one long line, a title and its explanation. */
function saysMoreThanItsTitle(unit: Unit): boolean {
  return unit.to - unit.titleTo >= 80;
}

function isOneLine(text: string, unit: Unit): boolean {
  return !text.slice(unit.from, unit.to).trim().includes("\n");
}

/** Pairs compared at most: an overview of a few dozen findings needs a few thousand. */
const MAX_RECAP_PAIRS = 1_000_000;

function matchRows(text: string, rows: Unit[], findings: Unit[]): [Unit, Unit][] {
  if (rows.length * findings.length > MAX_RECAP_PAIRS) return [];
  const titleWords = (u: Unit) => words(cleanTitle(text.slice(u.titleFrom, u.titleTo)));
  const findingWords = findings.map(titleWords);
  const findingNumbers = findings.map((f) => ordinalOf(text.slice(f.titleFrom, f.titleTo)));
  const used = new Set<number>();
  const pairs: [Unit, Unit][] = [];
  // "| 1 | IAM | Critical |" over "### 1. Application role has full administrator rights": when the
  // rows and the sections are numbered alike, one for one, the numbers pair them without a shared word.
  const rowNumbers = rows.map((row) => rowOrdinal(text, row));
  const numberedAlike = sameNumbers(rowNumbers, findingNumbers);
  for (const [r, row] of rows.entries()) {
    const rowWords = titleWords(row);
    const number = rowNumbers[r];
    let best = -1;
    if (number !== null) {
      best = findingNumbers.findIndex((n, i) => n === number && !used.has(i) && (numberedAlike || shared(rowWords, findingWords[i]) >= 1));
    }
    if (best < 0) {
      let bestScore = 0;
      findingWords.forEach((fw, i) => {
        const common = shared(rowWords, fw);
        const score = common / Math.max(1, Math.min(rowWords.size, fw.size));
        if (!used.has(i) && common >= 2 && score >= 0.6 && score > bestScore) [best, bestScore] = [i, score];
      });
    }
    if (best >= 0) {
      used.add(best);
      pairs.push([row, findings[best]]);
    }
  }
  return pairs;
}

/** Both lists numbered, each number once, and the same numbers. */
function sameNumbers(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  if (a.length < 2 || a.length !== b.length || a.includes(null) || b.includes(null)) return false;
  const sa = new Set(a);
  return sa.size === a.length && new Set(b).size === b.length && b.every((n) => sa.has(n));
}

function lend(text: string, row: Unit, finding: Unit): void {
  const body = text.slice(finding.from, finding.to);
  const severity = row.hints.severity || writtenSeverity(text.slice(row.from, row.to)) || undefined;
  if (severity && !finding.hints.severity && !writtenSeverity(body)) finding.hints.severity = severity;
  const lines = typeof row.hints.lines === "string" ? row.hints.lines : undefined;
  if (lines && /\d/.test(lines) && !finding.hints.lines) finding.hints.lines = lines;
  if (row.hints.cwe && /\d/.test(row.hints.cwe) && !finding.hints.cwe && !extractCwe(body)) finding.hints.cwe = row.hints.cwe;
}

/**
 * "1. SQL injection", "Vulnerability 2: ...", "Finding #3 — ...", "F1: SQL injection ...": the
 * number or id a finding is given, as a key ("3", "f1"; "F-01" and "f1" are one).
 */
function ordinalOf(title: string): string | null {
  const match =
    /^[\s#>*_]*(?:(?:finding|issue|vulnerability|vuln|bug|problem|concern|defect|weakness)\s*#?\s*(\d{1,3})\b|(\d{1,3})(?:[.):](?!\d)|\s[—–-])|([A-Za-z]{1,5}[-_]?\d{1,4})(?:[.):](?!\d)|\s[—–-]))/i.exec(title);
  if (!match) return null;
  return match[3] ? idKey(match[3]) : String(Number(match[1] ?? match[2]));
}

function idKey(id: string): string {
  const [, letters, digits] = /^([A-Za-z]*)[-_]?(\d+)$/.exec(id)!;
  return `${letters.toLowerCase()}${Number(digits)}`;
}

/** A table row's number or id is its first cell ("| 2 |", "| F1 |"); a list item's is its list number. */
function rowOrdinal(text: string, row: Unit): string | null {
  const line = text.slice(row.from, row.to);
  const cell = /^\s*\|?\s*#?\s*(\d{1,3})\s*\|/.exec(line) ?? /^\s*(\d{1,3})[.)]\s/.exec(line);
  if (cell) return String(Number(cell[1]));
  const id = /^\s*\|?\s*([A-Za-z]{1,5}[-_]?\d{1,4})\s*\|/.exec(line);
  return id ? idKey(id[1]) : ordinalOf(text.slice(row.titleFrom, row.titleTo));
}

const STOP_WORDS = new Set(["the", "a", "an", "in", "on", "of", "to", "via", "with", "for", "and", "or", "is", "are", "by", "from", "at", "as", "no", "not", "its", "it", "this", "that"]);

function words(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 2 && !STOP_WORDS.has(w))
      .map((w) => (w.length >= 4 ? w.replace(/(?:ing|ed|es|s)$/, "") : w)),
  );
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** Where a title line stops: a bold lead, else the end of its first clause. */
export function titleOf(line: string, kind: Unit["kind"]): string {
  const trimmed = cleanLead(
    line
      .trim()
      .replace(/^\|\s*|\s*\|$/g, "")
      .replace(/^(?:finding|issue|vulnerability|vuln|bug|problem|concern|defect|weakness)\s*#?\s*\d{1,3}\s*[:.—–-]*\s*/i, ""),
  );
  const field = fieldAt(trimmed);
  if (isNameField(field) && field!.value.length > 2) return titleOf(field!.value, kind);
  // `__proto__`, `__init__`: a dunder name, not a word in bold.
  const bold = /^(?:\d{1,3}[.)]\s*)?(?:\[[A-Za-z]+\]\s*)?(?:\*\*(.{2,200}?)\*\*|__(?![_\s])(?!\w+__)(.{2,200}?)(?<![_\s])__(?!\w))/.exec(trimmed);
  // "Yes, the code is vulnerable to ...": the answer to the prompt's question is not part of the title.
  let title = bold ? (bold[1] ?? bold[2]) : firstClause(trimmed.replace(/^(?:yes|no)[,.:!]\s+/i, ""), kind);
  // "**4.2.1** Protection against IDOR — FAIL": a checklist's control id in bold; its words follow.
  if (bold && CONTROL_ID.test(title.trim())) {
    const words = firstClause(trimmed.slice(bold.index + bold[0].length).replace(/^[\s:.—–-]+/, ""), kind);
    if (/[A-Za-z]{3}/.test(words)) title = `${title.trim()} ${words}`;
  }
  title = cleanTitle(title)
    // "**The bucket is public (medium).**": the sentence's stop after its rating.
    .replace(/([)\]])[.:]$/, "$1")
    // "... (line 123) - CRITICAL": a rating after a dash, then the place.
    .replace(/\s+[-–—]\s+(?:critical|high|medium|moderate|low|info|informational)(?:\s+(?:severity|risk))?\s*$/i, "")
    .replace(/\s*\((?:[^()]*\b(?:lines?|l\d)[^()]*)\)\s*:?$/i, "")
    .replace(/\s*[([](?:critical|high|medium|moderate|low|info|informational)(?:\s+(?:severity|risk))?[)\]]\s*:?$/i, "")
    .replace(/[\s:.—–-]+$/, "")
    // A parenthesis the clause cut open: "... arguments (Confidence".
    .replace(/\s*\([^()]*$/, "");
  return title.length > 160 ? `${title.slice(0, 157).replace(/\s+\S*$/, "")}…` : title;
}

/** "4.2.1", "2.1.x", "10.5.2 (5.0)", "V5.1.5", "A01", "F-3": an id that names a control or item, not what it is about. */
const CONTROL_ID = /^(?:[A-Z]{1,5}[- ]?)?\d{1,3}(?:\.(?:\d{1,3}|x)){0,3}\.?(?:\s*\([^()\n]{1,12}\))?$/i;

/**
 * What comes before the words of a title: markup and status symbols ("<summary><b>🔴"), a rating
 * ("High: ..."), a place ("L42: ...", "[/src/main.go:58] - ...") or a rule id ("G204 (CWE-78): ...").
 */
function cleanLead(line: string): string {
  let rest = stripTitleDecoration(line);
  for (const lead of TITLE_LEADS) {
    const open = /^(?:\*\*|__)?/.exec(rest)![0];
    const match = lead.exec(rest.slice(open.length));
    if (!match) continue;
    let after = rest.slice(open.length + match[0].length);
    // "**High:** SQL injection": the bold closes inside the lead; "**High: SQL injection**": it stays open.
    if (open && after.startsWith(open)) after = after.slice(open.length).trimStart();
    else if (open && !match[0].includes(open)) after = open + after;
    if (after.replace(/[*_\s]/g, "").length > 2) rest = after;
  }
  return rest;
}

const TITLE_LEADS = [
  // "- [ ] **Kritinis – ...**", "[FAIL] Token storage": a task list's box, a checklist's status.
  new RegExp(String.raw`^${BRACKETED_STATUS}\s+`, "i"),
  /^(?:\[\d{1,3}\]|\(\d{1,3}\)|\([a-z]\)|#\d{1,3}[.:)]?)\s+/,
  // "OrderController.php L52 (again)** — ...", "L41 — nit: ...": a pinned comment's place.
  /^(?:[^\s*]{1,200}\.[A-Za-z]{1,5}\s+)?L\d{1,6}(?:\s*[-–]\s*L?\d{1,6})?(?:\s*\([^)\n]{0,40}\))?(?:\*\*|__)?\s*(?:[—–]|-(?=\s))\s*/,
  /^(?:critical|high|medium|moderate|low|info(?:rmational)?)(?:[- ](?:severity|risk|priority))?(?:\*\*|__)?\s*(?::|\s[—–-])\s*/i,
  // "[/src/main.go:58] - ...", "`tasks.py:28` / `api.py:50` - ...": one or more places.
  /^\[?`?[^\s*`]{0,200}?\.[A-Za-z]{1,5}:\d{1,6}(?:[-/]\d{1,6})?`?\]?(?:\s*[/,&]\s*`?[^\s*`/,&]{1,200}?\.[A-Za-z]{1,5}:\d{1,6}(?:-\d{1,6})?`?){0,4}\s*(?::|[—–-]\s)?\s*/,
  // "AccountServlet:77 status concatenated ...": a type and a line.
  /^[A-Z][\w-]{1,60}:\d{1,6}(?:[-/]\d{1,6})?\s+/,
  // ":65 permit! - no.": the line of a file named above.
  /^:\d{1,6}(?:[-/]\d{1,6})?\s+/,
  // "merge.ts        __proto__ goes straight through": a file in a column of its own.
  /^[^\s*]{1,200}?\.[A-Za-z]{1,5}(?:\t|[ ]{2,})/,
  /^(?:L\d{1,6}(?:\s*[-–]\s*L?\d{1,6})?(?:\s*\/\s*L?\d{1,6})*|lines?\s*\d{1,6}(?:\s*[-–]\s*\d{1,6})?)\s*:\s*/i,
  // "L85 Sprintf into the query", "L67-68 startActivity(...)", "l.35-36  deeplink ...": a bare pin before the words.
  /^L\.?\d{1,6}(?:\s*[-–]\s*(?:L\.?)?\d{1,6})?\s+(?=[\w`"'(])/i,
  // "APIClient L38-42: trust challenge ...", "Info.plist L3-4 NSAllowsArbitraryLoads=true"
  /^(?:[A-Z][\w-]{1,60}|[\w-]{1,60}\.[A-Za-z]{1,5})\s+L\d{1,6}(?:\s*[-–]\s*L?\d{1,6})?\s*:?\s+/,
  // "same line: no timeout on requests.get"
  /^(?:same|also|again|ditto)\s+(?:line|spot|place|call|function|handler)\s*[:,—–-]\s*/i,
  /^(?:[A-Z]{1,10}[-_]?\d{1,5}|CWE-\d{1,5})(?:\s*\(CWE-\d{1,5}\))?\s*(?::|\s[—–-])\s*/,
];

function firstClause(line: string, kind: Unit["kind"]): string {
  const limit = kind === "prose" ? 100 : 140;
  // Punctuation inside code ("`except Exception: pass`") ends no clause.
  const masked = line.replace(/`[^`\n]*`/g, (code) => "x".repeat(code.length));
  const stops = [/\.\s/, /\)[:,;]\s/, /\s[—–]\s/, /:\s/, /;\s/].map((p) => {
    const m = p.exec(masked.slice(8));
    return m ? m.index + 8 + (m[0].startsWith(")") ? 1 : 0) : -1;
  });
  const stop = Math.min(...stops.filter((s) => s > 0), line.length);
  const clause = line.slice(0, stop);
  // "withdraw() L70: raw_call BEFORE the shares update", "search(): `q` goes into Database.query": a
  // label that only says where is no title; the words after it name the problem.
  // "last one: upload_save does SAVE_DIR + slot_name": a word that counts the points says nothing of this one.
  if (masked[stop] === ":" && COUNTING_LABEL.test(clause.trim()) && /[A-Za-z]{3}/.test(line.slice(stop + 1))) return firstClause(line.slice(stop + 1).trim(), kind);
  if (masked[stop] === ":" && PLACE_LABEL.test(clause.trim())) {
    const rest = line.slice(stop + 1).trim();
    // (titleOf shortens what is still too long.)
    if (/[A-Za-z]{3}/.test(rest)) return `${clause.trim()}: ${firstClause(rest, kind)}`;
  }
  return clause.length > limit ? clause.slice(0, limit).replace(/\s+\S*$/, "") : clause;
}

/** "last one", "one more thing", "also", "finally": a lead that counts the points. */
const COUNTING_LABEL = /^(?:(?:and|also|oh and|ok|okay)\s+)?(?:(?:the\s+)?(?:last|final|first|second|third|next|other|another|one more)\s+(?:one|thing|point|issue|item|bit|problem)|also|plus|next|finally|lastly|btw|and another)$/i;

/** "withdraw() L70", "set_fee_bps L86", "`draw` L82", "search()", "Page line 13": code, a line, or both, and nothing else. */
const PLACE_LABEL =
  /^(?:(?:\x60[^\x60\n]{1,60}\x60|[\w.$:\-]{1,60}\(\)|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+[A-Z][\w$]*)(?:\s*,?\s*(?:L\.?\d{1,6}|[Ll]ines?\s*\d{1,6})(?:\s*[-–]\s*\d{1,6})?)?|(?:\w+\s+)?(?:L\.?\d{1,6}|[Ll]ines?\s*\d{1,6})(?:\s*[-–]\s*\d{1,6})?)$/;
