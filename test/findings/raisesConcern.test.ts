import { describe, expect, it } from "vitest";
import { concernTermCount, raisesConcern } from "../../lib/findings/raisesConcern";

describe("raisesConcern: list items and sections", () => {
  it("is false for praise", () => {
    expect(raisesConcern("Proper logging is used and errors are handled correctly.", "item")).toBe(false);
    expect(raisesConcern("[INFO] bcrypt cost: fine.", "item")).toBe(false);
    expect(raisesConcern("`upload_id` is validated against a UUID regex; both are safe.", "item")).toBe(false);
    expect(raisesConcern("TLS configuration looks good.", "heading")).toBe(false);
  });

  it("is false for a scanner's result the reviewer dismisses, but true when the reviewer only hedges", () => {
    expect(raisesConcern("- `subprocess-shell-true` (orders.py:90-93): not exploitable here, since the only interpolated value is the integer `order.id`.", "item")).toBe(false);
    expect(raisesConcern("- `insecure-hash-algorithm-md5` (orders.py:110): the MD5 is an ETag, a false positive for security.", "item")).toBe(false);
    expect(raisesConcern("- 16-bit `bytes` may wrap for large `count`; this may not be exploitable if the link layer caps frames (line 71).", "item")).toBe(true);
  });

  it("is true for a concern", () => {
    expect(raisesConcern("The token is compared with `==`, which leaks timing information to an attacker.", "item")).toBe(true);
    expect(raisesConcern("Missing CSRF token on the upload form", "item")).toBe(true);
    expect(raisesConcern("[HIGH] SQL injection in GetUser (L12)", "row")).toBe(true);
  });

  it("reads a reviewer's shorthand and unhandled cases as trouble, and advice to be 'more robust' as no praise", () => {
    expect(raisesConcern("the whole thing listens on 0.0.0.0 w/o any auth... i know the firewall is theirs but cmon", "item")).toBe(true);
    expect(raisesConcern("`renew` does not handle the case where the loan id does not exist: it surfaces as a 500.", "item")).toBe(true);
    expect(raisesConcern("The pickup code's predictability lets someone compute valid codes.", "item")).toBe(true);
    expect(raisesConcern("**Use of atoi**\n\n`atoi` converts the port (line 112) and reports no errors; `strtol` would be more robust.", "heading")).toBe(true);
    expect(raisesConcern("The parser is robust against malformed headers.", "item")).toBe(false);
  });

  it("reads a ticket's 'blocker' and 'not acceptable', a skipped assertion and a value that is not random as trouble", () => {
    expect(raisesConcern("- ci-runner-admin CRB -> cluster-admin. Not acceptable, blocker.", "item")).toBe(true);
    expect(raisesConcern("- docker.sock from the host in docker-builder (L100). Blocker.", "item")).toBe(true);
    expect(raisesConcern("- `draw` doesn't assert `raffle.open`, so `cancel` doesn't stop anything.", "item")).toBe(true);
    expect(raisesConcern("- `draw` L82: timestamp + epoch is not randomness.", "item")).toBe(true);
    expect(raisesConcern("that's it from me. 1, 2, 3 and 7 are blockers, 4-6 should go in the same PR", "item")).toBe(false);
    expect(raisesConcern("- not a blocker, the cache key is fine as it is", "item")).toBe(false);
  });

  it("reads a closing approval in a review thread as none", () => {
    expect(raisesConcern("Nice use of `readValidatedBody` with zod. Approving once the threads are addressed.\nThanks!", "item")).toBe(false);
  });

  it("does not take injection in the design-pattern sense for trouble", () => {
    expect(raisesConcern("- `NotesDbHelper` could be injected to make `NotesProvider` easier to test.", "item")).toBe(false);
    expect(raisesConcern("- Use constructor injection for the repository instead of a static instance.", "item")).toBe(false);
    expect(raisesConcern("- The sort value could be injected into the ORDER BY clause.", "item")).toBe(true);
  });

  it("reads a missing safeguard written without its apostrophe", () => {
    expect(raisesConcern("OnGetAsync also doesnt check the section belongs to the logged in teacher", "item")).toBe(true);
    expect(raisesConcern("upload handler dont validate the extension", "item")).toBe(true);
    expect(raisesConcern("onReceivedSslError -> handler.proceed() (L136). That's a full MITM on the portal.", "item")).toBe(true);
  });

  it("reads values spliced into code, and output left unescaped, as trouble", () => {
    expect(raisesConcern("wkhtmltopdf is called through the shell with the issue title pasted into the command string.", "item")).toBe(true);
    expect(raisesConcern("`render_card` puts the customer's name into the page unescaped.", "item")).toBe(true);
    expect(raisesConcern("The label is printed as plain text.", "item")).toBe(false);
  });

  it("reads a paragraph after a finding that points at code and names trouble as the next point", () => {
    const next = "customer_link builds its <a> tag with an f-string and wraps it in mark_safe, so the customer's name goes into the admin page unescaped.";
    expect(raisesConcern(next, "prose", { afterFinding: true })).toBe(true);
    expect(raisesConcern(next, "prose")).toBe(false);
    expect(raisesConcern("Overall the admin module is tidy and `refund()` is unescaped-safe.", "prose", { afterFinding: true })).toBe(false);
  });

  it("is true for an item that fills in a finding template, even without words of trouble", () => {
    expect(raisesConcern("**Session handling**\n- **Issue**: The session id is reused after login.\n- **Solution**: Rotate it.", "item")).toBe(true);
  });

  it("is false when a field says there is nothing: 'Security Concern: None'", () => {
    expect(raisesConcern("Password hashing (Line 51)\n- **Security Concern**: None. bcrypt with a salt is used.", "item")).toBe(false);
    expect(raisesConcern("Output encoding\n- Risk: none", "item")).toBe(false);
    expect(raisesConcern("Upload size\n- Security Concern: no.", "item")).toBe(false);
    // A title that happens to start with "No" names a problem.
    expect(raisesConcern("* Security Concern: No Limit on Request Body Size\n  Line: 22", "item")).toBe(true);
  });

  it("is true for an item whose title classifies itself with a CWE, even when it also says what is good", () => {
    const item = "- **Timing difference in `ForgotPassword` (lines 56-65, CWE-208).** The response text is identical, which is good, but the known-address branch is slower.";
    expect(raisesConcern(item, "item")).toBe(true);
  });

  it("without praise or trouble words, counts only what is laid out like a finding", () => {
    // A bare descriptive bullet explains the code...
    expect(raisesConcern("`init()` sets up the listening socket", "item")).toBe(false);
    // ...a bold title, a [TAG], a heading or a table row names a finding.
    expect(raisesConcern("**Directory listing on /static**", "item")).toBe(true);
    expect(raisesConcern("[MEDIUM] Directory listing on /static", "item")).toBe(true);
    expect(raisesConcern("Directory listing on /static", "heading")).toBe(true);
    expect(raisesConcern("| 2 | Directory listing on /static | L40 |", "row")).toBe(true);
  });
});

describe("raisesConcern: free prose", () => {
  it("is true when the paragraph clearly describes a problem", () => {
    expect(
      raisesConcern("The handler builds the SQL query from untrusted input, so an attacker can inject arbitrary statements.", "prose"),
    ).toBe(true);
  });

  it("is false for a paragraph with a single word of trouble", () => {
    expect(raisesConcern("The module reads its settings from a password-protected vault at startup.", "prose")).toBe(false);
  });

  it("is false for the review's frame and verdicts", () => {
    expect(raisesConcern("Overall the code looks good and follows the usual Express patterns.", "prose")).toBe(false);
    expect(raisesConcern("Happy to pair on the fixes if you want; ping me when the injection fix is up.", "prose")).toBe(false);
    expect(raisesConcern("No security vulnerabilities were found in this module, and input validation is missing nowhere.", "prose")).toBe(false);
    expect(raisesConcern("I did not find any injection or traversal problems in the upload code.", "prose")).toBe(false);
    // "I've", not only "I have": the reviewer at work, then a preview of the problems below.
    expect(
      raisesConcern("I've reviewed both modules. Overall the structure is clean and easy to follow, and a few things are done well: the queue is encrypted, the SNS subscription uses `SqsSubscription` (which scopes its send permission to this queue), `requests.get` has a timeout, and the DynamoDB client is created once outside the handler. However, the combination of an unauthenticated API route and a very powerful execution role makes several of the issues below considerably worse than they would be on their own.", "prose"),
    ).toBe(false);
  });

  it("is true for a paragraph under a bold title that carries its rating, in whatever words", () => {
    expect(raisesConcern("**The bucket is public (medium).** `public_read_access=True` (line 25) publishes all raw partner data.", "prose")).toBe(true);
    expect(raisesConcern("**Bucket settings (see line 25).** `public_read_access=True` publishes all raw partner data.", "prose")).toBe(false);
  });
});

describe("concernTermCount", () => {
  it("counts distinct words of trouble at word starts", () => {
    expect(concernTermCount("Insecure key handling")).toBe(1);
    expect(concernTermCount("SQL injection via unsanitized input")).toBe(3);
    expect(concernTermCount("Good logging setup")).toBe(0);
    expect(concernTermCount("The endpoints respond quickly")).toBe(0);
  });
});

describe("raisesConcern: review comments, answers and cleared threats", () => {
  it("keeps line-pinned and labelled review comments, but not praise or nits", () => {
    expect(raisesConcern("L90: debug=True left on", "item")).toBe(true);
    expect(raisesConcern("suggestion: cap `limit` at 100", "item")).toBe(true);
    // A nit is by convention a trivial, preference-based request, not a defect.
    expect(raisesConcern("nit: unused import os", "item")).toBe(false);
    expect(raisesConcern("- nit (style): L18 ALLOWED could be a &[&str]", "item")).toBe(false);
    expect(raisesConcern("- L12: `limit` is never capped", "item")).toBe(true);
    expect(raisesConcern("- praise: nice use of context", "item")).toBe(false);
  });

  it("reads a yes/no answer as the verdict it gives", () => {
    expect(raisesConcern("Yes, the code contains an instance of CWE-416 (Use After Free).", "prose")).toBe(true);
    expect(raisesConcern("No. The code does not contain an out-of-bounds write: every index is checked.", "prose")).toBe(false);
  });

  it("drops a statement that a threat is absent, not one that a safeguard is", () => {
    expect(raisesConcern("There are no out-of-bounds write operations in this function.", "item")).toBe(false);
    expect(raisesConcern("No use-after-free is present here.", "item")).toBe(false);
    expect(raisesConcern("2. There is no risk of use-after-free for `chan`.", "item")).toBe(false);
    expect(raisesConcern("### Integer overflow\nNo overflow check is performed on `len` before the multiplication.", "heading")).toBe(true);
    expect(raisesConcern("No use-after-free here, but `sk` is used after release on line 9, a use after free.", "item")).toBe(true);
  });

  it("does not count a threat the code is said to prevent, unless it fails to", () => {
    expect(raisesConcern("The buffer is freed at the end, which is good because it avoids memory leaks.", "item")).toBe(false);
    expect(raisesConcern("The code does not prevent SQL injection because the query is concatenated.", "item")).toBe(true);
  });

  it("keeps a reviewer's question about the code and a line rated by a tool", () => {
    expect(raisesConcern("Is there a size cap anywhere? I couldn't find one.", "item")).toBe(true);
    expect(raisesConcern("[/src/main.go:74] - G104 (CWE-703): Errors unhandled. (Confidence: HIGH, Severity: LOW)", "item")).toBe(true);
  });
});

describe("raisesConcern: prose that points at code and says how to fix it", () => {
  it("keeps a paragraph with a code reference and an imperative fix, even in plain words", () => {
    expect(
      raisesConcern(
        "Nothing bounds how long a client may take to send its request. ListenAndServe uses the default http.Server, which has no ReadHeaderTimeout. Set ReadHeaderTimeout and IdleTimeout on an explicit http.Server.",
        "prose",
      ),
    ).toBe(true);
  });

  it("reads a paragraph that asserts a class of defect in its own words as a finding, but not praise or a description of the code", () => {
    expect(
      raisesConcern(
        "Second, the `set_invoice` callback looks up invoices with `Invoice.find(params[:id])` (line 61). Every action that uses it operates on any invoice in the database, so a customer could read or delete another tenant's invoices by changing the id.",
        "prose",
      ),
    ).toBe(true);
    // A walk-through of what the code does names weaknesses without asserting one.
    expect(raisesConcern("The function `kobject_set_name_vargs` sets the name of a kobject from a format string and a va_list, then frees the old name.", "prose")).toBe(false);
    expect(raisesConcern("On the positive side, the HMAC comparison is constant-time and expiry is checked.", "prose")).toBe(false);
    expect(raisesConcern("Rest looks fine to me; the SQL goes through bound parameters.", "prose")).toBe(false);
  });

  it("does not read code pasted as text, or an instruction to investigate, as a fix", () => {
    expect(raisesConcern("if (len > max) { len = max; } return copy(buf, len);", "prose")).toBe(false);
    expect(raisesConcern("The function `avc_parse` reads the header into `si`. Check if the function writes beyond the bounds.", "prose")).toBe(false);
  });
});

describe("raisesConcern: prose that announces a problem before explaining it", () => {
  it("keeps paragraphs that open by presenting a problem, in whatever words they explain it", () => {
    const announced = [
      "A second, unrelated issue is the onlyOwner modifier on line 23, which authenticates the owner through tx.origin instead of msg.sender. Comparing msg.sender with owner is the standard fix.",
      "transferCredit has an arithmetic bug on line 74: the subtraction wraps, so a member with no balance can transfer any amount. Moving to a 0.8 compiler would be the more robust choice.",
      "I also noticed that setFeeCollector on line 89 has no access modifier at all, unlike setFee and setPaused.",
      "Another problem sits in the export job: it writes the archive to /tmp with the default umask.",
    ];
    for (const paragraph of announced) expect(raisesConcern(paragraph, "prose"), paragraph).toBe(true);
  });

  it("does not take an overall announcement, a reference back, a question or a ruled-out problem for a finding", () => {
    // The review's own headline, introducing the points that follow.
    expect(raisesConcern("The code has a security defect:", "prose")).toBe(false);
    // "The vulnerability is ..." goes on about the point already made.
    expect(raisesConcern("The vulnerability is in the igb_configure_rx_ring function.", "prose")).toBe(false);
    expect(raisesConcern("The fix for this vulnerability is to add a bounds check before the copy.", "prose")).toBe(false);
    // Code that asks whether there is a problem asserts none.
    expect(raisesConcern("def check(code):\n    # Analyze the code to determine if it contains a security vulnerability\n    return False", "prose")).toBe(false);
    expect(raisesConcern("Another concern, the redirect after login, is fine: it only accepts relative paths.", "prose")).toBe(false);
  });
});

describe("raisesConcern: trouble told in phrases", () => {
  it("reads a skipped safeguard, a value going straight into a sink and 'any customer can' as trouble, and fix orders not as praise", () => {
    const items = [
      "1) show($id) doesn't authorize. reply() and update() both call $this->authorize(...), but show() just does findOrFail($id), so any logged-in customer can read any ticket. The policy already has view(), so it's one line.",
      "2) In export(), 'sort' goes straight into orderByRaw. You can put a subquery in there and pull data out a bit at a time. Whitelist the columns the way you already do for 'dir'.",
    ];
    for (const item of items) expect(raisesConcern(item, "item"), item).toBe(true);
    // Praise of other code stays praise when it is no order to fix this one.
    expect(raisesConcern("2) 'sort' is checked against a list of columns; you already do the same for 'dir', which is fine.", "item")).toBe(false);
  });
});

describe("raisesConcern: paragraphs of praise and of fix advice", () => {
  it("does not read a paragraph that opens with praise and never turns, nor one that says how to fix the last problem", () => {
    expect(
      raisesConcern(
        "A few things are handled well. Passwords are verified with BCrypt. ERB templates escape their output, and the template also calls escape_html for the title, so the page looks safe against cross-site scripting.",
        "prose",
      ),
    ).toBe(false);
    expect(raisesConcern("To fix this vulnerability, the function should check that len is below the buffer size before the copy, or an attacker can overflow it.", "prose")).toBe(false);
    expect(raisesConcern("The fix is to compare lengths first and use a constant-time comparison, otherwise an attacker can forge signatures.", "prose")).toBe(false);
    // Praise that turns is still a finding.
    expect(raisesConcern("The upload handler is mostly fine. However, the file name is joined to the upload directory unchecked, so an attacker can write outside it with ../ sequences.", "prose")).toBe(true);
  });
});

describe("raisesConcern: cross-references", () => {
  it("does not read how findings told before combine as one more finding", () => {
    expect(raisesConcern("Findings 1 and 3 compound each other. Even after fixing #1, pollution from #3 could set Object.prototype.alg, so an attacker can forge tokens.", "prose")).toBe(false);
    expect(raisesConcern("#2 and #4 chain: the open redirect delivers the token the XSS can then steal from any user.", "prose")).toBe(false);
  });
});

describe("raisesConcern: prose points in a run, and fixes told as rewrites", () => {
  const second =
    "Second, the `set_invoice` callback looks up invoices with `Invoice.find(params[:id])` (line 61) instead of going through `current_account.invoices`. Every action that uses it therefore operates on any invoice in the database. Changing the id in the URL is enough to read, alter or delete another company's invoices.";

  it("reads 'Second, ...' after a finding as the next point, but not on its own", () => {
    expect(raisesConcern(second, "prose", { afterFinding: true })).toBe(true);
    expect(raisesConcern(second, "prose")).toBe(false);
    expect(raisesConcern("Finally, thanks for the clear structure; `index` is a pleasure to read.", "prose", { afterFinding: true })).toBe(false);
  });

  it("reads a paragraph that points at code and says to rewrite it, even beside a concession", () => {
    expect(
      raisesConcern(
        "The `search_for_account` class method interpolates `term` directly into the SQL handed to `find_by_sql` (model line 17). The account id is coerced with `to_i`, which is safe, but `term` is the raw `q` parameter. Rewrite it as a bound `where` clause.",
        "prose",
      ),
    ).toBe(true);
  });
});


describe("raisesConcern: the review's introduction", () => {
  it("does not read what the reviewer did or a preview of the problems as a finding, unless it points at a line", () => {
    expect(
      raisesConcern(
        "This service is small, but because it handles serialized scikit-learn models it sits in a category where almost any mistake ends in remote code execution, so I reviewed it with that in mind.",
        "prose",
      ),
    ).toBe(false);
    expect(
      raisesConcern(
        "The module wires an Apollo Server instance into Express. Authentication is done with a bearer JWT verified with a pinned algorithm, which is the right pattern. The problems are in the places where that pattern was not followed, and in how errors are reported.",
        "prose",
      ),
    ).toBe(false);
    expect(
      raisesConcern("The upload handler calls pickle.loads on the raw bytes on line 62, so an attacker gets remote code execution. There are several problems with this.", "prose"),
    ).toBe(true);
  });
});
