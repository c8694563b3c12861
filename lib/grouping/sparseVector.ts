/** A sparse vector of named dimensions (symbol keys). */
export type SparseVector = ReadonlyMap<string, number>;

function norm(v: SparseVector): number {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum);
}

/** Scales to unit length, so that cosine becomes a plain dot product. */
export function unit(v: SparseVector): Map<string, number> {
  const n = norm(v);
  const out = new Map<string, number>();
  if (n === 0) return out;
  for (const [k, w] of v) out.set(k, w / n);
  return out;
}

/** Dimensions present in both, heaviest joint contribution first (ties by name). */
export function sharedDimensions(a: SparseVector, b: SparseVector): { key: string; weight: number }[] {
  const shared: { key: string; weight: number }[] = [];
  for (const [k, w] of a) {
    const other = b.get(k);
    if (other !== undefined) shared.push({ key: k, weight: w * other });
  }
  return shared.sort((x, y) => y.weight - x.weight || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/**
 * Inverse document frequency over a small collection (one subject's findings): ln(1 + N/df),
 * so a term in one finding weighs about ln(1+N) and a term in every finding still ln 2 — never
 * zero, as a word all reviewers use is weak evidence, not none.
 */
export function idf(documents: number, documentFrequency: number): number {
  return Math.log(1 + documents / documentFrequency);
}

export function inverseDocumentFrequency(documents: Iterable<ReadonlySet<string>>): Map<string, number> {
  const df = new Map<string, number>();
  let n = 0;
  for (const doc of documents) {
    n++;
    for (const k of doc) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const out = new Map<string, number>();
  for (const [k, d] of df) out.set(k, idf(n, d));
  return out;
}
