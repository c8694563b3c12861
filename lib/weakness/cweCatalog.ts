import { createRequire } from "node:module";

/**
 * The MITRE CWE catalogue as shipped by cwe-sdk (raw/cwe-dictionary.json: weakness id →
 * MITRE's XML converted to JSON). Read once, on first use, and reduced to what grouping needs:
 * names, alternate terms and the ChildOf hierarchy of the Research view (1000), which covers
 * every weakness in one DAG with one Primary parent per entry.
 */

const RESEARCH_VIEW = "1000";

export type CweAbstraction = "Pillar" | "Class" | "Base" | "Variant" | "Compound";

export interface CweEntry {
  id: string;
  name: string;
  abstraction: CweAbstraction;
  alternateTerms: string[];
  /** Primary parent in the Research view, if any (pillars have none). */
  primaryParent: string | null;
  parents: string[];
  /** Weaknesses this one can lead to (CanPrecede, Research view). */
  canPrecede: string[];
  /** For a named chain (a Compound entry with Structure "Chain"): the weakness it starts with. */
  chainStart: string | null;
}

export interface CweCatalog {
  entries: ReadonlyMap<string, CweEntry>;
  /** All ancestors in the Research view (every ChildOf path), nearest first. */
  ancestors(id: string): string[];
  /** The entry and its primary parents up to the pillar. */
  primaryChain(id: string): string[];
  /**
   * Cause → consequence links of MITRE's named chains ("Integer Overflow to Buffer Overflow",
   * "Unchecked Return Value to NULL Pointer Dereference"): each chain's first weakness and what
   * that weakness can precede.
   */
  chainLinks: readonly (readonly [string, string])[];
}

let cached: CweCatalog | undefined;

export function cweCatalog(): CweCatalog {
  cached ??= buildCatalog(loadDictionary());
  return cached;
}

function loadDictionary(): unknown {
  const require = createRequire(import.meta.url);
  return require("cwe-sdk/raw/cwe-dictionary.json") as unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The XML→JSON conversion stores one child as an object and several as an array. */
function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function attr(node: unknown, name: string): string | undefined {
  if (!isRecord(node) || !isRecord(node.attr)) return undefined;
  const v = node.attr[name];
  return typeof v === "string" ? v : undefined;
}

function parseEntry(id: string, raw: unknown): CweEntry | null {
  const name = attr(raw, "@_Name");
  const abstraction = attr(raw, "@_Abstraction") as CweAbstraction | undefined;
  if (!isRecord(raw) || !name || !abstraction) return null;
  const related = isRecord(raw.Related_Weaknesses) ? asList(raw.Related_Weaknesses.Related_Weakness) : [];
  const childOf = related.filter(
    (r) => attr(r, "@_Nature") === "ChildOf" && attr(r, "@_View_ID") === RESEARCH_VIEW && attr(r, "@_CWE_ID"),
  );
  const parents = [...new Set(childOf.map((r) => attr(r, "@_CWE_ID") as string))];
  const canPrecede = related
    .filter((r) => attr(r, "@_Nature") === "CanPrecede" && attr(r, "@_View_ID") === RESEARCH_VIEW && attr(r, "@_CWE_ID"))
    .map((r) => attr(r, "@_CWE_ID") as string);
  const startsWith = attr(raw, "@_Structure") === "Chain" ? related.find((r) => attr(r, "@_Nature") === "StartsWith" && attr(r, "@_CWE_ID")) : undefined;
  const primary = childOf.find((r) => attr(r, "@_Ordinal") === "Primary");
  const terms = isRecord(raw.Alternate_Terms) ? asList(raw.Alternate_Terms.Alternate_Term) : [];
  const alternateTerms = terms
    .map((t) => (isRecord(t) && typeof t.Term === "string" ? t.Term : null))
    .filter((t): t is string => t !== null);
  return {
    id,
    name,
    abstraction,
    alternateTerms,
    primaryParent: primary ? (attr(primary, "@_CWE_ID") ?? null) : (parents[0] ?? null),
    parents,
    canPrecede: [...new Set(canPrecede)],
    chainStart: startsWith ? (attr(startsWith, "@_CWE_ID") ?? null) : null,
  };
}

function buildCatalog(dictionary: unknown): CweCatalog {
  const entries = new Map<string, CweEntry>();
  if (isRecord(dictionary))
    for (const [id, raw] of Object.entries(dictionary)) {
      const entry = parseEntry(id, raw);
      if (entry) entries.set(id, entry);
    }

  const ancestorCache = new Map<string, string[]>();
  const ancestors = (id: string): string[] => {
    const hit = ancestorCache.get(id);
    if (hit) return hit;
    const seen = new Set<string>();
    let frontier = entries.get(id)?.parents ?? [];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const p of frontier)
        if (!seen.has(p) && p !== id) {
          seen.add(p);
          next.push(...(entries.get(p)?.parents ?? []));
        }
      frontier = next;
    }
    const list = [...seen];
    ancestorCache.set(id, list);
    return list;
  };

  const primaryChain = (id: string): string[] => {
    const chain: string[] = [];
    for (let cur: string | null = id; cur !== null && !chain.includes(cur); cur = entries.get(cur)?.primaryParent ?? null)
      chain.push(cur);
    return chain;
  };

  const chainLinks: [string, string][] = [];
  for (const entry of entries.values())
    if (entry.chainStart) for (const next of entries.get(entry.chainStart)?.canPrecede ?? []) chainLinks.push([entry.chainStart, next]);

  return { entries, ancestors, primaryChain, chainLinks };
}
