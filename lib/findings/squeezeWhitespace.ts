/**
 * Every run of whitespace becomes one character (a newline if it held one). The normalization
 * patterns allow optional whitespace around optional markers ("Severity :** High"); on a squeezed
 * text no run is long enough for that to backtrack, whatever a hostile report contains.
 */
export function squeezeWhitespace(text: string): string {
  return text.replace(/\s+/g, (run) => (run.includes("\n") ? "\n" : " "));
}
