import type { Node as JsonNode } from "jsonc-parser";
import sax from "sax";
import { ReportError } from "./errors";
import { lineAndColumn } from "./jsonParseErrors";

/**
 * An XML document as the tree the JSON reader walks, so that scanners' XML reports (Checkstyle's
 * format, which ESLint, PHP_CodeSniffer, ktlint, detekt and hadolint all write; cppcheck; SpotBugs;
 * PMD) are read by the same key tables as their JSON cousins rather than by a reader per tool:
 *
 * - an element with attributes or children is an object: its attributes are its fields, and each
 *   kind of child element is a field holding the list of those children;
 * - an element with text only (`<ShortMessage>SQL injection</ShortMessage>`) is that text;
 * - text beside attributes (PMD's `<violation rule="..." beginline="5">message</violation>`) is the
 *   element's `message`, or its `text` when it has a message already.
 *
 * Every node keeps the element's place in the text, so a finding's span is its element. Entities
 * other than XML's own five are refused (sax does not expand a DTD's), so a hostile document can
 * neither expand itself nor reach outside.
 */

/** Deeper than any scanner writes; sax itself is not recursive, but the tree readers are. */
const MAX_DEPTH = 256;
/** Per element: more text than any finding's message, so one huge text node cannot fill memory twice. */
const MAX_TEXT = 200_000;

interface Frame {
  name: string;
  start: number;
  attributes: [string, string][];
  children: Map<string, JsonNode[]>;
  text: string[];
  textLength: number;
}

/** Parses XML text into a JsonNode tree with offsets into `text`. Throws ReportError when malformed. */
export function xmlTree(text: string): JsonNode {
  const parser = sax.parser(true, { position: true, trim: false, normalize: false });
  const stack: Frame[] = [];
  let root: JsonNode | null = null;

  parser.onopentag = (tag) => {
    if (stack.length >= MAX_DEPTH) throw new ReportError(`XML report is nested deeper than ${MAX_DEPTH} elements`);
    const attributes = Object.entries(tag.attributes).map(([k, v]) => [localName(k), typeof v === "string" ? v : v.value] as [string, string]);
    stack.push({ name: localName(tag.name), start: parser.startTagPosition - 1, attributes, children: new Map(), text: [], textLength: 0 });
  };
  parser.ontext = parser.oncdata = (chunk) => {
    const top = stack[stack.length - 1];
    if (!top || top.textLength >= MAX_TEXT) return;
    const part = chunk.slice(0, MAX_TEXT - top.textLength);
    top.text.push(part);
    top.textLength += part.length;
  };
  parser.onclosetag = () => {
    const frame = stack.pop()!;
    const node = elementNode(frame, parser.position);
    const parent = stack[stack.length - 1];
    if (!parent) root = node;
    else {
      const siblings = parent.children.get(frame.name);
      if (siblings) siblings.push(node);
      else parent.children.set(frame.name, [node]);
    }
  };
  parser.onerror = (error) => {
    const { line, column } = lineAndColumn(text, Math.min(parser.position, text.length));
    throw new ReportError(`malformed XML: ${firstLine(error.message)} at line ${line}, column ${column}`);
  };

  parser.write(text).close();
  if (!root) throw new ReportError("XML report has no root element");
  return root;
}

/** `sarif:result` and `result` are one field. */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon >= 0 && !name.startsWith("xmlns") ? name.slice(colon + 1) : name;
}

function firstLine(message: string): string {
  return message.split("\n")[0].trim();
}

/**
 * Field names some tools give that mean what other tools' (and JSON reports') names mean: per
 * element, an attribute or a child element → the name the JSON reader knows. Checkstyle's
 * `<file name=...>` is a path; its `<error source=...>` and cppcheck's `<error id=...>` are
 * rules; SpotBugs' `<BugInstance type=...>` is its bug pattern, with `<ShortMessage>` for a title
 * and the `<SourceLine>` directly under it for where (those under `<Class>` and `<Method>` span
 * the whole class or method).
 */
const FIELD_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  file: { name: "path" },
  error: { id: "ruleId", source: "ruleId", msg: "message", verbose: "details", type: "level" },
  // JUnit's format (Bandit's -f xml, and test-style reporters): a case per check, its <error> or <failure> the result.
  testcase: { classname: "file", name: "testname" },
  failure: { type: "level" },
  issue: { id: "ruleId" },
  BugInstance: { type: "ruleId", ShortMessage: "title", LongMessage: "description", SourceLine: "locations" },
};

function fieldName(element: string, name: string): string | undefined {
  return Object.hasOwn(FIELD_NAMES, element) && Object.hasOwn(FIELD_NAMES[element], name) ? FIELD_NAMES[element][name] : undefined;
}

/** What a JSON writer would call a list of these: `violation` → `violations`, `BugInstance` → `BugInstances`. */
function plural(name: string): string {
  if (/(?:s|x|ch|sh)$/i.test(name)) return `${name}es`;
  if (/[^aeiou]y$/i.test(name)) return `${name.slice(0, -1)}ies`;
  return `${name}s`;
}

function elementNode(frame: Frame, end: number): JsonNode {
  const place = { offset: frame.start, length: end - frame.start };
  const text = frame.text.join("").trim();
  if (frame.attributes.length === 0 && frame.children.size === 0) return { type: "string", value: text, ...place } as JsonNode;
  // A wrapper (`<errors>` around `<error>`s) is the list it wraps.
  const [onlyKind] = frame.children.size === 1 ? [...frame.children.values()] : [];
  if (onlyKind && frame.attributes.length === 0 && text === "" && onlyKind.every((n) => n.type === "object"))
    return { type: "array", children: onlyKind, ...place } as JsonNode;
  const properties: JsonNode[] = frame.attributes.map(([key, value]) => property(fieldName(frame.name, key) ?? key, scalar(value, place), place));
  for (const [tag, nodes] of frame.children) {
    // A lone text child is a field (`<symbol>`); records are a list even when there is one (`<location>`).
    const field = nodes.length === 1 && nodes[0].type !== "object";
    const value = field ? nodes[0] : ({ type: "array", children: nodes, ...place } as JsonNode);
    const name = fieldName(frame.name, tag) ?? (field || nodes.every((n) => n.type === "array") ? tag : plural(tag));
    properties.push(property(name, value, place));
  }
  if (text !== "") {
    const taken = new Set(properties.map((p) => String(p.children![0].value).toLowerCase()));
    properties.push(property(taken.has("message") ? "text" : "message", { type: "string", value: text, ...place } as JsonNode, place));
  }
  return { type: "object", children: properties, ...place } as JsonNode;
}

/** Attribute values are text; a whole number (a line, a column) is read as one. */
function scalar(value: string, place: { offset: number; length: number }): JsonNode {
  return /^\d{1,9}$/.test(value) ? ({ type: "number", value: Number(value), ...place } as JsonNode) : ({ type: "string", value, ...place } as JsonNode);
}

function property(key: string, value: JsonNode, place: { offset: number; length: number }): JsonNode {
  const keyNode = { type: "string", value: key, ...place } as JsonNode;
  return { type: "property", children: [keyNode, value], ...place } as JsonNode;
}
