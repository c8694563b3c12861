import { cweCatalog, type CweCatalog } from "./cweCatalog";
import { phraseTokens } from "../text/tokens";
import { AMBIGUOUS_CATALOGUE_TERMS, WEAKNESS_CLASSES } from "./weaknessClasses";

/**
 * The weakness table, built once from the hand-written classes and the CWE catalogue:
 * which class(es) each CWE belongs to, and a phrase index for finding classes in prose.
 */

export interface ClassInfo {
  id: string;
  label: string;
  cwe: string;
  generic: boolean;
  /** The broader class this one refines (WeaknessClass.parent), or null. */
  parent: string | null;
  /** Its refinements are facets of one defect rather than different defects (WeaknessClass.childrenOverlap). */
  childrenOverlap: boolean;
}

/**
 * How two classes relate in the class hierarchy: one class; one refines the other (an
 * "out of bounds" finding and an "out-of-bounds read"); refinements of a class whose children
 * overlap (a read and a write past a buffer); or unrelated, including refinements that are
 * different defects (a use after free and an overflow).
 */
export type ClassKinship = "same" | "refines" | "overlapping" | "unrelated";

export interface Phrase {
  tokens: string[];
  classes: string[];
}

export interface VariantPhrase {
  tokens: string[];
  classId: string;
  variant: string;
}

/** A class inferred when each word set has a member among a finding's tokens. */
export interface Cue {
  classId: string;
  wordSets: ReadonlySet<string>[];
}

export interface WeaknessTable {
  cues: readonly Cue[];
  /**
   * True when one class can lead to the other in a named MITRE chain (integer overflow → memory
   * safety violation): reviewers then name one defect by its cause or by its consequence.
   */
  chained(a: string, b: string): boolean;
  classesOfCwe(cweNumber: string): string[];
  classInfo(classId: string): ClassInfo;
  /** The class and its broader classes, nearest first. */
  lineage(classId: string): string[];
  kinship(a: string, b: string): ClassKinship;
  /** Phrases by their first token. */
  phrasesByFirstToken: ReadonlyMap<string, Phrase[]>;
  /** Variant phrases (WeaknessClass.variants) by their first token. */
  variantsByFirstToken: ReadonlyMap<string, VariantPhrase[]>;
  catalog: CweCatalog;
}

let cached: WeaknessTable | undefined;

export function weaknessTable(): WeaknessTable {
  cached ??= buildTable(cweCatalog());
  return cached;
}

/** Hyphenated words are matched both split ("zip slip") and joined ("zipslip"). */
function spellingVariants(phrase: string): string[] {
  const lower = phrase.toLowerCase();
  return [...new Set([lower.replace(/-/g, " "), lower.replace(/-/g, "")])];
}

/** Short, self-contained names only: long catalogue names never occur verbatim in a review. */
const MAX_NAME_WORDS = 5;

function catalogueTerms(name: string, alternateTerms: readonly string[]): string[] {
  const terms: string[] = [];
  const quoted = /\('([^']+)'\)/.exec(name);
  if (quoted) terms.push(quoted[1]);
  const plain = name.replace(/\([^)]*\)/g, "").trim();
  if (plain.split(/\s+/).length <= MAX_NAME_WORDS) terms.push(plain);
  for (const alt of alternateTerms) terms.push(...alt.split(/[/,]/).map((t) => t.trim()));
  return terms.filter((t) => t.length >= 2 && !AMBIGUOUS_CATALOGUE_TERMS.has(t.toLowerCase()));
}

function buildTable(catalog: CweCatalog): WeaknessTable {
  const classes = new Map<string, ClassInfo>();
  const rootToClasses = new Map<string, string[]>();
  const exactToClasses = new Map<string, string[]>();
  for (const c of WEAKNESS_CLASSES) {
    classes.set(c.id, { id: c.id, label: c.label, cwe: c.cwe, generic: c.generic ?? false, parent: c.parent ?? null, childrenOverlap: c.childrenOverlap ?? false });
    for (const root of c.roots) {
      const key = String(root);
      rootToClasses.set(key, [...(rootToClasses.get(key) ?? []), c.id]);
    }
    for (const id of c.exactCwes ?? []) exactToClasses.set(String(id), [...(exactToClasses.get(String(id)) ?? []), c.id]);
  }

  const classCache = new Map<string, string[]>();
  /** Nearest root on the primary chain wins; failing that, the nearest root on any ChildOf path. */
  const classesOfCwe = (cweNumber: string): string[] => {
    const hit = classCache.get(cweNumber) ?? exactToClasses.get(cweNumber);
    if (hit) return hit;
    const path = [...catalog.primaryChain(cweNumber), ...catalog.ancestors(cweNumber)];
    const root = path.find((id) => rootToClasses.has(id));
    let result: string[];
    if (root) result = rootToClasses.get(root) ?? [];
    else {
      const own = `CWE-${cweNumber}`;
      const entry = catalog.entries.get(cweNumber);
      classes.set(own, {
        id: own,
        label: entry?.name ?? own,
        cwe: own,
        generic: entry?.abstraction === "Pillar" || entry?.abstraction === "Class",
        parent: null,
        childrenOverlap: false,
      });
      result = [own];
    }
    classCache.set(cweNumber, result);
    return result;
  };

  const classInfo = (classId: string): ClassInfo =>
    classes.get(classId) ?? { id: classId, label: classId, cwe: classId, generic: false, parent: null, childrenOverlap: false };

  const lineageCache = new Map<string, string[]>();
  const lineage = (classId: string): string[] => {
    let hit = lineageCache.get(classId);
    if (!hit) {
      hit = [classId];
      for (let p = classInfo(classId).parent; p !== null && !hit.includes(p); p = classInfo(p).parent) hit.push(p);
      lineageCache.set(classId, hit);
    }
    return hit;
  };
  const kinship = (a: string, b: string): ClassKinship => {
    if (a === b) return "same";
    if (lineage(a).includes(b) || lineage(b).includes(a)) return "refines";
    const pa = classInfo(a).parent;
    if (pa !== null && pa === classInfo(b).parent && classInfo(pa).childrenOverlap) return "overlapping";
    return "unrelated";
  };

  const phrases = new Map<string, Phrase>();
  const addPhrase = (text: string, classIds: string[], overwrite: boolean) => {
    for (const variant of spellingVariants(text)) {
      const tokens = phraseTokens(variant);
      if (tokens.length === 0) continue;
      const key = tokens.join(" ");
      const existing = phrases.get(key);
      if (existing && !overwrite) existing.classes = [...new Set([...existing.classes, ...classIds])];
      else if (!existing) phrases.set(key, { tokens, classes: [...classIds] });
    }
  };
  for (const c of WEAKNESS_CLASSES) for (const s of c.synonyms) addPhrase(s, [c.id], false);
  const handWritten = new Set(phrases.keys());
  for (const entry of catalog.entries.values()) {
    if (entry.abstraction === "Pillar") continue;
    for (const term of catalogueTerms(entry.name, entry.alternateTerms)) {
      const key = phraseTokens(term.toLowerCase().replace(/-/g, " ")).join(" ");
      if (handWritten.has(key)) continue; // the hand-written meaning of a phrase wins
      addPhrase(term, classesOfCwe(entry.id), false);
    }
  }

  const phrasesByFirstToken = new Map<string, Phrase[]>();
  for (const p of phrases.values()) {
    const list = phrasesByFirstToken.get(p.tokens[0]) ?? [];
    list.push(p);
    phrasesByFirstToken.set(p.tokens[0], list);
  }
  const cues: Cue[] = WEAKNESS_CLASSES.flatMap((c) =>
    (c.cues ?? []).map((rule) => ({ classId: c.id, wordSets: rule.map((set) => new Set(set.flatMap((w) => phraseTokens(w)))) })),
  );
  const variantsByFirstToken = new Map<string, VariantPhrase[]>();
  for (const c of WEAKNESS_CLASSES)
    for (const [variant, texts] of Object.entries(c.variants ?? {}))
      for (const text of texts)
        for (const spelling of spellingVariants(text)) {
          const tokens = phraseTokens(spelling);
          if (tokens.length > 0) variantsByFirstToken.set(tokens[0], [...(variantsByFirstToken.get(tokens[0]) ?? []), { tokens, classId: c.id, variant }]);
        }

  const chainPairs = new Set<string>();
  for (const [from, to] of catalog.chainLinks)
    for (const a of classesOfCwe(from))
      for (const b of classesOfCwe(to))
        if (a !== b && !classInfo(a).generic && !classInfo(b).generic) chainPairs.add(`${a}|${b}`).add(`${b}|${a}`);
  for (const c of WEAKNESS_CLASSES) for (const to of c.leadsTo ?? []) chainPairs.add(`${c.id}|${to}`).add(`${to}|${c.id}`);
  /** A chain named for a broader class (CWE-680: integer overflow → CWE-119) holds for its refinements. */
  const chained = (a: string, b: string) => lineage(a).some((x) => lineage(b).some((y) => chainPairs.has(`${x}|${y}`)));

  return { classesOfCwe, classInfo, lineage, kinship, phrasesByFirstToken, variantsByFirstToken, catalog, cues, chained };
}
