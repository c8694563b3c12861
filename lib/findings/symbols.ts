import { importedModules } from "./importWarnings";

/**
 * Code symbols a finding names: `backticked` code, dotted names (eventlet.sleep), snake_case
 * identifiers (load_interface_driver), calls (get_user()) and CamelCase class names. These are the
 * strongest hint that two reviewers talk about the same place in the code.
 */
const MAX_SYMBOLS = 24;
const BACKTICKED = /`([^`\n]{1,80})`/g;
const DOTTED = /\b[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)+(?:\(\))?/g;
const SNAKE = /\b[A-Za-z][A-Za-z0-9]*_\w*[A-Za-z0-9]\b(?:\(\))?/g;
const URL = /\b[a-z][a-z0-9+.-]{1,20}:\/\/\S{0,2000}/gi;
const CALL = /\b[A-Za-z_$][\w$]{2,}\(\)/g;
const CAMEL = /\b[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+\b/g;
/**
 * "[clang-analyzer-cplusplus.NewDelete]", "[-Wformat-security]": a check's dashed name in brackets
 * at the end of a message line (not a list in code, "[aws_security_group.app.id]").
 */
const CHECK_TAG = /(?<=\s)\[-?[A-Za-z]\w*(?:\.\w+)*-[\w.-]+\](?=[ \t]*$)/gm;
/** Dotted things that are prose or files, not code. */
const NOT_A_SYMBOL = /^(?:e\.g|i\.e|etc|vs|a\.k\.a|u\.s)$/i;

/**
 * A source file's name ("auth.ts", "views.py", "show.html.erb"): where a finding is rather than
 * code it names.
 */
const SOURCE_FILE_NAME =
  /^[\w./-]*\.(?:[jt]sx?|mjs|cjs|py|rb|go|c|h|cc|cpp|cxx|hpp|hh|java|kt|kts|cs|php|rs|swift|m|mm|ex|exs|erb|haml|jsp|html?|vue|svelte|ya?ml|json|xml|tf|hcl|sh|bash|ps1|psm1|sql|gradle|plist|toml|ini|cfg|conf|properties|md|txt|lock|rego|lua|pl|pm|cgi|scala|sol|dart|groovy|ejs|hbs|twig|cshtml|aspx|proto|graphql|gql|bicep|jsonnet|ipynb|j2|jinja2?|tpl)$/i;

export function isFileName(symbol: string): boolean {
  return SOURCE_FILE_NAME.test(symbol.trim());
}

export function extractSymbols(text: string): string[] {
  const found = new Set<string>();
  const add = (raw: string) => {
    const symbol = cleanSymbol(raw);
    if (symbol && found.size < MAX_SYMBOLS) found.add(symbol);
  };
  const sample = text.slice(0, 20_000);
  for (const m of sample.matchAll(BACKTICKED)) if (isIdentifierLike(m[1])) add(m[1]);
  // Host names in links, the code inside fences and a tool's check name after its message
  // ("... freed [clang-analyzer-cplusplus.NewDelete]") are not names the reviewer points at.
  const prose = sample.replace(/```[\s\S]*?```/g, " ").replace(URL, " ").replace(CHECK_TAG, " ");
  for (const pattern of [DOTTED, SNAKE, CALL, CAMEL]) for (const m of prose.matchAll(pattern)) add(m[0]);
  for (const module of importedModules(prose)) add(module);
  return [...found];
}

/**
 * "accessing undefined variable 'claims'", "Found global variable 'Global:LogPath'", "Parameter
 * '$Password' should not use String type": a linter's message quotes the names it is about. Only
 * a tool's message is read so: in a reviewer's prose, quotes hold words ("the 'admin' role").
 */
export function quotedNames(message: string): string[] {
  const names: string[] = [];
  for (const m of message.slice(0, 2_000).matchAll(/(?<![\w'])['‘"“]([$@]?[A-Za-z_][\w:.$-]{0,60})['’"”](?![\w'])/g)) {
    const symbol = cleanSymbol(m[1]);
    if (symbol && names.length < MAX_SYMBOLS) names.push(symbol);
  }
  return names;
}

function cleanSymbol(raw: string): string | null {
  // "raffle.move#L57-L59": a file and its lines, as a link to them writes it; the lines are no name.
  const symbol = raw.trim().replace(/^[@$]/, "").replace(/#L\d{1,6}(?:-L?\d{1,6})?$/, "").replace(/[.,;:]+$/, "");
  if (symbol.length < 3 || NOT_A_SYMBOL.test(symbol)) return null;
  if (/^\d/.test(symbol) || /^https?:/i.test(symbol)) return null;
  // "Fixed in `b83d0f2`": a commit, not code.
  if (/^[0-9a-f]{7,40}$/.test(symbol) && /\d/.test(symbol)) return null;
  return symbol;
}

/** Backticked text that is a name rather than a snippet of code or prose. */
function isIdentifierLike(inner: string): boolean {
  const text = inner.trim();
  if (text.length > 60 || /\s/.test(text.replace(/\(.*\)$/, ""))) return false;
  return /[A-Za-z_]/.test(text);
}

/** The comparable core of a symbol: `neutron_utils.load_class()` → "load_class". */
export function symbolKey(symbol: string): string {
  const last = symbol.replace(/\(.*\)$/, "").split(/\.|::|->|\//).filter(Boolean).pop() ?? symbol;
  return last.toLowerCase();
}
