import type { Block, HeadingBlock, ListBlock, ListItem, TableBlock } from "./blocks";
import { fieldAt, isKnownField, isNameField } from "./fields";
import type { FindingHints } from "../../findings/types";
import { COMMENT_LABEL, concernTermCount, isPraiseTitle, saysNothingIsWrong } from "../../findings/raisesConcern";

/**
 * A stretch of the report that may be one finding, before anyone has decided whether it is:
 * segmentation is about structure only; classifyUnit decides about content.
 */
export interface Unit {
  from: number;
  to: number;
  /** Where the title text is, inside [from, to). */
  titleFrom: number;
  titleTo: number;
  /** Values read from structure (table columns), not from prose. */
  hints: FindingHints;
  /** Free prose paragraphs need a stronger signal to count as findings than list items do. */
  kind: "heading" | "item" | "row" | "prose";
  /** A paragraph that opens with a detail field ("Explanation: ..."): it belongs to the finding just before it, if any. */
  continues?: boolean;
  /**
   * A row or item of a summary that recaps findings told in detail elsewhere: never a finding
   * itself, it lends its structured fields (severity, lines, CWE) to the finding it summarizes.
   */
  recap?: boolean;
  /** The table or list the unit is a row or item of (its offset), to tell recaps apart from finding lists. */
  group?: number;
  /** A severity named by an enclosing section ("## Critical Issues"), for findings that state none of their own. */
  groupSeverity?: string;
  /** An item of a list that a lead-in announced as problems: judged like a finding's own section. */
  announced?: boolean;
  /** Statements the unit is made of: it raises a concern when one of them does (a walkthrough of one function). */
  parts?: { from: number; to: number }[];
}

/** A heading, or a paragraph that acts as one ("**Title**" alone on a line, "Finding 2 — ..."). */
interface Marker {
  index: number;
  level: number;
  titleFrom: number;
  titleTo: number;
}

const PSEUDO_HEADING_LEVEL = 7;
/** Numbered finding labels that open a block of their own, as in "Finding 1 — Zip Slip". */
const NUMBERED_LABEL = /^(?:finding|issue|vulnerability|vuln|bug|problem|concern|defect|weakness)\s*(?:#\s*)?\d{1,3}\b/i;
/** Headings that hold findings rather than name one. */
const CONTAINER_HEADING =
  /^(?:\d+[.)]\s*)?(?:(?:detailed |key |main |security |identified |potential |other |additional |minor |major |critical |high|medium|low)[\w -]{0,20}?)?(?:findings?|vulnerabilit(?:y|ies)(?: list| found| identified)?|issues?(?: found| identified)?|concerns?|defects?|weaknesses|problems|risks|observations|notes|details|results|analysis|review|security review|severity)(?:\s*$|\s*[:(\-—–]|\s+(?:for|in|of|on)\s)/i;
/** Headings whose sections never hold findings of their own: frame, praise, and recaps of findings told in detail elsewhere. */
const NON_FINDING_HEADING =
  /^(?:\d+[.)]\s*)?(?:summary|executive summary|conclusions?|overall|overview|introduction|scope|methodology|context|background|positive (?:aspects|observations|notes|findings|points)|positives|(?:security )?strengths|good (?:practices|points|things)|what(?:'s|’s| is| was| looks| works)?(?: done)? (?:good|well|right|nicely)|what works|things (?:done )?(?:well|right)|(?:done|handled) (?:well|right|correctly)|well done|(?:checks?|tests?|controls?) (?:that )?passed|passed checks|passing checks|recommendations?|general recommendations|remediation (?:plan|roadmap|priorit\w*)|next steps|references|non-?issues|not (?:an? )?(?:issues?|vulnerabilit(?:y|ies)|concerns?)|false positives?|dismissed|out of scope|non-?findings|final (?:thoughts|notes|verdict)|disclaimer|tl;?dr|table of contents|contents)\b|\b(?:summary|overview|at a glance|table of contents)\s*:?$/i;

export function segmentReport(text: string, blocks: Block[]): Unit[] {
  return segmentContainer(text, blocks, { root: true });
}

interface Context {
  root: boolean;
}

function segmentContainer(text: string, blocks: Block[], ctx: Context): Unit[] {
  const markers = markersOf(text, blocks);
  if (markers.length === 0) return flatUnits(text, blocks, { allowProse: ctx.root });
  const top = Math.min(...markers.map((m) => m.level));
  const heads = markers.filter((m) => m.level === top);
  // "#### 1) ..." sections followed by "### Good practices": deeper headings before the first
  // shallowest one are sections of their own, not preamble.
  const preamble = blocks.slice(0, heads[0].index);
  const units = markers[0].index < heads[0].index ? segmentContainer(text, preamble, { root: false }) : flatUnits(text, preamble, { allowProse: false });
  heads.forEach((head, k) => {
    const end = k + 1 < heads.length ? heads[k + 1].index : blocks.length;
    const content = blocks.slice(head.index + 1, end);
    const last = [...content].reverse().find((b) => b.kind !== "rule") ?? blocks[head.index];
    const section = sectionUnits(text, head, content, last);
    const severity = groupSeverityOf(cleanTitle(text.slice(head.titleFrom, head.titleTo)));
    if (severity) for (const unit of section) unit.groupSeverity ??= severity;
    units.push(...section);
  });
  return units;
}

/** "Critical Issues", "High-Risk Findings", "🟡 Medium", "Low Issues / Hardening": a section of one severity. */
const SEVERITY_GROUP =
  /^(critical|high|medium|moderate|low|informational|info)(?:[- ](?:severity|risk|priority|impact))?(?:\s+(?:severity|risk|priority))?(?:\s+(?:issues?|findings?|vulnerabilit(?:y|ies)|concerns?|risks?|problems?|bugs?|defects?|weaknesses))?(?:\s*[(:/]|\s[—–-]\s|\s*$)/i;

function groupSeverityOf(title: string): string | undefined {
  return SEVERITY_GROUP.exec(title.replace(/^\d{1,3}[.)]\s*/, ""))?.[1];
}

function sectionUnits(text: string, head: Marker, content: Block[], last: Block): Unit[] {
  const title = cleanTitle(text.slice(head.titleFrom, head.titleTo));
  if (NON_FINDING_HEADING.test(title) || isPraiseTitle(title) || saysSectionIsClean(text, title, content)) return recapUnits(text, content);
  const headingUnit = (): Unit => ({
    from: lineStart(text, head.titleFrom),
    to: Math.max(head.titleTo, last.to),
    titleFrom: head.titleFrom,
    titleTo: head.titleTo,
    hints: {},
    kind: "heading",
  });
  const isContainer = CONTAINER_HEADING.test(title) && !NUMBERED_LABEL.test(title);
  if (markersOf(text, content).length > 0) {
    const inner = segmentContainer(text, content, { root: false });
    if (inner.some((u) => !u.recap) || isContainer) return inner;
    // A finding whose section ends with a recap ("**Summary of vulnerabilities:**"): the finding stops there.
    const firstMarker = markersOf(text, content)[0].index;
    const own = content.slice(0, firstMarker).reverse().find((b) => b.kind !== "rule");
    return [{ ...headingUnit(), to: Math.max(head.titleTo, own?.to ?? head.titleTo) }, ...inner];
  }
  if (isContainer) return flatUnits(text, content, { allowProse: true });
  // A heading that names a problem, or whose section is written as fields ("**Impact:**"), is one
  // finding whatever lists it contains; otherwise a list under it holds the findings.
  const numbered = /^\d+[.)]\s/.test(text.slice(head.titleFrom, head.titleTo).trim()) || NUMBERED_LABEL.test(title);
  if (numbered || concernTermCount(title) > 0 || hasFieldParagraph(text, content)) return [headingUnit()];
  const items = flatUnits(text, content, { allowProse: false });
  return items.length >= 2 ? items : [headingUnit()];
}

/**
 * "**Result: No vulnerabilities found.**" over a list of what was checked: the list is the
 * reviewer's checklist, not findings. A section that goes on to "but" or "minor issues" is not clean.
 */
function saysSectionIsClean(text: string, title: string, content: Block[]): boolean {
  if (!saysNothingIsWrong(title)) return false;
  const body = content.length > 0 ? text.slice(content[0].from, content[content.length - 1].to) : "";
  return !/\b(?:however|but|although|though|except|nevertheless|that said|minor|a few|a couple|some (?:issues|concerns|notes|suggestions|observations))\b/i.test(body);
}

/** The rows and one-line items of a section that holds no findings: kept only to lend their fields. */
function recapUnits(text: string, content: Block[]): Unit[] {
  return flatUnits(text, content, { allowProse: false })
    .filter((u) => u.kind === "row" || (u.kind === "item" && !text.slice(u.from, u.to).trim().includes("\n")))
    .map((u) => ({ ...u, recap: true }));
}

function hasFieldParagraph(text: string, blocks: Block[]): boolean {
  return blocks.some((b) => b.kind === "paragraph" && isKnownField(fieldAt(text.slice(b.from, b.to))));
}

/** A heading's section starts at the start of its line, `#` marks included. */
function lineStart(text: string, position: number): number {
  return text.lastIndexOf("\n", position - 1) + 1;
}

function markersOf(text: string, blocks: Block[]): Marker[] {
  const markers: Marker[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === "heading") {
      markers.push({ index, level: (block as HeadingBlock).level, titleFrom: block.textFrom, titleTo: block.textTo });
    } else if (block.kind === "paragraph") {
      const line = firstLineRange(text, block.from, block.to);
      if (isPseudoHeading(text.slice(line.from, line.to))) {
        markers.push({ index, level: PSEUDO_HEADING_LEVEL, titleFrom: line.from, titleTo: line.to });
      }
    } else if (block.kind === "html") {
      // <details><summary>Title</summary> ... </details>: a collapsible section, titled by its summary.
      const summary = SUMMARY_TAG.exec(text.slice(block.from, Math.min(block.to, block.from + 2000)));
      if (summary) {
        const titleFrom = block.from + summary.index + summary[0].indexOf(">") + 1;
        markers.push({ index, level: PSEUDO_HEADING_LEVEL, titleFrom, titleTo: titleFrom + summary[1].length });
      }
    }
  });
  return markers;
}

const SUMMARY_TAG = /<summary(?:\s[^>\n]{0,200})?>([^\n]{1,300}?)<\/summary>/i;

function isPseudoHeading(line: string): boolean {
  const trimmed = line.trim();
  if (NUMBERED_LABEL.test(trimmed)) return true;
  const bold = /^(?:\*\*|__)(.{3,150}?)(?:\*\*|__):?$/.exec(trimmed);
  if (!bold || bold[1].includes("**")) return false;
  return !isKnownField(fieldAt(bold[1].endsWith(":") ? bold[1] : `${bold[1]}:`));
}

/** Findings in a stretch without headings: list items, table rows, review comment lines, or prose paragraphs. */
function flatUnits(text: string, blocks: Block[], opts: { allowProse: boolean }): Unit[] {
  const units: Unit[] = [];
  blocks.forEach((block, i) => {
    if (block.kind === "list") {
      // A list of nothing but fields, after a finding, is that finding continued past a code block.
      if (units.length > 0 && isFieldOnlyList(text, block)) units[units.length - 1].to = block.to;
      else units.push(...announcedBy(text, blocks[i - 1], listUnits(text, block)));
    } else if (block.kind === "table") units.push(...tableUnits(text, block));
    else if (block.kind === "paragraph") units.push(...commentLineUnits(text, block.from, block.to));
  });
  if (units.length > 0 || !opts.allowProse) return units;
  return blocks.filter((b) => b.kind === "paragraph").map((p) => proseUnit(text, p.from, p.to));
}

/**
 * "L42: this is injectable" / "nit: unused import" on consecutive lines: terse review comments,
 * one per line, which markdown reads as a single paragraph. Every line must carry such a label.
 */
function commentLineUnits(text: string, from: number, to: number): Unit[] {
  const lines: { from: number; to: number }[] = [];
  for (let at = from; at < to; ) {
    const newline = text.indexOf("\n", at);
    const end = newline < 0 || newline > to ? to : newline;
    lines.push({ from: at, to: trimEnd(text, at, end) });
    at = end + 1;
  }
  if (lines.length < 2 || !lines.every((l) => COMMENT_LABEL.test(text.slice(l.from, l.to)))) return [];
  return lines.map((l) => {
    const start = skipSpace(text, l.from, l.to);
    return { from: start, to: l.to, titleFrom: start, titleTo: l.to, hints: {}, kind: "item" as const };
  });
}

/**
 * "Yes, the code has two instances of CWE-190:" / "I found the following issues:": a lead-in that
 * announces problems makes every item of the list after it one of them (and lends its CWE).
 */
const ANNOUNCES_PROBLEMS =
  /\b(?:found|identified|spotted|noticed|discovered|detected|has|have|contains?|there (?:is|are))\s+(?:\d+|one|two|three|four|five|six|several|multiple|a few|a couple of|some|the following|these|following)\s+(?:[\w-]+\s+){0,3}?(?:issues?|vulnerabilit(?:y|ies)|problems?|instances?|bugs?|weaknesses|concerns?|flaws?|defects?)\b[^.\n]{0,80}:\s*$/i;
/** Lead-ins of mixed lists, or of lists of safeguards. */
const NOT_ANNOUNCING = /\b(?:no|not|check(?:ed)?|observations?|notes?|thoughts?|comments?|points?|things|prevent\w*|avoid\w*|protect\w*|mitigat\w*)\b/i;

function announcedBy(text: string, lead: Block | undefined, units: Unit[]): Unit[] {
  if (lead?.kind !== "paragraph") return units;
  const sentence = text.slice(lead.from, lead.to).trim().split(/(?<=[.!?])\s+/).pop() ?? "";
  if (!ANNOUNCES_PROBLEMS.test(sentence) || NOT_ANNOUNCING.test(sentence)) return units;
  const cwes = [...new Set(sentence.match(/\bCWE-\d{1,5}\b/gi) ?? [])];
  return units.map((u) => ({ ...u, announced: true, hints: cwes.length === 1 && !u.hints.cwe ? { ...u.hints, cwe: cwes[0] } : u.hints }));
}

function isFieldOnlyList(text: string, list: ListBlock): boolean {
  const fields = list.items.map((item) => fieldAt(itemText(text, item)));
  return fields.every((f) => isKnownField(f) && !isNameField(f));
}

function proseUnit(text: string, from: number, to: number): Unit {
  const line = firstLineRange(text, from, to);
  const first = text.slice(line.from, line.to);
  const field = fieldAt(first);
  const unit: Unit = { from, to, titleFrom: line.from, titleTo: line.to, hints: {}, kind: "prose" };
  // "Title: ... / Severity: ... / Details: ..." and tool lines ("main.go:58 - G204 (CWE-78) ... Severity: MEDIUM")
  // are laid out as findings: they are judged as list items are, not as free prose.
  if ((isNameField(field) && fieldLineCount(text.slice(from, to)) >= 2) || isRatedLocation(first)) unit.kind = "item";
  else if (isKnownField(field) && !isNameField(field) && DETAIL_LABELS.has(field!.label)) unit.continues = true;
  return unit;
}

/** Labels of a paragraph that explains or completes the finding before it. */
const DETAIL_LABELS = new Set([
  "explanation", "details", "detail", "analysis", "reason", "reasoning", "evidence", "impact", "security impact",
  "recommendation", "recommendations", "fix", "suggested fix", "solution", "remediation", "mitigation", "exploitation",
  "attack scenario", "proof of concept", "poc", "root cause", "consequence", "consequences",
]);

function fieldLineCount(paragraph: string): number {
  return paragraph.split("\n").filter((line) => isKnownField(fieldAt(line))).length;
}

/** A first line that gives a weakness id or a severity rating together with a place in the code. */
function isRatedLocation(line: string): boolean {
  const rated = /\bCWE[-_ ]?\d{1,5}\b|\b(?:severity|risk)\s*[:=]\s*(?:critical|high|medium|moderate|low)\b/i.test(line);
  return rated && /[\w.-]\.[A-Za-z]{1,5}:\d{1,6}\b|\b(?:lines?|L)\s*\d{1,6}\b/.test(line);
}

/** "- HASHSIZE", "- Python 3.11": an enumeration of names, not a list of findings. */
function isBareTerm(itemText: string): boolean {
  return itemText.trim().split(/\s+/).length <= 3 && !/\[[a-z]+\]|:/i.test(itemText);
}

/** A table of contents: every item is just a link to an anchor in the same document. */
const ANCHOR_LINK_ITEM = /^\s*\[[^\]\n]{1,200}\]\(#[^)\s]{0,200}\)\s*$/;

function listUnits(text: string, list: ListBlock): Unit[] {
  if (list.items.every((item) => ANCHOR_LINK_ITEM.test(itemText(text, item).split("\n", 1)[0]))) return [];
  if (list.items.every((item) => isBareTerm(itemText(text, item)))) return [];
  const fields = list.items.map((item) => fieldAt(itemText(text, item)));
  const fieldShare = fields.filter(isKnownField).length / Math.max(1, fields.length);
  const grouped = (units: Unit[]) => units.map((u) => ({ ...u, group: list.from }));
  if (fields.some(isNameField) && fieldShare >= 0.5) return grouped(namedFieldGroups(text, list.items, fields));
  if (fieldShare >= 0.6 && list.items.length >= 2) return grouped([itemGroupUnit(text, list.items)]);
  return list.items.flatMap((item) => {
    const category = categoryOf(text, item);
    if (!category) return grouped([itemUnit(text, item)]);
    // "1. **Access Control**": the sub-items are the findings. "1. `parse_rr`:" walks through one
    // function: the item stays whole, and is a finding only if one of its sub-items raises something.
    if (!CODE_SUBJECT.test(category.name)) return listUnits(text, category.list);
    const parts = category.list.items.map((i) => ({ from: skipSpace(text, i.contentFrom, i.to), to: trimEnd(text, i.from, i.to) }));
    return grouped([{ ...itemUnit(text, item), parts }]);
  });
}

/** A title that names a piece of code rather than a kind of problem or an area of concern. */
const CODE_SUBJECT = /`|\w\(\)|\b[A-Za-z]+_\w+|\b[a-z]+[A-Z]\w*|\b(?:function|method|class|module|struct|macro|file|constructor|handler|endpoint|route)\b/;

/**
 * "1. **Access Control**" with a numbered list of sentences under it: a category heading in list
 * form, whose sub-items are the findings. An item titled by a problem ("**SQL injection**"), or
 * whose sub-items are its fields ("- Line 43: ...", "- Solution: ..."), stays one finding.
 */
function categoryOf(text: string, item: ListItem): { name: string; list: ListBlock } | null {
  const [title, nested, ...rest] = item.children;
  if (rest.length > 0 || title?.kind !== "paragraph" || nested?.kind !== "list") return null;
  const line = text.slice(title.from, title.to).trim();
  const name = line.replace(/^(?:\*\*|__)(.*?)(?:\*\*|__)\s*:?$/, "$1").replace(/:$/, "").trim();
  if (line.includes("\n") || name.split(/\s+/).length > 5 || /[.;,!?]/.test(name) || concernTermCount(name) > 0) return null;
  const list = nested as ListBlock;
  return list.items.every((i) => isSentenceItem(text, i)) ? { name, list } : null;
}

/** A sub-item that is a statement of its own, not a field ("Line 43: ...", "Impact: ...") or a bare name. */
function isSentenceItem(text: string, item: ListItem): boolean {
  const content = itemText(text, item);
  const field = fieldAt(content);
  if (isBareTerm(content)) return false;
  // "Expired shares are still downloadable: ..." reads as a label, but a label of several words that names no field is a sentence.
  return field === null || (!isKnownField(field) && !/^(?:lines?|l)\s*\d/.test(field.label) && field.label.split(" ").length >= 3);
}

/** "- Vulnerability name: X / - Description: ... / - Vulnerability name: Y": a finding per name. */
function namedFieldGroups(text: string, items: ListItem[], fields: ReturnType<typeof fieldAt>[]): Unit[] {
  const units: Unit[] = [];
  let group: ListItem[] = [];
  const flush = () => {
    if (group.length > 0) units.push(itemGroupUnit(text, group));
    group = [];
  };
  items.forEach((item, i) => {
    if (isNameField(fields[i])) flush();
    if (isNameField(fields[i]) || group.length > 0) group.push(item);
  });
  flush();
  return units;
}

function itemGroupUnit(text: string, items: ListItem[]): Unit {
  const first = itemUnit(text, items[0]);
  return { ...first, to: items[items.length - 1].to };
}

function itemUnit(text: string, item: ListItem): Unit {
  const start = skipSpace(text, item.contentFrom, item.to);
  const line = firstLineRange(text, start, item.to);
  return { from: item.from, to: trimEnd(text, item.from, item.to), titleFrom: line.from, titleTo: line.to, hints: {}, kind: "item" };
}

function itemText(text: string, item: ListItem): string {
  return text.slice(skipSpace(text, item.contentFrom, item.to), item.to);
}

const NO_RATING = /^\s*(?:\*\*)?\s*(?:none|n\/a|ok|pass(?:ed)?|safe|no|not applicable|not vulnerable|—|–|-)\s*(?:\*\*)?\s*$/i;
const TITLE_COLUMN = /\b(issue|title|finding|vulnerability|vuln|name|problem|weakness|summary|description)\b/i;

function tableUnits(text: string, table: TableBlock): Unit[] {
  const headers = table.header.map((cell) => text.slice(cell.from, cell.to).replace(/[*_`]/g, "").trim());
  const titleColumn = headers.findIndex((h) => TITLE_COLUMN.test(h));
  if (titleColumn < 0) return [];
  const column = (pattern: RegExp) => headers.findIndex((h) => pattern.test(h));
  const columns = {
    severity: column(/\b(severity|risk|priority|rating|impact)\b/i),
    cwe: column(/\bcwe\b/i),
    lines: column(/\b(lines?|location|where)\b/i),
  };
  return table.rows
    .filter((row) => row.cells[titleColumn])
    // "| Password policy | None | L52 | OK |": a row rated as nothing is a check that passed.
    .filter((row) => columns.severity < 0 || !row.cells[columns.severity] || !NO_RATING.test(text.slice(row.cells[columns.severity].from, row.cells[columns.severity].to)))
    .map((row) => {
      const cell = (i: number) => (i >= 0 && row.cells[i] ? text.slice(row.cells[i].from, row.cells[i].to).trim() : undefined);
      const title = row.cells[titleColumn];
      return {
        from: row.from,
        to: row.to,
        titleFrom: title.from,
        titleTo: title.to,
        hints: { severity: cell(columns.severity), cwe: cell(columns.cwe), lines: cell(columns.lines) },
        kind: "row" as const,
        group: table.from,
      };
    });
}

export function firstLineRange(text: string, from: number, to: number): { from: number; to: number } {
  const start = skipSpace(text, from, to);
  const newline = text.indexOf("\n", start);
  return { from: start, to: newline < 0 || newline > to ? to : newline };
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i])) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && /\s/.test(text[i - 1])) i--;
  return i;
}

/** Markdown decoration and numbering off a title: "### 1. **SQL Injection**:" → "SQL Injection". */
export function cleanTitle(raw: string): string {
  return stripTitleDecoration(raw)
    .replace(/\*\*/g, "")
    // "__Title__" is bold, but `__init__` and `window.__proto__` are names: only a whole-title pair goes.
    .replace(/^\s*__(?!_)(.+?)__\s*$/, "$1")
    .replace(/^\s*#{1,6}\s*/, "")
    .replace(/^\s*(?:\d{1,3}[.)]|[-*+])\s+/, "")
    .replace(/^\s*\[(?:critical|high|medium|moderate|low|info|informational|note|warning|error)\]\s*/i, "")
    .replace(/^(?:finding|issue|vulnerability|vuln|bug|problem|concern|defect|weakness)\s*#?\s*\d{1,3}\s*[:.—–-]*\s*/i, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * <b>, <code> and the like format a title (in <summary> lines), while <script> is content and stays;
 * status symbols before the words ("🔴 High: ...", "⚠️ Race condition") go.
 */
export function stripTitleDecoration(raw: string): string {
  return raw
    .replace(/<\/?(?:b|strong|i|em|code|kbd|samp|tt|u|s|mark|span|sub|sup|small|big|summary)(?:\s[^>]{0,100})?>/gi, "")
    .replace(/^[\s\p{Extended_Pictographic}\p{So}\uFE0F\u200D]+/u, "");
}
