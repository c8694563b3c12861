import type { Block, HeadingBlock, ListBlock, ListItem, TableBlock } from "./blocks";
import { fieldAt, isKnownField, isNameField } from "./fields";
import type { FindingHints } from "../../findings/types";
import { concernTermCount } from "../../findings/raisesConcern";

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
  /^(?:\d+[.)]\s*)?(?:summary|executive summary|conclusions?|overall|overview|introduction|scope|methodology|context|background|positive (?:aspects|observations|notes|findings)|strengths|good practices|what (?:looks|is done|was done) (?:good|well|right)|things done well|well done|recommendations?|general recommendations|remediation (?:plan|roadmap|priorit\w*)|next steps|references|final (?:thoughts|notes|verdict)|disclaimer|tl;?dr|table of contents|contents)\b|\b(?:summary|overview|at a glance|table of contents)\s*:?$/i;

export function segmentReport(text: string, blocks: Block[]): Unit[] {
  return segmentContainer(text, blocks, { root: true });
}

interface Context {
  root: boolean;
}

function segmentContainer(text: string, blocks: Block[], ctx: Context): Unit[] {
  const markers = markersOf(text, blocks);
  if (markers.length === 0) return flatUnits(text, blocks, { allowProse: ctx.root });
  const units = flatUnits(text, blocks.slice(0, markers[0].index), { allowProse: false });
  const top = Math.min(...markers.map((m) => m.level));
  const heads = markers.filter((m) => m.level === top);
  heads.forEach((head, k) => {
    const end = k + 1 < heads.length ? heads[k + 1].index : blocks.length;
    const content = blocks.slice(head.index + 1, end);
    const last = [...content].reverse().find((b) => b.kind !== "rule") ?? blocks[head.index];
    units.push(...sectionUnits(text, head, content, last));
  });
  return units;
}

function sectionUnits(text: string, head: Marker, content: Block[], last: Block): Unit[] {
  const title = cleanTitle(text.slice(head.titleFrom, head.titleTo));
  if (NON_FINDING_HEADING.test(title)) return [];
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
    return inner.length > 0 || isContainer ? inner : [headingUnit()];
  }
  if (isContainer) return flatUnits(text, content, { allowProse: true });
  // A heading that names a problem, or whose section is written as fields ("**Impact:**"), is one
  // finding whatever lists it contains; otherwise a list under it holds the findings.
  const numbered = /^\d+[.)]\s/.test(text.slice(head.titleFrom, head.titleTo).trim()) || NUMBERED_LABEL.test(title);
  if (numbered || concernTermCount(title) > 0 || hasFieldParagraph(text, content)) return [headingUnit()];
  const items = flatUnits(text, content, { allowProse: false });
  return items.length >= 2 ? items : [headingUnit()];
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
    }
  });
  return markers;
}

function isPseudoHeading(line: string): boolean {
  const trimmed = line.trim();
  if (NUMBERED_LABEL.test(trimmed)) return true;
  const bold = /^(?:\*\*|__)(.{3,150}?)(?:\*\*|__):?$/.exec(trimmed);
  if (!bold || bold[1].includes("**")) return false;
  return !isKnownField(fieldAt(bold[1].endsWith(":") ? bold[1] : `${bold[1]}:`));
}

/** Findings in a stretch without headings: list items, table rows, or prose paragraphs. */
function flatUnits(text: string, blocks: Block[], opts: { allowProse: boolean }): Unit[] {
  const units: Unit[] = [];
  for (const block of blocks) {
    if (block.kind === "list") {
      // A list of nothing but fields, after a finding, is that finding continued past a code block.
      if (units.length > 0 && isFieldOnlyList(text, block)) units[units.length - 1].to = block.to;
      else units.push(...listUnits(text, block));
    } else if (block.kind === "table") units.push(...tableUnits(text, block));
  }
  if (units.length > 0 || !opts.allowProse) return units;
  return blocks.filter((b) => b.kind === "paragraph").map((p) => proseUnit(text, p.from, p.to));
}

function isFieldOnlyList(text: string, list: ListBlock): boolean {
  const fields = list.items.map((item) => fieldAt(itemText(text, item)));
  return fields.every((f) => isKnownField(f) && !isNameField(f));
}

function proseUnit(text: string, from: number, to: number): Unit {
  const line = firstLineRange(text, from, to);
  return { from, to, titleFrom: line.from, titleTo: line.to, hints: {}, kind: "prose" };
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
  if (fields.some(isNameField) && fieldShare >= 0.5) return namedFieldGroups(text, list.items, fields);
  if (fieldShare >= 0.6 && list.items.length >= 2) return [itemGroupUnit(text, list.items)];
  return list.items.map((item) => itemUnit(text, item));
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
  return raw
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
