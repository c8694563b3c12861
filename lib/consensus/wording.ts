/** "a", "a and b", "a, b and c" */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "claude says" / "claude and o3-mini say" */
export function says(reviewers: readonly string[]): string {
  return `${listing(reviewers)} ${reviewers.length === 1 ? "says" : "say"}`;
}

/** Groups keys by value, values and keys in sorted order: for deterministic sentences. */
export function reviewersByValue<V extends string>(byReviewer: ReadonlyMap<string, V>): Map<V, string[]> {
  const out = new Map<V, string[]>();
  for (const [reviewer, value] of [...byReviewer].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    out.set(value, [...(out.get(value) ?? []), reviewer]);
  return out;
}
