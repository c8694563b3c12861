import { describe, expect, it } from "vitest";
import { classifyStance } from "../../lib/findings/stance";

describe("classifyStance", () => {
  it("is vulnerability when the reviewer says the defect is there", () => {
    expect(
      classifyStance("The `id` parameter is concatenated into the SQL string, so an attacker can read every row of the users table.", null),
    ).toBe("vulnerability");
    expect(classifyStance("The redirect target comes from the query string, which allows phishing through our domain.", "medium")).toBe("vulnerability");
    expect(classifyStance("strcpy into a 64-byte stack buffer overflows it on long keys.", "critical")).toBe("vulnerability");
  });

  it("is concern when the reviewer hedges", () => {
    expect(
      classifyStance("If an attacker can control the config value, this could potentially load an arbitrary class. Consider an allowlist.", null),
    ).toBe("concern");
    expect(classifyStance("Possibly a timing side channel; it might be worth using a constant-time comparison as defence in depth.", "low")).toBe(
      "concern",
    );
  });

  it("is concern for heavily hedged text even at high severity", () => {
    expect(
      classifyStance(
        "This might be a problem if the input could be attacker-controlled, depending on the deployment; possibly consider hardening it, assuming the proxy does not already.",
        "high",
      ),
    ).toBe("concern");
  });

  it("is not-security when the reviewer says so", () => {
    expect(classifyStance("This isn't directly a security issue but more of a reliability concern: the temp directory fills up.", null)).toBe(
      "not-security",
    );
    expect(classifyStance("Logging at DEBUG is not really a vulnerability, but it is noisy.", null)).toBe("not-security");
    expect(classifyStance("The panic is bounds-checked, so no memory-safety impact and not a security issue by itself.", "low")).toBe(
      "not-security",
    );
    expect(classifyStance("It is a code quality issue rather than a security one.", null)).toBe("not-security");
  });
});

describe("classifyStance: terse notes that say it is not security", () => {
  it("reads 'not security', 'not a security thing' and 'not sec' at the end of a clause", () => {
    expect(classifyStance('77: role == "ADMIN" is never true. functional bug, admins can\'t admin. not security', null)).toBe("not-security");
    expect(classifyStance("45 guard without calling completion -> spinner hangs. not a security thing, but fix it", null)).toBe("not-security");
    expect(classifyStance("CMD shell form means node doesn't get SIGTERM, but that's ops, not sec.", null)).toBe("not-security");
  });

  it("does not read 'not secure' or a verb after 'not security' that way", () => {
    expect(classifyStance("The session cookie is not secure: it lacks the Secure flag and an attacker can read it", "medium")).not.toBe("not-security");
    expect(classifyStance("This does not security-check the uploaded file", null)).not.toBe("not-security");
  });

  it("reads 'an observability problem rather than a security one'", () => {
    expect(classifyStance("The `except Exception: pass` hides scanner errors. This is mainly an observability problem rather than a security one.", null)).toBe("not-security");
  });

  it("reads 'a plain bug rather than a security problem'", () => {
    expect(classifyStance("The search ignores the sidebar filters. That's a plain bug rather than a security problem, but the counts are wrong.", null)).toBe("not-security");
  });
});

