import { describe, expect, it } from "vitest";
import { extractLines, hullOf, parseLineValue } from "../../lib/findings/lines";

describe("extractLines: line references as reviewers write them", () => {
  it("reads single lines and ranges", () => {
    expect(extractLines("Line 43: execute = utils.execute")).toEqual([{ start: 43, end: 43 }]);
    expect(extractLines("Lines 87-93: the function loads a class")).toEqual([{ start: 87, end: 93 }]);
    expect(extractLines("see lines 120–124 in handler.go")).toEqual([{ start: 120, end: 124 }]);
    expect(extractLines("L106-L109 build the shell command")).toEqual([{ start: 106, end: 109 }]);
    expect(extractLines("**Dynamic Code Execution** (Line 87-89)")).toEqual([{ start: 87, end: 89 }]);
    expect(extractLines("on line 12 to 15")).toEqual([{ start: 12, end: 15 }]);
  });

  it("reads lists of lines and ranges", () => {
    expect(extractLines("the value is used unchecked on lines 74 and 79")).toEqual([
      { start: 74, end: 74 },
      { start: 79, end: 79 },
    ]);
    expect(extractLines("Lines 32-36, 47-51: both queries")).toEqual([
      { start: 32, end: 36 },
      { start: 47, end: 51 },
    ]);
    expect(extractLines("line 12, 15")).toEqual([
      { start: 12, end: 12 },
      { start: 15, end: 15 },
    ]);
  });

  it("uses only the first reference", () => {
    expect(extractLines("Line 10 reads the header; line 99 writes it.")).toEqual([{ start: 10, end: 10 }]);
  });

  it("reads a line named in another language", () => {
    expect(extractLines("第 38 行：API token 写死在代码里。")).toEqual([{ start: 38, end: 38 }]);
    expect(extractLines("第31-47行：配置是通过 http 明文拉取的")).toEqual([{ start: 31, end: 47 }]);
    expect(extractLines("38 行目でトークンをログに出力しています")).toEqual([{ start: 38, end: 38 }]);
    expect(extractLines("Menor: na linha 42 o cookie de sessão não tem secure")).toEqual([{ start: 42, end: 42 }]);
    expect(extractLines("In Zeile 17 bis 19 wird das Passwort geloggt")).toEqual([{ start: 17, end: 19 }]);
    expect(extractLines("la línea 120 concatena la consulta")).toEqual([{ start: 120, end: 120 }]);
    expect(extractLines("Переполнение при сборке фрагментов (строки 86-93).")).toEqual([{ start: 86, end: 93 }]);
    expect(extractLines("syslog на строке 100 получает строку")).toEqual([{ start: 100, end: 100 }]);
    expect(extractLines("w linii 17 token trafia do logu")).toEqual([{ start: 17, end: 17 }]);
    expect(extractLines("42. satırda parola loglanıyor")).toEqual([{ start: 42, end: 42 }]);
    expect(extractLines("Publieke leesrechten (regel 68-72)")).toEqual([{ start: 68, end: 72 }]);
    expect(extractLines("Riadky 40-44: token sa zapisuje do logu")).toEqual([{ start: 40, end: 44 }]);
    expect(extractLines("Στη γραμμή 42 ο κωδικός γράφεται στο log")).toEqual([{ start: 42, end: 42 }]);
    expect(extractLines("pe rândul 17 parola este scrisă")).toEqual([{ start: 17, end: 17 }]);
    expect(extractLines("linje 12-14 logger tokenet")).toEqual([{ start: 12, end: 14 }]);
    // The number first: Lithuanian and Hungarian.
    expect(extractLines("Slaptažodis įrašomas į žurnalą (55 eilutė).")).toEqual([{ start: 55, end: 55 }]);
    expect(extractLines("A 42. sorban a jelszó a naplóba kerül")).toEqual([{ start: 42, end: 42 }]);
    // A word that merely ends like one is no line reference.
    expect(extractLines("the tirade 5 times")).toEqual([]);
    // English still comes first.
    expect(extractLines("Line 43, see also linha 50")).toEqual([{ start: 43, end: 43 }]);
  });

  it("gives [] when the text names no line", () => {
    expect(extractLines("The cookie lacks the HttpOnly flag.")).toEqual([]);
    expect(extractLines("Upgrade to TLS 1.3 and Python 3.12.")).toEqual([]);
    expect(extractLines("")).toEqual([]);
  });

  it("ignores line 0 and reads a backwards range as its start", () => {
    expect(extractLines("Line 0")).toEqual([]);
    expect(extractLines("lines 50-40")).toEqual([{ start: 50, end: 50 }]);
  });
});

describe("parseLineValue: lines from a structured field", () => {
  it("reads bare numbers and ranges", () => {
    expect(parseLineValue("48-50")).toEqual([{ start: 48, end: 50 }]);
    expect(parseLineValue("73")).toEqual([{ start: 73, end: 73 }]);
    expect(parseLineValue(" 73 ")).toEqual([{ start: 73, end: 73 }]);
    expect(parseLineValue("L71")).toEqual([{ start: 71, end: 71 }]);
    expect(parseLineValue("10 to 12")).toEqual([{ start: 10, end: 12 }]);
  });

  it("reads written references and lists", () => {
    expect(parseLineValue("Line 43")).toEqual([{ start: 43, end: 43 }]);
    expect(parseLineValue("`write_entry`, L71")).toEqual([{ start: 71, end: 71 }]);
    expect(parseLineValue("12, 15-16")).toEqual([
      { start: 12, end: 12 },
      { start: 15, end: 16 },
    ]);
  });

  it("gives [] for a value with no line in it", () => {
    expect(parseLineValue("")).toEqual([]);
    expect(parseLineValue("n/a")).toEqual([]);
    expect(parseLineValue("`serveAsset`")).toEqual([]);
  });
});

describe("hullOf", () => {
  it("covers every range", () => {
    expect(hullOf([{ start: 47, end: 51 }, { start: 32, end: 36 }])).toEqual({ start: 32, end: 51 });
    expect(hullOf([{ start: 9, end: 9 }])).toEqual({ start: 9, end: 9 });
  });

  it("is null for no ranges", () => {
    expect(hullOf([])).toBeNull();
  });
});

describe("extractLines: more ways of writing a line", () => {
  it('reads "Line(s):" fields and a number in parentheses', () => {
    expect(extractLines("Line(s): 10-12")).toEqual([{ start: 10, end: 12 }]);
    expect(extractLines("This line (71) writes the password to the log.")).toEqual([{ start: 71, end: 71 }]);
  });
});

describe("line references inside markdown emphasis", () => {
  it('reads "**Lines:** 35-39" and "- **Line(s)**: 15" as reviewers write them in field lists', () => {
    expect(extractLines("**Lines:** 35-39")).toEqual([{ start: 35, end: 39 }]);
    expect(extractLines("- **Line(s)**: 15")).toEqual([{ start: 15, end: 15 }]);
    expect(extractLines("**Line**: 7 · **Severity**: high")).toEqual([{ start: 7, end: 7 }]);
  });
});

describe("extractLines: files named without an extension", () => {
  it("reads `Dockerfile:24` and `Makefile:3` as a file and its line", () => {
    expect(extractLines("Remote debugging port exposed (`Dockerfile:24`)")).toEqual([{ start: 24, end: 24 }]);
    expect(extractLines("see Makefile:3-4")).toEqual([{ start: 3, end: 4 }]);
  });

  it("reads ':24/:27' under a named file as two lines", () => {
    expect(extractLines(":24/:27   9229 exposed")).toEqual([{ start: 24, end: 24 }, { start: 27, end: 27 }]);
  });
});
