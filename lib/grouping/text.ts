import { inverseDocumentFrequency, sharedDimensions, unit, type SparseVector } from "./sparseVector";
import { isStopStem } from "./stopWords";
import { stemmedTokens } from "./tokens";

/**
 * Text similarity: TF-IDF cosine over stemmed words of title and body, with IDF taken over
 * the findings of one subject, so that words every reviewer uses about this code (the module's
 * name, "archive", "invoice") count for little and words only two findings share count for much.
 */

export interface TextInput {
  title: string;
  body: string;
}

/** A title names the issue; count its words as if they were written this many times more. */
const TITLE_WEIGHT = 2;
/**
 * Fix advice ("use parameterized queries", "validate input") is similar across unrelated issues,
 * so words after the first "Solution:"/"Recommendation:" marker count half.
 */
const ADVICE_WEIGHT = 0.5;
const ADVICE_MARKER = /\b(?:solutions?|recommendations?|recommended fix|fix|mitigations?|remediation|suggested fix)\b\s*(?:\*\*)?\s*[:：]/i;

export function termFrequencies(input: TextInput): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const t of stemmedTokens(text)) {
      if (isStopStem(t) || /^\d/.test(t)) continue;
      tf.set(t, (tf.get(t) ?? 0) + weight);
    }
  };
  add(input.title, TITLE_WEIGHT);
  const body = bodyWithoutTitle(input);
  const marker = ADVICE_MARKER.exec(body);
  if (marker) {
    add(body.slice(0, marker.index), 1);
    add(body.slice(marker.index), ADVICE_WEIGHT);
  } else {
    add(body, 1);
  }
  return tf;
}

/** Bodies usually repeat the title; counting it there too would double the title boost. */
function bodyWithoutTitle({ title, body }: TextInput): string {
  const at = title.length > 0 ? body.indexOf(title) : -1;
  return at < 0 ? body : body.slice(0, at) + body.slice(at + title.length);
}

/** Unit-length TF-IDF vectors (sublinear tf), one per input, IDF over the inputs themselves. */
export function textVectors(inputs: readonly TextInput[]): SparseVector[] {
  const tfs = inputs.map(termFrequencies);
  const idf = inverseDocumentFrequency(tfs.map((tf) => new Set(tf.keys())));
  return tfs.map((tf) => {
    const v = new Map<string, number>();
    for (const [term, f] of tf) v.set(term, (1 + Math.log(f)) * (idf.get(term) ?? 0));
    return unit(v);
  });
}

export function textSimilarity(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [k, w] of small) sum += w * (large.get(k) ?? 0);
  return Math.min(1, sum);
}

/** The terms that contribute most to a pair's similarity, for explanations. */
export function topSharedTerms(a: SparseVector, b: SparseVector, count = 4): string[] {
  return sharedDimensions(a, b)
    .slice(0, count)
    .map((d) => d.key);
}
