import { findingTokens, type FindingTokens } from "../text/findingText";
import { idf } from "./sparseVector";
import { isStopStem } from "../text/stopWords";
import { classWordMask } from "../weakness/weakness";

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
 * Words of a weakness phrase ("SQL injection", "buffer overflow") count this fraction: they name
 * the class of defect, which the weakness signal already weighs, not this instance of it. Left at
 * full weight, every pair of same-class findings (two SQL injections in different handlers) looks
 * alike in wording too, and the class is counted twice. Any value from 0 to 0.5 gives the same
 * groups on the dev and held-out corpora.
 */
export const CLASS_WORD_WEIGHT = 0.25;

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
  return weightedTerms(tokens).tf;
}

/** Weighted term counts, and how much of each count came from words that name a weakness class. */
function weightedTerms(tokens: FindingTokens): { tf: Map<string, number>; classWords: Map<string, number> } {
  const tf = new Map<string, number>();
  const classWords = new Map<string, number>();
  const add = (words: readonly string[], weight: number, mask: readonly boolean[] | null) => {
    words.forEach((t, i) => {
      if (isStopStem(t) || isDigit(t.charCodeAt(0))) return;
      tf.set(t, (tf.get(t) ?? 0) + weight);
      if (mask?.[i]) classWords.set(t, (classWords.get(t) ?? 0) + weight);
    });
  };
  for (const [part, weight] of [
    [tokens.title, TITLE_WEIGHT],
    [tokens.details, 1],
    [tokens.advice, ADVICE_WEIGHT],
  ] as const) {
    add(part.parts, weight, classWordMask(part.parts));
    add(part.extras, weight, null);
  }
  return { tf, classWords };
}

/**
 * Vectors for the findings of one subject (sublinear tf, IDF ln(1 + N/df) over these findings).
 * Pass precomputed tokens to avoid tokenizing twice.
 */
export function textVectors(
  inputs: readonly { title: string; body: string }[],
  tokens: readonly FindingTokens[] = inputs.map(findingTokens),
): TextVector[] {
  const weighted = tokens.map(weightedTerms);
  const tfs = weighted.map((w) => w.tf);
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
  return weighted.map(({ tf, classWords }) => {
    const entries = [...tf].map(([term, f]) => {
      const id = ids.get(term)!;
      const classShare = (classWords.get(term) ?? 0) / f;
      return { id, w: (1 + Math.log(f)) * idf(n, df[id]) * (1 - classShare * (1 - CLASS_WORD_WEIGHT)) };
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
