import { findingTokens, type FindingTokens } from "./findingText";
import { idf } from "./sparseVector";
import { isStopStem } from "./stopWords";

/**
 * Text similarity: TF-IDF cosine over stemmed words of title and body, with IDF taken over
 * the findings of one subject, so that words every reviewer uses about this code (the module's
 * name, "archive", "invoice") count for little and words only two findings share count for much.
 */

/** A title names the issue; count its words as if they were written this many times more. */
const TITLE_WEIGHT = 2;
/** Fix advice is similar across unrelated issues ("validate input"), so its words count half. */
const ADVICE_WEIGHT = 0.5;

/**
 * A unit-length TF-IDF vector, packed for fast dot products: term ids ascending, with weights.
 * Ids index `terms`, the vocabulary of the subject the vector was built in.
 */
export interface TextVector {
  ids: Int32Array;
  weights: Float64Array;
  terms: readonly string[];
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function termFrequencies(tokens: FindingTokens): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (words: readonly string[], weight: number) => {
    for (const t of words) {
      if (isStopStem(t) || isDigit(t.charCodeAt(0))) continue;
      tf.set(t, (tf.get(t) ?? 0) + weight);
    }
  };
  for (const [part, weight] of [
    [tokens.title, TITLE_WEIGHT],
    [tokens.details, 1],
    [tokens.advice, ADVICE_WEIGHT],
  ] as const) {
    add(part.parts, weight);
    add(part.extras, weight);
  }
  return tf;
}

/**
 * Vectors for the findings of one subject (sublinear tf, IDF ln(1 + N/df) over these findings).
 * Pass precomputed tokens to avoid tokenizing twice.
 */
export function textVectors(
  inputs: readonly { title: string; body: string }[],
  tokens: readonly FindingTokens[] = inputs.map(findingTokens),
): TextVector[] {
  const tfs = tokens.map(termFrequencies);
  const ids = new Map<string, number>();
  const df: number[] = [];
  for (const tf of tfs)
    for (const term of tf.keys()) {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
        df.push(0);
      }
      df[id]++;
    }
  const terms = [...ids.keys()];
  const n = tfs.length;
  return tfs.map((tf) => {
    const entries = [...tf].map(([term, f]) => {
      const id = ids.get(term)!;
      return { id, w: (1 + Math.log(f)) * idf(n, df[id]) };
    });
    entries.sort((a, b) => a.id - b.id);
    const norm = Math.sqrt(entries.reduce((s, e) => s + e.w * e.w, 0)) || 1;
    return {
      ids: Int32Array.from(entries, (e) => e.id),
      weights: Float64Array.from(entries, (e) => e.w / norm),
      terms,
    };
  });
}

/** Cosine similarity of two vectors of one subject, 0..1. */
export function textSimilarity(a: TextVector, b: TextVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) sum += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return Math.min(1, sum);
}

/** The terms that contribute most to a pair's similarity, for explanations. */
export function topSharedTerms(a: TextVector, b: TextVector, count = 4): string[] {
  const shared: { term: string; w: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) shared.push({ term: a.terms[x], w: a.weights[i++] * b.weights[j++] });
    else if (x < y) i++;
    else j++;
  }
  return shared
    .sort((p, q) => q.w - p.w || (p.term < q.term ? -1 : 1))
    .slice(0, count)
    .map((s) => s.term);
}
