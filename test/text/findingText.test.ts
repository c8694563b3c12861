import { describe, expect, it } from "vitest";
import { detailRoles, findingTexts } from "../../lib/text/findingText";

const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();

describe("detailRoles: what a finding asserts versus what it describes", () => {
  it("separates the sentence that describes the code from the one that makes the point", () => {
    const roles = detailRoles(
      "- **Issue**: The method `load_class_by_alias` dynamically loads a class based on a string. If an attacker can control the string, they might load arbitrary classes.",
    );
    expect(squeeze(roles.claims)).toBe("If an attacker can control the string, they might load arbitrary classes.");
    expect(squeeze(roles.context)).toMatch(/^The method `load_class_by_alias` dynamically loads a class based on a string\.$/);
  });

  it("reads a code quote under a line label as context and the labeled concern as the point", () => {
    const roles = detailRoles(
      [
        "* Line 43: execute = utils.execute",
        "* This line assigns the execute function to a global variable.",
        "* Security Concern: If input reaches execute it could lead to command injection.",
      ].join("\n"),
    );
    expect(roles.claims).toMatch(/command injection/);
    expect(roles.context).toMatch(/execute = utils\.execute/);
    expect(roles.context).toMatch(/assigns the execute function/);
    expect(roles.claims).not.toMatch(/assigns/);
  });

  it("keeps a field labeled as the point even when its wording asserts no risk", () => {
    const roles = detailRoles("Location: handler.go line 41\nThe handler joins the name onto the directory.\nImpact: the upload lands outside the directory.");
    expect(roles.claims).toMatch(/lands outside the directory/);
    expect(roles.context).toMatch(/joins the name/);
  });

  it("treats a location label as saying nothing: reviewers open their main point with it", () => {
    const roles = detailRoles("- **Lines 83-90**: The `while True` loop could lead to high CPU usage or denial of service.");
    expect(roles.claims).toMatch(/denial of service/);
  });

  it("keeps every sentence as a claim when none asserts anything: there is no scene to set apart", () => {
    const details = "The sort value from the query string is placed in the ORDER BY clause without validation.";
    expect(detailRoles(details)).toEqual({ claims: details, context: "" });
  });

  it("works on the details of findingTexts, after the title and before the advice", () => {
    const texts = findingTexts({
      title: "Dynamic Code Execution",
      body: "Dynamic Code Execution\nThe loader reads a class name from the config. An attacker could pick any class.\nSolution: allow-list the drivers.",
    });
    const roles = detailRoles(texts.details);
    expect(squeeze(roles.claims)).toBe("An attacker could pick any class.");
    expect(roles.claims + roles.context).not.toMatch(/allow-list/);
  });
});
