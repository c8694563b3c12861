import type { CodeFile } from "./reviewedCode";

/**
 * The named units of a file: functions, methods, classes, and infrastructure resources, each with
 * the lines it spans. A reviewer who cites line 88 means "in `load_interface_driver`" to a reader
 * with the code at hand; units let grouping read lines that way.
 *
 * Language-agnostic on purpose (reviews come in every language): a definition is recognised by
 * the shape of its first line, and its extent by indentation, which nearly all code keeps
 * consistent with nesting. The unit runs until the next non-blank line indented no deeper than its
 * first line; a closing brace or `end` at that depth is its own last line.
 */

export interface CodeUnit {
  name: string;
  /** First and last line, inclusive, in the file's numbering. */
  start: number;
  end: number;
  /** Nesting depth: 0 for a top-level unit. */
  depth: number;
}

const MODIFIERS = String.raw`(?:(?:export|default|pub(?:\([^)]*\))?|public|private|protected|internal|static|final|abstract|override|async|unsafe|extern|inline|virtual|suspend|open|synchronized|func|mutating|@objc)\s+)*`;

/** The shape of a definition's first line, and how to read the unit's name from the match. */
interface DefinitionShape {
  pattern: RegExp;
  name: (m: RegExpExecArray, line: string) => string | null;
}

/** The first group, unless it is a keyword that takes an argument list. */
const firstGroup = (m: RegExpExecArray) => (NOT_DEFINITIONS.has(m[1].toLowerCase()) ? null : m[1]);

/** Definition shapes, tried in order. */
const DEFINITIONS: readonly DefinitionShape[] = [
  // def / function / func / fn / fun / sub (Python, Ruby, JS, PHP, Go with receiver, Rust, Kotlin, Elixir, Perl, Swift)
  {
    pattern: new RegExp(String.raw`^${MODIFIERS}(?:def|defp|function\*?|func|fn|fun|sub|proc)\s+(?:\([^)]*\)\s*)?(?:self\.)?([A-Za-z_$][\w$]*[?!]?)`),
    name: firstGroup,
  },
  // class-like containers
  {
    pattern: new RegExp(
      String.raw`^${MODIFIERS}(?:class|struct|interface|trait|impl|module|enum|object|protocol|extension|record|defmodule|namespace)\s+(?:<[^>]*>\s*)?([A-Za-z_]\w*(?:(?:\.|::)[A-Za-z_]\w*)*)\b(?!\s*\**\s*[A-Za-z_]\w*\s*\()`,
    ),
    name: firstGroup,
  },
  // Terraform / HCL blocks: resource "aws_s3_bucket" "uploads" {
  { pattern: /^(resource|data|module|variable|output)\s+"([^"]+)"(?:\s+"([^"]+)")?\s*\{/, name: (m) => [m[2], m[3]].filter(Boolean).join(".") },
  // JS: const handler = async (req, res) => {  /  const f = function (
  {
    pattern: /^(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:async\s+)?(?:function\b|\([^)]*\)\s*(?::[^=]+)?=>|[A-Za-z_$][\w$]*\s*=>)/,
    name: firstGroup,
  },
  // Express-style routes, anonymous handlers named by method and path: app.post("/pay", async (req, res) => {
  { pattern: /^[\w$.]+\.(get|post|put|patch|delete|all)\(\s*(['"`])(\/[^'"`]*)\2\s*,/, name: (m) => `${m[1].toUpperCase()} ${m[3]}` },
  // Shell: name() {  /  function name {
  { pattern: /^([A-Za-z_][\w-]*)\s*\(\)\s*\{?\s*$/, name: firstGroup },
  // C-family signatures: `static int parse(const char *s, size_t n) {`, `public IActionResult Login(Model m)`,
  // `Foo::bar(int x)`, `async handle(req) {`: a name, an argument list, no terminating semicolon.
  {
    pattern: new RegExp(String.raw`^${MODIFIERS}((?:[\w<>\[\],.*&?:]+\s+)*)\**([A-Za-z_~][\w]*(?:::[A-Za-z_~]\w*)*)\s*\([^;]*$`),
    name: (m, line) => signatureName(line, m[1], m[2]),
  },
];

/** Words that take an argument list but define nothing. */
const NOT_DEFINITIONS = new Set(
  "if for foreach while switch catch return else elif elsif unless until with using lock sizeof typeof new throw await yield when match case do try assert print printf echo require include defined super this self".split(
    " ",
  ),
);

const CLOSER = /^(?:[}\])]|end\b)/;

export function codeUnits(file: CodeFile): CodeUnit[] {
  const numbers = [...file.lines.keys()].sort((a, b) => a - b);
  const units: CodeUnit[] = [];
  const open: { unit: CodeUnit; indent: number }[] = [];
  for (const n of numbers) {
    const text = file.lines.get(n)!;
    if (text.trim() === "") continue;
    const indent = indentation(text);
    // An Allman-style brace on the line after a signature opens that unit's body.
    const opensLastUnit = text.trim() === "{" && open.length > 0 && indent === open[open.length - 1].indent;
    while (!opensLastUnit && open.length > 0 && indent <= open[open.length - 1].indent) {
      const top = open.pop()!;
      if (indent === top.indent && CLOSER.test(text.trim())) top.unit.end = n;
    }
    for (const o of open) o.unit.end = n;
    const name = definedName(text.trim());
    if (name === null) continue;
    const unit = { name, start: n, end: n, depth: open.length };
    units.push(unit);
    open.push({ unit, indent });
  }
  return units;
}

/** The units that hold a line range, innermost first. */
export function unitsHolding(units: readonly CodeUnit[], start: number, end: number): CodeUnit[] {
  return units.filter((u) => u.start <= start && end <= u.end).sort((a, b) => b.depth - a.depth);
}

export function definedName(line: string): string | null {
  for (const { pattern, name } of DEFINITIONS) {
    const m = pattern.exec(line);
    if (!m) continue;
    if (/;\s*$/.test(line)) return null; // a declaration (prototype, `namespace X;`), not a body
    return name(m, line);
  }
  return null;
}

/**
 * A C-family signature, told from a call statement (`render(request, page)` in Python or JS has no
 * semicolon either): a definition has a return type before its name, or opens its body on the line.
 */
function signatureName(line: string, typePrefix: string, name: string): string | null {
  const prefix = typePrefix.trim().split(/\s+/).filter(Boolean);
  if (NOT_DEFINITIONS.has(name.toLowerCase()) || prefix.some((t) => /[^:]:$/.test(t) || NOT_DEFINITIONS.has(t.toLowerCase()) || STATEMENT_WORDS.has(t))) return null;
  return prefix.length > 0 || OPENS_BODY.test(line) ? name : null;
}

const STATEMENT_WORDS = new Set(["else", "go", "defer", "delete", "not", "and", "or", "in", "is"]);
/** `) {`, `) throws IOException {`, `): Promise<void> {`, `) -> Result<()> {`, `) const {` */
const OPENS_BODY = /\)\s*(?:(?:const|throws\s+[\w.,\s]+|:\s*[^{]+|->\s*[^{]+|where\s+[^{]+))?\s*\{\s*$/;

function indentation(line: string): number {
  const lead = /^[ \t]*/.exec(line)![0];
  return lead.replace(/\t/g, "    ").length;
}
