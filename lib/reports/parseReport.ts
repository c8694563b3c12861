import type { ParsedReport } from "../findings/types";
import { detectFormat, proseFormat } from "./detectFormat";
import { parsingCopy } from "./parsingCopy";
import { locateJsonPayload, parseJsonReport } from "./json";
import { parseMarkdownReport } from "./markdown/parseMarkdownReport";
import { parseSarifReport } from "./sarif";
import { looksLikeSemgrepText, parseSemgrepText } from "./semgrepText";
import { tryParseFixedWidthTable } from "./fixedWidthTable";
import { looksLikePerlcriticText, parsePerlcriticText } from "./perlcriticText";
import { looksLikeFlawfinderText, parseFlawfinderText } from "./flawfinderText";
import { tryParseXmlReport } from "./xml";
import { looksLikeDiagnosticLines, parseDiagnosticLines } from "./diagnosticLines";
import { tryParseYamlReport } from "./yaml";
import { tryParseCsvReport } from "./csv";
import { looksLikeKubeScoreText, parseKubeScoreText } from "./kubeScoreText";
import { looksLikeKubeLinterText, parseKubeLinterText } from "./kubeLinterText";
import { looksLikeSobelowText, parseSobelowText } from "./sobelowText";
import { looksLikeSlitherText, parseSlitherText } from "./slitherText";
import { looksLikeSnippetDiagnostics, parseSnippetDiagnostics } from "./snippetDiagnostics";
import { looksLikeTrivyText, parseTrivyText } from "./trivyText";
import { looksLikeAnnotatedDiff, parseAnnotatedDiff } from "./annotatedDiff";

/**
 * Any supported report text → its format, verdict and raw findings, with spans into `text` as
 * given. Throws ReportError for bad input.
 */
export function parseReport(original: string, fileName = ""): ParsedReport {
  const { text, toOriginal } = parsingCopy(original);
  const parsed = parseUnixText(text, fileName);
  if (text === original) return parsed;
  const findings = parsed.findings.map((f) => ({ ...f, span: { start: toOriginal(f.span.start), end: toOriginal(f.span.end) } }));
  return { ...parsed, findings };
}

function parseUnixText(text: string, fileName: string): ParsedReport {
  // A .csv file's cells may hold markdown or JSON; it is a table first.
  const table = /\.[ct]sv$/i.test(fileName) ? tryParseCsvReport(text, fileName) : null;
  if (table) return table;
  const detected = detectFormat(text, fileName);
  // "[HIGH] SQL injection ..." and "[Policy::Name] ... at line 16" start like JSON but are text:
  // only a real JSON payload goes to the JSON parser.
  const format = detected === "json" && locateJsonPayload(text) === null ? "markdown" : detected;
  if (format === "sarif") return parseSarifReport(text);
  if (format === "xml") return tryParseXmlReport(text) ?? parseMarkdownReport(text, proseFormat(text, fileName));
  if (format === "json") return startsLikeJson(text) ? parseJsonReport(text) : parseEmbeddedJson(text);
  if (format === "text" && looksLikeSemgrepText(text)) return parseSemgrepText(text);
  if (looksLikePerlcriticText(text)) return parsePerlcriticText(text);
  if (looksLikeFlawfinderText(text)) return parseFlawfinderText(text);
  if (looksLikeKubeScoreText(text)) return parseKubeScoreText(text);
  if (looksLikeKubeLinterText(text)) return parseKubeLinterText(text);
  if (looksLikeSobelowText(text)) return parseSobelowText(text);
  if (looksLikeSlitherText(text)) return parseSlitherText(text);
  if (looksLikeSnippetDiagnostics(text)) return parseSnippetDiagnostics(text);
  if (looksLikeTrivyText(text)) return parseTrivyText(text);
  if (format === "text" && looksLikeDiagnosticLines(text)) return parseDiagnosticLines(text);
  if (looksLikeAnnotatedDiff(text)) return parseAnnotatedDiff(text);
  const consoleTable = format === "markdown" ? null : tryParseFixedWidthTable(text);
  if (consoleTable) return consoleTable;
  if (format === "text") {
    const table = tryParseCsvReport(text, fileName);
    if (table) return table;
  }
  return tryParseYamlReport(text, fileName) ?? parseMarkdownReport(text, format);
}

/** `{"` or `[{` opens a JSON document; `[HIGH]` or `[/PYTHON]` opens prose. */
function startsLikeJson(text: string): boolean {
  return /^\uFEFF?\s*(?:\{\s*(?:"|\}|$)|\[\s*(?:[[{"\]\d-]|true|false|null|$))/.test(text.slice(0, 200));
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
