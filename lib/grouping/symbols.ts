import { inverseDocumentFrequency, sharedDimensions, unit, type SparseVector } from "./sparseVector";

/**
 * Shared code symbols. Reviewers name the same element in different shapes (`eventlet.sleep`,
 * `eventlet.sleep(time_to_wait)`, `sleep`), so each symbol is reduced to keys: the dotted paths
 * in it, plus their segments at half weight. Keys are weighted by IDF within the subject: a
 * symbol most findings name (the module's main entry point) says little.
 */

/** A matching segment is weaker evidence than a matching full path. */
const SEGMENT_WEIGHT = 0.5;
const CHAIN = /[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*/g;
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
    const segments = match[0].toLowerCase().split(SEPARATOR);
    if (segments.length === 1) {
      if (isName(segments[0])) keys.push({ key: segments[0], segment: false });
      continue;
    }
    keys.push({ key: segments.join("."), segment: false });
    for (const seg of segments) if (seg.length >= 3 && isName(seg)) keys.push({ key: seg, segment: true });
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

/** Unit-length IDF-weighted symbol vectors, IDF taken over the given findings' symbol lists. */
export function symbolVectors(symbolLists: readonly (readonly string[])[]): SparseVector[] {
  const raw = symbolLists.map(keyWeights);
  const idf = inverseDocumentFrequency(raw.map((w) => new Set(w.keys())));
  return raw.map((weights) => {
    const v = new Map<string, number>();
    for (const [key, w] of weights) v.set(key, w * (idf.get(key) ?? 0));
    return unit(v);
  });
}

export interface SymbolMatch {
  /** Cosine of the two IDF-weighted key vectors, 0..1. */
  score: number;
  /** Shared keys, most telling first; a segment is dropped when a shared path contains it. */
  shared: string[];
}

export function symbolSimilarity(a: SparseVector, b: SparseVector): SymbolMatch {
  const shared = sharedDimensions(a, b);
  const score = Math.min(
    1,
    shared.reduce((sum, d) => sum + d.weight, 0),
  );
  const keys = shared.map((d) => d.key);
  const covered = new Set(keys.filter((k) => k.includes(".")).flatMap((k) => k.split(".")));
  return { score, shared: keys.filter((k) => k.includes(".") || !covered.has(k)) };
}
