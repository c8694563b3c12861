import { Worker } from "node:worker_threads";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReportError } from "../../../lib/reports/errors";
import { defuse } from "../../../lib/reports/markdown/parseMarkdownTree";
import { expectSpan, returnsOrReportError, review, type Reviewed } from "./helpers";
import type { Outcome } from "./hostileRun";

// Hostile reports: whatever a user uploads, parsing must return or throw a ReportError, never hang
// or crash. No timing assertions here: the per-test timeout is the only bound (speed is measured
// elsewhere). vitest.config.ts raises the default timeout to 30 s for database tests, so these
// tests set vitest's stock 5 s explicitly.
//
// The slow-prone inputs are parsed in a worker thread: a synchronous parse that runs away would
// otherwise block vitest itself until it finished (minutes), instead of failing at the timeout.
// Loading the parser into the worker happens in beforeEach, outside the test's bound.
const BOUND = { timeout: 5_000 };

let worker: Worker | null = null;

function useWorker(): void {
  beforeEach(async () => {
    worker = new Worker(new URL("./hostileWorker.mjs", import.meta.url));
    await new Promise<void>((resolve, reject) => {
      worker!.once("message", () => resolve());
      worker!.once("error", reject);
    });
  }, 60_000);

  afterEach(async () => {
    await worker?.terminate();
    worker = null;
  });
}

/** Parse + normalize `text` in the worker; checks defuse() kept its length and the outcome is sane. */
async function survives(text: string, fileName = "x.md"): Promise<Outcome> {
  const outcome = await new Promise<Outcome>((resolve, reject) => {
    worker!.once("message", resolve);
    worker!.once("error", reject);
    worker!.postMessage({ text, fileName });
  });
  expect(outcome.defusedLength, "defuse() must keep every offset").toBe(text.length);
  if (outcome.kind === "thrown") {
    expect(outcome.reportError, `threw ${outcome.name}: ${outcome.message}`).toBe(true);
  } else {
    for (const finding of outcome.findings) {
      expect(finding.span.start).toBeGreaterThanOrEqual(0);
      expect(finding.span.end).toBeLessThanOrEqual(text.length);
      expect(finding.span.start).toBeLessThanOrEqual(finding.span.end);
      expect(finding.title.length).toBeGreaterThan(0);
      expect(finding.title.length).toBeLessThanOrEqual(200);
    }
  }
  return outcome;
}

describe("hostile markdown: structure that makes parsers slow", () => {
  useWorker();

  it("28 KB of nested emphasis", BOUND, async () => {
    await survives("*a **b ".repeat(3500));
  });

  it("a 5,000-deep nested list", BOUND, async () => {
    const text = Array.from({ length: 5000 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n");
    await survives(text);
  });

  it("5,000 nested blockquote markers", BOUND, async () => {
    await survives(`${">".repeat(5000)} quoted SQL injection finding\n`);
  });

  it("a 100 KB run of spaces in the middle of a line", BOUND, async () => {
    await survives(`The parser copies the key${" ".repeat(100_000)}into a fixed buffer.\n`);
  });

  it("a 100 KB run of spaces inside a list item", BOUND, async () => {
    await survives(`- Risk${" ".repeat(100_000)}\n  is high here\n`);
  });

  // Shapes met since: a table check, a file's name over notes, an IAM notation, trailing spaces, CRLF.
  it("4 MB of spaces before one character (one block longer than a paragraph may be)", BOUND, async () => {
    await survives(`${" ".repeat(4_000_000)}x`);
  });

  it("a file's name with 100 KB of spaces over labelled notes", BOUND, async () => {
    await survives(`app.ts${" ".repeat(100_000)}x\n:5  token in source\n:9  eval of input\n`);
  });

  it("an IAM action with 20 KB of spaces before its value", BOUND, async () => {
    await survives(`**Wildcard grant**: Action:${" ".repeat(20_000)}x and the role is admin (line 4)\n`);
  });

  it("1.5 million CRLF lines of trailing spaces", BOUND, async () => {
    await survives(" \r\n".repeat(1_500_000));
  });

  it("5,000 long lines that look almost like Perl::Critic's", BOUND, async () => {
    await survives(Array.from({ length: 5_000 }, () => `${"x: ".repeat(100)} at line 3, column 1. See page 4 of PBP.`).join("\n"), "x.txt");
  });

  it("10,000 lines that look like linters' diagnostics, each with 2,000 spaces before its end", BOUND, async () => {
    await survives(Array.from({ length: 10_000 }, (_, i) => `src/a.py:${i + 1}:1: warning:${" ".repeat(2_000)}x`).join("\n"), "lint.txt");
  });

  it("5,000 lines that look almost like KubeLinter's, Slither's and rustc's, each with 3,000 spaces inside", BOUND, async () => {
    const pad = " ".repeat(3_000);
    const lines = Array.from({ length: 5_000 }, (_, i) =>
      [`a.yaml: (object: ns/x apps/v1, Kind=Deployment) m${pad} (check: c`, `Vault.f() (a.sol#${i})${pad}x`, `warning[x]: y\n  -->${pad}a.rs:${i}`][i % 3],
    );
    await survives(`INFO:Detectors:\n${lines.join("\n")}\nReference: https://github.com/crytic/slither/wiki/x#y\n`, "scan.txt");
  });

  // XML scanner reports (lib/reports/xml.ts): size, depth and entities.
  it("an XML report of 10,000 results", BOUND, async () => {
    const errors = Array.from({ length: 10_000 }, (_, i) => `<error line="${i + 1}" severity="warning" message="Unexpected console statement." source="no-console"/>`).join("\n");
    const outcome = await survives(`<?xml version="1.0"?>\n<checkstyle><file name="a.js">\n${errors}\n</file></checkstyle>`, "lint.xml");
    expect(outcome.kind === "parsed" && outcome.findings.length).toBe(10_000);
  });

  it("an XML attribute of 5 MB, and 50,000 nested elements", BOUND, async () => {
    await survives(`<?xml version="1.0"?>\n<checkstyle><file name="a.js"><error line="1" message="${"m".repeat(5_000_000)}"/></file></checkstyle>`, "lint.xml");
    const deep = await survives(`<?xml version="1.0"?>\n${"<a>".repeat(50_000)}${"</a>".repeat(50_000)}`, "deep.xml");
    expect(deep.kind).toBe("thrown");
  });

  it("an XML document that declares a billion laughs", BOUND, async () => {
    const entities = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join("");
    const outcome = await survives(`<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY l0 "lol">${entities}]>\n<r><error line="1" message="&l10;"/></r>`, "laughs.xml");
    expect(outcome.kind).toBe("thrown");
  });
});

describe("hostile YAML, CSV and HTML reports", () => {
  useWorker();

  it("a .yaml report of 50,000 nested sequences, and one of aliases that would multiply", BOUND, async () => {
    await survives(`findings: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n`, "deep.yaml");
    const laughs = Array.from({ length: 10 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(", ")}]`).join("\n");
    await survives(`l0: &l0 lol\n${laughs}\nfindings:\n  - title: SQL injection\n    detail: *l10\n`, "laughs.yaml");
  });

  it("a .csv of 10,000 rows without a delimiter, and one unclosed quote over 2 MB", BOUND, async () => {
    await survives(`Title,Severity,File\n${"x".repeat(20).concat("\n").repeat(10_000)}`, "export.csv");
    await survives(`Title,Severity,File\n"${"a,b\n".repeat(500_000)}`, "export.csv");
  });

  it("an HTML page of 100,000 unclosed scripts and comments, and a list of 2,000 items", BOUND, async () => {
    await survives(`<html><body>${"<script>x <!-- y ".repeat(100_000)}</body></html>`, "page.html");
    const outcome = await survives(`<html><body><ul>${"<li><b>SQL injection in search</b> <code>q</code> is unescaped</li>".repeat(2_000)}</ul></body></html>`, "page.html");
    expect(outcome.kind === "parsed" && outcome.findings.length).toBeGreaterThan(0);
  });

  it("a ```yaml answer of 10,000 findings", BOUND, async () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => `  - title: Finding ${i}\n    line: ${i + 1}`).join("\n");
    const outcome = await survives(`\`\`\`yaml\nfindings:\n${entries}\n\`\`\`\n`, "answer.md");
    expect(outcome.kind === "parsed" && outcome.findings.length).toBe(10_000);
  });
});

describe("hostile markdown: backtracking bait for the normalization regexes", () => {
  useWorker();

  it('a 200 KB line of "Line 1-" repeated', BOUND, async () => {
    await survives("Line 1-".repeat(Math.ceil(200_000 / 7)));
  });

  it('"CWE-" repeated 50,000 times', BOUND, async () => {
    await survives("CWE-".repeat(50_000));
  });

  it("an unclosed bold title 50,000 characters long ending in '(Line'", BOUND, async () => {
    await survives(`**${"a".repeat(50_000)} (Line`);
  });

  it('"Lines " followed by 20,000 "1, "', BOUND, async () => {
    await survives(`Lines ${"1, ".repeat(20_000)}`);
  });

  it("the same bait inside a list item that is a finding", BOUND, async () => {
    const text = `1. **SQL injection in search** (Lines ${"1, ".repeat(20_000)})\n   - **Issue**: The term is concatenated into the query. ${"CWE-".repeat(20_000)}\n`;
    const outcome = await survives(text);
    if (outcome.kind === "parsed") {
      expect(outcome.findings.map((f) => f.title)).toEqual(["SQL injection in search"]);
      expect(outcome.findings[0].lines[0]).toEqual({ start: 1, end: 1 });
    }
  });
});

describe("hostile markdown: markup in titles stays plain text", () => {
  const text = `## Findings

1. **Stored XSS via <script>alert(1)</script> in comment body** (Line 14)
   - **Issue**: Comments are inserted into the page with \`innerHTML\`, so a comment containing a script tag runs in every reader's browser.
   - **Solution**: Use \`textContent\` or escape the comment server-side.

2. **Profile link accepts [x](javascript:alert(1)) URLs** (Line 31)
   - **Issue**: The \`website\` field is rendered as a link without checking its scheme, which allows script execution on click.
   - **Solution**: Allow only http and https URLs.

### <img src=x onerror=alert(1)> accepted as avatar alt text

The \`alt\` attribute is built by string concatenation, so an attacker can inject markup into the profile page.
`;

  it("keeps <script> and javascript: links verbatim in titles, without crashing", BOUND, () => {
    expect(defuse(text).length).toBe(text.length);
    const result = returnsOrReportError(() => review(text));
    expect(result).not.toBeInstanceOf(ReportError);
    const { findings } = result as Reviewed;
    expect(findings.map((f) => f.title)).toEqual([
      "Stored XSS via <script>alert(1)</script> in comment body",
      "Profile link accepts [x](javascript:alert(1)) URLs",
      "<img src=x onerror=alert(1)> accepted as avatar alt text",
    ]);
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 14, end: 14 }], [{ start: 31, end: 31 }], []]);
    expectSpan(text, findings[0], "1. **Stored XSS via <script>alert(1)</script>", ["`textContent`"], ["2. **Profile"]);
    expectSpan(text, findings[2], "### <img src=x onerror=alert(1)>", ["inject markup"]);
  });
});

describe("defuse", () => {
  it("leaves an ordinary review untouched", () => {
    const text = "## Findings\n\n1. **Path traversal** (Line 43)\n   - **Issue**: `../` is not rejected.\n";
    expect(defuse(text)).toBe(text);
  });

  it("keeps every offset when it rewrites emphasis floods and deep nesting", () => {
    const flood = `Intro paragraph.\n\n${"*a **b ".repeat(3500)}\n\n${Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n")}\n\nTail with **bold**.`;
    const out = defuse(flood);
    expect(out.length).toBe(flood.length);
    expect(out).not.toBe(flood);
    // Text outside the overloaded blocks is kept as it was, at the same place.
    expect(out.startsWith("Intro paragraph.\n\n")).toBe(true);
    expect(out.endsWith("\n\nTail with **bold**.")).toBe(true);
    // Line breaks of the original are all kept (the parser's copy may gain some: long blocks are cut).
    const newlines = (t: string) => [...t].map((c, i) => (c === "\n" ? i : -1)).filter((i) => i >= 0);
    expect(newlines(out)).toEqual(expect.arrayContaining(newlines(flood)));
  });
});
