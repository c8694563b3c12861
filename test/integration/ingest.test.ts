import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestReport } from "../../lib/ingest";
import { buildExport } from "../../lib/export/buildExport";
import { exportSchema } from "../../lib/export/schema";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/testDatabases";
import { bytes } from "../support/fixtures";
import { UPLOAD_REVIEWS } from "./reviews";

const providers = await testProviders();

describe.each(providers)("ingest on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(async () => t?.drop());

  it("stores each report with its findings and groups them into issues", async () => {
    const results = [];
    for (const [reviewer, text] of Object.entries(UPLOAD_REVIEWS)) {
      results.push(await ingestReport(t.db, { subject: "upload-handler", reviewer, source: `${reviewer}.md`, bytes: bytes(text) }));
    }
    expect(results.map((r) => r.status)).toEqual(["ingested", "ingested", "ingested"]);
    expect(results.map((r) => (r.status === "ingested" ? r.findings : -1))).toEqual([3, 2, 0]);
    expect(results.map((r) => (r.status === "ingested" ? r.verdict : null))).toEqual(["findings", "findings", "no-issues"]);

    const data = exportSchema.parse(await buildExport(t.db, { subject: "upload-handler" }));
    const subject = data.subjects[0];
    expect(subject.reports).toHaveLength(3);
    const findings = subject.issues.flatMap((i) => i.findings);
    expect(findings).toHaveLength(5);
    // Spans point into the stored text exactly as read.
    const reports = await t.db.report.findMany();
    for (const f of findings) {
      const content = reports.find((r) => r.id === f.reportId)!.content;
      expect(content.slice(f.span.start, f.span.end)).toContain(f.title.slice(0, 12));
    }
    // Both reviewers flagged the path traversal: one issue, 2 of 3 reviewers.
    const traversal = subject.issues.find((i) => i.findings.some((f) => /traversal/i.test(f.title)))!;
    expect(new Set(traversal.findings.map((f) => f.reviewer))).toEqual(new Set(["alice", "bot-7"]));
    expect(traversal.consensus).toEqual({ reviewers: 2, of: 3, level: "majority" });
    expect(traversal.disagreements.map((d) => d.kind)).toContain("verdict");
  });

  it("treats identical content from the same reviewer as a no-op", async () => {
    const again = await ingestReport(t.db, { subject: "upload-handler", reviewer: "alice", source: "alice.md", bytes: bytes(UPLOAD_REVIEWS.alice) });
    expect(again.status).toBe("unchanged");
    expect(await t.db.report.count()).toBe(3);
    expect(await t.db.finding.count()).toBe(5);
  });

  it("refuses bad files with a clear error and writes nothing for them", async () => {
    const bad: [string, Uint8Array, RegExp][] = [
      ["empty.md", new Uint8Array(), /empty/],
      ["binary.txt", Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]), /binary/],
      ["latin1.txt", Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x0a]), /invalid UTF-8 at byte 3/],
      ["broken.json", bytes('[{"title": "SQL injection", "line": 4'), /malformed JSON/],
      ["broken.sarif", bytes('{"version": "2.1.0", "runs": [{"tool": '), /malformed SARIF/],
      ["huge.md", bytes("x".repeat(2048)), /over the 1 KB limit/],
    ];
    for (const [source, content, message] of bad) {
      const result = await ingestReport(t.db, { subject: "bad-files", reviewer: source, source, bytes: content }, { maxBytes: 1024 });
      expect(result.status, source).toBe("error");
      if (result.status === "error") expect(result.error, source).toMatch(message);
    }
    expect(await t.db.report.count({ where: { subject: { name: "bad-files" } } })).toBe(0);
  });
});

describe.each(providers)("concurrent ingest on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(async () => t?.drop());

  it("lets several uploads at once land without lost findings or clashing issue numbers", async () => {
    const uploads = ["one", "two"].flatMap((subject) =>
      Object.entries(UPLOAD_REVIEWS).map(([reviewer, text]) =>
        ingestReport(t.db, { subject, reviewer, source: `${reviewer}.md`, bytes: bytes(text) }),
      ),
    );
    const results = await Promise.all(uploads);
    expect(results.every((r) => r.status === "ingested")).toBe(true);
    expect(await t.db.finding.count({ where: { issueId: null } })).toBe(0);
    const numbers = (await t.db.issue.findMany({ select: { number: true } })).map((i) => i.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    // Each subject comes out as if its reports had arrived one by one.
    for (const subject of ["one", "two"]) {
      const issues = await t.db.issue.findMany({ where: { subject: { name: subject } } });
      expect(issues.map((i) => i.consensusOf)).toEqual(issues.map(() => 3));
    }
  });
});
