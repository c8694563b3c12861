/**
 * Evaluates grouping on a labeled corpus (default /work/shared/eval/dev) before the real parsers
 * exist. For every gold finding it builds an approximate GroupableFinding from the report text
 * alone (gold's cwe/lines/severity are labels and are never fed in): the anchor's line is the
 * title, the text up to the next finding (or the end of the item) is the body, and CWE ids, line
 * numbers, symbols, severity and stance are pulled from that text by the project's own
 * normalizeFinding (or, with --own-extractors, by this script's simpler patterns). Only the
 * parser's segmentation is approximated. It then groups each subject and prints
 * pairwise and B-cubed precision/recall/F1 with the same definitions as score.mjs, plus every
 * wrongly joined or split pair.
 *
 * Usage: npx tsx scripts/eval-grouping.ts [corpus-dir] [--pairs] [--groups] [--sweep] [--no-symbols] [--no-cwe]
 *   --pairs   signal scores of every gold pair and every pair scoring above 0.1
 *   --groups  each issue with its explanation
 *   --sweep   totals over a range of thresholds, then the plateau of best thresholds (total and per subject)
 *   --no-symbols / --no-cwe   ablations: drop the extracted symbols / explicit CWEs
 *   --own-extractors          this script's CWE/line/symbol patterns instead of normalizeFinding
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { LineRange } from "../lib/findings/types";
import { normalizeFinding } from "../lib/findings/normalizeFinding";
import { compareFindings } from "../lib/grouping/canonicalOrder";
import { explainGroup } from "../lib/grouping/explain";
import { groupFindings } from "../lib/grouping/groupFindings";
import { combinedScore, findingFeatures, signalScores } from "../lib/grouping/pairScore";
import type { GroupableFinding } from "../lib/grouping/types";

interface GoldFinding {
  anchor: string;
  cluster: string;
}
interface GoldReport {
  reviewer: string;
  verdict: string;
  findings: GoldFinding[];
}
interface Gold {
  subject: string;
  reportsDir?: string;
  reports: Record<string, GoldReport>;
}

export interface LabeledFinding {
  finding: GroupableFinding;
  cluster: string;
}

// ---------- building approximate findings from report text ----------

const LIST_ITEM = /^(\s*)(?:[-*+]|\d+[.)])\s+/;
const HEADING = /^\s*#{1,6}\s/;
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
const FINDING_HEADER = /^\s*(?:finding|issue)\s*#?\d+\b/i;
const CLOSING = /^\s*(?:\*\*)?(?:overall|in summary|summary|conclusion|to conclude|given the|other observations|additional notes|general observations)\b/i;
const JSON_FIELD = /^\s*"[\w-]+"\s*:/;

function indentOf(line: string): number {
  return /^\s*/.exec(line)![0].length;
}

/** Where a finding that starts on `startLine` ends: at its next sibling item, a heading, a rule or a closing paragraph. */
function itemEnd(lines: readonly string[], startLine: number): number {
  const first = lines[startLine];
  if (first.trim().startsWith("|")) return startLine + 1; // a table row is one finding
  const isJson = JSON_FIELD.test(first);
  const isListItem = LIST_ITEM.test(first) || FINDING_HEADER.test(first) || /^\s*\*\*/.test(first);
  const isProse = !isListItem && !HEADING.test(first) && !isJson;
  const indent = indentOf(first);
  let sawBlank = false;
  for (let i = startLine + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") {
      if (isProse) return i;
      sawBlank = true;
      continue;
    }
    if (isJson && /^\s*\}/.test(line)) return i;
    if (HEADING.test(line) || RULE.test(line) || CLOSING.test(line)) return i;
    if ((LIST_ITEM.test(line) || FINDING_HEADER.test(line)) && indentOf(line) <= indent) return i;
    if (sawBlank && indentOf(line) === 0 && !LIST_ITEM.test(line) && isListItem && !FINDING_HEADER.test(first)) return i;
  }
  return lines.length;
}

function stripMarkup(s: string): string {
  return s
    .replace(/^\s*(?:#{1,6}\s*|[-*+]\s+|\d+[.)]\s+)/, "")
    .replace(/\*\*|__/g, "")
    .replace(/^\s*"[\w-]+"\s*:\s*"?|",?\s*$/g, "")
    .trim();
}

function titleFor(line: string, anchor: string): string {
  if (line.trim().startsWith("|")) {
    const cell = line.split("|").find((c) => c.includes(anchor));
    if (cell) return stripMarkup(cell);
  }
  const plain = stripMarkup(line);
  // A prose paragraph: the sentence holding the anchor.
  if (plain.length > 160) {
    const at = plain.indexOf(anchor);
    const stop = plain.slice(at + anchor.length).search(/[.!?](\s|$)/);
    return plain.slice(0, stop < 0 ? undefined : at + anchor.length + stop + 1);
  }
  return plain;
}

const LINE_WORD = /\blines?\b[\s:"'=*]*((?:\d+(?:\s*(?:-|–|to)\s*\d+)?)(?:\s*(?:,|and|&)\s*\d+(?:\s*(?:-|–|to)\s*\d+)?)*)/gi;
const L_FORM = /\bL(\d+)(?:\s*[-–]\s*L?(\d+))?\b/g;

function lineRanges(text: string): LineRange[] {
  const ranges: LineRange[] = [];
  const add = (a: number, b: number) => ranges.push({ start: Math.min(a, b), end: Math.max(a, b) });
  for (const m of text.matchAll(LINE_WORD))
    for (const part of m[1].split(/\s*(?:,|and|&)\s*/)) {
      const [a, b] = part.split(/\s*(?:-|–|to)\s*/).map(Number);
      if (Number.isFinite(a)) add(a, Number.isFinite(b) ? b : a);
    }
  for (const m of text.matchAll(L_FORM)) add(Number(m[1]), Number(m[2] ?? m[1]));
  const seen = new Set<string>();
  return ranges.filter((r) => !seen.has(`${r.start}-${r.end}`) && seen.add(`${r.start}-${r.end}`));
}

function symbolsIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/`([^`\n]+)`/g)) found.add(m[1]);
  const prose = text.replace(/`[^`\n]+`/g, " ");
  const patterns = [
    /\b[A-Za-z_]\w*(?:(?:\.|::)[A-Za-z_]\w*)+(?:\(\))?/g, // dotted paths
    /\b[A-Za-z_]\w*\(/g, // calls
    /\b[A-Za-z][A-Za-z0-9]*_\w+\b/g, // snake_case / SCREAMING_CASE
    /\b[A-Z][a-z]+[A-Z]\w*\b/g, // CamelCase
    /\b[A-Z][A-Z0-9_]{2,}(?=\s*=)/g, // NAME = value
  ];
  for (const p of patterns)
    for (const m of prose.matchAll(p)) {
      const s = m[0].replace(/\($/, "");
      if (s.split(/\.|::/).every((seg) => seg.length >= 2)) found.add(s);
    }
  return [...found];
}

/** Title and body found; CWE, lines and symbols either from the project's normalizer or from the extractors above. */
function findingsOfReport(file: string, text: string, report: GoldReport, ownExtractors: boolean): LabeledFinding[] {
  const lines = text.split("\n");
  const lineStarts: number[] = [];
  lines.reduce((offset, line) => (lineStarts.push(offset), offset + line.length + 1), 0);
  const lineAt = (pos: number) => {
    let i = 0;
    while (i + 1 < lineStarts.length && lineStarts[i + 1] <= pos) i++;
    return i;
  };
  const located = report.findings
    .map((g) => ({ g, pos: text.indexOf(g.anchor) }))
    .filter((x) => x.pos >= 0)
    .sort((a, b) => a.pos - b.pos);
  return located.map(({ g, pos }, k) => {
    const startLine = lineAt(pos);
    const nextLine = k + 1 < located.length ? lineAt(located[k + 1].pos) : lines.length;
    const endLine = Math.max(startLine + 1, Math.min(nextLine, itemEnd(lines, startLine)));
    const body = lines.slice(startLine, endLine).join("\n");
    const start = lineStarts[startLine];
    const title = titleFor(lines[startLine], g.anchor);
    const span = { start, end: start + body.length };
    const who = { id: `${file}#${k + 1}`, reportId: file, reviewer: report.reviewer };
    if (!ownExtractors) return { finding: { ...normalizeFinding({ title, body, span }, k + 1), ...who }, cluster: g.cluster };
    const finding: GroupableFinding = {
      ...who,
      ordinal: k + 1,
      title,
      body,
      severity: null,
      severityText: null,
      cwe: /\bCWE-\d+/i.exec(body)?.[0].toUpperCase() ?? null,
      stance: "concern",
      lines: lineRanges(body),
      symbols: symbolsIn(body),
      path: null,
      ruleId: null,
      span,
    };
    return { finding, cluster: g.cluster };
  });
}

// ---------- scoring, as in score.mjs ----------

interface Counts {
  bcP: number;
  bcR: number;
  n: number;
  pairsGold: number;
  pairsFound: number;
  pairsBoth: number;
}

function score(items: readonly { cluster: string; issue: number }[]): Counts {
  let bcP = 0;
  let bcR = 0;
  for (const it of items) {
    const sameIssue = items.filter((o) => o.issue === it.issue);
    const sameGold = items.filter((o) => o.cluster === it.cluster);
    const both = sameIssue.filter((o) => o.cluster === it.cluster).length;
    bcP += both / sameIssue.length;
    bcR += both / sameGold.length;
  }
  let pairsGold = 0;
  let pairsFound = 0;
  let pairsBoth = 0;
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const g = items[i].cluster === items[j].cluster;
      const p = items[i].issue === items[j].issue;
      pairsGold += Number(g);
      pairsFound += Number(p);
      pairsBoth += Number(g && p);
    }
  return { bcP, bcR, n: items.length, pairsGold, pairsFound, pairsBoth };
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const fmt = (x: number) => x.toFixed(3);
const short = (f: GroupableFinding) => `${f.reviewer}: «${f.title.slice(0, 60)}»`;

export interface Subject {
  name: string;
  labeled: LabeledFinding[];
}

export interface LoadOptions {
  /** Drop symbols / explicit CWEs (ablations). */
  noSymbols?: boolean;
  noCwe?: boolean;
  /** Extract CWE, lines and symbols with this script's own patterns instead of the project's normalizeFinding. */
  ownExtractors?: boolean;
}

export function loadCorpus(corpus: string, options: LoadOptions = {}): Subject[] {
  const subjects: Subject[] = [];
  for (const dir of fs.readdirSync(corpus).sort()) {
    const goldPath = path.join(corpus, dir, "gold.json");
    if (!fs.existsSync(goldPath)) continue;
    const gold = JSON.parse(fs.readFileSync(goldPath, "utf8")) as Gold;
    const labeled: LabeledFinding[] = [];
    for (const [file, report] of Object.entries(gold.reports)) {
      const text = fs.readFileSync(path.join(corpus, dir, gold.reportsDir ?? "reports", file), "utf8");
      labeled.push(...findingsOfReport(file, text, report, options.ownExtractors ?? false));
    }
    for (const l of labeled) {
      if (options.noSymbols) l.finding.symbols = [];
      if (options.noCwe) l.finding.cwe = null;
    }
    subjects.push({ name: dir, labeled });
  }
  return subjects;
}

function evaluate(subject: Subject, threshold: number | undefined) {
  const groups = groupFindings(
    subject.labeled.map((l) => l.finding),
    { threshold },
  );
  const issueOf = new Map<string, number>();
  groups.forEach((g, i) => g.findingIds.forEach((id) => issueOf.set(id, i)));
  const counts = score(subject.labeled.map((l) => ({ cluster: l.cluster, issue: issueOf.get(l.finding.id)! })));
  return { groups, issueOf, counts };
}

function summary(c: Counts): { bc: [number, number, number]; pw: [number, number, number] } {
  const cP = c.bcP / c.n;
  const cR = c.bcR / c.n;
  const pP = c.pairsFound ? c.pairsBoth / c.pairsFound : 1;
  const pR = c.pairsGold ? c.pairsBoth / c.pairsGold : 1;
  return { bc: [cP, cR, f1(cP, cR)], pw: [pP, pR, f1(pP, pR)] };
}

function printPairs(subject: Subject, issueOf: ReadonlyMap<string, number>, all: boolean): void {
  const clusterOf = new Map(subject.labeled.map((l) => [l.finding.id, l.cluster]));
  const sorted = subject.labeled.map((l) => l.finding).sort(compareFindings);
  const features = findingFeatures(sorted);
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i];
      const b = sorted[j];
      const sameGold = clusterOf.get(a.id) === clusterOf.get(b.id);
      const sameIssue = issueOf.get(a.id) === issueOf.get(b.id);
      const s = signalScores(features[i], features[j]);
      const line = `${short(a)} ~ ${short(b)}  [score ${combinedScore(s).toFixed(3)} text ${s.text.toFixed(2)} sym ${s.symbols.toFixed(2)} weak ${s.weakness.toFixed(2)} lines ${s.lines.toFixed(2)} conflict ${s.conflict}${s.sameReport ? " same-report" : ""}]`;
      if (sameGold && !sameIssue) console.log(`  SPLIT  ${line}`);
      else if (!sameGold && sameIssue) console.log(`  JOINED ${line}`);
      else if (all && (sameGold || combinedScore(s) > 0.1)) console.log(`  ${sameGold ? "ok+" : "ok-"}    ${line}`);
    }
}

const PLATEAU_STEP = 0.0025;
const PLATEAU_RANGE = [0.05, 0.5] as const;

/**
 * The plateau: the widest run of thresholds (on a PLATEAU_STEP grid) that gives the best result,
 * best meaning the highest B-cubed F1, then pairwise F1. A wide plateau around the default
 * threshold means the choice does not hang on one pair's score. Printed for the corpus as a whole
 * and per subject.
 */
function printPlateaus(subjects: readonly Subject[]): void {
  const steps = Math.round((PLATEAU_RANGE[1] - PLATEAU_RANGE[0]) / PLATEAU_STEP);
  const thresholds = Array.from({ length: steps + 1 }, (_, i) => PLATEAU_RANGE[0] + i * PLATEAU_STEP);
  const perSubject = subjects.map((s) => thresholds.map((t) => evaluate(s, t).counts));
  const report = (name: string, counts: Counts[]) => {
    const results = counts.map((c) => summary(c));
    const key = (i: number) => [results[i].bc[2], results[i].pw[2]];
    const better = (i: number, j: number) => key(i)[0] - key(j)[0] || key(i)[1] - key(j)[1];
    const best = results.reduce((b, _, i) => (better(i, b) > 0 ? i : b), 0);
    let widest: [number, number] = [best, best];
    for (let i = 0; i < thresholds.length; ) {
      if (better(i, best) !== 0) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < thresholds.length && better(j + 1, best) === 0) j++;
      if (j - i > widest[1] - widest[0]) widest = [i, j];
      i = j + 1;
    }
    const { bc, pw } = results[best];
    const runs = results.filter((_, i) => better(i, best) === 0).length;
    console.log(
      `plateau ${name}: ${thresholds[widest[0]].toFixed(4)}–${thresholds[widest[1]].toFixed(4)} (width ${(thresholds[widest[1]] - thresholds[widest[0]]).toFixed(4)}; ${runs} of ${thresholds.length} grid points best) · B-cubed F1 ${fmt(bc[2])} · pairwise F1 ${fmt(pw[2])}`,
    );
  };
  const totals = thresholds.map((_, k) => {
    const total: Counts = { bcP: 0, bcR: 0, n: 0, pairsGold: 0, pairsFound: 0, pairsBoth: 0 };
    for (const counts of perSubject) (Object.keys(total) as (keyof Counts)[]).forEach((f) => (total[f] += counts[k][f]));
    return total;
  });
  report("TOTAL", totals);
  subjects.forEach((s, i) => report(s.name, perSubject[i]));
}

function main(): void {
  const args = process.argv.slice(2);
  const corpus = args.find((a) => !a.startsWith("--")) ?? "/work/shared/eval/dev";
  const subjects = loadCorpus(corpus, {
    noSymbols: args.includes("--no-symbols"),
    noCwe: args.includes("--no-cwe"),
    ownExtractors: args.includes("--own-extractors"),
  });
  const zero = (): Counts => ({ bcP: 0, bcR: 0, n: 0, pairsGold: 0, pairsFound: 0, pairsBoth: 0 });
  const add = (t: Counts, c: Counts) => (Object.keys(t) as (keyof Counts)[]).forEach((k) => (t[k] += c[k]));

  if (args.includes("--sweep")) {
    for (const threshold of [0.1, 0.15, 0.2, 0.225, 0.25, 0.275, 0.3, 0.35, 0.4]) {
      const total = zero();
      for (const s of subjects) add(total, evaluate(s, threshold).counts);
      const { bc, pw } = summary(total);
      console.log(`threshold ${threshold.toFixed(3)} · B-cubed P ${fmt(bc[0])} R ${fmt(bc[1])} F1 ${fmt(bc[2])} · pairwise P ${fmt(pw[0])} R ${fmt(pw[1])} F1 ${fmt(pw[2])}`);
    }
    printPlateaus(subjects);
    return;
  }

  const total = zero();
  const started = performance.now();
  for (const subject of subjects) {
    const { groups, issueOf, counts } = evaluate(subject, undefined);
    add(total, counts);
    const { bc, pw } = summary(counts);
    console.log(
      `${subject.name}: ${counts.n} findings, ${groups.length} issues · B-cubed P ${fmt(bc[0])} R ${fmt(bc[1])} F1 ${fmt(bc[2])} · pairwise P ${fmt(pw[0])} R ${fmt(pw[1])} F1 ${fmt(pw[2])} (${counts.pairsBoth}/${counts.pairsGold} gold pairs, ${counts.pairsFound} placed)`,
    );
    printPairs(subject, issueOf, args.includes("--pairs"));
    if (args.includes("--groups")) {
      const byId = new Map(subject.labeled.map((l) => [l.finding.id, l.finding]));
      for (const g of groups) {
        console.log(`  group: ${g.findingIds.map((id) => short(byId.get(id)!)).join(" | ")}`);
        console.log(`    ${explainGroup(g)}`);
      }
    }
  }
  const { bc, pw } = summary(total);
  console.log(
    `TOTAL ${total.n} findings · B-cubed P ${fmt(bc[0])} R ${fmt(bc[1])} F1 ${fmt(bc[2])} · pairwise P ${fmt(pw[0])} R ${fmt(pw[1])} F1 ${fmt(pw[2])} · ${(performance.now() - started).toFixed(0)} ms`,
  );
}

// Run only when executed, not when imported by an experiment.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
