/** A sparse vector of named dimensions (terms, symbols, weakness classes). */
export type SparseVector = ReadonlyMap<string, number>;

export function norm(v: SparseVector): number {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum);
}

export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [k, w] of small) {
    const other = large.get(k);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const na = norm(a);
  const nb = norm(b);
  return na === 0 || nb === 0 ? 0 : dot(a, b) / (na * nb);
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

/** Inverse document frequency over a small collection: rare → about ln(1+N), everywhere → ln 2. */
export function inverseDocumentFrequency(documents: Iterable<ReadonlySet<string>>): Map<string, number> {
  const df = new Map<string, number>();
  let n = 0;
  for (const doc of documents) {
    n++;
    for (const k of doc) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [k, d] of df) idf.set(k, Math.log(1 + n / d));
  return idf;
}
