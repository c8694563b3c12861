import { describe, expect, it } from "vitest";
import { importedModules, warnsOfImport } from "../../lib/findings/importWarnings";
import { extractSymbols } from "../../lib/findings/symbols";

describe("importedModules", () => {
  it("reads the module a blacklist warning or a reviewer names as imported", () => {
    expect(importedModules("Consider possible security implications associated with the subprocess module.")).toEqual(["subprocess"]);
    expect(importedModules("Consider possible security implications associated with pickle module.")).toEqual(["pickle"]);
    expect(importedModules("The handler imports the `xml.etree` module and parses uploads")).toEqual(["xml.etree"]);
  });

  it("reads nothing from prose about modules of an application", () => {
    expect(importedModules("The payment module does not check the amount")).toEqual([]);
  });

  it("gives the symbol extractor the module's name", () => {
    expect(extractSymbols("Consider possible security implications associated with pickle module.")).toContain("pickle");
  });
});

describe("warnsOfImport", () => {
  it("holds for a scanner's result about an import, not for a reviewer's note", () => {
    const title = "Consider possible security implications associated with the subprocess module.";
    expect(warnsOfImport({ title, ruleId: "B404" })).toBe(true);
    expect(warnsOfImport({ title, ruleId: null })).toBe(false);
    expect(warnsOfImport({ title: "subprocess call with shell=True identified", ruleId: "B602" })).toBe(false);
  });
});
