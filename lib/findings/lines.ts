import { squeezeWhitespace } from "./squeezeWhitespace";
import type { LineRange } from "./types";

/**
 * Line references as reviewers write them: "Line 43", "Lines 87-93", "lines 74 and 79",
 * "L106-L109", "(Line 87-89)", "line 12, 15", "Line(s): 10-12", "this line (71)". Only bounded patterns: no
 * backtracking blow-up.
 */
const LINE_REF =
  /\b(?:lines?(?:\(s\))?(?:\s*\()?|ln|l)\s*(?:\*\*|__)?\s*[.:#]?\s*(?:\*\*|__)?\s*(\d{1,6})(?:\s*(?:-|–|—|to|through|\.\.)\s*l?(\d{1,6}))?((?:\s*(?:,|and|&|\/)\s*l?\d{1,6}(?:\s*(?:-|–)\s*l?\d{1,6})?){0,8})/gi;
const EXTRA_RANGE = /l?(\d{1,6})(?:\s*(?:-|–)\s*l?(\d{1,6}))?/gi;

/**
 * "parser.c:88", "src/app.py:120-124", "login.ts:14/17", "session.cpp:124, :137, :142", "Dockerfile:5": a file and
 * line(s), as tools and terse reviewers write them.
 */
const FILE_LINE = /(?:[\w.-]\.[A-Za-z]{1,5}|\b(?:Dockerfile|Containerfile|Makefile|Jenkinsfile|Vagrantfile|Gemfile|Procfile|Rakefile)):(\d{1,6})(?:-(\d{1,6}))?(?:\/(\d{1,6}))?((?:,[ \t]*:\d{1,6}(?:-\d{1,6})?){0,8})\b/;
const MORE_FILE_LINES = /:(\d{1,6})(?:-(\d{1,6}))?/g;

/** ":65 permit! - no.", ":24/:27 ...": a review note on a line of the file named in the note above it. */
const LINE_OF_NAMED_FILE = /(?:^|\n)[ \t]*:(\d{1,6})(?:-(\d{1,6}))?(?:\/:?(\d{1,6}))?\s/;

/**
 * "Line(s)" in other languages: "Zeile", "linha", "línea", "ligne", "riga/righe", "regel", "rad",
 * "linje", "rivi", "wiersz/linia", "строка", "γραμμή", "satır", "baris", "dòng", "řádek", "riadok", "rândul". Exported for the segmenter,
 * which reads "**Righe 88–90**" under a heading as the finding's place, as it does "**Lines 88-90**".
 */
export const FOREIGN_LINE_WORD = String.raw`(?:zeilen?|linhas?|l[íi]neas?|lignes?|righe|riga|regels?|rad|rivi(?:t|llä|lle)?|wiersz[ue]?|wierszach|lini[ia]|linie|l[íi]nies|linjer?|linjen|строк[аиеу]?|строках|γραμμ(?:ή|ές|ής|ών|η|ες)|satır(?:lar)?(?:da|ında)?|baris|dòng|řád(?:ek|ky|ku|cích)|riad(?:ok|ky|ku|koch)|rândul(?:ui)?|rândurile)`;

/**
 * A line named in another language: "Zeile 42", "linha 42", "línea 42-45", "ligne 42", "riga 42",
 * "строки 10–12", "wiersz 42"; "第 38 行", "第31-47行", "38 行目", "42행", "42번째 줄"; the number first in
 * Turkish, Hungarian and Lithuanian: "42. satırda", "42. sorban", "97 eilutė".
 * Letters are not word characters to \b outside ASCII, so a lookbehind marks the word's start.
 */
const FOREIGN_LINE_REF = new RegExp(
  String.raw`(?:(?<![\p{L}\d_])${FOREIGN_LINE_WORD}\s*[.:#]?\s*(\d{1,6})(?:\s*(?:-|–|—|bis|até|hasta|à|au|a|do|по)\s*(\d{1,6}))?(?![\p{L}\d]))|(?:第\s*(\d{1,6})\s*(?:[-–~～至到]\s*(\d{1,6})\s*)?行)|(?:(\d{1,6})\s*(?:[-–~～]\s*(\d{1,6})\s*)?(?:行目|行|행|번째\s*줄))|(?:(?<![\p{L}\d_])(\d{1,6})(?:\s*[-–]\s*(\d{1,6}))?(?:\.\s*(?:satır|sor(?:ban|ok|okban|a)?(?![\p{L}]))|\s*eilut(?:ė|ės|ėje|ėse)))`,
  "iu",
);

/** Ranges named by the first line reference in the text ("line 43"), else by a file:line location. */
export function extractLines(text: string): LineRange[] {
  LINE_REF.lastIndex = 0;
  const sample = squeezeWhitespace(text.slice(0, 20_000));
  const match = LINE_REF.exec(sample);
  const foreign = match ? null : FOREIGN_LINE_REF.exec(sample);
  if (foreign) {
    const [start, end] = [foreign[1] ?? foreign[3] ?? foreign[5] ?? foreign[7], foreign[2] ?? foreign[4] ?? foreign[6] ?? foreign[8]];
    return [range(start, end)].filter((r): r is LineRange => r !== null);
  }
  if (!match) {
    const fileLine = FILE_LINE.exec(sample) ?? LINE_OF_NAMED_FILE.exec(sample);
    if (!fileLine) return [];
    const ranges = [range(fileLine[1], fileLine[2]), fileLine[3] ? range(fileLine[3], undefined) : null];
    for (const more of (fileLine[4] ?? "").matchAll(MORE_FILE_LINES)) ranges.push(range(more[1], more[2]));
    return ranges.filter((r): r is LineRange => r !== null);
  }
  const ranges = [range(match[1], match[2])];
  if (match[3]) for (const extra of match[3].matchAll(EXTRA_RANGE)) ranges.push(range(extra[1], extra[2]));
  return ranges.filter((r): r is LineRange => r !== null);
}

/** Lines given in a structured field: "48-50", "73", 73, [48, 50], {start, end}. */
export function parseLineValue(value: string): LineRange[] {
  const direct = /^\s*l?(\d{1,6})(?:\s*(?:-|–|to)\s*l?(\d{1,6}))?\s*$/i.exec(squeezeWhitespace(value.slice(0, 200)));
  if (direct) return [range(direct[1], direct[2])].filter((r): r is LineRange => r !== null);
  return extractLines(/\blines?\b|\bl\d/i.test(value) ? value : `lines ${value}`);
}

function range(startText: string, endText: string | undefined): LineRange | null {
  const start = Number(startText);
  const end = endText ? Number(endText) : start;
  if (!(start > 0)) return null;
  return end >= start ? { start, end } : { start, end: start };
}

/** The smallest range covering them all, for places that show one range. */
export function hullOf(ranges: LineRange[]): LineRange | null {
  if (ranges.length === 0) return null;
  return { start: Math.min(...ranges.map((r) => r.start)), end: Math.max(...ranges.map((r) => r.end)) };
}
