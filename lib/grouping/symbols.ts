import { inverseDocumentFrequency, sharedDimensions, unit, type SparseVector } from "./sparseVector";

/**
 * Shared code symbols. Reviewers name the same element in different shapes (`eventlet.sleep`,
 * `eventlet.sleep(time_to_wait)`, `sleep`), so each symbol is reduced to keys: the dotted paths
 * in it, plus their segments at half weight. Keys are weighted by IDF within the subject: a
 * symbol most findings name (the module's main entry point) says little.
 *
 * They also name related elements by related names: the function `load_plugin_driver` and the
 * setting `conf.plugin_driver` it reads. Those share no key, but they share a run of two adjacent
 * name parts (`plugin_driver`), which counts as a partial match (see PART_RUN_WEIGHT). One shared
 * part is not enough: `mark_safe` and the `|safe` filter, or `get_user` and `user_list`, are
 * different code.
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

/**
 * A partial match (a shared run of name parts, no shared key) scores this fraction of the cosine
 * of the two findings' run vectors: at most half of what naming the same code scores, and, through
 * the cosine, less when the shared run is one of many names or one most findings use. Only a
 * stand-in for a shared key: when keys are shared, their cosine is the score, so that one long
 * name both findings give is not counted again run by run (`MultiValueDictKeyError` has four).
 */
export const PART_RUN_WEIGHT = 0.5;

/** camelCase and PascalCase boundaries, including the end of an acronym (`HTTPServer`). */
const CAMEL_BOUNDARY = /([a-z0-9])([A-Z])|([A-Z])([A-Z][a-z])/g;

/** The lowercase parts of one name: `load_interface_driver`, `loadInterfaceDriver` → load, interface, driver. */
export function nameParts(name: string): string[] {
  return name
    .replace(CAMEL_BOUNDARY, (_m, a, b, c, d) => (a !== undefined ? `${a} ${b}` : `${c} ${d}`))
    .split(/[_\s$]+/)
    .map((p) => p.toLowerCase())
    .filter((p) => p.length > 0);
}

/**
 * Runs of two adjacent parts within each name of a symbol, written `part_part`: `load_interface_driver`
 * gives `load_interface` and `interface_driver`, so it meets `conf.interface_driver` (whose name
 * `interface_driver` is its own only run) and `loadInterfaceDriver`. Runs never span a dot: the
 * segments of a path already meet on their own (symbolKeys).
 */
export function partRuns(symbol: string): string[] {
  const runs: string[] = [];
  for (const match of symbol.matchAll(CHAIN))
    for (const name of match[0].split(SEPARATOR)) {
      const parts = nameParts(name);
      for (let i = 0; i + 1 < parts.length; i++)
        if (parts[i].length >= 2 && parts[i + 1].length >= 2 && (isName(parts[i]) || isName(parts[i + 1]))) runs.push(`${parts[i]}_${parts[i + 1]}`);
    }
  return runs;
}

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

/** What the symbol signal knows of one finding. */
export interface SymbolFeatures {
  /** Unit-length IDF-weighted key vector. */
  keys: SparseVector;
  /** Unit-length IDF-weighted vector of name-part runs (partRuns). */
  runs: SparseVector;
}

export interface SymbolVectors {
  /** One per finding, in input order. */
  vectors: SymbolFeatures[];
  /** key → how the first finding naming it spelled it. */
  written: ReadonlyMap<string, string>;
}

function idfVectors(raw: readonly ReadonlyMap<string, number>[]): Map<string, number>[] {
  const idf = inverseDocumentFrequency(raw.map((w) => new Set(w.keys())));
  return raw.map((weights) => {
    const v = new Map<string, number>();
    for (const [key, w] of weights) v.set(key, w * (idf.get(key) ?? 0));
    return unit(v);
  });
}

/** Symbol vectors for the findings of one subject, IDF taken over their symbol lists. */
export function symbolVectors(symbolLists: readonly (readonly string[])[]): SymbolVectors {
  const written = new Map<string, string>();
  for (const list of symbolLists) for (const s of list) for (const k of symbolKeys(s)) if (!written.has(k.key)) written.set(k.key, k.written);
  const keys = idfVectors(symbolLists.map(keyWeights));
  const runs = idfVectors(symbolLists.map((list) => new Map(list.flatMap(partRuns).map((r) => [r, 1]))));
  return { vectors: keys.map((k, i) => ({ keys: k, runs: runs[i] })), written };
}

function dot(a: SparseVector, b: SparseVector): { sum: number; shared: boolean } {
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
  return { sum, shared };
}

/**
 * Both findings name code, but none of the same code and no name shares a run of parts with the
 * other's: mild evidence of different issues ("same keyword, different function"). Mild because
 * reviewers also name different parts of one defect (the function vs. the sink it calls).
 */
export const DISJOINT_SYMBOLS_SCORE = -0.2;

export interface SymbolMatch {
  /**
   * The key cosine (0..1) when a key is shared; else the partial score (PART_RUN_WEIGHT × run
   * cosine) when a run is; else DISJOINT_SYMBOLS_SCORE when both name code.
   */
  score: number;
  /** Shared keys, most telling first; a segment is dropped when a shared path contains it. */
  shared: string[];
  /** Shared runs of name parts (`interface_driver`), most telling first, when no key is shared. */
  sharedRuns: string[];
}

/** The score of symbolSimilarity without listing what is shared (the hot path of pair scoring). */
export function symbolScore(a: SymbolFeatures, b: SymbolFeatures): number {
  if (a.keys.size === 0 || b.keys.size === 0) return 0;
  const full = dot(a.keys, b.keys);
  const partial = dot(a.runs, b.runs);
  if (full.shared) return Math.min(1, full.sum);
  return partial.shared ? Math.min(1, PART_RUN_WEIGHT * partial.sum) : DISJOINT_SYMBOLS_SCORE;
}

export function symbolSimilarity(a: SymbolFeatures, b: SymbolFeatures): SymbolMatch {
  const score = symbolScore(a, b);
  const shared = sharedDimensions(a.keys, b.keys);
  const keys = shared.map((d) => d.key);
  const covered = new Set(keys.filter((k) => k.includes(".")).flatMap((k) => k.split(".")));
  const runs = keys.length === 0 && score > 0 ? sharedDimensions(a.runs, b.runs).map((d) => d.key) : [];
  return { score, shared: keys.filter((k) => k.includes(".") || !covered.has(k)), sharedRuns: runs };
}
