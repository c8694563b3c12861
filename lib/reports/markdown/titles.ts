import { PRIORITY_WORD } from "../../findings/severity";

/** "[P1] ...", "[Sev: 2] ...", "[H-01] ...", "[M-02] ...": a ticket's priority, an audit's finding id. */
const PRIORITY_OR_ID_TAG = new RegExp(String.raw`^\s*\[(?:${PRIORITY_WORD}|[A-Z]{1,2}-\d{1,3})\]\s*`);

/** Markdown decoration and numbering off a title: "### 1. **SQL Injection**:", "### 3.1 SQL Injection" → "SQL Injection". */
export function cleanTitle(raw: string): string {
  return stripTitleDecoration(raw)
    .replace(/\*\*/g, "")
    // "__Title__" is bold, but `__init__` and `window.__proto__` are names: only a whole-title pair goes.
    .replace(/^\s*__(?!_)(.+?)__\s*$/, "$1")
    .replace(/^\s*#{1,6}\s*/, "")
    .replace(/^\s*(?:\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3}){1,3}\.?|[-*+])\s+/, "")
    .replace(/^\s*\[(?:critical|high|medium|moderate|low|info|informational|note|warning|error)\]\s*/i, "")
    .replace(PRIORITY_OR_ID_TAG, "")
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

/** "Step 3: ", "Part 2 — ": the place of a section in a step-by-step answer, not part of its name. */
export const STEP = String.raw`(?:\d+[.)]\s*)?(?:(?:step|part|phase|stage)\s*\d{1,2}\s*[:.)—–-]\s*)?`;
/**
 * Headings whose sections never hold findings of their own: frame, praise, and recaps of findings
 * told in detail elsewhere. "Context" and its like only alone or joined ("Context and scope"):
 * "Context Isolation Disabled" is an Electron finding.
 */
const NON_FINDING_TITLE = new RegExp(
  String.raw`^${STEP}` +
  /(?:summary|executive summary|conclusions?|overall|(?:overview|introduction|scope|methodology|context|background)(?=\s*(?:$|[:(&—–]|-\s|and\b|of\b|\d))|positive (?:aspects|observations|notes|findings|points)|positives|(?:security )?strengths|good (?:practices|points|things)|what(?:'s|’s| is| was| looks| works)?(?: done)? (?:good|well|right|nicely)|what works|things (?:that (?:are|were) )?(?:done )?(?:well|right)|(?:done|handled) (?:well|right|correctly)|well done|(?:checks?|tests?|controls?) (?:that )?passed|passed checks|passing checks|recommendations?|general recommendations|remediation (?:plan|roadmap|priorit\w*)|(?:recommended|suggested|proposed) (?:priorit\w*|order(?: of (?:work|fixes))?|fix order)|(?:priorities|prioriti[sz]ation)\s*:?$|order of (?:work|fixes)|fix order|next steps|references|non-?issues|not (?:an? )?(?:issues?|vulnerabilit(?:y|ies)|concerns?)|not flagged|(?:what |things )?i (?:did not|didn't) flag|not reported|no action (?:needed|required)|false positives?|dismissed|out of scope|non-?findings|final (?:thoughts|notes|verdict)|bottom line|(?:key )?takeaways?|wrap-?up|general (?:[\w-]+ ){0,3}observations|(?:remediation |security |review )?checklist|disclaimer|(?:severity |rating |risk )?(?:legend|scale)|tl;?dr|table of contents|contents|how (?:these|they|the (?:findings|issues)) (?:combine|chain|fit together|interact))\b|\b(?:summary|overview|at a glance|table of contents)\s*:?$/.source,
  "i",
);

/**
 * The same sections in the other languages reviews come in: "Conclusione", "Fazit",
 * "Zusammenfassung", "Заключение", "Note positive", "Pontos positivos", "Mocne strony".
 */
const NON_FINDING_TITLE_ELSEWHERE =
  /^(?:\d{1,3}[.)]\s*)?(?:conclusi[oó]n[ei]?s?|conclus[aã]o|conclusie|fazit|zusammenfassung|samenvatting|podsumowanie|wnioski|sonu[cç]|özet|riepilogo|riassunto|resumen|resumo|r[ée]sum[ée]|заключение|итог(?:и)?|выводы|резюме|(?:короткий |загальний )?висновк?(?:и|ок)|підсум(?:ок|ки)|סיכום|מסקנ(?:ה|ות)|(?:ال)?خلاصة|(?:ال)?ملخص|(?:ال)?استنتاج(?:ات)?|结论|总结|まとめ|結論|결론|요약|yhteenveto|johtopäätö(?:s|kset)|συμπέρασμα|σύνοψη|περίληψη|concluzi[ei]|rezumat|kesimpulan|ringkasan|z[áa]v[ěe]r|zhrnutie|shrnutí|išvad(?:a|os)|santrauka|konklusion|opsummering|összegzés|következtetés|conclusió|resum|kết luận|tóm tắt|(?:note|aspetti|punti) positiv[ie]|punti di forza|positive (?:aspekte|punkte)|pluspunkte|aspectos positivos|pontos positivos|points positifs|mocne strony|plusy|positieve punten|olumlu (?:yönler|noktalar)|положительные (?:моменты|стороны)|что (?:сделано )?хорошо|o que (?:está|esta|ficou) (?:bom|bem)|lo que (?:está|esta) bien|ce qui (?:va|est) bien|was gut (?:ist|läuft)|cosa va bene|pontos fortes|puntos fuertes|points forts|stärken)(?![\p{L}\d])/iu;

/** "Re: [Code Review] Shop server script – is this exploit-proof?": the subject of a reply, over its opening. */
const REPLY_SUBJECT = /^(?:re|fwd?|aw|sv)\s?:\s/i;

/** A heading or category title whose section holds no findings of its own ("Summary", "What's done well", "General observations"). */
export function isNonFindingTitle(title: string): boolean {
  return NON_FINDING_TITLE.test(title) || NON_FINDING_TITLE_ELSEWHERE.test(title) || REPLY_SUBJECT.test(title);
}
