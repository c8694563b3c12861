import { describe, expect, it } from "vitest";
import { review, spanText } from "./helpers";

// Conversations about code (chat logs, merge-request threads, tickets) and audit-firm reports,
// written for these tests in the layouts those tools and firms use.

describe("a chat log with one message per line", () => {
  const text = `#netcode-review — exported 2024-11-03

[20:14] kestrel: ok I read through game_server.gd, couple things
[20:14] kestrel: collect_gold just does players[id]["gold"] += amount with amount from the client. anyone with a modded client is rich
[20:15] mojo_dev: yeah that was meant to be temporary lol
[20:19] kestrel: ADMIN_PASSWORD is a const in a script that we ship in the client pck. anyone can decompile it
[20:20] mojo_dev: right. damn
[20:22] kestrel: last thing, upload_save does SAVE_DIR + slot_name + ".sav" so slot_name = "../../x" escapes the save folder
`;

  it("reads each message after its time and sender as a point of its own, and the opening and the replies as none", () => {
    const { findings } = review(text, "discord-thread.txt");
    expect(findings.map((f) => spanText(text, f).slice(0, 40))).toEqual([
      "[20:14] kestrel: collect_gold just does ",
      "[20:19] kestrel: ADMIN_PASSWORD is a con",
      "[20:22] kestrel: last thing, upload_save",
    ]);
    expect(findings[1].title).toBe("ADMIN_PASSWORD is a const in a script that we ship in the client pck");
  });

  it("titles a message by what it says, not by the words that count the points ('last one:')", () => {
    const log = `[20:14] kestrel: ok I read through game_server.gd\n[20:22] kestrel: last one: upload_save does SAVE_DIR + slot_name + ".sav", so "../../x" escapes the save folder\n`;
    expect(review(log, "chat.txt").findings.map((f) => f.title)).toEqual(['upload_save does SAVE_DIR + slot_name + ".sav", so "../../x" escapes the save folder']);
  });

  it("reads IRC's <nick> form too", () => {
    const irc = `[09:12] <ana> hi, looked at auth.py\n[09:13] <ana> verify_token never checks the expiry, so a stolen token works forever\n[09:14] <ben> ok\n`;
    expect(review(irc, "irc.log").findings.map((f) => f.title)).toEqual(["verify_token never checks the expiry, so a stolen token works forever"]);
  });
});

describe("a merge request's review threads, exported", () => {
  const text = `### Merge request !214 — "Notes: attachments, link previews"

---

**Marta Kowalski** @m.kowalski · started a thread on the diff · 2 days ago
\`server/api/attachments.post.ts\` line 14

\`\`\`diff
+  const target = join(UPLOAD_DIR, String(user.id), file.filename)
\`\`\`

\`file.filename\` comes straight from the multipart header, so \`../../\` gets you out of the user's folder.

> **Dawid Nowak** @d.nowak · 2 days ago
> Good point, will switch to randomUUID().

> **Marta Kowalski** @m.kowalski · 1 day ago
> Leaving this open until it's pushed: the traversal is a release blocker.

---

**Marta Kowalski** @m.kowalski · started a thread on the diff · 2 days ago
\`server/api/link-preview.get.ts\` line 10

This will happily fetch \`http://169.254.169.254/\` from the server: block private and link-local ranges.

---

**Marta Kowalski** @m.kowalski · commented · 2 days ago

Nice use of \`readValidatedBody\` with zod. Approving once the threads are addressed.
`;

  it("reads each thread as one finding titled by its first comment, its replies part of it, and a closing approval as none", () => {
    const { findings } = review(text, "m.kowalski.md");
    expect(findings.map((f) => f.title)).toEqual([
      "`file.filename` comes straight from the multipart header, so `../../` gets you out of the user's folder",
      "This will happily fetch `http://169.254.169.254/` from the server",
    ]);
    expect(spanText(text, findings[0])).toMatch(/^\*\*Marta Kowalski\*\*[\s\S]*release blocker\.$/);
  });
});

describe("review comments under the quoted line they are about", () => {
  const text = `**Review on PR #1312** — Changes requested

> L85-90 \`foreach ($request->request->all() as $field => $value)\`

This lets a customer call \`setRoles()\` or anything else with a setter. Use a form type.

> L46 \`... AND status = '" . $status . "'\`

Bind it. It's a plain SQLi.
`;

  it("reads the quoted place and code with the comment under it as one finding, starting at the quote", () => {
    const { findings } = review(text, "r.okafor.md");
    expect(findings).toHaveLength(2);
    expect(spanText(text, findings[0])).toMatch(/^> L85-90 `foreach[\s\S]*Use a form type\.$/);
    expect(findings[0].title).toBe("This lets a customer call `setRoles()` or anything else with a setter");
    expect(spanText(text, findings[1])).toMatch(/^> L46[\s\S]*plain SQLi\.$/);
  });
});

describe("an audit firm's report", () => {
  const text = `# Raffle Protocol — Security Assessment

## 2. Findings Overview

| ID | Title | Severity | Status |
|----|-------|----------|--------|
| H-01 | Anyone can mint an \`AdminCap\` | High | Fixed |
| M-01 | Tickets purchasable after raffle end | Medium | Acknowledged |

## 3. Detailed Findings

### [H-01] Anyone can mint an \`AdminCap\`

**Severity:** High · **Status:** Fixed in \`b83d0f2\`
**Location:** \`raffle.move#L57-L59\`

**Description.** \`new_operator_cap\` is \`public\` and any account can call it with the shared \`Raffle\`.

**Recommendation.** Require \`&AdminCap\` as the first parameter.

**Team response.** Function removed.

### [M-01] Tickets purchasable after raffle end

**Severity:** Medium · **Status:** Acknowledged
**Location:** \`raffle.move#L61-L64\`

**Description.** \`buy_tickets\` checks \`raffle.open\` but not \`ends_at_ms\`.

**Recommendation.** Assert the end time.
`;

  it("reads each finding's section as one finding: its bold 'Description.' and 'Recommendation.' are fields, not findings", () => {
    const { findings } = review(text, "audit.md");
    // The audit's ids are no part of the titles other reviewers' words are compared with.
    expect(findings.map((f) => f.title)).toEqual(["Anyone can mint an `AdminCap`", "Tickets purchasable after raffle end"]);
    expect(spanText(text, findings[0])).toMatch(/^### \[H-01\][\s\S]*Function removed\.$/);
  });
});

describe("a table of findings with numbered notes after it", () => {
  const text = `## Security Analysis of site.yml

| # | Issue | Lines | Severity |
|---|-------|-------|----------|
| 1 | Hardcoded database passwords | 9–10 | High |
| 2 | TLS verification disabled | 75 | Medium |
| 3 | \`state: latest\` for packages | 19 | Low |

**Notes on each:**

1. The passwords are stored in plain text; anyone with read access to the repository can connect.
2. Disabling certificate checks opens the download to man-in-the-middle attacks.
3. Not strictly a security issue, but \`latest\` makes runs non-reproducible.
`;

  it("reads the rows as the findings and each note, numbered as its row, as that row's details", () => {
    const { report, findings } = review(text, "deepseek-r1.md");
    expect(findings.map((f) => f.title)).toEqual(["Hardcoded database passwords", "TLS verification disabled", "`state: latest` for packages"]);
    expect(report.findings[1].body).toContain("man-in-the-middle");
  });
});

describe("terse notes labelled with the code and its line", () => {
  const text = `Vault.vy - audit scratch notes

withdraw() L70: raw_call BEFORE the shares update -> classic reentrancy. CRITICAL
set_fee_recipient() L91: NO owner check!! anyone redirects the fees
set_fee_bps L86: no cap -> fee > 100% bricks withdraw
`;

  it("reads each labelled line as a note of its own at its line, titled by the label and the words after it", () => {
    const { findings } = review(text, "notes.txt");
    expect(findings.map((f) => f.lines[0]?.start)).toEqual([70, 91, 86]);
    expect(findings.map((f) => f.title)).toEqual([
      "withdraw() L70: raw_call BEFORE the shares update -> classic reentrancy",
      "set_fee_recipient() L91: NO owner check!! anyone redirects the fees",
      "set_fee_bps L86: no cap -> fee > 100% bricks withdraw",
    ]);
  });
});

describe("a ticket's checklist with its points indented under each box", () => {
  const text = `SEC-1432  ci-runners namespace - pre-prod review

[x] Namespace / PSA
    - enforce=privileged on the namespace. Needs an exception ticket.
[ ] RBAC
    - ci-runner-admin CRB -> cluster-admin. Not acceptable, blocker.
[x] Network
    - ingress deny ok.

Will re-review once blockers are fixed.
`;

  it("reads a point the reviewer calls a blocker or not acceptable as a finding, and a passing one as none", () => {
    const { findings } = review(text, "ticket.txt");
    expect(findings.map((f) => f.title)).toEqual(["enforce=privileged on the namespace", "ci-runner-admin CRB -> cluster-admin"]);
  });
});

describe("a ticket whose points open with their priority", () => {
  const text = `SEC-2291  notify-hub pre-release review
Reporter: K. Lindqvist   Status: Open

[P1] check_origin() returns True (L36). Any website can open a socket as the logged-in user.
[P1] jwt.decode accepts "none" in algorithms (L24). Remove it, HS256 only.
[P3] debug=True in make_app — must not ship.

Not blocking: SQL in HistoryHandler is parameterized. OK.
`;

  it("reads each rated line as a point, its priority as severity and not part of its title", () => {
    const { findings } = review(text, "ticket.txt");
    expect(findings.map((f) => [f.title, f.severity])).toEqual([
      ["check_origin() returns True", "high"],
      ['jwt.decode accepts "none" in algorithms', "high"],
      ["debug=True in make_app", "low"],
    ]);
  });

  it("reads an incident's [Sev: N] the same way", () => {
    const sev = `[Sev: 1] aws_security_group.glue_conn allows 5432/tcp from 0.0.0.0/0 (line 120).\n\n[Sev: 2] aws_iam_role_policy.glue grants "*" on "*" (lines 93-96). Violates least privilege.\n`;
    expect(review(sev, "notes.txt").findings.map((f) => [f.severity, f.lines[0]?.start])).toEqual([
      ["critical", 120],
      ["high", 93],
    ]);
  });
});

describe("a ticket's title and header over its list of points", () => {
  const text = `**SEC-2231 — InvoiceSearch page: security fixes required before release**

Priority: High · Component: Billing · Reporter: Sam Brennan

Found during pre-release review of \`InvoiceSearchController\`.

**To fix:**
1. writeOff() has no permission check at all — anyone who can open the page can zero out an invoice.
2. search(): \`q\` goes into Database.query unescaped (SOQL injection). Bind it.
`;

  it("reads the points, not the ticket's title, as the findings", () => {
    const { findings } = review(text, "ticket.md");
    expect(findings.map((f) => spanText(text, f).slice(0, 14))).toEqual(["1. writeOff() ", "2. search(): `"]);
  });
});

describe("findings titled by their ids", () => {
  it("are findings, not a ticket's title: '### GQL-1: ...' over '### GQL-2: ...'", () => {
    const text = "### GQL-1: NoSQL injection through `$where` in searchUsers\n\n`name` is embedded in a `$where` string.\n\n### GQL-2: Any customer can read any order\n\nNo ownership check in `order`.\n";
    expect(review(text, "review.md").findings.map((f) => f.title)).toEqual(["NoSQL injection through `$where` in searchUsers", "Any customer can read any order"]);
  });
});

describe("a forum reply", () => {
  const text = `**Re: [Code Review] Shop server script – is this exploit-proof?**

Hey! Short answer: no, an exploiter would have a field day with this.

**1. You're trusting the price from the client**

The client sends \`price\` and you use it on line 53. Anyone can buy the sword for 0.

**2. No rate limit on anything**

Every buy calls SetAsync, so an exploiter can spam the remote and burn the DataStore budget.

Everything else looks fine – the admin check is server side and the pcall in loadProfile is good practice.
`;

  it("reads its numbered points, not its subject line, and leaves the closing praise out of the last point", () => {
    const { findings } = review(text, "forum.md");
    expect(findings.map((f) => f.title)).toEqual(["You're trusting the price from the client", "No rate limit on anything"]);
    expect(spanText(text, findings[1])).not.toContain("Everything else");
  });
});

describe("a document title over sections that hold no findings", () => {
  const text = `# Terraform Review: Claims Data Lake (\`main.tf\`)

## Overview
This configuration provisions a KMS key and two S3 buckets.

## Strengths
- **Encryption at rest:** the raw bucket uses SSE-KMS.

## Security Assessment
I did not identify any security vulnerabilities in this configuration.

## Conclusion
The Terraform code is well structured and secure.
`;

  it("is a clean report, the title no finding", () => {
    const { report, findings } = review(text, "review.md");
    expect(findings).toEqual([]);
    expect(report.verdict).toBe("no-issues");
  });
});

describe("closing and praise sections in more languages", () => {
  it("reads Portuguese 'O que está bom', Ukrainian 'Підсумок', Arabic 'الخلاصة' and a severity legend as no findings", () => {
    const text = `## Achados

### 1. SQL dinâmico concatenado em \`bulk_adjust\` — **Crítico**
\`p_dept\` é concatenado no \`EXECUTE IMMEDIATE\` (linha 47).

## O que está bom
- \`apply_adjustment\` usa SQL estático com bind.

## Severity legend
🔴 Critical · 🟠 High

## Підсумок
Код потребує виправлень.

## الخلاصة
يجب إصلاح المشكلة الأولى.
`;
    expect(review(text, "review.md").findings.map((f) => f.title)).toEqual(["SQL dinâmico concatenado em `bulk_adjust`"]);
  });
});
