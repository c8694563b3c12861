// Screenshots of the main pages for docs/screenshots/: `npx tsx scripts/screenshots.ts`.
// Serves the built app (building it first if there is no build, or with QUORUM_E2E_BUILD=1) on a
// throwaway database filled with the shared sample reviews through lib/ingest, as a user would.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { attachCode } from "../lib/code/attachCode";
import { ingestReport } from "../lib/ingest";
import { triageIssue } from "../lib/issues/triage";
import { launchBrowser } from "../test/e2e/support/browser";
import { ensureBuild, repoRoot, seedsDir, sharedDir, startApp } from "../test/e2e/support/appServer";

const outDir = path.join(repoRoot, "docs", "screenshots");
const viewport = { width: 1440, height: 900 };

async function fill(databaseUrl: string): Promise<{ issuePath: string; codeIssuePath: string | null }> {
  const db = await openDb(databaseConfig(databaseUrl));
  const ingest = async (subject: string, file: string, reviewer: string) => {
    const result = await ingestReport(db, { subject, reviewer, source: path.basename(file), bytes: fs.readFileSync(file) });
    console.log(`  ${subject} / ${reviewer}: ${result.status === "error" ? `error: ${result.error}` : `${result.findings} findings`}`);
  };
  if (fs.existsSync(seedsDir)) {
    // Seed files are named 000_<hash>.txt: the prefix is the reviewer's number.
    for (const file of fs.readdirSync(seedsDir).sort()) await ingest("neutron", path.join(seedsDir, file), `reviewer-${file.slice(0, 3)}`);
  }
  const devDir = path.join(sharedDir, "eval", "dev");
  if (fs.existsSync(devDir)) {
    for (const subject of fs.readdirSync(devDir).sort()) {
      const reports = path.join(devDir, subject, "reports");
      if (!fs.existsSync(reports)) continue;
      for (const file of fs.readdirSync(reports).sort()) await ingest(subject, path.join(reports, file), file.replace(/\.[^.]+$/, ""));
      const code = path.join(devDir, subject, "subject.md");
      if (fs.existsSync(code)) {
        const attached = await attachCode(db, { subject, name: "subject.md", bytes: fs.readFileSync(code) });
        console.log(`  ${subject} / code: ${attached.status === "error" ? `error: ${attached.error}` : `${attached.lines} lines`}`);
      }
    }
  }

  // A little triage, so progress and per-reviewer outcomes have something to show.
  const issues = await db.issue.findMany({ orderBy: [{ consensusReviewers: "desc" }, { number: "asc" }], select: { id: true, number: true, title: true, consensusReviewers: true, consensusOf: true } });
  for (const [i, issue] of issues.entries()) {
    if (issue.consensusReviewers >= 3 && i % 3 !== 2) await triageIssue(db, { issueId: issue.id, status: "accepted", author: "dana", note: "" });
    else if (issue.consensusReviewers === 1 && i % 4 === 0)
      await triageIssue(db, { issueId: issue.id, status: "false-positive", author: "dana", note: "Not reachable from untrusted input." });
  }
  const showcase =
    issues.find((i) => /eventlet\.sleep|throttl/i.test(i.title) && i.consensusReviewers === i.consensusOf) ??
    issues.find((i) => i.consensusReviewers > 1) ??
    issues[0];
  if (!showcase) throw new Error("no issues were created: is ../shared/ there?");
  // The showcased issue gets a decision of its own, so its page shows a history.
  await triageIssue(db, {
    issueId: showcase.id,
    status: "accepted",
    author: "sam",
    note: "Confirmed: the retry loop sleeps on the request path; an attacker controls how often.",
  });
  const withCode = await db.issue.findFirst({
    where: { subject: { code: { not: null } }, consensusReviewers: { gt: 1 } },
    orderBy: [{ consensusReviewers: "desc" }, { number: "asc" }],
    select: { number: true },
  });
  await db.$disconnect();
  return { issuePath: `/issues/${showcase.number}`, codeIssuePath: withCode ? `/issues/${withCode.number}` : null };
}

async function main(): Promise<void> {
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-screens-"));
  const databaseUrl = `file:${path.join(dir, "screens.db")}`;
  console.log("ingesting sample reviews…");
  const { issuePath, codeIssuePath } = await fill(databaseUrl);
  const app = await startApp(databaseUrl);
  const browser = await launchBrowser();
  try {
    fs.mkdirSync(outDir, { recursive: true });
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1, colorScheme: "light" });
    for (const [name, route] of [
      ["overview", "/"],
      ["issues", "/issues"],
      ["issue", issuePath],
      ...(codeIssuePath ? ([["issue-code", codeIssuePath]] as const) : []),
    ] as const) {
      await page.goto(`${app.baseURL}${route}`, { waitUntil: "networkidle" });
      await page.waitForTimeout(300);
      const file = path.join(outDir, `${name}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(repoRoot, file)} (${route})`);
    }
  } finally {
    await browser.close();
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
