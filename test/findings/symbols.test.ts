import { normalizeFinding } from "../../lib/findings/normalizeFinding";
import { describe, expect, it } from "vitest";
import { extractSymbols, quotedNames, symbolKey } from "../../lib/findings/symbols";

describe("extractSymbols", () => {
  it("takes no commit hash for code, and no line anchor for part of a file's name", () => {
    const symbols = extractSymbols("**Status:** Fixed in `b83d0f2` · **Location:** `raffle.move#L57-L59`, see `new_operator_cap`");
    expect(symbols).toEqual(expect.arrayContaining(["raffle.move", "new_operator_cap"]));
    expect(symbols.some((s) => s.includes("b83d0f2") || s.includes("#L"))).toBe(false);
    expect(extractSymbols("`deadbeef` is the magic value")).toContain("deadbeef");
  });

  it("takes backticked identifiers but not backticked snippets of code", () => {
    const symbols = extractSymbols("`serveAsset` passes `r.URL.Query().Get(\"name\")` to `os.Open`; try `rm -rf /` to see why.");
    expect(symbols).toEqual(expect.arrayContaining(["serveAsset", "os.Open"]));
    expect(symbols).not.toContain("rm -rf /");
  });

  it("takes dotted names, snake_case names and calls from plain prose", () => {
    const symbols = extractSymbols(
      "The throttler calls eventlet.sleep in a loop; load_interface_driver then calls get_user() and render() on the result.",
    );
    expect(symbols).toEqual(expect.arrayContaining(["eventlet.sleep", "load_interface_driver", "get_user()", "render()"]));
  });

  it("takes C++/PHP member access and CamelCase class names", () => {
    const symbols = extractSymbols("Parser::readKey hands the buffer to conn->write, and the UploadHandler class never checks it.");
    expect(symbols).toEqual(expect.arrayContaining(["Parser::readKey", "conn->write", "UploadHandler"]));
  });

  it("takes SCREAMING_SNAKE_CASE constants from plain prose", () => {
    expect(extractSymbols("The upload path is joined onto UPLOAD_DIR and MAX_CONTENT_LENGTH is never set.")).toEqual(
      expect.arrayContaining(["UPLOAD_DIR", "MAX_CONTENT_LENGTH"]),
    );
  });

  it("does not take prose abbreviations or version numbers", () => {
    expect(extractSymbols("Untrusted input, e.g. a header, i.e. anything the client sends, etc. Seen in version 1.2.3.")).toEqual([]);
  });

  it("does not take the host name out of a URL", () => {
    expect(extractSymbols("The avatar importer will fetch `https://attacker.example/payload` or http://internal.corp/admin for anyone.")).toEqual([]);
  });

  it("does not take names that only appear inside a fenced code block", () => {
    const symbols = extractSymbols("The query is built by hand:\n\n```python\nrows = db_cursor.execute_raw(sql)\n```\n\nUse parameters instead.");
    expect(symbols).toEqual([]);
  });

  it("does not take a tool's check name after its message for code, but keeps code in brackets", () => {
    expect(extractSymbols("Use of memory after it is freed [clang-analyzer-cplusplus.NewDelete]")).toEqual([]);
    expect(extractSymbols("format string is not a string literal [-Wformat-security]")).toEqual([]);
    expect(extractSymbols("The app SG allows security_groups = [aws_security_group.app.id] on 5432")).toContain("aws_security_group.app.id");
  });

  it("keeps each symbol once", () => {
    expect(extractSymbols("`parse_key` overflows; parse_key must bound its copy; parse_key again.")).toEqual(["parse_key"]);
  });
});

describe("symbolKey", () => {
  it("reduces a symbol to its last name, lower-cased, without call parens", () => {
    expect(symbolKey("neutron_utils.load_class()")).toBe("load_class");
    expect(symbolKey("eventlet.sleep")).toBe("sleep");
    expect(symbolKey("Parser::readKey")).toBe("readkey");
    expect(symbolKey("conn->write")).toBe("write");
    expect(symbolKey("src/handlers/user")).toBe("user");
    expect(symbolKey("GetUser")).toBe("getuser");
    expect(symbolKey("get_user()")).toBe("get_user");
  });
});

describe("quotedNames", () => {
  it("reads the names a linter's message quotes", () => {
    expect(quotedNames("accessing undefined variable 'claims'")).toEqual(["claims"]);
    expect(quotedNames("Found global variable 'Global:LogPath'.")).toEqual(["Global:LogPath"]);
    expect(quotedNames("Parameter '$Password' should not use String type")).toEqual(["Password"]);
    // A quoted sentence is no name.
    expect(quotedNames("The message says 'access denied' to everyone")).toEqual([]);
  });

  it("counts them for a scanner's result only, not in a reviewer's prose", () => {
    const scanner = normalizeFinding({ title: "accessing undefined variable 'claims'", body: "accessing undefined variable 'claims'", span: { start: 0, end: 1 }, hints: { ruleId: "W113" } }, 1);
    const reviewer = normalizeFinding({ title: "Only the 'admin' role may export", body: "Only the 'admin' role may export", span: { start: 0, end: 1 } }, 1);
    expect(scanner.symbols).toContain("claims");
    expect(reviewer.symbols).not.toContain("admin");
  });
});
