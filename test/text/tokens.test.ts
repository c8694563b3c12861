import { describe, expect, it } from "vitest";
import { tokenize } from "../../lib/text/tokens";

describe("tokenize", () => {
  it("splits identifiers at camelCase humps and underscores, and keeps them whole in the joined reading", () => {
    const tokens = tokenize("savedPassword in load_interface_driver");
    expect(tokens.parts).toEqual(["save", "password", "in", "load", "interfac", "driver"]);
    expect(tokens.extras).toContain("savedpassword");
  });

  it("splits an acronym from the word after it (NSLog, XMLHttpRequest), so 'NSLog with the password' is about a log", () => {
    expect(tokenize("NSLog with the password").parts).toEqual(["ns", "log", "with", "the", "password"]);
    expect(tokenize("XMLHttpRequest").parts).toEqual(["xml", "http", "request"]);
    expect(tokenize("NSLog with the password").joined).toEqual(["nslog", "with", "the", "password"]);
  });

  it("leaves plural acronyms and plain capitals whole", () => {
    expect(tokenize("URLs IDs APIs HTTPS").parts).toEqual(["url", "ids", "api", "http"]);
  });
});
