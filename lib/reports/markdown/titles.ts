/** Markdown decoration and numbering off a title: "### 1. **SQL Injection**:" → "SQL Injection". */
export function cleanTitle(raw: string): string {
  return stripTitleDecoration(raw)
    .replace(/\*\*/g, "")
    // "__Title__" is bold, but `__init__` and `window.__proto__` are names: only a whole-title pair goes.
    .replace(/^\s*__(?!_)(.+?)__\s*$/, "$1")
    .replace(/^\s*#{1,6}\s*/, "")
    .replace(/^\s*(?:\d{1,3}[.)]|[-*+])\s+/, "")
    .replace(/^\s*\[(?:critical|high|medium|moderate|low|info|informational|note|warning|error)\]\s*/i, "")
    .replace(/^(?:finding|issue|vulnerability|vuln|bug|problem|concern|defect|weakness)\s*#?\s*\d{1,3}\s*[:.—–-]*\s*/i, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * <b>, <code> and the like format a title (in <summary> lines), while <script> is content and stays;
 * status symbols before the words ("🔴 High: ...", "⚠️ Race condition") go.
 */
export function stripTitleDecoration(raw: string): string {
  return raw
    .replace(/<\/?(?:b|strong|i|em|code|kbd|samp|tt|u|s|mark|span|sub|sup|small|big|summary)(?:\s[^>]{0,100})?>/gi, "")
    .replace(/^[\s\p{Extended_Pictographic}\p{So}\uFE0F\u200D]+/u, "");
}
