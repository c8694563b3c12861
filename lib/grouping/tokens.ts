import { stemmer } from "stemmer";

/**
 * Word tokens shared by the text and weakness signals. Identifiers are kept whole (so
 * `load_interface_driver` matches only itself) and also split into stemmed parts (so
 * `invoice_search` still meets "invoice search" in a title).
 */

const WORD = /[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z][A-Za-z0-9_]*)*/g;
const CAMEL_BOUNDARY = /([a-z0-9])([A-Z])/g;

const stemCache = new Map<string, string>();

/** Words this short are acronyms or particles ("dos", "ub", "rce"); stemming only conflates them ("dos" → "do"). */
const MIN_STEMMED_LENGTH = 4;

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = word.length < MIN_STEMMED_LENGTH ? word : stemmer(word);
    stemCache.set(word, s);
  }
  return s;
}

function isIdentifier(word: string): boolean {
  return word.includes("_") || /[a-z][A-Z][a-z]/.test(word);
}

function identifierParts(word: string): string[] {
  return word
    .replace(CAMEL_BOUNDARY, "$1 $2")
    .split(/[_\s]+/)
    .filter((p) => p.length > 0)
    .map((p) => p.toLowerCase());
}

export interface TokenOptions {
  /** Also emit each identifier whole, before its parts (bag-of-words use; phrase matching wants parts only). */
  wholeIdentifiers: boolean;
}

/**
 * Stemmed tokens in reading order, stop words included (phrase matching needs them).
 * A hyphenated pair yields its parts and, for bags of words, their concatenation
 * ("hard-coded" → hard, code, hardcod) so that spelling variants meet.
 */
export function stemmedTokens(text: string, options: TokenOptions = { wholeIdentifiers: true }): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const pieces = match[0].split("-");
    for (const piece of pieces) pushWord(piece, options, out);
    if (pieces.length === 2 && options.wholeIdentifiers) out.push(stem(pieces.join("").toLowerCase()));
  }
  return out;
}

function pushWord(word: string, options: TokenOptions, out: string[]): void {
  if (isIdentifier(word)) {
    if (options.wholeIdentifiers) out.push(word.toLowerCase());
    for (const part of identifierParts(word)) out.push(stem(part));
  } else {
    out.push(stem(word.toLowerCase()));
  }
}
