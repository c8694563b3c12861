import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainGroup } from "../../lib/grouping/explain";
import { groupFindings } from "../../lib/grouping/groupFindings";
import { findingFeatures, GROUPING_THRESHOLD, pairScore } from "../../lib/grouping/pairScore";
import type { GroupableFinding } from "../../lib/grouping/types";
import { finding, lines, partition, together } from "./fixtures";
import { connectionReviews, daemonReviews, loginReviews, parserReviews, pluginReviews, previewReviews, webReviews } from "./scenarios";

describe("groupFindings on realistic reviews", () => {
  it("joins one issue placed at different lines and worded differently by three reviewers", () => {
    const r = daemonReviews();
    const groups = groupFindings(r.all);
    expect(together(groups, r.sleepA, r.sleepB)).toBe(true);
    expect(together(groups, r.sleepA, r.sleepC)).toBe(true); // line 52 vs 60-66
    expect(together(groups, r.exitB, r.exitC)).toBe(true); // lines 68-74 vs 101-107
  });

  it("keeps two different weaknesses on the same lines apart", () => {
    const r = daemonReviews();
    const groups = groupFindings(r.all);
    expect(together(groups, r.leakA, r.exitB)).toBe(false);
    expect(together(groups, r.leakA, r.exitC)).toBe(false);
    expect(partition(groups)).toEqual(partition([{ findingIds: [r.sleepA.id, r.sleepB.id, r.sleepC.id] }, { findingIds: [r.exitB.id, r.exitC.id] }, { findingIds: [r.leakA.id] }]));
  });

  it("never joins two results of one scanner rule in one log, however alike their messages, but joins each with its match elsewhere", () => {
    const message = "SQL query built from tainted input";
    const scanA = finding({ title: message, reviewer: "scs", reportId: "scan", ruleId: "SCS0002", cwe: "CWE-89", lines: lines(33), symbols: ["connection.Query"] });
    const scanB = finding({ title: message, reviewer: "scs", reportId: "scan", ruleId: "SCS0002", cwe: "CWE-89", lines: lines(55), symbols: ["connection.Query"] });
    const search = finding({ title: "SQL injection in the customer search", reviewer: "llm", cwe: "CWE-89", lines: lines(33), body: "The `customer` value is concatenated into the LIKE clause passed to connection.Query." });
    const sort = finding({ title: "SQL injection through the sort parameter", reviewer: "llm", cwe: "CWE-89", lines: lines(55), body: "The `orderBy` value is pasted into ORDER BY before connection.Query runs it." });
    const groups = groupFindings([scanA, scanB, search, sort]);
    expect(together(groups, scanA, scanB)).toBe(false);
    // Without rule ids (two findings of a prose review) the same texts are not kept apart by construction.
    const plainA = { ...scanA, id: "pa", ruleId: null };
    const plainB = { ...scanB, id: "pb", ruleId: null };
    expect(together(groupFindings([plainA, plainB]), plainA, plainB)).toBe(true);
  });

  it("keeps one weakness class at two different sinks apart", () => {
    const r = webReviews();
    const groups = groupFindings(r.all);
    expect(together(groups, r.storedXss, r.xssOther)).toBe(true);
    expect(together(groups, r.reflected, r.storedXss)).toBe(false);
    expect(together(groups, r.reflected, r.xssOther)).toBe(false);
  });

  it("keeps the same keyword in different functions apart", () => {
    const exportSql = finding({
      reviewer: "fay",
      title: "SQL injection in export_csv",
      body: "export_csv builds `ORDER BY` from the `sort` parameter with an f-string (line 30).",
      cwe: "CWE-89",
      lines: lines(30),
      symbols: ["export_csv", "sort"],
    });
    const searchSql = finding({
      reviewer: "gus",
      title: "SQL injection in search_users",
      body: "search_users concatenates `name` into the WHERE clause (line 112).",
      cwe: "CWE-89",
      lines: lines(112),
      symbols: ["search_users", "name"],
    });
    const searchSqlToo = finding({
      reviewer: "fay",
      title: "Unsanitized name in search_users query",
      body: "Line 112: the name filter of search_users is pasted into the SQL string; a quote breaks out of the literal.",
      lines: lines(112),
      symbols: ["search_users"],
    });
    const groups = groupFindings([exportSql, searchSql, searchSqlToo]);
    expect(together(groups, exportSql, searchSql)).toBe(false);
    expect(together(groups, searchSql, searchSqlToo)).toBe(true);
  });

  it("keeps apart findings on one function whose explicit CWEs are unrelated", () => {
    const traversal = finding({
      reviewer: "hana",
      title: "Archive entries escape the output directory",
      body: "write_entry joins the entry name onto out_dir (line 71); a crafted archive entry writes files outside out_dir.",
      cwe: "CWE-22",
      lines: lines(71),
      symbols: ["write_entry", "out_dir"],
    });
    const symlink = finding({
      reviewer: "ivan",
      title: "Link entries let later archive entries escape the output directory",
      body: "write_entry creates a link entry with an arbitrary target (line 74); later archive entries are written through it, outside out_dir.",
      cwe: "CWE-59",
      lines: lines(74),
      symbols: ["write_entry", "out_dir"],
    });
    expect(together(groupFindings([traversal, symlink]), traversal, symlink)).toBe(false);
    // The same two findings without CWEs look alike enough to join: the CWEs make the difference.
    const bare = [traversal, symlink].map((f) => ({ ...f, cwe: null }));
    expect(together(groupFindings(bare), bare[0], bare[1])).toBe(true);
  });

  it("joins findings on one weakness that name related code: a function and the setting it reads", () => {
    const r = pluginReviews();
    const groups = groupFindings(r.all);
    expect(together(groups, r.reflection, r.allowList)).toBe(true);
    const group = groups.find((g) => g.findingIds.includes(r.reflection.id))!;
    const symbols = group.evidence.find((e) => e.kind === "symbols")!;
    expect(symbols.detail).toBe("related names `load_plugin_driver` and `conf.plugin_driver`");
    expect(explainGroup(group)).toMatch(/^Grouped because both name related code \(`load_plugin_driver` and `conf.plugin_driver`\) and describe externally controlled class/);
  });

  it("keeps a different defect of the same loader apart, though it names the function and says what it loads", () => {
    const r = pluginReviews();
    const groups = groupFindings(r.all);
    expect(together(groups, r.exit, r.reflection)).toBe(false);
    expect(together(groups, r.exit, r.allowList)).toBe(false);
    expect(partition(groups)).toEqual(partition([{ findingIds: [r.reflection.id, r.allowList.id] }, { findingIds: [r.exit.id] }, { findingIds: [r.token.id] }]));
  });

  it("joins one defect named by its cause by one reviewer and by its effect by another (a CWE chain)", () => {
    const r = parserReviews();
    const groups = groupFindings(r.all);
    expect(together(groups, r.underflow, r.overRead)).toBe(true); // CWE-191 and CWE-125
    expect(together(groups, r.overRead, r.copyOverflow)).toBe(false);
    expect(together(groups, r.underflow, r.copyOverflow)).toBe(false);
  });

  it("keeps a use after free and a heap overflow in one function apart, but joins an over-read one reviewer calls a buffer overflow", () => {
    const r = connectionReviews();
    const groups = groupFindings(r.all);
    expect(together(groups, r.uaf, r.overflow)).toBe(false); // CWE-416 vs CWE-122, same memcpy, same line
    expect(together(groups, r.overRead, r.overflowName)).toBe(true); // "over-read" and "buffer overflow" of one read
    expect(partition(groups)).toEqual(partition([{ findingIds: [r.uaf.id] }, { findingIds: [r.overflow.id] }, { findingIds: [r.overRead.id, r.overflowName.id] }]));
  });

  it("keeps a stored and a reflected XSS of one handler apart, on neighbouring lines and with one CWE", () => {
    const r = previewReviews();
    const groups = groupFindings(r.all);
    expect(partition(groups)).toEqual(partition([{ findingIds: [r.reflectedA.id, r.reflectedB.id] }, { findingIds: [r.storedA.id, r.storedB.id] }]));
  });

  it("keeps two defects of one line apart when one finding only mentions the other's subject", () => {
    const r = loginReviews();
    const groups = groupFindings(r.all);
    expect(together(groups, r.md5A, r.md5B)).toBe(true);
    expect(together(groups, r.juggling, r.md5A)).toBe(false);
    expect(together(groups, r.juggling, r.md5B)).toBe(false);
  });

  it("joins a reviewer's own two findings when they describe one defect, despite the same-report penalty", () => {
    const r = webReviews();
    const groups = groupFindings(r.all);
    expect(together(groups, r.dotdot, r.absolute)).toBe(true);
    expect(together(groups, r.dotdot, r.zipSlip)).toBe(true); // "zip slip", no CWE, other words
  });

  it("joins two reviewers' differently worded notes on one issue when each is the other's closest match", () => {
    const keyA = finding({
      reviewer: "llama",
      title: "Hardcoded AWS Access Key ID",
      body: "The pipeline defines AWS_ACCESS_KEY_ID with a literal value in the global `variables:` block (line 13). Anyone who can read the repository can use the key.",
      lines: lines(13),
    });
    const keyB = finding({ reviewer: "priya", title: "The AWS keys in the variables block (lines 13-14) have to go", body: "Move them to masked, protected CI/CD settings and rotate them today.", lines: lines(13, 14) });
    const curlA = finding({ reviewer: "llama", title: "Helm installer piped to bash", body: "The deploy job downloads get-helm-3 with curl and runs it with bash without checking a checksum (line 54).", lines: lines(54) });
    const curlB = finding({ reviewer: "priya", title: "curl | bash for helm on L54, pin a version and verify the sha", lines: lines(54) });
    const [fKeyA, fKeyB] = findingFeatures([keyA, keyB]);
    // Alone, the pair is short of the threshold: it joins because nothing else in either report is as close.
    expect(pairScore(fKeyA, fKeyB)).toBeLessThan(GROUPING_THRESHOLD);
    const groups = groupFindings([keyA, keyB, curlA, curlB]);
    expect(partition(groups)).toEqual(partition([{ findingIds: [keyA.id, keyB.id] }, { findingIds: [curlA.id, curlB.id] }]));
    const keys = groups.find((g) => g.findingIds.includes(keyA.id))!;
    expect(keys.evidence.map((e) => e.kind)).toContain("counterpart");
    expect(explainGroup(keys)).toContain("closest match");
    // A third report whose only note is about something else gives the key no counterpart there.
    const other = finding({ reviewer: "sam", title: "Job logs print the kube token", body: "deploy-staging echoes $STAGING_KUBE_TOKEN on line 74.", lines: lines(74) });
    expect(together(groupFindings([keyA, keyB, curlA, curlB, other]), keyA, other)).toBe(false);
  });

  it("does not join a report's unrelated findings", () => {
    const r = webReviews();
    const groups = groupFindings(r.all);
    expect(together(groups, r.storedXss, r.zipSlip)).toBe(false);
  });

  it("records the evidence that joined each group, naming its own members", () => {
    const r = daemonReviews();
    const groups = groupFindings(r.all);
    const sleep = groups.find((g) => g.findingIds.includes(r.sleepA.id))!;
    expect(sleep.evidence.map((e) => e.kind)).toEqual(expect.arrayContaining(["symbols", "text"]));
    for (const e of sleep.evidence) for (const id of e.findingIds) expect(sleep.findingIds).toContain(id);
    expect(sleep.evidence.find((e) => e.kind === "symbols")!.labels).toContain("gevent.sleep");
    expect(groups.find((g) => g.findingIds.includes(r.leakA.id))!.evidence).toEqual([]);
  });

  it("returns larger groups first and every finding exactly once", () => {
    const r = daemonReviews();
    const groups = groupFindings(r.all);
    expect(groups.map((g) => g.findingIds.length)).toEqual([3, 2, 1]);
    expect(groups.flatMap((g) => g.findingIds).sort()).toEqual(r.all.map((f) => f.id).sort());
  });

  it("handles no findings and one finding", () => {
    expect(groupFindings([])).toEqual([]);
    const only = finding({ reviewer: "x", title: "Lonely" });
    expect(groupFindings([only])).toEqual([{ findingIds: [only.id], evidence: [] }]);
  });
});

describe("pinned findings", () => {
  it("keeps findings pinned to one key together even when they look unrelated", () => {
    const r = daemonReviews();
    const groups = groupFindings(r.all, { pinned: { [r.leakA.id]: "issue-7", [r.sleepC.id]: "issue-7" } });
    expect(together(groups, r.leakA, r.sleepC)).toBe(true);
    const pinnedGroup = groups.find((g) => g.findingIds.includes(r.leakA.id))!;
    expect(pinnedGroup.evidence.some((e) => e.kind === "manual")).toBe(true);
  });

  it("never merges findings pinned to different keys, however alike", () => {
    const r = daemonReviews();
    const groups = groupFindings(r.all, { pinned: { [r.exitB.id]: "issue-1", [r.exitC.id]: "issue-2" } });
    expect(together(groups, r.exitB, r.exitC)).toBe(false);
  });

  it("lets unpinned findings join a pinned group", () => {
    const r = daemonReviews();
    const groups = groupFindings(r.all, { pinned: { [r.sleepA.id]: "issue-3" } });
    expect(together(groups, r.sleepA, r.sleepB)).toBe(true);
    expect(together(groups, r.sleepA, r.sleepC)).toBe(true);
  });

  it("keeps two pinned groups apart even through an unpinned finding similar to both", () => {
    const r = daemonReviews();
    const groups = groupFindings(r.all, { pinned: { [r.sleepA.id]: "issue-3", [r.sleepB.id]: "issue-4" } });
    expect(together(groups, r.sleepA, r.sleepB)).toBe(false);
    expect(together(groups, r.sleepA, r.sleepC) || together(groups, r.sleepB, r.sleepC)).toBe(true);
  });
});

describe("determinism", () => {
  const all = [...daemonReviews().all, ...webReviews().all, ...pluginReviews().all];

  it("gives the same groups, in the same order, for any order of the input", () => {
    const expected = groupFindings(all);
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (shuffled) => {
        expect(groupFindings(shuffled)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  const words = ["archive", "symlink", "sql", "query", "token", "session", "cookie", "upload", "path", "loop", "sleep", "memory", "leak", "error", "exit", "redirect"];
  const symbolPool = ["load()", "save_file", "os.path.join", "cursor.execute", "mark_safe", "eventlet.sleep", "fs::read", "Session.get", "load_plugin_driver", "conf.plugin_driver", "savePluginState"];
  const arbitraryFinding = fc.record({
    reviewer: fc.constantFrom("r1", "r2", "r3", "r4"),
    title: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }).map((w) => w.join(" ")),
    body: fc.array(fc.constantFrom(...words, "denial of service", "CWE-22", "CWE-89", "path traversal"), { maxLength: 20 }).map((w) => w.join(" ")),
    symbols: fc.array(fc.constantFrom(...symbolPool), { maxLength: 3 }),
    line: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
    cwe: fc.option(fc.constantFrom("CWE-22", "CWE-89", "CWE-400", "CWE-79"), { nil: null }),
  });

  it("gives the same partition for any permutation of arbitrary findings", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryFinding, { minLength: 1, maxLength: 14 }).chain((specs) => {
          const findings: GroupableFinding[] = specs.map((s, i) =>
            finding({ ...s, id: `g${i}`, ordinal: 1, lines: s.line ? lines(s.line) : [], cwe: s.cwe }),
          );
          return fc.tuple(fc.constant(findings), fc.shuffledSubarray(findings, { minLength: findings.length, maxLength: findings.length }));
        }),
        ([findings, shuffled]) => {
          const a = groupFindings(findings);
          const b = groupFindings(shuffled);
          expect(partition(b)).toEqual(partition(a));
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 150 },
    );
  });
});
