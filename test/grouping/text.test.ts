import { describe, expect, it } from "vitest";
import { termFrequencies, textSimilarity, textVectors, topSharedTerms } from "../../lib/grouping/text";
import { findingTokens } from "../../lib/text/findingText";

const f = (title: string, body = "") => ({ title, body: `${title}\n${body}` });

describe("text similarity", () => {
  const findings = [
    f("Unbounded memory usage", "The whole archive is read into memory with fs::read; a multi-gigabyte archive exhausts RAM."),
    f("Whole archive loaded into RAM", "fs::read loads the entire archive into memory, so huge inputs can exhaust memory."),
    f("Shell injection in post hook", "The destination path is interpolated into an sh -c command string."),
    f("Missing checksum verification", "The header checksum is never compared with the stored value."),
  ];
  const v = textVectors(findings);

  it("scores two descriptions of one issue above unrelated findings", () => {
    expect(textSimilarity(v[0], v[1])).toBeGreaterThan(0.25);
    expect(textSimilarity(v[0], v[2])).toBeLessThan(0.05);
    expect(textSimilarity(v[0], v[1])).toBeGreaterThan(3 * textSimilarity(v[1], v[3]));
  });

  it("is symmetric and 1 for identical text", () => {
    expect(textSimilarity(v[0], v[1])).toBeCloseTo(textSimilarity(v[1], v[0]), 12);
    const [a, b] = textVectors([findings[2], findings[2], findings[3]]);
    expect(textSimilarity(a, b)).toBeCloseTo(1, 9);
  });

  it("names the shared terms that matter", () => {
    // "memory" is in "unbounded memory" and "exhausts memory", weakness phrases: see below.
    expect(topSharedTerms(v[0], v[1])).toEqual(expect.arrayContaining(["archiv", "ram"]));
  });

  it("ignores stop words and review boilerplate", () => {
    const tf = termFrequencies(findingTokens(f("Potential security issue", "Issue: the code could be a concern. Solution: ensure it is secure.")));
    expect([...tf.keys()]).toEqual([]);
  });

  it("gives a word every finding uses less weight than a word two findings share", () => {
    const [a, b, c] = textVectors([
      f("archive tarball escape"),
      f("tarball target"),
      f("archive header"),
      f("archive listing"),
    ]);
    // a shares "tarball" (two findings use it) with b and "archive" (three do) with c.
    expect(textSimilarity(a, b)).toBeGreaterThan(textSimilarity(a, c) * 1.3);
  });

  it("counts the words that name a weakness class for little: they say which kind of defect, not which one", () => {
    const [search, sort, searchAgain] = textVectors([
      f("SQL injection in product search", "The q parameter is interpolated into the query, an attacker can inject SQL."),
      f("SQL injection via the sort parameter", "sort is placed after ORDER BY, an attacker can inject SQL."),
      f("Product search builds its query from q", "q is pasted into the search statement without binding."),
      f("Missing checksum verification", "The header checksum is never compared."),
    ]);
    // Two SQL injections at different sinks share their class words; the same sink described
    // without them shares the instance: the product search and its q parameter.
    expect(textSimilarity(search, searchAgain)).toBeGreaterThan(1.4 * textSimilarity(search, sort));
    expect(topSharedTerms(search, searchAgain)).toEqual(expect.arrayContaining(["search", "product"]));
  });

  it("counts fix advice at half weight", () => {
    const advice = termFrequencies(findingTokens(f("Title words", "details here. Recommendation: parameterize queries")));
    const details = termFrequencies(findingTokens(f("Title words", "details here, parameterize queries")));
    expect(advice.get("parameter")).toBeLessThan(details.get("parameter")!);
    expect(advice.get("titl")).toBe(2); // the title counts double
  });

  it("keeps identifiers whole as well as split", () => {
    const tf = termFrequencies(findingTokens(f("load_interface_driver exits", "")));
    expect(tf.has("load_interface_driver")).toBe(true);
    expect(tf.has("driver")).toBe(true);
  });
});
