import { describe, expect, it } from "vitest";
import { extractCwe, normalizeCwe } from "../../lib/findings/cwe";

describe("normalizeCwe", () => {
  it("writes every spelling as CWE-<n>", () => {
    expect(normalizeCwe("CWE-079")).toBe("CWE-79");
    expect(normalizeCwe("external/cwe/cwe-22")).toBe("CWE-22");
    expect(normalizeCwe(89)).toBe("CWE-89");
    expect(normalizeCwe("cwe 78")).toBe("CWE-78");
    expect(normalizeCwe("CWE_400")).toBe("CWE-400");
    expect(normalizeCwe("CWE-1321: Prototype Pollution")).toBe("CWE-1321");
    expect(normalizeCwe("601")).toBe("CWE-601");
  });

  it("gives null for missing or meaningless values", () => {
    expect(normalizeCwe(undefined)).toBeNull();
    expect(normalizeCwe(null)).toBeNull();
    expect(normalizeCwe("")).toBeNull();
    expect(normalizeCwe("N/A")).toBeNull();
    expect(normalizeCwe("CWE-0")).toBeNull();
    expect(normalizeCwe(0)).toBeNull();
    expect(normalizeCwe(-22)).toBeNull();
    expect(normalizeCwe(22.5)).toBeNull();
  });
});

describe("extractCwe", () => {
  it("finds the first CWE a text names", () => {
    expect(extractCwe("This is the classic Zip Slip problem (CWE-022), closely related to CWE-59.")).toBe("CWE-22");
    expect(extractCwe("Potential CWE: cwe 400 (Uncontrolled Resource Consumption)")).toBe("CWE-400");
  });

  it("gives null when there is none", () => {
    expect(extractCwe("The handler trusts the Host header.")).toBeNull();
    expect(extractCwe("See CWE-list for details.")).toBeNull();
  });
});
