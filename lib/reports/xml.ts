import type { ParsedReport } from "../findings/types";
import { ReportError } from "./errors";
import { readReportTree } from "./json";
import { xmlTree } from "./xmlTree";

/**
 * Scanners' XML reports: Checkstyle's format (which many linters write), cppcheck, SpotBugs and
 * FindSecBugs, PMD. The document becomes the tree the JSON reader walks (xmlTree), so one set of
 * key tables reads both.
 */

/** Elements a markdown answer opens with (`<details>`, `<h2>`); no scanner names its report so. */
const HTML_ELEMENTS = new Set(
  `html head body div span p details summary section article header footer main nav aside table thead tbody tr td th ul ol li dl dt dd
  h1 h2 h3 h4 h5 h6 b i u em strong code pre blockquote a img br hr sub sup small mark kbd center font`.split(/\s+/),
);

/** An XML declaration, or a document that opens with an element (not HTML's) and ends with one. */
export function looksLikeXml(text: string): boolean {
  const head = text.slice(0, 512).trimStart();
  if (head.startsWith("<?xml")) return true;
  const root = /^<([A-Za-z_][\w:.-]*)[\s/>]/.exec(head);
  return root !== null && !HTML_ELEMENTS.has(root[1].toLowerCase()) && text.trimEnd().endsWith(">");
}

/** Whether the text declares itself XML: then a malformed document is an error, not prose. */
export function declaresXml(text: string): boolean {
  return text.slice(0, 512).trimStart().startsWith("<?xml");
}

export function parseXmlReport(text: string): ParsedReport {
  return readReportTree(xmlTree(text), 0, "xml");
}

/** The XML reading, or null when a text that merely opens with a tag (`<details>` in a markdown answer) is not a scanner's XML. */
export function tryParseXmlReport(text: string): ParsedReport | null {
  try {
    return parseXmlReport(text);
  } catch (error) {
    if (error instanceof ReportError && !declaresXml(text)) return null;
    throw error;
  }
}
