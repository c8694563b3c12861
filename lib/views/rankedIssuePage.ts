import type { Db, Prisma } from "../db/client";

/** Issue columns holding a small fixed vocabulary whose meaningful order is not alphabetical. */
export type RankedColumn = "severity" | "consensusLevel" | "status";

const issueSelect = { id: true } as const;

/**
 * One page of issue ids ordered by a ranked column (critical before high before medium...).
 * SQL cannot sort by that rank through Prisma without raw queries, so the page is assembled from
 * per-value buckets: one grouped count tells how many issues each value has, then only the
 * buckets the page overlaps are read, each with an indexed skip/take. The cost stays at one
 * count plus at most a handful of small queries, however many issues there are.
 */
export async function rankedIssuePage(
  db: Db,
  args: {
    where: Prisma.IssueWhereInput;
    column: RankedColumn;
    /** Values in display order; values not listed (and null, unless listed) follow at the end. */
    ranks: readonly (string | null)[];
    within: Prisma.IssueOrderByWithRelationInput[];
    skip: number;
    take: number;
  },
): Promise<{ ids: string[]; total: number }> {
  const { where, column, within, skip, take } = args;
  const groups = (await db.issue.groupBy({
    by: [column],
    where,
    _count: { _all: true },
  })) as unknown as ({ _count: { _all: number } } & Record<RankedColumn, string | null>)[];
  const counts = new Map<string | null, number>(groups.map((g) => [g[column], g._count._all]));
  const extra = [...counts.keys()].filter((v) => !args.ranks.includes(v)).sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  const order = [...args.ranks, ...extra];
  const total = [...counts.values()].reduce((s, n) => s + n, 0);

  const ids: string[] = [];
  let offset = 0;
  for (const value of order) {
    const count = counts.get(value) ?? 0;
    if (count === 0) continue;
    const end = skip + take;
    if (offset >= end) break;
    if (offset + count > skip) {
      const localSkip = Math.max(0, skip - offset);
      const localTake = Math.min(count - localSkip, end - (offset + localSkip));
      const rows = await db.issue.findMany({
        where: { AND: [where, { [column]: value }] },
        orderBy: within,
        skip: localSkip,
        take: localTake,
        select: issueSelect,
      });
      ids.push(...rows.map((r) => r.id));
    }
    offset += count;
  }
  return { ids, total };
}
