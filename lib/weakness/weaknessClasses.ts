/**
 * Weakness classes: the granularity at which two findings "describe the same kind of defect".
 * A class is anchored on CWE roots; every CWE whose Research-view ancestry reaches a root first
 * belongs to it (see weakness.ts), so CWE-89 and CWE-564 both land in sql-injection and
 * CWE-400/770/789 in resource-exhaustion without listing them. The synonyms are the everyday
 * phrases reviewers use that the catalogue does not spell out ("zip slip", "SSRF", "DoS").
 *
 * Granularity is chosen so that distinct issues a reviewer would list separately stay distinct:
 * path traversal and link following share an ancestor (CWE-706) but are separate classes.
 */

export interface WeaknessClass {
  id: string;
  label: string;
  /** The CWE to cite when naming the class, e.g. "CWE-400". */
  cwe: string;
  roots: number[];
  /** Lowercase phrases; hyphens may be written, both spellings are matched. */
  synonyms: string[];
  /**
   * Looser evidence: rules, each a list of word sets; a rule holds when every one of its sets has
   * a word somewhere in the finding. Resolves the bare word "injection" by the technology named
   * next to it ("raw SQL ... injection flaws").
   */
  cues?: string[][][];
  /**
   * A catch-all (improper input validation): too broad to separate issues, so it never counts
   * against grouping and counts little for it.
   */
  generic?: boolean;
  /**
   * Kinds of the class that are different issues by definition, by their phrases: a stored XSS
   * (data written earlier, rendered later) and a reflected one (the request echoed back) are
   * different data flows, even on neighbouring lines of one handler.
   */
  variants?: Record<string, string[]>;
  /**
   * The broader class this one refines (out-of-bounds read within out-of-bounds access). A finding
   * that names only the broader class ("memory corruption") is compatible with every refinement;
   * two different refinements are kin, not one class (see childrenOverlap).
   */
  parent?: string;
  /**
   * The refinements of this class are facets reviewers mix up for one defect (an over-read that one
   * reviewer calls a "buffer overflow"): siblings under it then score a small partial similarity
   * and never conflict. Without it, siblings are different defects (a use after free is not an
   * overflow) and may conflict.
   */
  childrenOverlap?: boolean;
  /**
   * Classes this weakness is commonly reported as by its consequence: an unsafe unpickling is
   * "remote code execution" to one reviewer and "insecure deserialization" to another. Cause and
   * consequence never count as a conflict (like MITRE's named chains, weaknessTable.ts).
   */
  leadsTo?: string[];
  /**
   * CWEs that mean this class only when cited themselves, not through their descendants: a broad
   * entry that reviewers use for one thing (CWE-693, Protection Mechanism Failure, for missing
   * security headers) but whose many children are other weaknesses.
   */
  exactCwes?: number[];
}

const INJECTION = ["injection", "injected", "inject"];

export const WEAKNESS_CLASSES: readonly WeaknessClass[] = [
  {
    id: "sql-injection",
    label: "SQL injection",
    cwe: "CWE-89",
    roots: [89],
    cues: [
      [INJECTION, ["sql"]],
      // "injection into the INSERT", "subquery injection": the statement named instead of the language.
      [INJECTION, ["insert", "select", "subquery"]],
      // "SQL built by string formatting" is how SQL injection is described when it is not named.
      [["sql"], ["concatenation", "concatenated", "interpolated", "interpolation", "formatting", "formatted", "quoted", "literal", "straight", "unparameterized", "unparameterised"]],
      // "Sprintf into the query", "the sort value is concatenated into the statement".
      [["query", "statement"], ["sprintf", "concatenated", "concatenation", "interpolated", "interpolation", "pasted"]],
      // "builds its UPDATE with fmt.Sprintf": the statement's verb instead of the word "query".
      [["update", "insert", "select", "delete"], ["sprintf"]],
      // SonarQube's "construct SQL queries directly from user-controlled data".
      [["sql"], ["controlled", "tainted", "untrusted"]],
    ],
    synonyms: ["sql injection", "sqli", "inject arbitrary sql", "injected into the sql", "injected into the query", "order by", "tainted sql"],
  },
  {
    id: "query-injection",
    label: "query injection (LDAP, XPath, NoSQL)",
    cwe: "CWE-943",
    roots: [943, 90, 643, 652],
    cues: [
      [INJECTION, ["ldap", "xpath", "nosql", "cypher", "neo4j", "gremlin", "mongodb", "mongo", "mongoose", "graphql"]],
      // "name pasted into a $where string": MongoDB's JavaScript query operator named with what goes into it.
      [["where"], ["mongo", "mongodb", "mongoose", "nosql"]],
      // "user goes into the ldap filter unescaped": the query language and what is wrong with it.
      [["ldap", "xpath"], ["filter", "unescaped", "escape", "escaped", "escaping", "concatenated", "interpolated"]],
    ],
    synonyms: ["ldap injection", "xpath injection", "nosql injection", "query injection", "cypher injection", "neo4j injection", "graph query injection"],
  },
  {
    id: "command-injection",
    label: "OS command injection",
    cwe: "CWE-78",
    roots: [77, 78, 88],
    // A shell injection is "remote code execution" to the reviewer who names its consequence.
    leadsTo: ["code-injection"],
    cues: [[INJECTION, ["shell", "command"]]],
    synonyms: [
      "command injection",
      "shell injection",
      "os command",
      "arbitrary command",
      "arbitrary commands",
      "arbitrary shell command",
      "shell metacharacters",
      "argument injection",
      // An unquoted expansion splits into several arguments (ShellCheck's SC2086): "word splitting", "unquoted variables".
      "word splitting",
      "unquoted variable",
      "unquoted variables",
      "unquoted expansion",
      "unquoted expansions",
      // Abbreviated, or named by the call that does it: "cmd injection", \`shell=True\`, \`sh -c\`.
      "cmd injection",
      "command execution",
      "spawn a shell",
      "shell=true",
      "sh -c",
      // Psalm: "Detected tainted shell code".
      "tainted shell",
    ],
  },
  {
    id: "code-injection",
    label: "code injection",
    cwe: "CWE-94",
    roots: [94, 95, 96, 1336, 917],
    cues: [[INJECTION, ["eval", "template"]]],
    synonyms: [
      "code injection",
      "eval injection",
      "arbitrary code execution",
      "code execution",
      "execute arbitrary code",
      "remote code execution",
      "rce",
      "template injection",
      "ssti",
      // Evaluation named rather than injection: "Dynamic Code Evaluation", "new Function on rule.expression is eval".
      "eval",
      "server-side javascript injection",
      "code evaluation",
      "dynamic evaluation",
      "dynamic code",
      "evaluates arbitrary",
      "arbitrary javascript",
      "arbitrary python",
      "tainted eval",
    ],
  },
  {
    id: "xss",
    label: "cross-site scripting",
    cwe: "CWE-79",
    roots: [79, 80, 83, 87],
    // Not "JavaScript injection" (nor its camelCase part "script injection"): on a server (Node,
    // MongoDB's $where) that is code injection.
    cues: [[INJECTION, ["html"]]],
    synonyms: ["xss", "cross-site scripting", "html injection", "script tag", "script tags", "arbitrary script", "arbitrary scripts", "malicious script", "malicious scripts", "inject scripts", "dangerouslysetinnerhtml", "dangerous jsx", "v-html", "raw html", "tainted html", "tainted text with quotes",
      // A link whose URL the user controls: "javascript:alert(1) works", "`javascript:` URLs accepted".
      "javascript url", "javascript urls", "javascript uri", "javascript link", "javascript links", "javascript scheme", "javascript protocol", "javascript alert"],
    variants: {
      stored: ["stored xss", "stored cross-site scripting", "persistent xss", "persistent cross-site scripting", "second-order xss"],
      reflected: ["reflected xss", "reflected cross-site scripting", "reflective xss"],
      dom: ["dom xss", "dom-based xss", "dom-based cross-site scripting"],
      // A script in a link's URL, another sink than markup: the link and the HTML beside it are two issues.
      "script-url": ["javascript url", "javascript urls", "javascript uri", "javascript link", "javascript links", "javascript scheme", "javascript protocol", "javascript alert"],
    },
  },
  {
    id: "path-traversal",
    label: "path traversal",
    cwe: "CWE-22",
    roots: [22, 23, 36, 73],
    // "Arbitrary file disclosure (CWE-200)" is what a traversal in a download endpoint is to some reviewers.
    leadsTo: ["info-exposure"],
    synonyms: [
      "path traversal",
      "directory traversal",
      "zip slip",
      "zip-slip",
      "tar slip",
      "dot-dot",
      "absolute path",
      "absolute paths",
      "arbitrary file write",
      "arbitrary file read",
      "arbitrary file disclosure",
      "local file disclosure",
      "read arbitrary files",
      "path manipulation",
      // Psalm: "Detected tainted file handling".
      "tainted file",
    ],
    // eslint-plugin-security: "Found readFileSync from package \"fs\" with non literal argument at index 0".
    cues: [[["fs", "readfile", "readfilesync", "writefile", "writefilesync", "createreadstream", "createwritestream", "unlink", "unlinksync"], ["literal"]]],
  },
  {
    id: "link-following",
    label: "symlink following",
    cwe: "CWE-59",
    roots: [59, 61, 62, 64, 65],
    synonyms: ["symlink", "symlinks", "symbolic link", "symbolic links", "link following", "hard link", "hardlink", "o_nofollow"],
  },
  {
    id: "file-inclusion",
    label: "file inclusion",
    cwe: "CWE-98",
    roots: [98, 829],
    synonyms: ["file inclusion", "remote file include", "local file inclusion", "lfi", "rfi", "tainted include"],
  },
  {
    id: "ssrf",
    label: "server-side request forgery",
    cwe: "CWE-918",
    roots: [918],
    // "the avatar proxy will fetch any URL it is given": the server fetching a URL someone else picks.
    cues: [
      [
        ["fetch", "fetches", "fetched", "fetching", "request", "requests", "retrieve", "retrieves", "download", "downloads", "proxy", "proxies", "proxied"],
        ["url", "urls", "uri", "uris", "host", "hostname"],
        ["any", "arbitrary", "attacker", "attackers", "internal", "unvalidated", "untrusted", "unrestricted", "supplied", "controlled", "localhost"],
      ],
    ],
    synonyms: [
      "ssrf",
      "server-side request forgery",
      "metadata endpoint",
      "cloud metadata",
      "instance metadata",
      "internal services",
      "internal network",
      "internal hosts",
      "port scanning",
      "tainted ssrf",
    ],
  },
  {
    id: "open-redirect",
    label: "open redirect",
    cwe: "CWE-601",
    roots: [601],
    // A redirect described by where it can send the user rather than named.
    // SonarQube's "perform redirects based on user-controlled data".
    cues: [[["redirect", "redirects", "redirected", "redirection"], ["phishing", "external", "arbitrary", "attacker", "untrusted", "unvalidated", "malicious", "offsite", "controlled", "tainted"]]],
    synonyms: ["open redirect", "unvalidated redirect", "url redirection", "arbitrary redirect"],
  },
  {
    id: "csrf",
    label: "cross-site request forgery",
    cwe: "CWE-352",
    roots: [352],
    synonyms: ["csrf", "xsrf", "cross-site request forgery", "csrf token", "csrf protection"],
  },
  {
    // Reviewers call one missing check "unauthenticated" or "unauthorized" ("?admin=1 is not
    // authentication", "broken admin authorization"): the two are facets of one defect to them, so
    // they score a little alike and never conflict.
    id: "access-control",
    label: "improper access control",
    cwe: "CWE-284",
    roots: [284],
    childrenOverlap: true,
    // As broad as "improper input validation": it names no particular check.
    generic: true,
    // "export has no RequireAuthorization()", "no auth on /admin/export": which check is missing, unsaid.
    cues: [[["no", "missing", "without", "lacks", "lack", "lacking"], ["auth", "authz", "authn", "authorization", "authorize", "requireauthorization", "authentication", "authorizer"]]],
    // cdk-nag's "The API does not implement authorization".
    synonyms: ["not implement authorization", "not implement any authorization"],
  },
  {
    id: "missing-authentication",
    label: "missing authentication",
    parent: "access-control",
    cwe: "CWE-306",
    roots: [287, 306, 288, 290, 294, 302, 303, 304, 305, 1390],
    synonyms: [
      // A contract that authenticates whoever started the transaction, not its caller.
      "tx.origin",
      "missing authentication",
      "no authentication",
      "without authentication",
      // Notes: "`INADDR_ANY`, no auth", "listens on 0.0.0.0 w/o any auth".
      "no auth",
      "without auth",
      "without any auth",
      "without any authentication",
      "unauthenticated",
      "authentication bypass",
      "login required",
      "anonymous access",
      "anonymous user",
      "anonymous users",
      "anonymous visitor",
      "broken authentication",
    ],
  },
  {
    id: "weak-credentials",
    label: "weak credentials",
    cwe: "CWE-1391",
    roots: [1391, 521, 262, 263],
    synonyms: ["weak password", "default password", "default credentials", "weak credentials"],
  },
  {
    id: "brute-force",
    label: "unlimited authentication attempts",
    cwe: "CWE-307",
    roots: [307],
    synonyms: ["brute force", "brute-force", "account lockout", "login attempts", "credential stuffing"],
  },
  {
    id: "missing-authorization",
    label: "missing authorization",
    parent: "access-control",
    cwe: "CWE-862",
    roots: [862, 863, 639, 285, 566, 425],
    // "Authorization bypass via a client-controlled header" is "privilege escalation" to another reviewer.
    leadsTo: ["privilege-management"],
    // Described rather than named: "any user can read any other user's invoice", "exports are not
    // tied to the customer who created them".
    cues: [
      [
        ["any", "other", "another", "anyone", "anybody", "someone"],
        ["user", "users", "customer", "customers", "tenant", "tenants", "account", "accounts", "owner"],
        ["read", "access", "view", "download", "modify", "overwrite", "delete", "see", "fetch", "edit", "update", "change"],
      ],
      [
        ["not", "never", "without", "nothing"],
        ["scoped", "tied", "bound", "restricted", "checks", "checked", "verifies", "verified"],
        ["owner", "owns", "user", "customer", "tenant", "caller", "account", "creator", "created"],
      ],
      // "doesn't check the section belongs to the logged-in teacher": whoever the code's users are.
      [
        ["not", "never", "without", "nothing"],
        ["check", "checks", "checked", "verify", "verifies", "ensure", "ensures", "confirm", "confirms"],
        ["belongs", "belong", "owns", "ownership"],
      ],
    ],
    synonyms: [
      "missing authorization",
      "broken access control",
      "access control",
      "idor",
      "insecure direct object reference",
      "authorization bypass",
      "ownership check",
      "horizontal privilege escalation",
      // A function or rule open to every caller: "setRewardRate is callable by anyone", "readable by all authenticated users".
      "callable by anyone",
      "anyone can call",
      "anyone can set",
      "membership check",
      "non-members",
      "all authenticated users",
      "any authenticated user",
    ],
  },
  {
    id: "hardcoded-credentials",
    label: "hard-coded credentials",
    cwe: "CWE-798",
    roots: [798, 259, 321, 547],
    // A password written into a script is also a password kept in plaintext: PSScriptAnalyzer says
    // "ConvertTo-SecureString with plaintext" where a reviewer says "hard-coded password".
    leadsTo: ["cleartext"],
    synonyms: [
      "hard-coded secret",
      "hard-coded credential",
      "hard-coded credentials",
      "hard-coded password",
      "hard-coded key",
      "hard-coded token",
      "hard-coded api key",
      "secret committed",
      "committed secret",
      "secret in source",
      "credentials in source",
      "token in source",
      // Mobile apps: "live API key compiled into the app".
      "compiled into the app",
      "compiled into the binary",
      "embedded in the app",
      // A secret as a variable's default: "hard coded as a variable default", tfsec's "sensitive default value".
      "variable default",
      "var default",
      "sensitive default value",
      "password in source",
      "keys committed",
      "token committed",
      "embedded credentials",
      "secret in code",
      "key in source",
      "key in code",
      "password in code",
      "known string",
      "known secret",
      // Secret scanners' rule names.
      "aws access key",
      "high entropy string",
      "personal access token",
    ],
    // "Hardcoded JWT signing secret", "the key is a literal in the repo", "falls back to a constant".
    cues: [
      [
        // "Default JWT secret used when JWT_SECRET is not set", "falls back to a known string".
        // ("hard-coded" is two tokens, of which "code" is in every review: its phrases are synonyms above.)
        ["hardcoded", "hardcode", "literal", "embedded", "committed", "constant", "default", "fallback", "baked"],
        // A webhook's URL is its secret: whoever has it can post as the integration.
        ["secret", "secrets", "key", "keys", "password", "passwords", "token", "credential", "credentials", "apikey", "webhook"],
      ],
      [["secret", "secrets", "password", "passwords", "credential", "credentials", "key", "webhook", "hook"], ["repo", "repository", "apk", "git", "source"]],
      // gitleaks' "Discovered a Slack Webhook, which could lead to unauthorized access", "Detected a Generic API Key".
      [["discovered", "detected"], ["webhook", "token", "key", "password", "secret", "credential", "credentials"]],
      // "the registry token and the DB password are just sitting in the playbook".
      // (Each cue word is one token: "values.yaml" would stand for "value" and "yaml" alike, and "ignores the return value" is no file.)
      [["secret", "secrets", "password", "passwords", "credential", "credentials", "token", "tokens"], ["playbook", "playbooks", "vars", "manifest", "yaml"]],
    ],
  },
  {
    id: "info-exposure",
    label: "sensitive information exposure",
    cwe: "CWE-200",
    roots: [200, 209, 532, 538, 497, 359, 215],
    // "Auth token in logcat", "the admin password is logged": a secret written to a log (CWE-532).
    cues: [
      [
        ["log", "logs", "logged", "logging", "logcat", "syslog", "logger"],
        ["token", "tokens", "password", "passwords", "secret", "secrets", "credential", "credentials", "sensitive", "pii"],
      ],
      // "returning stderr to the client", "returns the exception text to the caller".
      [
        ["stderr", "exception", "exceptions", "traceback", "stacktrace", "error", "errors"],
        ["client", "clients", "caller", "callers", "response", "responses", "user", "users", "browser"],
        ["return", "returns", "returned", "returning", "echo", "echoes", "echoed", "sent", "send", "sends", "forwards", "back"],
      ],
    ],
    synonyms: [
      "information disclosure",
      "information exposure",
      "information leak",
      "information leakage",
      "info leak",
      "sensitive information",
      "sensitive data exposure",
      "sensitive details",
      "internal details",
      "system information",
      "introspection",
      "stack trace",
      "stack traces",
      "error message",
      "error messages",
      "verbose error",
      "detailed error",
    ],
  },
  {
    id: "debug-enabled",
    label: "debug mode enabled",
    cwe: "CWE-489",
    roots: [489, 215, 11, 1295],
    synonyms: ["debug mode", "debug enabled", "debugging enabled", "debug = true", "debug true", "leftover debug", "debug code"],
  },
  {
    id: "resource-exhaustion",
    label: "resource exhaustion",
    cwe: "CWE-400",
    roots: [400, 770, 789, 409, 405, 834, 835, 674],
    synonyms: [
      "denial of service",
      "denial-of-service",
      "dos",
      "ddos",
      "resource exhaustion",
      "exhaust memory",
      "exhausts memory",
      "memory exhaustion",
      "exhaust resources",
      "exhaust the available memory",
      "out of memory",
      "oom",
      "unbounded memory",
      "unbounded allocation",
      "excessive memory",
      "excessive allocation",
      "high cpu",
      "cpu exhaustion",
      "resource consumption",
      "infinite loop",
      "zip bomb",
      "decompression bomb",
      "throttling",
      "query depth",
      "depth limit",
      "depth limiting",
      "query complexity",
      // Containers without resource limits starve their neighbours.
      "resource limits",
      "memory limits",
      "memory limit",
      "cpu limits",
      "cpu limit",
      "requests and limits",
    ],
    // "No Limit on Upload Size", "DefaultBodyLimit::disable()", "request body size not limited".
    cues: [
      [
        ["no", "missing", "without", "disabled", "disable", "unbounded", "unlimited", "removed", "not"],
        ["limit", "limits", "limited", "cap", "capped", "maximum", "max", "bound", "bounded"],
        ["size", "body", "upload", "uploads", "payload"],
      ],
    ],
  },
  {
    // A regular expression that backtracks exponentially: one request freezes the event loop.
    id: "redos",
    label: "regular expression denial of service",
    cwe: "CWE-1333",
    parent: "resource-exhaustion",
    roots: [1333],
    cues: [[["regex", "regexes", "regexp", "pattern", "expression"], ["exponential", "exponentially", "backtracking", "backtrack", "backtracks", "catastrophic", "inefficient", "superlinear", "polynomial"]]],
    synonyms: ["redos", "regular expression denial of service", "catastrophic backtracking", "exponential backtracking", "evil regex", "nested quantifier", "nested quantifiers"],
  },
  {
    id: "resource-leak",
    label: "resource leak",
    cwe: "CWE-404",
    roots: [404, 401, 772, 775],
    // Not "handle": it stems like "handling" ("error handling leaks configuration" is no resource leak).
    // PMD's "Ensure that resources like this Connection object are closed after use", perlcritic's "Close filehandles as soon as possible".
    cues: [
      [["leak", "leaks", "leaked", "leaking"], ["free", "freed", "freeing", "allocation", "allocated", "descriptor", "descriptors", "fd", "fds"]],
      [["close", "closed", "closing"], ["resource", "resources", "connection", "connections", "statement", "stream", "streams", "filehandle", "filehandles"]],
    ],
    synonyms: ["resource leak", "memory leak", "file descriptor leak", "file handle leak", "never closed", "leaks the file", "leaks the handle", "leaks the stream", "closed after use", "not closed"],
  },
  {
    id: "exception-handling",
    label: "improper handling of exceptional conditions",
    cwe: "CWE-703",
    roots: [703, 754, 755, 248, 390, 391, 392, 396, 397, 544],
    synonyms: [
      "error handling",
      "exception handling",
      "unhandled exception",
      "uncaught exception",
      "unhandled",
      "not handled",
      "abrupt termination",
      "abruptly",
      "exits the process",
      "exit the process",
      "terminates the process",
      "swallowed exception",
      "exception handler",
      // "Exception swallowing in the import loop", RuboCop's "Avoid rescuing the Exception class".
      "exception swallowing",
      "swallows exceptions",
      "swallows the exception",
      "rescuing the exception",
      "rescue exception",
      "catch-all",
      "bare except",
      "empty catch",
      // Bandit's B110 "Try, Except, Pass detected"; "except: pass"; failures "silently ignored".
      "except pass",
      "silently ignored",
      "silently ignores",
      "silently swallowed",
    ],
  },
  {
    // A call's result that says it failed, dropped: a low-level call in a contract, a write in Go.
    id: "unchecked-return",
    label: "unchecked return value",
    parent: "exception-handling",
    cwe: "CWE-252",
    roots: [252, 253],
    // "stake() ignores the `transferFrom` return value": the call named between the words.
    cues: [[["ignores", "ignored", "ignoring", "discards", "discarded"], ["return"]]],
    synonyms: [
      "unchecked return",
      "unchecked return value",
      "unchecked call",
      "unchecked low-level call",
      "unchecked low-level calls",
      "return value ignored",
      "result ignored",
      "ignores the return value",
      // Slither's unchecked-transfer: "ignores return value by token.transferFrom(...)".
      "ignores return value",
      "unchecked transfer",
      "return value not checked",
      "return values not checked",
      "return value is not checked",
      // An error value dropped on the floor: staticcheck's "this value of err is never used", "ignored error".
      "err is never used",
      "ignored error",
      "error is ignored",
      "errors unhandled",
    ],
  },
  {
    // A contract that calls out before it updates its own state, so the callee can call back in.
    id: "reentrancy",
    label: "reentrancy",
    cwe: "CWE-1265",
    roots: [1265, 841],
    synonyms: ["reentrancy", "re-entrancy", "reentrant", "re-entrant", "checks-effects-interactions", "reentrancy guard", "nonreentrant"],
  },
  {
    id: "deserialization",
    label: "unsafe deserialization",
    cwe: "CWE-502",
    roots: [502],
    synonyms: ["deserialization", "insecure deserialization", "unsafe deserialization", "pickle", "unpickling", "object injection", "tainted unserialize"],
    // "yaml.Loader -> safe_load please", "yaml.load without a safe loader".
    cues: [[["yaml", "marshal", "jsonpickle", "dill"], ["load", "loads", "loader", "loading", "safe"]]],
    leadsTo: ["code-injection"],
  },
  {
    id: "xxe",
    label: "XML external entities",
    cwe: "CWE-611",
    roots: [611, 776, 827],
    synonyms: ["xxe", "xml external entity", "external entity", "external entities", "billion laughs", "entity expansion"],
  },
  {
    id: "unsafe-reflection",
    label: "externally controlled class or code selection",
    cwe: "CWE-470",
    roots: [470],
    // "restrict the classes that can be loaded", "an attacker could load arbitrary classes": class
    // loading described rather than named. The third set is what makes it this weakness: someone
    // other than the code chooses the class. Without it the cue also fires on findings that only
    // say what a loader does ("loads a class by alias; exits on ImportError").
    cues: [
      [
        ["class", "classes", "classname"],
        ["load", "loaded", "loads", "loading", "loader"],
        ["arbitrary", "attacker", "attackers", "malicious", "untrusted", "controlled", "supplied", "restrict", "restricted", "whitelist", "allowlist"],
      ],
    ],
    synonyms: [
      "unsafe reflection",
      "reflection injection",
      "dynamic class loading",
      "dynamically loads a class",
      "class loading",
      "load arbitrary classes",
      "arbitrary class",
      "arbitrary classes",
      "dynamic import",
      "arbitrary module",
      "tainted callable",
    ],
  },
  {
    id: "mass-assignment",
    label: "mass assignment / prototype pollution",
    cwe: "CWE-915",
    roots: [915, 1321],
    // eslint-plugin-security's "Generic Object Injection Sink": obj[key] with a key the caller picks.
    synonyms: ["mass assignment", "prototype pollution", "over-posting", "permit!", "object injection"],
    cues: [[["object", "objects"], ["key", "keys", "property", "properties"], ["unvalidated", "untrusted", "controlled", "arbitrary", "supplied"]]],
  },
  {
    id: "weak-crypto",
    label: "weak cryptography",
    cwe: "CWE-327",
    roots: [327, 328, 326, 916, 759, 760, 780],
    synonyms: [
      "weak cryptography",
      "weak crypto",
      "weak hash",
      "broken hash",
      "md5",
      "sha1",
      "weak cipher",
      "weak encryption",
      "ecb mode",
      // An old protocol version allowed: "weak minimum TLS version", min_tls_version, ssl_protocols.
      "tls version",
      "version of tls",
      "minimum tls",
      "outdated tls",
      "weak tls",
      "insecure tls",
      "deprecated tls",
      "tlsv1",
      "sslv3",
      "ssl protocols",
      "cipher suite",
      "cipher suites",
      // A fixed or hard-coded IV (CWE-329/1204): "Constant IV reused", "hard coded initialization vector".
      "initialization vector",
      "constant iv",
      "static iv",
      "fixed iv",
      // Not weak credentials ("weak password"): how passwords are stored.
      "insecure password hashing",
      "fast password hashing",
      "weak password hash",
      "weak password hashing",
      "unsalted",
    ],
  },
  {
    // A session token or secret kept where any script on the page can read it.
    id: "sensitive-storage",
    label: "insecure storage of sensitive information",
    cwe: "CWE-922",
    roots: [922],
    synonyms: [
      "localstorage",
      "local storage",
      "sessionstorage",
      "session storage",
      "web storage",
      "insecure storage",
      // iOS Keychain items readable while the device is locked.
      "ksecattraccessiblealways",
      "accessibility value",
      "accessible always",
      "device is locked",
    ],
  },
  {
    id: "weak-randomness",
    label: "insufficiently random values",
    cwe: "CWE-330",
    roots: [330, 331, 335, 337, 338],
    synonyms: [
      "insecure random",
      "weak random",
      "predictable random",
      "not cryptographically secure",
      "prng",
      "insecure randomness",
      // Scanners' advice is the name: "Use cryptographic random numbers generators for ...".
      "cryptographic random",
      "cryptographically secure random",
      "random number generator",
      "non-cryptographic random",
    ],
  },
  {
    id: "cleartext",
    label: "cleartext sensitive data",
    cwe: "CWE-319",
    roots: [311, 312, 319, 5],
    synonyms: [
      "cleartext",
      "plaintext",
      "unencrypted",
      "without tls",
      "over http",
      "insecure transport",
      // Data at rest, as infrastructure reviews put it.
      "encryption at rest",
      "storage encryption",
      "encryption disabled",
      "not encrypted",
      "storage_encrypted",
      // Platform switches that allow plain HTTP: iOS App Transport Security, Android's cleartext traffic.
      "app transport security",
      "nsallowsarbitraryloads",
      "allows arbitrary loads",
      "usescleartexttraffic",
      // Storage and databases that accept plain connections: "does not require requests to use SSL",
      // Terraform's require_ssl, a bucket policy without aws:SecureTransport.
      "ssl not enforced",
      "tls not enforced",
      "https not enforced",
      "enforce ssl",
      "enforce_ssl",
      "enforcessl",
      "require ssl",
      "require_ssl",
      "requests to use ssl",
      "securetransport",
      // A database connection with TLS turned off: "sslmode=disable".
      "sslmode disable",
      "ssl disabled",
      "tls disabled",
    ],
  },
  {
    id: "certificate-validation",
    label: "improper certificate validation",
    cwe: "CWE-295",
    roots: [295, 296, 297, 298, 299, 599],
    synonyms: [
      "certificate validation",
      "certificate verification",
      "verify = false",
      "ssl verification",
      "tls verification",
      "hostname verification",
      "trust-all",
      "trust all certificates",
      "trustmanager",
      "trust manager",
      "hostnameverifier",
      "insecureskipverify",
      // "the trust challenge handler says yes to any cert", "insecure server trust evaluation" (iOS).
      "any certificate",
      "any cert",
      "server trust",
      "servertrust",
      "trust evaluation",
      // "turns off certificate checking for the session" (PowerShell's ServerCertificateValidationCallback).
      "certificate checking", "certificate check", "certificate checks", "cert validation", "cert checking", "cert verification", "certificate errors", "servercertificatevalidationcallback",
      // Node's and libcurl's switches, and the peer's CA not checked: "no CA / SAN validation".
      "rejectunauthorized", "reject unauthorized", "verify peer", "verify_peer", "peer verification", "ca validation", "san validation",
    ],
    // "Unverified upstream certificate", "the certificate is never validated".
    cues: [[["unverified", "unvalidated", "verify", "verifies", "verified", "verification", "validate", "validates", "validated", "validation"], ["certificate", "certificates", "cert", "certs"]]],
  },
  {
    id: "race-condition",
    label: "race condition",
    cwe: "CWE-362",
    roots: [362, 364, 366, 367, 368, 421],
    synonyms: ["race condition", "toctou", "time of check", "data race"],
  },
  {
    id: "integer-overflow",
    label: "integer overflow",
    cwe: "CWE-190",
    roots: [190, 191, 192, 194, 195, 196, 197, 680, 681],
    synonyms: ["integer overflow", "integer underflow", "wraparound", "wrap around", "arithmetic overflow"],
  },
  // Memory safety is a small hierarchy: reviewers of C code list an out-of-bounds write, an
  // out-of-bounds read and a use after free as separate issues, yet call one over-read a "buffer
  // overflow". CWE-788/126/122 sit under one another in the catalogue's primary chains, so the
  // leaves list their CWEs as roots explicitly.
  {
    id: "memory-safety",
    label: "memory safety violation",
    cwe: "CWE-119",
    roots: [119, 822, 823, 824],
    synonyms: ["memory corruption", "corrupts memory", "corrupt memory", "uninitialized memory", "wild pointer"],
  },
  {
    id: "out-of-bounds",
    label: "out-of-bounds memory access",
    cwe: "CWE-788",
    parent: "memory-safety",
    childrenOverlap: true,
    roots: [788, 786, 805, 806, 129, 131],
    synonyms: ["out of bounds", "out-of-bounds", "outside the bounds", "past the end of the buffer", "beyond the end of the buffer"],
  },
  {
    id: "out-of-bounds-write",
    label: "out-of-bounds write",
    cwe: "CWE-787",
    parent: "out-of-bounds",
    roots: [787, 120, 121, 122, 123, 124],
    // "sprintf into buf[64] can overflow the stack", "strcpy overflows name": overflow said of a buffer or a copy.
    cues: [
      [
        ["overflow", "overflows", "overflowed", "overflowing", "overrun", "overruns", "smash", "smashes"],
        ["buf", "buffer", "buffers", "stack", "heap", "array", "sprintf", "strcpy", "strcat", "memcpy", "gets"],
      ],
      // "strcpy into bind_addr[64] from a value that can be 191 chars", clang's "Call to function
      // 'strcpy' is insecure as it does not provide bounding of the memory buffer": an unbounded copy
      // said with what bounds it.
      [
        ["strcpy", "strcat", "sprintf", "vsprintf", "gets"],
        ["bounding", "unbounded", "bounds", "bounded", "chars", "characters", "bytes", "length", "size", "fits", "larger", "longer"],
      ],
    ],
    synonyms: [
      "buffer overflow",
      "buffer overflows",
      "buffer overrun",
      "heap overflow",
      "stack smashing",
      "overrun",
      "overruns",
      "overflows the buffer",
      "overflow the buffer",
      "out of bounds write",
      "out-of-bounds write",
      "write out of bounds",
      "writes out of bounds",
      "write past",
      "writes past",
      "written past",
      "write beyond",
      "writes beyond",
      "buffer underwrite",
    ],
  },
  {
    // A bound or an index one off ("`id > kMaxSessions` should be `>=`", the NUL written at
    // payload[len]): reviewers call the same defect an off-by-one or the overflow it causes.
    id: "off-by-one",
    label: "off-by-one error",
    cwe: "CWE-193",
    roots: [193],
    synonyms: ["off-by-one", "off by one", "fencepost", "one past the end", "one byte past", "one slot past", "one element past"],
    leadsTo: ["out-of-bounds-write", "out-of-bounds-read"],
  },
  {
    id: "out-of-bounds-read",
    label: "out-of-bounds read",
    cwe: "CWE-125",
    parent: "out-of-bounds",
    roots: [125, 126, 127],
    synonyms: [
      "over-read",
      "overread",
      "under-read",
      "out of bounds read",
      "out-of-bounds read",
      "read out of bounds",
      "reads out of bounds",
      "read past",
      "reads past",
      "read beyond",
      "reads beyond",
      "read outside",
      "reads outside",
    ],
  },
  {
    // A pointer used past its object's lifetime: read after free, freed again. Facets of one bug to
    // reviewers, like an over-read called an overflow, so its refinements overlap.
    id: "memory-lifetime",
    label: "use of expired memory",
    cwe: "CWE-825",
    parent: "memory-safety",
    childrenOverlap: true,
    roots: [825, 672],
    synonyms: [],
  },
  {
    id: "use-after-free",
    label: "use after free",
    cwe: "CWE-416",
    parent: "memory-lifetime",
    roots: [416],
    synonyms: ["use after free", "use-after-free", "uaf", "dangling pointer", "dangling pointers", "expired pointer", "used after being freed", "read after being freed", "after it is freed", "after it was freed", "after being freed", "after it has been freed", "accessed after free", "freed memory", "use of freed"],
  },
  {
    // Freeing twice corrupts the allocator's own lists; reading freed memory reads stale or reused
    // data: two CWEs, yet one object deleted on two paths is called either by reviewers (memory-lifetime).
    id: "double-free",
    label: "double free",
    cwe: "CWE-415",
    parent: "memory-lifetime",
    roots: [415],
    synonyms: ["double free", "double-free", "freed twice", "deleted twice", "double delete"],
  },
  {
    id: "null-dereference",
    label: "null dereference",
    cwe: "CWE-476",
    roots: [476],
    // "sb_init not checking malloc", "unchecked malloc": an allocation's NULL used unchecked.
    cues: [[["unchecked", "checking", "checked", "check", "checks"], ["malloc", "calloc", "realloc", "strdup"]]],
    synonyms: ["null pointer", "null dereference", "nil pointer", "none dereference", "null check", "unchecked malloc", "unchecked allocation"],
  },
  {
    id: "undefined-behavior",
    label: "undefined behavior",
    cwe: "CWE-758",
    roots: [758],
    synonyms: ["undefined behavior", "undefined behaviour", "ub", "unsound"],
  },
  {
    id: "insecure-permissions",
    label: "incorrect permission assignment",
    cwe: "CWE-732",
    roots: [732, 276, 277, 278, 279, 281, 266],
    cues: [
      [["permissive", "writable", "readable"], ["file", "files", "directory", "directories", "mode", "modes", "permission", "permissions"]],
      // Blob storage open to anonymous readers: "container allows public access". Not a database's
      // "public access" (reachable from the internet: network exposure).
      [["public", "anonymous"], ["access"], ["blob", "blobs", "container", "containers", "bucket", "buckets"]],
    ],
    synonyms: [
      "file mode",
      "file modes",
      "file permissions",
      "permission bits",
      "insecure permissions",
      "incorrect permissions",
      "excessive permissions",
      "world-writable",
      "world-readable",
      // Cloud storage readable by anyone.
      "public bucket",
      "public-read",
      "public read",
      "anonymous read",
      "publicly readable",
      "block public",
      "public access block",
      "setuid",
      "setgid",
      "umask",
    ],
  },
  {
    id: "privilege-management",
    label: "improper privilege management",
    cwe: "CWE-269",
    roots: [269, 250, 271, 272, 273, 274, 648],
    synonyms: [
      "privilege escalation",
      "running as root",
      "run as root",
      "least privilege",
      "excessive privileges",
      "elevated privileges",
      "administrator rights",
      "administratoraccess",
      "admin rights",
      "wildcard permissions",
      "wildcard actions",
      "overly permissive iam",
      "overly permissive policy",
      "overly permissive policies",
      "administrative privileges",
      "wildcard iam",
      "iam wildcard",
      "overly broad permissions",
      // Containers and clusters: a privileged or root container, RBAC rules that grant everything.
      "privileged mode",
      "privileged container",
      "privileged containers",
      "privileged pod",
      "runs privileged",
      "run privileged",
      "privileged: true",
      "runs as root",
      "runasnonroot",
      "runasuser",
      "root user",
      "allowprivilegeescalation",
      "cap_sys_admin",
      "sys_admin",
      "hostnetwork",
      "host network",
      "hostpid",
      "hostipc",
      "hostpath",
      "network namespace",
      "host namespace",
      "host namespaces",
      "clusterrole",
      "cluster-admin",
      "rbac",
      "wildcard verbs",
    ],
    cues: [
      // "allows every action on every resource", Action = "*" on Resource = "*".
      [["action", "actions"], ["resource", "resources"], ["every", "all", "wildcard", "any", "full"]],
      // "wildcard in verb specification", "binding to a role that has [*] access to [secrets]".
      [["wildcard", "wildcards"], ["verb", "verbs", "role", "roles", "clusterrole", "apigroups"]],
      [["binding", "rolebinding", "clusterrolebinding"], ["secrets", "wildcard", "exec"]],
    ],
    // Different settings, each its own fix: a privileged container is not one that merely runs as
    // root, and neither is a cluster role that grants everything.
    variants: {
      privileged: ["privileged mode", "privileged container", "privileged containers", "privileged pod", "runs privileged", "run privileged", "privileged: true", "sys_admin", "cap_sys_admin"],
      root: ["run as root", "running as root", "runs as root", "runasnonroot", "runasuser", "root user"],
      rbac: ["clusterrole", "cluster-admin", "rbac", "wildcard verbs"],
      host: ["hostnetwork", "host network", "hostpid", "hostipc", "network namespace", "host namespace", "host namespaces"],
    },
  },
  {
    id: "log-injection",
    label: "log injection",
    cwe: "CWE-117",
    roots: [117],
    cues: [
      [[...INJECTION, "forge", "forged", "forging"], ["log", "logs"]],
      // SonarQube's "Change this code to not log user-controlled data"; "CRLF in the log line".
      [["log", "logs", "logged", "logging"], ["controlled", "tainted", "untrusted", "unsanitized", "crlf", "newline", "newlines"]],
    ],
    // SonarQube's "Change this code to not log user-controlled data" says "not logging" as well: the
    // phrase names this class as surely, so the two meet rather than conflict.
    synonyms: ["log injection", "log forging", "log user-controlled"],
  },
  {
    id: "header-injection",
    label: "CRLF / header injection",
    cwe: "CWE-93",
    roots: [93, 113, 644],
    cues: [[INJECTION, ["header", "crlf"]]],
    synonyms: ["crlf injection", "header injection", "response splitting", "tainted header"],
    // A user-chosen Location header is a redirect anywhere: Psalm's TaintedHeader where a reviewer says "open redirect".
    leadsTo: ["open-redirect"],
  },
  {
    id: "file-upload",
    label: "unrestricted file upload",
    cwe: "CWE-434",
    roots: [434],
    synonyms: ["file upload", "unrestricted upload", "file type validation", "file validation", "dangerous file types", "upload validation"],
    // "someone can upload foo.html or foo.svg and we serve it", "uploads keep the client's extension":
    // an upload said with what decides its type.
    cues: [
      [
        ["upload", "uploads", "uploaded", "uploading"],
        ["extension", "extensions", "filename", "mime", "mimes", "mimetype", "html", "svg", "php", "jsp", "aspx", "exe", "executable", "executables"],
      ],
    ],
  },
  {
    id: "temp-file",
    label: "insecure temporary file",
    cwe: "CWE-377",
    roots: [377, 378, 379],
    synonyms: ["temporary file", "temp file", "insecure temporary", "mktemp", "temporary directory", "temp directory", "temp location", "shared temp", "tmp directory"],
  },
  {
    id: "vulnerable-dependency",
    label: "vulnerable third-party component",
    cwe: "CWE-1395",
    roots: [1395, 1104, 1357, 1329],
    synonyms: [
      "third-party",
      "vulnerable dependency",
      "outdated dependency",
      "outdated library",
      "vulnerable library",
      "external package",
      "external packages",
      "external libraries",
      "supply chain",
      // An image or package that is not pinned: what runs changes under the reviewer's feet.
      "latest tag",
      "latest image",
      "mutable tag",
      "floating tag",
      "floating image tag",
      "unpinned",
      "not pinned",
      "image digest",
      // A platform runtime past its support: "deprecated Lambda runtime", "not the latest runtime version".
      "deprecated runtime",
      "outdated runtime",
      "latest runtime",
      "runtime version",
    ],
    // Trivy's 'Image tag ":latest" used', "pulls nginx:latest": the tag named beside the word latest.
    cues: [
      [["latest"], ["tag", "tags", "image", "images"]],
      [["deprecated", "outdated", "unsupported"], ["runtime", "runtimes"]],
    ],
  },
  {
    id: "integrity-check",
    label: "missing integrity check",
    cwe: "CWE-354",
    roots: [345, 353, 354, 494, 347, 924],
    synonyms: [
      "checksum",
      "log file validation",
      "log validation",
      "integrity check",
      "signature verification",
      "signature validation",
      "signature check",
      // Not "unsigned" alone: in C it is an integer type.
      "unsigned token",
      "unsigned tokens",
      "unsigned jwt",
      "unsigned request",
      "unsigned requests",
      "unsigned cookie",
      "unsigned payload",
      "integrity verification",
      // Code fetched and run as it comes (CWE-494): "curl | sh", "piped into bash".
      "curl | sh",
      "curl | bash",
      "wget | sh",
      "piped into sh",
      "piped to sh",
      "piped into bash",
      "piped to bash",
      "pipe to shell",
    ],
    // "Remote install script piped directly to sh": something downloaded, run by a shell as it comes.
    cues: [[["piped", "pipe", "pipes", "piping"], ["sh", "bash"], ["curl", "wget", "install", "installer", "script", "download", "downloaded", "remote"]]],
  },
  {
    id: "session-fixation",
    label: "session fixation",
    cwe: "CWE-384",
    roots: [384],
    synonyms: [
      "session fixation",
      "fixed session",
      "session id is not regenerated",
      "session is not regenerated",
      "session identifier is not regenerated",
      "session_regenerate_id",
      "regenerate the session",
      "rotate the session",
      "session id is not rotated",
    ],
  },
  {
    id: "session-expiration",
    label: "insufficient session expiration",
    cwe: "CWE-613",
    roots: [613],
    synonyms: ["session expiration", "session timeout", "session never expires", "sessions never expire"],
    // "Reset token expiry never enforced", "expires_at is never checked".
    cues: [[["expiry", "expiration", "expires", "expire", "ttl"], ["never", "not", "unchecked", "ignored", "missing", "without"], ["token", "tokens", "session", "sessions"]]],
  },
  {
    // A missing Secure flag (sent over plain HTTP) and a missing HttpOnly flag (readable by script)
    // are two CWEs and two fixes, often listed side by side by one reviewer.
    id: "cookie-flags",
    label: "sensitive cookie without security attributes",
    cwe: "CWE-614",
    roots: [614, 1004, 1275],
    synonyms: ["httponly", "http-only flag", "secure flag", "secure attribute", "cookie flag", "cookie flags", "cookie attribute", "samesite"],
    variants: {
      httponly: ["httponly", "http-only", "http only flag"],
      secure: ["secure flag", "secure attribute", "secure cookie flag", "session_cookie_secure"],
      samesite: ["samesite"],
    },
  },
  {
    id: "timing-side-channel",
    label: "timing side channel",
    cwe: "CWE-208",
    roots: [208, 203, 385],
    // The fix named instead of the flaw: `timingSafeEqual`, `hmac.compare_digest`, `secure_compare`.
    synonyms: [
      "timing attack",
      "timing attacks",
      "side channel",
      "constant time",
      "constant-time",
      "timing information",
      "timing leak",
      "timing-safe",
      "timing difference",
      "compare digest",
      "secure compare",
    ],
  },
  {
    // A service port or network rule open to every address: SSH or a database reachable from the internet.
    id: "network-exposure",
    label: "service exposed to the internet",
    cwe: "CWE-668",
    roots: [668],
    cues: [
      [
        ["ingress", "egress", "inbound", "exposed", "open", "opened", "reachable", "accessible", "allows", "unrestricted"],
        // Not "addresses": C reviews speak of memory addresses.
        ["internet", "world", "cidr"],
      ],
      // A namespace without a NetworkPolicy: every pod can reach every other ("No NetworkPolicy").
      [["no", "missing", "without", "lacks", "absent"], ["networkpolicy", "networkpolicies"]],
      [["no", "missing", "without", "lacks", "absent"], ["network"], ["policy", "policies"]],
      // "SSH exposed publicly", "RDP open to anyone": a remote login port named with who can reach it.
      [
        ["ssh", "rdp", "telnet", "winrm"],
        ["public", "publicly", "exposed", "internet", "world", "anywhere", "anyone", "everyone"],
      ],
    ],
    synonyms: ["security group", "open to the world", "open to the internet", "whole internet", "publicly accessible", "unrestricted ingress", "unrestricted access", "any address", "all addresses"],
  },
  {
    // Nothing records what happened: audit logging switched off or never configured.
    id: "insufficient-logging",
    label: "insufficient logging",
    cwe: "CWE-778",
    roots: [778, 223],
    cues: [[["logging", "audit", "trail"], ["disabled", "disable", "switched", "false", "never", "missing", "nothing"]]],
    synonyms: ["logging disabled", "not logging", "insufficient logging", "audit logging", "no audit trail", "enable_logging", "access logging"],
  },
  {
    // An exported component that starts whatever Intent it is handed, with the app's own identity.
    id: "intent-redirection",
    label: "intent redirection",
    cwe: "CWE-926",
    roots: [926, 925, 927],
    // An unverified deep link's caller (CWE-940) is how some reviewers put the same defect.
    leadsTo: ["origin-validation"],
    synonyms: ["intent redirection", "intent forwarding", "unvalidated intent", "forwarded intent", "nested intent", "forward intent"],
  },
  {
    // A JavaScript bridge into a WebView that hands native capabilities or secrets to page script.
    id: "webview-bridge",
    label: "exposed dangerous method (WebView JavaScript bridge)",
    cwe: "CWE-749",
    roots: [749],
    // "JavaScript" reads as a camelCase name (java, script): both spellings are listed.
    // Electron's renderer given Node's APIs: nodeIntegration on, contextIsolation off.
    synonyms: ["javascript interface", "java script interface", "addjavascriptinterface", "js bridge", "javascript bridge", "java script bridge", "exposed dangerous method", "node integration", "nodeintegration", "context isolation", "contextisolation"],
  },
  {
    // Links built from the request's Host header: password-reset poisoning and cache poisoning.
    id: "host-header",
    label: "host header poisoning",
    cwe: "CWE-644",
    roots: [],
    synonyms: ["host header", "http_host", "host header injection", "host header poisoning", "reset poisoning", "password reset poisoning"],
  },
  {
    // One CWE per response discrepancy (CWE-204), often reached through timing (CWE-208, kin).
    id: "account-enumeration",
    label: "account enumeration",
    cwe: "CWE-204",
    roots: [204],
    leadsTo: ["info-exposure", "timing-side-channel"],
    synonyms: [
      "user enumeration",
      "username enumeration",
      "account enumeration",
      "email enumeration",
      "enumerate users",
      "enumerate usernames",
      "enumerate accounts",
      "enumerate valid",
      "valid usernames",
      "registered email addresses",
    ],
    // "different responses for known and unknown emails": the discrepancy described.
    cues: [
      [
        ["different", "differing", "distinct"],
        ["message", "messages", "msgs", "response", "responses", "error", "errors"],
        ["unknown", "known", "existing", "exists", "nonexistent", "registered", "valid"],
      ],
    ],
  },
  {
    // No CWE of its own: reviewers cite CWE-693 or the header's consequence (clickjacking).
    id: "security-headers",
    label: "missing security headers",
    cwe: "CWE-693",
    roots: [],
    exactCwes: [693],
    synonyms: [
      "security headers",
      "security header",
      "helmet",
      "x-content-type-options",
      "strict-transport-security",
      "hsts",
      "content-security-policy",
      "content security policy",
      "x-powered-by",
    ],
  },
  {
    // A price, amount or role the server takes from the request instead of its own records.
    id: "client-trusted-value",
    label: "trusting a client-supplied value",
    cwe: "CWE-602",
    roots: [602, 472, 473],
    cues: [
      [
        ["amount", "price", "prices", "total", "cost", "discount", "quantity"],
        ["client", "customer", "browser", "request", "body", "user"],
        ["controlled", "controls", "supplied", "sent", "comes", "taken", "tamper", "tampering", "tampered", "trusted", "trusts", "manipulate", "manipulated", "chooses", "pick", "picks"],
      ],
      // A request header trusted for who the caller is: "spoofable role header", "a header the client controls".
      [["header", "headers"], ["spoof", "spoofed", "spoofable", "spoofing", "forge", "forged", "forgeable"]],
      [["header", "headers"], ["client", "caller", "attacker", "user"], ["controls", "controlled", "supplied"]],
    ],
    synonyms: [
      "price tampering",
      "price manipulation",
      "amount tampering",
      "parameter tampering",
      "client-side enforcement",
      "client-side validation",
      "client-supplied price",
      "client-supplied amount",
    ],
  },
  {
    id: "clickjacking",
    label: "clickjacking",
    cwe: "CWE-1021",
    roots: [1021],
    parent: "security-headers",
    synonyms: ["clickjacking", "x-frame-options", "frame options"],
  },
  {
    // A link that opens in a new tab and lets the opened page navigate its opener (window.opener).
    id: "tabnabbing",
    label: "reverse tabnabbing",
    cwe: "CWE-1022",
    roots: [1022],
    synonyms: ["tabnabbing", "reverse tabnabbing", "noopener", "noreferrer", "window opener"],
  },
  {
    // A message, deep link or request acted on without checking where it came from.
    id: "origin-validation",
    label: "origin validation error",
    cwe: "CWE-346",
    roots: [346, 940, 1385],
    synonyms: ["origin check", "origin checks", "origin validation", "event.origin", "message origin", "messages from any origin", "postmessage", "cross-site websocket hijacking"],
  },
  {
    id: "cors",
    label: "permissive CORS",
    cwe: "CWE-942",
    roots: [942],
    synonyms: ["cors", "cross-origin resource sharing", "access-control-allow-origin", "wildcard origin"],
  },
  {
    id: "incorrect-comparison",
    label: "incorrect comparison",
    cwe: "CWE-697",
    roots: [697, 1023, 1024, 1025, 1254, 595, 597, 486],
    synonyms: ["type juggling", "loose comparison", "loose equality", "loosely compared", "magic hash", "magic hashes", "incorrect comparison", "type coercion"],
  },
  {
    id: "format-string",
    label: "uncontrolled format string",
    cwe: "CWE-134",
    roots: [134],
    synonyms: ["format string"],
  },
  {
    id: "input-validation",
    label: "improper input validation",
    cwe: "CWE-20",
    roots: [20],
    synonyms: [],
    generic: true,
  },
];

/**
 * Alternate terms in the catalogue that are too ambiguous in review prose to imply a weakness
 * ("CSS" for XSS, "Overflow" for integer overflow, list-of-allowed-inputs vocabulary that appears
 * in every recommendation).
 */
export const AMBIGUOUS_CATALOGUE_TERMS: ReadonlySet<string> = new Set([
  "css",
  "overflow",
  "authorization",
  "authentication",
  "white space",
  "referrer",
  "functional change",
  "insecure temporary file",
  "allowlist",
  "allow list",
  "safelist",
  "safe list",
  "whitelist",
  "white list",
  "denylist",
  "deny list",
  "blocklist",
  "block list",
  "blacklist",
  "black list",
  "output validation",
  "output sanitization",
  "output encoding",
  "injection",
  // "wrap it in requireAdmin": a verb of code review far more often than an integer wraparound.
  "wrap",
  "race",
  "shatter",
  "marshaling",
]);
