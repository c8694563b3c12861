import { describe, expect, it } from "vitest";
import { phraseTokens } from "../../lib/text/tokens";
import { WEAKNESS_CLASSES } from "../../lib/weakness/weaknessClasses";
import { weaknessConflict, weaknessLabel, weaknessProfile, weaknessSimilarity } from "../../lib/weakness/weakness";
import { weaknessTable } from "../../lib/weakness/weaknessTable";

const profile = (title: string, body = "", cwe: string | null = null) => weaknessProfile({ title, body: `${title}\n${body}`, cwe });

describe("weakness classes from the CWE catalogue", () => {
  const classesOf = (id: string) => weaknessTable().classesOfCwe(id);

  it("maps a CWE to its class through the catalogue hierarchy", () => {
    expect(classesOf("89")).toEqual(["sql-injection"]);
    expect(classesOf("564")).toEqual(["sql-injection"]); // SQL Injection: Hibernate, a child of 89
    for (const id of ["400", "770", "789"]) expect(classesOf(id)).toEqual(["resource-exhaustion"]);
    expect(classesOf("23")).toEqual(["path-traversal"]); // Relative Path Traversal
  });

  it("keeps siblings that are different defects apart", () => {
    expect(classesOf("22")).not.toEqual(classesOf("59")); // path traversal vs link following
    expect(classesOf("209")).toEqual(["info-exposure"]); // not the exception-handling pillar
  });

  it("gives an unlisted CWE a class of its own, named from the catalogue", () => {
    const [own] = classesOf("1236"); // CSV injection
    expect(own).toBe("CWE-1236");
    expect(weaknessLabel(own)).toMatch(/CSV/);
  });
});

describe("weaknessProfile", () => {
  it("is certain of an explicit CWE", () => {
    expect(profile("Injection in search", "", "CWE-89").classes.get("sql-injection")).toBe(1);
  });

  it("infers classes from everyday synonyms in the title", () => {
    expect(profile("Zip Slip when unpacking archives").classes.get("path-traversal")).toBeGreaterThanOrEqual(0.9);
    expect(profile("Directory traversal in download handler").classes.has("path-traversal")).toBe(true);
    expect(profile("SSRF through the webhook URL").classes.has("ssrf")).toBe(true);
    expect(profile("Stored XSS in comments").classes.has("xss")).toBe(true);
    expect(profile("DoS via unbounded upload").classes.has("resource-exhaustion")).toBe(true);
    expect(profile("Hard-coded secret key").classes.has("hardcoded-credentials")).toBe(true);
    expect(profile("Hardcoded password in config").classes.has("hardcoded-credentials")).toBe(true);
    expect(profile("Password policy allows short passwords").classes.has("hardcoded-credentials")).toBe(false);
  });

  it("does not read 'do' as DoS", () => {
    expect(profile("Do not log passwords").classes.has("resource-exhaustion")).toBe(false);
  });

  it("trusts a phrase in the body less than one in the title", () => {
    const inTitle = profile("Denial of service in parser").classes.get("resource-exhaustion")!;
    const inBody = profile("Parser problem", "this may lead to denial of service").classes.get("resource-exhaustion")!;
    expect(inBody).toBeLessThan(inTitle);
  });

  it("resolves a bare 'injection' by the technology named beside it", () => {
    expect(profile("Raw SQL queries", "raw SQL can easily introduce injection flaws").classes.has("sql-injection")).toBe(true);
    expect(profile("Raw SQL queries", "raw SQL can easily introduce injection flaws").classes.has("command-injection")).toBe(false);
  });

  it("reads class loading that someone else controls as unsafe reflection, from loose cues", () => {
    const described = profile("Plugin names are not checked", "The loader does not restrict which classes can be loaded from the plugin package.");
    expect(described.classes.get("unsafe-reflection")).toBeCloseTo(0.4);
    const attacker = profile("Driver chosen by configuration", "Whoever controls the config file picks the class that gets loaded: an attacker-controlled value.");
    expect(attacker.classes.has("unsafe-reflection")).toBe(true);
  });

  it("does not read a loader that is merely described as unsafe reflection", () => {
    const exit = profile("Error handling in load_plugin", "load_plugin loads the driver class by its alias; on ImportError it logs and exits the process.");
    expect(exit.classes.has("unsafe-reflection")).toBe(false);
    expect(exit.classes.get("exception-handling")).toBeGreaterThanOrEqual(0.9);
  });

  it("reads a class the finding only mentions while describing the code as a mention, not as what it is about", () => {
    // The scene ("the loader dynamically loads a class") versus the point (exiting on ImportError).
    const exit = profile(
      "Error handling in load_driver",
      "Line 87: The loader dynamically loads a class by its alias. Security Concern: exiting on ImportError could take the agent down.",
    );
    expect(exit.classes.get("unsafe-reflection")).toBeCloseTo(0.3);
    expect(exit.classes.get("exception-handling")).toBeGreaterThanOrEqual(0.9);
    const reflection = profile("Driver loading", "If an attacker controls the alias, the loader dynamically loads a class of their choosing.");
    expect(reflection.classes.get("unsafe-reflection")).toBeCloseTo(0.5);
  });

  it("counts a class named only in the fix advice for less than one the finding asserts", () => {
    const advice = profile("Driver chosen by configuration", "The driver name comes from the config file.\nSolution: avoid dynamic class loading.");
    const asserted = profile("Driver chosen by configuration", "An attacker who edits the config gets dynamic class loading of any class.");
    expect(advice.classes.get("unsafe-reflection")).toBeLessThan(asserted.classes.get("unsafe-reflection")!);
  });

  it("knows everyday names for weaknesses the catalogue spells differently", () => {
    expect(profile("Dynamic Code Execution").classes.get("code-injection")).toBeGreaterThanOrEqual(0.9);
    expect(profile("Type juggling in the password check").classes.get("incorrect-comparison")).toBeGreaterThanOrEqual(0.9);
    expect(profile("Overly Permissive File Modes").classes.get("insecure-permissions")).toBeGreaterThanOrEqual(0.9);
    const redirect = profile("Redirect target comes from the query string", "A phishing mail can bounce users to a look-alike site.");
    expect(redirect.classes.has("open-redirect")).toBe(true);
    expect(profile("Second injection point", "The User-Agent header flows into the INSERT.").classes.has("sql-injection")).toBe(true);
    expect(profile("Leaked TLV array on parse error", "The early return leaves the allocated array unreachable.").classes.has("resource-leak")).toBe(true);
  });

  it("reads an allocation used without its NULL check as a null dereference", () => {
    expect(profile("sb_init not checking malloc (Infer)").classes.has("null-dereference")).toBe(true);
    expect(profile("Same story for the unchecked malloc in str_dup_lower").classes.has("null-dereference")).toBe(true);
    expect(profile("Heap overflow in str_dup_lower", "It allocates strlen(s) bytes and writes one more.").classes.has("null-dereference")).toBe(false);
  });

  it("reads CWE ids mentioned in the text", () => {
    expect(profile("Threading", "This could loosely relate to CWE-400 (Uncontrolled Resource Consumption).").classes.has("resource-exhaustion")).toBe(true);
  });
});

describe("weakness similarity and conflict", () => {
  it("scores a shared class by both confidences", () => {
    const explicit = profile("SQL injection in search", "", "CWE-89");
    const titled = profile("SQLi via string formatting");
    const mentioned = profile("Search is slow", "could in theory allow sql injection");
    expect(weaknessSimilarity(explicit, titled).score).toBeCloseTo(0.9);
    expect(weaknessSimilarity(explicit, mentioned).score).toBeCloseTo(0.5);
    expect(weaknessSimilarity(explicit, titled).shared).toEqual(["sql-injection"]);
  });

  it("counts agreement that rests on a loose cue for little", () => {
    const cue = profile("Plugin names are not checked", "The loader does not restrict which classes can be loaded.");
    const atLength = profile("Dynamic plugin loading", "load_plugin does dynamic class loading from a string; it can load arbitrary classes.");
    expect(atLength.classes.get("unsafe-reflection")).toBeCloseTo(0.6); // a phrase repeated in the body
    // 0.4 × 0.6: like two passing mentions, far below what a weakness both titles name scores.
    expect(weaknessSimilarity(cue, atLength).score).toBeCloseTo(0.24);
    expect(weaknessSimilarity(cue, atLength).shared).toEqual(["unsafe-reflection"]);
  });

  it("is strong evidence against grouping when explicit CWEs are of unrelated classes", () => {
    const c = weaknessConflict(profile("Symlink entries", "", "CWE-59"), profile("Path traversal", "", "CWE-22"));
    expect(c.score).toBe(1);
    expect(c.detail).toBe("CWE-59 (symlink following) vs CWE-22 (path traversal)");
  });

  it("does not count a CWE outside the weakness table against another: too little is known of its kin", () => {
    // CWE-807 (reliance on untrusted inputs in a security decision) is also how an auth bypass by a spoofed header works.
    expect(weaknessConflict(profile("Admin role taken from a client-supplied header", "", "CWE-290"), profile("Trusting the role header", "", "CWE-807")).score).toBe(0);
    // CWE-1188 (insecure default) against incorrect default permissions: one policy that defaults to allow.
    expect(weaknessConflict(profile("Authorization policy defaults to allow", "", "CWE-1188"), profile("Insecure default authorization decision", "", "CWE-276")).score).toBe(0);
  });

  it("reads a store or an API that accepts plain or unauthorized requests in the words infrastructure checks use", () => {
    expect(profile("The S3 Bucket or bucket policy does not require requests to use SSL").classes.has("cleartext")).toBe(true);
    expect(profile("SSL not enforced").classes.has("cleartext")).toBe(true);
    expect(profile("require_ssl = false on the Cloud SQL instance").classes.has("cleartext")).toBe(true);
    expect(profile("The API does not implement authorization").classes.has("access-control")).toBe(true);
    expect(profile("GET /reports/{id} has no authorizer").classes.has("access-control")).toBe(true);
  });

  it("reads a cue word for what it is: one word, not any of the tokens it splits into", () => {
    for (const c of WEAKNESS_CLASSES) for (const rule of c.cues ?? []) for (const set of rule) for (const word of set) expect([c.id, word, phraseTokens(word).length]).toEqual([c.id, word, 1]);
    expect(profile("GreenStake.stake ignores return value by stakingToken.transferFrom(msg.sender, address(this), amount)").classes.has("hardcoded-credentials")).toBe(false);
    expect(profile("The code reads the API key from the environment on every request").classes.has("hardcoded-credentials")).toBe(false);
    expect(profile("The registry token is just sitting in values.yaml").classes.has("hardcoded-credentials")).toBe(true);
  });

  it("does not count related or same-class CWEs as a conflict", () => {
    expect(weaknessConflict(profile("a", "", "CWE-22"), profile("b", "", "CWE-23")).score).toBe(0); // parent and child
    expect(weaknessConflict(profile("Debug mode on", "", "CWE-489"), profile("DEBUG = True", "", "CWE-215")).score).toBe(0);
    expect(weaknessConflict(profile("a", "", "CWE-89"), profile("b", "", "CWE-564")).score).toBe(0);
  });

  it("does not count cause and consequence of a named CWE chain as a conflict", () => {
    // CWE-680, Integer Overflow to Buffer Overflow: one reviewer names the wrap, another the overrun.
    expect(weaknessTable().chained("integer-overflow", "memory-safety")).toBe(true);
    expect(weaknessConflict(profile("Integer underflow in length check", "", "CWE-191"), profile("Header read without length validation", "", "CWE-125")).score).toBe(0);
    expect(weaknessConflict(profile("Allocation size truncated to 16 bits", "", "CWE-190"), profile("Heap buffer overflow while filling records")).score).toBe(0);
    // CWE-690, Unchecked Return Value to NULL Pointer Dereference.
    expect(weaknessTable().chained("unchecked-return", "null-dereference")).toBe(true);
    // Only named chains: a path traversal can precede a symlink attack, but they are not one defect.
    expect(weaknessTable().chained("path-traversal", "link-following")).toBe(false);
  });

  it("sets titles that name clearly different classes against each other: code execution versus error handling", () => {
    const execution = profile(
      "Dynamic Code Execution",
      "Issue: The method load_class_by_alias dynamically loads a class based on a string. If an attacker can control the string, they might load arbitrary classes.",
    );
    const exit = profile(
      "Error Handling in load_driver Function",
      "Lines 87-93: The function load_driver loads a class based on an alias or classname. It logs and exits which might be abrupt.",
    );
    expect(weaknessConflict(execution, exit).score).toBe(0.5);
    expect(weaknessConflict(execution, exit).detail).toBe("code injection (CWE-94) vs improper handling of exceptional conditions (CWE-703)");
  });

  it("keeps a stored and a reflected XSS apart even with the same CWE", () => {
    const stored = profile("Stored Cross-Site Scripting via the preview endpoint", "", "CWE-79");
    const reflected = profile("Reflected XSS in the preview error message", "", "CWE-79");
    expect(weaknessConflict(stored, reflected)).toEqual({ score: 0.5, detail: "stored vs reflected cross-site scripting" });
    // A finding that does not say which kind is in conflict with neither.
    expect(weaknessConflict(stored, profile("XSS in the preview handler", "", "CWE-79")).score).toBe(0);
    expect(weaknessConflict(stored, profile("Persistent XSS in comments")).score).toBe(0);
  });

  it("counts a generic CWE against nothing", () => {
    expect(weaknessConflict(profile("a", "", "CWE-20"), profile("b", "", "CWE-89")).score).toBe(0);
  });

  it("is weaker evidence against when only the titles name different classes", () => {
    const leak = profile("Error messages leak internal details");
    const exit = profile("Exception handling exits the process");
    expect(weaknessConflict(leak, exit).score).toBe(0.5);
    // …and none when one finding discusses the other's class at length.
    const both = profile("Exception handling exits the process", "It also prints a stack trace. CWE-209 applies.");
    expect(weaknessConflict(leak, both).score).toBe(0);
  });
});

describe("memory-safety refinements: out-of-bounds write, out-of-bounds read, use after free", () => {
  const classesOf = (id: string) => weaknessTable().classesOfCwe(id);
  const classes = (title: string, body = "", cwe: string | null = null) => [...profile(title, body, cwe).classes.keys()].sort();

  it("maps the CWE-119 family onto the refinements, the generic CWEs onto the parents", () => {
    for (const id of ["787", "120", "121", "122", "124"]) expect(classesOf(id)).toEqual(["out-of-bounds-write"]);
    for (const id of ["125", "126", "127"]) expect(classesOf(id)).toEqual(["out-of-bounds-read"]);
    expect(classesOf("416")).toEqual(["use-after-free"]);
    expect(classesOf("415")).toEqual(["double-free"]);
    expect(classesOf("825")).toEqual(["memory-lifetime"]);
    for (const id of ["788", "805", "129"]) expect(classesOf(id)).toEqual(["out-of-bounds"]);
    expect(classesOf("119")).toEqual(["memory-safety"]);
    expect(weaknessTable().lineage("out-of-bounds-read")).toEqual(["out-of-bounds-read", "out-of-bounds", "memory-safety"]);
  });

  it("maps reviewers' words for writes, reads and lifetime bugs to the refinements, and generic ones to the parents", () => {
    for (const t of ["Heap buffer overflow while filling records", "Buffer overrun in copy_name", "Out-of-bounds write in payload copy", "Copy overruns rec->body"])
      expect(classes(t)).toEqual(["out-of-bounds-write"]);
    for (const t of ["Buffer over-read in parse_tlv", "Out-of-bounds read of the header", "TLV parsing reads past the input buffer", "Parser reads beyond the datagram"])
      expect(classes(t)).toEqual(["out-of-bounds-read"]);
    expect(classes("Use after free in session_close")).toEqual(["use-after-free"]);
    expect(classes("Double free of ctx->buf")).toEqual(["double-free"]);
    expect(classes("Out of bounds access in lookup_entry")).toEqual(["out-of-bounds"]);
    expect(classes("Memory corruption in the decoder")).toEqual(["memory-safety"]);
  });

  it("gives a read and a write past a buffer a small partial similarity and no conflict: reviewers call an over-read a buffer overflow", () => {
    const read = profile("TLV parsing reads past the input buffer", "", "CWE-125");
    const write = profile("Heap buffer overflow while filling TLVs", "", "CWE-122");
    const s = weaknessSimilarity(read, write);
    expect(s.score).toBeGreaterThan(0);
    expect(s.score).toBeLessThan(0.5);
    expect(s.shared).toEqual(["out-of-bounds"]);
    expect(weaknessConflict(read, write).score).toBe(0);
    expect(weaknessConflict(profile("Buffer over-read in parse_tlv"), profile("Buffer overflow in parse_tlv")).score).toBe(0);
  });

  it("gives a use after free and a double free of one object a partial similarity and no conflict", () => {
    const uaf = profile("Use After Free (CWE-416) - Line 78", "", "CWE-416");
    const twice = profile("m_reply is deleted twice", "", "CWE-415");
    expect(weaknessConflict(uaf, twice).score).toBe(0);
    expect(weaknessSimilarity(uaf, twice).score).toBeGreaterThan(0);
    expect(weaknessSimilarity(uaf, twice).score).toBeLessThan(weaknessSimilarity(uaf, profile("Use-after-free in the error path")).score);
  });

  it("scores one refinement named by both findings as one class", () => {
    expect(weaknessSimilarity(profile("Buffer overflow in strcpy"), profile("Stack-based buffer overflow", "", "CWE-121")).score).toBeCloseTo(0.9);
  });

  it("finds a generic name compatible with every refinement, at part of the weight", () => {
    const generic = profile("Memory corruption in the decoder");
    for (const specific of [profile("Heap overflow in decode_frame"), profile("Use after free in decode_frame")]) {
      expect(weaknessConflict(generic, specific).score).toBe(0);
      const s = weaknessSimilarity(generic, specific);
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThan(0.81);
      expect(s.shared).toEqual(["memory-safety"]);
    }
    expect(weaknessConflict(profile("Out of bounds access in lookup_entry"), profile("Buffer over-read in lookup_entry")).score).toBe(0);
  });

  it("sets a use after free against an overflow: different defects, even in one function", () => {
    const uaf = profile("Use after free in conn_close", "", "CWE-416");
    const overflow = profile("Heap buffer overflow in conn_close", "", "CWE-122");
    expect(weaknessSimilarity(uaf, overflow).score).toBe(0);
    expect(weaknessConflict(uaf, overflow).score).toBe(1);
    expect(weaknessConflict(profile("Use after free in conn_close"), profile("Buffer overflow in conn_close")).score).toBe(0.5);
    expect(weaknessConflict(profile("Double free in conn_close"), profile("Out of bounds read in conn_close")).score).toBe(0.5);
  });

  it("keeps named chains through the broader class: integer overflow leads to any out-of-bounds access", () => {
    expect(weaknessTable().chained("integer-overflow", "out-of-bounds-write")).toBe(true);
    expect(weaknessTable().chained("integer-overflow", "out-of-bounds-read")).toBe(true);
  });
});

describe("weakness classes that reviewers list side by side", () => {
  it("tells session fixation and the two cookie flags apart: three CWEs, three fixes", () => {
    const httpOnly = profile("Session cookie is missing the HttpOnly flag", "Script running in the page can read the session cookie.");
    const secure = profile("Missing Secure flag on session cookie", "The cookie is sent over plain HTTP.");
    const fixation = profile("Session fixation", "The session id is not regenerated at login.");
    expect(weaknessConflict(httpOnly, secure)).toEqual({ score: 0.5, detail: "httponly vs secure sensitive cookie without security attributes" });
    expect(weaknessConflict(fixation, httpOnly).score).toBe(0.5);
    expect(weaknessSimilarity(fixation, secure).score).toBe(0);
    // One reviewer naming both flags is compatible with either.
    expect(weaknessConflict(profile("Session cookie lacks the HttpOnly and Secure flags"), secure).score).toBe(0);
  });

  it("reads Cypher and other graph-query injections as query injection, not SQL", () => {
    expect([...profile("Cypher injection via the uploaded collector file").classes.keys()]).toContain("query-injection");
    expect(weaknessConflict(profile("Stored XSS in the graph view"), profile("Neo4j injection through unsanitized node names")).score).toBe(0.5);
  });

  it("reads loose cues only where a finding makes its point, not in its test steps or advice", () => {
    const steps = "Security Test Case:\n1. Insert a build row named `demo`.\n2. Select it back from the status table.";
    const claim = "An attacker who controls the callback URL could receive build status, or get text injected into the status message.";
    const callback = profile("Status callback URL can be redirected", `${claim}\n${steps}`);
    expect(callback.classes.has("sql-injection")).toBe(false);
    expect(profile("Injection through the INSERT statement", "User input reaches the insert unescaped, which an attacker could abuse.").classes.get("sql-injection")).toBeGreaterThan(0);
  });

  it("does not set a weakness against the consequence reviewers name it by: unpickling is remote code execution", () => {
    const rce = profile("Remote Code Execution", "Restoring a backup unpickles whatever the user uploads.");
    const pickle = profile("Insecure deserialization of backups", "", "CWE-502");
    expect(weaknessConflict(rce, pickle).score).toBe(0);
    // Still a conflict where no such link exists.
    expect(weaknessConflict(rce, profile("Error handling exits the process on ImportError")).score).toBe(0.5);
  });

  it("reads a title that describes a weakness in its own words more surely than a loose cue in the body", () => {
    const titled = profile("The avatar proxy will fetch any URL it is given");
    const bodyOnly = profile("Avatar proxy", "An attacker could make it fetch any URL, including internal hosts.");
    expect(titled.classes.get("ssrf")).toBe(0.6);
    expect(bodyOnly.classes.get("ssrf")).toBeLessThan(0.6);
    expect(weaknessSimilarity(titled, profile("Server-side request forgery in /avatar")).score).toBeCloseTo(0.54);
  });

  it("reads overflow said of a buffer or a copy as an out-of-bounds write, in a terse reviewer's words", () => {
    const terse = profile("sprintf into buf[64], path + raw config line can overflow stack");
    expect(terse.classes.get("out-of-bounds-write")).toBeGreaterThanOrEqual(0.6);
    expect(weaknessSimilarity(terse, profile("Stack buffer overflow in cfg_warn", "", "CWE-121")).score).toBeGreaterThan(0.5);
    expect(profile("Integer overflow in the quantity sum").classes.has("out-of-bounds-write")).toBe(false);
  });

  it("does not set a path traversal against the file disclosure it is reported as", () => {
    const traversal = profile("Path traversal in the export download", "", "CWE-22");
    const disclosure = profile("Arbitrary file disclosure via response()->download()", "", "CWE-200");
    expect(weaknessConflict(traversal, disclosure).score).toBe(0);
    expect(weaknessConflict(profile("SQL injection in the export sort", "", "CWE-89"), disclosure).score).toBe(1);
  });

  it("reads a secret written to a log as information exposure, and an authorization bypass as compatible with privilege escalation", () => {
    expect(profile("Auth token in logcat").classes.get("info-exposure")).toBeGreaterThanOrEqual(0.6);
    expect(profile("Logging is configured at debug level").classes.has("info-exposure")).toBe(false);
    const bypass = profile("Authorization bypass via a client-controlled header", "", "CWE-863");
    expect(weaknessConflict(bypass, profile("Privilege escalation through the X-Auth-Admin header")).score).toBe(0);
  });

  it("reads code evaluation, timing-safe comparison, unsigned input and file-type checks by the words reviewers use for them", () => {
    expect(profile("Dynamic Code Evaluation").classes.get("code-injection")).toBeGreaterThanOrEqual(0.9);
    expect(profile("L53 new Function on rule.expression is eval").classes.has("code-injection")).toBe(true);
    expect(profile("L24 timingSafeEqual please").classes.get("timing-side-channel")).toBeGreaterThanOrEqual(0.9);
    expect(profile("Use hmac.compare_digest for the token check").classes.has("timing-side-channel")).toBe(true);
    expect(profile("Missing Signature Validation").classes.get("integrity-check")).toBeGreaterThanOrEqual(0.9);
    expect(profile("Lack of File Type Validation on Upload").classes.get("file-upload")).toBeGreaterThanOrEqual(0.9);
    // A plain comparison, a plain function, a file path: none of these names a weakness.
    expect(profile("Comparison of version strings").classes.has("timing-side-channel")).toBe(false);
    expect(profile("Helper function is too long").classes.has("code-injection")).toBe(false);
  });

  it("tells account enumeration from a timing leak and keeps the two compatible", () => {
    const enumeration = profile("Username Enumeration", "", "CWE-204");
    expect(enumeration.classes.has("account-enumeration")).toBe(true);
    expect(enumeration.classes.has("timing-side-channel")).toBe(false);
    expect(profile("Account enumeration via login responses").classes.get("account-enumeration")).toBeGreaterThanOrEqual(0.9);
    expect(weaknessConflict(enumeration, profile("Timing difference in ForgotPassword", "", "CWE-208")).score).toBe(0);
    expect(weaknessConflict(enumeration, profile("Information disclosure in login", "", "CWE-200")).score).toBe(0);
  });

  it("reads CWE-693 as missing security headers without taking in the weaknesses filed under it", () => {
    expect(weaknessTable().classesOfCwe("693")).toEqual(["security-headers"]);
    expect(profile("Missing helmet middleware").classes.has("security-headers")).toBe(true);
    expect(weaknessTable().classesOfCwe("311")).not.toContain("security-headers"); // a child of 693
    // The missing X-Frame-Options header is a refinement: compatible, partly alike.
    const clickjacking = profile("Clickjacking", "", "CWE-1021");
    const headers = profile("Missing security headers");
    expect(weaknessConflict(clickjacking, headers).score).toBe(0);
    expect(weaknessSimilarity(clickjacking, headers).score).toBeGreaterThan(0);
  });

  it("reads a price or amount the server takes from the client as a trusted client value", () => {
    expect(profile("Client-side price tampering").classes.has("client-trusted-value")).toBe(true);
    expect(profile("Customer controls the charged amount", "The amount is taken from the request body.").classes.has("client-trusted-value")).toBe(true);
    expect(profile("The upload handler trusts the client's file name").classes.has("client-trusted-value")).toBe(false);
  });

  it("reads a missing ownership check described in plain words as missing authorization", () => {
    expect(profile("Any logged-in user can read or overwrite any other user's profile").classes.has("missing-authorization")).toBe(true);
    expect(profile("Exports are not tied to the customer who created them").classes.has("missing-authorization")).toBe(true);
    expect(profile("Any user can trigger a slow query").classes.has("missing-authorization")).toBe(false);
  });

  it("does not set missing authentication against missing authorization: reviewers name one missing check either way", () => {
    const authn = profile("Admin routes are effectively unauthenticated", "", "CWE-306");
    const authz = profile("Broken admin authorization (query parameter flag)", "", "CWE-862");
    expect(weaknessConflict(authn, authz).score).toBe(0);
    expect(weaknessSimilarity(authn, authz).score).toBeGreaterThan(0);
    expect(weaknessSimilarity(authn, authz).score).toBeLessThan(weaknessSimilarity(authn, profile("Missing authentication", "", "CWE-306")).score);
  });

  it("reads terse reviewers' shorthand for common weaknesses", () => {
    const cases: [string, string][] = [
      ["L86 sh -c with title and format pasted in -> cmd injection", "command-injection"],
      ["f-string into shell=True, both src and name are from the request", "command-injection"],
      ["L80 on top of that the key is a literal in the repo", "hardcoded-credentials"],
      ["Hardcoded JWT signing secret", "hardcoded-credentials"],
      ["yaml.Loader -> safe_load please", "deserialization"],
      ["L43-52 trust-all TrustManager on the prod client", "certificate-validation"],
      ["L60 no session_regenerate_id(true) after login", "session-fixation"],
      ["L96 returning stderr to the client, meh", "info-exposure"],
      ["different msgs for unknown email vs bad password", "account-enumeration"],
      ["No Limit on Upload Size", "resource-exhaustion"],
      ["L65 user goes into the ldap filter unescaped", "query-injection"],
      ["L55 ORDER BY {orderBy} is the same problem", "sql-injection"],
      ["Unvalidated Intent Forwarding", "intent-redirection"],
      ["JavaScript Interface Exposes Authentication Token", "webview-bridge"],
      ["The reset link trusts the Host header (line 27)", "host-header"],
    ];
    for (const [title, cls] of cases) expect(profile(title).classes.has(cls), `${title} → ${cls}`).toBe(true);
    // The words alone, without what makes them a weakness, are not one.
    expect(profile("The session is regenerated on login").classes.has("session-fixation")).toBe(false);
    expect(profile("Upload size is logged").classes.has("resource-exhaustion")).toBe(false);
    expect(profile("The key is read from the environment").classes.has("hardcoded-credentials")).toBe(false);
  });

  it("does not hold a CWE against another finding when its own title contradicts it", () => {
    const mislabelled = profile("Command Injection (CWE-94)", "The name goes into sh -c.", "CWE-94");
    const shell = profile("Shell injection in `thumbnail`", "", "CWE-78");
    expect(weaknessConflict(mislabelled, shell).score).toBe(0);
    expect(weaknessSimilarity(mislabelled, shell).score).toBeGreaterThanOrEqual(0.9);
    // A label its finding agrees with still counts against an unrelated one.
    expect(weaknessConflict(profile("Path traversal in download", "", "CWE-22"), shell).score).toBe(1);
  });

  it("does not set a shell injection against the remote code execution it is reported as", () => {
    expect(weaknessConflict(profile("L64 sh -c + format! with name and size = RCE"), profile("OS command injection in thumbnail", "", "CWE-78")).score).toBe(0);
  });

  it("reads names written in camelCase both ways: HttpOnly, SameSite, JavaScript", () => {
    expect(profile("cookie: no HttpOnly / Secure / SameSite").classes.has("cookie-flags")).toBe(true);
    expect(profile("JavaScript interface exposes the token").classes.has("webview-bridge")).toBe(true);
  });

  it("meets a single cookie flag with a finding that names several, and sets two different single flags apart", () => {
    const all = profile("Session cookie flags", "No HttpOnly, no Secure flag and no SameSite on the session cookie.");
    const secure = profile("Cookie without Secure flag");
    const httpOnly = profile("Cookie without HttpOnly");
    expect(weaknessConflict(all, secure).score).toBe(0);
    expect(weaknessConflict(secure, httpOnly).score).toBe(0.5);
  });

  it("reads regular-expression backtracking as ReDoS, a kind of resource exhaustion", () => {
    const redos = profile("Catastrophic backtracking in `EMAIL_RE`");
    expect(redos.classes.has("redos")).toBe(true);
    expect(profile("The email pattern is exponential on a long string without @").classes.has("redos")).toBe(true);
    expect(weaknessConflict(redos, profile("Denial of service through large payloads")).score).toBe(0);
  });

  it("does not read server-side JavaScript injection as XSS, a code-review 'wrap' as wraparound, or error handling as a resource leak", () => {
    expect(profile("Server-side JavaScript injection in `searchUsers`").classes.has("xss")).toBe(false);
    expect(profile("Server-side JavaScript injection in `searchUsers`").classes.has("code-injection")).toBe(true);
    expect(profile("no auth on /admin/export, wrap it in requireAdmin").classes.has("integer-overflow")).toBe(false);
    expect(profile("Error handling leaks configuration").classes.has("resource-leak")).toBe(false);
  });

  it("reads a query built with Sprintf as SQL injection, and GraphQL introspection as information exposure", () => {
    expect(profile("L85 Sprintf into the query, use $1").classes.has("sql-injection")).toBe(true);
    expect(profile("GraphQL introspection enabled").classes.has("info-exposure")).toBe(true);
  });

  it("reads infrastructure reviews: open network rules, public buckets, unencrypted storage, wildcard IAM, logging switched off", () => {
    const cases: [string, string][] = [
      ["SSH reachable from the whole internet", "network-exposure"],
      ["Database port reachable from the internet", "network-exposure"],
      ["Public-read bucket policy (lines 30-36)", "insecure-permissions"],
      ["RDS storage encryption disabled", "cleartext"],
      ["IAM inline policy allows every action on every resource", "privilege-management"],
      ["CloudTrail trail exists but is not logging", "insufficient-logging"],
    ];
    for (const [title, cls] of cases) expect(profile(title).classes.has(cls), `${title} → ${cls}`).toBe(true);
  });

  it("reads the longest phrase where phrases overlap: 'log file validation' is not a file-upload check", () => {
    const classes = profile("CloudTrail log file validation is not enabled").classes;
    expect(classes.has("integrity-check")).toBe(true);
    expect(classes.has("file-upload")).toBe(false);
    expect(profile("Insufficient File Validation").classes.has("file-upload")).toBe(true);
  });

  it("reads container and cluster reviews: privileged or root containers, RBAC, missing resource limits, unpinned images", () => {
    const cases: [string, string][] = [
      ["Privileged mode enabled for container 'api'", "privilege-management"],
      ["Indicates when containers are not set to runAsNonRoot", "privilege-management"],
      ["Wildcard verbs and API groups in ClusterRole rule", "privilege-management"],
      ["CPU and memory limits not set", "resource-exhaustion"],
      ["Image uses mutable 'latest' tag", "vulnerable-dependency"],
      ["running a container with a floating image tag", "vulnerable-dependency"],
      ['wildcard "*" in verb specification', "privilege-management"],
      ['binding to "api" role that has [*] access to [secrets]', "privilege-management"],
    ];
    for (const [title, cls] of cases) expect(profile(title).classes.has(cls), `${title} → ${cls}`).toBe(true);
  });

  it("keeps a privileged container, a root container and a cluster role that grants everything apart", () => {
    const privileged = profile("Container running in privileged mode");
    const root = profile("Container runs as root", "runAsUser is 0 and runAsNonRoot is not set");
    const rbac = profile("Overly permissive ClusterRole", "wildcard verbs on every resource");
    expect(weaknessConflict(privileged, root).score).toBeGreaterThan(0);
    expect(weaknessConflict(privileged, rbac).score).toBeGreaterThan(0);
    expect(weaknessConflict(privileged, profile("privileged: true on the api container")).score).toBe(0);
    expect(weaknessConflict(privileged, profile("`docker-builder` runs privileged")).score).toBe(0);
    expect(profile("`docker-builder` runs privileged").classes.has("privilege-management")).toBe(true);
  });

  it("reads terse and tool wording: SQL that goes straight in, default secrets, React's HTML sink, tokens in Web Storage", () => {
    const cases: [string, string][] = [
      ["email goes straight into the SQL", "sql-injection"],
      ["Default JWT secret used when JWT_SECRET is not set", "hardcoded-credentials"],
      ["Disallow usage of dangerous JSX properties", "xss"],
      ["Access token persisted in Web Storage", "sensitive-storage"],
      ["token in localStorage", "sensitive-storage"],
    ];
    for (const [title, cls] of cases) expect(profile(title).classes.has(cls), `${title} → ${cls}`).toBe(true);
  });

  it("does not read a password_hash column as weak password hashing", () => {
    const spread = profile("spreading req.body into the UPDATE lets a user set role/password_hash on themselves");
    expect(spread.classes.has("weak-crypto")).toBe(false);
    expect(profile("Passwords stored with MD5").classes.has("weak-crypto")).toBe(true);
  });

  it("reads a message handler that never checks the sender's origin as origin validation, and CORS apart from it", () => {
    for (const title of ["the listener never looks at `event.origin`", "postMessage listener accepts messages from any origin", "Missing origin check (CWE-346)"])
      expect(profile(title).classes.has("origin-validation"), title).toBe(true);
    expect(profile("Credentials Allowed for Any Origin", "CORS reflects the Origin header").classes.has("origin-validation")).toBe(false);
  });

  it("reads smart-contract reviews: reentrancy, unchecked low-level calls, tx.origin authentication", () => {
    const cases: [string, string][] = [
      ["Reentrancy vulnerability in withdraw function", "reentrancy"],
      ["Unchecked low-level call to feeCollector", "unchecked-return"],
      ["Owner check uses `tx.origin`", "missing-authentication"],
    ];
    for (const [title, cls] of cases) expect(profile(title).classes.has(cls), `${title} → ${cls}`).toBe(true);
    // An unchecked return value refines exceptional-condition handling: never in conflict with it.
    expect(weaknessConflict(profile("Unchecked return value of the fee transfer"), profile("Error handling swallows the failure")).score).toBe(0);
  });

  it("reads container build reviews: installers piped into a shell, keys baked into the image, secret scanners' rule names", () => {
    const cases: [string, string][] = [
      ["curl | sh from a vanity domain, no checksum", "integrity-check"],
      ["Remote install script piped directly to `sh`", "integrity-check"],
      ["real-looking AWS keys baked into the image", "hardcoded-credentials"],
      ["AWS Access Key", "hardcoded-credentials"],
      ["`CloseAccount` also builds its UPDATE with `fmt.Sprintf`", "sql-injection"],
    ];
    for (const [title, cls] of cases) expect(profile(title).classes.has(cls), `${title} → ${cls}`).toBe(true);
  });

  it("reads mobile and network reviews: trust handlers that accept any certificate, plain-HTTP switches, remote login ports open to anyone", () => {
    const cases: [string, string][] = [
      ["trust challenge handler just says yes to any cert", "certificate-validation"],
      ["Insecure Server Trust Evaluation", "certificate-validation"],
      ["NSAllowsArbitraryLoads Enabled", "cleartext"],
      ["App Transport Security turned off", "cleartext"],
      ['android:usesCleartextTraffic="true" in the manifest', "cleartext"],
      ["SSH exposed publicly (line 79-82)", "network-exposure"],
    ];
    for (const [title, cls] of cases) expect(profile(title).classes.has(cls), `${title} → ${cls}`).toBe(true);
    // A key for SSH is no port left open.
    expect(profile("SSH private key committed to the repository").classes.has("network-exposure")).toBe(false);
  });

  it("reads scanners' wording: Psalm's taint kinds, clang's use after free and unbounded strcpy, streams never closed", () => {
    const cases: [string, string][] = [
      ["Detected tainted SQL", "sql-injection"],
      ["Detected tainted shell code", "command-injection"],
      ["Detected tainted HTML", "xss"],
      ["Use of memory after it is freed [clang-analyzer-cplusplus.NewDelete]", "use-after-free"],
      ["Session object accessed after being freed by close_session", "use-after-free"],
      ["Call to function 'strcpy' is insecure as it does not provide bounding of the memory buffer", "out-of-bounds-write"],
      ["Opened stream never closed", "resource-leak"],
      ["Line 39 turns off certificate checking for the whole PowerShell session", "certificate-validation"],
    ];
    for (const [title, cls] of cases) expect(profile(title).classes.has(cls), `${title} → ${cls}`).toBe(true);
  });

  it("keeps an off-by-one and the overflow it causes, a hard-coded password and its plaintext, a tainted header and a redirect, out of conflict", () => {
    const pairs: [string, string, string, string][] = [
      ["Off-by-one NUL terminator write at payload[len]", "CWE-193", "Stack-based buffer overflow reading the frame", "CWE-121"],
      ["Hard-coded service account password", "CWE-798", "ConvertTo-SecureString with plaintext", "CWE-312"],
      ["Detected tainted header", "CWE-113", "Open redirect via return_to", "CWE-601"],
    ];
    for (const [ta, ca, tb, cb] of pairs) expect(weaknessConflict(profile(ta, ta, ca), profile(tb, tb, cb)).score, `${ta} vs ${tb}`).toBe(0);
    // Different defects still conflict.
    expect(weaknessConflict(profile("Off-by-one in the session index", "", "CWE-193"), profile("SQL injection in search", "", "CWE-89")).score).toBeGreaterThan(0);
  });

  it("reads deployment reviews: host namespaces as their own privilege variant, latest tags, secrets in playbooks, swallowed exceptions", () => {
    const cases: [string, string][] = [
      ["Pod Shares the Node's Network Namespace", "privilege-management"],
      ['Image tag ":latest" used', "vulnerable-dependency"],
      ["the registry token and the DB password are just sitting in the playbook", "hardcoded-credentials"],
      ["GitLab Personal Access Token", "hardcoded-credentials"],
      ["Exception swallowing in import loop", "exception-handling"],
      ["Lint/RescueException: Avoid rescuing the `Exception` class", "exception-handling"],
    ];
    for (const [title, cls] of cases) expect(profile(title).classes.has(cls), `${title} → ${cls}`).toBe(true);
    // The node's network namespace is not the same fix as running as root.
    expect(weaknessConflict(profile("Pod shares the node's network namespace"), profile("Container runs as root user")).score).toBeGreaterThan(0);
  });

  it("reads freed memory, MongoDB's $where, shared temp locations and uploads said with their type as what they are", () => {
    const cases: [string, string][] = [
      ["Use of Freed Memory", "use-after-free"],
      ["name pasted into a $where string -> JS injection in mongo", "query-injection"],
      ["Test for hard-coded temporary directory paths", "temp-file"],
      ["Export files live in a shared temp location (Line 22)", "temp-file"],
      ["someone can upload foo.html or foo.svg and we serve it from our own origin", "file-upload"],
    ];
    for (const [title, cls] of cases) expect(profile(title).classes.has(cls), `${title} → ${cls}`).toBe(true);
    expect(profile("The WHERE clause is built from the search term").classes.has("query-injection")).toBe(false);
  });

  it("reads a scanner's advice on random numbers, and notations that name no weakness in words", () => {
    const cases: [string, string][] = [
      ["Use cryptographic random numbers generators for anything even remotely security related", "weak-randomness"],
      ["Insecure randomness for share token", "weak-randomness"],
      ["5432 open to 0.0.0.0/0", "network-exposure"],
      ["ingress from ::/0 on 22", "network-exposure"],
      ['s3:* on "*" -> the transform lambda can wipe any bucket', "privilege-management"],
      ["Overly permissive policies may grant access to sensitive resources", "privilege-management"],
    ];
    for (const [title, cls] of cases) expect(profile(title).classes.has(cls), `${title} → ${cls}`).toBe(true);
    // A version, a route and a time are not notations of exposure or of a wildcard grant.
    expect(profile("Listens on 10.0.0.0/8 only, fine").classes.has("network-exposure")).toBe(false);
    expect(profile("**Note:** the handler at /api/*path is fine").classes.has("privilege-management")).toBe(false);
  });

  it("tells a script in a link's URL from markup injected beside it, and both from reverse tabnabbing", () => {
    const link = profile("website goes into :href unchecked, javascript:alert(1) works");
    const markup = profile("v-html on bio -> stored XSS, bio comes straight from the PUT");
    const tab = profile("target=_blank w/o rel=noopener");
    expect(link.classes.has("xss")).toBe(true);
    expect(weaknessConflict(link, markup).score).toBeGreaterThan(0);
    expect(tab.classes.has("tabnabbing")).toBe(true);
    expect(weaknessSimilarity(tab, link).score).toBe(0);
    // A finding that names both variants is about both, and meets each.
    expect(weaknessConflict(profile("Stored XSS through javascript: URLs in the profile"), markup).score).toBe(0);
  });

  it("reads terse and scanner wording of secrets in source, swallowed errors, dropped error values and wildcard grants", () => {
    const cases: [string, string][] = [
      ["live token in source", "hardcoded-credentials"],
      ["live API key compiled into the app", "hardcoded-credentials"],
      ["-- AWS keys committed in plaintext", "hardcoded-credentials"],
      ["[B110:try_except_pass] Try, Except, Pass detected.", "exception-handling"],
      ["Scanner failures are silently ignored (lines 89-93)", "exception-handling"],
      ["this value of err is never used", "unchecked-return"],
      ["chmod 0777 on the downloaded binary", "insecure-permissions"],
      ['Ensure IAM policies that allow full "*-*" administrative privileges are not created', "privilege-management"],
      [`Ensure no IAM policies documents allow "*" as a statement's actions`, "privilege-management"],
      ["Wildcard IAM permissions", "privilege-management"],
    ];
    for (const [title, cls] of cases) expect(profile(title).classes.has(cls), `${title} → ${cls}`).toBe(true);
    expect(profile("Port 8080 is used in chmod docs, mode 0644").classes.has("insecure-permissions")).toBe(false);
  });

  it("reads linters' wording of leaks, empty catches, fixed IVs, Keychain accessibility and secret defaults, and curl -k and ../ as notations", () => {
    const cases: [string, string][] = [
      ["Ensure that resources like this Connection object are closed after use", "resource-leak"],
      ["Avoid empty catch blocks", "exception-handling"],
      ["Do not use hard coded initialization vector in crypto operations", "weak-crypto"],
      ["A key stored in the Keychain is using a weak accessibility value", "sensitive-storage"],
      ["Variable includes a potentially sensitive default value", "hardcoded-credentials"],
      ["curl -k ... why? the config service has a proper cert", "certificate-validation"],
      ["../ in ?file= reads anything the node user can read", "path-traversal"],
    ];
    for (const [title, cls] of cases) expect(profile(title).classes.has(cls), `${title} → ${cls}`).toBe(true);
    expect(profile('import { db } from "../lib/db" is unused').classes.has("path-traversal")).toBe(false);
    expect(profile("curl -kv is only in the README").classes.has("certificate-validation")).toBe(false);
  });

  it("reads SonarQube's taint messages, eslint-plugin-security's sinks, secret scanners' webhooks and a note's 'no auth' as what they are", () => {
    const cases: [string, string][] = [
      ["Change this code to not construct SQL queries directly from user-controlled data.", "sql-injection"],
      ["Change this code to not perform redirects based on user-controlled data.", "open-redirect"],
      ["Change this code to not log user-controlled data.", "log-injection"],
      ["Discovered a Slack Webhook, which could lead to unauthorized access", "hardcoded-credentials"],
      ["Hardcoded Slack Webhook URL", "hardcoded-credentials"],
      ["`INADDR_ANY`, no auth", "missing-authentication"],
      ["the whole thing listens on 0.0.0.0 w/o any auth", "missing-authentication"],
      ['Found readFileSync from package "fs" with non literal argument at index 0', "path-traversal"],
      ["Generic Object Injection Sink", "mass-assignment"],
      ["Unvalidated `day` parameter used as an object key", "mass-assignment"],
    ];
    for (const [title, cls] of cases) expect(profile(title).classes.has(cls), `${title} → ${cls}`).toBe(true);
    // "not log" is also "not logging": the log injection meets a reviewer's, rather than conflicting with it.
    expect(weaknessConflict(profile("Change this code to not log user-controlled data."), profile("Log injection via the grade comment")).score).toBe(0);
    expect(profile("CloudTrail trail exists but is not logging").classes.has("insufficient-logging")).toBe(true);
  });

  it("reads cloud, cluster, contract and desktop wording: old TLS versions, sslmode=disable, unverified certificates, spoofable headers, callable by anyone", () => {
    const cases: [string, string][] = [
      ["Storage account uses an insecure TLS version", "weak-crypto"],
      ["Ensure Storage Account is using the latest version of TLS encryption", "weak-crypto"],
      ["`sslmode=disable` on the JDBC URL", "cleartext"],
      ["Unverified upstream certificate", "certificate-validation"],
      ["GreenStake.stake(uint256) ignores return value by token.transferFrom(msg.sender,address(this),amount)", "unchecked-return"],
      ["`stake()` ignores the `transferFrom` return value", "unchecked-return"],
      ["Double quote to prevent globbing and word splitting", "command-injection"],
      ["Spoofable role header", "client-trusted-value"],
      ["Admin status comes from a request header that the client controls", "client-trusted-value"],
      ["`setRewardRate` is callable by anyone", "missing-authorization"],
      ["Orders are readable by all authenticated users", "missing-authorization"],
      ["No NetworkPolicy", "network-exposure"],
      ["Node Integration Enabled in Help Window", "webview-bridge"],
      ["Deprecated Lambda runtime", "vulnerable-dependency"],
      ["Container allows public access", "insecure-permissions"],
    ];
    for (const [title, cls] of cases) expect(profile(title).classes.has(cls), `${title} → ${cls}`).toBe(true);
  });

  it("does not read a database's public access as a bucket's, an egress rule as a missing NetworkPolicy, or an unset security header as a spoofed one", () => {
    expect(profile("Instance has Public Access enabled").classes.has("insecure-permissions")).toBe(false);
    expect(profile("NetworkPolicy Does Not Restrict Egress").classes.has("network-exposure")).toBe(false);
    expect(profile("X-Frame-Options header is not set, so the user can be framed").classes.has("client-trusted-value")).toBe(false);
  });
});

