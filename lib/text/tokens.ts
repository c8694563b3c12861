import { stemmer } from "stemmer";

/**
 * Word tokens shared by the text and weakness signals. Identifiers are kept whole (so
 * `load_interface_driver` matches only itself) and also split into stemmed parts (so
 * `invoice_search` still meets "invoice search" in a title).
 */

const WORD = /[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z][A-Za-z0-9_]*)*/g;
/** A lower-to-upper boundary (`savedPassword`), or an acronym before a word (`NSLog`, `XMLHttpRequest`; not `URLs`). */
const CAMEL_BOUNDARY = /([a-z0-9])([A-Z])|([A-Z])(?=[A-Z][a-z]{2,})/g;

/** Stemming is the costliest step of tokenizing; words repeat across findings, so remember them (bounded, for long-lived servers). */
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 100_000;

/** Words this short are acronyms or particles ("dos", "ub", "rce"); stemming only conflates them ("dos" → "do"). */
const MIN_STEMMED_LENGTH = 4;

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = word.length < MIN_STEMMED_LENGTH ? word : stemmer(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

const CAMEL_HUMP = /[a-z][A-Z][a-z]|[A-Z]{2}[a-z]{2,}/;

function isIdentifier(word: string): boolean {
  return word.includes("_") || CAMEL_HUMP.test(word);
}

function identifierParts(word: string): string[] {
  return word
    .replace(CAMEL_BOUNDARY, (_m, lower, upper, acronymEnd) => (acronymEnd !== undefined ? `${acronymEnd} ` : `${lower} ${upper}`))
    .split(/[_\s]+/)
    .filter((p) => p.length > 0)
    .map((p) => p.toLowerCase());
}

export interface Tokens {
  /** Stemmed words and identifier parts in reading order, stop words included (for phrase matching). */
  parts: string[];
  /**
   * Whole identifiers (`load_interface_driver`) and joined hyphenated pairs ("hard-coded" →
   * hardcod), which bags of words add so that identifiers and spelling variants meet.
   */
  extras: string[];
  /**
   * The same words in reading order with camelCase words kept whole ("HttpOnly" → httponly,
   * "JavaScript" → javascript), when any were split in `parts`; else null. Names of things are
   * written both ways, so phrase matching reads both sequences.
   */
  joined: string[] | null;
}

/**
 * A reviewer's shorthand for words the vocabulary knows: "listens on 0.0.0.0 w/o any auth", and a
 * negation contracted, with or without its apostrophe ("doesn't check", "doesnt check" → "does not
 * check"), so that rules asking for "not" read it.
 */
function withoutShorthand(text: string): string {
  const expanded = text.includes("/") ? text.replace(/\bw\/o\b/gi, "without") : text;
  return expanded.replace(NEGATION, (_m, verb: string) => `${CONTRACTED_VERB[verb.toLowerCase()] ?? verb} not`);
}

const NEGATION = /\b(does|do|did|is|are|was|were|has|have|had|should|would|could|must|ca|wo)n[’']?t\b/gi;
const CONTRACTED_VERB: Record<string, string> = { ca: "can", wo: "will" };

export function tokenize(text: string): Tokens {
  const parts: string[] = [];
  const extras: string[] = [];
  const joined: string[] = [];
  let camel = false;
  for (const match of withoutShorthand(text).matchAll(WORD)) {
    const pieces = match[0].includes("-") ? match[0].split("-") : [match[0]];
    for (const piece of pieces) {
      if (isIdentifier(piece)) {
        extras.push(piece.toLowerCase());
        const pieceParts = identifierParts(piece).map(stem);
        parts.push(...pieceParts);
        if (piece.includes("_")) joined.push(...pieceParts);
        else {
          joined.push(stem(piece.toLowerCase()));
          camel = true;
        }
      } else {
        const word = stem(piece.toLowerCase());
        parts.push(word);
        joined.push(word);
      }
    }
    if (pieces.length === 2) extras.push(stem(pieces.join("").toLowerCase()));
  }
  return { parts, extras, joined: camel ? joined : null };
}

/** The stemmed parts of a phrase, as phrase matching compares them. */
export function phraseTokens(text: string): string[] {
  return tokenize(text).parts;
}
