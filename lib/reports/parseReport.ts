import type { ParsedReport } from "../findings/types";
import { detectFormat } from "./detectFormat";
import { locateJsonPayload, parseJsonReport } from "./json";
import { parseMarkdownReport } from "./markdown/parseMarkdownReport";
import { parseSarifReport } from "./sarif";

/** Any supported report text → its format, verdict and raw findings. Throws ReportError for bad input. */
export function parseReport(text: string, fileName = ""): ParsedReport {
  const format = detectFormat(text, fileName);
  if (format === "sarif") return parseSarifReport(text);
  if (format === "json") return isWholeJson(text) ? parseJsonReport(text) : parseEmbeddedJson(text);
  return parseMarkdownReport(text, format);
}

function isWholeJson(text: string): boolean {
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, ""));
}

/**
 * Prose with a fenced JSON block: usually a model's structured answer, but sometimes a markdown
 * review quoting a JSON payload as an example. The JSON reading wins when the block is most of
 * the reply, or when the prose around it raises nothing by itself.
 */
function parseEmbeddedJson(text: string): ParsedReport {
  const markdown = parseMarkdownReport(text, "markdown");
  const payload = locateJsonPayload(text);
  const payloadShare = payload ? (payload.end - payload.start) / text.trim().length : 0;
  if (payloadShare < 0.5 && markdown.findings.length > 0) return markdown;
  try {
    const json = parseJsonReport(text);
    if (json.findings.length > 0 || markdown.findings.length === 0) return json;
  } catch {
    // A malformed example block inside a markdown review is the review's business, not an error.
  }
  return markdown;
}
