import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
import { UPLOAD_REVIEWS } from "./reviews";

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
  });
});
