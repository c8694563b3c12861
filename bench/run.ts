/**
 * `npm run bench`: time and peak memory to ingest and group a generated corpus, and parser
 * throughput on normal and hostile reports. Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDb } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { ingestReport } from "../lib/ingest";
import { parseReport } from "../lib/reports/parseReport";
import { ReportError } from "../lib/reports/errors";
import { generateCorpus } from "./generateCorpus";

const SUBJECTS = Number(process.env.BENCH_SUBJECTS ?? 1000);
const REVIEWERS = Number(process.env.BENCH_REVIEWERS ?? 5);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

await benchParsing();
await benchIngest();
clearInterval(sampler);

async function benchIngest(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "quorum-bench-"));
  const db = await openDb(databaseConfig(process.env.BENCH_DATABASE_URL ?? `file:${path.join(dir, "bench.db")}`));
  const encoder = new TextEncoder();
  const started = performance.now();
  let reports = 0;
  let findings = 0;
  for (const report of generateCorpus(SUBJECTS, REVIEWERS)) {
    const result = await ingestReport(db, { ...report, bytes: encoder.encode(report.text) });
    if (result.status !== "ingested") throw new Error(`bench report failed: ${JSON.stringify(result)}`);
    reports++;
    findings += result.findings;
  }
  const seconds = (performance.now() - started) / 1000;
  const issues = await db.issue.count();
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
  console.log(`ingest+group: ${SUBJECTS} subjects x ${REVIEWERS} reports = ${reports} reports, ${findings} findings, ${issues} issues`);
  console.log(`  ${seconds.toFixed(1)} s total, ${(reports / seconds).toFixed(0)} reports/s, peak RSS ${mb(peakRss)}`);
}

async function benchParsing(): Promise<void> {
  const normal = [...generateCorpus(200, 4, 7)].map((r) => r.text);
  const started = performance.now();
  for (let round = 0; round < 5; round++) for (const text of normal) parseReport(text, "r.md");
  const seconds = (performance.now() - started) / 1000;
  console.log(`parse: ${((normal.length * 5) / seconds).toFixed(0)} generated reports/s`);

  const hostile: Record<string, string> = {
    "28 KB nested emphasis": "*a **b ".repeat(4000),
    "5,000-deep list, one level a line (24 MB)": Array.from({ length: 5000 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n"),
    "5,000-deep list on one line": `${"- ".repeat(5000)}item`,
    "5,000 nested quotes": `${">".repeat(5000)} text`,
    "200 KB of 'Line 1-'": "Line 1-".repeat(30_000),
    "50k unclosed links": "[a](".repeat(50_000),
    "1 MB one paragraph": "word ".repeat(200_000),
  };
  for (const [name, text] of Object.entries(hostile)) {
    const t0 = performance.now();
    let outcome = "ok";
    try {
      outcome = `${parseReport(text, "x.md").findings.length} findings`;
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      outcome = `refused: ${error.message}`;
    }
    console.log(`  hostile ${name}: ${(performance.now() - t0).toFixed(0)} ms (${outcome})`);
  }
}
