import { inverseDocumentFrequency, sharedDimensions, unit, type SparseVector } from "./sparseVector";

/**
 * Shared code symbols. Reviewers name the same element in different shapes (`eventlet.sleep`,
 * `eventlet.sleep(time_to_wait)`, `sleep`), so each symbol is reduced to keys: the dotted paths
 * in it, plus their segments at half weight. Keys are weighted by IDF within the subject: a
 * symbol most findings name (the module's main entry point) says little.
 */

/** A matching segment is weaker evidence than a matching full path. */
const SEGMENT_WEIGHT = 0.5;
/** Dotted/::/-> paths of identifiers; a leading sigil (`$conn`) is not part of the name. */
const CHAIN = /[A-Za-z_][\w$]*(?:(?:\.|::|->)\$?[A-Za-z_][\w$]*)*/g;
const SEPARATOR = /\.|::|->/;

/** Language keywords and literals that turn up inside code-snippet "symbols" but name nothing. */
const NOT_SYMBOLS = new Set(
  `let mut fn def return if else elif for while true false none null nil self this new const var pub use import from in
  and or not is class struct impl async await try except catch raise throw finally with as str string int bool u8 u16
  u32 u64 usize i32 i64 ok err some match static void public private protected function lambda`.split(/\s+/),
);

export interface SymbolKey {
  key: string;
  /** True when the key is only one segment of a longer path. */
  segment: boolean;
  /** The key as the reviewer spelled it (`fs::read`, `ImportError`), for explanations. */
  written: string;
}

function isName(segment: string): boolean {
  return segment.length >= 2 && !NOT_SYMBOLS.has(segment);
}

/**
 * The keys a symbol as written stands for. Every path in it counts (a snippet such as
 * `Invoice.objects.filter(owner=request.user)` names several), each whole and, at lower weight,
 * segment by segment, so `out_dir` meets `out_dir.join` and `sleep` meets `eventlet.sleep`.
 */
export function symbolKeys(symbol: string): SymbolKey[] {
  const keys: SymbolKey[] = [];
  for (const match of symbol.matchAll(CHAIN)) {
    const written = match[0].split(SEPARATOR);
    const segments = written.map((w) => w.toLowerCase());
    if (segments.length === 1) {
      if (isName(segments[0])) keys.push({ key: segments[0], segment: false, written: match[0] });
      continue;
    }
    keys.push({ key: segments.join("."), segment: false, written: match[0] });
    segments.forEach((seg, i) => {
      if (seg.length >= 3 && isName(seg)) keys.push({ key: seg, segment: true, written: written[i] });
    });
  }
  return keys;
}

function keyWeights(symbols: readonly string[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const symbol of symbols)
    for (const { key, segment } of symbolKeys(symbol)) {
      const w = segment ? SEGMENT_WEIGHT : 1;
      if ((weights.get(key) ?? 0) < w) weights.set(key, w);
    }
  return weights;
}

export interface SymbolVectors {
  /** Unit-length IDF-weighted key vectors, one per finding. */
  vectors: SparseVector[];
  /** key → how the first finding naming it spelled it. */
  written: ReadonlyMap<string, string>;
}

/** Symbol vectors for the findings of one subject, IDF taken over their symbol lists. */
export function symbolVectors(symbolLists: readonly (readonly string[])[]): SymbolVectors {
  const written = new Map<string, string>();
  for (const list of symbolLists) for (const s of list) for (const k of symbolKeys(s)) if (!written.has(k.key)) written.set(k.key, k.written);
  const raw = symbolLists.map(keyWeights);
  const idf = inverseDocumentFrequency(raw.map((w) => new Set(w.keys())));
  const vectors = raw.map((weights) => {
    const v = new Map<string, number>();
    for (const [key, w] of weights) v.set(key, w * (idf.get(key) ?? 0));
    return unit(v);
  });
  return { vectors, written };
}

/**
 * Both findings name code, but none of the same code: mild evidence of different issues ("same
 * keyword, different function"). Mild because reviewers also name different parts of one defect
 * (the function vs. the sink it calls).
 */
export const DISJOINT_SYMBOLS_SCORE = -0.2;

export interface SymbolMatch {
  /** Cosine of the two IDF-weighted key vectors (0..1), or DISJOINT_SYMBOLS_SCORE when both name code and share none. */
  score: number;
  /** Shared keys, most telling first; a segment is dropped when a shared path contains it. */
  shared: string[];
}

/** The score of symbolSimilarity without listing the shared keys (the hot path of pair scoring). */
export function symbolScore(a: SparseVector, b: SparseVector): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  let shared = false;
  for (const [k, w] of small) {
    const other = large.get(k);
    if (other !== undefined) {
      sum += w * other;
      shared = true;
    }
  }
  return shared ? Math.min(1, sum) : DISJOINT_SYMBOLS_SCORE;
}

export function symbolSimilarity(a: SparseVector, b: SparseVector): SymbolMatch {
  const shared = sharedDimensions(a, b);
  const disjoint = shared.length === 0 && a.size > 0 && b.size > 0;
  const score = disjoint ? DISJOINT_SYMBOLS_SCORE : Math.min(1, shared.reduce((sum, d) => sum + d.weight, 0));
  const keys = shared.map((d) => d.key);
  const covered = new Set(keys.filter((k) => k.includes(".")).flatMap((k) => k.split(".")));
  return { score, shared: keys.filter((k) => k.includes(".") || !covered.has(k)) };
}
