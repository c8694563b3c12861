import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachCode } from "../../lib/code/attachCode";
import { ingestReport } from "../../lib/ingest";
import { triageIssue } from "../../lib/issues/triage";
import { getIssueDetail } from "../../lib/views/issueDetail";
import { listIssues } from "../../lib/views/issueList";
import { parseIssueListQuery } from "../../lib/views/issueQuery";
import { getOverview } from "../../lib/views/overview";
import { getReportView } from "../../lib/views/reportView";
import { listSubjects } from "../../lib/views/subjectList";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/testDatabases";
import { bytes } from "../support/fixtures";
import { UPLOAD_CODE, UPLOAD_REVIEWS } from "./reviews";

// The web pages' read models use raw SQL in places (aggregates Prisma cannot express), so they
// run here on every database, not only under the browser tests' SQLite.
const providers = await testProviders();

describe.each(providers)("read models on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    for (const [reviewer, text] of Object.entries(UPLOAD_REVIEWS)) {
      await ingestReport(t.db, { subject: "upload-handler", reviewer, source: `${reviewer}.md`, bytes: bytes(text) });
    }
    const debug = (await t.db.finding.findFirstOrThrow({ where: { title: { contains: "Debug" } } })).issueId!;
    await triageIssue(t.db, { issueId: debug, status: "false-positive", note: "dev-only entry point", author: "dana" });
  });
  afterAll(async () => t?.drop());

  it("computes the overview: totals, consensus by severity, triage, CWEs, reviewers and their agreement", async () => {
    const overview = await getOverview(t.db);
    expect(overview.totals).toMatchObject({ subjects: 1, reports: 3, reviewers: 3, findings: 5, issues: 4 });
    expect(overview.triage.find((s) => s.status === "false-positive")?.count).toBe(1);
    expect(overview.topCwes.map((c) => c.cwe)).toContain("CWE-22");
    expect(overview.reviewers.find((r) => r.reviewer === "alice")).toMatchObject({ findings: 3, falsePositive: 1 });
    const block = overview.agreement.blocks.find((b) => b.reviewers.includes("alice") && b.reviewers.includes("bot-7"))!;
    const i = block.reviewers.indexOf("alice");
    const j = block.reviewers.indexOf("bot-7");
    expect(block.cells[i][j]).not.toBeNull();
  });

  it("filters, sorts and pages the issues list on the server", async () => {
    const all = await listIssues(t.db, parseIssueListQuery({}));
    expect(all.total).toBe(4);
    const fp = await listIssues(t.db, parseIssueListQuery({ status: "false-positive" }));
    expect(fp.rows.map((r) => r.title)).toEqual([expect.stringMatching(/debug/i)]);
    const byReviewer = await listIssues(t.db, parseIssueListQuery({ reviewer: "bot-7", sort: "title", dir: "asc" }));
    expect(byReviewer.rows).toHaveLength(2);
    expect(byReviewer.rows.every((r) => r.flaggedBy.includes("bot-7"))).toBe(true);
    // A page past the end shows the last page rather than an empty table.
    const paged = await listIssues(t.db, parseIssueListQuery({ pageSize: "25", page: "2" }));
    expect(paged).toMatchObject({ page: 1, pageCount: 1 });
    expect(paged.rows).toHaveLength(4);
    const withCwe = await listIssues(t.db, parseIssueListQuery({ cwe: "cwe-22" }));
    expect(withCwe.total).toBe(1);
    const searched = await listIssues(t.db, parseIssueListQuery({ q: "traversal" }));
    expect(searched.total).toBe(1);
  });

  it("puts together an issue page and a report page", async () => {
    const [row] = (await listIssues(t.db, parseIssueListQuery({ cwe: "CWE-22" }))).rows;
    const detail = (await getIssueDetail(t.db, String(row.number)))!;
    expect(detail.cards.map((c) => c.reviewer).sort()).toEqual(["alice", "bot-7"]);
    expect(detail.saidNoIssues.map((r) => r.reviewer)).toEqual(["carol"]);
    const report = (await getReportView(t.db, detail.cards[0].findings[0].reportId))!;
    expect(report.findings.length).toBeGreaterThan(0);
    expect((await listSubjects(t.db)).rows[0]).toMatchObject({ name: "upload-handler" });
    expect(detail.code).toBeNull();
  });

  it("shows the reviewed code at an issue's cited lines once the subject has its code", async () => {
    expect(await attachCode(t.db, { subject: "upload-handler", name: "subject.md", bytes: bytes(UPLOAD_CODE) })).toMatchObject({
      status: "attached",
      files: 1,
      lines: 40,
    });
    const [row] = (await listIssues(t.db, parseIssueListQuery({ cwe: "CWE-22" }))).rows;
    const { code } = (await getIssueDetail(t.db, String(row.number)))!;
    // alice cites line 21, bot-7 line 22: one place, in save_upload, with both named.
    expect(code?.name).toBe("subject.md");
    expect(code?.excerpts).toHaveLength(1);
    const [excerpt] = code!.excerpts;
    expect(excerpt).toMatchObject({ path: "app/upload.py", unit: "save_upload", citedBy: ["alice", "bot-7"] });
    expect(excerpt.lines.filter((l) => l.cited).map((l) => l.number)).toEqual([21, 22]);
    expect(excerpt.lines.find((l) => l.number === 21)?.text).toContain("os.path.join(UPLOAD_DIR, filename)");
  });

  it("refuses code it cannot show, and keeps the code it has", async () => {
    const binary = await attachCode(t.db, { subject: "upload-handler", name: "a.out", bytes: new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]) });
    expect(binary).toMatchObject({ status: "error", error: expect.stringMatching(/binary/) });
    const prose = await attachCode(t.db, { subject: "upload-handler", name: "notes.md", bytes: bytes("# Notes\n\nThe handler saves uploads.\n") });
    expect(prose).toMatchObject({ status: "error", error: expect.stringMatching(/no code found/) });
    const subject = await t.db.subject.findUniqueOrThrow({ where: { name: "upload-handler" } });
    expect(subject.codeName).toBe("subject.md");
  });
});
