import { describe, expect, it } from "vitest";
import { lineProximity, linesDisjoint, samePath } from "../../lib/grouping/lines";

const at = (start: number, end = start, path: string | null = null) => ({ lines: [{ start, end }], path });
const nowhere = { lines: [], path: null };

describe("lineProximity", () => {
  it("is 1 for small overlapping ranges", () => {
    expect(lineProximity(at(70), at(70, 71)).score).toBe(1);
    expect(lineProximity(at(70), at(70, 71)).detail).toBe("overlapping lines 70 and 70-71");
  });

  it("counts overlap with a long range proportionally less", () => {
    expect(lineProximity(at(49), at(20, 60)).score).toBeCloseTo(10 / 41);
  });

  it("is weakly positive for nearby lines and weakly negative for distant ones", () => {
    expect(lineProximity(at(70), at(72)).score).toBe(0.5);
    expect(lineProximity(at(70), at(78)).score).toBe(0.2);
    const distant = lineProximity(at(70), at(83, 90));
    expect(distant.score).toBeLessThan(0);
    expect(distant.score).toBeGreaterThan(-0.5);
    expect(distant.detail).toBe("distant lines 70 and 83-90");
  });

  it("takes the best pair when a finding names several places", () => {
    expect(lineProximity({ lines: [{ start: 32, end: 36 }, { start: 47, end: 51 }], path: null }, at(49)).score).toBe(1);
  });

  it("says nothing when a side has no lines", () => {
    expect(lineProximity(at(70), nowhere)).toEqual({ score: 0, detail: "", labels: [] });
  });

  it("is evidence against when the findings are in different files", () => {
    expect(lineProximity(at(7, 7, "config/settings.py"), at(7, 7, "invoices/views.py")).score).toBe(-1);
    expect(lineProximity(at(7, 7, "config/settings.py"), at(7, 7, "settings.py")).score).toBe(1);
  });
});

describe("helpers", () => {
  it("samePath matches a path against its suffix only at a directory boundary", () => {
    expect(samePath("src/main.rs", "main.rs")).toBe(true);
    expect(samePath("src/domain.rs", "main.rs")).toBe(false);
  });

  it("linesDisjoint", () => {
    expect(linesDisjoint([{ start: 70, end: 70 }], [{ start: 83, end: 90 }])).toBe(true);
    expect(linesDisjoint([{ start: 87, end: 93 }], [{ start: 91, end: 93 }])).toBe(false);
  });
});
