import { describe, expect, it } from "vitest";
import { highlightSegments } from "../../lib/views/highlightSegments";

describe("highlightSegments", () => {
  it("cuts a report into plain text and one mark per finding, covering every character once", () => {
    const { segments, skipped } = highlightSegments(100, [
      { id: "b", start: 60, end: 80 },
      { id: "a", start: 10, end: 30 },
    ]);
    expect(segments).toEqual([
      { kind: "text", start: 0, end: 10 },
      { kind: "mark", start: 10, end: 30, spanId: "a" },
      { kind: "text", start: 30, end: 60 },
      { kind: "mark", start: 60, end: 80, spanId: "b" },
      { kind: "text", start: 80, end: 100 },
    ]);
    expect(skipped).toEqual([]);
  });

  it("keeps the outer of two nested spans and reports the inner one as skipped", () => {
    const { segments, skipped } = highlightSegments(50, [
      { id: "inner", start: 12, end: 20 },
      { id: "outer", start: 10, end: 40 },
    ]);
    expect(segments.filter((s) => s.kind === "mark")).toEqual([{ kind: "mark", start: 10, end: 40, spanId: "outer" }]);
    expect(skipped).toEqual(["inner"]);
  });

  it("clamps spans that run past the text and drops empty ones", () => {
    const { segments, skipped } = highlightSegments(20, [
      { id: "past", start: 15, end: 999 },
      { id: "empty", start: 5, end: 5 },
    ]);
    expect(segments).toEqual([
      { kind: "text", start: 0, end: 15 },
      { kind: "mark", start: 15, end: 20, spanId: "past" },
    ]);
    expect(skipped).toEqual(["empty"]);
  });
});
