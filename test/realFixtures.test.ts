import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeReport } from "../lib/reports/decodeReport";
import { ReportError } from "../lib/reports/errors";
import { parseReport } from "../lib/reports/parseReport";
import { normalizeFinding } from "../lib/findings/normalizeFinding";
import { SHARED_DIR, SHARED_SKIP_REASON, sharedAvailable } from "./support/fixtures";

/** Real reports nobody here wrote: every one must ingest (parse) without error, with a sensible count. */
const REAL = path.join(SHARED_DIR, "fixtures/real");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

describe.skipIf(!sharedAvailable)(`real third-party reports ${sharedAvailable ? "" : SHARED_SKIP_REASON}`, () => {
  it("parses every LLM review in sec-docs-vulns, refusing only the empty files", () => {
    const files = filesUnder(path.join(REAL, "llm-reviews/sec-docs-vulns")).filter((f) => f.endsWith(".md"));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const raw = readFileSync(file);
      if (statSync(file).size === 0) {
        expect(() => decodeReport(raw), file).toThrow(/empty file/);
        continue;
      }
      const report = parseReport(decodeReport(raw), file);
      const headings = (raw.toString("utf8").match(/^#{2,4} |^[-*] \**vulnerability name/gim) ?? []).length;
      // A workflow report lists one to a dozen vulnerabilities; a "[]" reply is a clean verdict.
      if (report.verdict === "no-issues") expect(raw.toString("utf8").trim(), file).toMatch(/^\[\s*\]$|no (?:\w+ )?vulnerabilit|empty list/i);
      else expect(report.findings.length, file).toBeLessThanOrEqual(Math.max(12, headings + 2));
      for (const f of report.findings) expect(normalizeFinding(f, 1).title.length, file).toBeGreaterThan(2);
    }
  });

  it("parses every SecLLMHolmes model answer and agrees with the model's own yes/no verdict", () => {
    const datasets = filesUnder(path.join(REAL, "llm-reviews/SecLLMHolmes/results")).filter((f) => f.endsWith(".json"));
    let answers = 0;
    const agree = { yes: 0, no: 0 };
    const total = { yes: 0, no: 0 };
    for (const file of datasets) {
      for (const { content, pred } of answersOf(JSON.parse(readFileSync(file, "utf8")))) {
        if (!content.trim()) continue;
        answers++;
        const report = parseReport(content, "answer.txt");
        expect(report.findings.length, content.slice(0, 80)).toBeLessThan(60);
        // `pred` is the dataset authors' reading of the answer: did the model say the code has the weakness?
        const said = pred?.toLowerCase();
        if (said !== "yes" && said !== "no") continue;
        total[said]++;
        if ((said === "yes") === (report.verdict === "findings")) agree[said]++;
      }
    }
    if (process.env.QUORUM_PRINT_AGREEMENT) console.log("agreement", agree, total);
    expect(answers).toBeGreaterThan(1000);
    expect(total.yes + total.no).toBeGreaterThan(800);
    // Measured 0.976 and 0.840 (90% overall): a "yes" answer nearly always yields a finding, and most "no" answers
    // (including step-by-step walk-throughs that end "Decision: the code is safe from ...") yield none.
    expect(agree.yes / total.yes).toBeGreaterThan(0.95);
    expect(agree.no / total.no).toBeGreaterThan(0.78);
    expect((agree.yes + agree.no) / (total.yes + total.no)).toBeGreaterThan(0.85);
  });

  it("parses the reference explanations shipped with SecLLMHolmes", () => {
    const texts = filesUnder(path.join(REAL, "llm-reviews/SecLLMHolmes/datasets")).filter((f) => f.endsWith(".txt"));
    for (const file of texts) expect(() => parseReport(decodeReport(readFileSync(file)), file), file).not.toThrow();
  });

  it("gives the expected number of findings for every SARIF log, and refuses SARIF 1.0 clearly", () => {
    const expected = JSON.parse(readFileSync(path.join(REAL, "sarif-expected.json"), "utf8")) as Record<string, { version: string; findings: number }>;
    for (const [file, counts] of Object.entries(expected)) {
      const text = decodeReport(readFileSync(path.join(REAL, file)));
      if (counts.version !== "2.1.0") {
        expect(() => parseReport(text, file), file).toThrow(ReportError);
        expect(() => parseReport(text, file), file).toThrow(/unsupported SARIF version 1\.0\.0/);
        continue;
      }
      const report = parseReport(text, file);
      expect(report.format, file).toBe("sarif");
      expect(report.findings.length, file).toBe(counts.findings);
    }
  });
});

/** Every model answer of a SecLLMHolmes result dataset: its `content`, with the `pred` verdict beside it. */
function answersOf(node: unknown): { content: string; pred: string | undefined }[] {
  if (!node || typeof node !== "object") return [];
  if (Array.isArray(node)) return node.flatMap(answersOf);
  const record = node as Record<string, unknown>;
  if (typeof record.content === "string") return [{ content: record.content, pred: typeof record.pred === "string" ? record.pred : undefined }];
  return Object.values(record).flatMap(answersOf);
}
