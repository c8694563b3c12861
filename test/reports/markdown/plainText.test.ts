import { describe, expect, it } from "vitest";
import { expectSpan, review } from "./helpers";

// Plain-text reviews (.txt): hard-wrapped numbered items with indented "*" bullets, as models
// write them when asked not to use markdown, and one-paragraph verdicts.

describe("plain text: hard-wrapped numbered items with indented * bullets (Flask upload service)", () => {
  const text = `I looked at the Flask upload service (uploads.py). Here are the problems
I found:

 1. Unsanitized File Name in save_upload

    * Line 43: path = os.path.join(UPLOAD_DIR, f.filename)
    * The file name comes straight from the multipart request and is joined
      onto the upload directory.
    * Security Concern: A name such as ../../app/config.py overwrites files
      outside the upload directory, which allows an attacker to replace
      application code.
    * Solution: Use secure_filename() and verify the final path with
      os.path.realpath before writing.

 2. Temporary Files Never Removed

    * Lines 77-80: tempfile.mkstemp() is called for every uploaded chunk
    * Security Concern: This isn't directly a security issue but more of a
      reliability concern: the temp directory slowly fills up and uploads
      start failing.
    * Solution: Use tempfile.TemporaryDirectory as a context manager.

 3. General Code Review Observations

    * Uploads are streamed to disk in chunks, which is good.
    * The route is protected by login_required properly (Lines 12-14).

Overall the service is small and readable.
`;
  const { report, findings } = review(text, "x.txt");

  it("is read as text, with the two real items as findings and the praise-only observations dropped", () => {
    expect(report.format).toBe("text");
    expect(report.verdict).toBe("findings");
    expect(findings.map((f) => f.title)).toEqual(["Unsanitized File Name in save_upload", "Temporary Files Never Removed"]);
  });

  it("spans each item through its wrapped Solution bullet", () => {
    expectSpan(text, findings[0], "1. Unsanitized File Name in save_upload", ["os.path.realpath before writing."], ["2. Temporary"]);
    expectSpan(text, findings[1], "2. Temporary Files Never Removed", ["TemporaryDirectory as a context manager."], ["General Code Review"]);
  });

  it("reads the '* Line 43:' / '* Lines 77-80:' bullets as lines", () => {
    expect(findings.map((f) => f.lines)).toEqual([[{ start: 43, end: 43 }], [{ start: 77, end: 80 }]]);
  });

  it("reads 'This isn't directly a security issue but more of a reliability concern' as not-security", () => {
    expect(findings[0].stance).toBe("vulnerability");
    expect(findings[1].stance).toBe("not-security");
  });

  it("picks up unquoted code names in plain text", () => {
    expect(findings[0].symbols).toEqual(expect.arrayContaining(["save_upload", "os.path.join", "f.filename", "secure_filename()", "os.path.realpath"]));
    expect(findings[1].symbols).toEqual(expect.arrayContaining(["tempfile.mkstemp()", "tempfile.TemporaryDirectory"]));
  });
});

describe("plain text: a no-issues verdict", () => {
  it("'No security defects are detected in the code. ...' alone is verdict no-issues with no findings", () => {
    const text =
      "No security defects are detected in the code. The handler uses parameterized queries for every lookup, " +
      "escapes all template output, and checks the session before serving a file.\n";
    const { report, findings } = review(text, "x.txt");
    expect(report.format).toBe("text");
    expect(report.verdict).toBe("no-issues");
    expect(findings).toEqual([]);
  });

  it("a short all-clear paragraph in a .md file is no-issues too", () => {
    const text = "I reviewed `strparse.c` and did not find any memory-safety problems: every copy is bounded by the destination size and all lengths are checked before use.\n";
    const { report } = review(text, "x.md");
    expect(report.format).toBe("markdown");
    expect(report.verdict).toBe("no-issues");
    expect(report.findings).toEqual([]);
  });
});

describe("plain text: a review sent as a letter, its main points in paragraphs and the smaller ones in a list", () => {
  const text = `Subject: Re: gateway.js ready for review?

Hi Dan,

I went through src/gateway.js this morning. Short version: not ready to go behind the public load balancer yet.

The token handling in userFromToken is the big one. jwt.decode doesn't check the signature, so anyone can mint a token for any user. Please switch to jwt.verify.

Next, the order resolver on line 49 has two separate problems on one line.
First, nobody checks that the order belongs to ctx.user. Any logged-in customer can read any order by id.
Second, id goes into the URL path unencoded, so "../admin" reaches other internal endpoints. Please encodeURIComponent it.

Smaller things:

- The error middleware sends err.stack to the client, which leaks internal hostnames.
- Batching: an array body with thousands of operations runs at once, an easy denial of service; cap the batch size.

Happy to pair on the verify change if useful.

Priya
`;
  const { findings } = review(text, "priya.txt");

  it("reads the paragraphs' points and the list's items, counted points each on its own", () => {
    expect(findings.map((f) => f.title)).toEqual([
      "The token handling in userFromToken is the big one",
      "First, nobody checks that the order belongs to ctx.user",
      "Second, id goes into the URL path unencoded, so \"../admin\" reaches other internal endpoints",
      "The error middleware sends err.stack to the client, which leaks internal hostnames",
      "Batching",
    ]);
  });

  it("leaves the greeting, the summary and the sign-off out", () => {
    expect(findings.some((f) => /Short version|Happy to pair|Priya/.test(f.title))).toBe(false);
  });
});

describe("plain text: a ticket whose points are lettered (a), (b), ... under section labels", () => {
  const text = `SEC-1042  Report builder (reports/builder.py): code execution through saved templates
Reporter: Ana Lima (AppSec)     Priority: P1

Summary
The builder renders saved templates and loads saved filters without any sandbox.

Issues
(a) template rendering — render_saved() line 48 passes the stored template to jinja2.Template without a sandbox. {{ cycler.__init__.__globals__ }} reaches os.
(b) saved filters — load_filter() line 71 calls pickle.loads on the filter blob from the database.
(c) export path — export_csv() line 90 joins EXPORT_DIR with the report name from the request, so "../" escapes it.

Secrets
(d) the SMTP password is hard-coded on line 12. Rotate it and read it from the vault.

Acceptance criteria
- templates rendered in a SandboxedEnvironment
- filters stored as JSON
`;
  const { findings } = review(text, "ana-lima.txt");

  it("reads each lettered point as a finding, a lone later letter under its own label too", () => {
    expect(findings.map((f) => f.title)).toEqual([
      "template rendering",
      "saved filters",
      "export path",
      "the SMTP password is hard-coded on line 12",
    ]);
    expect(findings.map((f) => f.lines[0]?.start)).toEqual([48, 71, 90, 12]);
  });
});

describe("plain text: a chat thread's export, each message under its sender's line", () => {
  const text = `#appsec-review  — thread export

Maya Chen  09:12
Looked at uploads.go for the release. Two things before we ship.

Maya Chen  09:14
1) saveUpload joins the upload dir with the client's filename (L48), so "../" walks out of it. Path traversal, please use filepath.Base.

Maya Chen  09:16
2) the S3 presign handler never checks the caller owns the key (L77). Any logged-in user can download any file.

Leo Park  09:20
thanks, will fix both

Maya Chen  09:31
3) minor: the debug endpoint /debug/pprof is mounted on the public router (L102). Move it to the admin listener.
`;
  const { findings } = review(text, "maya-chen.txt");

  it("reads each message that raises a point, numbered or not, even when the first is read as a list", () => {
    expect(findings.map((f) => f.lines[0]?.start)).toEqual([48, 77, 102]);
    expect(findings.some((f) => /thanks|Two things/.test(f.title))).toBe(false);
  });
});

describe("plain text: a chat thread whose messages are written loosely", () => {
  const text = `#platform-reviews  —  thread export

Priya Raman  10:41
  started on deploy/operator.yaml. first thing: L90 has a real GitLab PAT in plain text. can you revoke it right away?

Jonas Wirth  10:43
  ugh, that's mine from local testing. revoking now

Priya Raman  10:47
  yes please, and hostNetwork should go regardless of the metrics thing, it puts the pod on the node's network
`;
  const { findings } = review(text, "priya-raman.txt");

  it("reads a message that points at the code as a review comment, and a reply that does not as no finding", () => {
    expect(findings.map((f) => f.title)).toHaveLength(2);
    expect(findings[1].title).toMatch(/hostNetwork should go/);
    expect(findings.some((f) => /revoking now/.test(f.body))).toBe(false);
  });
});

describe("plain text: a list announced as things to fix", () => {
  const text = `Hi all,

Had a quick look at the gateway config before tomorrow's rollout. Three things I'd want fixed first:

- The policy starts from "default allow := true", so anything we forgot to deny is allowed.
- Admin access is decided by the x-partner-role header, which partners can simply set themselves.
- The upstream TLS context for orders_backend has no CA / SAN validation.

Mark
`;
  const { findings } = review(text, "mark.txt");

  it("takes every item as a finding, however plainly it is worded", () => {
    expect(findings).toHaveLength(3);
    expect(findings[1].title).toBe("Admin access is decided by the x-partner-role header, which partners can simply set themselves");
  });

  it("reads the numbered points of a review in another language as findings when they point at code, whatever words of trouble they use", () => {
    const text = `Тема: Ревью packet_parser.cpp

Коллеги, привет. Посмотрел src/proto/packet_parser.cpp. Ниже по пунктам, в порядке убывания важности.

1. Переполнение при сборке фрагментов (строки 86-93).
end считается в uint16_t: frag_off + frag_len переполняется, проверка проходит, а memcpy пишет за пределами буфера в куче.

2. Беззнаковое переполнение body_len (строка 46).
Проверка на строке 37 гарантирует только len >= 8, а вычитаем 8 + 4, и цикл разбора читает память за концом пакета.

3. CRC вообще не проверяется.
kTrailerLen объявлен, трейлер отрезается, но CRC32 нигде не считается и не сравнивается.

Предлагаю завести по задаче на каждый пункт. Готов посмотреть исправления.
`;
    const { findings } = review(text, "review.txt");
    expect(findings.map((f) => [f.title, f.lines[0]?.start])).toEqual([
      ["Переполнение при сборке фрагментов (строки 86-93)", 86],
      ["Беззнаковое переполнение body_len (строка 46)", 46],
      ["CRC вообще не проверяется", undefined],
    ]);
  });

  it("reads a foreign review's checklist: an open box pointing at a line is a finding titled without its box, a ticked box is a check that passed", () => {
    const text = `# Revízia: \`export_job.py\`

Prešiel som celý skript. Nižšie sú nájdené problémy zoradené podľa závažnosti.

- [ ] **Kritické – heslo k databáze je natvrdo v kóde** (riadok 12). Ktokoľvek s prístupom k repozitáru ho vidí a nedá sa rotovať bez nového nasadenia.
- [ ] **Vysoké – DB_PASSWORD sa zapisuje do logu** (riadok 31). Pri chybe pripojenia sa do logu vypíše celý reťazec aj s heslom.
- [x] Dotazy používajú parametre a vstupy sú overené – v poriadku, nič netreba meniť.

Záver: prvé dva body treba opraviť pred nasadením.
`;
    const { findings } = review(text, "review.md");
    expect(findings.map((f) => [f.title, f.lines[0]?.start])).toEqual([
      ["Kritické – heslo k databáze je natvrdo v kóde", 12],
      ["Vysoké – DB_PASSWORD sa zapisuje do logu", 31],
    ]);
  });

  it("reads a checklist that ticks what it found: the ticked items are the findings, the open ones the checks that passed", () => {
    const text = `# upload.py — security checklist

**Scope:** the upload and download handlers.

- [x] **HIGH — Path traversal in \`download\` (Line 41).** \`name\` is joined to the upload folder without normalisation, so \`../\` escapes it.
- [x] **MEDIUM — Upload size unbounded (Line 22).** The whole body is read into memory; a large upload exhausts the worker.
- [ ] SQL: the metadata insert uses placeholders, OK.
- [ ] \`secure_filename\` on upload: present, OK.

**Verdict:** fix the first item before release.
`;
    const { findings } = review(text, "review.md");
    expect(findings.map((f) => f.title)).toEqual(["Path traversal in `download`", "Upload size unbounded"]);
  });

  it("reads a plain-text checklist of bracketed statuses: each [FAIL] and [WARN] with its detail lines is a finding, [PASS] and [N/A] are not", () => {
    const text = `SECURITY CHECKLIST - billing api (routes.py)

[FAIL] Injection
       routes.py line 31: the invoice filter is formatted into the SQL string. Severity: HIGH.
[PASS] Password hashing uses bcrypt - OK.
[FAIL] Secrets
       config.py line 4 holds the Stripe key in source. Severity: MEDIUM.
[WARN] Rate limiting
       No limit on /login; brute force is possible but slow.
[N/A ] File uploads - none.

RESULT: 2 FAIL, 1 WARN
`;
    const { findings } = review(text, "checklist.txt");
    expect(findings.map((f) => [f.title, f.lines[0]?.start])).toEqual([
      ["Injection", 31],
      ["Secrets", 4],
      ["Rate limiting", undefined],
    ]);
  });

  it("reads a summary table whose review closes with a 'Bottom line' as the findings, not the closing words", () => {
    const text = `## Security Review Summary

| # | Severity | Location | Issue | Recommendation |
|---|----------|----------|-------|----------------|
| 1 | High | \`upload.py\` L41 | **Path traversal in \`download\`** – \`name\` is joined without normalisation. | Use \`basename\`. |
| 2 | Medium | \`upload.py\` L22 | **Unbounded upload size** – the body is read whole into memory. | Set \`MAX_CONTENT_LENGTH\`. |

### Bottom line
Fix #1 before the release; #2 can follow.
`;
    const { findings } = review(text, "review.md");
    expect(findings.map((f) => f.title)).toEqual(["Path traversal in `download`", "Unbounded upload size"]);
  });

  it("reads the paragraphs of a review in another language that name a line and the code on it as its points", () => {
    const text = `Berikut hasil tinjauan saya untuk \`upload.py\`. Secara umum kodenya rapi dan query sudah memakai parameter, tetapi ada dua hal yang perlu diperbaiki sebelum rilis.

Yang paling berbahaya ada di fungsi \`download\`. Pada baris 41, nilai \`name\` dari query string langsung digabung dengan folder upload lewat \`os.path.join\`, sehingga \`../\` bisa membaca file lain di server. Pakai \`basename\` dan periksa hasilnya.

Selain itu, di baris 22 seluruh body dibaca ke memori dengan \`request.get_data()\` tanpa batas ukuran, jadi unggahan besar bisa menghabiskan memori worker. Tetapkan \`MAX_CONTENT_LENGTH\` di konfigurasi aplikasi.

Hal-hal yang sudah baik: query memakai placeholder dan nama file disaring dengan \`secure_filename\` sebelum disimpan.
`;
    const { findings } = review(text, "review.md");
    expect(findings.map((f) => f.lines[0]?.start)).toEqual([41, 22]);
  });

  it("reads a no-defects opening followed by a list the lead-in calls recommended patterns as a report with no findings", () => {
    const text = `After reviewing the Helm chart for the billing worker, I did not find any security issues.

The chart follows Kubernetes' recommended patterns:

- The service account token is not mounted, and the pod runs with a read-only root filesystem, so nothing written by the process survives a restart.
- Secrets are read from an external secret store and mounted as files, never passed as plain environment variables in the manifest.
- Resource requests and limits are set for the container, and the liveness probe uses the health endpoint.

Overall the chart is ready for production.
`;
    const parsed = review(text, "review.txt");
    expect(parsed.findings).toEqual([]);
    expect(parsed.report.verdict).toBe("no-issues");
  });
});
