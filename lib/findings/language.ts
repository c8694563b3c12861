/**
 * Whether a review is written in another language than English. The words of trouble and praise
 * that decide whether a list item raises a concern are English; a review in Russian or Dutch uses
 * none of them, so its items are judged by their layout instead (the markdown reader decides how).
 *
 * Counted over the prose only (code spans and blocks name identifiers in any language). A text is
 * in another language when English function words are rare in it and either most of its letters
 * are not Latin (Cyrillic, CJK, Hangul) or the function words of another common review language
 * are frequent. A terse English note ("L35: sprintf into buf[64] ...") has few English function
 * words but none of another language's either, so it stays English.
 */
const ENGLISH_FUNCTION_WORDS = /\b(?:the|and|of|to|that|this|with|for|are|it|be|which|an|from|by|should|can|would|there)\b/gi;
/**
 * Words English lacks, frequent in Dutch, German, French, Spanish, Portuguese, Italian, Polish,
 * Turkish, Swedish, Danish and Norwegian, Finnish, Czech and Slovak, Romanian, Hungarian,
 * Lithuanian and Indonesian prose. None is an English word a terse English note would use.
 */
const OTHER_FUNCTION_WORDS = new RegExp(
  String.raw`(?<![\p{L}\d])(?:` +
    [
      "de|het|een|van|niet|zijn|wordt|der|die|das|und|nicht|ist|mit|auf|le|les|des|et|est|pas|une|dans|el|los|las|que|por|una|para|es|não|um|uma|com",
      "il|di|che|non|per|della|sono|się|jest|nie|na|że|oraz|ale|przez|bez|tylko|jeśli|czy|już|może|bir|ve|bu|için|ile|değil|och|är|att|inte|som",
      "og|ikke|til|på|med|ja|ei|että|jos|tai|kun|myös|je|se|sa|že|ako|aj|alebo|jako|není|nebo|pre|și|este|nu|cu|pentru|sunt|mai|és|az|nem|hogy|egy|meg",
      "mutta|ovat|kanssa|ir|yra|kad|su|tik|kaip|todėl|nėra|yang|dan|ini|itu|untuk|dengan|tidak|dari|pada|akan|adalah",
    ].join("|") +
    String.raw`)(?![\p{L}\d])`,
  "giu",
);
const WORD = /\p{L}+/gu;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/g;
const LETTER = /\p{L}/gu;
/** English prose measures 0.1 and more; below this share English function words are rare. */
const MAX_FOREIGN_ENGLISH_SHARE = 0.04;
/** Another language's function words are one word in twenty or more of its prose; English has next to none. */
const MIN_OTHER_SHARE = 0.05;
/** A sample is enough to tell, and keeps the count cheap on a megabyte of text. */
const SAMPLE_CHARS = 20_000;
/** Too few words say nothing either way. */
const MIN_WORDS = 40;

export function isInAnotherLanguage(text: string): boolean {
  const prose = text.slice(0, SAMPLE_CHARS).replace(/```[\s\S]*?```|`[^`\n]*`/g, " ");
  const words = prose.match(WORD)?.length ?? 0;
  if (words < MIN_WORDS) return false;
  const english = (prose.match(ENGLISH_FUNCTION_WORDS)?.length ?? 0) / words;
  if (english >= MAX_FOREIGN_ENGLISH_SHARE) return false;
  const letters = prose.match(LETTER)?.length ?? 0;
  const latin = prose.match(LATIN_LETTER)?.length ?? 0;
  if (letters > 0 && latin / letters < 0.5) return true;
  return (prose.match(OTHER_FUNCTION_WORDS)?.length ?? 0) / words >= MIN_OTHER_SHARE;
}
