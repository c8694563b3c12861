import { describe, expect, it } from "vitest";
import { combinedScore, findingFeatures, GROUPING_THRESHOLD, SAME_FILE_SCORE, SIGNAL_WEIGHTS, signalScores, type SignalScores } from "../../lib/grouping/pairScore";
import { finding, lines } from "./fixtures";

const none: SignalScores = { text: 0, symbols: 0, weakness: 0, lines: 0, conflict: 0, sameReport: false };

describe("combinedScore", () => {
  it("does not group on any single signal short of near-identical text", () => {
    expect(combinedScore({ ...none, weakness: 1 })).toBeLessThanOrEqual(GROUPING_THRESHOLD);
    expect(combinedScore({ ...none, symbols: 0.8 })).toBeLessThanOrEqual(GROUPING_THRESHOLD);
    expect(combinedScore({ ...none, lines: 1 })).toBeLessThanOrEqual(GROUPING_THRESHOLD);
    expect(combinedScore({ ...none, text: 0.5 })).toBeLessThanOrEqual(GROUPING_THRESHOLD);
  });

  it("groups when two signals agree", () => {
    expect(combinedScore({ ...none, weakness: 0.9, symbols: 0.3 })).toBeGreaterThan(GROUPING_THRESHOLD);
    expect(combinedScore({ ...none, text: 0.3, symbols: 0.4 })).toBeGreaterThan(GROUPING_THRESHOLD);
  });

  it("penalizes two findings of one report, and explicit CWE conflicts more", () => {
    const s: SignalScores = { ...none, text: 0.4, symbols: 0.5, weakness: 0.9, lines: 1 };
    expect(combinedScore(s) - combinedScore({ ...s, sameReport: true })).toBeCloseTo(SIGNAL_WEIGHTS.sameReport);
    expect(combinedScore({ ...s, sameReport: true })).toBeGreaterThan(GROUPING_THRESHOLD); // a penalty, not a ban
    expect(combinedScore({ ...s, weakness: 0, conflict: 1 })).toBeLessThan(combinedScore({ ...s, weakness: 0, sameReport: true }));
  });
});

describe("file names as symbols", () => {
  it("count across reports, as a hint of one file, but not within one report, where every note is pinned to the file", () => {
    const email = finding({ title: "email goes straight into the SQL", reviewer: "jlee", symbols: ["auth.ts"], lines: lines(45) });
    const sort = finding({ title: "sort goes straight into ORDER BY", reviewer: "jlee", symbols: ["auth.ts"], lines: lines(94) });
    const other = finding({ title: "SQL built from the email field", reviewer: "bot", symbols: ["auth.ts"], lines: lines(45) });
    const [a, b, c] = findingFeatures([email, sort, other]);
    expect(signalScores(a, b).symbols).toBe(0);
    expect(signalScores(a, c).symbols).toBeGreaterThan(0);
  });

  it("count less than naming the same code: one file holds many defects", () => {
    const privileged = finding({ title: "Container runs privileged", reviewer: "llama", symbols: ["values.yaml"] });
    const limits = finding({ title: "No resource limits", reviewer: "claude", symbols: ["values.yaml"] });
    const sameCode = finding({ title: "privileged: true", reviewer: "kics", symbols: ["values.yaml", "securityContext.privileged"] });
    const again = finding({ title: "Privileged container", reviewer: "gpt", symbols: ["values.yaml", "securityContext.privileged"] });
    const [a, b, c, d] = findingFeatures([privileged, limits, sameCode, again]);
    expect(signalScores(a, b).symbols).toBe(SAME_FILE_SCORE);
    expect(signalScores(c, d).symbols).toBeGreaterThan(0.9);
  });
});

describe("a file named against code named", () => {
  it("counts half as much against the pair as two sets of code names: one says where, the other what", () => {
    const fileOnly = finding({ title: "Insecure default authorization decision", reviewer: "qwen", symbols: ["policy.rego"] });
    const codeOnly = finding({ title: "Authorization policy defaults to allow", reviewer: "claude", symbols: ["allow", "partner_id"] });
    const otherCode = finding({ title: "Default allow in the gateway", reviewer: "gpt", symbols: ["failure_mode_allow"] });
    const otherFile = finding({ title: "Default allow in the gateway config", reviewer: "mistral", symbols: ["envoy.yaml"] });
    const [f, c, oc, of] = findingFeatures([fileOnly, codeOnly, otherCode, otherFile]);
    const betweenCode = signalScores(c, oc).symbols;
    expect(betweenCode).toBeLessThan(0);
    expect(signalScores(f, c).symbols).toBeCloseTo(betweenCode / 2);
    // Two different files are two places.
    expect(signalScores(f, of).symbols).toBeCloseTo(betweenCode);
  });
});

describe("names that disagree between a scanner and a reviewer", () => {
  it("count half as much against the pair as between two reviewers", () => {
    const scanner = finding({ title: "Access to host network", reviewer: "trivy", ruleId: "KSV009", symbols: ["spec.template.spec.hostNetwork"], lines: lines(2, 58) });
    const reviewer = finding({ title: "Host network enabled", reviewer: "mixtral", symbols: ["values.yaml", "deployment"], lines: lines(30) });
    const other = finding({ title: "Host network enabled", reviewer: "gpt", symbols: ["hostNet"], lines: lines(30) });
    const [s, r, o] = findingFeatures([scanner, reviewer, other]);
    const betweenReviewers = signalScores(r, o).symbols;
    expect(betweenReviewers).toBeLessThan(0);
    expect(signalScores(s, r).symbols).toBeCloseTo(betweenReviewers / 2);
  });
});

describe("a scanner's warning about an import", () => {
  it("is placed on the import line, which says nothing against the line where the module is misused", () => {
    const importWarning = finding({ title: "Consider possible security implications associated with pickle module.", reviewer: "bandit", ruleId: "B403", lines: lines(3) });
    const note = finding({ title: "Insecure deserialization with `pickle.loads`", reviewer: "qwen", lines: lines(28) });
    const [w, n] = findingFeatures([importWarning, note]);
    expect(signalScores(w, n).lines).toBe(0);
  });

  it("is told apart from a reviewer's note about an import, and from scanner results placed on the misuse", () => {
    const reviewerNote = finding({ title: "The code imports the pickle module", reviewer: "qwen", lines: lines(3) });
    const scannerUse = finding({ title: "Pickle and modules that wrap it can be unsafe", reviewer: "bandit", ruleId: "B301", lines: lines(28) });
    const [r, s] = findingFeatures([reviewerNote, scannerUse]);
    expect(signalScores(r, s).lines).toBeLessThan(0);
  });
});

describe("one rule's results in two files", () => {
  it("are two places, even from two tools that share the rule", () => {
    const fromHadolint = finding({ title: "Double quote to prevent globbing and word splitting", reviewer: "hadolint", ruleId: "SC2086", path: "Dockerfile", lines: lines(19) });
    const fromShellcheck = finding({ title: "Double quote to prevent globbing and word splitting", reviewer: "shellcheck", ruleId: "SC2086", path: "docker-entrypoint.sh", lines: lines(18) });
    const sameFile = finding({ title: "Double quote to prevent globbing and word splitting", reviewer: "shellcheck", ruleId: "SC2086", path: "Dockerfile", lines: lines(19) });
    const [h, s, same] = findingFeatures([fromHadolint, fromShellcheck, sameFile]);
    expect(signalScores(h, s).sameRule).toBe(true);
    expect(signalScores(h, same).sameRule).toBe(false);
    expect(combinedScore(signalScores(h, same))).toBeGreaterThan(GROUPING_THRESHOLD);
  });
});

describe("one rule's results in one report", () => {
  it("are two places, unless both name the same code: one global variable found wherever it is used", () => {
    const at = (title: string, line: number) => finding({ title, reviewer: "luacheck", ruleId: "W113", path: "jwt_gate.lua", lines: lines(line) });
    const [first, second, other] = findingFeatures([at("accessing undefined variable 'claims'", 50), at("accessing undefined variable 'claims'", 63), at("accessing undefined variable 'session'", 70)]);
    expect(signalScores(first, second).sameRule).toBe(false);
    expect(combinedScore(signalScores(first, second))).toBeGreaterThan(GROUPING_THRESHOLD);
    expect(signalScores(first, other).sameRule).toBe(true);
    // A file the messages quote is no code they share.
    const [a, b] = findingFeatures([
      finding({ title: "File 'Deploy.ps1' uses ConvertTo-SecureString with plaintext", reviewer: "pssa", ruleId: "PSAvoidUsingConvertToSecureStringWithPlainText", lines: lines(39) }),
      finding({ title: "File 'Deploy.ps1' uses ConvertTo-SecureString with plaintext", reviewer: "pssa", ruleId: "PSAvoidUsingConvertToSecureStringWithPlainText", lines: lines(80) }),
    ]);
    expect(signalScores(a, b).sameRule).toBe(true);
  });

  it("are one alert when the report repeats one place (MSBuild's closing summary of its warnings)", () => {
    const at = (line: number) => finding({ title: "Review SQL queries for security vulnerabilities", reviewer: "dotnet-build", ruleId: "CA2100", path: "src/Api/Reports.cs", lines: lines(line) });
    const [inline, summary, elsewhere] = findingFeatures([at(40), at(40), at(77)]);
    // tfsec places every statement of one policy on the policy's block: one place, two messages, two alerts.
    const [s3, logs] = findingFeatures([
      finding({ title: "IAM policy document uses wildcarded action 's3:*'", reviewer: "tfsec", ruleId: "aws-iam-no-policy-wildcards", path: "iam.tf", lines: lines(12, 30) }),
      finding({ title: "IAM policy document uses sensitive action 'logs:PutLogEvents' on wildcarded resource", reviewer: "tfsec", ruleId: "aws-iam-no-policy-wildcards", path: "iam.tf", lines: lines(12, 30) }),
    ]);
    expect(signalScores(s3, logs).sameRule).toBe(true);
    expect(signalScores(inline, summary).sameRule).toBe(false);
    expect(combinedScore(signalScores(inline, summary))).toBeGreaterThan(GROUPING_THRESHOLD);
    expect(signalScores(inline, elsewhere).sameRule).toBe(true);
  });
});
