import type { Node as JsonNode } from "jsonc-parser";
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from "yaml";

/**
 * A YAML document as the tree the JSON reader walks (as xmlTree does for XML), so that a model's
 * answer given as YAML ("findings:\n  - title: ...") is read by the same key tables as its JSON.
 * Every node keeps its place in the text, so a finding's span is its entry. Aliases stay
 * unexpanded (null): a document cannot multiply itself ("billion laughs").
 *
 * Null when the text is not one well-formed YAML document holding a mapping or a sequence.
 */
export function yamlTree(text: string, base = 0): JsonNode | null {
  let document;
  try {
    document = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  } catch {
    // The parser's own limits (a hostile nesting) are no report of ours.
    return null;
  }
  if (document.errors.length > 0 || !(isMap(document.contents) || isSeq(document.contents))) return null;
  try {
    return toJsonNode(document.contents, base, 0);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** Deeper than any report; the conversion is recursive. */
const MAX_DEPTH = 256;

function toJsonNode(node: YamlNode | null, base: number, depth: number): JsonNode {
  if (depth > MAX_DEPTH) throw new RangeError("YAML nested too deeply");
  const [start, valueEnd] = node?.range ?? [0, 0];
  const at = { offset: base + start, length: Math.max(0, valueEnd - start) };
  if (isMap(node)) {
    const children = node.items.map((pair): JsonNode => {
      const key = toJsonNode(pair.key as YamlNode | null, base, depth + 1);
      const value = toJsonNode(pair.value as YamlNode | null, base, depth + 1);
      const end = Math.max(key.offset + key.length, value.offset + value.length);
      return { type: "property", offset: key.offset, length: end - key.offset, children: [key, value] };
    });
    return { type: "object", ...at, children };
  }
  if (isSeq(node)) return { type: "array", ...at, children: node.items.map((item) => toJsonNode(item as YamlNode | null, base, depth + 1)) };
  if (isScalar(node)) return scalarNode(node.value, at);
  if (isAlias(node)) return { type: "null", ...at, value: null };
  return { type: "null", ...at, value: null };
}

function scalarNode(value: unknown, at: { offset: number; length: number }): JsonNode {
  if (typeof value === "string") return { type: "string", ...at, value };
  if (typeof value === "number") return { type: "number", ...at, value };
  if (typeof value === "boolean") return { type: "boolean", ...at, value };
  if (value === null || value === undefined) return { type: "null", ...at, value: null };
  // Dates and other tagged values read as their text.
  return { type: "string", ...at, value: String(value) };
}
