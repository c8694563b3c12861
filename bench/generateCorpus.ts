/**
 * A synthetic review corpus for benchmarks: subjects whose reviewers describe overlapping sets of
 * weaknesses in different shapes (numbered markdown, headings, plain text, JSON), so ingest and
 * grouping do realistic work. Deterministic for a given seed.
 */
const WEAKNESSES = [
  { name: "SQL injection in {fn}", cwe: "CWE-89", body: "The query in `{fn}` concatenates `request.args['q']` into SQL; an attacker can read other rows." },
  { name: "Path traversal when saving uploads in {fn}", cwe: "CWE-22", body: "`os.path.join(UPLOAD_DIR, name)` in `{fn}` accepts `../` segments, so files land outside the folder." },
  { name: "Command injection through {fn}", cwe: "CWE-78", body: "`subprocess.run(cmd, shell=True)` in `{fn}` interpolates a user-controlled host name." },
  { name: "Stored XSS via {fn}", cwe: "CWE-79", body: "`{fn}` marks the comment as safe HTML, so a stored `<script>` runs for every viewer." },
  { name: "Hard-coded credentials near {fn}", cwe: "CWE-798", body: "An API token is committed in the source next to `{fn}`; anyone with the repository can use it." },
  { name: "Unbounded read in {fn}", cwe: "CWE-400", body: "`{fn}` reads the whole request body into memory; a large upload exhausts memory (denial of service)." },
  { name: "Missing authorization check in {fn}", cwe: "CWE-862", body: "`{fn}` looks records up by id without checking the owner, so any user can read any record." },
  { name: "Weak hashing of passwords in {fn}", cwe: "CWE-916", body: "`{fn}` stores passwords with unsalted `md5`, which is fast to brute force." },
];
const FUNCTIONS = ["save_upload", "search_items", "render_comment", "run_backup", "load_profile", "export_csv", "login_user", "ping_host"];
const SEVERITIES = ["critical", "high", "medium", "low"];

function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface GeneratedReport {
  subject: string;
  reviewer: string;
  source: string;
  text: string;
}

export function* generateCorpus(subjects: number, reviewersPerSubject: number, seed = 1): Generator<GeneratedReport> {
  const random = rng(seed);
  for (let s = 0; s < subjects; s++) {
    const picked = WEAKNESSES.filter(() => random() < 0.6).map((w, i) => ({ ...w, fn: FUNCTIONS[(s + i) % FUNCTIONS.length], line: 10 + Math.floor(random() * 200) }));
    for (let r = 0; r < reviewersPerSubject; r++) {
      const mine = picked.filter(() => random() < 0.7);
      const shape = r % 4;
      const items = mine.map((w, i) => ({
        title: w.name.replace("{fn}", w.fn),
        body: w.body.replaceAll("{fn}", w.fn),
        cwe: w.cwe,
        line: w.line + Math.floor(random() * 4),
        severity: SEVERITIES[Math.floor(random() * SEVERITIES.length)],
        n: i + 1,
      }));
      yield { subject: `subject-${s}`, reviewer: `reviewer-${r}`, source: `reviewer-${r}.${shape === 3 ? "json" : "md"}`, text: render(shape, items) };
    }
  }
}

type Item = { title: string; body: string; cwe: string; line: number; severity: string; n: number };

function render(shape: number, items: Item[]): string {
  if (items.length === 0) return "No security defects are detected in the code.";
  switch (shape) {
    case 0:
      return `Here is my review:\n\n${items.map((i) => `${i.n}. **${i.title}** (Line ${i.line})\n   - **Issue**: ${i.body}\n   - **Solution**: Validate the input.\n`).join("\n")}\nOverall the code is readable.`;
    case 1:
      return `## Findings\n\n${items.map((i) => `### ${i.n}. ${i.title}\n**Severity:** ${i.severity}\n**CWE:** ${i.cwe}\n**Location:** line ${i.line}\n\n${i.body}\n`).join("\n")}\n## Summary\nFix the first ones first.`;
    case 2:
      return `Review of the module.\n\n${items.map((i) => ` ${i.n}. ${i.title}\n\n    * Line ${i.line}: see code\n    * Security Concern: ${i.body}\n    * Solution: fix it.\n`).join("\n")}`;
    default:
      return JSON.stringify(items.map((i) => ({ title: i.title, lines: String(i.line), severity: i.severity, cwe: i.cwe, description: i.body })), null, 2);
  }
}
