import { describe, expect, it } from "vitest";
import {
  DISJOINT_SYMBOLS_SCORE,
  nameParts,
  PART_RUN_WEIGHT,
  partRuns,
  symbolKeys,
  symbolScore,
  symbolSimilarity,
  symbolVectors,
} from "../../lib/grouping/symbols";

describe("symbolKeys", () => {
  it("drops call parentheses and lowercases, keeping the whole path and its segments", () => {
    expect(symbolKeys("eventlet.sleep(time_to_wait)")).toEqual([
      { key: "eventlet.sleep", segment: false, written: "eventlet.sleep" },
      { key: "eventlet", segment: true, written: "eventlet" },
      { key: "sleep", segment: true, written: "sleep" },
      { key: "time_to_wait", segment: false, written: "time_to_wait" },
    ]);
    expect(symbolKeys("get_user()")).toEqual([{ key: "get_user", segment: false, written: "get_user" }]);
  });

  it("treats :: and -> like dots", () => {
    expect(symbolKeys("fs::read").map((k) => k.key)).toEqual(["fs.read", "read"]);
    expect(symbolKeys("$conn->query").map((k) => k.key)).toContain("conn.query");
  });

  it("reads the names out of a code snippet and skips keywords", () => {
    const keys = symbolKeys("let dest = out_dir.join(&e.name);").map((k) => k.key);
    expect(keys).toContain("dest");
    expect(keys).toContain("out_dir.join");
    expect(keys).toContain("out_dir");
    expect(keys).not.toContain("let");
  });
});

describe("symbol similarity", () => {
  it("matches the same call written with and without arguments", () => {
    const [a, b] = symbolVectors([["eventlet.sleep(time_to_wait)"], ["`eventlet.sleep`"]]).vectors;
    expect(symbolScore(a, b)).toBeGreaterThan(0.5);
    expect(symbolSimilarity(a, b).shared).toEqual(["eventlet.sleep"]);
  });

  it("matches a bare name against the last segment of a dotted path, more weakly than the full path", () => {
    const { vectors } = symbolVectors([["neutron_utils.load_class"], ["load_class"], ["neutron_utils.load_class"], ["other_fn"]]);
    const segmentOnly = symbolScore(vectors[0], vectors[1]);
    const fullPath = symbolScore(vectors[0], vectors[2]);
    expect(segmentOnly).toBeGreaterThan(0);
    expect(fullPath).toBeGreaterThan(segmentOnly);
  });

  it("weights a symbol few findings name above one most findings name", () => {
    const { vectors } = symbolVectors([
      ["request.GET", "mark_safe"],
      ["request.GET", "mark_safe"],
      ["request.GET", "cursor.execute"],
      ["request.GET", "cursor.execute"],
      ["request.GET"],
    ]);
    // Sharing only the ubiquitous request.GET counts less than sharing the rare mark_safe too.
    expect(symbolScore(vectors[0], vectors[1])).toBeGreaterThan(symbolScore(vectors[0], vectors[4]) + 0.2);
  });

  it("is mildly negative when both name code but none in common, and neutral when one names none", () => {
    const { vectors } = symbolVectors([["mark_safe"], ["cursor.execute"], []]);
    expect(symbolScore(vectors[0], vectors[1])).toBe(DISJOINT_SYMBOLS_SCORE);
    expect(symbolScore(vectors[0], vectors[2])).toBe(0);
  });

  it("spells shared keys the way the first finding wrote them", () => {
    const { vectors, written } = symbolVectors([["ImportError"], ["importerror"]]);
    expect(symbolSimilarity(vectors[0], vectors[1]).shared).toEqual(["importerror"]);
    expect(written.get("importerror")).toBe("ImportError");
  });
});

describe("name parts and runs", () => {
  it("splits snake_case, camelCase, PascalCase and acronyms alike", () => {
    expect(nameParts("load_plugin_driver")).toEqual(["load", "plugin", "driver"]);
    expect(nameParts("loadPluginDriver")).toEqual(["load", "plugin", "driver"]);
    expect(nameParts("HTTPServerError")).toEqual(["http", "server", "error"]);
    expect(nameParts("MAX_UPLOAD_SIZE")).toEqual(["max", "upload", "size"]);
  });

  it("gives the runs of two adjacent parts within each name, never across a dot", () => {
    expect(partRuns("load_plugin_driver")).toEqual(["load_plugin", "plugin_driver"]);
    expect(partRuns("conf.plugin_driver")).toEqual(["plugin_driver"]);
    expect(partRuns("settings.pluginDriver")).toEqual(["plugin_driver"]);
    expect(partRuns("report_utils.agent")).toEqual(["report_utils"]);
    expect(partRuns("eventlet.sleep(delay)")).toEqual([]); // one-part names have no runs
    expect(partRuns("|safe")).toEqual([]);
    expect(partRuns("is_none")).toEqual([]); // keywords only
  });
});

describe("partial symbol matches", () => {
  it("relates a function and the setting it is named after, below a full match", () => {
    const { vectors } = symbolVectors([["load_plugin_driver"], ["conf.plugin_driver"], ["load_plugin_driver"], ["render_page"]]);
    const partial = symbolSimilarity(vectors[0], vectors[1]);
    expect(partial.score).toBeGreaterThan(0);
    expect(partial.score).toBeLessThanOrEqual(PART_RUN_WEIGHT);
    expect(partial.shared).toEqual([]);
    expect(partial.sharedRuns).toEqual(["plugin_driver"]);
    expect(symbolScore(vectors[0], vectors[2])).toBeGreaterThan(partial.score);
    expect(symbolScore(vectors[1], vectors[3])).toBe(DISJOINT_SYMBOLS_SCORE);
  });

  it("relates the same name written in two naming conventions", () => {
    const { vectors } = symbolVectors([["parseArchiveHeader"], ["parse_archive_header"], ["write_entry"]]);
    expect(symbolScore(vectors[0], vectors[1])).toBeGreaterThan(0.25);
    expect(symbolScore(vectors[0], vectors[2])).toBe(DISJOINT_SYMBOLS_SCORE);
  });

  it("does not relate names that share a single part", () => {
    // The mark_safe call and the |safe template filter are two sinks; get_user and user_list two functions.
    const { vectors } = symbolVectors([["mark_safe", "note.body"], ["|safe", "results.html"], ["get_user"], ["user_list"]]);
    expect(symbolScore(vectors[0], vectors[1])).toBe(DISJOINT_SYMBOLS_SCORE);
    expect(symbolScore(vectors[2], vectors[3])).toBe(DISJOINT_SYMBOLS_SCORE);
  });

  it("does not relate two dotted paths through their package and module names alone", () => {
    const { vectors } = symbolVectors([["report_utils.render"], ["report.linux.utils"]]);
    expect(symbolScore(vectors[0], vectors[1])).toBe(DISJOINT_SYMBOLS_SCORE);
  });

  it("weights a run most findings share below one only two share", () => {
    const { vectors } = symbolVectors([
      ["load_plugin_driver"],
      ["conf.load_plugin"],
      ["conf.plugin_driver"],
      ["plugin_driver_path"],
      ["plugin_driver_name"],
    ]);
    // 0 shares load_plugin with 1 alone, and plugin_driver with 2, 3 and 4.
    expect(symbolScore(vectors[0], vectors[1])).toBeGreaterThan(symbolScore(vectors[0], vectors[2]) * 1.3);
  });

  it("scores by the shared keys alone when there are any, not again run by run", () => {
    const { vectors } = symbolVectors([["ChecksumMismatchError", "read_header"], ["ChecksumMismatchError", "os.environ"], ["other_name"]]);
    const match = symbolSimilarity(vectors[0], vectors[1]);
    expect(match.shared).toEqual(["checksummismatcherror"]);
    expect(match.sharedRuns).toEqual([]);
    expect(match.score).toBeLessThan(0.75);
  });
});
