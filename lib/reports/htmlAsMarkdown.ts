/**
 * An HTML report (a tool's report.html, a model's answer saved from a rendered page) as the
 * markdown it would have been, in a copy of the same length, so that the markdown reader finds its
 * headings, lists, bold titles and code, and spans stay offsets into the HTML as stored. Each tag
 * becomes the markdown mark it stands for, padded with spaces (or nothing but spaces); scripts,
 * styles and the head become spaces; the common entities become their character.
 *
 * Only a document that is HTML from its first tag: a markdown answer with a `<details>` in it is
 * markdown.
 */
export function looksLikeHtmlDocument(text: string): boolean {
  return HTML_DOCUMENT.test(text.slice(0, 2048)) && /<\/[a-z][a-z0-9]*\s*>\s*$/i.test(text.slice(-2048));
}

const HTML_DOCUMENT = /^\s*(?:<!doctype html|<html[\s>]|<(?:body|article|section|main|div|h[1-6]|p|ul|ol|table)[\s>])/i;

export function htmlAsMarkdown(html: string): string {
  return html
    .replace(HIDDEN, (block) => block.replace(/[^\n]/g, " "))
    .replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, " "))
    .replace(TAG, (tag, close: string, name: string, offset: number) => markOf(tag, close === "/", name.toLowerCase(), atLineStart(html, offset)))
    .replace(ENTITY, (entity: string) => (ENTITIES[entity.toLowerCase()] ?? entity[0]).padEnd(entity.length, " "));
}

/** What a reader never sees: the head, scripts and styles. */
const HIDDEN = /<(head|script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** A tag, bounded so that a stray "<" costs no backtracking over the document. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,2000}>/g;
const ENTITY = /&(?:lt|gt|amp|quot|apos|nbsp|#39|#x27);/gi;
const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'", "&nbsp;": " ", "&#39;": "'", "&#x27;": "'" };

function atLineStart(text: string, offset: number): boolean {
  let at = offset - 1;
  while (at >= 0 && (text[at] === " " || text[at] === "\t")) at--;
  return at < 0 || text[at] === "\n";
}

/** The markdown for one tag, exactly as long as the tag. */
function markOf(tag: string, closing: boolean, name: string, lineStart: boolean): string {
  const fit = (mark: string, padBefore = false) => (mark.length > tag.length ? " ".repeat(tag.length) : padBefore ? mark.padStart(tag.length, " ") : mark.padEnd(tag.length, " "));
  const heading = /^h([1-6])$/.exec(name);
  if (heading && !closing) {
    const lead = lineStart ? "" : "\n";
    const level = Math.max(1, Math.min(Number(heading[1]), tag.length - lead.length - 1));
    return fit(`${lead}${"#".repeat(level)} `);
  }
  if (closing && (heading || BLOCKS.has(name))) return fit("\n");
  if (name === "li" && !closing) return fit(lineStart ? "- " : "\n- ");
  if (name === "tr" && !closing) return fit(lineStart ? "- " : "\n- ");
  if ((name === "td" || name === "th") && !closing) return fit(" | ");
  if (name === "p" && !closing) return fit(lineStart ? "" : "\n\n");
  if (name === "br") return fit("\n");
  if (name === "pre") return fit(closing ? "\n```" : "\n```");
  if (name === "strong" || name === "b") return closing ? fit("**") : fit("**", true);
  if (name === "code" || name === "kbd" || name === "tt") return closing ? fit("`") : fit("`", true);
  if (BLOCKS.has(name)) return fit("\n");
  return " ".repeat(tag.length);
}

const BLOCKS = new Set(["p", "div", "ul", "ol", "table", "thead", "tbody", "tr", "section", "article", "main", "header", "footer", "body", "html", "blockquote", "dl", "dt", "dd", "li"]);
