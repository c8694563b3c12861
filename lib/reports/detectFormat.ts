import type { ReportFormat } from "../findings/types";
import { looksLikeSarif } from "./sarif";
import { looksLikeXml } from "./xml";

/**
 * The format is read from the content; the file name only breaks ties. A `.json` file holding
 * SARIF is SARIF, a `.txt` file holding markdown is markdown, and a markdown reply that wraps its
 * findings in a fenced JSON block is JSON. A text that opens and closes with a tag is XML (a
 * scanner's), though parseReport reads it as prose when it turns out to be none.
 */
export function detectFormat(text: string, fileName = ""): ReportFormat {
  const head = text.slice(0, 4096).trimStart().replace(/^\uFEFF/, "");
  if (head.startsWith("{") || head.startsWith("[")) return looksLikeSarif(text) ? "sarif" : "json";
  if (/```(?:json|JSON)?\s*\n\s*[[{]/.test(text.slice(0, 200_000))) return "json";
  if (looksLikeXml(text)) return "xml";
  return proseFormat(text, fileName);
}

/** Markdown or plain text. */
export function proseFormat(text: string, fileName = ""): "markdown" | "text" {
  return hasMarkdownSyntax(text) || /\.(md|markdown)$/i.test(fileName) ? "markdown" : "text";
}

function hasMarkdownSyntax(text: string): boolean {
  const sample = text.slice(0, 50_000);
  return /^#{1,6}\s/m.test(sample) || /\*\*[^*\n]+\*\*/.test(sample) || /^\|.*\|\s*$/m.test(sample) || /^```/m.test(sample);
}
