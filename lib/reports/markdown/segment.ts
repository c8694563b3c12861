// Segmentation: the report's block structure → candidate units, by structure only. Sections
// (headings and heading-like lines) are handled here; lists and tables in their own modules.
import type { Block, HeadingBlock, ListBlock } from "./blocks";
import { fieldAt, isKnownField, isNameField, isOpeningField } from "./fields";
import { COMMENT_LABEL, concernTermCount, isPraiseTitle, isTrivialComment, NAMES_A_LINE, namesCode, opensFrame, opensWithFailingMark, opensWithStatusMark, saysNothingIsWrong } from "../../findings/raisesConcern";
import { extractLines, FOREIGN_LINE_WORD } from "../../findings/lines";
import type { LineRange } from "../../findings/types";
import { itemText, listUnits } from "./listUnits";
import { tableUnits } from "./tableUnits";
import { BRACKETED_STATUS, taskBoxOf } from "./taskBoxes";
import { cleanTitle, isNonFindingTitle, STEP } from "./titles";
import { BARE_LINE_LABEL, firstLineRange, opensNumbered, skipSpace, titledByFieldValue, trimEnd, type Unit } from "./unit";

export type { Unit } from "./unit";

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
const LABEL_AFTER_NUMBER = /^\S+\s*(?:#\s*)?\d{1,3}(?:\s*$|\s*[:.)—–-]|\s+[^a-z\s])/;
/** Headings that hold findings rather than name one. */
const CONTAINER_HEADING = new RegExp(
  String.raw`^${STEP}` +
  /(?:(?:detailed |key |main |security |code |identified |potential |other |additional |minor |major |critical |high|medium|low)[\w -]{0,20}?)?(?:findings?|vulnerabilit(?:y|ies)(?: list| found| identified)?|issues?(?: found| identified)?|concerns?|defects?|weaknesses|problems|risks|observations|notes|details|results|analysis|review|security review|assessment|audit|report|evaluation|severity|fyi|(?:not|non)[- ]?blocking|blocking|must[- ]fix|should[- ]fix|nice[- ]to[- ]have)(?:\s*$|\s*[:(\-—–/]|\s+(?:for|in|of|on)\s)/.source,
  "i",
);

export function segmentReport(text: string, blocks: Block[]): Unit[] {
  return segmentContainer(text, blocks, { root: true }).map((unit) => ({ ...unit, from: withQuoteMarks(text, unit.from) }));
}

/** "> **L14** `ARG NPM_TOKEN`": a unit in a blockquote starts at its line's quote marks. */
function withQuoteMarks(text: string, from: number): number {
  const start = lineStart(text, from);
  return start < from && /^[ \t]*>[ \t>]*$/.test(text.slice(start, from)) ? start : from;
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
  const units = markers[0].index < heads[0].index ? segmentContainer(text, preamble, { root: false }) : preambleUnits(text, preamble);
  heads.forEach((head, k) => {
    const end = k + 1 < heads.length ? heads[k + 1].index : blocks.length;
    // "**SEC-2231 — InvoiceSearch page: security fixes required**" over its fields, then "**To fix:**"
    // and the points: a ticket's title and header, read as a preamble is.
    // (Not "### GQL-1: ..." over "### GQL-2: ...": findings numbered by their ids.)
    const keyed = (h: Marker) => TICKET_KEY.test(cleanTitle(text.slice(h.titleFrom, h.titleTo)));
    if (k === 0 && ctx.root && head.index === 0 && heads.length >= 2 && keyed(head) && !keyed(heads[1])) {
      units.push(...preambleUnits(text, blocks.slice(head.index + 1, end)));
      return;
    }
    // The review's closing ("Overall, the code follows ...") after the last section is not part of it.
    const content = withoutClosing(text, blocks.slice(head.index + 1, end), k === heads.length - 1 && ctx.root);
    const last = [...content].reverse().find((b) => b.kind !== "rule") ?? blocks[head.index];
    const section = sectionUnits(text, head, content, last);
    const severity = groupSeverityOf(cleanTitle(text.slice(head.titleFrom, head.titleTo)));
    if (severity) for (const unit of section) unit.groupSeverity ??= severity;
    units.push(...section);
  });
  return units;
}

/**
 * What comes before a container's first heading: lists and tables, not free prose, unless its
 * paragraphs are a run under bold titles ("**SQL Injection in the Search Endpoint.** The ...",
 * "**Path Traversal in Invoice Download.** ...") with only a "### Conclusion" heading after them.
 */
function preambleUnits(text: string, preamble: Block[]): Unit[] {
  const leads = boldLeadUnits(text, preamble);
  return leads.length >= MIN_BOLD_LEAD_RUN ? leads : flatUnits(text, preamble, { allowProse: false });
}

const MIN_BOLD_LEAD_RUN = 3;

function withoutClosing(text: string, content: Block[], isLast: boolean): Block[] {
  if (!isLast) return content;
  let end = content.length;
  while (end > 1 && content[end - 1].kind === "paragraph" && opensFrame(text.slice(content[end - 1].from, content[end - 1].to))) end--;
  return content.slice(0, end);
}

/** "Critical Issues", "High-Risk Findings", "🟡 Medium", "Low Issues / Hardening": a section of one severity. */
const SEVERITY_GROUP =
  /^(critical|high|medium|moderate|low|informational|info)(?:[- ](?:severity|risk|priority|impact))?(?:\s+(?:severity|risk|priority))?(?:\s+(?:issues?|findings?|vulnerabilit(?:y|ies)|concerns?|risks?|problems?|bugs?|defects?|weaknesses))?(?:\s*[(:/]|\s[—–-]\s|\s*$)/i;

function groupSeverityOf(title: string): string | undefined {
  return SEVERITY_GROUP.exec(title.replace(/^\d{1,3}[.)]\s*/, ""))?.[1];
}

/** "Step 4: Decision", "Final answer", "Verdict": the section where a step-by-step answer decides. */
const DECISION_HEADING = new RegExp(String.raw`^${STEP}(?:final |overall )?(?:decision|verdict|answer)s?\b`, "i");

function sectionUnits(text: string, head: Marker, content: Block[], last: Block): Unit[] {
  const title = cleanTitle(text.slice(head.titleFrom, head.titleTo));
  if (DECISION_HEADING.test(title)) return recapUnits(text, content).map((u) => ({ ...u, decision: true }));
  if (isNonFindingTitle(title) || isPraiseTitle(title) || saysSectionIsClean(text, head, title, content)) {
    // "## Summary" with a table, then "### 1. Shell injection ..." nested under it: the summary is
    // what comes before the first sub-heading; the sub-sections are read on their own.
    const markers = isNonFindingTitle(title) ? markersOf(text, content) : [];
    if (markers.length === 0) return recapUnits(text, content);
    const first = markers[0].index;
    return [...recapUnits(text, content.slice(0, first)), ...segmentContainer(text, content.slice(first), { root: false })];
  }
  const headingUnit = (): Unit => {
    const unit: Unit = { from: lineStart(text, head.titleFrom), to: Math.max(head.titleTo, last.to), titleFrom: head.titleFrom, titleTo: head.titleTo, hints: {}, kind: "heading" };
    // "## Report 2" over "**Title:** Session token disclosed to ...": the section's own title field names it.
    const first = content[0];
    if (!BARE_NUMBER_LABEL.test(title) || first?.kind !== "paragraph" || !isNameField(fieldAt(text.slice(first.from, first.to)))) return unit;
    const line = firstLineRange(text, first.from, first.to);
    return titledByFieldValue(text, { ...unit, titleFrom: line.from, titleTo: line.to });
  };
  // "SEC-2291 — Review: orders infra": a ticket's key before what it is.
  const isContainer = CONTAINER_HEADING.test(title.replace(TICKET_KEY, "")) && !NUMBERED_LABEL.test(title);
  // "# Prototype pollution in ... leads to RCE" over "## Summary", "## Details", "## PoC", "## Impact":
  // an advisory or a bug-bounty write-up, one finding told in parts.
  if (!isContainer && isWriteUp(text, markersOf(text, content))) return [headingUnit()];
  if (markersOf(text, content).length > 0) {
    const inner = segmentContainer(text, content, { root: false });
    if (inner.some((u) => !u.recap) || isContainer) return inner;
    // A finding whose section ends with a recap ("**Summary of vulnerabilities:**"): the finding stops there.
    const firstMarker = markersOf(text, content)[0].index;
    const own = content.slice(0, firstMarker).reverse().find((b) => b.kind !== "rule");
    // "# Terraform Review: ..." straight over "## Overview", "## Strengths", "## Conclusion": the
    // document's title, with nothing of its own to say.
    if (!own) return inner;
    return [{ ...headingUnit(), to: Math.max(head.titleTo, own.to) }, ...inner];
  }
  if (isContainer) {
    const leads = boldLeadUnits(text, content);
    return leads.length >= 2 ? leads : flatUnits(text, content, { allowProse: true });
  }
  // A heading that names a problem, or whose section is written as fields ("**Impact:**"), is one
  // finding whatever lists it contains; otherwise a list under it holds the findings.
  // "## 1. Component exposure" over "1.1 **...**", "1.2 **...**": a category of numbered findings.
  if (content.some((b) => b.kind === "paragraph" && opensNumbered(text, b)))
    return flatUnits(text, content, { allowProse: false });
  const leads = boldLeadUnits(text, content);
  if (leads.length >= 2) return leads;
  // "### Identity and secrets" over "- ❌ ...", "- ✅ ...", or "- [x] ...", "- [ ] ...": a checklist's
  // category; its marks decide, also when every control in it passes.
  const lists = content.filter((b): b is ListBlock => b.kind === "list");
  const marks = (test: (item: string) => boolean) => lists.some((list) => list.items.some((item) => test(itemText(text, item))));
  const allMarked = lists.length > 0 && lists.every((list) => list.items.every((item) => opensWithStatusMark(itemText(text, item)) || taskBoxOf(itemText(text, item)) !== null));
  if (marks(opensWithFailingMark) || allMarked)
    return flatUnits(text, content, { allowProse: false });
  // "### 2. ...", "### 1.1 ...": a numbered finding, whatever lists it holds.
  const numbered = /^(?:\*\*|__)?\d+(?:[.)]|(?:\.\d+)+[.)]?)\s/.test(text.slice(head.titleFrom, head.titleTo).trim()) || NUMBERED_LABEL.test(title);
  if (numbered || concernTermCount(title) > 0 || hasFieldParagraph(text, content) || hasFieldList(text, content)) return [headingUnit()];
  const items = flatUnits(text, content, { allowProse: false });
  return items.length >= 2 ? items : [headingUnit()];
}

const TICKET_KEY = /^[A-Z][A-Z0-9]{1,9}-\d{1,6}\s*[—–:-]\s*/;

/** "Report 1", "Submission #2", "Finding 3": a heading that numbers its finding without naming it. */
const BARE_NUMBER_LABEL = /^(?:report|submission|finding|issue|vulnerability|vuln|bug|item)\s*#?\s*\d{1,3}\s*:?$/i;

/** The parts of one finding written up at length, as advisories and bug-bounty reports name them. */
const WRITE_UP_PART =
  /^(?:summary|overview|description|details|technical details|root cause|(?:proof[- ]of[- ]concept|poc)(?:\s*\/\s*steps to reproduce)?|steps to reproduce|reproduction(?: steps)?|impact|severity|cvss(?: score)?|remediation|mitigation|fix|suggested fix|recommendations?|references|affected (?:versions|components|code)|patches|patched versions|workarounds|timeline|credits?|exploitation|attack scenario|vulnerable code|evidence)\s*:?$/i;
/** Parts only a write-up of one finding has: how to reproduce it and what it lets an attacker do. */
const WRITE_UP_TELL = /^(?:proof[- ]of[- ]concept|poc|steps to reproduce|reproduction|impact|exploitation|attack scenario)/i;

function isWriteUp(text: string, markers: Marker[]): boolean {
  if (markers.length < 2) return false;
  const top = Math.min(...markers.map((m) => m.level));
  const titles = markers.filter((m) => m.level === top).map((m) => cleanTitle(text.slice(m.titleFrom, m.titleTo)));
  return titles.length >= 2 && titles.every((t) => WRITE_UP_PART.test(t)) && titles.some((t) => WRITE_UP_TELL.test(t));
}

/**
 * "## handle_config" over "**Allocation size is truncated to 16 bits.** `bytes` is ..." and
 * "**The copy loop then writes past the end of the heap block.** Lines 75-78 ...": paragraphs that
 * open with a bold sentence are the findings of a section named after the code they are in. Each
 * runs to the next such paragraph; what comes before the first is the section's introduction.
 */
function boldLeadUnits(text: string, content: Block[]): Unit[] {
  const units: Unit[] = [];
  // A review thread's comment is titled by its first words, not by its author's line.
  const untitled = new Set<Unit>();
  for (const block of content) {
    const lead = block.kind === "paragraph" ? BOLD_LEAD.exec(text.slice(block.from, block.to)) : null;
    const open = units[units.length - 1];
    if (block.kind === "paragraph" && COMMENT_AUTHOR.test(text.slice(block.from, block.to))) {
      // A reply quoted under a comment ("> **Dawid Nowak** @d.nowak · 1 day ago") is part of its thread.
      if (open && withQuoteMarks(text, block.from) < block.from) open.to = block.to;
      else {
        const header = firstLineRange(text, block.from, block.to);
        const unit: Unit = { from: block.from, to: block.to, titleFrom: header.from, titleTo: header.to, hints: {}, kind: "item" };
        untitled.add(unit);
        units.push(unit);
      }
      continue;
    }
    if (open && untitled.has(open) && block.kind === "paragraph" && !isPlaceLine(text, block)) {
      const line = firstLineRange(text, block.from, block.to);
      [open.titleFrom, open.titleTo] = [line.from, line.to];
      untitled.delete(open);
    }
    // A label ("**Positive notes:** ...") or a classification ("**CVSS 4.3** · CWE-209") is not a title.
    if (lead && !lead[2].trim().endsWith(":") && !CLASSIFICATION_LINE.test(lead[2]) && !isKnownField(fieldAt(`${lead[2].replace(/\.$/, "")}:`))) {
      // The title keeps its bold markers, so that a colon inside it is read as part of the title.
      const titleFrom = block.from + lead[1].length - 2;
      units.push({ from: block.from, to: block.to, titleFrom, titleTo: titleFrom + lead[2].length + 4, hints: {}, kind: "item" });
    } else if (units.length > 0 && block.kind !== "heading" && block.kind !== "rule") units[units.length - 1].to = block.to;
  }
  return units;
}

/**
 * "**Marta Kowalski** @m.kowalski · started a thread on the diff · 2 days ago": who wrote a comment of
 * a review thread (GitLab's and GitHub's exports), over the place, the diff and the comment.
 */
const COMMENT_AUTHOR =
  /^(?:\*\*|__)?[\p{L}][\p{L}.' -]{1,40}(?:\*\*|__)?(?:\s+@[\w.-]{1,40})?\s+[·•|-]\s+(?:started a (?:thread|discussion)|commented|replied|reviewed|suggested changes|\d{1,3} (?:minutes?|hours?|days?|weeks?|months?) ago|yesterday)\b/u;

/** A paragraph that opens with a bold sentence and goes on after it on the same line. */
const BOLD_LEAD = /^(\s*\*\*)([^*\n]{3,200}?)\*\*[ \t]+\S/;

/**
 * "**Result: No vulnerabilities found.**" over a list of what was checked: the list is the
 * reviewer's checklist, not findings. A section that goes on to "but" or "minor issues" is not clean.
 */
function saysSectionIsClean(text: string, head: Marker, title: string, content: Block[]): boolean {
  // "### Security" over "No security vulnerabilities were found in the provided code. ...": the
  // section's opening sentence is its verdict. (Under a pseudo-heading, "Issue 2: ..." whose own
  // paragraph tells the finding, the next paragraph is the report's closing.)
  const opens = head.level < PSEUDO_HEADING_LEVEL && content[0]?.kind === "paragraph";
  const opening = opens ? text.slice(content[0].from, content[0].to).split(/(?<=[.!?])\s+/, 1)[0] : "";
  // "While no vulnerabilities were identified, the following changes ...:" concedes, then lists.
  const verdict = opening.length <= 200 && !/^(?:while|although|though|even though|even if)\b|:\s*$/i.test(opening) && saysNothingIsWrong(opening);
  if (!saysNothingIsWrong(title) && !verdict) return false;
  const body = content.length > 0 ? text.slice(content[0].from, content[content.length - 1].to) : "";
  return !/\b(?:however|but|although|though|except|nevertheless|that said|minor|a few|a couple|some (?:issues|concerns|notes|suggestions|observations))\b/i.test(body);
}

/** The rows and one-line items of a section that holds no findings: kept only to lend their fields. */
function recapUnits(text: string, content: Block[]): Unit[] {
  // Items written out over several lines are kept too: alone in a report, they are its findings
  // (parseMarkdownReport promotes them then).
  return flatUnits(text, content, { allowProse: false })
    .filter((u) => u.kind === "row" || u.kind === "item")
    .map((u) => ({ ...u, recap: true, summary: !u.recap }));
}

/** "* File/line: ...", "* Recommendation: ...": a list that holds a finding's fields, not findings. */
function hasFieldList(text: string, blocks: Block[]): boolean {
  return blocks.some((b) => b.kind === "list" && (b as ListBlock).items.some((item) => isKnownField(fieldAt(itemText(text, item)))));
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
  const titleItems = blocks.filter((_, index) => isTitleItem(text, blocks, index)).length >= 2;
  blocks.forEach((block, index) => {
    if (block.kind === "heading") {
      markers.push({ index, level: (block as HeadingBlock).level, titleFrom: block.textFrom, titleTo: block.textTo });
    } else if (block.kind === "paragraph") {
      const line = firstLineRange(text, block.from, block.to);
      if (isPseudoHeading(text.slice(line.from, line.to))) {
        markers.push({ index, level: PSEUDO_HEADING_LEVEL, titleFrom: line.from, titleTo: line.to });
      }
    } else if (titleItems && isTitleItem(text, blocks, index)) {
      const item = (block as ListBlock).items[0];
      const from = skipSpace(text, item.contentFrom, item.to);
      markers.push({ index, level: PSEUDO_HEADING_LEVEL, titleFrom: from, titleTo: trimEnd(text, from, item.to) });
    } else if (block.kind === "html") {
      // <details><summary>Title</summary> ... </details>: a collapsible section, titled by its summary.
      const summary = SUMMARY_TAG.exec(text.slice(block.from, Math.min(block.to, block.from + 2000)));
      if (summary && !SUPPORTING_SUMMARY.test(summary[1].replace(/<[^>]{0,100}>/g, "").trim())) {
        const titleFrom = block.from + summary.index + summary[0].indexOf(">") + 1;
        markers.push({ index, level: PSEUDO_HEADING_LEVEL, titleFrom, titleTo: titleFrom + summary[1].length });
      }
    }
  });
  return markers;
}

/**
 * "2. Broken Access Control in the order query (Line 42)" on a line of its own, then paragraphs:
 * plain text numbered like a list, where each number titles the paragraphs under it. Markdown
 * reads a one-item list followed by paragraphs; taken as such in two places or more, it is a heading.
 */
function isTitleItem(text: string, blocks: Block[], index: number): boolean {
  const block = blocks[index];
  if (block.kind !== "list" || !(block as ListBlock).ordered || (block as ListBlock).items.length !== 1) return false;
  const item = (block as ListBlock).items[0];
  const line = text.slice(item.contentFrom, item.to).trim();
  const next = blocks[index + 1];
  // A sentence ("The `create_dir` function is defined as follows:") is a step of a walk-through, not a title.
  return line.length > 0 && line.length <= MAX_TITLE_ITEM && !line.includes("\n") && !/[.:]$/.test(line) && next?.kind === "paragraph";
}

const MAX_TITLE_ITEM = 150;

const SUMMARY_TAG = /<summary(?:\s[^>\n]{0,200})?>([^\n]{1,300}?)<\/summary>/i;
/** A collapsible block that supports the finding around it ("Proof of concept", "Payload"), not a finding of its own. */
const SUPPORTING_SUMMARY =
  /^(?:proof[- ]of[- ]concept|poc|exploit(?:ation)?(?: code| steps)?|example|details|show (?:code|details)|reproduction|steps to reproduce|payload|request|response|code|stack trace|log|output|patch|suggested fix|fix)\b/i;

/** "**CWE-926**", "**High · CWE-295**", "**CVSS 8.1**": a finding's classification on a line of its own, not a title. */
const CLASSIFICATION_LINE =
  /^(?:(?:CWE[-\s]?\d{1,5}|CVSS(?:v?\d(?:\.\d)?)?:?\s*\d{1,2}(?:\.\d)?|critical|high|medium|moderate|low|info(?:rmational)?|P[0-4]|sev(?:erity)?[- ]?[0-4])[\s,;/|·•().-]*)+$/i;

/**
 * Text that is only a place in the code: "Lines 51-56", "Line 43 (\`upload_file\`)", "views.py:88",
 * "documents_controller.rb L59 (again)", "\`auth.ts:45\`". As a bold line it is where a finding is,
 * not its title; as a paragraph of its own it pins the comment after it.
 */
const LINE_NUMBERS = String.raw`\d{1,6}(?:\s*[-–]\s*L?\d{1,6})?(?:\s*(?:,|and|&)\s*:?L?\d{1,6}(?:\s*[-–]\s*\d{1,6})?)*`;
const LINE_WORD = String.raw`(?:L|lines?|${FOREIGN_LINE_WORD})`;
const PLACE_ONLY = new RegExp(
  String.raw`^(?:\x60?[\w./\[\]-]{1,80}\.[A-Za-z]{1,5}\x60?(?:(?:\s+|:)(?:${LINE_WORD}\s*)?|\s*${LINE_WORD}\s*)|${LINE_WORD}\s*)${LINE_NUMBERS}\x60?(?:\s*\([^)\n]{0,60}\))?:?$`,
  "i",
);

/** "L85-90 \`foreach ($request->request->all() as $field => $value)\`": a place and the code quoted from it. */
const PLACE_AND_CODE = new RegExp(String.raw`^(?:\x60?[\w./\[\]-]{1,80}\.[A-Za-z]{1,5}\x60?\s+)?${LINE_WORD}\s*${LINE_NUMBERS}:?\s+\x60[^\n]*\x60$`, "i");

/** A line that says where the comment under it is: "> documents_controller.rb L12", or "> L73 \`$this->documents->find($id);\`" quoted. */
function isPlaceLine(text: string, block: Block): boolean {
  const line = text.slice(block.from, block.to).trim();
  return PLACE_ONLY.test(line) || (withQuoteMarks(text, block.from) < block.from && !line.includes("\n") && PLACE_AND_CODE.test(line));
}

/** "**CWE-306: Missing Authentication for Critical Function**": a finding's class, with its catalogue name, on a line of its own. */
const NAMED_CWE = /^CWE[-\s]?\d{1,5}\s*(?::|\s[—–-])\s*[^*\n]{3,150}$/i;

/**
 * "Lines 33–48 · CWE-639 (Authorization Bypass Through User-Controlled Key)", "Lines 116–120, \`search\`":
 * where, then what class or which code, under a finding's heading.
 */
function isPlaceAndClass(text: string): boolean {
  const parts = text.trim().split(/\s+[·•|]\s+|,\s+(?=\x60)/);
  const place = (part: string) => PLACE_ONLY.test(part);
  const code = (part: string) => /^\x60[^\x60\n]{1,80}\x60$/.test(part);
  const named = (part: string) => place(part) || code(part) || CLASSIFICATION_LINE.test(part) || /^CWE[-\s]?\d{1,5}\s*\([^()\n]{1,120}\)$/i.test(part);
  return parts.length >= 2 && parts.every(named) && (!parts.some(code) || parts.some(place));
}

function isPseudoHeading(line: string): boolean {
  const trimmed = line.trim();
  // "Finding 3: ...", "Issue #2 Missing auth"; not "Finding 1 is a release blocker ...", a sentence about one.
  if (NUMBERED_LABEL.test(trimmed) && LABEL_AFTER_NUMBER.test(trimmed)) return true;
  const bold = /^(?:\*\*|__)(.{3,150}?)(?:\*\*|__):?$/.exec(trimmed);
  if (!bold || bold[1].includes("**") || CLASSIFICATION_LINE.test(bold[1]) || NAMED_CWE.test(bold[1]) || PLACE_ONLY.test(bold[1].trim()) || isPlaceAndClass(bold[1])) return false;
  // "**Severity: Critical**" under a finding's heading is one of its fields, whatever the label's word.
  const field = fieldAt(bold[1]);
  if (field && field.value !== "" && isKnownField(field)) return false;
  // "**Summary**" over a table, "**Details**" over the findings: a section's name, not a field's label.
  if (!bold[1].endsWith(":") && !trimmed.endsWith(":") && (isNonFindingTitle(bold[1]) || CONTAINER_HEADING.test(bold[1]))) return true;
  return !isKnownField(fieldAt(bold[1].endsWith(":") ? bold[1] : `${bold[1]}:`));
}

/** Findings in a stretch without headings: list items, table rows, review comment lines, or prose paragraphs. */
function flatUnits(text: string, blocks: Block[], opts: { allowProse: boolean }): Unit[] {
  const pinned = pinnedSections(text, blocks);
  if (pinned) return [...flatUnits(text, blocks.slice(0, pinned.first), opts), ...pinned.units];
  const units: Unit[] = [];
  const consumed = new Set<Block>();
  blocks.forEach((block, i) => {
    if (consumed.has(block)) return;
    const run = fieldParagraphRun(text, blocks, i);
    if (run.length >= 2) {
      run.forEach((b) => consumed.add(b));
      const line = firstLineRange(text, block.from, block.to);
      units.push(titledByFieldValue(text, { from: block.from, to: run[run.length - 1].to, titleFrom: line.from, titleTo: line.to, hints: {}, kind: "item" }));
      return;
    }
    if (block.kind === "list") {
      // A list of nothing but fields, after a finding, is that finding continued past a code block.
      if (units.length > 0 && isFieldOnlyList(text, block)) units[units.length - 1].to = block.to;
      else units.push(...announcedBy(text, blocks[i - 1], listUnits(text, block)));
    } else if (block.kind === "table") units.push(...tableUnits(text, block));
    else if (block.kind === "paragraph") {
      const next = blocks[i + 1];
      if (next?.kind === "paragraph" && isPlaceLine(text, block)) {
        // "> documents_controller.rb L12" over the comment: a review tool's export, place then words.
        consumed.add(next);
        if (isTrivialComment(text.slice(next.from, next.to))) return;
        const line = firstLineRange(text, next.from, next.to);
        units.push({ from: block.from, to: next.to, titleFrom: line.from, titleTo: line.to, hints: {}, kind: "item", comment: true });
        return;
      }
      const bullets = embeddedBulletUnits(text, block);
      if (bullets.length > 0) {
        units.push(...bullets);
        return;
      }
      const placed = placedComment(text, block, units[units.length - 1]);
      if (placed !== undefined) {
        if (placed !== null) units.push(placed);
        return;
      }
      const comments = commentLineUnits(text, block.from, block.to);
      if (comments.length > 0) units.push(...comments);
      else if (opensNumbered(text, block)) units.push({ ...proseUnit(text, block.from, block.to), kind: "item" });
      // "27           live API key ..." set apart from a block of such notes: one more of them.
      else if (units.some((u) => u.comment) && bareLineLabel(text, lineStart(text, block.from), block.to)) units.push(proseUnit(text, block.from, block.to));
    }
  });
  // Nits alone are no list of findings: the findings may still be in the prose around them.
  const paragraphs = blocks.filter((b) => b.kind === "paragraph" && !consumed.has(b));
  if (units.some((u) => !u.recap && !isTrivialComment(text.slice(u.from, u.to)))) {
    if (!opts.allowProse || !isLetter(text)) return units;
    return withProse(text, units, paragraphs.filter((b) => !units.some((u) => u.from <= b.from && b.to <= u.to)));
  }
  if (!opts.allowProse) return [...units, ...ratedParagraphs(text, blocks, consumed)].sort((a, b) => a.from - b.from);
  // No list of findings (none at all, or only lists of advice and praise): the findings are in the prose.
  return withProse(text, units, paragraphs);
}

/** The units with the points of these paragraphs beside them, in the report's order. */
function withProse(text: string, units: Unit[], paragraphs: Block[]): Unit[] {
  const prose = paragraphs.flatMap((p) => separatePoints(text, p.from, p.to)).map((part) => proseUnit(text, part.from, part.to));
  return [...units, ...prose].sort((a, b) => a.from - b.from);
}

/**
 * "Subject: ...", "Hi Dan,": a review sent as a letter; or a chat thread's export, message under
 * message ("Femi Adeyemi  10:04"). Its paragraphs are its points as much as its lists are.
 */
function isLetter(text: string): boolean {
  const head = text.slice(0, 400);
  return /^(?:subject|from|to|cc)\s*:/im.test(head) || /^(?:hi|hello|hey|dear)\b[^\n.!?]{0,40}[,!]?[ \t]*$/im.test(head) || isChatExport(text);
}

/** Two messages or more, each under its sender's line or after its time and sender on one line. */
function isChatExport(text: string): boolean {
  let headers = 0;
  for (const match of text.matchAll(/^[^\n]{1,80}$/gm)) if (CHAT_HEADER.test(match[0].trim()) && ++headers >= 2) return true;
  return (text.slice(0, 20_000).match(CHAT_LINES) ?? []).length >= 2;
}

/**
 * A plain-text outline that markdown reads as one paragraph: "JwtAuthFilter.java" / "  doFilterInternal()"
 * / "    - [Critical] Unsigned tokens are accepted ...", its bullets indented too deep to start a list.
 * Each bullet, with the lines indented under it, is an item; the outline's labels between them are not.
 */
function embeddedBulletUnits(text: string, block: Block): Unit[] {
  const lines = paragraphLines(text, block.from, block.to).map((l) => {
    const start = lineStart(text, l.from);
    return { ...l, indent: indentOf(text, start), bullet: EMBEDDED_BULLET.test(text.slice(start, l.to)) };
  });
  // Two bullets, or one under an outline's label ("DocumentService.java" / "  search()" / "    - ..."),
  // or one whose letter continues a list told above ("Secrets" / "(e) detect-secrets flags ...").
  const bullets = lines.filter((l) => l.bullet);
  const continues = bullets.length === 1 && LATER_LETTER.test(text.slice(bullets[0].from, bullets[0].to));
  if (bullets.length === 0 || (bullets.length === 1 && !continues && (lines[0].bullet || bullets[0].indent <= lines[0].indent))) return [];
  const units: Unit[] = [];
  // "Issues" / "(a) ...": a ticket's section label over its points says what they are.
  const announced = !lines[0].bullet && ISSUES_LABEL.test(text.slice(lines[0].from, lines[0].to).trim());
  let open: { unit: Unit; indent: number } | null = null;
  for (const line of lines) {
    if (line.bullet) {
      const start = skipSpace(text, line.from, line.to);
      const unit: Unit = { from: start, to: line.to, titleFrom: start, titleTo: line.to, hints: {}, kind: "item", ...(announced && { announced }) };
      open = { unit, indent: line.indent };
      units.push(open.unit);
    } else if (open && line.indent > open.indent) open.unit.to = line.to;
    else open = null;
  }
  return units;
}

/**
 * "- ...", "2. ...", the lettered sub-points of a checklist ("3b. Program.cs:53 ..."), and a plain-text
 * ticket's lettered points ("(a) pickle upload — ...", "b) ...", "(iv) ...").
 */
const EMBEDDED_BULLET = /^[ \t]*(?:[-*•+]|\d{1,3}[a-z]?[.)]|\((?:[a-z]|[ivx]{1,4}|\d{1,3})\)|[a-z]\))[ \t]+\S/;
/** A plain-text section label that names its points as problems. */
const ISSUES_LABEL = /^(?:security |open |known )?(?:issues|findings|vulnerabilities|problems|defects)\s*:?$/i;
/** A lettered point after the first ("(e) ...", "c) ..."): a list's continuation, even alone in its paragraph. */
const LATER_LETTER = /^[ \t]*\(?[b-z]\)[ \t]/;

/**
 * "Severity: High | CWE-94 | deploy.yml, Line 36" over paragraphs, finding after finding between
 * rules: paragraphs laid out as findings even where free prose is not read (under a heading that
 * holds findings). Each takes the plain paragraphs after it, up to a rule or the next one.
 */
function ratedParagraphs(text: string, blocks: Block[], consumed: ReadonlySet<Block>): Unit[] {
  const units: Unit[] = [];
  let open: Unit | null = null;
  for (const block of blocks) {
    if (block.kind !== "paragraph" || consumed.has(block)) {
      open = null;
      continue;
    }
    const line = firstLineRange(text, block.from, block.to);
    if (isRatedLocation(text.slice(line.from, line.to))) {
      open = { ...proseUnit(text, block.from, block.to), kind: "item" };
      units.push(open);
    } else if (open) {
      // A rating line alone names no problem: the paragraph under it does.
      if (open.to === firstLineRange(text, open.from, open.to).to) {
        open.titleFrom = line.from;
        open.titleTo = line.to;
      }
      open.to = block.to;
    }
  }
  return units;
}

/**
 * "**worker.js L56** · \`extract()\`" over a quote, a paragraph and a list of fields, then the next
 * such line: review comments exported one section per place, each opened by its bold pin. Each
 * section runs to the next pin (or a closing rule) whatever blocks it holds.
 */
function pinnedSections(text: string, blocks: Block[]): { first: number; units: Unit[] } | null {
  const pins = blocks.flatMap((b, i) => (b.kind === "paragraph" && opensWithPinnedTitle(text.slice(b.from, b.to)) ? [i] : []));
  if (pins.length < 2) return null;
  const units = pins.map((at, k) => {
    const end = k + 1 < pins.length ? pins[k + 1] : lastBeforeClosingRule(blocks, at);
    const section = withoutClosing(text, blocks.slice(at, end), k + 1 === pins.length);
    const last = [...section].reverse().find((b) => b.kind !== "rule") ?? section[0];
    const title = sectionTitle(text, section);
    // Each section is a review comment at its place: judged as one, and a nit is none.
    return { from: blocks[at].from, to: last.to, titleFrom: title.from, titleTo: title.to, hints: {}, kind: "item" as const, comment: true };
  });
  return { first: pins[0], units: units.filter((u) => !isTrivialComment(text.slice(u.titleFrom, u.to))) };
}

/** The last section ends before a rule that is followed only by closing prose, or at the end. */
function lastBeforeClosingRule(blocks: Block[], from: number): number {
  for (let i = blocks.length - 1; i > from; i--) if (blocks[i].kind === "rule") return blocks.slice(i + 1).every((b) => b.kind === "paragraph") ? i : blocks.length;
  return blocks.length;
}

/**
 * A pin that is only a place ("**worker.js L56** · \`extract()\`") names no problem: the first
 * sentence after it does ("Zip slip."), skipping a quoted line of code.
 */
function sectionTitle(text: string, section: Block[]): { from: number; to: number } {
  const pin = firstLineRange(text, section[0].from, section[0].to);
  const words = text
    .slice(pin.from, pin.to)
    .replace(/\b(?:lines?|L)\s*\d{1,6}(?:\s*[-–]\s*\d{1,6})?|[,:;]/gi, " ")
    .replace(/\*\*[^*]*\*\*|`[^`]*`|[·•|—–-]/g, " ")
    .trim();
  if (words !== "") return pin;
  const prose = section.slice(1).find((b) => b.kind === "paragraph" && text.slice(b.from, b.to).replace(/`[^`]*`/g, "").trim().length > 0);
  return prose ? firstLineRange(text, prose.from, prose.to) : pin;
}

/**
 * "ISSUE: ..." / "WHERE: ..." / "RISK: ..." / "WHY: ..." as paragraphs of their own: one finding
 * written as fields, from a paragraph that opens with a naming label through the field paragraphs
 * after it (a code block inside belongs to it too).
 */
function fieldParagraphRun(text: string, blocks: Block[], start: number): Block[] {
  const first = blocks[start];
  if (first.kind !== "paragraph" || !isOpeningField(fieldAt(text.slice(first.from, first.to)))) return [];
  const run: Block[] = [first];
  for (let i = start + 1; i < blocks.length; i++) {
    const b = blocks[i];
    const field = b.kind === "paragraph" ? fieldAt(text.slice(b.from, b.to)) : null;
    if (b.kind === "code" || (isKnownField(field) && !isOpeningField(field))) run.push(b);
    else break;
  }
  return run;
}


/**
 * "L42: this is injectable" / "nit: unused import" on consecutive lines: terse review comments,
 * one per line, which markdown reads as a single paragraph. The first line and at least one more
 * must carry such a label; a line without one is a comment of its own when it points at a line
 * early on ("same on L97, ...", "+1, also L90"), and otherwise the wrapped rest of the one above.
 */
const MAX_FILE_HEADER = 200;
/** A file's name alone on a line ("Dockerfile", "src/api.ts:"), heading the notes under it. */
const FILE_HEADER = /^[ \t]*(?:[\w.-]+\/)*(?:[\w-]+\.[A-Za-z0-9]{1,8}|Dockerfile|Makefile|Jenkinsfile|Vagrantfile|Gemfile|Procfile)[ \t]*:?[ \t]*$/;

/** A bare line label (BARE_LINE_LABEL) opening the text at `from`: the lines it names, and where the words after it start. */
function bareLineLabel(text: string, from: number, to: number): { lines: string; wordsFrom: number } | null {
  const label = BARE_LINE_LABEL.exec(text.slice(from, to));
  return label ? { lines: label[1], wordsFrom: from + label[0].length } : null;
}

/** The lines a comment's label names ("L103", "views.py:88:", "Lines 57-60:"), if it names any. */
function labelLinesOf(line: string): LineRange[] | undefined {
  const label = COMMENT_LABEL.exec(line);
  const lines = label ? extractLines(label[0]) : [];
  return lines.length > 0 ? lines : undefined;
}

function commentLineUnits(text: string, from: number, to: number): Unit[] {
  const lines = paragraphLines(text, from, to);
  const labeled = lines.map((l) => {
    const line = text.slice(l.from, l.to);
    return COMMENT_LABEL.test(line) || STATUS_LINE.test(line) || BARE_LINE_LABEL.test(line);
  });
  // "TRIGGERS" over indented "✅ ..." / "❌ ..." lines: a checklist's category, then its marks.
  // "Dockerfile" over " :5   NPM_TOKEN ends up in ENV": the file the notes below are about.
  const firstLine = lines.length >= 2 ? text.slice(lines[0].from, lines[0].to) : "";
  const fileHeader = !labeled[0] && labeled[1] && firstLine.length <= MAX_FILE_HEADER && FILE_HEADER.test(firstLine);
  const header =
    !labeled[0] && lines.length >= 2 && ((isCategoryLine(firstLine) && STATUS_LINE.test(text.slice(lines[1].from, lines[1].to))) || fileHeader) ? 1 : 0;
  const path = fileHeader ? firstLine.trim().replace(/:$/, "") : undefined;
  if (lines.length < 2 || !labeled[header] || labeled.filter(Boolean).length < 2 - header) return [];
  if (header) lines.shift(), labeled.shift();
  const units: Unit[] = [];
  const wrapped = isHardWrapped(lines);
  lines.forEach((l, i) => {
    if (l.to <= l.from) return;
    // Unwrapped notes put one thought per line: a line without a label is a comment of its own too,
    // unless it is indented under the one above.
    const continues = wrapped || indentOf(text, l.from) > indentOf(text, lines[0].from);
    if (labeled[i] || !continues || POINTS_AT_LINE_EARLY.test(text.slice(l.from, l.to))) {
      const start = skipSpace(text, l.from, l.to);
      // "40: name printed raw": the number is the line, and no part of the title.
      const bare = bareLineLabel(text, l.from, l.to);
      // "L103 sort goes into ORDER BY, same bug as L29": the label's line is the note's, not one it mentions.
      const labelLines = bare ? bare.lines : labelLinesOf(text.slice(start, l.to));
      const hints = { ...(labelLines && { lines: labelLines }), ...(path && { path }) };
      const titleFrom = bare ? bare.wordsFrom : start;
      units.push({ from: start, to: l.to, titleFrom, titleTo: l.to, hints, kind: "item", comment: true });
    } else units[units.length - 1].to = l.to;
  });
  return units;
}

/**
 * "session_handler.cpp:79" (or "**DeepLinkActivity.kt:36**") on a line of its own with the comment
 * under it, in one paragraph: a review note, place then words. An indented paragraph right after such a note
 * ("  Separate problem on the same lines: ...") is a second comment at the same place. Null for a
 * nit (no finding), undefined when the paragraph is neither.
 */
function placedComment(text: string, block: Block, previous: Unit | undefined): Unit | null | undefined {
  const first = firstLineRange(text, block.from, block.to);
  // "**DeepLinkActivity.kt:48-50**" in bold is the same note.
  const place = text.slice(first.from, first.to).trim().replace(/^(\*\*|__)(.+)\1$/, "$2").trim();
  if (PLACE_ONLY.test(place) && first.to < block.to) {
    const rest = firstLineRange(text, first.to + 1, block.to);
    if (isTrivialComment(text.slice(rest.from, block.to))) return null;
    return { from: block.from, to: block.to, titleFrom: rest.from, titleTo: rest.to, hints: {}, kind: "item", comment: true, place };
  }
  if (previous?.place && indentOf(text, lineStart(text, block.from)) > 0 && text.slice(previous.to, block.from).trim() === "") {
    if (isTrivialComment(text.slice(first.from, block.to))) return null;
    return { from: first.from, to: block.to, titleFrom: first.from, titleTo: first.to, hints: { lines: extractLines(previous.place) }, kind: "item", comment: true, place: previous.place };
  }
  return undefined;
}

/** The lines of a stretch of text, each without its line break and trailing space. */
function paragraphLines(text: string, from: number, to: number): { from: number; to: number }[] {
  const lines: { from: number; to: number }[] = [];
  for (let at = from; at < to; ) {
    const newline = text.indexOf("\n", at);
    const end = newline < 0 || newline > to ? to : newline;
    lines.push({ from: at, to: trimEnd(text, at, end) });
    at = end + 1;
  }
  return lines;
}

/** A line that opens with a check mark, passing or failing. */
const STATUS_LINE = /^[ \t]*(?:✅|✔️?|☑️?|❌|✗|✘|✖️?|⚠️?)/u;

/** "TRIGGERS", "Token permissions:": a short line naming the category of the lines under it. */
function isCategoryLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 120 && (/^[A-Z][A-Z0-9 &/-]{2,}(?:\s*\([^)\n]*\))?:?$/.test(t) || (t.length <= 60 && t.endsWith(":")));
}

/**
 * Whether a paragraph's lines were wrapped at a width (each ends near the width the longest
 * reaches), rather than broken where each thought ends. Lines well past the width editors wrap at
 * were not wrapped.
 */
function isHardWrapped(lines: readonly { from: number; to: number }[]): boolean {
  const lengths = lines.map((l) => l.to - l.from);
  const longest = Math.max(...lengths);
  if (longest > WRAP_WIDTH_MAX) return false;
  const full = lengths.slice(0, -1).filter((n) => n >= longest * 0.75).length;
  return full * 2 >= lengths.length - 1;
}

function indentOf(text: string, lineStart: number): number {
  return /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0].length;
}

/** Editors and mail clients wrap at 72-100 columns. */
const WRAP_WIDTH_MAX = 100;

/** "same on L97, ...", "+1 to the above, also L90": a line reference within a comment's first words. */
const POINTS_AT_LINE_EARLY = /^[ \t]*(?:\S+[ \t]+){0,5}?\(?(?:L\d{1,6}|lines?[ \t]+\d{1,6})\b/i;

/**
 * "Yes, the code has two instances of CWE-190:" / "I found the following issues:" / "**Security
 * issues found:**": a lead-in that announces problems makes every item of the list after it one of
 * them (and lends its CWE).
 */
const ANNOUNCES_PROBLEMS =
  /^(?:\*\*|__)?(?:security |potential |main |key )?(?:issues|vulnerabilities|problems|findings|concerns|defects) (?:found|identified|detected|spotted)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?$|\b(?:found|identified|spotted|noticed|discovered|detected|has|have|contains?|there (?:is|are))\s+(?:\d+|one|two|three|four|five|six|several|multiple|a few|a couple of|some|the following|these|following)\s+(?:[\w-]+\s+){0,3}?(?:issues?|vulnerabilit(?:y|ies)|problems?|instances?|bugs?|weaknesses|concerns?|flaws?|defects?)\b[^.\n]{0,80}:\s*$/i;
/** "Four things I'd want fixed first:", "Items that must be fixed before release:": the reviewer's own word that each is a defect. */
const ASKS_FOR_FIXES =
  /\b(?:things|items|points|issues|problems)\b[^.\n]{0,40}?\b(?:(?:want|need|needs|have|has)(?: to be)? fixed|must be fixed|should be fixed|to (?:be )?fix(?:ed)?|blocking (?:the )?(?:merge|release|rollout))\b[^.\n]{0,40}:\s*$/i;
/** Lead-ins of mixed lists, or of lists of safeguards. */
const NOT_ANNOUNCING = /\b(?:no|not|check(?:ed)?|observations?|notes?|thoughts?|comments?|points?|things|prevent\w*|avoid\w*|protect\w*|mitigat\w*)\b/i;

/**
 * "General recommendations:" / "The service follows common security practices:": a lead-in that
 * announces advice or praise makes the list after it the reviewer's advice or praise, not findings.
 */
const ANNOUNCES_NON_FINDINGS = new RegExp(
  [
    String.raw`^(?:\*\*|__)?(?:general |additional |further |other |some |my )?(?:recommendations?|suggestions?|best practices|hardening(?: suggestions| tips)?|next steps|advice|tips)(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?$`,
    // "Beyond that, some general recommendations:", "I would recommend the following best practices:"
    String.raw`\b(?:general|generic|additional|further|overall|standard|common) (?:security |hardening |coding )?(?:recommendations|suggestions|best practices|advice|tips)\b[^.\n]{0,80}:\s*$|\brecommend the following (?:general |security )?(?:best practices|practices|measures)\b[^.\n]{0,40}:\s*$`,
    // "It performs the following functions:": what the code does, told step by step.
    String.raw`\b(?:it|the (?:\x60[^\x60\n]{1,60}\x60 )?(?:code|module|script|handler|function|method|action|endpoint|route|file|service|class|program|stack|chart|plugin|middleware))\s+(?:performs|does|handles|provides|implements|is responsible for|consists of)\s+(?:the following|these|several|a few|\w+ main)(?:\s+(?:functions|steps|tasks|things|operations|responsibilities|features|parts))?\s*:\s*$`,
    // "The \`updateReportSettings\` function:" over its steps.
    String.raw`^the \x60[^\x60\n]{1,60}\x60 (?:function|method|handler|action|endpoint|route|component|class|hook)\s*:$`,
    // "What the code does:", "How it works:": a walk-through of the code before the findings.
    String.raw`^(?:\*\*|__)?(?:what (?:the|this) (?:code|module|file|service|function|script|program) does|how (?:the|this) (?:code |module |service )?works|how it works|code (?:overview|walk-?through)|walk-?through|(?:my )?understanding of (?:the|this) code)(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?$`,
    String.raw`\b(?:follows?|uses?|applies|implements?|adheres? to)\b[^.:\n]{0,80}\b(?:good|common|best|sound|secure|standard|recommended) (?:security |coding )?(?:practices?|patterns?|guidelines|guidance|conventions)\b[^.\n]{0,60}:\s*$`,
    String.raw`^(?:\*\*|__)?(?:positive (?:aspects|observations|notes|points)|strengths|good practices|what(?:'s| is) (?:done )?well|done well|things done right)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?$`,
  ].join("|"),
  "i",
);

function announcedBy(text: string, lead: Block | undefined, units: Unit[]): Unit[] {
  if (lead?.kind !== "paragraph") return units;
  const sentence = text.slice(lead.from, lead.to).trim().split(/(?<=[.!?])\s+/).pop() ?? "";
  if (ANNOUNCES_NON_FINDINGS.test(sentence.replace(/\s+/g, " ").trim())) return units.map((u) => ({ ...u, recap: true }));
  if (!ASKS_FOR_FIXES.test(sentence) && (!ANNOUNCES_PROBLEMS.test(sentence) || NOT_ANNOUNCING.test(sentence))) return units;
  const cwes = [...new Set(sentence.match(/\bCWE-\d{1,5}\b/gi) ?? [])];
  return units.map((u) => ({ ...u, announced: true, hints: cwes.length === 1 && !u.hints.cwe ? { ...u.hints, cwe: cwes[0] } : u.hints }));
}

function isFieldOnlyList(text: string, list: ListBlock): boolean {
  const fields = list.items.map((item) => fieldAt(itemText(text, item)));
  return fields.every((f) => isKnownField(f) && !isNameField(f));
}

/**
 * A sentence that opens a separate point inside a paragraph: "Relatedly, Login compares the hashes
 * with !=", "Independently of what is done with the response, fetching the URL is an SSRF", or a
 * line of its own that counts it ("... two problems on one line.\nFirst, ...\nSecond, ..."). Prose
 * reviewers fold a second, smaller issue into the paragraph of the first this way.
 */
const SEPARATE_POINT =
  /(?<=[.!?:])\n(?=(?:First|Second|Third|Fourth|Fifth)(?:ly)?,[ \t])|(?<=[.!?])[ \t]+(?=(?:Relatedly|Separately|Independently|Unrelatedly|Unrelated to (?:this|that|the above)|On a (?:separate|different|related) note|As a separate (?:issue|problem|matter|point)|A (?:second|third|separate|different),? (?:unrelated |smaller |minor )?(?:issue|problem|concern|flaw|bug))\b)/g;

/** A line that opens with a checklist's mark in brackets: "[FAIL]", "[PASS]", "[N/A ]", "[x]", "[ ]". */
const STATUS_TAG_LINE = new RegExp(String.raw`^[ \t]*${BRACKETED_STATUS}(?=[ \t])`, "gmi");

/** A line that opens with a priority or severity in brackets: "[P1] ...", "[HIGH] ...", "[Sev-2] ...". */
const RATING_TAG_SOURCE = String.raw`^[ \t]*\[(?:P[0-4]|S[0-4]|sev(?:erity)?[:\s-]*[0-4]|critical|high|medium|moderate|low|info|minor|major|blocker)\](?=[ \t])`;
const RATING_TAG = new RegExp(RATING_TAG_SOURCE, "i");
const RATING_TAG_LINE = new RegExp(RATING_TAG_SOURCE, "gim");

/** A paragraph cut where a sentence opens a separate point; the first part keeps the paragraph's opening. */
function separatePoints(text: string, from: number, to: number): { from: number; to: number }[] {
  const paragraph = text.slice(from, to);
  const statusTags = [...paragraph.matchAll(STATUS_TAG_LINE)];
  const ratedTags = statusTags.length >= 2 ? [] : [...paragraph.matchAll(RATING_TAG_LINE)];
  // "[FAIL] Token storage\n  session.js lines 32-33 ...\n[PASS] ...": a plain-text checklist, one check per tag;
  // "[P1] check_origin() returns True (L36) ...\n[P2] ...": a ticket's points, each under its priority;
  // "[20:14] kestrel: ...\n[20:15] mojo_dev: ...": a chat log, one message per line (and the lines under it).
  const tagged = statusTags.length >= 2 ? statusTags : ratedTags.length >= 2 ? ratedTags : [...paragraph.matchAll(CHAT_LINES)];
  const checks = tagged.map((m) => from + m.index);
  if (checks.length >= 2) {
    const starts = checks[0] === from ? checks : [from, ...checks];
    return starts.map((start, i) => ({ from: start, to: i + 1 < starts.length ? trimEnd(text, start, starts[i + 1]) : to }));
  }
  const cuts = [...paragraph.matchAll(SEPARATE_POINT)].map((m) => from + m.index + m[0].length);
  // "... has two separate problems on one line.\nFirst, ...": a one-line lead that only counts them.
  const countingLead = cuts.length >= 2 && text[cuts[0] - 1] === "\n" && !text.slice(from, cuts[0] - 1).includes("\n") && cuts[0] - from <= 200;
  const starts = countingLead ? cuts : [from, ...cuts];
  return starts.map((start, i) => ({ from: start, to: i + 1 < starts.length ? trimEnd(text, start, starts[i + 1]) : to }));
}

/**
 * "Looked at uploads.go for the release. Two things before we ship.": the message that opens a
 * review in a thread names the file, not a place in it. (One that goes on to "first thing: L90
 * has a real PAT" is a point, and names a line.)
 */
function opensChatReview(message: string): boolean {
  return CHAT_REVIEW_OPENER.test(message) && !NAMES_A_LINE.test(message);
}

const CHAT_REVIEW_OPENER =
  /^\s*(?:(?:ok|okay|so|hi(?: all)?|hey|hello)[,.!]?\s+)?(?:i\s+)?(?:(?:have|'ve)\s+)?(?:looked (?:at|through|over)|had a (?:quick |first )?look (?:at|through)|took a (?:quick )?look at|went through|started on|reviewed|read through|going through)\b/i;

/** "Felix Brandt  10:43 AM": who wrote a chat message and when, on the line over it. */
const CHAT_HEADER = /^[\p{Lu}][\p{L}.'-]*(?: [\p{Lu}][\p{L}.'-]*){0,3}\s+(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]?)$/u;

/**
 * "[20:14] kestrel: collect_gold just does ...", "[09:12] <mojo_dev> ...", "2024-11-03 20:14 kestrel: ...":
 * a chat log's message on one line, after its time and its sender.
 */
const CHAT_LINE_SOURCE = String.raw`^[ \t]*\[?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]?[ \t]+(?:<[^>\s]{1,32}>|@?[\p{L}\d_.'-]{1,32}:)[ \t]+(?=\S)`;
const CHAT_LINE = new RegExp(CHAT_LINE_SOURCE, "u");
const CHAT_LINES = new RegExp(CHAT_LINE_SOURCE, "gmu");

function proseUnit(text: string, from: number, to: number): Unit {
  const header = firstLineRange(text, from, to);
  const logged = CHAT_LINE.exec(text.slice(header.from, header.to));
  // A chat export's message: its text after the sender's line, or after its time and sender, names it.
  const message = logged !== null || (CHAT_HEADER.test(text.slice(header.from, header.to).trim()) && header.to < to);
  const line = logged ? { from: header.from + logged[0].length, to: header.to } : message ? firstLineRange(text, header.to + 1, to) : header;
  const first = text.slice(line.from, line.to);
  const field = fieldAt(first);
  // A chat message is a point of its own, as a list item is, however loosely it is written; one that
  // points at the code is judged as a review comment pinned to it ("yes please, hostNetwork should go").
  const pinned = message && namesCode(text.slice(line.from, to)) && !opensChatReview(text.slice(line.from, to));
  const unit: Unit = { from, to, titleFrom: line.from, titleTo: line.to, hints: {}, kind: message ? "item" : "prose", ...(pinned && { comment: true }) };
  const bare = bareLineLabel(text, lineStart(text, line.from), line.to);
  // "Title: ... / Severity: ... / Details: ..." and tool lines ("main.go:58 - G204 (CWE-78) ... Severity: MEDIUM")
  // are laid out as findings: they are judged as list items are, not as free prose.
  if (((isNameField(field) || isOpeningField(field)) && fieldLineCount(text.slice(from, to)) >= 2) || isRatedLocation(first)) {
    unit.kind = "item";
    if (isOpeningField(field) && !isNameField(field)) return titledByFieldValue(text, unit);
  }
  // "[P1] check_origin() returns True (L36) ...": a point rated by its reviewer, judged as a list item is.
  else if (RATING_TAG.test(first)) unit.kind = "item";
  // "**OrderController.php L52** — `findOrFail($id)` isn't scoped ...": a review comment pinned to a line.
  else if (COMMENT_LABEL.test(first) || opensWithPinnedTitle(first) || CODE_NAME_LABEL.test(first)) unit.kind = "item";
  else if (opensWithPlacedTopic(first)) return { ...unit, kind: "item", comment: true };
  // "27           live API key compiled into the app": a note of its own, as a block of them writes it.
  // (Unindented: "    57: args := ..." is a tool quoting code.)
  else if (bare) return { ...unit, kind: "item", comment: true, titleFrom: bare.wordsFrom, hints: { lines: bare.lines } };
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
/**
 * "**P2 – Session fixation after login (line 59).** The session ID ...": a paragraph that opens with
 * a bold title carrying a line reference or a priority is laid out as a finding, like a list item.
 */
function opensWithPinnedTitle(line: string): boolean {
  const bold = /^[ \t]*(?:\*\*|__)([^*_\n]{3,160})(?:\*\*|__)/.exec(line);
  if (!bold) return false;
  // "**\`src/.../DocumentService.java\`**, line 25": a bold file with its line after it.
  if (/^[,:]?\s*(?:lines?|L)\s*\d{1,6}(?:\s*[-–]\s*\d{1,6})?\s*:?\s*$/i.test(line.slice(bold.index + bold[0].length)) && /\.[A-Za-z]{1,5}\x60?\s*$/.test(bold[1])) return true;
  return /\b(?:lines?|L)\s*\d{1,6}\b|^\s*(?:\[?(?:P[0-4]|sev(?:erity)?[- ]?[0-4]|critical|high|medium|moderate|low)\]?\s*[-–—:|])/i.test(bold[1]);
}

/**
 * "search_accounts: \`by\` can be any column", "\`verify()\`: ...": a paragraph labelled with the
 * code it is about. Judged as a list item is (not as free prose, which needs more words of trouble),
 * so that a walk-through of functions still needs a word of trouble to count.
 */
const CODE_NAME_LABEL = /^[ \t]*(?:[a-z][a-z0-9]*_[a-z0-9_]+|[a-z]+[A-Z]\w*|\w+\(\)|\x60[^\x60\n]{1,60}\x60)(?:\(\))?:[ \t]+\S/;

/**
 * "Regarding the banner text that is echoed without escaping on line 100: this is not a security
 * issue in practice ...": a paragraph that names its topic and where it is in the code, then says
 * what the reviewer thinks of it. It is judged as a pinned review comment: a point the reviewer
 * raises, however it rates it, unless it approves.
 */
function opensWithPlacedTopic(line: string): boolean {
  return /^[ \t]*(?:regarding|as (?:for|to|regards)|concerning|with regard to|about)\s+[^.:;\n]{3,160}?\b(?:lines?|L)\s*\d{1,6}\b/i.test(line);
}

/** A line of fields is short: a paragraph written on one line that names a CWE and a line is prose. */
const MAX_RATED_LOCATION = 160;

function isRatedLocation(line: string): boolean {
  if (line.trim().length > MAX_RATED_LOCATION) return false;
  const rated = /\bCWE[-_ ]?\d{1,5}\b|\b(?:severity|risk)\s*[:=]\s*(?:critical|high|medium|moderate|low)\b/i.test(line);
  return rated && /[\w.-]\.[A-Za-z]{1,5}:\d{1,6}\b|\b(?:lines?|L)\s*\d{1,6}\b/i.test(line);
}

