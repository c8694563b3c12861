import { describe, expect, it } from "vitest";
import { normalizeFinding } from "../../../lib/findings/normalizeFinding";
import { parseReport } from "../../../lib/reports/parseReport";

const findingsOf = (text: string, name = "review.md") => parseReport(text, name).findings.map((f, i) => normalizeFinding(f, i + 1));

describe("more shapes reviewers use", () => {
  it("skips a findings summary that the detailed sections repeat, and a closing recommendations list", () => {
    const text = `# Security review of auth.go

## Findings Summary
- SQL injection in \`GetUser\` (high)
- Weak session tokens (medium)

## Detailed Findings

### 1. SQL injection in GetUser
**Severity:** High
The query concatenates \`id\` into the statement.

### 2. Weak session tokens
**Severity:** Medium
Tokens come from \`math/rand\`.

## Recommendations
- Use prepared statements everywhere.
- Generate tokens with crypto/rand.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => f.title)).toEqual(["SQL injection in GetUser", "Weak session tokens"]);
    expect(findings.map((f) => f.severity)).toEqual(["high", "medium"]);
    expect(text.slice(findings[0].span.start, findings[0].span.end)).toMatch(/^### 1\. SQL injection in GetUser[\s\S]*statement\.$/);
  });

  it("reads bold numbered paragraphs as headings and takes the severity out of the title", () => {
    const findings = findingsOf(`Review:

**1. Hardcoded AWS key (High)**
The key in \`config.py\` line 12 is committed to the repository.

**2. Missing CSRF protection (Medium)**
Forms in \`views.py\` lack tokens.

**Conclusion**
Fix both.`);
    expect(findings.map((f) => [f.title, f.severity])).toEqual([
      ["Hardcoded AWS key", "high"],
      ["Missing CSRF protection", "medium"],
    ]);
    expect(findings[0].lines).toEqual([{ start: 12, end: 12 }]);
  });

  it('splits plain "Issue N:" blocks and reads file:line locations', () => {
    const findings = findingsOf(
      `Issue 1: Buffer overflow in parse_header()
Severity: High
Location: parser.c:88
The memcpy copies len bytes without checking the destination size.

Issue 2: Integer overflow in alloc_table()
Severity: Medium
Location: parser.c:120-124
count * size can wrap around.

No other issues were found.`,
      "review.txt",
    );
    expect(findings.map((f) => [f.title, f.severity, f.lines])).toEqual([
      ["Buffer overflow in parse_header()", "high", [{ start: 88, end: 88 }]],
      ["Integer overflow in alloc_table()", "medium", [{ start: 120, end: 124 }]],
    ]);
  });

  it("ends a title at the location in parentheses of a one-line item", () => {
    const findings = findingsOf(`Here are the issues:

1) Open redirect in /login — the next parameter is not validated (line 33).
2) Session cookie lacks the Secure flag (line 50), so it can leak over plain HTTP.

Everything else looks fine.`);
    expect(findings.map((f) => f.title)).toEqual(["Open redirect in /login", "Session cookie lacks the Secure flag"]);
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 33, end: 33 }], [{ start: 50, end: 50 }]]);
  });

  it("keeps a yes/no answer's finding but not the yes in its title", () => {
    const [finding] = findingsOf(
      "Yes, the code is vulnerable to a heap buffer overflow. In `tiff_read()`, the loop writes `n` bytes into `buf` of size 256 without checking `n`, so a crafted file overflows the heap (CWE-122).",
      "answer.txt",
    );
    expect(finding.title).toBe("the code is vulnerable to a heap buffer overflow");
    expect(finding.cwe).toBe("CWE-122");
    expect(finding.symbols).toEqual(expect.arrayContaining(["tiff_read()"]));
  });

  it("gives a plain no as the verdict", () => {
    const report = parseReport("No, this code is not vulnerable to an out-of-bounds write: every index is checked against `len` first.", "a.txt");
    expect(report.verdict).toBe("no-issues");
    expect(report.findings).toEqual([]);
  });

  it("reads the frame sections of a step-by-step answer as frame, whatever step they are", () => {
    const text = `### Step 1: Overview of the Code
The module parses TLV records from untrusted packets into a fixed array of entries.

### Step 2: Detailed Analysis of the Parser
#### 1. **\`parse_tlv\`**
- **Analysis**: The copy into \`entry->data\` trusts the record's length, so a crafted packet overflows the buffer.

#### 2. **\`read_header\`**
- **Analysis**: The length field is never compared with the bytes left, so it reads past the end of the packet.

### Step 3: Conclusion
Both functions trust lengths from the packet. An attacker controlling the packet can corrupt memory.
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual(["`parse_tlv`", "`read_header`"]);
  });

  it("reads bracket-numbered paragraphs as findings even when a short list of notes follows", () => {
    const text = `SECURITY REVIEW - server.go

[1] Command injection in printLabel (line 123) - CRITICAL
    The sku parameter is concatenated into the string passed to "sh -c".
    Any shell metacharacter runs a command of the attacker's choosing.

[2] Certificate verification disabled (line 35) - HIGH
    InsecureSkipVerify is true, so the feed can be intercepted.

Other observations:
  - Both SQL statements use bind parameters; no injection there.
  - Reserve rejects non-positive quantities.

Overall the service is small, but [1] must be fixed first.
`;
    const findings = findingsOf(text, "review.txt");
    expect(findings.map((f) => f.title)).toEqual(["Command injection in printLabel", "Certificate verification disabled"]);
    expect(findings.map((f) => f.severity)).toEqual(["critical", "high"]);
    expect(findings[0].lines).toEqual([{ start: 123, end: 123 }]);
  });

  it("reads a list whose every item opens with the same label as one finding per item, titled by the label's value", () => {
    const text = `The following security issues were identified:

* Security Concern: Command Injection
  Lines: 71-73
  The perform method interpolates the branch into a shell command.

* Security Concern: No Limit on Request Body Size
  Line: 22
  request.body.read reads the whole body into memory.
`;
    expect(findingsOf(text, "review.txt").map((f) => f.title)).toEqual(["Command Injection", "No Limit on Request Body Size"]);
  });

  it("reads terse comments pinned to a line without a colon", () => {
    const text = `**Blocking**

- L59 \`new Random()\` for reset tokens. Not a CSPRNG.
- L88 same thing on the GET: walk the ids, get everyone's address.
- L40 vs L43: two different error messages tell you whether the email exists.
`;
    expect(findingsOf(text)).toHaveLength(3);
  });

  it("reads a finding written as field paragraphs (ISSUE / WHERE / RISK / WHY) between rules, titled by its ISSUE", () => {
    const text = `SECURITY REVIEW - orders module

----------------------------------------

ISSUE: Customers can modify other customers' orders

WHERE: OrderController.php, update(), line 52

RISK: High

WHY: Order::findOrFail($id) looks the order up by id only.

----------------------------------------

ISSUE: ORDER BY injection in the CSV export

WHERE: OrderController.php, export(), line 76

RISK: High

WHY: sort goes through DB::raw() into orderBy().

----------------------------------------

NOT ISSUES (checked): the date filter binds its value.
`;
    const findings = findingsOf(text, "review.txt");
    expect(findings.map((f) => f.title)).toEqual(["Customers can modify other customers' orders", "ORDER BY injection in the CSV export"]);
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 52, end: 52 }], [{ start: 76, end: 76 }]]);
  });

  it("reads review comments pinned to a file and line in bold, titled by what they say", () => {
    const text = `Left a few comments on the PR.

**OrderController.php L52** — \`Order::findOrFail($id)\` isn't scoped to the current user. Use the relation.

**OrderController.php L52 (again)** — separate problem on the same line: \`$request->all()\` skips validation.

**OrderController.php L25** — fine as is, \`$from\` is bound.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => f.title)).toEqual(["`Order::findOrFail($id)` isn't scoped to the current user", "separate problem on the same line"]);
    expect(findings[0].lines).toEqual([{ start: 52, end: 52 }]);
  });

  it("reads a closing decision's list as a recap of the findings told before it, and as the findings when nothing came before", () => {
    const analysis = `### Step 3: Analysis

1. **\`get_invoice\` trusts pickled data from Redis (line 46)**: a cache hit is decoded with \`pickle.loads\`, so whoever writes to Redis runs code (CWE-502).
2. **\`revenue_report\` builds SQL with f-strings (lines 60-66)**: \`currency\` is inserted into the query text, an SQL injection (CWE-89).

`;
    const decision = `### Step 4: Decision

Yes, the code has security defects. Confirmed:

- Insecure deserialization with \`pickle.loads\` in \`get_invoice\` (CWE-502)
- SQL injection in \`revenue_report\` (CWE-89)
`;
    expect(findingsOf(analysis + decision)).toHaveLength(2);
    expect(findingsOf(decision)).toHaveLength(2);
  });

  it("does not read a list introduced as general recommendations or as good practices as findings", () => {
    const text = `No security defects are detected in the code.

The service appears to follow common security practices for a FastAPI
application:

- Secrets are loaded from environment variables instead of being hard-coded.
- Queries use parameter placeholders.

General recommendations:

1. Add rate limiting in front of the API to reduce the impact of brute-force attempts.
2. Enable monitoring so that failed authentication attempts can be detected.
`;
    const report = parseReport(text, "review.txt");
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe("no-issues");
  });

  it("splits a function's item into its titled defects", () => {
    const text = `### Analysis

1. **\`revenue_report\`**:
   - (a) **SQL query assembled by string formatting (lines 60-66)**: \`currency\` goes into the SQL text. SQL injection (CWE-89).
   - (b) **No authentication dependency on the report route (line 58)**: the endpoint is public (CWE-306).
2. **\`pay_invoice\`**: uses a parameterized UPDATE. No issue found.
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual(["SQL query assembled by string formatting", "No authentication dependency on the report route"]);
  });

  it("reads a function's lettered points as findings of their own, and a 'General observations' item as notes", () => {
    const text = ` 1. \`cfg_warn()\`
    - (a) Unbounded \`sprintf\` into \`char buf[64]\` (line 33). The buffer can overflow (CWE-121).
    - (b) \`syslog()\` called with a non-literal format (line 35). Format string vulnerability (CWE-134).

 2. General observations
    - Secrets are taken from environment variables rather than hard-coded in the source.
    - Queries are parameterized.
`;
    expect(findingsOf(text, "review.txt").map((f) => f.lines)).toEqual([[{ start: 33, end: 33 }], [{ start: 35, end: 35 }]]);
  });

  it("reads 'I did not identify any security vulnerabilities' with a hedge as no issues", () => {
    const text = `I have reviewed the provided API routes for security vulnerabilities.

Overall, the code appears to follow good security practices and I did not identify any security vulnerabilities. Queries are parameterized, so SQL injection is not a concern.

However, a full audit would require access to the rest of the application.
`;
    expect(parseReport(text, "review.txt").verdict).toBe("no-issues");
  });

  it("does not count a closing 'To summarize ...' paragraph as one more finding, but keeps it when it is the only one", () => {
    const first = "The revenue report builds its SQL with f-strings from the query parameters, so an attacker can inject arbitrary SQL and read every table.";
    const second = "The template upload calls yaml.load with the full loader, which lets a crafted template instantiate arbitrary objects and run code.";
    const summary = "To summarize, I would fix the SQL injection in the revenue report and the unsafe YAML deserialization before release.";
    expect(findingsOf([first, second, summary].join("\n\n"), "review.txt")).toHaveLength(2);
    expect(findingsOf(summary.replace("To summarize, I would fix", "In summary: an attacker can exploit"), "review.txt")).toHaveLength(1);
  });

  it("keeps a prose finding beside a list of general recommendations, and drops the recommendations", () => {
    const text = `The code has a security defect:

The set_metadata() method calls eval() on the metadata values sent by the user (line 67). This allows an attacker to run arbitrary Python code on the server. You should use json.loads() instead of eval().

In addition, here are some general security recommendations:

* Ensure all inputs are validated.
* Follow the principle of least privilege.
`;
    const findings = findingsOf(text, "answer.txt");
    expect(findings).toHaveLength(1);
    expect(findings[0].lines).toEqual([{ start: 67, end: 67 }]);
  });

  it("reads an opening 'No security defects are detected' as the verdict over the prose that explains it", () => {
    const text = `No security defects are detected in the code.

Summary of the review:

The code reads the file with fgets() using the size of the destination buffer, and sscanf() is given field widths that match the buffers, so the input line cannot overflow them.

General recommendations:

1. Compile with -Wformat-security and stack protection.
`;
    expect(parseReport(text, "answer.txt").verdict).toBe("no-issues");
  });

  it("keeps a proof of concept in <details> inside its finding, and reads a closing checklist as notes", () => {
    const text = `### 🔴 Critical: SQL injection in \`NotesProvider.query()\`

\`selection\` is pasted into the WHERE clause and run with \`rawQuery(sql, null)\`.

<details>
<summary>Proof of concept (adb, no permissions needed)</summary>

\`\`\`sh
adb shell content query --where "0 UNION SELECT token FROM accounts"
\`\`\`
</details>

### 🟠 High — Auth token logged with Log.d

The token is written to logcat on every login (line 32).

### Checklist

- [ ] Parameterised queries in \`NotesProvider\`
- [ ] No tokens in logs
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual(["SQL injection in `NotesProvider.query()`", "Auth token logged with Log.d"]);
  });

  it("reads numbered points (1.1, 1.2) under a category, whether the category is a list item or a heading", () => {
    const item = `1. **Memory safety**

   1.1 *Stale \`Chunk*\` after the vector grows* (L62). The writes through \`cur\` are a use-after-free (CWE-416). Severity: high.

   1.2 *Possible out-of-range palette access* (L108). A pixel byte indexes past the end of \`palette_\` (CWE-125).
`;
    expect(findingsOf(item).map((f) => f.lines)).toEqual([[{ start: 62, end: 62 }], [{ start: 108, end: 108 }]]);
    const heading = `## 3. WebView

3.1 **\`addJavascriptInterface\` hands the session token to page script** (L40) — *High.* Any page can call the bridge.

3.2 **File-URL universal access turned on** (L36–37) — *Medium.* Script in a file:// page can read other local files.

## 5. Not security, but worth fixing

5.1 **\`api.login()\` runs on the main thread** (L50) — this is a reliability issue rather than a security one.
`;
    expect(findingsOf(heading).map((f) => f.lines)).toEqual([[{ start: 40, end: 40 }], [{ start: 36, end: 37 }], [{ start: 50, end: 50 }]]);
  });

  it("reads the findings nested under a '## Summary' heading after its table, and lends them the table's fields", () => {
    const text = `## Summary

| # | Area | Lines | Severity |
|---|------|-------|----------|
| 1 | Remote shell command built from request data | 105-106 | Critical |
| 2 | SSH server identity never checked | 92 | High |

---

### 1. Shell Injection Through the \`unit\` Field

\`req.Unit\` is interpolated into a string run with \`sh -c\`.

### 2. Host Key Verification Is Disabled

\`ssh.InsecureIgnoreHostKey()\` accepts any server key.

## What Looks Good

- The SSH dial has a timeout.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => f.title)).toEqual(["Shell Injection Through the `unit` Field", "Host Key Verification Is Disabled"]);
    expect(findings.map((f) => f.severity)).toEqual(["critical", "high"]);
  });

  it("reads blockquoted comments pinned to a bold file:line", () => {
    const text = `Left comments inline, summarising here:

> **views.py:24** \`pickle.loads\` on a cookie. Any customer can hand us a pickle.

> **settings.py:9** \`DEBUG = True\`: fine if this is the dev settings module, but I couldn't tell.
`;
    expect(findingsOf(text).map((f) => f.lines)).toEqual([[{ start: 24, end: 24 }], [{ start: 9, end: 9 }]]);
  });

  it("reads unblanked line comments one per line, a 'same on L97' line as a comment of its own, and leaves nits out", () => {
    const text = `OrderApi.java - review notes

L92 parse() instead of parseClaimsJws(), so an unsigned token is accepted. blocker
L80 on top of that the key is a literal in the repo
same on L97, getOriginalFilename() comes straight from the client
L110 DocumentBuilderFactory with defaults == XXE
  and the parser is shared between requests
nit: L91 use startsWith + substring
`;
    const findings = findingsOf(text, "notes.txt");
    expect(findings.map((f) => f.title)).toEqual([
      "parse() instead of parseClaimsJws()",
      "on top of that the key is a literal in the repo",
      "same on L97, getOriginalFilename() comes straight from the client",
      "DocumentBuilderFactory with defaults == XXE",
    ]);
    // A wrapped line without a pin belongs to the comment above it.
    expect(text.slice(findings[3].span.start, findings[3].span.end)).toMatch(/shared between requests$/);
  });

  it("reads prose paragraphs that open with a bold title pinned to a line or a priority as findings, and a closing 'apart from these' as praise", () => {
    const text = `Okay, let's take a look at this flow.

**P2 – Reset tokens are stored in plaintext (lines 24-25).** Anyone who can read the users table can use pending links.

**P2 – Session fixation after login (line 59).** The session ID is not rotated when the user authenticates. Call session_regenerate_id(true).

Apart from these points the file is in decent shape: passwords are hashed with password_hash() and most queries are parameterized.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => f.title)).toEqual(["Reset tokens are stored in plaintext", "Session fixation after login"]);
  });

  it("reads a prose paragraph about 'the most pressing issue' as a finding", () => {
    const text = `I went through the controller with a focus on untrusted input.

The most pressing issue is the XML parsing in \`importMetadata\` around lines 110 to 112. A plain \`DocumentBuilderFactory\` is used with no hardening, which leaves the parser open to XML External Entity attacks.

In conclusion, the code is reasonably structured.
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual(["The most pressing issue is the XML parsing in `importMetadata` around lines 110 to 112"]);
  });

  it("reads bold-sentence paragraphs under a heading named after a function as that function's findings", () => {
    const text = `I reviewed the parser.

## handle_set_name (lines 44-59)

**Name length is never compared with the size of \`dev->name\`.** Nothing checks \`len\` against \`NAME_MAX_LEN\`, so a sender writes past the field. (CWE-787)

**The log message is used as a format string.** The attacker-chosen name is handed to \`log_event\` as the format. (CWE-134)

## handle_config (lines 61-88)

**Allocation size is truncated to 16 bits.** \`bytes\` is a \`uint16_t\`, so the product wraps. (CWE-190)

**Positive notes:** the length check is computed in \`size_t\`.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => f.title)).toEqual([
      "Name length is never compared with the size of `dev->name`",
      "The log message is used as a format string",
      "handle_config",
    ]);
  });

  it("reads a heading with its CWE on the line under it as one finding, not the CWE as a title, even when the reviewer hedges", () => {
    const text = `# Review

### Critical — Intent redirection in \`DeepLinkActivity\` (lines 66–68)
**CWE-926**

Any other intent it receives is forwarded with the app's own identity.

### Low — Partner key embedded in the APK (line 28)
**CWE-798**

The \`pk_\` prefix suggests a publishable key; if that's the case, this is fine. Worth confirming.

## How these combine

The first finding chains into an account takeover from a malicious app.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => f.title)).toEqual(["Intent redirection in `DeepLinkActivity`", "Partner key embedded in the APK"]);
    expect(findings.map((f) => f.severity)).toEqual(["critical", "low"]);
    expect(findings.map((f) => f.cwe)).toEqual(["CWE-926", "CWE-798"]);
  });

  it("reads review notes with the file and line in a column of their own", () => {
    const text = `session.ts:31   alg "none" -> no sig check at all. forge any orgId/role
[id].ts:12      GET not scoped by orgId -> any logged-in user reads other tenants' projects
merge.ts        __proto__ goes straight through deepMerge
login.ts:14/17  different msgs for unknown email vs bad password. low
nit: SESSION_TTL_SECONDS should come from one constant
`;
    const findings = findingsOf(text, "notes.txt");
    expect(findings.map((f) => f.title)).toEqual([
      'alg "none" -> no sig check at all',
      "GET not scoped by orgId -> any logged-in user reads other tenants' projects",
      "__proto__ goes straight through deepMerge",
      "different msgs for unknown email vs bad password",
    ]);
    expect(findings[3].lines).toEqual([{ start: 14, end: 14 }, { start: 17, end: 17 }]);
  });

  it("does not let the review's closing paragraph weigh on the last finding", () => {
    const text = `Here is my review.

**1. Command Injection (High)**

The thumbnail URL goes into a shell command on line 121.

**2. Broad Exception Handling (Low)**

The worker catches all exceptions (line 138). This is not a security issue per se, but it can hide unexpected errors.

Overall, the code follows some good practices, such as using \`hmac.compare_digest\` and \`yaml.safe_load\`. Good job on the token checks.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => f.title)).toEqual(["Command Injection", "Broad Exception Handling"]);
    expect(text.slice(findings[1].span.start, findings[1].span.end)).not.toMatch(/Overall/);
  });

  it("reads bold titles with snake_case names in them, and a line comment whose pin is in parentheses", () => {
    const md = `## sev-2

**Tenant data leak: missing org_id filter on project lookup** (\`[id].ts\` L11–L14)
Any authenticated user can read any project.

**Prototype pollution via recursive merge** (\`lib/merge.ts\` L4–L15)
Keys are not filtered, so \`__proto__\` walks into \`Object.prototype\`.
`;
    expect(findingsOf(md).map((f) => f.title)).toEqual(["Tenant data leak: missing org_id filter on project lookup", "Prototype pollution via recursive merge"]);
    const notes = `L115: pickle.loads on the uploaded checkpoint. blocker
webhook url (L55) only checks the scheme; worker will POST to 169.254.169.254 or localhost:6379 no questions asked
L21: signing secret in code
`;
    expect(findingsOf(notes, "notes.txt")).toHaveLength(3);
  });

  it("reads a table keyed by id with details per id as one finding per row, the details in its body", () => {
    const text = `## thumbd review

| ID | Severity | Finding | Location |
|----|----------|---------|----------|
| T-1 | Critical | Remote command execution through thumbnail parameters | \`thumbnail\`, L66-70 |
| T-2 | High | Arbitrary file write via the multipart filename | \`upload\`, L49 |

### Details

**T-1.** \`format!\` interpolates \`p.name\` into a string handed to \`sh -c\`.

**T-2.** The client's filename is joined to the upload directory unmodified.
`;
    const parsed = parseReport(text, "review.md").findings;
    expect(parsed.map((f) => f.title)).toEqual(["Remote command execution through thumbnail parameters", "Arbitrary file write via the multipart filename"]);
    expect(parsed[0].body).toMatch(/sh -c/);
    expect(text.slice(parsed[0].span.start, parsed[0].span.end)).not.toMatch(/sh -c/); // the excerpt stays the row
  });

  it("reads review notes that name the file once and then only lines (':65 ...'), and a 'same line:' comment", () => {
    const text = `invoices_controller.rb:61 Invoice.find not scoped -> current_account.invoices.find
:65 permit! - no. explicit permit list
:71 Marshal.load on a cookie the user controls. that's RCE
L25 verify=False?? MITM can swap the bundle
same line: no timeout on requests.get
nit: search should paginate like index does
`;
    const findings = findingsOf(text, "notes.txt");
    expect(findings.map((f) => f.title)).toEqual([
      "Invoice.find not scoped -> current_account.invoices.find",
      "permit! - no",
      "Marshal.load on a cookie the user controls",
      "verify=False?? MITM can swap the bundle",
      "no timeout on requests.get",
    ]);
    expect(findings.map((f) => f.lines[0]?.start)).toEqual([61, 65, 71, 25, undefined]);
  });

  it("reads a checklist's failing and warning marks as findings and its passing marks as nothing, under any category heading", () => {
    const text = `## Security checklist: main.tf

### Network
- ✅ ALB exposes only HTTPS (443) to the internet
- ❌ SSH (port 22) open to 0.0.0.0/0 on the app security group (line 82)
- ⚠️ ALB egress allows all protocols to 0.0.0.0/0 (line 63)

### Identity and secrets
- ❌ IAM inline policy allows every action on every resource (lines 121-122)
- ❌ \`db_password\` variable has a hard-coded default (line 11)
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual([
      "SSH (port 22) open to 0.0.0.0/0 on the app security group",
      "ALB egress allows all protocols to 0.0.0.0/0",
      "IAM inline policy allows every action on every resource",
      "`db_password` variable has a hard-coded default",
    ]);
  });

  it("reads '**Summary**' over a table and '**Details**' over bold-titled paragraphs: the details are the findings", () => {
    const text = `**Summary**

| Severity | Issue | Where |
|----------|-------|-------|
| High | Raw SQL with interpolated search term | \`search/2\` |
| Medium | Open redirect via \`return_to\` | \`cancel/2\` |

**Details**

**Search query concatenates \`q\` into SQL (L34-45).** \`reference ILIKE '%#{q}%'\` is built by string interpolation. Bind the pattern.

**\`return_to\` is passed to \`redirect(external: ...)\` (L61).** Any absolute URL is accepted.
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual(["Search query concatenates `q` into SQL", "`return_to` is passed to `redirect(external: ...)`"]);
  });

  it("reads notes pinned to a type or file name and a line ('APIClient L38-42:', 'Info.plist L3-4 ...')", () => {
    const text = `APIClient L38-42: trust challenge handler just says yes to any cert
L29-30 accessToken getter/setter go through UserDefaults -> keychain please
Info.plist L3-4 NSAllowsArbitraryLoads=true turns off transport security
`;
    expect(findingsOf(text, "notes.txt").map((f) => f.title)).toEqual([
      "trust challenge handler just says yes to any cert",
      "accessToken getter/setter go through UserDefaults -> keychain please",
      "NSAllowsArbitraryLoads=true turns off transport security",
    ]);
  });

  it("pairs a numbered overview table with numbered sections by number alone when both count alike, and skips 'Things that are done right'", () => {
    const text = `| # | Area | Severity | Resource |
|---|------|----------|----------|
| 1 | IAM | Critical | \`aws_iam_role_policy.app\` |
| 2 | Network | High | \`aws_security_group.app\` |

## Details

### 1. Application role has full administrator rights

The inline policy allows \`Action = "*"\` on \`Resource = "*"\`.

### 2. SSH reachable from the whole internet

The group accepts TCP 22 from \`0.0.0.0/0\`.

## Things that are done right

- The ALB only exposes 443.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => f.title)).toEqual(["Application role has full administrator rights", "SSH reachable from the whole internet"]);
    expect(findings.map((f) => f.severity)).toEqual(["critical", "high"]);
  });

  it("reads every item under '**Security issues found:**' as a finding, terse as it is", () => {
    const text = `**Security issues found:**

- SQLi — \`/products\` concatenates \`category\` into the query (L55). Critical.
- Proto pollution — \`_.merge(settings, req.body)\` (L92). High.
- Outdated deps — \`lodash@4.17.4\` has known critical CVEs; upgrade. High.

**Good:** helmet, bcrypt, parameterized login query.
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual([
      "SQLi — `/products` concatenates `category` into the query",
      "Proto pollution",
      "Outdated deps",
    ]);
  });

  it("reads notes pinned with 'l.35-36' under a file's name, one per line, titled by their words", () => {
    const text = `NoteActivity.kt
  l.35-36  deeplink file param -> File(filesDir, ..) no check for ../ , can pull any private file
  l.47     pls dont log note bodies
  l.76     hardcoded key, use the keystore
`;
    const findings = findingsOf(text, "notes.txt");
    expect(findings.map((f) => [f.title, f.lines[0]?.start, f.path])).toEqual([
      ["deeplink file param -> File(filesDir, ..) no check for ../ , can pull any private file", 35, "NoteActivity.kt"],
      ["pls dont log note bodies", 47, "NoteActivity.kt"],
      ["hardcoded key, use the keystore", 76, "NoteActivity.kt"],
    ]);
  });

  it("reads a run of bold-titled paragraphs, most of them about problems, as findings laid out as such", () => {
    const text = `Review of SessionStore.m

Overall the class is compact, and it is good to see the token kept in the keychain. However, several points deserve attention.

**Certificate validation in the challenge handler.** The delegate accepts any server trust, so a network attacker can intercept the login.

**Remember-me stores the password.** The password goes into NSUserDefaults as a plain string that a backup exposes.

**Logout may not remove everything.** The \`logout\` method deletes the keychain items, but the saved password and the biometric flag survive it.

In summary, the trust handling and the stored password matter most.
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual([
      "Certificate validation in the challenge handler",
      "Remember-me stores the password",
      "Logout may not remove everything",
    ]);
  });

  it("reads bold titles that name snake_case code as part of such a run", () => {
    const text = `Notes on upload_handler.py

The module is short and readable, and the logging is consistent. A few points stand out.

**\`save_upload\` trusts the client's file name.** The name is joined to the upload directory unchecked, so \`../\` escapes it.

**\`max_size\` is never enforced.** A client can send a body of any size and fill the disk.

**\`scan_file\` runs with shell=True.** The path is interpolated into a shell command line.

That is all from me; the rest looks fine.
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual([
      "`save_upload` trusts the client's file name",
      "`max_size` is never enforced",
      "`scan_file` runs with shell=True",
    ]);
  });

  it("reads '**Severity: Critical**' under a finding's heading as its field, not as a sub-heading that swallows the finding", () => {
    const text = `### 1. Shell command injection in \`checkout()\` (line 60)

**Severity: Critical**

\`cfg.branch\` is read from the repository's config and reaches \`execSync\` in one string, so a crafted branch name runs commands.

### 2. SSH host key verification disabled (line 75)

**Severity: High**

\`StrictHostKeyChecking=no\` lets a network attacker impersonate the server.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => [f.title, f.severity])).toEqual([
      ["Shell command injection in `checkout()`", "critical"],
      ["SSH host key verification disabled", "high"],
    ]);
  });

  it("reads a review whose sections describe the code, praise it and say 'No security vulnerabilities were found' as no issues", () => {
    const text = `## Code Review: \`gateway/access.lua\`

The module implements an access-phase handler. It performs the following functions:

1. Determines the client IP address
2. Validates JWT bearer tokens with \`lua-resty-jwt\`
3. Forwards the user's identity to the upstream

The code is well structured and easy to follow.

### Security

No security vulnerabilities were found in the provided code. Authentication and rate limiting are enforced before requests reach the upstream.

### Conclusion

The script follows OpenResty best practices.
`;
    const report = parseReport(text, "review.md");
    expect(report.verdict).toBe("no-issues");
    expect(report.findings).toEqual([]);
  });

  it("keeps the suggestions of a section that concedes 'While no vulnerabilities were identified, the following changes ...:'", () => {
    const text = `## Hardening Suggestions

While no vulnerabilities were identified, the following changes would further improve the security posture:

1. **Scope the IAM permissions.** The role grants \`s3:*\` on all resources (lines 17-23).
2. **Move the archive credentials to a secrets store.** They are plain environment variables (lines 15-16).
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual(["Scope the IAM permissions", "Move the archive credentials to a secrets store"]);
  });

  it("pairs an overview table keyed by ids with sections titled '### F1: ...' by the ids alone", () => {
    const text = `| ID | Issue | Severity | Location |
|----|-------|----------|----------|
| F1 | SQL injection | Critical | lines 54-57 |
| F2 | Broken access control (read) | High | lines 46-48 |

### F1: SQL injection through the \`Sort\` parameter (CWE-89)

\`Sort\` is interpolated into the \`ORDER BY\` clause of a raw query, so an attacker controls the SQL.

### F2: Any teacher can view any section's grades (CWE-639)

The section is loaded by id without checking that it belongs to the signed-in teacher.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => [f.title, f.severity])).toEqual([
      ["SQL injection through the `Sort` parameter (CWE-89)", "critical"],
      ["Any teacher can view any section's grades (CWE-639)", "high"],
    ]);
  });

  it("pairs a numbered overview table with numbered bold paragraphs, each one long line: the paragraphs are the findings", () => {
    const text = `| # | Issue | Severity | File / Line |
|---|-------|----------|-------------|
| 1 | Privileged mode | High | values.yaml L29 |
| 2 | Host networking | Medium | deployment.yaml L18 |

#### Details

**1. Privileged container running as root.** \`securityContext.privileged\` is \`true\`; code execution in the agent gives an attacker the node.

**2. hostNetwork enabled.** The pod shares the node's network namespace, so the metrics port is open on every node IP to anyone who can reach it.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => f.title)).toEqual(["Privileged container running as root", "hostNetwork enabled"]);
    expect(findings.map((f) => f.severity)).toEqual(["high", "medium"]);
  });

  it("reads a bold report title ('**Security assessment of x.php**') as the report's name, and its prose paragraphs as findings", () => {
    const text = `**Security assessment of event-rsvp-lite.php**

The plugin registers a public AJAX endpoint and a settings page. I went through each of these in turn.

The shortcode also builds its query by string interpolation. The \`$event\` value ends up unquoted in \`WHERE event_id = $event\` on line 91, so an attacker can inject SQL.

The deletion endpoint on lines 76-81 trusts the caller completely: it never checks a capability, so every subscriber could delete guests.
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual(["The shortcode also builds its query by string interpolation", "The deletion endpoint on lines 76-81 trusts the caller completely"]);
  });

  it("still reads a block of notes pinned to 'Type:line' when the only labelled block beside it is nits", () => {
    const text = `AccountServlet.java + orders.jsp -- R. Okafor

AccountServlet:77 status concatenated into the SQL, run on a plain Statement at :82
:56 getSession(true) after the password check keeps the pre-login session -> fixation
orders.jsp:6 <%= status %> unescaped -> reflected XSS

nit: :72 unchecked (Long) cast
nit: login.jsp?error=1 magic number
`;
    const parsed = parseReport(text, "notes.txt");
    expect(parsed.verdict).toBe("findings");
    expect(parsed.findings.map((f) => f.title)).toEqual([
      "status concatenated into the SQL, run on a plain Statement at :82",
      "getSession(true) after the password check keeps the pre-login session -> fixation",
      "<%= status %> unescaped -> reflected XSS",
    ]);
  });

  it("reads unwrapped notes one per line, label or not, and leaves out the ones that approve or nitpick", () => {
    const text = `billing.py - notes

L12/L15: the invoice id from the URL is used without checking who owns the invoice, any customer can read any invoice
L30: amount comes from the form and is trusted for the refund, a user can refund more than they paid for the order
export_csv writes the customer's name into a formula cell, =HYPERLINK(...) runs in Excel
mark_paid ok
L58 looks fine.
nit: move the page size to settings, it is hard-coded in three places across the module
`;
    const findings = findingsOf(text, "notes.txt");
    expect(findings.map((f) => f.title)).toEqual([
      "the invoice id from the URL is used without checking who owns the invoice, any customer can read any invoice",
      "amount comes from the form and is trusted for the refund, a user can refund more than they paid for the order",
      "export_csv writes the customer's name into a formula cell, =HYPERLINK(...) runs in Excel",
    ]);
    expect(findings[0].lines).toEqual([{ start: 12, end: 12 }, { start: 15, end: 15 }]);
  });

  it("reads comments pinned to \`file:line\` in code marks, and leaves nits out however they are pinned", () => {
    const text = `Review of \`src/proto.c\`

- \`proto.c:41\` — len comes off the wire and is never compared with the buffer size before the copy
- \`proto.c:57\` — the entry is freed here and again in cleanup()
- nit \`proto.c:12\` — rename BUF to PROTO_BUF, a failed build taught us that
- proto.c:70   nit: declare i in the loop
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => f.title)).toEqual([
      "len comes off the wire and is never compared with the buffer size before the copy",
      "the entry is freed here and again in cleanup()",
    ]);
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 41, end: 41 }], [{ start: 57, end: 57 }]]);
  });

  it("reads a review tool's export: each comment under a line naming its place", () => {
    const text = `**PR #12 — upload service**

> storage.rb L8

the user's filename is joined onto the upload dir, \`../\` walks out of it

> storage.rb L8 (again)

separate problem: nothing checks the file belongs to current_user

> storage.rb L3

nit: constant could come from config
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => f.title)).toEqual(["the user's filename is joined onto the upload dir, `../` walks out of it", "separate problem"]);
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 8, end: 8 }], [{ start: 8, end: 8 }]]);
  });

  it("does not take a bold location line under a heading for the finding's title", () => {
    const text = `# Review

## 1. **Path traversal in \`download\` (CWE-22)**

**Lines 51-56**

The name from the URL is joined onto the user's folder without normalising it.

## 2. **Open redirect after login**

**Line 80** (\`login\`)

\`next\` is used as the redirect target as given.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => f.title)).toEqual(["Path traversal in `download` (CWE-22)", "Open redirect after login"]);
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 51, end: 56 }], [{ start: 80, end: 80 }]]);
  });

  it("reads review comments exported one section per place, each opened by its bold pin, whatever blocks it holds", () => {
    const text = `**upload.js L56** · \`extract()\`

> \`const dest = path.join(outDir, entry.entryName);\`

Zip slip. The entry name comes from the archive and \`../\` resolves out of the folder.

- **Severity:** Critical

---

**upload.js L46** · \`pdfToText()\`

\`exec\` with an interpolated path, so a crafted name runs shell commands.

- **Severity:** High

---

Otherwise the worker looks fine to me.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => f.title)).toEqual(["Zip slip", "`exec` with an interpolated path, so a crafted name runs shell commands"]);
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 56, end: 56 }], [{ start: 46, end: 46 }]]);
    expect(findings.map((f) => f.severity)).toEqual(["critical", "high"]);
  });

  it("keeps a findings table when a closing note clears only one function, and reads 'No security headers' as a finding", () => {
    const table = `| Severity | Finding | Location |
|---|---|---|
| High | SQL built with \`fmt.Sprintf\` in \`ListTransactions\` | L83 |

- \`Transfer\` uses placeholders and checks ownership; no issues found there.
`;
    const parsed = parseReport(table, "review.md");
    expect(parsed.verdict).toBe("findings");
    expect(parsed.findings).toHaveLength(1);
    const headers = `### 1. **Missing authorization on the admin route**

Any user can reach \`/admin\`.

### 2. **No security response headers** (Lines 9-61)

There is no \`Content-Security-Policy\` or \`X-Frame-Options\`, so the portal can be framed.
`;
    expect(findingsOf(headers).map((f) => f.title)).toEqual(["Missing authorization on the admin route", "No security response headers"]);
  });

  it("does not let fix advice that points at good code elsewhere count as praise of the finding", () => {
    const text = `**2. OS command injection through the file path (Lines 44-48)**

\`pdfToText\` passes a template string to \`exec\`. One might think \`SAFE_NAME\` protects this, but it only checks the base name.

*Fix:* use \`execFile\`, exactly as \`scan()\` already does.

**3. Prototype pollution in \`merge()\`**

The merge copies \`__proto__\` from the manifest.
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual(["OS command injection through the file path", "Prototype pollution in `merge()`"]);
  });

  it("reads numbered questions to the author as comments, and a checklist's marks under plain-text category lines", () => {
    const questions = `Notes on app.py

Q1 (download, l.40): what stops a caller from passing ../../etc/passwd as the name?

Q2 (l.88): is debug=True really what runs in the container?

Q3 (not security): could /health report the build sha?
`;
    expect(findingsOf(questions, "notes.txt").map((f) => f.title)).toEqual(["Q1 (download, l.40)", "Q2 (l.88)"]);
    const checklist = `ci.yml - checklist

TRIGGERS
  ✅ lint runs on pull_request only
  ❌ 1. pull_request_target checks out the fork's code with secrets in scope (l.6)

TOKEN PERMISSIONS (per job)
  ❌ 2. top-level permissions: write-all (l.13)
`;
    const findings = findingsOf(checklist, "checklist.txt");
    expect(findings).toHaveLength(2);
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 6, end: 6 }], [{ start: 13, end: 13 }]]);
  });

  it("reads a prose review's paragraphs that present a problem, add to the last one, or take up a placed topic", () => {
    const text = `I went through vault.sol and the Info.plist that ships with it.

The most serious problem is the ordering in withdraw: the call on line 64 runs before the balance is reduced on line 67, so a contract can re-enter it.

A second, unrelated issue is the onlyOwner modifier on line 23, which compares tx.origin with the owner. Comparing msg.sender is the standard fix.

The Info.plist makes this worse by turning App Transport Security off with NSAllowsArbitraryLoads on line 4.

Regarding the banner text that is echoed without escaping on line 100: this is not a security issue in practice, since only administrators can set it. Escaping it would still be cleaner.

The remaining functions, including deposit with its bounded lock period, look correct to me.
`;
    const findings = findingsOf(text, "review.txt");
    expect(findings.map((f) => f.lines)).toEqual([
      [{ start: 64, end: 64 }],
      [{ start: 23, end: 23 }],
      [{ start: 4, end: 4 }],
      [{ start: 100, end: 100 }],
    ]);
    expect(findings[3].stance).toBe("not-security");
  });

  it("reads a second, smaller point folded into a prose paragraph after 'Independently' or 'Separately' as a finding of its own", () => {
    const text = `The import endpoint unpickles whatever the remote server returns: joblib.load on line 80 runs attacker-chosen code. Independently of what is done with the response, fetching spec["url"] with requests.get on line 78 is a server-side request forgery; restrict imports to the internal registry.

Separately, the health check on line 12 looks fine.
`;
    const findings = findingsOf(text, "review.txt");
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 80, end: 80 }], [{ start: 78, end: 78 }]]);
    expect(findings[1].title).toMatch(/^Independently/);
  });

  it("reads review notes with the place on a line of its own and the comment under it, and a second indented note at the same place", () => {
    const notes = `relayd PR #412 -- review of src/session_handler.cpp

session_handler.cpp:79
  \`id > kMaxSessions\` should be \`>=\`. sid 256 reads one slot past g_sessions.

session_handler.cpp:131-133
  syslog(LOG_NOTICE, logbuf) -- client bytes reach the format parser.

  Separate problem on the same lines: we log whatever the client sent as the secret.

session_handler.cpp:124, :137, :142
  None of AUTH/DATA/CLOSE check that the session belongs to this connection.

check_secret looks fine to me.
`;
    const findings = findingsOf(notes, "review.txt");
    expect(findings.map((f) => f.title)).toEqual([
      "`id > kMaxSessions` should be `>=`",
      "syslog(LOG_NOTICE, logbuf) -- client bytes reach the format parser",
      "Separate problem on the same lines",
      "None of AUTH/DATA/CLOSE check that the session belongs to this connection",
    ]);
    expect(findings[2].lines).toEqual([{ start: 131, end: 133 }]);
    expect(findings[3].lines).toEqual([{ start: 124, end: 124 }, { start: 137, end: 137 }, { start: 142, end: 142 }]);

    const bold = `Review for !214 — requesting changes.

**DeepLinkActivity.kt:36**
\`proceed()\` on SSL errors — please no.

**DeepLinkActivity.kt:62**
nit: \`apply()\` instead of \`commit()\`.
`;
    expect(findingsOf(bold, "review.md").map((f) => [f.title, f.lines])).toEqual([["`proceed()` on SSL errors", [{ start: 36, end: 36 }]]]);
  });

  it("reads a chatty reviewer's paragraphs labelled with a function, or a function and its line", () => {
    const text = `Hey both, I had a look at the support-tools branch.

Separately, the EXECUTE on line 32 is plain string concatenation, p_flag and p_value go straight in. Anything with a quote in it breaks out.

reset_mfa, line 68: please don't RAISE LOG the previous secret. Our postgres logs go to Datadog.

search_accounts: \`by\` can be any column of accounts, because %I only quotes it. So \`?by=mfa_secret\` works as an oracle on the TOTP seeds.

load_config: reads the file once at start-up and caches it.

I didn't get to export_table yet, will look tomorrow.
`;
    const findings = findingsOf(text, "notes.txt");
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 32, end: 32 }], [{ start: 68, end: 68 }], []]);
    expect(findings[2].title).toMatch(/^search_accounts/);
  });

  it("does not read a section on the order of work for findings, whatever it names", () => {
    const text = `## 1. Use-after-free in the CLOSE handler (line 143)

close_session() deletes the session and the log line reads s->id afterwards.

## Recommended priority

Fix #1 before this daemon is exposed to untrusted networks; it is reachable by an unauthenticated client.

## Suggested order of work

1. Remove the bridge exposure and the \`/web\` branch (or allowlist it).
2. Stop exporting the provider, then fix the traversal.
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual(["Use-after-free in the CLOSE handler"]);
  });

  it("reads 'Context Isolation Disabled' as a finding's title, while a 'Context' section is still frame", () => {
    const text = `## Context

The main process opens one window on a remote dashboard.

**1. Node Integration Enabled (Line 17)**

\`nodeIntegration: true\` gives the renderer full access to Node.js, so an XSS becomes code execution.

**2. Context Isolation Disabled (Line 18)**

With \`contextIsolation: false\`, malicious page scripts can overwrite prototypes the preload script uses.
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual(["Node Integration Enabled", "Context Isolation Disabled"]);
  });

  it("reads notes filed under a file and its functions, each note a finding at its place's lines", () => {
    const text = `review notes, chat-backend PR #311

- \`src/server.ts\`
  - \`renderMessage\` (l.31)
    - marked hasn't sanitized anything since v5 and the SPA drops \`html\` straight into innerHTML -> stored XSS. **must fix**
  - uploads (l.52-68)
    - no \`limits\`, no \`fileFilter\` -> anyone in a room can fill the disk.
    - checked the originalname thing: busboy strips directories, so no traversal there. OK.
  - \`GET /files/:name\` (l.70)
    - no \`auth\` at all. Names are guessable enough.
  - socket setup
    - \`join\` (l.108): joins whatever room id it's given, so you can read any private room. **must fix**
`;
    const findings = findingsOf(text, "notes.md");
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 31, end: 31 }], [{ start: 52, end: 68 }], [{ start: 70, end: 70 }], [{ start: 108, end: 108 }]]);
  });

  it("does not read a walk-through of the code or general recommendations after a clean verdict as findings", () => {
    const walkthrough = `Here is my understanding of what this code does, followed by the security issues I noticed.

What the code does:

- RequestReset looks up the user by email, stores the token hash and emails the link.
- ResetPassword looks up the token hash, checks expiry and hashes the new password with bcrypt.

Security issues:

1. SQL injection in the email lookup (line 72). The email is placed into the query with fmt.Sprintf inside single quotes.
`;
    expect(findingsOf(walkthrough, "review.txt").map((f) => f.lines)).toEqual([[{ start: 72, end: 72 }]]);
    const clean = `I have reviewed the code for security defects.

Based on my review, no security defects were found in this code.

Some general recommendations to further improve the security of the application:

1. Make sure the JWT_SECRET environment variable is always set in production.
2. Use HTTPS in production so that tokens are not sent in clear text.
`;
    expect(parseReport(clean, "review.txt").verdict).toBe("no-issues");
  });

  it("reads a bold numbered title over a list of its fields as one finding, whatever words it uses", () => {
    const text = `## High

**4. Backup directory open to everyone**
* File/line: \`backup.sh\`, lines 17-22
* The directory is created under a predictable name in \`/tmp\` and then set to mode 777.
* Recommendation: \`umask 077\` and \`mktemp -d\`.

**6. Server bound to all interfaces**
* File/line: \`admin.py\`, line 60
* Recommendation: bind to 127.0.0.1.
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual(["Backup directory open to everyone", "Server bound to all interfaces"]);
  });

  it("reads a plain-text outline whose bullets are indented under file and method names, each bullet a finding", () => {
    const text = `Security review: docshare controller, service and JWT filter

JwtAuthFilter.java
  doFilterInternal()
    - [Critical] Unsigned tokens are accepted (lines 33-34). Jwts.parser().parse() returns any
      JWT, including one whose header says "alg":"none". (CWE-347)
  SIGNING_KEY
    - [High] The HMAC signing secret is a string literal in the class (lines 24-25). (CWE-321)

DocumentService.java
  search()
    - [High] User-controlled q is concatenated into the JPQL LIKE clause (line 25). (CWE-89)
`;
    const findings = findingsOf(text, "review.txt");
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 33, end: 34 }], [{ start: 24, end: 25 }], [{ start: 25, end: 25 }]]);
    expect(findings[0].body).toContain('"alg":"none"');
  });

  it("reads findings opened by a 'Severity | CWE | file, Line' line between rules, under a review's title heading", () => {
    const text = `# Security Review: main.tf and deploy.yml

Below are the security issues identified, ordered by severity.

---

Severity: High | CWE-94 | deploy.yml, Line 36

The pull request title is inserted directly into a shell command.

**Recommendation:** Pass the value through an environment variable.

---

Severity: High | CWE-798 | main.tf, Line 69

ADMIN_TOKEN is hard-coded in the Lambda environment variables.

## Summary

The most critical issue is the workflow.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => [f.cwe, f.lines])).toEqual([
      ["CWE-94", [{ start: 36, end: 36 }]],
      ["CWE-798", [{ start: 69, end: 69 }]],
    ]);
    expect(findings[0].body).toContain("inserted directly into a shell command");
    expect(findings[1].title).toBe("ADMIN_TOKEN is hard-coded in the Lambda environment variables");
  });

  it("reads a pull-request review export, one section per file and line, each a comment at its place, nits left out", () => {
    const text = `## Review by @twojcik on #482

**Changes requested** · submitted 14 May 2024

Thanks for pulling this together. I left comments inline.

---

**\`src/main/java/com/acme/docshare/service/DocumentService.java\`**, line 25

\`\`\`java
                + " AND lower(d.title) LIKE '%" + q.toLowerCase() + "%' ORDER BY d." + sort;
\`\`\`

This is injectable, \`q\` and \`sort\` both come straight off the query string.

---

**\`src/main/java/com/acme/docshare/service/DocumentService.java\`**, lines 51-53

The parser is the JDK default, which means DOCTYPE + external entities are on. Set \`disallow-doctype-decl\`, as the billing module already does.

---

**\`src/main/java/com/acme/docshare/service/DocumentService.java\`**, line 61

nit: \`new String(x.getBytes())\` uses the platform charset twice.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => [f.title, f.lines])).toEqual([
      ["This is injectable, `q` and `sort` both come straight off the query string", [{ start: 25, end: 25 }]],
      ["The parser is the JDK default, which means DOCTYPE + external entities are on", [{ start: 51, end: 53 }]],
    ]);
  });

  it("titles a chat export's messages by their text, not by the sender's line over them", () => {
    const text = `#filedrop-dev

Felix Brandt  10:43 AM
1/ upload (~L57-59): the filename from content-disposition goes straight into dir.join(), so "../alice/notes.txt" overwrites alice's files. we should name files by uuid

Felix Brandt  10:51 AM
3/ search L73-76 is format!() into SQL with q and owner. classic injection, please use ?1/?2 like the insert does
`;
    const findings = findingsOf(text, "thread.txt");
    expect(findings.map((f) => f.title.slice(0, 9))).toEqual(["1/ upload", "3/ search"]);
  });

  it("reads a checklist's lettered sub-points, each pinned to a file and line, as findings", () => {
    const text = `HR PORTAL API - SECURITY REVIEW CHECKLIST
Result: NOT APPROVED - 3 blockers

[PASS] 1. Authentication enforced on all endpoints
       Negotiate + FallbackPolicy = DefaultPolicy, so nothing is anonymous.

[FAIL] 3. Injection (SQL / LDAP / command)
       3a. Program.cs:37  FromSqlRaw with $"...{q}..." -> SQL injection from the search box. BLOCKER.
           (FromSql on :44 and ExecuteSqlInterpolatedAsync on :113 are fine, both parameterise.)
       3b. Program.cs:53  LDAP filter built from the username route value without RFC 4515 escaping.
`;
    const findings = findingsOf(text, "checklist.txt");
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 37, end: 37 }], [{ start: 53, end: 53 }]]);
    expect(findings[0].body).toContain("both parameterise");
  });
});


describe("shapes first met in subjects-19..21", () => {
  it("reads plain-text numbered titles, each over its own paragraphs, with the paragraphs as the finding's body", () => {
    const text = `Security Review of server.js

1. NoSQL Injection (Lines 31-38)

The searchProducts resolver builds a $where expression by concatenating the user-supplied term.

Recommendation: avoid $where entirely.

2. Broken Access Control in the order query (Line 42)

The order resolver fetches an order by its ID without verifying that it belongs to the authenticated user. Any logged-in user can view any other user's orders.

3. Long-lived JWTs (Line 61)

Tokens are issued with a 7 day expiry and there is no revocation. A stolen token stays valid for a week.
`;
    const findings = findingsOf(text, "review.txt");
    expect(findings.map((f) => f.title)).toEqual(["NoSQL Injection", "Broken Access Control in the order query", "Long-lived JWTs"]);
    expect(findings[1].lines).toEqual([{ start: 42, end: 42 }]);
    expect(findings[1].body).toContain("Any logged-in user");
  });

  it("does not take the steps of a walk-through for titles", () => {
    const text = `Let's go through the code step by step.

1. The \`create_dir\` function is defined as follows:

It creates the directory and its groups.

2. The \`kobject_add\` function is defined as follows:

It adds the object to the hierarchy.
`;
    expect(findingsOf(text, "answer.txt")).toEqual([]);
  });

  it("reads a summary table as the findings when only notes on its rows follow", () => {
    const text = `## Summary of findings

| # | Severity | Location | Issue |
|---|----------|----------|-------|
| 1 | Critical | \`routes/profile.js:46\` | SQL injection in \`GET /:id\` |
| 2 | High | \`ProfileCard.vue:5\` | Stored XSS: \`bio\` rendered with \`v-html\` |
| 3 | Medium | \`ProfileCard.vue:47\` | Open redirect via \`?next=\` after saving |

## Notes

**On #1 and #2 together:** an attacker can store a script through the injection and it runs for every visitor.

**On #3:** only same-origin paths should be accepted.
`;
    const findings = findingsOf(text, "review.md");
    expect(findings.map((f) => f.title)).toEqual(["SQL injection in `GET /:id`", "Stored XSS", "Open redirect via `?next=` after saving"]);
  });

  it("reads notes labelled with a bare line number, the number as the line", () => {
    const text = `guestbook.cgi -- notes

40: name/message printed raw -> stored XSS on the front page.
27-28/63: admin == cookie gb_admin=1, anyone can set that cookie.
`;
    const findings = findingsOf(text, "notes.txt");
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 40, end: 40 }], [{ start: 27, end: 28 }, { start: 63, end: 63 }]]);
    expect(findings[0].title).toMatch(/^name\/message printed raw/);
  });

  it("reads notes aligned in a column after their line numbers, and notes filed under a file's name", () => {
    const aligned = `APIClient.swift - review

95           accepting any serverTrust, this ships
111-112      access + refresh token in UserDefaults -> Keychain
`;
    expect(findingsOf(aligned, "notes.txt").map((f) => f.lines)).toEqual([[{ start: 95, end: 95 }], [{ start: 111, end: 112 }]]);
    const underFile = `Dockerfile
 :5        NPM_TOKEN ends up in ENV, anyone who can pull the image can read it
 :24/:27   9229 exposed + --inspect=0.0.0.0 = RCE for anyone who can reach the pod
`;
    const findings = findingsOf(underFile, "notes.txt");
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 5, end: 5 }], [{ start: 24, end: 24 }, { start: 27, end: 27 }]]);
    expect(findings.map((f) => f.path)).toEqual(["Dockerfile", "Dockerfile"]);
  });

  it("reads the problems listed under a file's name as findings of their own", () => {
    const text = `- **src/handler.ts**
  - Tenant isolation is not enforced
    - \`tenantId\` from the path is used as-is (line 40), so a user of tenant A can export tenant B's invoices.
  - CORS with credentials
    - \`respond()\` echoes the request's \`Origin\` and allows credentials (lines 24-25).
- **serverless.yml**
  - Hard-coded AWS credentials (lines 15-16)
    - \`ARCHIVE_SECRET_ACCESS_KEY\` is plaintext in the template and in git history.
  - Wildcard IAM permissions (lines 17-23)
    - \`s3:*\` on \`Resource: "*"\` gives the function full control over every bucket in the account.
`;
    expect(findingsOf(text, "review.md").map((f) => f.title)).toEqual([
      "Tenant isolation is not enforced",
      "CORS with credentials",
      "Hard-coded AWS credentials",
      "Wildcard IAM permissions",
    ]);
  });

  it("reads bulleted notes labelled with their line", () => {
    const text = `ReportServlet - review notes

- 71: string-concat SQL in login, classic ' OR '1'='1 bypass. PreparedStatement.
- 30/31: AES key + IV as constants in source. anyone with the jar can decrypt every export.
`;
    const findings = findingsOf(text, "notes.txt");
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 71, end: 71 }], [{ start: 30, end: 30 }, { start: 31, end: 31 }]]);
    expect(findings[0].title).toMatch(/^string-concat SQL in login/);
  });

  it("places a labelled note at its label's line, not at a line it mentions", () => {
    const text = `L29 q interpolated into raw SQL -> SQLi
L103 sort goes straight into ORDER BY, same class of bug as L29 but separate fix: whitelist columns
`;
    expect(findingsOf(text, "notes.txt").map((f) => f.lines)).toEqual([[{ start: 29, end: 29 }], [{ start: 103, end: 103 }]]);
  });

  it("does not end a title at punctuation inside code", () => {
    const text = `* The \`except Exception: pass\` on lines 91-92 hides scanner errors, so a failed scan lets the archive through.\n* Tar members are extracted without a path check, so \`../\` names escape the directory.\n`;
    expect(findingsOf(text, "review.md")[0].title).toBe("The `except Exception: pass` on lines 91-92 hides scanner errors, so a failed scan lets the archive through");
  });

  it("reads a note set apart from a block of notes aligned after their line numbers as one more", () => {
    const text = `APIClient.swift - review

95           accepting any serverTrust, this ships
111-112      access + refresh token in UserDefaults

27           live API key compiled into the app, anyone can pull it out of the IPA
`;
    const findings = findingsOf(text, "notes.txt");
    expect(findings.map((f) => f.lines[0]?.start)).toEqual([95, 111, 27]);
    expect(findings[2].title).toBe("live API key compiled into the app, anyone can pull it out of the IPA");
  });

  it("reads a checklist's failed controls as findings, titled by the control's words, and passed or not applicable ones as none", () => {
    const text = `# ASVS review of AccountController

Legend: ✅ PASS · ❌ FAIL · ➖ N/A

## V2 Authentication

- ➖ **2.1.x** Password security — no password handling in this class.
- ❌ **2.10.4** Secrets and API keys are not included in source code — FAIL. \`CLIENT_SECRET\` is a literal on L37.

## V4 Access Control

- ✅ **4.1.1** Access control enforced server side — PASS.
- ❌ **4.2.1** Protection against IDOR on create/read/update/delete — FAIL. \`unlink()\` (L105-111) deletes any user's link; no data disclosure, but integrity is at stake.

## V8 Data Protection

- ✅ **8.3.1** Sensitive data is not sent in query strings — PASS for the token exchange (L133-139).
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual([
      "Secrets and API keys are not included in source code",
      "Protection against IDOR on create/read/update/delete",
    ]);
  });

  it("reads a summary table as the findings when the notes after it are titled by nothing but its row numbers", () => {
    const text = `## Security Review Summary

| # | Location | Issue | Severity | CWE |
|---|----------|-------|----------|-----|
| 1 | \`fetch\`, L90-99 | Path traversal via \`path\` segments joined to \`UPLOAD_DIR\` | High | CWE-22 |
| 2 | L15 | Admin token hard-coded as a string constant | Medium | CWE-259 |

### Notes

**#1** The \`fetch\` route joins the segments to the upload directory; \`..\` walks out of it. Canonicalize and check the prefix.

**#2** Move the secret to configuration and rotate it.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => [f.title, f.severity, f.cwe])).toEqual([
      ["Path traversal via `path` segments joined to `UPLOAD_DIR`", "high", "CWE-22"],
      ["Admin token hard-coded as a string constant", "medium", "CWE-259"],
    ]);
    expect(findings[0].body).toContain("Canonicalize");
  });

  it("starts a comment quoted in a pull-request review at its quote marks", () => {
    const text = `**Dockerfile**

> **L14** \`ARG NPM_TOKEN\`

Why is this re-declared in the runtime stage? The token value is recorded in the history of every \`RUN\` below it. Please delete.

> **L19** \`NODE_OPTS="--inspect=0.0.0.0:9229"\`

The node inspector is bound to all interfaces in the production image: arbitrary JS execution for anyone who can reach the port.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => text.slice(f.span.start, f.span.start + 9))).toEqual(["> **L14**", "> **L19**"]);
  });

  it("reads a bold 'Lines 116–120, `search`' line under a numbered heading as its place, and a conclusion about 'Finding 1' as no finding", () => {
    const text = `## Findings

### 1. SQL Injection via \`#$categoryClause\` — **Critical**

**Lines 116–120, \`search\`**

The \`category\` parameter is spliced into the statement with \`#$\`, which Slick treats as literal SQL.

### 2. Regular Expression Denial of Service via user-supplied \`pattern\` — **High**

**Line 81**

\`pattern.r\` compiles an arbitrary client-supplied regular expression; a pattern like \`(x+x+)+y\` takes exponential time.

## Conclusion

Finding 1 is a release blocker and finding 2 is close behind, since both are reachable without authentication.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => [f.title, f.severity, f.lines[0]?.start])).toEqual([
      ["SQL Injection via `#$categoryClause`", "critical", 116],
      ["Regular Expression Denial of Service via user-supplied `pattern`", "high", 81],
    ]);
    expect(findings.map((f) => text.slice(f.span.start, f.span.start + 6))).toEqual(["### 1.", "### 2."]);
  });

  it("reads a bold 'CWE-306: <its name>' or 'CWE-79.' line in a finding's section as its class, not a finding of its own", () => {
    const text = `## 1. Missing Authentication on \`/admin/reload\` (Critical)

**Lines 135-144.** The other admin routes declare \`Depends(require_admin)\`, but \`/admin/reload\` does not.

**CWE-306: Missing Authentication for Critical Function**

## 2. Reflected XSS in the heading (line 67)

The heading wraps \`input$project\` in \`HTML()\`, which disables escaping.

**CWE-79.**
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => [f.title, f.cwe])).toEqual([
      ["Missing Authentication on `/admin/reload`", "CWE-306"],
      ["Reflected XSS in the heading", "CWE-79"],
    ]);
  });

  it("reads the written-out items under a '### Summary' heading as the findings when nothing else tells them, but not a praised list", () => {
    const text = `Below is a security review of \`DocumentAction.java\`.

### Summary

The action has one critical issue and a few weaknesses typical of Struts 2 code.

1. **OGNL Injection via \`sortBy\`** (Lines 50-58)
   - **Issue**: \`sortBy\` is passed to \`ValueStack.findValue()\`, which evaluates it as OGNL.
   - **Severity**: Critical
2. **Path Traversal in \`download()\`** (Line 70)
   - **Issue**: \`fileName\` from the request goes into \`new File(baseDir, fileName)\`.
   - **Severity**: High

### Conclusion
Fix the OGNL evaluation first.
`;
    expect(findingsOf(text).map((f) => [f.title, f.severity])).toEqual([
      ["OGNL Injection via `sortBy`", "critical"],
      ["Path Traversal in `download()`", "high"],
    ]);
    const praised = `No security defects are detected in the code.

The service follows common security practices for a FastAPI application:

- Sensitive configuration values (the API key and the database DSN) are
  loaded from environment variables instead of being
  hard-coded.
- Database queries use parameter placeholders.
`;
    expect(findingsOf(praised)).toEqual([]);
  });

  it("reads an advisory written in parts (Summary, Details, PoC, Impact) as one finding under its title", () => {
    const text = `# Prototype pollution in the settings endpoint leads to code execution via EJS

**Severity:** Critical

## Summary

\`POST /admin/settings\` deep-merges the request body with lodash 4.17.4's \`_.merge\`, which does not filter \`__proto__\`.

## Details

EJS reads \`outputFunctionName\` through plain property access, so a polluted value is compiled into every template.

## PoC

\`\`\`
curl -X POST /admin/settings -d '{"__proto__": {"outputFunctionName": "x;process.mainModule.require(\\"child_process\\").execSync(\\"id\\");s"}}'
\`\`\`

## Impact

Remote code execution as the Node.js user.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => [f.title, f.severity])).toEqual([["Prototype pollution in the settings endpoint leads to code execution via EJS", "critical"]]);
    expect(text.slice(findings[0].span.start, findings[0].span.end)).toContain("Remote code execution as the Node.js user.");
  });

  it("reads bug-bounty submissions: each numbered report titled by its Title field, its steps to reproduce part of it", () => {
    const text = `# Web Clipper 2.3.0 — submissions

## Report 1

**Title:** Any website can read authenticated cross-origin pages through the preview relay

**Severity:** High

**Steps to reproduce:**
1. Install the extension and log in to your webmail.
2. Post \`{clipnote: true, action: 'preview'}\` from any page.

**Impact:**
Any website the victim visits can read any page the victim is logged into.

## Report 2

**Title:** Session token disclosed to any installed extension via externally_connectable

**Severity:** High

**Steps to reproduce:**
1. From another extension, call \`chrome.runtime.sendMessage\` with \`{type: 'handshake'}\`.
`;
    expect(findingsOf(text).map((f) => [f.title, f.severity])).toEqual([
      ["Any website can read authenticated cross-origin pages through the preview relay", "high"],
      ["Session token disclosed to any installed extension via externally_connectable", "high"],
    ]);
  });

  it("reads a ticket titled by its key and 'Review: ...', and the lists under 'Must fix' and 'FYI / not blocking', item by item", () => {
    const text = `**SEC-2291 — Review: orders infra (infra/main.tf) before prod apply**

**Reporter:** Lena Okafor (Cloud Security)
**Status:** Changes requested

---

Went through \`infra/main.tf\` ahead of Thursday's prod apply. Two things I need fixed before I sign off, one FYI.

**Must fix**

1. **NSG \`allow-ssh-in\` (L118-128) — port 22 open to \`*\`.** Every AKS node is on the internet with SSH.
2. **AKS \`role_based_access_control_enabled = false\` (L144).** Can't ship a cluster without k8s RBAC.

**FYI / not blocking**

- \`min_tls_version = "TLS1_0"\` (L40): old clients still connect with TLS 1.0, which allows downgrade attacks; raise it to TLS1_2 when they are gone.
`;
    expect(findingsOf(text).map((f) => f.lines[0]?.start)).toEqual([118, 144, 40]);
  });

  it("reads '### 1.1 ...' sections under category headings, a bold place and class line under each being its field", () => {
    const text = `# Security Review: \`StatementService.cs\`

## A01:2021 – Broken Access Control

### 1.1 \`GetAccount\` returns any account to any authenticated user (High)

**Lines 33–48 · CWE-639 (Authorization Bypass Through User-Controlled Key)**

\`GetAccount\` loads the account by \`request.AccountId\` alone and never compares the owner with the caller.

### 1.2 Caller-controlled \`FileName\` escapes the export directory (High)

**Lines 99–102, 113 · CWE-22**

\`request.FileName\` flows into \`Path.Combine\`. Two things go wrong:

- \`../\` segments walk out of the per-user folder.
- A rooted name discards the earlier arguments.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => [f.title, f.severity, f.cwe, f.lines[0]?.start])).toEqual([
      ["`GetAccount` returns any account to any authenticated user", "high", "CWE-639", 33],
      ["Caller-controlled `FileName` escapes the export directory", "high", "CWE-22", 99],
    ]);
  });

  it("reads a run of bold-titled paragraphs before a closing heading, one finding each, a CWE and a line in one of them notwithstanding", () => {
    const text = `## Security Analysis of the Orders API

This is a compact minimal API. However, there are several areas that could pose security risks, outlined below.

**SQL Injection in the Search Endpoint.** The \`/search\` endpoint (lines 66-72) concatenates \`status\` into a SQL string run with \`FromSqlRaw\`. This is a textbook SQL injection (CWE-89).

**Path Traversal in Invoice Download.** The \`/invoice\` endpoint (lines 74-78) combines the \`file\` parameter with the invoice directory without validation, so \`..\\..\\\` escapes it.

**Weak Password Reset Codes.** The reset endpoint (line 107) uses \`new Random()\` for a six-digit code, which is predictable.

### Conclusion

The most pressing issues are the SQL injection and the path traversal.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => [f.title, f.lines[0]?.start])).toEqual([
      ["SQL Injection in the Search Endpoint", 66],
      ["Path Traversal in Invoice Download", 74],
      ["Weak Password Reset Codes", 107],
    ]);
  });

  it("reads an Italian review's bold 'Righe 88–90' under a finding's heading as its place, not a finding", () => {
    const text = `# Revisione di sicurezza

## 1. Rientranza in \`claimLoyaltyBonus()\` — Gravità: Critica

**Righe 88–90**

La funzione invia ETH con \`call\` prima di impostare \`bonusClaimed\`: un contratto malevolo può rientrare.

## 2. \`setRewardRate()\` senza controllo degli accessi — Gravità: Critica

**Riga 102**

Chiunque può impostare un \`rewardRate\` arbitrario.
`;
    const findings = findingsOf(text);
    expect(findings.map((f) => [f.title, f.lines[0]?.start])).toEqual([
      ["Rientranza in `claimLoyaltyBonus()`", 88],
      ["`setRewardRate()` senza controllo degli accessi", 102],
    ]);
  });

  it("reads the sections a review in another language closes with ('Note positive', 'Conclusione') as no findings", () => {
    const text = `## 1. Rientranza in \`claimLoyaltyBonus()\` — Gravità: Critica

**Righe 88–90**

La funzione invia ETH con \`call\` prima di impostare \`bonusClaimed\`: un contratto malevolo può rientrare e svuotare il contratto.

### Note positive

- La versione \`^0.8.19\` include i controlli di overflow/underflow, quindi le operazioni su \`balances\` e \`totalStaked\` sono sicure.
- \`withdraw()\` aggiorna lo stato prima del trasferimento e verifica il valore di ritorno della chiamata al token.

### Conclusione

Il contratto **non è pronto** per il mainnet: il punto 1 permette di svuotare l'ETH del contratto con una sola transazione.
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual(["Rientranza in `claimLoyaltyBonus()`"]);
  });

  it("reads a closing section titled in Finnish, Greek, Indonesian or Czech as no finding", () => {
    for (const closing of ["Yhteenveto", "Συμπέρασμα", "Kesimpulan", "Závěr"]) {
      const text = `## 1. SQL-injektio \`search\`-reitissä

**Rivi 31**

Hakuehto liitetään kyselyyn merkkijonona, joten \`q\`-parametrilla voi muuttaa koko SQL-lauseen.

## ${closing}

Korjaa kohta 1 ennen julkaisua; muuten koodi on kunnossa ja \`bcrypt\` on käytössä.
`;
      expect(findingsOf(text).map((f) => f.title), closing).toEqual(["SQL-injektio `search`-reitissä"]);
    }
  });

  it("reads a last finding whose section ends with a 'Not flagged' list, and the list as no findings", () => {
    const text = `## 7. Excessive Key Vault Permissions for the Web App Identity

**Lines 60–64 · Medium**

The web app's identity gets \`list\`, \`get\`, \`set\` and \`delete\` on secrets, where it only reads one.

## 8. Key Vault Network Access Unrestricted

**Lines 48–51 · Low**

\`networkAcls.defaultAction: 'Allow'\` leaves the vault's data plane reachable from the internet.

### Not flagged

- The platform admins' full access policy (line 56) is expected for an administrator group.
- \`storageSecret\` using \`listKeys()\` is fine — the value goes into Key Vault.
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual(["Excessive Key Vault Permissions for the Web App Identity", "Key Vault Network Access Unrestricted"]);
  });

  it("reads the steps a named handler or function is told to take as a walk-through, not findings", () => {
    const text = `**route.ts**

The \`GET\` handler does the following:

1. Fetches the report from the database using Prisma.
2. Checks that the user is signed in or has the share token.

**Potential Security Issues:**

* **Potential command injection**: \`exec\` runs a template string with the \`format\` variable; validate \`format\`.

**actions.ts**

The \`updateReportSettings\` function:

1. Merges settings using \`deepMerge\`.
2. Updates the report using a raw SQL query.
3. Redirects to \`returnTo\`.

**Potential Security Issues:**

* **Redirect to user-supplied URL**: \`returnTo\` could be used for an open redirect.
`;
    expect(findingsOf(text).map((f) => f.title)).toEqual(["Potential command injection", "Redirect to user-supplied URL"]);
  });
});
