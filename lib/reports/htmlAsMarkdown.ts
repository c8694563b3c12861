/**
 * An HTML report (a tool's report.html, a model's answer saved from a rendered page) as the
 * markdown it would have been, so that the markdown reader finds its headings, lists, tables, bold
 * titles and code: each tag is replaced by the markdown mark it stands for (or by nothing), the
 * head, scripts and styles are dropped, the common entities become their character. The edits are
 * applied by parsingCopy, which maps spans back onto the HTML as stored.
 *
 * Only a document that is HTML from its first tag: a markdown answer with a `<details>` in it is
 * markdown.
 */
export function looksLikeHtmlDocument(text: string): boolean {
  return HTML_DOCUMENT.test(text.slice(0, 2048)) && /<\/[a-z][a-z0-9]*\s*>\s*$/i.test(text.slice(-2048));
}

const HTML_DOCUMENT = /^\s*(?:<!doctype html|<html[\s>]|<(?:body|article|section|main|div|h[1-6]|p|ul|ol|table)[\s>])/i;

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The edits that turn the HTML into markdown, in document order, none overlapping. */
export function htmlAsMarkdown(html: string): Edit[] {
  const hidden = hiddenBlocks(html);
  const edits: Edit[] = [...hidden];
  let next = 0;
  let row = { cells: 0, header: true };
  for (const m of html.matchAll(TOKEN)) {
    const [token, close, rawName, entity] = m;
    const at = m.index;
    while (next < hidden.length && hidden[next].end <= at) next++;
    if (next < hidden.length && hidden[next].start <= at) continue;
    if (entity !== undefined) {
      edits.push({ start: at, end: at + token.length, text: ENTITIES[entity.toLowerCase()] ?? "" });
      continue;
    }
    const name = rawName.toLowerCase();
    const closing = close === "/";
    if (name === "table" && !closing) row = { cells: 0, header: true };
    if (name === "tr" && !closing) row = { ...row, cells: 0 };
    if ((name === "td" || name === "th") && !closing) row.cells++;
    let mark = markOf(name, closing);
    if (name === "tr" && closing) {
      // The first row is the header: markdown wants the delimiter row under it.
      mark = row.header && row.cells > 0 ? ` |\n|${" --- |".repeat(row.cells)}\n` : " |\n";
      row = { ...row, header: false };
    }
    edits.push({ start: at, end: at + token.length, text: mark });
  }
  return rowsOnOneLine(html, edits.sort((a, b) => a.start - b.start));
}

/**
 * What a reader never sees: the head, scripts, styles and comments, each to its closing tag (or
 * to the end). Found with one forward scan, so that unclosed ones cost no rescans.
 */
function hiddenBlocks(html: string): Edit[] {
  const blocks: Edit[] = [];
  const lower = html.toLowerCase();
  let at = 0;
  for (;;) {
    const open = nextHiddenOpen(lower, at);
    if (open === -1) return blocks;
    const comment = lower.startsWith("<!--", open);
    const name = comment ? "" : /^<([a-z]+)/.exec(lower.slice(open, open + 12))![1];
    const closer = comment ? "-->" : `</${name}`;
    const close = lower.indexOf(closer, open + 4);
    const end = close === -1 ? html.length : (comment ? close + 3 : Math.max(close + closer.length, lower.indexOf(">", close) + 1));
    blocks.push({ start: open, end, text: "" });
    at = end;
  }
}

const HIDDEN_NAMES = /^<(?:head|script|style|template)[\s>]|^<!--/;

function nextHiddenOpen(lower: string, from: number): number {
  for (let at = lower.indexOf("<", from); at !== -1; at = lower.indexOf("<", at + 1)) if (HIDDEN_NAMES.test(lower.slice(at, at + 10))) return at;
  return -1;
}

/** A tag (bounded, so a stray "<" costs no backtracking), or an entity. */
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,2000}>|&(lt|gt|amp|quot|apos|nbsp|#39|#x27|ndash|mdash|middot|hellip|lsquo|rsquo|ldquo|rdquo|bull|rarr|times);/gi;
const ENTITIES: Record<string, string> = {
  lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: " ", "#39": "'", "#x27": "'",
  // Typography an exported page uses in ranges ("78&ndash;79") and between fields.
  ndash: "–", mdash: "—", middot: "·", hellip: "…", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", bull: "•", rarr: "→", times: "×",
};

function markOf(name: string, closing: boolean): string {
  const heading = /^h([1-6])$/.exec(name);
  if (heading) return closing ? "\n\n" : `\n\n${"#".repeat(Number(heading[1]))} `;
  switch (name) {
    case "li":
      return closing ? "\n" : "\n- ";
    case "tr":
      return closing ? " |\n" : "";
    case "td":
    case "th":
      return closing ? "" : "| ";
    case "p":
    case "div":
    case "section":
    case "article":
    case "blockquote":
      return "\n\n";
    case "br":
      return "\n";
    case "pre":
      return "\n```\n";
    case "strong":
    case "b":
      return "**";
    case "code":
    case "kbd":
    case "tt":
      return "`";
    case "ul":
    case "ol":
    case "table":
      return "\n\n";
    default:
      return "";
  }
}

/**
 * A table's rows one per line and nothing between them, as markdown needs it: line breaks inside
 * a table mean nothing in HTML. Those in the source (outside the edits) become spaces, and those
 * that only indent the next tag go with their indentation: an indented row would be code to
 * markdown. A "|" in a cell's text is the cell's, not a column's end.
 */
function rowsOnOneLine(html: string, edits: Edit[]): Edit[] {
  const breaks: Edit[] = [];
  let open = -1;
  for (const edit of edits) {
    const tag = html.slice(edit.start, edit.start + 7).toLowerCase();
    if (/^<table[\s>]/.test(tag)) open = edit.end;
    else if (tag.startsWith("</table") && open !== -1) {
      for (let at = html.indexOf("\n", open); at !== -1 && at < edit.start; at = html.indexOf("\n", at + 1)) {
        let end = at + 1;
        while (html[end] === " " || html[end] === "\t") end++;
        breaks.push(html[end] === "<" ? { start: at, end, text: "" } : { start: at, end: at + 1, text: " " });
      }
      for (let at = html.indexOf("|", open); at !== -1 && at < edit.start; at = html.indexOf("|", at + 1)) breaks.push({ start: at, end: at + 1, text: "\\|" });
      open = -1;
    }
  }
  const merged = [...edits, ...breaks].sort((a, b) => a.start - b.start);
  // A break inside another edit (a hidden block, a comment) is that edit's business.
  return merged.filter((e, i) => i === 0 || e.start >= merged[i - 1].end);
}
