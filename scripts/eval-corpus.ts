/**
 * Evaluates the REAL pipeline on a labeled corpus (FORMAT.md layout: <subject>/reports/*,
 * <subject>/gold.json): every report is ingested exactly as the CLI ingests it (decodeReport →
 * parseReport → normalizeFinding → store → regroupSubject/groupFindings) into a fresh SQLite
 * database, the database is exported with the JSON export, and the export is scored with the
 * definitions of the corpus scorer (score.mjs, ported below: extraction P/R by anchor-in-span,
 * B-cubed and pairwise P/R/F1, consensus and verdict accuracy).
 *
 * Nothing is approximated: segmentation, titles, CWE, lines and
 * symbols all come from the project's own parsers, so a change in lib/reports or lib/findings shows
 * up here too.
 *
 * Usage: npx tsx scripts/eval-corpus.ts [corpus-dir] [--verbose] [--pairs] [--groups] [--official]
 *          [--out export.json] [--min-extraction F] [--min-clustering F] [--min-pairwise F]
 *   corpus-dir  default test/fixtures/subjects (the held-out subjects); /work/shared/eval/dev works too
 *   --verbose   every missed gold finding, extra finding, wrong consensus and wrong verdict
 *   --pairs     signal scores of every wrongly split or joined gold pair (in-process re-run of the
 *               same parse → normalize → group steps; checked to agree with the database run)
 *   --groups    every issue with its members' gold clusters
 *   --sweep     grouping only (in-process), B-cubed and pairwise over a range of thresholds
 *   --official  also run the corpus's own score.mjs (../shared/eval/score.mjs) on the export
 *   --out       keep the export at this path
 *   --min-*     exit 1 below these totals (as score.mjs)
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openDb, type Db } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { buildExport } from "../lib/export/buildExport";
import { exportSchema, type QuorumExport } from "../lib/export/schema";
import { normalizeFinding } from "../lib/findings/normalizeFinding";
import { compareFindings } from "../lib/grouping/canonicalOrder";
import { groupFindings } from "../lib/grouping/groupFindings";
import { combinedScore, findingFeatures, signalScores } from "../lib/grouping/pairScore";
import type { GroupableFinding } from "../lib/grouping/types";
import { ingestReport } from "../lib/ingest";
import { decodeReport } from "../lib/reports/decodeReport";
import { parseReport } from "../lib/reports/parseReport";

interface GoldFinding {
  anchor: string;
  cluster: string;
}
interface GoldReport {
  reviewer: string;
  verdict: "findings" | "no-issues";
  findings: GoldFinding[];
}
export interface Gold {
  subject: string;
  reportsDir?: string;
  reports: Record<string, GoldReport>;
  clusters: Record<string, { summary: string; cwe: string | null; symbol: string | null }>;
}

export interface CorpusSubject {
  name: string;
  dir: string;
  reportsDir: string;
  gold: Gold;
}

/** The subjects of a corpus: every folder with a gold.json, in name order (as score.mjs reads them). */
export function corpusSubjects(corpusDir: string): CorpusSubject[] {
  return fs
    .readdirSync(corpusDir)
    .sort()
    .filter((d) => fs.existsSync(path.join(corpusDir, d, "gold.json")))
    .map((name) => {
      const dir = path.join(corpusDir, name);
      const gold = JSON.parse(fs.readFileSync(path.join(dir, "gold.json"), "utf8")) as Gold;
      return { name, dir, reportsDir: path.join(dir, gold.reportsDir ?? "reports"), gold };
    });
}

/** The report files of a subject, as the CLI would be given them: every file in the reports folder. */
function reportFiles(subject: CorpusSubject): string[] {
  return fs
    .readdirSync(subject.reportsDir)
    .filter((f) => !f.startsWith("."))
    .sort();
}

const reviewerOf = (file: string) => file.replace(/\.[^.]+$/, "");

/**
 * Ingests every report of every subject through the project's one ingest flow, as `quorum ingest`
 * would be given the folder. Throws when a report the gold lists fails to ingest; a file the gold
 * leaves out (an empty file) may fail, as it does on the command line.
 */
export async function ingestCorpus(db: Db, corpusDir: string): Promise<void> {
  for (const subject of corpusSubjects(corpusDir))
    for (const file of reportFiles(subject)) {
      const result = await ingestReport(db, {
        subject: subject.name,
        reviewer: reviewerOf(file),
        source: file,
        bytes: fs.readFileSync(path.join(subject.reportsDir, file)),
      });
      if (result.status === "error" && file in subject.gold.reports) throw new Error(`${subject.name}/${file}: ${result.error}`);
    }
}

/** Ingests a corpus into a fresh SQLite database in a temporary folder and returns its export. */
export async function exportCorpus(corpusDir: string): Promise<QuorumExport> {
  const dir = fs.mkdtempSync(path.join(tmpdir(), "quorum-eval-corpus-"));
  const db = await openDb(databaseConfig(`file:${path.join(dir, "eval.db")}`));
  try {
    await ingestCorpus(db, corpusDir);
    return exportSchema.parse(await buildExport(db));
  } finally {
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------- scoring: score.mjs, ported ----------

export interface Tally {
  gold: number;
  found: number;
  matched: number;
  bcP: number;
  bcR: number;
  bcN: number;
  pairsGold: number;
  pairsFound: number;
  pairsBoth: number;
  consensusOk: number;
  consensusN: number;
  verdictOk: number;
  verdictN: number;
}

export interface Metrics {
  extraction: { p: number; r: number; f1: number };
  bcubed: { p: number; r: number; f1: number };
  pairwise: { p: number; r: number; f1: number };
  consensus: number;
  verdict: number;
}

/** One gold finding, with the project issue its matched finding sits in (null when no finding matched). */
export interface ScoredItem {
  subject: string;
  file: string;
  anchor: string;
  cluster: string;
  reviewer: string;
  issueId: string | null;
  findingId: string | null;
}

export interface SubjectScore {
  name: string;
  tally: Tally;
  metrics: Metrics;
  items: ScoredItem[];
  /** score.mjs's --verbose lines: missed, extra, consensus wrong, verdict wrong. */
  notes: string[];
}

export interface CorpusScore {
  subjects: SubjectScore[];
  total: Tally;
  metrics: Metrics;
}

const zeroTally = (): Tally => ({
  gold: 0, found: 0, matched: 0, bcP: 0, bcR: 0, bcN: 0, pairsGold: 0, pairsFound: 0, pairsBoth: 0,
  consensusOk: 0, consensusN: 0, verdictOk: 0, verdictN: 0,
});
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function metricsOf(t: Tally): Metrics {
  const eP = t.found ? t.matched / t.found : 0;
  const eR = t.gold ? t.matched / t.gold : 0;
  const cP = t.bcN ? t.bcP / t.bcN : 0;
  const cR = t.bcN ? t.bcR / t.bcN : 0;
  const pP = t.pairsFound ? t.pairsBoth / t.pairsFound : 0;
  const pR = t.pairsGold ? t.pairsBoth / t.pairsGold : 0;
  return {
    extraction: { p: eP, r: eR, f1: f1(eP, eR) },
    bcubed: { p: cP, r: cR, f1: f1(cP, cR) },
    pairwise: { p: pP, r: pR, f1: f1(pP, pR) },
    consensus: t.consensusN ? t.consensusOk / t.consensusN : 0,
    verdict: t.verdictN ? t.verdictOk / t.verdictN : 0,
  };
}

/**
 * B-cubed and pairwise counts of one subject's gold findings against the issues they were placed
 * in; an unmatched gold finding (issueId null) is a group of its own.
 */
function addClustering(t: Tally, items: readonly { cluster: string; issueId: string | null }[]): void {
  items.forEach((it, i) => {
    const sameIssue = items.filter((o, j) => (it.issueId === null ? j === i : o.issueId === it.issueId));
    const sameGold = items.filter((o) => o.cluster === it.cluster);
    const both = sameIssue.filter((o) => o.cluster === it.cluster).length;
    t.bcP += both / sameIssue.length;
    t.bcR += both / sameGold.length;
  });
  t.bcN += items.length;
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const g = items[i].cluster === items[j].cluster;
      const p = items[i].issueId !== null && items[i].issueId === items[j].issueId;
      t.pairsGold += Number(g);
      t.pairsFound += Number(p);
      t.pairsBoth += Number(g && p);
    }
}

/** Scores an export against a corpus with score.mjs's definitions (FORMAT.md, "Scoring"). */
export function scoreCorpus(corpusDir: string, exported: QuorumExport): CorpusScore {
  const total = zeroTally();
  const subjects: SubjectScore[] = [];
  for (const subject of corpusSubjects(corpusDir)) {
    const t = zeroTally();
    const notes: string[] = [];
    const exp = exported.subjects.find((s) => s.name === subject.name);
    if (!exp) notes.push(`${subject.name}: not in the export`);
    const reports = exp?.reports ?? [];
    const issues = exp?.issues ?? [];
    const projectFindings = issues.flatMap((issue) => issue.findings.map((f) => ({ ...f, issueId: issue.id })));
    const items: ScoredItem[] = [];

    for (const [file, goldReport] of Object.entries(subject.gold.reports)) {
      const text = fs.readFileSync(path.join(subject.reportsDir, file), "utf8");
      const report = reports.find((r) => r.source === file || r.source === path.join("reports", file) || path.basename(r.source) === file);
      const mine = report ? projectFindings.filter((f) => f.reportId === report.id) : [];
      t.found += mine.length;
      t.gold += goldReport.findings.length;
      t.verdictN++;
      const verdictOk = report
        ? goldReport.verdict === "no-issues"
          ? report.verdict === "no-issues" && mine.length === 0
          : report.verdict !== "no-issues"
        : false;
      if (verdictOk) t.verdictOk++;
      else notes.push(`verdict wrong: ${subject.name}/${file} gold=${goldReport.verdict} got=${report?.verdict ?? "no report"}`);

      const claimed = new Set<string>();
      for (const g of goldReport.findings) {
        const pos = text.indexOf(g.anchor);
        const hit = mine
          .filter((f) => f.span.start <= pos && pos < f.span.end && !claimed.has(f.id))
          .sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start))[0];
        if (hit) {
          claimed.add(hit.id);
          t.matched++;
        } else notes.push(`missed: ${subject.name}/${file} «${g.anchor}»`);
        items.push({ subject: subject.name, file, anchor: g.anchor, cluster: g.cluster, reviewer: goldReport.reviewer, issueId: hit?.issueId ?? null, findingId: hit?.id ?? null });
      }
      for (const f of mine) if (!claimed.has(f.id)) notes.push(`extra: ${subject.name}/${file} «${f.title.slice(0, 70)}» span ${f.span.start}-${f.span.end}`);
    }

    addClustering(t, items);

    const clusters = [...new Set(items.map((i) => i.cluster))];
    for (const c of clusters) {
      const members = items.filter((i) => i.cluster === c);
      const goldReviewers = new Set(members.map((m) => m.reviewer)).size;
      const counts = new Map<string, number>();
      for (const m of members) if (m.issueId !== null) counts.set(m.issueId, (counts.get(m.issueId) ?? 0) + 1);
      const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
      const issue = top && issues.find((i) => i.id === top[0]);
      const projectReviewers = issue ? issue.consensus.reviewers : 0;
      t.consensusN++;
      if (projectReviewers === goldReviewers) t.consensusOk++;
      else notes.push(`consensus wrong: ${subject.name} ${c} gold=${goldReviewers} got=${projectReviewers}`);
    }

    for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
    subjects.push({ name: subject.name, tally: t, metrics: metricsOf(t), items, notes });
  }
  return { subjects, total, metrics: metricsOf(total) };
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "n/a");

/** score.mjs's output lines. */
export function formatScore(score: CorpusScore, verbose = false): string[] {
  const lines: string[] = [];
  for (const s of score.subjects) {
    if (verbose) lines.push(...s.notes.map((n) => `  ${n}`));
    const { tally: t, metrics: m } = s;
    lines.push(
      `${s.name}: extraction P ${fmt(m.extraction.p)} R ${fmt(m.extraction.r)} (${t.matched}/${t.gold} gold, ${t.found} found) · clustering P ${fmt(m.bcubed.p)} R ${fmt(m.bcubed.r)} F1 ${fmt(m.bcubed.f1)} · pairs ${t.pairsBoth}/${t.pairsGold} gold, ${t.pairsFound} placed · consensus ${t.consensusOk}/${t.consensusN}`,
    );
  }
  const m = score.metrics;
  lines.push(
    `TOTAL extraction P ${fmt(m.extraction.p)} R ${fmt(m.extraction.r)} F1 ${fmt(m.extraction.f1)} · B-cubed P ${fmt(m.bcubed.p)} R ${fmt(m.bcubed.r)} F1 ${fmt(m.bcubed.f1)} · pairwise P ${fmt(m.pairwise.p)} R ${fmt(m.pairwise.r)} F1 ${fmt(m.pairwise.f1)} · consensus ${fmt(m.consensus)} · verdict ${fmt(m.verdict)}`,
  );
  return lines;
}

// ---------- diagnostics: the same steps in-process, to see why pairs split or join ----------

export interface LabeledSubject {
  name: string;
  /** Every finding the parsers produced, as grouping sees it (id: `<file>#<ordinal>`). */
  findings: GroupableFinding[];
  /** finding id → gold cluster, for the findings that matched a gold anchor. */
  clusterOf: Map<string, string>;
  /** Every gold finding in gold order, with the id of the finding its anchor matched (null: missed). */
  gold: { file: string; anchor: string; cluster: string; findingId: string | null }[];
}

/** Parse → normalize in-process, as ingestReport does, and label findings by anchor the way the scorer matches them. */
export function labeledSubjects(corpusDir: string): LabeledSubject[] {
  return corpusSubjects(corpusDir).map((subject) => {
    const findings: GroupableFinding[] = [];
    const clusterOf = new Map<string, string>();
    const gold: LabeledSubject["gold"] = [];
    for (const file of reportFiles(subject).filter((f) => f in subject.gold.reports)) {
      const text = decodeReport(fs.readFileSync(path.join(subject.reportsDir, file)));
      const parsed = parseReport(text, file);
      const mine = parsed.findings.map((raw, i) => ({ ...normalizeFinding(raw, i + 1), id: `${file}#${i + 1}`, reportId: file, reviewer: reviewerOf(file) }));
      findings.push(...mine);
      const claimed = new Set<string>();
      for (const g of subject.gold.reports[file]?.findings ?? []) {
        const pos = text.indexOf(g.anchor);
        const hit = mine
          .filter((f) => f.span.start <= pos && pos < f.span.end && !claimed.has(f.id))
          .sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start))[0];
        if (hit) {
          claimed.add(hit.id);
          clusterOf.set(hit.id, g.cluster);
        }
        gold.push({ file, anchor: g.anchor, cluster: g.cluster, findingId: hit?.id ?? null });
      }
    }
    return { name: subject.name, findings, clusterOf, gold };
  });
}

const short = (f: GroupableFinding) => `${f.reviewer}: «${f.title.slice(0, 60)}»`;

/** Every wrongly split or joined pair of labeled findings, with its signal scores. */
export function pairDiagnostics(subject: LabeledSubject): string[] {
  const groups = groupFindings(subject.findings);
  const issueOf = new Map<string, number>();
  groups.forEach((g, i) => g.findingIds.forEach((id) => issueOf.set(id, i)));
  const sorted = [...subject.findings].sort(compareFindings);
  const features = findingFeatures(sorted);
  const lines: string[] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) {
      const [a, b] = [sorted[i], sorted[j]];
      const [ca, cb] = [subject.clusterOf.get(a.id), subject.clusterOf.get(b.id)];
      if (ca === undefined || cb === undefined) continue;
      const sameGold = ca === cb;
      const sameIssue = issueOf.get(a.id) === issueOf.get(b.id);
      if (sameGold === sameIssue) continue;
      const s = signalScores(features[i], features[j]);
      lines.push(
        `  ${sameGold ? "SPLIT " : "JOINED"} ${short(a)} ~ ${short(b)}  [score ${combinedScore(s).toFixed(3)} text ${s.text.toFixed(2)} sym ${s.symbols.toFixed(2)} weak ${s.weakness.toFixed(2)} lines ${s.lines.toFixed(2)} conflict ${s.conflict}${s.sameReport ? " same-report" : ""}]`,
      );
    }
  return lines;
}

/**
 * Grouping quality of the in-process run, with the scorer's B-cubed and pairwise definitions
 * (an unmatched gold finding is a group of its own). Extraction and consensus are left out: this
 * is for comparing grouping settings quickly (--sweep), not a substitute for the database run.
 */
export function groupingMetrics(corpusDir: string, threshold?: number): { subjects: { name: string; metrics: Metrics }[]; metrics: Metrics } {
  const total = zeroTally();
  const subjects = labeledSubjects(corpusDir).map((subject) => {
    const issueOf = new Map<string, string>();
    groupFindings(subject.findings, { threshold }).forEach((g, i) => g.findingIds.forEach((id) => issueOf.set(id, String(i))));
    const items = subject.gold.map((g) => ({ cluster: g.cluster, issueId: g.findingId === null ? null : (issueOf.get(g.findingId) ?? null) }));
    const t = zeroTally();
    addClustering(t, items);
    for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
    return { name: subject.name, metrics: metricsOf(t) };
  });
  return { subjects, metrics: metricsOf(total) };
}

/** The in-process partition, keyed like the database's findings (report file + span start), to check it is the same run. */
function partitionKey(groups: readonly (readonly string[])[]): string {
  return groups
    .map((g) => [...g].sort().join("|"))
    .sort()
    .join("\n");
}

function agreesWithDatabase(subject: LabeledSubject, exported: QuorumExport): boolean {
  const exp = exported.subjects.find((s) => s.name === subject.name);
  if (!exp) return false;
  const sourceOf = new Map(exp.reports.map((r) => [r.id, r.source]));
  const db = exp.issues.map((i) => i.findings.map((f) => `${sourceOf.get(f.reportId)}@${f.span.start}`));
  const byId = new Map(subject.findings.map((f) => [f.id, f]));
  const mine = groupFindings(subject.findings).map((g) => g.findingIds.map((id) => `${byId.get(id)!.reportId}@${byId.get(id)!.span.start}`));
  return partitionKey(db) === partitionKey(mine);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const valueOf = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const valued = new Set(["--out", "--min-extraction", "--min-clustering", "--min-pairwise"]);
  const corpus = args.find((a, i) => !a.startsWith("--") && !valued.has(args[i - 1])) ?? "test/fixtures/subjects";
  if (args.includes("--sweep")) {
    for (const threshold of [0.15, 0.2, 0.225, 0.25, 0.275, 0.3, 0.35]) {
      const { bcubed: b, pairwise: p } = groupingMetrics(corpus, threshold).metrics;
      console.log(`threshold ${threshold.toFixed(3)} · B-cubed P ${fmt(b.p)} R ${fmt(b.r)} F1 ${fmt(b.f1)} · pairwise P ${fmt(p.p)} R ${fmt(p.r)} F1 ${fmt(p.f1)}`);
    }
    return;
  }
  const started = performance.now();
  const exported = await exportCorpus(corpus);
  const out = valueOf("--out");
  if (out) fs.writeFileSync(out, `${JSON.stringify(exported, null, 2)}\n`);
  const score = scoreCorpus(corpus, exported);
  for (const line of formatScore(score, args.includes("--verbose"))) console.log(line);
  console.log(`(${(performance.now() - started).toFixed(0)} ms)`);

  if (args.includes("--pairs") || args.includes("--groups")) {
    for (const subject of labeledSubjects(corpus)) {
      console.log(`${subject.name}:${agreesWithDatabase(subject, exported) ? "" : " WARNING: the in-process grouping differs from the database run"}`);
      if (args.includes("--pairs")) for (const line of pairDiagnostics(subject)) console.log(line);
      if (args.includes("--groups"))
        for (const g of groupFindings(subject.findings)) {
          const byId = new Map(subject.findings.map((f) => [f.id, f]));
          console.log(`  group: ${g.findingIds.map((id) => `${short(byId.get(id)!)} [${subject.clusterOf.get(id) ?? "-"}]`).join(" | ")}`);
        }
    }
  }

  if (args.includes("--official")) {
    const scorer = path.resolve(import.meta.dirname, "../../shared/eval/score.mjs");
    const file = out ?? path.join(fs.mkdtempSync(path.join(tmpdir(), "quorum-eval-corpus-")), "export.json");
    if (!out) fs.writeFileSync(file, JSON.stringify(exported));
    console.log(`official scorer (${scorer}):`);
    process.stdout.write(execFileSync(process.execPath, [scorer, corpus, file], { encoding: "utf8" }));
  }

  const below = (flag: string, x: number) => valueOf(flag) !== undefined && x < Number(valueOf(flag));
  const m = score.metrics;
  if (below("--min-extraction", m.extraction.f1) || below("--min-clustering", m.bcubed.f1) || below("--min-pairwise", m.pairwise.f1)) process.exitCode = 1;
}

// Run only when executed, not when imported by the tests.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
