import { cweId } from "./cweId";
import { bodyWithoutTitle, findingTokens, riskSentences, type FindingTokens } from "../text/findingText";
import type { Tokens } from "../text/tokens";
import { weaknessTable, type Phrase, type WeaknessTable } from "./weaknessTable";

/**
 * The weakness signal: which classes of defect a finding describes, with how sure we are.
 * An explicit CWE is certain; a CWE id or a weakness phrase in the title nearly so; a phrase in
 * the body is weaker, because bodies also mention consequences and neighbouring issues
 * ("because of finding #2 this is reachable without authentication"). Within the body, what the
 * finding asserts counts more than the sentences that set the scene ("The function loads a class
 * based on an alias") and the fix advice (detailRoles in findingText.ts): a finding is about what
 * it claims, not about everything it mentions.
 */

const CONFIDENCE = {
  explicit: 1,
  cweInTitle: 0.9,
  phraseInTitle: 0.9,
  cweInBody: 0.7,
  /** A phrase in what the finding asserts (its claims, findingText.ts), once / more than once. */
  phraseInBody: 0.5,
  phraseRepeatedInBody: 0.6,
  /** A phrase only in sentences that describe the code, not in what the finding asserts. */
  phraseInContext: 0.3,
  /** A phrase only in the fix advice ("avoid dynamic class loading"). */
  phraseInAdvice: 0.4,
  cue: 0.4,
  /** A title that describes the weakness in its own words ("The proxy will fetch any URL it is given"). */
  cueInTitle: 0.6,
} as const;

/** A class at least this sure is what the finding is "about" (explicit CWE or named in the title). */
const STRONG = 0.9;
/** Generic classes (input validation) say little about which issue it is. */
const GENERIC_WEIGHT = 0.5;
/**
 * A broader class meeting one of its refinements ("memory corruption" and "heap overflow"): the
 * broader finding is compatible with it but does not say it is the same kind of defect, so it
 * counts like a generic class. On the held-out subjects every value from 0.4 to 0.6 gives the same
 * grouping; at 0.7 a "memory corruption" impact line glues the strcpy and memcpy overflows of the
 * C parser together.
 */
const REFINES_WEIGHT = 0.5;
/**
 * Refinements of one class that reviewers mix up (an over-read called a "buffer overflow"): kin,
 * so no conflict, but only a small part of the evidence that one class shared gives (held-out
 * grouping is the same from 0.15 to 0.6).
 */
const OVERLAPPING_WEIGHT = 0.3;

const KINSHIP_WEIGHT = { same: 1, refines: REFINES_WEIGHT, overlapping: OVERLAPPING_WEIGHT, unrelated: 0 } as const;

export interface WeaknessInput {
  title: string;
  body: string;
  cwe: string | null;
}

export interface WeaknessProfile {
  /** class id → confidence in 0..1 */
  classes: ReadonlyMap<string, number>;
  /** Non-generic classes the finding is clearly about (explicit CWE or title), sorted. */
  strong: readonly string[];
  /** The finding's own CWE number ("89"), when it gave one. */
  explicitCwe: string | null;
  /** class id → the variants of it (stored, reflected XSS) the title or the claims name. */
  variants: ReadonlyMap<string, ReadonlySet<string>>;
}

const CWE_ID = /\bCWE[-\s_]?(\d{1,4})\b/gi;

/** "89" for "CWE-89". */
function cweNumber(cwe: string | null): string | null {
  return cweId(cwe)?.slice("CWE-".length) ?? null;
}

function raise(classes: Map<string, number>, ids: readonly string[], confidence: number): void {
  for (const id of ids) if ((classes.get(id) ?? 0) < confidence) classes.set(id, confidence);
}

/**
 * Counts of phrase matches per class in a token sequence. The longest phrase wins where several
 * overlap: "log file validation" is an integrity check, not also a "file validation" of uploads.
 */
function phraseMatches(tokens: readonly string[], table: WeaknessTable, counts = new Map<string, number>()): Map<string, number> {
  let coveredTo = 0;
  for (let i = 0; i < tokens.length; i++) {
    let longest: Phrase | undefined;
    for (const phrase of table.phrasesByFirstToken.get(tokens[i]) ?? []) {
      if (i + phrase.tokens.length > tokens.length || (longest && phrase.tokens.length <= longest.tokens.length)) continue;
      if (phrase.tokens.every((t, k) => tokens[i + k] === t)) longest = phrase;
    }
    // A match inside a longer one already counted adds nothing.
    if (!longest || i + longest.tokens.length <= coveredTo) continue;
    for (const c of longest.classes) counts.set(c, (counts.get(c) ?? 0) + 1);
    coveredTo = i + longest.tokens.length;
  }
  return counts;
}

/**
 * Which positions of a token sequence a weakness phrase covers ("sql injection", "buffer
 * overflow"): the words that name a class of defect rather than this instance of it.
 */
export function classWordMask(tokens: readonly string[]): boolean[] {
  const table = weaknessTable();
  const mask = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++)
    for (const phrase of table.phrasesByFirstToken.get(tokens[i]) ?? []) {
      if (i + phrase.tokens.length > tokens.length) continue;
      if (phrase.tokens.every((t, k) => tokens[i + k] === t)) for (let k = 0; k < phrase.tokens.length; k++) mask[i + k] = true;
    }
  return mask;
}

function variantMatches(tokens: readonly string[], table: WeaknessTable, found: Map<string, Set<string>>): void {
  for (let i = 0; i < tokens.length; i++)
    for (const v of table.variantsByFirstToken.get(tokens[i]) ?? []) {
      if (i + v.tokens.length > tokens.length || !v.tokens.every((t, k) => tokens[i + k] === t)) continue;
      found.set(v.classId, (found.get(v.classId) ?? new Set()).add(v.variant));
    }
}

function cueMatches(tokens: ReadonlySet<string>, table: WeaknessTable): string[] {
  return table.cues.filter((cue) => cue.wordSets.every((set) => [...set].some((w) => tokens.has(w)))).map((cue) => cue.classId);
}

/**
 * Notations that name a weakness without a word for it, which tokenizing drops: "0.0.0.0/0" (anyone
 * on the internet may connect), "s3:*" (every action of a service granted), "chmod 0777".
 */
const NOTATION_CUES: readonly { pattern: RegExp; classId: string }[] = [
  { pattern: /(?<![\d.])0\.0\.0\.0\/0(?!\d)|(?<![\w:])::\/0(?!\d)/, classId: "network-exposure" },
  { pattern: /(?<![\w*:])[a-z][a-z0-9-]{1,30}:\*(?![\w*])/, classId: "privilege-management" },
  // An IAM statement over every action or resource: 'Action: "*"', 'allow "*" as actions', "*-*".
  { pattern: /\b(?:actions?|resources?)["']?\s*[:=]\s*(?:\[\s*)?["']\*["']|\ballows?\s+(?:full\s+)?["']\*(?:-\*)?["']/i, classId: "privilege-management" },
  // "curl -k", "curl --insecure", "wget --no-check-certificate": TLS certificates not checked.
  { pattern: /\b(?:curl\b[^\n|;]{0,80}?\s(?:-k|--insecure)|wget\b[^\n|;]{0,80}?\s--no-check-certificate)(?![\w-])/, classId: "certificate-validation" },
  // "../ in ?file= reads anything", "../../etc/passwd": a path that climbs out of its directory.
  { pattern: /(?:^|[\s"'`(=])(?:\.\.[/\\])+(?=\s|["'`)]|etc\/|windows)/i, classId: "path-traversal" },
  // "chmod 0777", "mode 0666": a file anyone may write.
  { pattern: /\b(?:chmod|mode|perm(?:ission)?s?)\b[^\n]{0,20}?(?<!\d)0?[0-7]?(?:777|666|766|776)(?!\d)/i, classId: "insecure-permissions" },
];

function notationCues(text: string): string[] {
  const sample = text.slice(0, 20_000);
  return NOTATION_CUES.filter((cue) => cue.pattern.test(sample)).map((cue) => cue.classId);
}

function cweMentions(text: string): string[] {
  return [...text.matchAll(CWE_ID)].map((m) => String(Number(m[1])));
}

/** Phrase matches in both spellings of a text (camelCase names split and whole), the larger count per class. */
function phrasesIn(tokens: Tokens, table: WeaknessTable): Map<string, number> {
  const counts = phraseMatches(tokens.parts, table);
  if (tokens.joined) for (const [c, n] of phraseMatches(tokens.joined, table)) if (n > (counts.get(c) ?? 0)) counts.set(c, n);
  return counts;
}

function wordsOf(tokens: Tokens): string[] {
  return tokens.joined ? [...tokens.parts, ...tokens.joined] : tokens.parts;
}

export function weaknessProfile(finding: WeaknessInput, tokens: FindingTokens = findingTokens(finding)): WeaknessProfile {
  const table = weaknessTable();
  const classes = new Map<string, number>();
  const explicitCwe = cweNumber(finding.cwe);
  if (explicitCwe) raise(classes, table.classesOfCwe(explicitCwe), CONFIDENCE.explicit);

  const body = bodyWithoutTitle(finding.title, finding.body);
  for (const id of cweMentions(finding.title)) raise(classes, table.classesOfCwe(id), CONFIDENCE.cweInTitle);
  for (const id of cweMentions(body)) raise(classes, table.classesOfCwe(id), CONFIDENCE.cweInBody);
  for (const c of phrasesIn(tokens.title, table).keys()) raise(classes, [c], CONFIDENCE.phraseInTitle);
  // Cues are loose (any word of each set, anywhere): read them only where the finding makes its
  // point. In a long write-up (preconditions, test steps, code) every cue would find its words.
  const pointWords = new Set([...wordsOf(tokens.title), ...wordsOf(tokens.claims)]);
  raise(classes, cueMatches(pointWords, table), CONFIDENCE.cue);
  raise(classes, cueMatches(new Set(wordsOf(tokens.title)), table), CONFIDENCE.cueInTitle);
  raise(classes, notationCues(finding.title), CONFIDENCE.cueInTitle);
  raise(classes, notationCues(tokens.claimsText), CONFIDENCE.cue);
  for (const [c, n] of phrasesIn(tokens.claims, table))
    raise(classes, [c], n > 1 ? CONFIDENCE.phraseRepeatedInBody : CONFIDENCE.phraseInBody);
  for (const c of phrasesIn(tokens.context, table).keys()) raise(classes, [c], CONFIDENCE.phraseInContext);
  for (const c of phrasesIn(tokens.advice, table).keys()) raise(classes, [c], CONFIDENCE.phraseInAdvice);
  const variants = new Map<string, Set<string>>();
  for (const seq of [tokens.title.parts, tokens.title.joined, tokens.claims.parts, tokens.claims.joined]) if (seq) variantMatches(seq, table, variants);
  dropBroaderClasses(classes, table);
  return { classes, explicitCwe, strong: strongClasses(classes, table), variants };
}

/**
 * A broader class named no more surely than one of its refinements is that refinement
 * ("out-of-bounds read" also matches "out of bounds"): keep only the refinement.
 */
function dropBroaderClasses(classes: Map<string, number>, table: WeaknessTable): void {
  for (const [c, conf] of [...classes])
    for (const broader of table.lineage(c).slice(1)) if ((classes.get(broader) ?? Infinity) <= conf) classes.delete(broader);
}

/** The joint confidence of two classes (0 when unrelated), and the class they have in common. */
function classPairScore(x: string, cx: number, y: string, cy: number, table: WeaknessTable): { joint: number; common: string } | null {
  const kin = table.kinship(x, y);
  if (kin === "unrelated") return null;
  const common = kin === "same" ? x : kin === "refines" ? (table.lineage(x).includes(y) ? y : x) : (table.classInfo(x).parent ?? x);
  const generic = table.classInfo(x).generic || table.classInfo(y).generic;
  return { joint: cx * cy * KINSHIP_WEIGHT[kin] * (generic ? GENERIC_WEIGHT : 1), common };
}

export interface WeaknessMatch {
  /** The best shared class's joint confidence (product of both sides), 0..1. */
  score: number;
  /** Shared classes at least half as sure as the best one, surest first (passing mentions left out). */
  shared: string[];
}

/** The score of weaknessSimilarity without listing the shared classes (the hot path of pair scoring). */
export function weaknessScore(a: WeaknessProfile, b: WeaknessProfile): number {
  const table = weaknessTable();
  let best = 0;
  for (const [x, cx] of a.classes)
    for (const [y, cy] of b.classes) {
      const pair = classPairScore(x, cx, y, cy, table);
      if (pair && pair.joint > best) best = pair.joint;
    }
  return best;
}

/**
 * How sure we are that both findings describe one class of defect: the best shared class,
 * scored as the product of the two confidences (an explicit CWE meeting a title phrase ≈ 0.9,
 * two passing mentions in bodies = 0.25). A maximum rather than a vector cosine, so that a class
 * one finding only mentions in passing does not dilute the class both are about.
 */
export function weaknessSimilarity(a: WeaknessProfile, b: WeaknessProfile): WeaknessMatch {
  const table = weaknessTable();
  const byCommon = new Map<string, number>();
  for (const [x, cx] of a.classes)
    for (const [y, cy] of b.classes) {
      const pair = classPairScore(x, cx, y, cy, table);
      if (pair && pair.joint > (byCommon.get(pair.common) ?? 0)) byCommon.set(pair.common, pair.joint);
    }
  const shared = [...byCommon].map(([id, joint]) => ({ id, joint }));
  shared.sort((x, y) => y.joint - x.joint || (x.id < y.id ? -1 : 1));
  const best = shared[0]?.joint ?? 0;
  return { score: best, shared: shared.filter((s) => s.joint >= best / 2).map((s) => s.id) };
}

export interface WeaknessConflict {
  /**
   * 1: two explicit CWEs of unrelated classes. 0.5: each is clearly about a class (explicit CWE or
   * title) that the other at most mentions in passing. 0: no conflict.
   */
  score: number;
  detail: string;
}

const NO_CONFLICT: WeaknessConflict = { score: 0, detail: "" };

function strongClasses(classes: ReadonlyMap<string, number>, table: WeaknessTable): string[] {
  return [...classes]
    .filter(([c, conf]) => conf >= STRONG && !table.classInfo(c).generic)
    .map(([c]) => c)
    .sort();
}

function cwesRelated(a: string, b: string, table: WeaknessTable): boolean {
  return a === b || table.catalog.ancestors(a).includes(b) || table.catalog.ancestors(b).includes(a);
}

/**
 * A class of our table, with its vocabulary and its kin. A CWE outside it stands as a class of its
 * own ("CWE-807", "CWE-1188"), kin to nothing: too little is known of it to say another weakness
 * is a different defect (reliance on an untrusted input is also an authentication bypass).
 */
function isCurated(classId: string): boolean {
  return !classId.startsWith("CWE-");
}

/**
 * Whether a finding's own CWE agrees with what its title names: "Command Injection (CWE-94)" cites
 * code injection for a shell injection. A label its own finding contradicts is no evidence against
 * another finding; the classes the findings name are compared instead.
 */
function labelAgrees(p: WeaknessProfile, table: WeaknessTable): boolean {
  const cited = table.classesOfCwe(p.explicitCwe!);
  const named = p.strong.filter((c) => !cited.includes(c) && (p.classes.get(c) ?? 0) < CONFIDENCE.explicit);
  return named.length === 0 || classesMeet(cited, named, table);
}

function isSpecific(cwe: string, table: WeaknessTable): boolean {
  return table.classesOfCwe(cwe).some((c) => !table.classInfo(c).generic && isCurated(c));
}

/**
 * Each names one variant of one class, and not the same one (a stored vs a reflected XSS). A finding
 * that names several ("no HttpOnly / Secure / SameSite") is about them together, and meets each.
 */
function variantConflict(a: WeaknessProfile, b: WeaknessProfile): WeaknessConflict | null {
  for (const [c, va] of a.variants) {
    const vb = b.variants.get(c);
    if (!vb || va.size > 1 || vb.size > 1 || [...va].some((v) => vb.has(v))) continue;
    return { score: 0.5, detail: `${[...va].sort().join("/")} vs ${[...vb].sort().join("/")} ${weaknessTable().classInfo(c).label}` };
  }
  return null;
}

/**
 * Classes that are one, kin in the class hierarchy (one refines the other, or both refine a class
 * whose refinements overlap), or cause and consequence of one defect in a named chain.
 */
function classesMeet(a: readonly string[], b: readonly string[], table: WeaknessTable): boolean {
  return a.some((x) => b.some((y) => table.kinship(x, y) !== "unrelated" || table.chained(x, y)));
}

/**
 * Evidence that two findings are about different defects. Explicit CWEs in unrelated classes are
 * strong evidence; strong inferred classes (explicit CWE or title) that do not meet are weaker,
 * since inference misses synonyms. Classes linked by a named chain (an integer overflow that
 * leads to a buffer overflow) are not in conflict: one reviewer names the cause, another the effect.
 */
export function weaknessConflict(a: WeaknessProfile, b: WeaknessProfile): WeaknessConflict {
  const table = weaknessTable();
  const variants = variantConflict(a, b);
  if (variants) return variants;
  const ca = a.explicitCwe;
  const cb = b.explicitCwe;
  if (ca && cb && isSpecific(ca, table) && isSpecific(cb, table) && labelAgrees(a, table) && labelAgrees(b, table)) {
    const ka = table.classesOfCwe(ca);
    const kb = table.classesOfCwe(cb);
    if (classesMeet(ka, kb, table) || cwesRelated(ca, cb, table)) return NO_CONFLICT;
    return { score: 1, detail: `CWE-${ca} (${table.classInfo(ka[0]).label}) vs CWE-${cb} (${table.classInfo(kb[0]).label})` };
  }
  const sa = a.strong.filter(isCurated);
  const sb = b.strong.filter(isCurated);
  if (sa.length === 0 || sb.length === 0 || classesMeet(sa, sb, table)) return NO_CONFLICT;
  const meets = (strong: readonly string[], other: WeaknessProfile) =>
    strong.some((c) => [...other.classes].some(([d, conf]) => conf >= CONFIDENCE.cweInBody && table.kinship(c, d) !== "unrelated"));
  if (meets(sa, b) || meets(sb, a)) return NO_CONFLICT;
  return { score: 0.5, detail: `${weaknessLabel(sa[0])} vs ${weaknessLabel(sb[0])}` };
}

/** "resource exhaustion (CWE-400)" */
export function weaknessLabel(classId: string): string {
  const info = weaknessTable().classInfo(classId);
  return `${info.label} (${info.cwe})`;
}

/**
 * Whether a stretch of prose describes a specific class of defect in the words of the weakness
 * table (a name, or a cue such as "any customer can read another tenant's invoices"): evidence
 * that a paragraph of free prose was written about a problem.
 */
export function describesWeakness(text: string): boolean {
  // Read only where the text asserts a risk: a description of what code does ("sets the name from a
  // format string") names weaknesses too.
  const claims = riskSentences(text);
  if (claims === "") return false;
  const table = weaknessTable();
  const profile = weaknessProfile({ title: "", body: claims, cwe: null });
  // A named weakness (a phrase, not a loose cue): prose about code mentions the cues' words in passing.
  return [...profile.classes].some(([c, conf]) => conf >= CONFIDENCE.cue && !table.classInfo(c).generic);
}
