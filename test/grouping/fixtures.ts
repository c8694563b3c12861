import type { LineRange } from "../../lib/findings/types";
import type { GroupableFinding } from "../../lib/grouping/types";

let counter = 0;

/** A finding with sensible defaults; `body` defaults to the title. */
export function finding(partial: Partial<GroupableFinding> & { title: string; reviewer: string }): GroupableFinding {
  counter++;
  const body = partial.body ?? partial.title;
  return {
    id: partial.id ?? `f${counter}`,
    reportId: partial.reportId ?? `report-${partial.reviewer}`,
    reviewer: partial.reviewer,
    ordinal: partial.ordinal ?? counter,
    title: partial.title,
    body: body.startsWith(partial.title) ? body : `${partial.title}\n${body}`,
    severity: partial.severity ?? null,
    severityText: partial.severityText ?? null,
    cwe: partial.cwe ?? null,
    stance: partial.stance ?? "vulnerability",
    lines: partial.lines ?? [],
    symbols: partial.symbols ?? [],
    path: partial.path ?? null,
    ruleId: partial.ruleId ?? null,
    span: partial.span ?? { start: 0, end: body.length },
  };
}

export function lines(start: number, end = start): LineRange[] {
  return [{ start, end }];
}

/** The partition as a sorted list of sorted id lists, for order-free comparison. */
export function partition(groups: readonly { findingIds: readonly string[] }[]): string[][] {
  return groups.map((g) => [...g.findingIds].sort()).sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

/** True when the two findings ended up in one group. */
export function together(groups: readonly { findingIds: readonly string[] }[], a: GroupableFinding, b: GroupableFinding): boolean {
  return groups.some((g) => g.findingIds.includes(a.id) && g.findingIds.includes(b.id));
}
