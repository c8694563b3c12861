import type { ParsedReport } from "../findings/types";
import { ReportError } from "./errors";
import { readReportTree } from "./json";
import { yamlTree } from "./yamlTree";

/**
 * Findings written as YAML: a .yaml report, or a model's answer whose ```yaml block is most of it
 * (as a ```json block can be). Null when there is no such YAML, or it holds no findings: then the
 * text is read as prose.
 */
export function tryParseYamlReport(text: string, fileName: string): ParsedReport | null {
  const payload = /\.ya?ml$/i.test(fileName) ? { start: 0, end: text.length } : yamlFence(text);
  if (!payload) return null;
  const root = yamlTree(text.slice(payload.start, payload.end), payload.start);
  if (!root) return null;
  try {
    const report = readReportTree(root, 0, "yaml");
    return report.findings.length > 0 || payload.end - payload.start === text.length ? report : null;
  } catch (error) {
    if (error instanceof ReportError) return null;
    throw error;
  }
}

/** A ```yaml (or yml) block that is most of the text: the answer itself, not an example in a review. */
function yamlFence(text: string): { start: number; end: number } | null {
  const open = YAML_FENCE.exec(text);
  if (!open) return null;
  const start = open.index + open[0].length;
  const close = text.indexOf(`\n${open[1]}`, start - 1);
  const end = close === -1 ? text.length : close + 1;
  return (end - start) * 2 >= text.trim().length ? { start, end } : null;
}

const YAML_FENCE = /^(`{3,}|~{3,})[ \t]*ya?ml[ \t]*\n/im;
