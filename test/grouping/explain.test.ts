import { describe, expect, it } from "vitest";
import { explainGroup } from "../../lib/grouping/explain";
import { groupFindings } from "../../lib/grouping/groupFindings";
import type { Evidence, FindingGroup } from "../../lib/grouping/types";
import { daemonReviews } from "./scenarios";

const ev = (kind: Evidence["kind"], score: number, labels: string[], ids: [string, string] = ["a", "b"]): Evidence => ({
  kind,
  findingIds: ids,
  score,
  detail: "",
  labels,
});

describe("explainGroup", () => {
  it("names the shared symbols and weakness and the mean text similarity", () => {
    const group: FindingGroup = {
      findingIds: ["a", "b"],
      evidence: [ev("symbols", 0.8, ["eventlet.sleep"]), ev("weakness", 0.9, ["resource exhaustion (CWE-400)"]), ev("text", 0.41, ["sleep"])],
    };
    expect(explainGroup(group)).toBe(
      "Grouped because both name `eventlet.sleep` and describe resource exhaustion (CWE-400); text similarity 0.41.",
    );
  });

  it("says 'related code' when the names are related rather than the same, and prefers shared names", () => {
    const related: Evidence = { ...ev("symbols", 0.15, ["load_plugin_driver", "conf.plugin_driver"]), detail: "related names `load_plugin_driver` and `conf.plugin_driver`" };
    expect(explainGroup({ findingIds: ["a", "b"], evidence: [related, ev("text", 0.2, [])] })).toBe(
      "Grouped because both name related code (`load_plugin_driver` and `conf.plugin_driver`); text similarity 0.20.",
    );
    const exact = ev("symbols", 0.6, ["load_plugin_driver"], ["a", "c"]);
    expect(explainGroup({ findingIds: ["a", "b", "c"], evidence: [related, exact] })).toBe("Grouped because they name `load_plugin_driver`.");
  });

  it("speaks of 'they' for larger groups and averages text similarity over the links", () => {
    const group: FindingGroup = {
      findingIds: ["a", "b", "c"],
      evidence: [ev("symbols", 0.5, ["load_plugin", "sys.exit"]), ev("text", 0.4, []), ev("symbols", 0.6, ["load_plugin"], ["a", "c"]), ev("text", 0.2, [], ["a", "c"])],
    };
    expect(explainGroup(group)).toBe("Grouped because they name `load_plugin` and `sys.exit`; text similarity 0.30.");
  });

  it("leaves out a weakness only one of several links mentions", () => {
    const group: FindingGroup = {
      findingIds: ["a", "b", "c"],
      evidence: [
        ev("weakness", 0.9, ["server-side request forgery (CWE-918)"]),
        ev("weakness", 0.3, ["server-side request forgery (CWE-918)", "missing authentication (CWE-306)"], ["a", "c"]),
        ev("weakness", 0.9, ["server-side request forgery (CWE-918)"], ["b", "c"]),
      ],
    };
    expect(explainGroup(group)).toBe("Grouped because they describe server-side request forgery (CWE-918).");
  });

  it("falls back to lines when little else is shared, and mentions manual placement", () => {
    expect(explainGroup({ findingIds: ["a", "b"], evidence: [ev("manual", 1, [])] })).toBe("Grouped because a person placed them together.");
    const linesOnly: FindingGroup = { findingIds: ["a", "b"], evidence: [{ ...ev("lines", 1, []), detail: "overlapping lines 70 and 70-71" }, ev("text", 0.5, [])] };
    expect(explainGroup(linesOnly)).toBe("Grouped because they point at overlapping lines 70 and 70-71; text similarity 0.50.");
  });

  it("says so for a single finding", () => {
    expect(explainGroup({ findingIds: ["a"], evidence: [] })).toMatch(/single finding/);
  });

  it("explains real groups from their recorded evidence", () => {
    const r = daemonReviews();
    const exit = groupFindings(r.all).find((g) => g.findingIds.includes(r.exitB.id))!;
    const sentence = explainGroup(exit);
    expect(sentence).toContain("`load_plugin`");
    expect(sentence).toContain("CWE-703");
    expect(sentence).toMatch(/text similarity 0\.\d\d\.$/);
  });
});
