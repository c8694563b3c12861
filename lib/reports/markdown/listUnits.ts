// Findings in markdown lists: one per item, one per named field group ("- Vulnerability name:"),
// or one per sub-item of a category item ("1. **Access Control**").
import type { ListBlock, ListItem } from "./blocks";
import { fieldAt, isKnownField, isNameField } from "./fields";
import { concernTermCount } from "../../findings/raisesConcern";
import { cleanTitle, isNonFindingTitle } from "./titles";
import { extractLines } from "../../findings/lines";
import { isFileName } from "../../findings/symbols";
import { firstLineRange, opensNumbered, skipSpace, titledByFieldValue, trimEnd, type Unit } from "./unit";

/** "- HASHSIZE", "- Python 3.11": an enumeration of names, not a list of findings. */
export function isBareTerm(itemText: string): boolean {
  return itemText.trim().split(/\s+/).length <= 3 && !/\[[a-z]+\]|:/i.test(itemText);
}

/** A table of contents: every item is just a link to an anchor in the same document. */
const ANCHOR_LINK_ITEM = /^\s*\[[^\]\n]{1,200}\]\(#[^)\s]{0,200}\)\s*$/;

export function listUnits(text: string, list: ListBlock): Unit[] {
  if (list.items.every((item) => ANCHOR_LINK_ITEM.test(itemText(text, item).split("\n", 1)[0]))) return [];
  if (list.items.every((item) => isBareTerm(itemText(text, item)))) return [];
  const fields = list.items.map((item) => fieldAt(itemText(text, item)));
  const fieldShare = fields.filter(isKnownField).length / Math.max(1, fields.length);
  const grouped = (units: Unit[]) => units.map((u) => ({ ...u, group: list.from }));
  if (fields.some(isNameField) && fieldShare >= 0.5) return grouped(namedFieldGroups(text, list.items, fields));
  // "* Security Concern: Command Injection / Lines: 71-73 / ..." item after item: one label opening
  // every item names each finding, as "Vulnerability name:" does. One finding's own fields differ
  // from item to item ("Line 43:", "Security Concern:", "Solution:").
  if (list.items.length >= 2 && fields.every(isKnownField) && new Set(fields.map((f) => f!.label)).size === 1)
    return grouped(list.items.map((item) => titledByFieldValue(text, itemUnit(text, item))));
  if (fieldShare >= 0.6 && list.items.length >= 2) return grouped([itemGroupUnit(text, list.items)]);
  return list.items.flatMap((item) => {
    // "6. General observations" over praise and remarks: the reviewer's notes, not findings.
    if (isNotesItem(text, item)) return grouped([{ ...itemUnit(text, item), recap: true }]);
    // "1. **Memory safety**" over paragraphs "1.1 *Stale pointer* ...", "1.2 ...": the numbered points are the findings.
    const points = numberedPoints(text, item);
    if (points.length > 0) return grouped(points);
    const category = categoryOf(text, item);
    if (!category) return grouped([itemUnit(text, item)]);
    // "1. **Access Control**": the sub-items are the findings. "1. `parse_rr`:" walks through one
    // function: the item stays whole, and is a finding only if one of its sub-items raises something.
    // "- \`renderMessage\` (l.31)" or "- uploads (l.52-68)" over notes: each note is a finding at that place.
    const placeLines = extractLines(category.name);
    if (placeLines.length > 0) return listUnits(text, category.list).map((u) => (u.hints.lines ? u : { ...u, hints: { ...u.hints, lines: placeLines } }));
    if (!CODE_SUBJECT.test(category.name)) return listUnits(text, category.list);
    // "- **src/handler.ts**" over its problems: a file holds findings, where a function is walked through.
    if (isFileName(category.name.replace(/`/g, ""))) return listUnits(text, category.list);
    // "- \`src/server.ts\`" over such places: a reviewer's notes filed under the code they are about.
    if (category.list.items.some((i) => isPinnedPlace(text, i))) return listUnits(text, category.list);
    // "4. **`revenue_report`**:" over "(a) **SQL query assembled ...**", "(b) **No authentication ...**":
    // the function's defects, each lettered or titled: findings of their own (or, each, praise).
    if (category.list.items.filter((i) => TITLED_SUB_ITEM.test(itemText(text, i))).length >= 2) return listUnits(text, category.list);
    const parts = category.list.items.map((i) => ({ from: skipSpace(text, i.contentFrom, i.to), to: trimEnd(text, i.from, i.to) }));
    return grouped([{ ...itemUnit(text, item), parts }]);
  });
}

/** An item that names a place with its lines ("\`renderMessage\` (l.31)") over notes about it. */
function isPinnedPlace(text: string, item: ListItem): boolean {
  const place = categoryOf(text, item);
  return place !== null && extractLines(place.name).length > 0;
}

/** An item whose title line names a section of notes ("General observations", "Summary") over a list. */
function isNotesItem(text: string, item: ListItem): boolean {
  const [title, nested] = item.children;
  if (title?.kind !== "paragraph" || nested?.kind !== "list") return false;
  return isNonFindingTitle(cleanTitle(text.slice(title.from, title.to)).replace(/:$/, ""));
}

/** Paragraphs of an item after its title, numbered "1.1", "[2]"...: one unit each, with what follows up to the next. */
function numberedPoints(text: string, item: ListItem): Unit[] {
  const [, ...rest] = item.children;
  const starts = rest.filter((b) => b.kind === "paragraph" && opensNumbered(text, b));
  if (starts.length === 0 || rest[0] !== starts[0]) return [];
  return starts.map((start, i) => {
    const end = i + 1 < starts.length ? rest[rest.indexOf(starts[i + 1]) - 1] : rest[rest.length - 1];
    const from = skipSpace(text, start.from, start.to);
    const line = firstLineRange(text, from, start.to);
    return { from, to: trimEnd(text, from, end.to), titleFrom: line.from, titleTo: line.to, hints: {}, kind: "item" as const };
  });
}

/** A sub-item lettered "(a)" or opening with a bold title of its own: one of several points. */
const TITLED_SUB_ITEM = /^(?:\(?[a-z0-9]{1,2}\)\s+\S|(?:\*\*|__)[^*_\n]{3,}(?:\*\*|__))/i;

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
  // Punctuation makes a sentence, except inside code marks, a file's name and a line pin ("\`src/server.ts\`", "(l.41-43)").
  const words = name
    .replace(/`[^`\n]*`/g, "code")
    .replace(/(?:[\w-]+\/)*[\w-]+\.[A-Za-z][A-Za-z0-9]{0,7}\b/g, "code")
    .replace(/\((?:l\.|lines?\b|L)[^)\n]{0,20}\)/g, "");
  if (line.includes("\n") || name.split(/\s+/).length > 5 || /[.;,!?]/.test(words) || concernTermCount(words) > 0) return null;
  const list = nested as ListBlock;
  // One sentence under a title is the title's explanation; a category holds several.
  return list.items.length >= 2 && list.items.every((i) => isSentenceItem(text, i)) ? { name, list } : null;
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

export function itemUnit(text: string, item: ListItem): Unit {
  const start = skipSpace(text, item.contentFrom, item.to);
  const line = firstLineRange(text, start, item.to);
  // "- 71: string-concat SQL in login": a note labelled with its line; the number is no part of the title.
  const label = LINE_LABEL.exec(text.slice(start, line.to));
  const unit: Unit = { from: item.from, to: trimEnd(text, item.from, item.to), titleFrom: line.from, titleTo: line.to, hints: {}, kind: "item" };
  return label ? { ...unit, titleFrom: start + label[0].length, hints: { lines: label[1] } } : unit;
}

/** A bare line label with its colon (BARE_LINE_LABEL's stricter form, for items of any list). */
const LINE_LABEL = new RegExp(String.raw`^(\d{1,5}(?:[-–]\d{1,5})?(?:\/\d{1,5})*):[ \t]+(?=\S)`);

export function itemText(text: string, item: ListItem): string {
  return text.slice(skipSpace(text, item.contentFrom, item.to), item.to);
}
