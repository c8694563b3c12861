import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestReport } from "../../lib/ingest";
import { triageIssue } from "../../lib/issues/triage";
import { mergeIssues, moveFinding, splitFindings } from "../../lib/issues/manualGrouping";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/testDatabases";
import { bytes } from "../support/fixtures";
import { UPLOAD_REVIEWS } from "./reviews";

const providers = await testProviders();

describe.each(providers)("triage and manual grouping on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    for (const reviewer of ["alice", "bot-7"] as const) {
      await ingestReport(t.db, { subject: "s", reviewer, source: `${reviewer}.md`, bytes: bytes(UPLOAD_REVIEWS[reviewer]) });
    }
  });
  afterAll(async () => t?.drop());

  const issueWith = async (pattern: RegExp) => {
    const issues = await t.db.issue.findMany({ include: { findings: true } });
    return issues.find((i) => i.findings.some((f) => pattern.test(f.title)))!;
  };

  it("records a decision with author and note, and keeps the history append-only", async () => {
    const issue = await issueWith(/debug/i);
    expect(await triageIssue(t.db, { issueId: issue.id, status: "accepted", author: "dana" })).toMatchObject({ ok: true, status: "accepted" });
    expect(await triageIssue(t.db, { issueId: issue.id, status: "open", author: "erin", note: "needs a second look" })).toMatchObject({ ok: true });
    const events = await t.db.issueEvent.findMany({ where: { issueId: issue.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.author, e.fromStatus, e.toStatus, e.note])).toEqual([
      ["dana", "open", "accepted", null],
      ["erin", "accepted", "open", "needs a second look"],
    ]);
  });

  it("requires a note to mark an issue false positive", async () => {
    const issue = await issueWith(/content type/i);
    const result = await triageIssue(t.db, { issueId: issue.id, status: "false-positive", author: "dana" });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect((await t.db.issue.findUniqueOrThrow({ where: { id: issue.id } })).status).toBe("open");
  });

  it("refuses the second of two concurrent decisions instead of overwriting the first", async () => {
    const issue = await issueWith(/size limit/i);
    const seen = issue.version;
    const first = await triageIssue(t.db, { issueId: issue.id, status: "accepted", author: "dana", expectedVersion: seen });
    const second = await triageIssue(t.db, { issueId: issue.id, status: "false-positive", note: "not reachable", author: "erin", expectedVersion: seen });
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, reason: "conflict", current: { status: "accepted", lastAuthor: "dana" } });
    expect((await t.db.issue.findUniqueOrThrow({ where: { id: issue.id } })).status).toBe("accepted");
  });

  it("keeps triage decisions and manual moves through later ingests", async () => {
    const traversal = await issueWith(/traversal/i);
    const debug = await issueWith(/debug/i);
    await triageIssue(t.db, { issueId: traversal.id, status: "accepted", author: "dana" });
    const bobsFinding = traversal.findings.find((f) => /directory/i.test(f.title))!;
    await moveFinding(t.db, bobsFinding.id, debug.id, "dana");

    await ingestReport(t.db, { subject: "s", reviewer: "carol", source: "carol.txt", bytes: bytes(UPLOAD_REVIEWS.carol) });
    const moved = await t.db.finding.findUniqueOrThrow({ where: { id: bobsFinding.id } });
    expect(moved.issueId).toBe(debug.id);
    expect(moved.pinned).toBe(true);
    const after = await t.db.issue.findUniqueOrThrow({ where: { id: traversal.id } });
    expect(after.status).toBe("accepted");
    expect(after.consensusOf).toBe(3);
  });

  it("splits findings into a new issue and merges issues with their history", async () => {
    const debug = await issueWith(/debug/i);
    const intruder = debug.findings.find((f) => /directory/i.test(f.title))!;
    const newId = await splitFindings(t.db, [intruder.id], "dana");
    expect((await t.db.finding.findUniqueOrThrow({ where: { id: intruder.id } })).issueId).toBe(newId);

    const traversal = await issueWith(/path traversal/i);
    await mergeIssues(t.db, [traversal.id, newId], "dana");
    const merged = await t.db.issue.findUniqueOrThrow({ where: { id: traversal.id }, include: { findings: true, events: true } });
    expect(merged.findings.map((f) => f.id)).toContain(intruder.id);
    expect(merged.events.map((e) => e.kind)).toEqual(expect.arrayContaining(["triage", "merge", "split-in"]));
    expect(await t.db.issue.findUnique({ where: { id: newId } })).toBeNull();
    expect(merged.consensusReviewers).toBe(2);
  });
});
