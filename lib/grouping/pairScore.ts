import { RELATED_NAMES_DETAIL } from "./explain";
import { lineProximity, type LocationInput } from "./lines";
import { warnsOfImport } from "../findings/importWarnings";
import { fromSameReport, sameRuleOfOneTool } from "./sameReport";
import { partRuns, symbolScore, symbolSimilarity, symbolVectors, type SymbolFeatures } from "./symbols";
import { isFileName } from "../findings/symbols";
import { findingTokens } from "../text/findingText";
import { textSimilarity, textVectors, topSharedTerms, type TextVector } from "./text";
import type { Evidence, GroupableFinding } from "./types";
import { weaknessConflict, weaknessLabel, weaknessProfile, weaknessScore, weaknessSimilarity, type WeaknessProfile } from "../weakness/weakness";

/**
 * Combines the signals into one score per pair of findings: a weighted sum of the signal scores
 * (each 0..1 as evidence for, negative as evidence against). The weights rank the signals by how
 * specific they are to one issue — wording, then code named, then class of defect, then lines —
 * and the threshold is set so that no single signal short of near-identical text groups two
 * findings: a shared weakness class alone is not one issue (two XSS sinks are two issues), nor is
 * a shared symbol (one function can hold three defects), nor are shared lines.
 */

export const SIGNAL_WEIGHTS = {
  text: 0.45,
  symbols: 0.3,
  /** Below the threshold: one class of defect, however surely both name it, is not one issue (two SQL injections in two methods). */
  weakness: 0.2,
  /**
   * Moderate: reviewers number lines differently and distinct issues share lines, but a terse
   * comment pinned to a line ("L88 same thing on the GET") often says little else.
   */
  lines: 0.15,
  /**
   * Per unit of weakness conflict (1 for two explicit CWEs of unrelated classes). More than full
   * agreement on code and location (symbols + lines), so that only the wording can overcome it.
   */
  conflict: 0.6,
  /** Subtracted when both findings come from one report: enough to tip a borderline pair, not a ban. */
  sameReport: 0.1,
} as const;

/**
 * Average-linkage score above which two groups are one issue: more than any one signal short of
 * near-identical wording gives (a certain weakness class alone is 0.20, the same lines alone 0.15).
 * The weights and this threshold were chosen on four labeled corpora together (the dev corpus, the
 * two held-out sets in test/fixtures/subjects*, and the labeled sec-docs-vulns subjects), from a
 * plateau: conflict 0.45–0.7 gives the same groups, lines 0.2 a little more recall on one held-out set and
 * two defects of one loader joined in test/grouping/scenarios.ts; scripts/eval-corpus.ts --sweep prints the
 * threshold curve. Tuned on any one corpus alone, they fit that corpus and lose on the others.
 */
export const GROUPING_THRESHOLD = 0.25;

/** Everything about a finding the pairwise signals need, computed once per subject. */
export interface FindingFeatures {
  finding: GroupableFinding;
  text: TextVector;
  symbols: SymbolFeatures;
  /** The symbols without file names, for pairs from one report (symbolsOfPair). */
  codeSymbols: SymbolFeatures;
  weakness: WeaknessProfile;
  /** Symbol key → spelling, shared by all findings of the subject. */
  symbolNames: ReadonlyMap<string, string>;
}

/** Features of one subject's findings; IDFs are taken over exactly these findings. */
export function findingFeatures(findings: readonly GroupableFinding[]): FindingFeatures[] {
  const tokens = findings.map(findingTokens);
  const text = textVectors(findings, tokens);
  const symbols = symbolVectors(findings.map((f) => f.symbols));
  // Most subjects name no file as a symbol: then the two vector sets are one.
  const namesFiles = findings.some((f) => f.symbols.some(isFileName));
  const codeSymbols = namesFiles ? symbolVectors(findings.map((f) => f.symbols.filter((s) => !isFileName(s)))) : symbols;
  return findings.map((finding, i) => ({
    finding,
    text: text[i],
    symbols: symbols.vectors[i],
    codeSymbols: codeSymbols.vectors[i],
    weakness: weaknessProfile(finding, tokens[i]),
    symbolNames: symbols.written,
  }));
}

export interface SignalScores {
  text: number;
  symbols: number;
  weakness: number;
  lines: number;
  conflict: number;
  sameReport: boolean;
  /** Two results of one scanner rule in one report (sameRuleOfOneTool): never one issue. */
  sameRule?: boolean;
}

/**
 * A file's name is a place, and across reports a fair hint that two notes are about one file. Within
 * one report it says nothing: a terse reviewer pins every note to the file ("auth.ts:45 ...").
 */
function symbolsOfPair(a: FindingFeatures, b: FindingFeatures): [SymbolFeatures, SymbolFeatures] {
  return fromSameReport(a.finding, b.finding) ? [a.codeSymbols, b.codeSymbols] : [a.symbols, b.symbols];
}

/**
 * At most what naming the same file scores when neither names code: a file holds many defects (a
 * chart's values.yaml holds them all), so the same file is a hint, not the evidence that the same
 * code is. Chosen on the labeled corpora: 0.4-0.5 gains on three and loses on none; 0.3 loses on
 * two; above 0.6 the gain on one goes.
 */
export const SAME_FILE_SCORE = 0.5;

function symbolScoreOfPair(a: FindingFeatures, b: FindingFeatures): number {
  const code = symbolScore(a.codeSymbols, b.codeSymbols);
  if (fromSameReport(a.finding, b.finding)) return code;
  const withFiles = symbolScore(a.symbols, b.symbols);
  if (code !== 0) return withFiles;
  // One names only the file, the other only code: one says where, the other what, and the names
  // disagree less than two sets of code names do.
  if (withFiles < 0 && !(a.finding.symbols.some(isFileName) && b.finding.symbols.some(isFileName))) return withFiles / 2;
  return Math.min(withFiles, SAME_FILE_SCORE);
}

/**
 * Names that disagree between a scanner's result and a reviewer's note say less than between two
 * reviewers: the scanner names what its rule checks (`spec.template.spec.hostNetwork`, a sink API),
 * the reviewer the function or setting as they think of it. Half the evidence against, not none: a
 * scanner that names a component (an exported Activity) still tells it apart from another.
 */
function scannerTolerant(score: number, a: FindingFeatures, b: FindingFeatures): number {
  return score < 0 && (a.finding.ruleId !== null) !== (b.finding.ruleId !== null) ? score / 2 : score;
}

/** Where a finding is, as far as line proximity can tell: a scanner's import warning is in the file, at no telling line. */
function placeOf(f: GroupableFinding): LocationInput {
  return warnsOfImport(f) ? { lines: [], path: f.path } : f;
}

export function signalScores(a: FindingFeatures, b: FindingFeatures): SignalScores {
  return {
    text: textSimilarity(a.text, b.text),
    symbols: scannerTolerant(symbolScoreOfPair(a, b), a, b),
    weakness: weaknessScore(a.weakness, b.weakness),
    lines: lineProximity(placeOf(a.finding), placeOf(b.finding)).score,
    conflict: weaknessConflict(a.weakness, b.weakness).score,
    sameReport: fromSameReport(a.finding, b.finding),
    sameRule: sameRuleOfOneTool(a.finding, b.finding),
  };
}

/**
 * The score of a pair that must never share an issue: low enough that no average over a group
 * holding both can reach the threshold, finite so that sums stay numbers.
 */
export const CANNOT_LINK = -1e9;

export function combinedScore(s: SignalScores): number {
  if (s.sameRule) return CANNOT_LINK;
  const w = SIGNAL_WEIGHTS;
  return (
    w.text * s.text +
    w.symbols * s.symbols +
    w.weakness * s.weakness +
    w.lines * s.lines -
    w.conflict * s.conflict -
    (s.sameReport ? w.sameReport : 0)
  );
}

export function pairScore(a: FindingFeatures, b: FindingFeatures): number {
  return combinedScore(signalScores(a, b));
}

const fmt = (x: number) => x.toFixed(2);
const code = (s: string) => `\`${s}\``;

/** The positive signals that joined a pair, for a group's record of why it exists. */
export function pairEvidence(a: FindingFeatures, b: FindingFeatures): Evidence[] {
  const ids: [string, string] = [a.finding.id, b.finding.id];
  const evidence: Evidence[] = [];
  const sym = { ...symbolSimilarity(...symbolsOfPair(a, b)), score: symbolScoreOfPair(a, b) };
  if (sym.score > 0 && sym.sharedRuns.length > 0) {
    // A partial match: say which names are related, as each finding wrote them.
    const run = sym.sharedRuns[0];
    const names = [namesWithRun(a.finding, run), namesWithRun(b.finding, run)].filter((n): n is string => n !== undefined);
    const unique = [...new Set(names)];
    evidence.push({ kind: "symbols", findingIds: ids, score: sym.score, detail: `${RELATED_NAMES_DETAIL} ${unique.map(code).join(" and ")}`, labels: unique });
  } else if (sym.score > 0) {
    const names = sym.shared.map((k) => a.symbolNames.get(k) ?? k);
    evidence.push({ kind: "symbols", findingIds: ids, score: sym.score, detail: `both name ${names.slice(0, 3).map(code).join(", ")}`, labels: names });
  }
  const weak = weaknessSimilarity(a.weakness, b.weakness);
  if (weak.score > 0) {
    const labels = weak.shared.map(weaknessLabel);
    evidence.push({ kind: "weakness", findingIds: ids, score: weak.score, detail: `both describe ${labels[0]}`, labels });
  }
  const text = textSimilarity(a.text, b.text);
  if (text > 0)
    evidence.push({ kind: "text", findingIds: ids, score: text, detail: `text similarity ${fmt(text)}`, labels: topSharedTerms(a.text, b.text) });
  const lines = lineProximity(placeOf(a.finding), placeOf(b.finding));
  if (lines.score > 0) evidence.push({ kind: "lines", findingIds: ids, score: lines.score, detail: lines.detail, labels: lines.labels });
  return evidence;
}

/** The first symbol of a finding that contains a run of name parts. */
function namesWithRun(finding: GroupableFinding, run: string): string | undefined {
  return finding.symbols.find((s) => partRuns(s).includes(run));
}
