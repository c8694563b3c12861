import { describe, expect, it } from "vitest";
import { closingVerdict } from "../../lib/findings/closingVerdict";
import { parseReport } from "../../lib/reports/parseReport";

/** Step-by-step answers to "is this code vulnerable to X?", in the shape models give them. */
const walkThrough = (decision: string) => `Overview:
The code parses TLV records from a packet buffer into a list of entries.

Sub-components that could lead to out-of-bounds write:
1. \`parse_tlv\`: copies attacker-controlled bytes into \`entry->data\`; a missing length check would overflow the buffer.
2. \`read_header\`: reads the untrusted length field, which could exceed the bytes left in the packet.

Analysis:
A-S1: \`parse_tlv\` allocates \`entry->data\` with the record's length before the copy, so the copy cannot exceed it.
A-S2: \`read_header\` returns an error when the length exceeds the bytes left in the packet.

Decision:
${decision}
`;

describe("closingVerdict", () => {
  it("reads a decision that clears the code", () => {
    const text = walkThrough("Based on A-S1 and A-S2, the code is safe from out-of-bounds write.");
    expect(closingVerdict(text)).toEqual({ from: text.indexOf("Decision:"), clean: true });
    expect(closingVerdict(walkThrough("The out-of-bounds write vulnerability is not present in the given code.\n"))?.clean).toBe(true);
  });

  it("does not read a decision that finds the defect as clean", () => {
    expect(closingVerdict(walkThrough("Based on A-S1, the code is not safe from out-of-bounds write."))?.clean).toBe(false);
    expect(closingVerdict(walkThrough("Yes. The code does not have a bounds check in parse_tlv, so it is vulnerable."))?.clean).toBe(false);
  });

  it("reads a clean bill for named code as about that code, not the whole review", () => {
    const listed = "- **[HIGH] SQL injection, `query()` `folder` param** (L20-23): string interpolation into `rawQuery`.\n\nNo issues found with `saveDraft` (parameterized) or with `getType`/`insert`/`delete`.";
    expect(closingVerdict(listed)?.clean ?? false).toBe(false);
  });

  it("keeps the concerns of a review that clears the code only apart from what it listed", () => {
    const listed = "1. **Unbounded copy in parse_tlv**: the length is never checked.\n\nOverall, no other vulnerabilities were found.";
    expect(closingVerdict(listed)?.clean).toBe(false);
    const robustness = "Overall, no explicit security defects are detected. The issues mentioned above are about robustness.";
    expect(closingVerdict(`1. **Abrupt exit**: the agent exits on ImportError.\n\n${robustness}`)?.clean).toBe(false);
  });

  it("lets a hedge about the reviewer's own certainty stand, but not a concern brought back in", () => {
    const hedged = "The code does not appear to have an out-of-bounds write vulnerability. However, without the full context it is impossible to say definitively.";
    expect(closingVerdict(walkThrough(hedged))?.clean).toBe(true);
    const takenBack = "The code does not appear to have an out-of-bounds write vulnerability. However, `read_header` could still read past the end when the length is zero.";
    expect(closingVerdict(walkThrough(takenBack))?.clean).toBe(false);
    const conditional = "The code does not contain clear instances of the defect. If `len` is ever negative, there could be a potential overflow.";
    expect(closingVerdict(walkThrough(conditional))?.clean).toBe(false);
  });

  it("does not take fix advice for a verdict", () => {
    const advice = "1. **Overflow in parse_tlv**: the copy is unbounded.\n\nTo fix this, use a safer function that does not have this vulnerability.";
    expect(closingVerdict(advice)?.clean).toBe(false);
  });

  it("reads a filtered list that ends empty", () => {
    const filtered = "* **Is it high severity?** No, it is ranked Medium.\n* **Is it realistic?** Yes.\n\n**Final Answer:**\n\nEmpty list, as the only candidate is ranked Medium.";
    expect(closingVerdict(filtered)?.clean).toBe(true);
  });
});

describe("a report whose decision clears the code", () => {
  it("comes out as no issues, with a warning that says why its items were not counted", () => {
    const report = parseReport(walkThrough("Based on A-S1 and A-S2, the code is safe from out-of-bounds write."), "answer.txt");
    expect(report.verdict).toBe("no-issues");
    expect(report.findings).toEqual([]);
    expect(report.warnings.join(" ")).toMatch(/concludes that the code is not vulnerable/);
  });

  it("keeps its findings when the decision finds the defect", () => {
    const report = parseReport(walkThrough("Based on A-S1, the code is not safe from out-of-bounds write: the copy in parse_tlv is unbounded."), "answer.txt");
    expect(report.verdict).toBe("findings");
    expect(report.findings.length).toBeGreaterThanOrEqual(2);
  });

  it("answers a plain 'No, ...' with a hedge as no issues", () => {
    const answer =
      "No, this code does not appear to contain instances of the security vulnerability known as out-of-bounds write. All array indices seem to be checked. However, a comprehensive security review would involve more than this snippet.";
    expect(parseReport(answer, "answer.txt").verdict).toBe("no-issues");
  });
});

describe("closingVerdict: a word of advice after the verdict", () => {
  it("reads the verdict before a closing recommendation that raises nothing", () => {
    const text = `- The download method checks that a session exists before serving any data.

Based on my review, I did not find any security vulnerabilities in this code.

As a general recommendation, make sure the application server and its libraries are kept up to date.`;
    const verdict = closingVerdict(text);
    expect(verdict?.clean).toBe(true);
    expect(text.slice(verdict!.from)).toMatch(/^Based on my review/);
  });

  it("keeps a last paragraph that itself clears the code", () => {
    const text = `Things done well: escaping.\n\nI did not find any security defects in this code. As general advice, keep your dependencies up to date.`;
    expect(text.slice(closingVerdict(text)!.from)).toMatch(/^I did not find/);
  });
});
