import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildExport } from "../../lib/export/buildExport";
import { exportSchema, type QuorumExport } from "../../lib/export/schema";
import { formatScore, ingestCorpus, scoreCorpus, type CorpusScore } from "../../scripts/eval-corpus";
import { SHARED_DIR } from "./fixtures";
import { createTestDatabase } from "./testDatabases";

/** The corpus's own scorer, where ../shared is present. */
export const OFFICIAL_SCORER = path.join(SHARED_DIR, "eval/score.mjs");

export interface CorpusRun {
  exported: QuorumExport;
  score: CorpusScore;
  /** The export as a file, for the corpus's own scorer. */
  exportPath: string;
}

/**
 * A labeled corpus (FORMAT.md layout) through the whole pipeline, as the CLI runs it, in a fresh
 * SQLite test database that is dropped afterwards: its export, scored with the scorer's definitions.
 * Throws on any report the gold lists that fails to ingest.
 */
export async function runCorpus(corpusDir: string): Promise<CorpusRun> {
  const t = await createTestDatabase("sqlite");
  try {
    await ingestCorpus(t.db, corpusDir);
    const exported = exportSchema.parse(await buildExport(t.db));
    const score = scoreCorpus(corpusDir, exported);
    console.log(formatScore(score).join("\n"));
    const exportPath = path.join(mkdtempSync(path.join(tmpdir(), "quorum-corpus-")), "export.json");
    writeFileSync(exportPath, JSON.stringify(exported));
    return { exported, score, exportPath };
  } finally {
    await t.drop();
  }
}

/** What the corpus's own scorer prints for a run, line by line (extra arguments: its --min-* bars). */
export function officialScore(corpusDir: string, run: CorpusRun, ...args: string[]): string[] {
  return execFileSync(process.execPath, [OFFICIAL_SCORER, corpusDir, run.exportPath, ...args], { encoding: "utf8" }).trim().split("\n");
}
