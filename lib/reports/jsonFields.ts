import type { Node as JsonNode } from "jsonc-parser";

/**
 * Reading the fields of a parsed JSON tree (or one built like it from XML, YAML or CSV): keys are
 * matched normalized (lower case, without "_", "-" and whitespace), so `"file_path"`, `"filePath"`
 * and `"FilePath"` are one field.
 */

export interface Field {
  /** The key as written, for messages. */
  key: string;
  node: JsonNode;
}
export type Fields = Map<string, Field>;

/** An object's fields by normalized key; the first of two keys that normalize alike wins. */
export function fieldsOf(object: JsonNode): Fields {
  const fields: Fields = new Map();
  for (const property of object.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode || typeof keyNode.value !== "string") continue;
    const name = normalizeKey(keyNode.value);
    if (!fields.has(name)) fields.set(name, { key: keyNode.value, node: valueNode });
  }
  return fields;
}

export function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, "");
}

/** A field of an object node, by its normalized key; undefined when the node is no object. */
export function fieldOf(node: JsonNode | undefined, name: string): JsonNode | undefined {
  return node?.type === "object" ? fieldsOf(node).get(name)?.node : undefined;
}

/** Where a node is written, as offsets into a report whose parsed part starts `base` characters in. */
export function spanOf(node: JsonNode, base: number): { start: number; end: number } {
  return { start: base + node.offset, end: base + node.offset + node.length };
}

/** A string value, trimmed; undefined when it is not a string or is blank. */
export function stringOf(node: JsonNode | undefined): string | undefined {
  if (node?.type !== "string" || typeof node.value !== "string") return undefined;
  return node.value.trim() || undefined;
}

export function numberOf(node: JsonNode | undefined): number | undefined {
  if (node?.type !== "number" || typeof node.value !== "number") return undefined;
  return Number.isFinite(node.value) ? node.value : undefined;
}

const TITLE_WINDOW = 300;

/** A description's first sentence, for a title. Looks only at the start, so a 1 MB description costs no more than a short one. */
export function firstSentence(text: string): string {
  const head = text.trimStart().slice(0, TITLE_WINDOW);
  const line = head.split("\n", 1)[0];
  // An ellipsis ("Use 'cd ... || exit'") stands for words left out, not for the end of a sentence;
  // nor does code end one ("\`{!! $ticket->body !!}\` prints ...").
  const masked = line.replace(/\.{2,}|…/g, (m) => "_".repeat(m.length)).replace(/\x60[^\x60\n]{1,200}\x60/g, (m) => "_".repeat(m.length));
  const end = /(?<!\.)[.!?](?=\s|$)/.exec(masked);
  const sentence = (end && end.index > 0 ? line.slice(0, end.index) : line).replace(/\s+/g, " ").trim();
  if (end || line.length < head.length || text.trimStart().length <= TITLE_WINDOW) return sentence;
  const cut = sentence.lastIndexOf(" ");
  return `${cut > 0 ? sentence.slice(0, cut) : sentence}…`;
}

/** Every object in a subtree, depth first, to a bounded depth: reports that file their entries several levels down (FVDL, Veracode). */
export function objectsUnder(node: JsonNode, depth = 0): JsonNode[] {
  if (depth > 12) return [];
  const here = node.type === "object" ? [node] : [];
  const children =
    node.type === "object" ? (node.children ?? []).map((p) => p.children?.[1]).filter((c): c is JsonNode => c !== undefined) : node.type === "array" ? (node.children ?? []) : [];
  return [...here, ...children.flatMap((c) => objectsUnder(c, depth + 1))];
}
