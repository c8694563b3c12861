import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExport } from "../../lib/export/buildExport";
import { exportSchema, type QuorumExport } from "../../lib/export/schema";
import { formatScore, ingestCorpus, scoreCorpus, type CorpusScore } from "../../scripts/eval-corpus";
import { SHARED_DIR, SHARED_SKIP_REASON, sharedAvailable } from "../support/fixtures";
import { createTestDatabase, type TestDatabase } from "../support/testDatabases";

/**
 * Real reviews nobody here wrote, labeled by us: the 15 projects of sec-docs-vulns, each reviewed
 * four times by one model (../shared/fixtures/real/llm-reviews/sec-docs-vulns). Our gold files
 * (test/fixtures/sec-docs-vulns/<owner>__<project>/gold.json) point at the shared reports through
 * FORMAT.md's `reportsDir` and hold only short title anchors, so nothing of the reports is copied.
 * They were labeled by meaning, by people who had not seen the grouping code.
 *
 * These reviews are long (5–27 KB, a handful of findings each, every one a write-up with
 * preconditions, code analysis and test steps) and all about one repository, so unrelated findings
 * share much of their wording: the opposite of the short, terse dev-corpus reviews. One report is a
 * model reasoning about whether to keep a finding and ending with an empty list (no issues).
 */
const CORPUS = path.resolve(import.meta.dirname, "../fixtures/sec-docs-vulns");
const OFFICIAL_SCORER = path.join(SHARED_DIR, "eval/score.mjs");

describe.skipIf(!sharedAvailable)(`the labeled sec-docs-vulns subjects ${sharedAvailable ? "" : SHARED_SKIP_REASON}`, () => {
  let t: TestDatabase;
  let exported: QuorumExport;
  let score: CorpusScore;

  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    await ingestCorpus(t.db, CORPUS);
    exported = exportSchema.parse(await buildExport(t.db));
    score = scoreCorpus(CORPUS, exported);
    console.log(formatScore(score).join("\n"));
  }, 120_000);
  afterAll(async () => t?.drop());

  it("finds every labeled vulnerability and nothing else, and reads the empty-list report as no issues", () => {
    expect(score.metrics.extraction.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.metrics.verdict).toBe(1);
  });

  it("groups them at B-cubed F1 0.88 or better", () => {
    expect(score.metrics.bcubed.f1).toBeGreaterThanOrEqual(0.88);
  });

  it.skipIf(!existsSync(OFFICIAL_SCORER))("agrees with the corpus's own scorer", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "quorum-sec-docs-")), "export.json");
    writeFileSync(file, JSON.stringify(exported));
    const official = execFileSync(process.execPath, [OFFICIAL_SCORER, CORPUS, file], { encoding: "utf8" });
    expect(official.trim().split("\n")).toEqual(formatScore(score));
  });
});
