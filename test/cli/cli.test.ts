import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { exportSchema } from "../../lib/export/schema";
import { UPLOAD_CODE, UPLOAD_REVIEWS } from "../integration/reviews";

/** The `quorum` command as a user runs it: a real process on a real SQLite file. */
const ROOT = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "quorum-cli-"));
const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "cli.db")}` };

function quorum(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(ROOT, "bin/quorum.mjs"), ...args], { cwd: ROOT, env, encoding: "utf8" });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe("quorum CLI", () => {
  const files: string[] = [];
  beforeAll(() => {
    for (const [reviewer, text] of Object.entries(UPLOAD_REVIEWS)) {
      const file = path.join(dir, `${reviewer}.md`);
      writeFileSync(file, text);
      files.push(file);
    }
    const bad = path.join(dir, "garbled.txt");
    writeFileSync(bad, Buffer.from([0x66, 0x6f, 0xff, 0xfe, 0x0a]));
    files.push(bad);
  });

  it("ingests good files, reports the bad one, and exits non-zero", () => {
    const run = quorum("ingest", "--subject", "upload-handler", ...files);
    const lines = run.out.trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^alice\.md \(alice\): markdown, 3 findings$/);
    expect(lines[2]).toMatch(/^carol\.md \(carol\): markdown, 0 findings, no issues reported$/);
    expect(lines[3]).toMatch(/^garbled\.txt \(garbled\): error: invalid UTF-8 at byte 2$/);
    expect(run.status).toBe(1);
  });

  it("says so when the same content is ingested again", () => {
    const run = quorum("ingest", "--subject", "upload-handler", "--reviewer", "alice", files[0]);
    expect(run.out).toMatch(/already ingested with identical content, nothing to do/);
    expect(run.status).toBe(0);
  });

  it("attaches the reviewed code to a subject with --code, with or without reports", () => {
    const code = path.join(dir, "subject.md");
    writeFileSync(code, UPLOAD_CODE);
    const run = quorum("ingest", "--subject", "upload-handler", "--code", code);
    expect(run.out.trim()).toBe("subject.md: code of upload-handler, 1 file, 40 lines");
    expect(run.status).toBe(0);
    const missing = quorum("ingest", "--subject", "upload-handler", "--code", path.join(dir, "nope.py"));
    expect(missing.out.trim()).toBe("nope.py: error: no such file");
    expect(missing.status).toBe(1);
    expect(quorum("ingest", "--subject", "upload-handler").status).toBe(1);
  });

  it("exports JSON format version 1 to a file", () => {
    const out = path.join(dir, "export.json");
    const run = quorum("export", "--format", "json", "--out", out);
    expect(run.status).toBe(0);
    const data = exportSchema.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(data.subjects.map((s) => s.name)).toEqual(["upload-handler"]);
    expect(data.subjects[0].reports.map((r) => r.source).sort()).toEqual(["alice.md", "bot-7.md", "carol.md"]);
  });

  it("lists subjects and shows issues with consensus and why they were grouped", () => {
    expect(quorum("subjects").out).toMatch(/upload-handler: 3 reports, 5 findings/);
    const show = quorum("show", "upload-handler").out;
    expect(show).toMatch(/2\/3 reviewers \(majority\)/);
    expect(show).toMatch(/why grouped: /);
    expect(show).toMatch(/! verdict: /);
  });

  it("triages from the terminal and refuses a false positive without a note", () => {
    const number = /Q-(\d+)/.exec(quorum("show", "upload-handler").out)![1];
    const refused = quorum("triage", number, "false-positive", "--author", "dana");
    expect(refused.status).not.toBe(0);
    expect(refused.err).toMatch(/note is required/);
    const accepted = quorum("triage", number, "accepted", "--author", "dana");
    expect(accepted.out).toMatch(new RegExp(`Q-${number} is now accepted`));
  });

  it("explains an unknown subject instead of printing nothing", () => {
    const run = quorum("show", "no-such-subject");
    expect(run.status).toBe(2);
    expect(run.err).toMatch(/no subject named "no-such-subject"/);
  });
});
